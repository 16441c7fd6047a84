"""A school told by the name of its kind in other tongues or grades (a lycée, a madrasa, an internat, a college),
without the word "school"; someone else's homework or a college that is a body of surgeons or a workplace of a
relative tells none of the person's schooling. The wording is other than any benchmark persona's."""

from __future__ import annotations

import pytest

from tests.indicator_support import met


@pytest.mark.parametrize(
    "text",
    [
        "I went to the lycée in Dakar, and the nuns were strict.",
        "At ten I was sent to the madrasa in the next town; we slept on mats and I saw my mother at Eid.",
        "In the internat I shared a room with six girls and we spoke Sámi only under the blanket.",
    ],
)
def test_a_school_told_by_its_kind(text: str) -> None:
    assert met("Her schooling", text)


@pytest.mark.parametrize(
    "text",
    [
        "My brother did his homework by the lamp while I cooked.",
        "The college of surgeons wrote to the hospital about my husband.",
        "My daughter teaches at a college in Leeds now.",
    ],
)
def test_someone_elses_school_or_another_college_is_not_hers(text: str) -> None:
    assert not met("Her schooling", text)
