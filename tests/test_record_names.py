"""The people and places a model records are names before anything speaks them (the ask call's
cue, the running summary, a follow-up session): no pronoun, no time phrase stuck on."""

from __future__ import annotations

import json

import pytest

from agent.model import ToolCall
from agent.record import checked, named, names_only


@pytest.mark.parametrize(
    ("recorded", "name"),
    [
        ("Welch of a Saturday", "Welch"),
        ("Lagos on a Sunday morning", "Lagos"),
        ("Korea in '51", "Korea"),
        ("the mill in the winter of 1950", "the mill"),
        ("Bluefield, 1955", "Bluefield"),
        ("Gary '31", "Gary"),
        ("Highway 61 in 1965", "Highway 61"),
        ("Tromsø every summer", "Tromsø"),
        ("my mother", "mother"),
        ("My grandmother", "grandmother"),
    ],
)
def test_a_time_phrase_or_a_possessive_is_cut_from_a_name(recorded: str, name: str) -> None:
    assert named(recorded) == name


@pytest.mark.parametrize(
    "recorded", ["you", "You", "them", "there", "Here", "him and her", "You and Leroy", "someone", "it", " ", "in 1951"]
)
def test_a_pronoun_or_a_pointing_word_is_no_name(recorded: str) -> None:
    assert named(recorded) is None


@pytest.mark.parametrize(
    "name",
    [
        "Fort Jackson",
        "Number Six",
        "Panther Creek",
        "Isle of Man",
        "Gulf of Mexico",
        "Cape May",  # a month's name inside a place's own name
        "Isle of May",  # … after "of" (review of 92855ad)
        "Fourth of July",
        "Macy's on 34th Street",  # an ordinal is a street, not a year
        "Sunday School",
        "Christmas Island",
        "Bay of Islands",
        "the railroad",
        "Mamaw",
        "Leroy Tubbs",
        "Route 66",  # a number that is part of the name
        "Studio 54",
        "Our Lady of Lourdes",  # a name's own capitalised words may begin with a pointing word
        "His Majesty's Theatre",
    ],
)
def test_a_name_stays_as_it_is(name: str) -> None:
    assert named(name) == name


def test_names_only_keeps_each_name_once_in_order() -> None:
    assert names_only(["Welch of a Saturday", "you", "Welch", "Bluefield"]) == ["Welch", "Bluefield"]


def test_a_native_annotate_call_records_only_names() -> None:
    args = {
        "mentions_places": ["you", "Welch of a Saturday"],
        "mentions_people": ["Delmer", "them"],
        "sentiment": "positive",
    }
    call = checked(ToolCall("c1", "annotate_response", json.dumps(args)))
    assert json.loads(call.arguments) == {
        "mentions_places": ["Welch"],
        "mentions_people": ["Delmer"],
        "sentiment": "positive",
    }
    other = ToolCall("c2", "add_note", json.dumps({"content": "you"}))
    assert checked(other) is other
