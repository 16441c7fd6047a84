"""A dose's unit the grader did not know: "1 mg" was read as a bare 1 and passed for 1 g (or 1 kg).

Found by the sweep of ordinary quizzes (c517b93 and this session's HEAD alike): milligrams, micrograms, centilitres,
decilitres and "cc" were no units to ``numbers``, so the figure was taken alone and a thousandfold wrong dose graded
right. Each is now a unit of its kind with its size, so the same amount in another unit is right ("1000 mg" for
1 g, "500 micrograms" for 0.5 mg, "2.5 cl" for 25 ml) and another amount is wrong.
"""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

DOSE = "What is the usual adult dose of paracetamol?"
ADRENALINE = "What is the adult dose of adrenaline for anaphylaxis?"
WATER = "How much does a litre of water weigh?"
SPIRITS = "How much is a single measure of spirits in a British pub?"

WRONG = [
    (DOSE, "1 g", "1 mg"),
    (DOSE, "1 g", "one milligram"),
    (DOSE, "1 g", "1 mcg"),
    (ADRENALINE, "0.5 mg", "0.5 micrograms"),
    (ADRENALINE, "0.5 mg", "500 mg"),
    (WATER, "1 kg", "1 mg"),
    (SPIRITS, "25 ml", "25 cl"),
    (SPIRITS, "25 ml", "2.5 dl"),
]

RIGHT = [
    (DOSE, "1 g", "1000 mg"),
    (DOSE, "1 g", "a thousand milligrams"),
    (DOSE, "1 g", "one gram"),
    (ADRENALINE, "0.5 mg", "500 micrograms"),
    (ADRENALINE, "0.5 mg", "500 mcg"),
    (ADRENALINE, "0.5 mg", "0.5 mg"),
    (WATER, "1 kg", "a million milligrams"),
    (SPIRITS, "25 ml", "2.5 cl"),
    (SPIRITS, "25 ml", "25 cc"),
]


@pytest.mark.parametrize(("prompt", "expected", "said"), WRONG)
def test_a_dose_in_another_unit_size_is_wrong(prompt: str, expected: str, said: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False


@pytest.mark.parametrize(("prompt", "expected", "said"), RIGHT)
def test_the_same_dose_in_another_unit_is_right(prompt: str, expected: str, said: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True
