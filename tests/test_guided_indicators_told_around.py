"""Success indicators met only by telling around them, and their look-alikes (issue 9, held-out
round 11): a forced move told by its orders and bulldozers, summers by their months, being alone by
seeing nobody, a band of sheep beside a named range by the count of head, a relative's troupe by
the band. What must NOT meet them: a removal van, "I saw nobody I knew" in a crowd, a brass band
met by sheep. Wording of its own: no
persona of benchmarks/personas says any of these answers.
"""

from __future__ import annotations

import pytest

from tests.support import Api, indicators_marked


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "The family's eviction from Sophiatown",
            "The notice came in '55, Sophiatown was for others now, and we had to go. "
            "Then the bulldozers came and flattened the whole street.",
        ),
        (
            "Their removal from the valley",
            "The soldiers moved us out in one morning, and the water came up over the church a year later.",
        ),
    ],
)
def test_a_forced_move_told_by_its_orders_and_machines(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


def test_a_removal_van_or_a_wish_to_go_is_no_forced_move(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["The family's eviction from Sophiatown", "Their removal from the valley"],
        [
            "The removal van took the piano to my sister's flat in the valley, it cost a fortune.",
            "It was late at the dance, and we must go to church in the morning, said Mother.",
        ],
    )
    assert not marked, marked


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "Summers alone with the band in the Sierra Nevada",
            "Up on the high meadows, July to September. Two thousand head and a dog, and for weeks I saw "
            "nobody but the man with the mule.",
        ),
        (
            "Summers alone on Mount Hood",
            "From June to October I kept the tower, a radio and a stove, and I never saw a soul for days.",
        ),
    ],
)
def test_summers_alone_told_by_months_and_seeing_nobody(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


def test_a_band_beside_a_named_range_is_one_of_sheep_and_the_brass_band_is_not(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["The brass band", "With the band in the Cairngorms"],
        ["We had three hundred head of ewes on the hill farm, and I sheared with my uncle."],
    )
    assert set(marked) == {1}, marked


def test_seeing_nobody_one_knew_in_a_crowd_is_not_being_alone(api: Api) -> None:
    aims = ["Summers alone in the Cairngorms"]
    alone = indicators_marked(api, aims, ["July to September in the bothy, and for weeks I saw nobody at all."])
    assert set(alone) == {0}, alone
    crowd = indicators_marked(api, aims, ["July to September at the fair, and in the crowd I saw nobody I knew."])
    assert not crowd, crowd


def test_a_relatives_troupe_told_by_the_band(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Her uncle's troupe at the Mardi Gras"],
        [
            "My uncle was a bricklayer all week, but Fridays were for the band, "
            "thirty men in sequins and feathers rehearsing in the yard behind the bar.",
        ],
    )
    assert set(marked) == {0}, marked
