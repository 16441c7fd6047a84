"""Review of round 19's reader, the gaps as categories: more streets by their number (abbreviated, Bangalore's
Cross and Main, a Canadian concession, a lower-case arrondissement, a way or block named by the number after it)
and feasts of more calendars after 'At', which are times, not places."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("We lived on 42nd St. for ten years.", "42nd St"),
        ("The shop was on 5th Ave near the park.", "5th Ave"),
        ("Our house was on 2nd Cross, 4th Main in Malleswaram.", "2nd Cross"),
        ("Our house was on 2nd Cross, 4th Main in Malleswaram.", "4th Main"),
        ("We rented a room on 3rd Main Road.", "3rd Main Road"),
        ("We lived in the 16th arrondissement.", "16th arrondissement"),
        ("The farm was on the 4th Concession.", "4th Concession"),
        ("We had a flat in Sector 15.", "Sector 15"),
        ("We lived in Block 5 near the market.", "Block 5"),
        ("We lived on Calle 8 in Miami.", "Calle 8"),
        ("The office was on Carrera 7 in Bogotá.", "Carrera 7"),
    ],
)
def test_numbered_ways_are_places(text: str, where: str) -> None:
    assert where in read(text).places


@pytest.mark.parametrize(
    "text",
    [
        "On the 5th of May we married.",
        "She was in 3rd Grade then.",
        "We came 2nd Place in the race.",
        "He was in 5th Form.",
        "Block 5 of the exam was hard.",
        "We won 3 to 1 in the 2nd half.",
    ],
)
def test_numbers_that_are_no_ways(text: str) -> None:
    assert read(text).places == []


@pytest.mark.parametrize(
    ("text", "feast"),
    [
        ("At Newroz we jumped over the fire.", "Newroz"),
        ("At Phagwa we threw colours.", "Phagwa"),
        ("At Thaipusam my uncle carried the kavadi.", "Thaipusam"),
        ("At Hari Raya Puasa we asked forgiveness.", "Hari Raya Puasa"),
        ("At Gawai we drank tuak.", "Gawai"),
        ("At Juhannus we went to the cottage.", "Juhannus"),
        ("At Maslenitsa we ate blini.", "Maslenitsa"),
        ("At Festa Junina we danced the quadrilha.", "Festa Junina"),
        ("At Tabaski we killed a ram.", "Tabaski"),
        ("At Homowo we ate kpokpoi.", "Homowo"),
        ("At Ramleela we watched the plays.", "Ramleela"),
        ("At Sankthans we lit a bonfire.", "Sankthans"),
    ],
)
def test_feasts_after_at_are_no_places(text: str, feast: str) -> None:
    assert feast not in read(text).places


@pytest.mark.parametrize(
    ("text", "where"),
    [("At Kalibo we danced in the street.", "Kalibo"), ("At Accra we waited for the boat.", "Accra")],
)
def test_towns_after_at_are_places(text: str, where: str) -> None:
    assert where in read(text).places
