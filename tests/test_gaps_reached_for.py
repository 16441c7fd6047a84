"""A face or a name reached for and not found gets a gentler way in, in every wording (held-out round 17).

"Her face I cannot bring it", "what was his name, eh, it's gone.", "her face... I tried and tried, nothing
comes", "I can still see the bicycle, but not his face": a memory reached for, not a refusal, so the
interviewer offers a sense, a photo or a person. A thing gone and remembered ("the stick went. Gone. He
broke it"), a thing not brought ("I cannot bring it to you") and trying that ended well are not gaps.
Every wording here differs from the persona files.
"""

from __future__ import annotations

import re

import pytest

from agent.guided import gaps
from agent.guided.phrasing import variants
from benchmarks.interviewer import _ANGLE, _PRAISE
from tests.support import Api
from tests.turns_support import question_id, say, story_session


@pytest.mark.parametrize(
    "answer",
    [
        "Mi abuela Carmen lived upstairs. Her face I can't bring it, only the apron.",
        "The old priest in Cork, his name I couldn't get back, not for years.",
        "Uncle Kofi's friend from the market, what was his name, eh, it went.",
        "The nurse on the ward, what was she called, och, that's gone.",
        "The girl who sat by me in Year Two. Her face... ach, it went.",
        "The foreman at the mill. Her name, I tried and tried, nothing comes.",
        "Great-uncle Ivo and the red bicycle. I can still see the bicycle, but not his face.",
    ],
    ids=[
        "face-not-brought",
        "name-not-got-back",
        "asked-and-gone",
        "called-and-gone",
        "face-it-went",
        "tried-in-vain",
        "see-not-him",
    ],
)
def test_a_face_or_a_name_reached_for_and_not_found_is_not_remembered(answer: str) -> None:
    assert gaps.unsure(answer) and gaps.lost(answer), answer


@pytest.mark.parametrize(
    "answer",
    [
        "The cane went. Gone. My father snapped it over his knee.",
        "Her photo? I cannot bring it to you, it's in the loft.",
        "The driving test, I try and I try, and in the end I passed.",
        "Her name, Rosa. It went to her sister after.",
        "I saw the cane, not him, because he hid behind the door.",
        "His face I couldn't see, it was dark on the road.",
        "Her name was on every letter, and it went to the new house.",
        "What was he called, the dog? Rex. It went under a bus, poor thing.",
    ],
    ids=[
        "thing-gone",
        "not-brought-to-you",
        "tried-and-passed",
        "name-given",
        "saw-then",
        "face-unseen",
        "name-kept",
        "dog-named",
    ],
)
def test_look_alikes_of_a_memory_reached_for_are_no_gap(answer: str) -> None:
    assert not gaps.unsure(answer), answer


@pytest.mark.parametrize(
    "answer",
    [
        "We went to school in Ta' Xbiex on the ferry. The master with the cane... what was his name, eh, it went. "
        "Gone. I see the cane, not him.",
        "My Nonna, the mother of my father, she cooked for all of us... her face I cannot bring it. I try and I "
        "try, no. Only the apron, maybe.",
    ],
    ids=["name-went", "face-not-brought"],
)
def test_the_gentler_way_in_comes_in_every_wording(api: Api, answer: str) -> None:
    """In many sessions (the bank's lines are picked per session), each reply is a gentler way in: a sense,
    a photo or a person, never praise and never the stock question of the topic."""
    for n in range(8):
        sid = story_session(api, f"Teller {n}", "Childhood by the sea")
        result = say(api, sid, answer)
        reply = result["reply"]
        assert question_id(result).endswith(".angle"), reply
        assert _ANGLE.search(reply) and not _PRAISE.search(reply), reply
        assert not re.search(r"tell me about|what was (?:he|she) like", reply, re.IGNORECASE), reply


@pytest.mark.parametrize(
    "words",
    [
        {"person": "the master", "obj": "him", "pro": "he", "subject": "the master", "gap": True},
        {"person": None, "obj": "it", "pro": "it", "subject": "the house", "gap": True},
        {"person": None, "obj": "it", "pro": "it", "subject": "your time by the sea", "gap": False},
    ],
    ids=["person", "gap", "time"],
)
def test_every_line_of_the_gentler_bank_is_a_gentler_way_in(words: dict[str, object]) -> None:
    """Every line a session may pick, not only those eight sessions happened to draw (which line a session
    gets hangs on its random id: asserting how many different lines eight sessions drew was a coin toss)."""
    lines = variants("story/angle", **words)
    assert len(lines) >= 3
    for line in lines:
        assert _ANGLE.search(line) and not _PRAISE.search(line), line
