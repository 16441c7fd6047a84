"""Review of round 18's address (1f3923b, a20f792): a display name whose given name is also a kin word of another
language ("Inna", "Mor", "Beppe") was greeted by its surname, and a woman's "Jean" before a surname that is also a
man's given name ("Jean Graham") was greeted by both words. A display name is not a relative said alone, and of two
words only, a second that is a common surname too is the surname."""

from __future__ import annotations

import pytest

from agent.guided.naming import address_name


@pytest.mark.parametrize(
    ("display", "address"),
    [
        ("Inna Petrova", "Inna"),
        ("Nika Beridze", "Nika"),
        ("Mor Sarr", "Mor"),
        ("Beppe Conti", "Beppe"),
        ("Apu Banerjee", "Apu"),
        ("Mamie Dufresne", "Mamie"),
        ("Lala Khan", "Lala"),
        ("Jean Graham", "Jean"),
        ("Jean Douglas", "Jean"),
        ("Juan Martin", "Juan"),
        ("Maria Grace", "Maria"),
        ("Noor Hassan", "Noor"),
    ],
)
def test_the_given_name_of_a_display_name_is_its_address(display: str, address: str) -> None:
    assert address_name(display) == address


@pytest.mark.parametrize(
    ("display", "address"),
    [
        ("Grandma Rosa", "Rosa"),
        ("Tonton Jean", "Jean"),
        ("Mor (Aminata Diop)", "Aminata"),
        ("Mormor Ingrid", "Ingrid"),
        ("Mohammad Ali", "Mohammad Ali"),
        ("Jean Thomas Roy", "Jean Thomas"),
        ("Grandma (Mary Ann Cole)", "Mary Ann"),
        ("Nika (Gul Zaman Khan)", "Gul Zaman"),
    ],
)
def test_a_relative_before_a_given_name_and_true_doubles_keep_their_address(display: str, address: str) -> None:
    assert address_name(display) == address
