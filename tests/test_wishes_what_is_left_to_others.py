"""A wish said as what the teller leaves to others (agent.guided.wishes.request): "what I'd want the grandchildren
to have from me is X", "the thing I want to pass on to them is X", "what I want them to remember me by is X". The
interviewer takes up X. Look-alikes stay quiet: a wish of the past, a wish for oneself, a wish for their good, and
others' wants. Wording is other than any persona's."""

from __future__ import annotations

import pytest

from agent.guided import wishes
from tests.support import Api
from tests.turns_support import say, story_session

LEFT = [
    (
        "Now listen, what I would want the grandchildren to have from me, the ones in Ohio, is the harvest festival. "
        "That was everything.",
        "the harvest festival",
    ),
    ("The thing I want to pass on to the girls is the regatta. Every August.", "the regatta"),
    ("What I want them to remember me by is the bakery on Dock Street.", "the bakery on Dock Street"),
]

QUIET = [
    "The thing I wanted them to have was a proper house.",
    "The thing I want to have now is a rest.",
    "What they want to have from me is money, ha.",
    "What I want them to have is a good education.",
]


@pytest.mark.parametrize(("answer", "subject"), LEFT)
def test_what_is_left_to_others_is_a_wish(answer: str, subject: str) -> None:
    wish = wishes.request(answer)
    assert wish is not None and wish.subject == subject


@pytest.mark.parametrize("answer", QUIET)
def test_look_alikes_are_no_wish(answer: str) -> None:
    assert wishes.request(answer) is None


def test_the_interviewer_takes_up_what_is_left(api: Api) -> None:
    sid = story_session(api, "Molly", "Childhood")
    result = say(api, sid, LEFT[0][0])
    assert "harvest festival" in result["reply"].lower(), result["reply"]
