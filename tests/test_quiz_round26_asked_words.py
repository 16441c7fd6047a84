"""Study quiz grading: a key of several words said without the words the question already says, or in the
singular (agent/guided/qualifier_asked.py). Found on the held-out study_forestry ("Mizgrauzis... the bark beetle."
for elm bark beetles, to "Which insect spreads Dutch elm disease?"); other subjects' wordings and look-alikes that
must stay wrong.
"""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

ELM = "Which insect spreads Dutch elm disease?"

RIGHT = [
    (ELM, "elm bark beetles", "Mizgrauzis... the bark beetle. The little one that makes the galleries under the bark."),
    (ELM, "elm bark beetles", "Bark beetles."),
    (ELM, "elm bark beetles", "An elm bark beetle."),
    ("Which cells carry oxygen?", "red blood cells", "A red blood cell."),
    ("Which bird migrates farthest?", "Arctic terns", "The Arctic tern."),
    ("Which beetle of pine forests carries the blue-stain fungus?", "pine bark beetles", "The bark beetle, I think."),
]

WRONG = [
    (ELM, "elm bark beetles", "Beetles."),
    (ELM, "elm bark beetles", "The elm beetle."),
    (ELM, "elm bark beetles", "A weevil."),
    ("Which cells carry oxygen?", "red blood cells", "White blood cells."),
    (
        "Two aircraft converge at about the same level: which one gives way?",
        "the one that has the other on its right",
        "The aircraft that has the other on its right has right of way.",
    ),
    ("Which cells carry oxygen?", "red blood cells", "Blood cell."),
    ("Where do you declare goods at the border?", "customs", "Custom."),
    ("Which ocean is the largest?", "Pacific Ocean", "Ocean."),
    ("Which trees give maple syrup?", "sugar maple trees", "The maple."),
    ("Which beetle of pine forests carries the blue-stain fungus?", "pine bark beetles", "The pine beetle."),
    ("Which beetle of pine forests carries the blue-stain fungus?", "pine bark beetles", "Bark."),
]


@pytest.mark.parametrize(("prompt", "expected", "said"), RIGHT)
def test_the_questions_words_left_out_or_one_for_many(prompt: str, expected: str, said: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True


@pytest.mark.parametrize(("prompt", "expected", "said"), WRONG)
def test_a_part_or_another_stays_wrong(prompt: str, expected: str, said: str) -> None:
    assert grade(said, [expected], prompt=prompt) is not True
