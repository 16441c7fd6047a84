"""A tired body told as a habit ("my eyes are tired in the evenings, so I listen to the radio") is no close now: the
sweep of ordinary answers found it read as a wish to stop; the body spent now still is one."""

import pytest

from agent.guided import wishes


@pytest.mark.parametrize(
    "said",
    [
        "My eyes are tired in the evenings so I listen to the radio instead of reading.",
        "My eyes are tired at night, so Gran read to me.",
        "My voice is tired most evenings after the shop, I shout all day.",
    ],
)
def test_a_tired_body_told_as_a_habit_is_no_close(said: str) -> None:
    assert not wishes.tired(said)


@pytest.mark.parametrize(
    "said",
    [
        "Sorry, my eyes are tired now.",
        "That is all. My voice is tired.",
        "My throat is dry, can we stop here for today.",
    ],
)
def test_the_body_spent_now_still_closes(said: str) -> None:
    assert wishes.tired(said)
