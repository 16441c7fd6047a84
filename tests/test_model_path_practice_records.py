"""The model path records a practice item as the guided coach reads the answer (``agent.record.coach_items``): done
or noted, with the minutes that answer gives, in structured and native mode alike. The real 0.5B model recorded a
lace ground "I stopped there, the rest is for tomorrow" and a fan edge "half good" as done, each in the minutes of
the item before. A knitting routine here, in no persona's words; the plain reports beside them stay done."""

from __future__ import annotations

import json

from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import KNITTING, item_ids, item_states, say, template_session, transcript

PART = "The cable panel, I knitted maybe a third of it before I dropped a stitch. I stopped there, Sunday the rest."


def _record(item: str, minutes: float) -> str:
    return json.dumps({"items": [{"item_id": item, "completed": True, "minutes": minutes}], "end_session": False})


def test_a_structured_record_is_the_coachs_reading(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(fault="no_tools"), Step(text="Bore da Ffion! How did the cast on go?"))  # auto goes structured
    sid = template_session(openai_api, "Ffion", KNITTING)
    ids = item_ids(openai_api, sid)
    llm.push(Step(text=_record(ids["Cast on"], 20)), Step(text="Lovely. How did the cable panel go?"))
    say(openai_api, sid, "The cast on went smoothly, twenty minutes for all ninety-six stitches.")
    assert item_states(openai_api, sid)["Cast on"] == (True, 20)
    asked = transcript(openai_api, sid)[-1]
    assert asked["data"].get("item_id") == ids["Cable panel"], asked["data"]  # the model's question is the item's

    # done in part: the model says done, in the minutes of the item before; the coach reads a part
    llm.push(Step(text=_record(ids["Cable panel"], 20)), Step(text="And how did the heel turn go?"))
    say(openai_api, sid, PART)
    assert item_states(openai_api, sid)["Cable panel"] == (False, None), item_states(openai_api, sid)

    # a plain report with its own minutes: done in those, not the model's
    llm.push(Step(text=_record(ids["Heel turn"], 20)), Step(text="What did you work on next?"))
    say(openai_api, sid, "The heel turn came out neat, fifteen minutes or so.")
    assert item_states(openai_api, sid)["Heel turn"] == (True, 15)

    # an item the answer does not report is not ticked because the model says so
    llm.push(Step(text=_record(ids["Cable panel"], 20)), Step(text="Shall we look at the cable panel again?"))
    say(openai_api, sid, "Wait, I'll put the kettle on first, my hands are cold.")
    assert item_states(openai_api, sid)["Cable panel"] == (False, None), item_states(openai_api, sid)


def test_a_native_update_item_is_the_coachs_reading(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Bore da Ffion! How did the cable panel go?"))
    sid = template_session(openai_api, "Ffion", KNITTING)
    ids = item_ids(openai_api, sid)
    claim = {"item_id": ids["Cable panel"], "completed": True, "actual_duration_minutes": 20, "notes": "done"}
    llm.push(Step(tool_calls=[("update_item", json.dumps(claim))]), Step(text="And the heel turn, how did it go?"))
    result = say(openai_api, sid, PART)
    assert result["interactions"][-1]["data"]["tool_mode"] == "native", result["interactions"][-1]["data"]
    assert item_states(openai_api, sid)["Cable panel"] == (False, None), item_states(openai_api, sid)

    # the model ticks an item the answer does not report, and leaves out the one it does: both as the coach reads
    claim = {"item_id": ids["Cast on"], "completed": True, "actual_duration_minutes": 20}
    llm.push(Step(tool_calls=[("update_item", json.dumps(claim))]), Step(text="What did you work on next?"))
    result = say(openai_api, sid, "The heel turn came out neat, fifteen minutes or so.")
    items = item_states(openai_api, sid)
    assert items["Heel turn"] == (True, 15) and items["Cast on"] == (False, None), items
    assert result["interactions"][-1]["data"]["items_read_by"] == "guided coach"
