"""A death told by the belongings returned (agent.guided.grief): the care home, the hospital or the hospice sent
back someone's things ("sent it back in a box, with her cardigan folded on top", "gave us his things in a carrier
bag"). Seen missed in a practice session, beside an item reported: the care must come in the practice reply too.
Look-alikes stay quiet: laundry sent back, someone sent home, a thing sent back by a shop or by anyone with no
care place, of someone alive now. Wording differs from the persona's."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided import grief
from agent.guided.phrasing import variants
from tests.support import Api
from tests.turns_support import question_id, say, template_session

RETURNED = [
    "The hospice gave us his things in a carrier bag, his watch on top.",
    "In the end the hospital sent back all her belongings, two bags and her reading glasses.",
    "Nana's brooch sits in the dish now. The nursing home in Ealing had sent her things back in a suitcase.",
    "Dad's radio is on the sill. The care home sent it back in a cardboard box in April, with his slippers.",
]

NOT_RETURNED = [
    "The home sent her laundry back, she's fussy.",
    "The hospital sent her home on Tuesday.",
    "They sent back the jumper I knitted, wrong size.",
    "The home sent her cardigan back, she's fussy about it being ironed.",
    "The hospital sent him home in a taxi with his bags.",
    "The shop sent it back in a box, the kettle was broken.",
    "The home sent her things back when she moved in with us, she lives in our back room now.",
]


@pytest.mark.parametrize("text", RETURNED)
def test_belongings_sent_back_from_a_care_place_tell_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", NOT_RETURNED)
def test_laundry_someone_sent_home_or_a_shop_return_are_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


WHEEL = {
    "name": "Wheel after work",
    "kind": "practice",
    "intention": "A set of six matching mugs",
    "structure": {"sections": [{"name": "Throwing", "items": [{"name": "Cylinders"}, {"name": "Handles"}]}]},
}


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=30)


def test_belongings_returned_beside_an_item_done_are_met_with_care(api: Api) -> None:
    sid = template_session(api, "Morag", WHEEL)
    told = _turn(
        api,
        sid,
        "Cylinders done, six of them. Dad's turning tools are in the jar by the wheel, the home in Largs sent them "
        "back in a carrier bag in May, wi his glasses.",
    )
    care = variants("practice/care", kind="loss", item="Cylinders") + variants("practice/care", kind="loss", item=None)
    assert told["reply"] in care, told["reply"]
    assert question_id(told).startswith("care.")
