"""The real 0.5B model on a practice routine, structured mode (``real_llm``): whatever its record says, an item told
done in part is not ticked off and gets no minutes (the model recorded a half-done lace ground as done, in the
minutes of the item before), an item told done keeps its own minutes, and no reply says the part was ticked off.
A pottery routine, in no persona's words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agent.local.server import LocalLLM
from agent.replies import records_said
from tests.real_model_support import machine_text, model_api
from tests.support import Api, Loop, MovableClock
from tests.turns_support import item_states, template_session

POTTERY = {
    "name": "Wheel evening",
    "kind": "practice",
    "intention": "A set of four matching mugs for the craft fair",
    "structure": {
        "sections": [
            {
                "name": "Throwing",
                "duration_minutes": 60,
                "items": [{"name": "Centre the clay"}, {"name": "Pull a cylinder"}, {"name": "Trim the foot"}],
            }
        ]
    },
}
DONE = "Centring the clay took fifteen minutes, it ran true in the end, no wobble."
PART = (
    "The cylinders, I threw two out of five before the clay went too soft. I stopped there, the rest is for Thursday."
)


@pytest.fixture(scope="module")
def structured(real_llm: LocalLLM, database_urls: dict[str, str], loop: Loop, clock: MovableClock) -> Iterator[Api]:
    url = database_urls["sqlite"]
    with model_api(real_llm.base_url, real_llm.model, url, "sqlite", loop, clock, "structured") as api:
        yield api


def test_a_part_is_not_ticked_off_whatever_the_model_records(structured: Api) -> None:
    sid = template_session(structured, "Tamsin", POTTERY)
    replies = []
    for said in (DONE, PART):
        structured.clock.advance(seconds=600)
        response = structured.client.post(f"/sessions/{sid}/turns", json={"text": said})
        assert response.status_code == 200, response.text
        replies.append(response.json()["reply"])
    items = item_states(structured, sid)
    assert items["Centre the clay"] == (True, 15), items
    assert items["Pull a cylinder"] == (False, None), items
    for reply in replies:
        assert machine_text(reply) is None, reply
    said = [r for r in records_said(replies[1]) if r.kind == "done" and "cylinder" in r.sentence.lower()]
    assert not said, replies[1]
