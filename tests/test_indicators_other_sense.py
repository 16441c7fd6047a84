"""An aim's word told in another sense meets nothing: a faith's song or service heard through a set (a radio, a
gramophone, the telly) is no religious gathering, and things settling (dust, snow) or a bill or quarrel settled are
no family settling in a city. People gathering or settling still meet them. The wording is other than any benchmark
persona's."""

from __future__ import annotations

import pytest

from tests.indicator_support import met


@pytest.mark.parametrize(
    "text",
    [
        "Grandmother played hymns on the gramophone on Sundays, the same three, until the needle wore out.",
        "My mother kept the mass on the telly every Sunday, loud, while she peeled the potatoes.",
        "Father had the qawwali programme on the transistor radio at dawn, every day of my childhood.",
    ],
)
def test_faith_heard_through_a_set_is_no_gathering(text: str) -> None:
    assert not met("The family's religious gatherings", text)


@pytest.mark.parametrize(
    "text",
    [
        "Every Friday the whole family went to the mosque together, my uncles in front and the boys behind.",
        "On Sundays my family sat in the chapel, three rows of us, and Grandfather led the hymns.",
    ],
)
def test_people_gathered_for_their_faith_still_meet_it(text: str) -> None:
    assert met("The family's religious gatherings", text)


@pytest.mark.parametrize(
    "text",
    [
        "In Bradford the soot settled on the washing, so Mother hung it indoors.",
        "The snow in Bradford settled on the roofs and stayed a week.",
        "My uncle settled the old bill with the landlord in Bradford, and then we drove to the coast.",
    ],
)
def test_things_settling_or_a_bill_settled_are_no_family_settling(text: str) -> None:
    assert not met("How the family settled in Bradford", text)


@pytest.mark.parametrize(
    "text",
    [
        "In 1964 the family settled in Bradford, my father at the mill and us in two rooms on Lumb Lane.",
        "We settled in Bradford in the spring of 1958, a terrace near the park.",
    ],
)
def test_a_family_settling_still_meets_it(text: str) -> None:
    assert met("How the family settled in Bradford", text)
