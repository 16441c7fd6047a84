"""Indicators met by their parts, with none of their words: a religious gathering told by who came, where it sat and
who led it ("the kirtan sat in a different house each week … the granthi read"), settling in a new city told by the
first job, home or winter there, and look-alikes that share words and must not meet them (a bus for forty people, a
city seen on a postcard, the pandit named in passing). The wording is other than any benchmark persona's."""

from __future__ import annotations

import pytest

from tests.indicator_support import met


@pytest.mark.parametrize(
    "text",
    [
        "Every Sunday evening the bhajan group sat in a different house, the pandit with his harmonium, and my aunt "
        "cooked for thirty people.",
        "Once a month the satsang met in someone's home, the old women singing, and we fed forty people after.",
    ],
)
def test_a_religious_gathering_told_by_its_parts(text: str) -> None:
    assert met("The family's religious gatherings", text)


@pytest.mark.parametrize(
    "text",
    [
        "The bus to the temple town was built for forty people and it broke down twice.",
        "The pandit lived at the end of our lane, a thin man with a bicycle.",
    ],
)
def test_a_count_or_a_priest_alone_is_no_religious_gathering(text: str) -> None:
    assert not met("The family's religious gatherings", text)


@pytest.mark.parametrize(
    "text",
    [
        "We came to Toronto in 1975. My husband got a job at the Ford plant, and the first winter the snow reached "
        "the windows.",
        "In 1962 we arrived in Toronto with one suitcase; we rented a room above a bakery on College Street.",
    ],
)
def test_settling_told_by_the_first_job_or_home_in_the_city(text: str) -> None:
    assert met("Settling in Toronto", text)


@pytest.mark.parametrize(
    "text",
    [
        "The first time I saw Toronto was on a postcard my uncle sent, the tower and the lake.",
        "Toronto was only a name on my cousin's letters, I never thought I would see it.",
    ],
)
def test_a_first_job_elsewhere_or_the_city_named_alone_is_no_settling(text: str) -> None:
    assert not met("Settling in Toronto", text)


@pytest.mark.parametrize(
    "text",
    [
        "In 1983 I went to Greenham. We lay across the road at the gate with hundreds of others, and the police "
        "dragged us off one by one.",
        "At Greenham I sat down on the road with thousands of people, with our banners, for three days.",
    ],
)
def test_a_protest_told_by_what_was_done_there(text: str) -> None:
    assert met("The Greenham protests", text)


@pytest.mark.parametrize(
    "text",
    [
        "At Greenham we sat in the snow with hundreds of people to watch the air show.",
        "The police carried the drunk man away from Greenham common, we only looked.",
    ],
)
def test_a_crowd_watching_or_someone_else_carried_off_is_no_protest(text: str) -> None:
    assert not met("The Greenham protests", text)
