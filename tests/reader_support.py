"""One sentence read for people and places as the guided interviewer reads it (``annotate.read``), checked against
hand annotations: the reader tests call this instead of each writing the same comparison."""

from __future__ import annotations

from agent.guided.annotate import read


def named(recorded: list[str], expected: str) -> bool:
    """Whether one of ``recorded`` is ``expected``, whose accepted labels are separated by "|" ("Aav|father")."""
    return any(r.lower() in {a.lower() for a in expected.split("|")} for r in recorded)


def assert_read(
    sentence: str, people: list[str], places: list[str], not_people: list[str], *, no_other_places: bool = False
) -> None:
    """Every annotated person and place is recorded, no name-like thing is a person, and no one else is recorded
    (nor, with ``no_other_places``, any other place)."""
    reading = read(sentence)
    for person in people:
        assert named(reading.people, person), (person, reading.people)
    for place in places:
        assert named(reading.places, place), (place, reading.places)
    for thing in not_people:
        assert thing.lower() not in {p.lower() for p in reading.people}, (thing, reading.people)
    wrong = [p for p in reading.people if not any(named([p], e) for e in people)]
    assert not wrong, wrong
    if no_other_places:
        wrong_places = [p for p in reading.places if not any(named([p], e) for e in places)]
        assert not wrong_places, wrong_places
