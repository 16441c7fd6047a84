"""practice26r's review: a request to be carried over to a part of the life ("carry me on over to X", "X. That's
where I want us to go next": ``where_next``) is an offer of what to tell, not the telling, so it meets no success
indicator (``offer_apart``, read by ``records.indicator_marks``); the part told, before or after such a request,
still does. Wordings are our own, none of a benchmark persona's."""

from __future__ import annotations

import pytest

from tests.indicator_support import met

WORSHIP = "Worship at the church on Sundays"
BAKERY = "Her years at the bakery"


@pytest.mark.parametrize(
    ("aim", "text", "meets"),
    [
        (
            WORSHIP,
            "Now, if you want the sweet part of my life, carry me on over to the church. That's where I want us to go "
            "next.",
            False,
        ),
        (WORSHIP, "Take me on over to the church now.", False),
        (WORSHIP, "The church. That's where I want us to go next.", False),
        (BAKERY, "Bring me round to the bakery next, please.", False),
        # the part told, alone or beside a request for another part
        (WORSHIP, "Every Sunday we sang at the church, the village clapping, my mother in white.", True),
        (WORSHIP, "We sang at the church every Sunday, my mother leading. Now carry me on over to the bakery.", True),
        (BAKERY, "I kneaded the dough at the bakery from four in the morning, twenty years.", True),
        (BAKERY, "I worked at the bakery twenty years. Take me on to the wedding now.", True),
    ],
)
def test_a_part_asked_for_is_not_told(aim: str, text: str, meets: bool) -> None:
    assert met(aim, text) is meets
