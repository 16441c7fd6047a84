"""Closes said plainly (known since round 19: "OK, let us stop here." got no close): "let us" spelt out, "we'll" or
"we can" before the stop, "that will do" with a time of the talk. Other wordings must close; a stop inside a story
("the bus didn't stop here", "we stop here, at the well, and the camels drink", "That'll do, he said") must not."""

from __future__ import annotations

import pytest

from agent.guided import wishes
from agent.guided.stop_here import stops
from tests.support import Api
from tests.turns_support import say, story_session

_CLOSES = [
    "OK, let us stop here.",
    "Right, I think we'll leave it there, love.",
    "That will do for now, my dear.",
    "We can stop there, I think.",
    "Shall we finish here? My tea is cold.",
    "Well, let us end there for today.",
    "Okay, we could stop now, nosisim.",
    "I think we will leave it at that for today, beta.",
    "So, that should do us for today.",
    "Let us pause here, my head is full.",
    "Maybe we stop here, okay?",
    "Good, we finish here for now. Thank you.",
]

_NOT_CLOSES = [
    "The bus didn't stop here, so we walked to Kilburn.",
    "We stop here, at the well, and the camels drink from the trough.",
    "Father said we could stop there for the night on the way to Lyon.",
    "We must stop here, the soldiers told us, and we waited all day in the rain.",
    "That'll do, he said, and gave me the shilling.",
    "We stopped there for the night, in a barn near Lyon.",
    "We left it there, the old cart, in the field.",
    "We could stop there for water, the driver knew a spring.",
    "Let us stop here. The next part is the war.",
    "Okay, we can stop there with the farm. Now I tell you about the city.",
    "That will do for now, the foreman would say, and we went back to the looms.",
]


@pytest.mark.parametrize("text", _CLOSES)
def test_a_stop_said_plainly_now_is_a_close(text: str) -> None:
    assert stops(text) and wishes.tired(text)


@pytest.mark.parametrize("text", _NOT_CLOSES)
def test_a_stop_inside_a_story_is_no_close(text: str) -> None:
    assert not stops(text) and not wishes.tired(text)


@pytest.mark.parametrize(
    "text",
    [
        "Let's stop here, said the guide, and we all sat down on the rocks.",
        "Let's stop here and have lunch, Dad would say, every time we passed the lake.",
    ],
)
def test_a_stop_said_by_someone_in_the_story_is_no_close(text: str) -> None:
    assert not wishes.tired(text)


def test_the_planner_proposes_the_end(api: Api) -> None:
    sid = story_session(api, "Ada", "Growing up in Lagos")
    say(
        api, sid, "We lived in Yaba, near the market, and my father Tunde had a print shop where I folded the leaflets."
    )
    result = say(api, sid, "OK, let us stop here.")
    assert result["proposed_end"], result["reply"]


def test_a_stop_in_a_story_is_no_end(api: Api) -> None:
    sid = story_session(api, "Ada", "Growing up in Lagos")
    say(
        api, sid, "We lived in Yaba, near the market, and my father Tunde had a print shop where I folded the leaflets."
    )
    result = say(api, sid, "The bus didn't stop here, so we walked to the lagoon with the leaflets under our arms.")
    assert not result["proposed_end"], result["reply"]
