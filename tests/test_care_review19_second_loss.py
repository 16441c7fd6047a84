"""Round 19 care review: after care for one death, a second told in an idiom that says whose in its own words ("my
mother breathed her last", "left her body", "God rest her soul") is a new loss with care of its own: the idiom's "her"
is the one named, not another one. The first death told again the same way stays the same loss."""

from __future__ import annotations

import pytest

from tests.support import Api
from tests.turns_support import question_id, say, story_session

OPEN = "I grew up in Kumasi, my father had a small shop that sold cloth and kerosene."
FIRST = "My father died in 1975, at home."

NEW_LOSS = [
    "Then in 1980 my mother breathed her last in my arms, at the same house.",
    "Then in 1980 my mother left her body, peacefully, at the same house.",
    "My grandmother too, God rest her soul, the winter after.",
    "Two years after, my sister Ama drew her last breath in Korle Bu.",
    "My aunt passed in her sleep the year after, at eighty.",
]
SAME_LOSS = [
    "My mother stayed with him; he breathed his last in her arms.",
    "My mother closed his eyes, God rest his soul.",
]


@pytest.mark.parametrize("answer", NEW_LOSS)
def test_a_womans_death_in_an_idiom_after_care_is_a_new_loss(api: Api, answer: str) -> None:
    sid = story_session(api, "Yaw", "Kumasi")
    say(api, sid, OPEN)
    assert question_id(say(api, sid, FIRST)).startswith("care.")
    assert question_id(say(api, sid, answer)).startswith("care.")


@pytest.mark.parametrize("answer", SAME_LOSS)
def test_the_same_death_told_again_gets_no_second_care(api: Api, answer: str) -> None:
    sid = story_session(api, "Yaw", "Kumasi")
    say(api, sid, OPEN)
    assert question_id(say(api, sid, FIRST)).startswith("care.")
    assert not question_id(say(api, sid, answer)).startswith("care.")
