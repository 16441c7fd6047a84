"""What the guided interviewer says back to an answer that is no memory, and to a wish about a thing of
someone's (held-out round 13).

Glad words about the talk itself ("I'm enjoying this") tell no memory, so they are not acknowledged
as "a lovely memory"; a wish to hear about "the wedding of my sister" takes up the wedding, not the
sister. Every wording here differs from the persona files.
"""

from __future__ import annotations

import pytest

from agent.guided.story import many
from tests.support import Api
from tests.turns_support import question_id, say, story_session


@pytest.mark.parametrize(
    "answer",
    [
        "Oh, I'm enjoying this, you know. It's nice to have someone listen, love.",
        "Honestly, I love talking like this. It's a real treat for me.",
    ],
    ids=["enjoying-this", "love-talking"],
)
def test_talk_to_the_listener_is_not_acknowledged_as_a_memory(api: Api, answer: str) -> None:
    """Glad words about the talk itself tell no memory (nobody, nowhere, nothing named): no "what a lovely
    memory" nor "that sounds like a happy time" for them (held-out round 13 heard one after "don't you dare
    turn it off")."""
    sid = story_session(api, "Bev", "Childhood")
    reply = say(api, sid, answer)["reply"].lower()
    assert "lovely memory" not in reply and "happy time" not in reply, reply


def test_a_glad_memory_told_is_still_acknowledged_as_one(api: Api) -> None:
    sid = story_session(api, "Bev", "Childhood")
    reply = say(api, sid, "My sister Joan and I laughed all night at her wedding, it was wonderful.")["reply"].lower()
    assert "lovely memory" in reply or "happy time" in reply, reply


def test_a_wish_to_hear_of_a_thing_of_someones_takes_up_the_thing(api: Api) -> None:
    """ "Ask me more about the christening of my cousin Marek": the christening, not "tell me about Marek"."""
    sid = story_session(api, "Irena", "Childhood")
    result = say(api, sid, "Ask me more about the christening of my cousin Marek. What a day that was!")
    reply = result["reply"]
    assert "christening" in reply.lower() and not question_id(result).startswith("who."), reply


def test_a_wish_to_hear_of_someone_and_a_thing_of_theirs_takes_up_the_thing(api: Api) -> None:
    """ "Ask me more about my uncle Piet and his tractor": the tractor is asked about, not Piet alone."""
    sid = story_session(api, "Anneke", "Childhood")
    result = say(api, sid, "Ask me more about my uncle Piet and his tractor. He let me steer it once.")
    reply = result["reply"]
    assert "tractor" in reply.lower() and not question_id(result).startswith("who."), reply


@pytest.mark.parametrize(
    ("subject", "plural"),
    [
        ("the aspen trees", True),
        ("the parcels", True),
        ("the Paradis", False),
        ("Carrickfergus", False),
        ("the ferry", False),
    ],
)
def test_a_subject_is_many_by_a_plural_noun_never_by_a_name_ending_in_s(subject: str, plural: bool) -> None:
    """ "What comes back to you first about them" for the parcels, "about it" for the Paradis dance hall."""
    assert many(subject) is plural
