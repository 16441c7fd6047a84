"""What the person is called, from a display name whose relation carries an honorific after it
(held-out round 10's 'Mama Agba'), in other families' words: the honorific is the family's word for
the relation, and the name in brackets is the one to say."""

from __future__ import annotations

import pytest

from agent.guided.naming import address_name


@pytest.mark.parametrize(
    ("display_name", "said"),
    [
        ("Nani Ji (Harjit Kaur)", "Harjit"),
        ("Dadi Jaan (Zainab Ali)", "Zainab"),
        ("Papa Didi (Meena Rao)", "Meena"),
    ],
)
def test_a_relation_with_an_honorific_after_it_uses_the_name_in_brackets(display_name: str, said: str) -> None:
    assert address_name(display_name) == said


@pytest.mark.parametrize(
    ("display_name", "said"),
    [
        ("Auntie Rosa (Rosa Díaz)", "Rosa"),  # a relation before a name: the name
        ("Dr. Okafor (Chidi Okafor)", "Chidi"),
    ],
)
def test_look_alikes_a_name_after_the_relation_or_a_title(display_name: str, said: str) -> None:
    assert address_name(display_name) == said
