"""Round 20 (held-out): a Sámi double given name lost its second part in the greeting ("Áhkku (Elle Márjá Sara)" was
greeted "Elle"), and a title of courtesy of another language was followed alone ("Frøken Haugen pulled our ear … so
Frøken would not hear" → "Tell me about Frøken"). Other Nordic doubles and titles here; a given name before a surname
and a title with no surname after it stay as they were."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from agent.guided.naming import address_name
from agent.guided.story import to_follow


@pytest.mark.parametrize(
    ("display", "called"),
    [
        ("Áhkku (Elle Márjá Sara)", "Elle Márjá"),
        ("Áhkku (Biret Ánne Gaup)", "Biret Ánne"),
        ("Bestemor (Kari Anne Østby)", "Kari Anne"),
        ("Farfar (Per Olav Sæther)", "Per Olav"),
        ("Mormor (Máret Ánne Hætta)", "Máret Ánne"),
    ],
)
def test_a_nordic_double_given_name_is_said_whole(display: str, called: str) -> None:
    assert address_name(display) == called


@pytest.mark.parametrize(
    ("display", "called"),
    [
        ("Áhkku (Elle Sara)", "Elle"),
        ("Mormor (Inger Haugen)", "Inger"),
        ("Bestemor (Kari Østby)", "Kari"),
        ("Gran (Anne Elizabeth Cole)", "Anne"),
        ("Grandad (John Henry Smith)", "John"),
        ("Per Åberg", "Per"),
    ],
)
def test_a_given_name_before_a_surname_or_a_middle_name_is_said_alone(display: str, called: str) -> None:
    assert address_name(display) == called


class _Told:
    """The parts of a turn the follow reads: one answer, nothing asked or told before it."""

    def __init__(self, text: str) -> None:
        self.text, self.reading, self.said, self.asked_ids = text, read(text), "", set()
        self.earlier, self.last_id, self.last_category, self.known = [], None, None, None


def _follow(text: str) -> str | None:
    who = to_follow(_Told(text))  # type: ignore[arg-type]
    return who.said if who else None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "At seven they took me to the boarding school. If we spoke Sámi in the corridor Frøken Haugen pulled our "
            "ear. My little sister Inga cried every night, and I sang to her, so Frøken would not hear.",
            "Frøken Haugen",
        ),
        ("In class Miss Peterson pulled our ear. My sister Inga cried, so Miss would not hear.", "Miss Peterson"),
        ("Herr Becker shouted at us every morning in the yard. My brother Kurt laughed at him.", "Herr Becker"),
    ],
)
def test_a_title_is_followed_with_its_surname(text: str, said: str) -> None:
    assert _follow(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "Madame sold us bread every morning, and my brother Kurt laughed at her.",
        "My sister Inga cried every night, and Mother sang to her.",
        "Miss Peterson. I never liked her, and my brother Kurt laughed at her.",
    ],
)
def test_a_title_said_alone_or_a_plain_name_gains_no_surname(text: str) -> None:
    said = _follow(text) or ""
    assert not any(f"{a} {b}" in said for a, b in (("Madame", "Kurt"), ("Inga", "Mother"), ("Peterson", "I")))
