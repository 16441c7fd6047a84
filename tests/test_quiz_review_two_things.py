"""Review of fda6b8b (two things of a third): a thing asked back and denied, one of another thing, or one told as
what another does is not said; "where it is", "the way to go" and "when" are the direction, place and time. The
reviewer's sentences and others in other subjects (a ferry, a castle, a train timetable, a royal visit)."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

DANCE = "What does the waggle dance tell the other bees?"
TIDE = "What two things does a tide table give for each tide?"
FERRY = "What does the captain log for the ferry's crossing?"
TRAIN = "What does a departure board show for each train?"
VISIT = "Who opened the bridge in 1986?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Which way? No. How far? No. Just that the queen is sick.", "the direction and distance of food", DANCE),
        ("How fast? Nope. Which way? No, not that either.", "the speed and direction of the ferry", FERRY),
        ("The distance, I think. The direction they find by smell.", "the direction and distance of food", DANCE),
        ("The speed, and the direction we guess from the stars.", "the speed and direction of the ferry", FERRY),
        ("The Duchess of Kent and the Duke of Edinburgh.", "the Duke and Duchess of York", VISIT),
        ("The height of the moon and the time of year.", "the time and height of the water", TIDE),
        ("The time of the last bus and the platform of the tram.", "the time and platform of the train", TRAIN),
        ("Which way it goes.", "the time and platform of the train", TRAIN),  # another measure alone
        ("Just how far.", "the direction and distance of food", DANCE),
    ],
)
def test_denied_anothers_or_told_as_what_another_does_stays_wrong(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Where the flowers are, and how far away.", "the direction and distance of food", DANCE),
        ("The way to go and the distance.", "the direction and distance of food", DANCE),
        ("When it comes in and how high.", "the time and height of the water", TIDE),
        ("When it leaves and the platform.", "the time and platform of the train", TRAIN),
        ("The time of the train and its platform.", "the time and platform of the train", TRAIN),
        ("The duke and the duchess.", "the Duke and Duchess of York", VISIT),
        ("The Duke of York and his Duchess.", "the Duke and Duchess of York", VISIT),
        ("How fast it goes? Yes, and which way.", "the speed and direction of the ferry", FERRY),
        ("The speed they make and the direction.", "the speed and direction of the ferry", FERRY),
    ],
)
def test_both_said_by_name_or_question_are_right(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True
