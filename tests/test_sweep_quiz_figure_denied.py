"""A figure the learner denies is no answer ("Not eight." was graded right for a spider's eight legs).

Found by the sweep's ordinary quizzes on c517b93 and HEAD alike: words were read so ("not Mars"), figures were not,
the grader falling back on the last figure said, the denied one.
"""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

SPIDER = ("How many legs does a spider have?", "8")
WAR = ("In which year did the Second World War end?", "1945")
TEAM = ("How many players does a cricket team field?", "11")
STRINGS = ("How many strings has a violin?", "4")

DENIED = [
    (SPIDER, "Not eight."),
    (SPIDER, "It isn't eight, I know that much."),
    (WAR, "Not 1945."),
    (WAR, "Never 1945, later."),
    (TEAM, "It's not eleven."),
    (STRINGS, "Not four, six."),
    (STRINGS, "It wasn't four, it was five."),
]

KEPT = [
    (SPIDER, "Not six, eight."),
    (SPIDER, "Eight, not ten."),
    (SPIDER, "Eight legs, not counting the feelers."),
    (WAR, "It wasn't 1944, it was 1945."),
    (TEAM, "I'm not 100 percent sure, eleven."),
    (TEAM, "No, eleven."),
    (STRINGS, "Four, not five."),
]


@pytest.mark.parametrize(("asked", "said"), DENIED)
def test_a_figure_denied_is_no_answer(asked: tuple[str, str], said: str) -> None:
    prompt, expected = asked
    assert grade(said, [expected], prompt=prompt) is False


@pytest.mark.parametrize(("asked", "said"), KEPT)
def test_the_figure_given_beside_a_denied_one_is_the_answer(asked: tuple[str, str], said: str) -> None:
    prompt, expected = asked
    assert grade(said, [expected], prompt=prompt) is True
