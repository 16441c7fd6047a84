"""Round 18: "Nika (Gul Zaman Khan)" was greeted "Welcome, Gul", half of a given name of two words. A given name
of two words is kept whole where its first word is known to start one (Abdul, Ghulam, Gul, Mohammad, Noor; Mary,
Ana, Jean, Juan with a second given name of the same sex). Look-alikes: a given name and a surname, a middle name
of the other sex, a word of lineage, or a first word that starts no double stay the first word.
"""

from __future__ import annotations

import pytest

from agent.guided.naming import address_name


@pytest.mark.parametrize(
    ("display", "address"),
    [
        ("Dada (Gul Rahman Afridi)", "Gul Rahman"),
        ("Nani (Noor Jahan Begum)", "Noor Jahan"),
        ("Abdul Karim", "Abdul Karim"),
        ("Baba (Ghulam Nabi Dar)", "Ghulam Nabi"),
        ("Mohammad Ali", "Mohammad Ali"),
        ("Grandma (Mary Ann Cole)", "Mary Ann"),
        ("Ana Maria Reyes", "Ana Maria"),
        ("Papi (Juan Carlos Ortiz)", "Juan Carlos"),
        ("Pépé (Jean Paul Roy)", "Jean Paul"),
    ],
)
def test_a_given_name_of_two_words_is_said_whole(display: str, address: str) -> None:
    assert address_name(display) == address


@pytest.mark.parametrize(
    ("display", "address"),
    [
        ("Henk de Vries", "Henk"),
        ("Grandma (Mei Lin Chow)", "Mei"),
        ("Maria Martin", "Maria"),
        ("Mary Cole", "Mary"),
        ("Jean Marie Leblanc", "Jean"),
        ("Mohammad bin Salim", "Mohammad"),
        ("Gul Khan", "Gul"),
        ("Muhammad Rahimi", "Muhammad"),
        ("Dadaji (Gurdev Singh Sandhu)", "Gurdev"),
        ("Opa (Hendrik Verhoeven)", "Hendrik"),
        ("Lola Cora (Corazon Villanueva)", "Cora"),
    ],
)
def test_a_given_name_and_a_surname_stay_the_given_name(display: str, address: str) -> None:
    assert address_name(display) == address


def test_what_they_like_to_be_called_still_wins() -> None:
    assert address_name("Nana (Mary Ann Cole)", "Annie") == "Annie"
