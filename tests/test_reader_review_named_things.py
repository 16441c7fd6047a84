"""Review of ccb959e: French given names, now known, made shops, spots and dishes named like someone into people
("I sold perfume at Yves Rocher for ten years", "We surfed at Jaco for a week", "We ate Olivier salad every New
Year's Eve", "My Marcel wave"). A name after "at" where one worked, traded or spent time is the shop or the spot;
a single name before a dish or a hairdo named for someone is the dish. Look-alikes: "at" a person after a verb
that takes one ("laughed at"), and the name given something ("gave Olivier salad") stay people."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "name", "kind"),
    [
        ("I sold perfume at Yves Rocher for ten years.", "Yves Rocher", "place"),  # the reviewer's
        ("My sister worked at John Lewis until the war.", "John Lewis", "place"),
        ("We surfed at Jaco for a week.", "Jaco", "place"),  # the reviewer's
        ("Every summer we camped at Pierre Lake with the cousins.", "Pierre Lake", "place"),
        ("We ate Olivier salad every New Year's Eve in Kyiv.", "Olivier", ""),  # the reviewer's
        ("For the wedding Aunt Vera made Olivier salad in a washing-up bowl.", "Olivier", ""),
        ("Her Marcel wave took an hour at the hairdresser's.", "Marcel", ""),
    ],
)
def test_a_shop_a_spot_or_a_dish_named_like_someone_is_no_one(answer: str, name: str, kind: str) -> None:
    read_ = read(answer)
    assert name not in read_.people, read_.people
    if kind == "place":
        assert name in read_.places, read_.places


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("Everyone laughed at Yves Rocher when he fell off the stage.", "Yves Rocher"),
        ("I gave Olivier salad and bread for the journey.", "Olivier"),
        ("We worked with Marcel at the docks for years.", "Marcel"),
        ("Olivier cooked for the whole street on Sundays.", "Olivier"),
    ],
)
def test_the_same_names_as_people_stay_people(answer: str, person: str) -> None:
    assert person in read(answer).people, read(answer)
