"""The guided reader's misses of held-out round 14, fixed by category and told here in wording of their own,
each beside a look-alike that must stay quiet: Portuguese and Hmong kin words said inside English (a relative,
and a name after one), "Dona" a title of respect, a place named with its landform after it ("the X volcano") or
out at sea "off" it."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from agent.guided.naming import address_name


@pytest.mark.parametrize(
    ("answer", "people"),
    [
        ("When Mãe came in from the fields, Pai was already at the table.", ["mother", "father"]),
        ("My madrinha Rosa sewed the flags, and my mano Zé carried them.", ["Rosa", "Zé"]),
        ("My padrinho Henrique was the one who paid for the bull.", ["Henrique"]),
        ("Kuv tus txiv worked nights at the plant, and my niam kept the garden.", ["husband", "mother"]),
    ],
    ids=["mae-pai", "madrinha-mano", "padrinho", "hmong"],
)
def test_kin_words_of_portuguese_and_hmong_are_relatives(answer: str, people: list[str]) -> None:
    assert read(answer).people == people


def test_a_given_name_like_a_kin_word_is_no_relative() -> None:
    """ "Tia" is a given name in English: alone it is nobody's aunt (a title only before a name)."""
    assert "aunt" not in read("Tia came to the party late, she always does.").people


def test_dona_is_a_title_not_what_to_call_someone() -> None:
    assert address_name("Dona Amélia") == "Amélia"


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("The Eldfell volcano smoked all that winter.", "Eldfell"),
        ("The trawler went down off Rockall in the gale.", "Rockall"),
    ],
)
def test_a_place_by_its_landform_or_out_at_sea_off_it(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places and place not in reading.things


@pytest.mark.parametrize(
    ("answer", "person"),
    [("He told off Maria for being late.", "Maria"), ("Then off Tomás went to the army.", "Tomás")],
)
def test_someone_after_off_is_still_someone(answer: str, person: str) -> None:
    reading = read(answer)
    assert person in reading.people and person not in reading.places


@pytest.mark.parametrize(
    ("answer", "person"),
    [("My tia Graça came over on the boat.", "tia Graça"), ("Her zia Rosa kept the shop on the corner.", "zia Rosa")],
)
def test_a_kin_title_before_a_name_is_kept_with_it(answer: str, person: str) -> None:
    """A word for a relative used only as a title ("tia", "zia") is kept with the name, lower case too."""
    assert read(answer).people == [person]
