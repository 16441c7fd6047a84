"""What the person is called (a family word before the name; a Mongolian parent's name in the genitive first), and
the teller's own name said in an answer, which is no one they mention (round 22: "Papus Jozef Horvath", "Dorjiin
Tsetsegmaa", "I wasn't Hattie any more, I was number 61")."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from agent.guided.naming import address_name
from agent.guided.teller_name import own_names, without_teller


@pytest.mark.parametrize(
    ("display", "called"),
    [
        ("Papus Jozef Horvath", "Jozef"),  # Romani grandfather
        ("Mami Terka Horvathova", "Terka"),  # Romani grandmother
        ("Nohkom Rose (Rose Wesley)", "Rose"),  # Cree grandmother
        ("Dorjiin Tsetsegmaa", "Tsetsegmaa"),  # Mongolian: Dorj's Tsetsegmaa
        ("Batyn Bold", "Bold"),
        ("Tsakhiagiin Elbegdorj", "Elbegdorj"),
        ("Emee (Dorjiin Tsetsegmaa)", "Tsetsegmaa"),
        # look-alikes: Welsh and English given names ending so are the given name, first
        ("Bryn Terfel", "Bryn"),
        ("Robyn Hill", "Robyn"),
        ("Kathryn Smith", "Kathryn"),
        ("Evelyn Waugh", "Evelyn"),
        ("Kevin Smith", "Kevin"),
    ],
)
def test_the_name_to_call_the_person(display: str, called: str) -> None:
    assert address_name(display) == called


def test_the_teller_s_names() -> None:
    assert own_names("Kokum Hattie (Harriet Linklater)") == {"hattie", "harriet"}
    assert own_names("Papus Jozef Horvath") == {"jozef"}
    assert own_names("Dorjiin Tsetsegmaa", "Tsetsegmaa") == {"tsetsegmaa"}
    assert own_names(None) == frozenset()


@pytest.mark.parametrize(
    ("display", "answer", "people"),
    [
        (
            "Kokum Hattie (Harriet Linklater)",
            "They cut my braids off and I wasn't Hattie any more, I was number 61. Miss Pritchard gave the strap.",
            ["Miss Pritchard"],
        ),
        (
            "Kokum Hattie (Harriet Linklater)",
            "Harriet was my name at the mission, and my cousin Louisa came too.",
            ["Louisa"],
        ),
        ("Papus Jozef Horvath", "In the hostel I was just Jozef from Jarovnice, and Dezider laughed.", ["Dezider"]),
        ("Dorjiin Tsetsegmaa", "At school they said Tsetsegmaa too fast, so Saraa called me Tsetsgee.", ["Saraa"]),
        # look-alikes: a namesake said with a relation is someone else
        ("Kokum Hattie (Harriet Linklater)", "My granddaughter Hattie is named for me.", ["Hattie"]),
        ("Papus Jozef Horvath", "My son Jozef drives the bus in Glasgow.", ["Jozef"]),
        ("Kokum Hattie (Harriet Linklater)", "My cousin Harriet married a Gagnon.", ["Harriet"]),
    ],
)
def test_the_teller_s_own_name_is_no_one_they_mention(display: str, answer: str, people: list[str]) -> None:
    assert without_teller(read(answer), display).people == people
