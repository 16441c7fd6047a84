"""Round 18: a husband told four times by his French given name with its accent ("Réginald was in the rara band",
"When Réginald go") was nobody, and an Inuk man named after a place ("one old man from Kimmirut, Pauloosie, he
only trust me") was a place. French, Québécois and Haitian given names are known with and without their
accents, and the Inuktitut forms of Bible names too. Look-alikes: a cloth and a dog's usual name are no one.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Thérèse was at the sewing machine from six in the morning.", "Thérèse"),
        ("Odette was so cross she pull my ear all the way home.", "Odette"),
        ("Every Sunday Rene was at the church door before the bell.", "Rene"),
        ("The old woman from Igloolik, Elisapee, she taught me the stitches.", "Elisapee"),
        ("A hunter from Arctic Bay, Joanasie, he knew the ice.", "Joanasie"),
    ],
)
def test_a_french_or_inuit_given_name_is_someone(answer: str, name: str) -> None:
    people = read(answer).people
    assert name in people, people
    assert name not in read(answer).places


@pytest.mark.parametrize(
    "answer",
    [
        "Serge suits were all the rage on the Plateau.",
        "Gaston, that's the catahoula, went with him on the line.",
    ],
)
def test_a_cloth_or_a_dogs_name_is_no_one(answer: str) -> None:
    assert not read(answer).people, read(answer).people
