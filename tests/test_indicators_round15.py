"""Indicators met only by paraphrase, by category: peat told by its bog, iron, sods and drying; the
garment trade by garments pressed or stitched for a wage; a resort job said as one's role; a piece at
its speeds without a stop; a drill done clean on both sides. And look-alikes that meet nothing: hay
made in rows, shirts ironed at home, a subject only promised for another time or only asked to be
asked about. Lives and wording other than any benchmark persona's."""

from __future__ import annotations

import pytest

from tests.support import Api, indicators_marked


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "Cutting the turf with her uncle",
            "Every April my uncle and I went up to the bog with the sleán. He'd lift the sods out of the bank and "
            "I'd spread them on the heather to dry, and by August we'd a rick of it for the fire.",
        ),
        (
            "Her mother's years in the rag trade",
            "My mother sat in a factory off Brick Lane, stitching collars onto shirts, so much a bundle.",
        ),
        (
            "His summers working on Cape Cod",
            "Two summers, '61 and '62, I was a bellhop at a big hotel on Cape Cod, carrying cases for tips.",
        ),
        (
            "The etude at two speeds without a pause",
            "I did the etude slowly first and then up at full speed, and I didn't pause once.",
        ),
        (
            "Passing clean off both feet",
            "Twenty passes against the wall, left foot then right foot. Didn't miss one.",
        ),
    ],
)
def test_told_by_its_kind(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        # hay cut, turned in rows and carted home: no bog, no peat iron
        (
            "Cutting the turf with her uncle",
            "In July we cut the hay in the long field, turned it in rows to dry, and carted it home to the barn.",
        ),
        # shirts ironed and buttons sewn at home: no trade
        (
            "Her mother's years in the rag trade",
            "My mother pressed our school shirts every Sunday night and sewed the buttons back on.",
        ),
        # the bellhop is someone else
        (
            "His summers working on Cape Cod",
            "A bellhop carried our cases up to the room the summer we went to Cape Cod.",
        ),
        # stopped twice: the point of the indicator is not told
        (
            "The etude at two speeds without a pause",
            "I did the etude slowly first and then up at full speed, but I stopped twice in the middle.",
        ),
    ],
)
def test_look_alikes_meet_nothing(api: Api, indicator: str, answer: str) -> None:
    assert indicators_marked(api, [indicator], [answer]) == {}


@pytest.mark.parametrize(
    "answer",
    [
        "Another time I'll tell you the Navy, Malta, the lot.",
        "Enough for today. Tomorrow I'll give you all of the Navy and Malta.",
    ],
)
def test_a_promise_to_tell_it_later_is_not_told(api: Api, answer: str) -> None:
    assert indicators_marked(api, ["His years in the Navy in Malta"], [answer]) == {}


def test_told_after_the_promise_is_told(api: Api) -> None:
    """The same words told as they are, with no later time, meet it."""
    answer = "The Navy sent me to Malta in '51, and I was two years on the Gambia out of Valletta."
    assert set(indicators_marked(api, ["His years in the Navy in Malta"], [answer])) == {0}


def test_a_subject_asked_to_be_asked_about_is_told_later(api: Api) -> None:
    """Named in bare words and asked for ("Ask me about that"), then told in the next answer: marked on
    the telling, not the asking."""
    marked = indicators_marked(
        api,
        ["Her years at the salmon cannery"],
        [
            "You know what no one wants to hear about? The cannery. The salmon. Ask me about that, go on.",
            "I started at the cannery at fifteen, on the salmon line, sliming fish twelve hours a day.",
        ],
    )
    assert set(marked) == {0} and "fifteen" in marked[0]
