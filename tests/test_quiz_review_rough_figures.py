"""Review of a97b338 (a rough figure said as two neighbouring figures): the pair joined by "or", "to" or a hyphen,
a step of tens or thousands ("forty, fifty thousand"), and in another unit count; a pair in a remark after
another figure said as the answer does not. The reviewer's sentences and others (bread, a fever, a crowd)."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

BOIL = "How long does a soft-boiled egg take?"
NEST = "How warm is the brood nest?"
PROVE = "How long should bread dough prove?"
CROWD = "How many people came to the coronation in the Mall?"
FEVER = "At what temperature does a child's fever need a doctor?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Ninety-three or ninety-four Fahrenheit.", "about 93°F", NEST),
        ("Five or six minutes.", "about 5 minutes", BOIL),
        ("Five to six minutes.", "about 5 minutes", BOIL),
        ("Five-six minutes.", "about 5 minutes", BOIL),
        ("Forty, fifty thousand bees.", "about 50,000", "How many bees live in a strong hive in summer?"),
        ("Thirty-four, thirty-five Celsius.", "about 93°F", NEST),
        ("One or two hours, in a warm spot.", "about 1 hour", PROVE),
        ("Two to three hours, I leave it on the stove.", "about 2 hours", PROVE),
        ("Three, four hundred thousand people.", "about 400,000", CROWD),
        ("A hundred and one, a hundred and two Fahrenheit.", "about 39°C", FEVER),
    ],
)
def test_a_rough_figure_said_as_two_neighbours_is_right(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Ten minutes. My mum said four, five, but I like them hard.", "about 5 minutes", BOIL),
        ("Three hours. The book says one or two, it's wrong.", "about 1 hour", PROVE),
        ("Seven or eight minutes.", "about 5 minutes", BOIL),  # the pair misses it
        ("Five or six hours.", "about 5 minutes", BOIL),  # another unit
        ("Forty, sixty thousand.", "about 50,000", CROWD),  # no neighbours
        ("Thirty-eight, thirty-nine Fahrenheit.", "about 93°F", NEST),
        ("Five or six minutes.", "5 minutes", BOIL),  # an exact figure asked
    ],
)
def test_another_pair_or_a_pair_in_a_remark_stays_wrong(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False
