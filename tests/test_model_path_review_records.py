"""Review of the model path's practice records (abb8f1d). A right model record was lost when the model's question
named no item ("How did the first exercise go?") and the coach read nothing: the model's claim now tells which item
the answer reports, and the coach reads the answer as its report. A question that only names an item ("Before you
start the Nocturne, how are your hands feeling?", "Shall we move on to the Nocturne?") made the next answer that
item's report: an item is stored with the question only when it asks how the item went or how long it took. The
reviewer's piano routine and a singing routine of our own; look-alikes in each."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import PIANO, item_ids, item_states, say, template_session, transcript

SINGING = {
    "name": "Choir warm-up",
    "kind": "practice",
    "intention": "The anthem by heart for the Tongan Methodist choir",
    "structure": {
        "sections": [
            {
                "name": "Voice",
                "duration_minutes": 30,
                "items": [{"name": "Lip trills"}, {"name": "Sight singing"}, {"name": "Anthem"}],
            }
        ]
    },
}


def _record(*done: tuple[str, float]) -> str:
    items = [{"item_id": item, "completed": True, "minutes": minutes} for item, minutes in done]
    return json.dumps({"items": items, "end_session": False})


def _structured(api: Api, llm: FakeLLM, name: str, template: dict[str, Any], opening: str) -> tuple[str, dict]:
    llm.push(Step(fault="no_tools"), Step(text=opening))  # auto goes structured
    sid = template_session(api, name, template)
    return sid, item_ids(api, sid)


@pytest.mark.parametrize(
    ("template", "opening", "item", "minutes", "said"),
    [
        (PIANO, "Good evening Keiko! How did the first exercise go?", "Scales", 10,
         "All twelve keys, up and down, ten minutes, no mistakes."),
        (SINGING, "Malo e lelei Siosaia! How did the first warm-up go?", "Lip trills", 5,
         "Up and down my whole range for five minutes, no cracks at the top."),
    ],
)  # fmt: skip
def test_a_right_structured_record_stands_when_the_coach_reads_no_item(
    openai_api: Api, llm: FakeLLM, template: dict[str, Any], opening: str, item: str, minutes: int, said: str
) -> None:
    sid, ids = _structured(openai_api, llm, "Keiko", template, opening)
    llm.push(Step(text=_record((ids[item], minutes))), Step(text="And the next exercise, how did that go?"))
    say(openai_api, sid, said)
    assert item_states(openai_api, sid)[item] == (True, minutes), item_states(openai_api, sid)


def test_a_model_record_the_answer_does_not_bear_out_still_falls(openai_api: Api, llm: FakeLLM) -> None:
    sid, ids = _structured(openai_api, llm, "Siosaia", SINGING, "Malo e lelei! How did the first warm-up go?")
    # not done, said so: noted, never ticked because the model says so
    llm.push(Step(text=_record((ids["Lip trills"], 5))), Step(text="What would you like to start with?"))
    say(openai_api, sid, "I haven't started yet, the phone kept ringing all morning.")
    assert item_states(openai_api, sid)["Lip trills"] == (False, None), item_states(openai_api, sid)
    # no minutes in the answer: done, with none of the model's
    llm.push(Step(text=_record((ids["Lip trills"], 12))), Step(text="And the next exercise, how did that go?"))
    say(openai_api, sid, "Right, I did them now, all the way up and down, no cracks at the top.")
    assert item_states(openai_api, sid)["Lip trills"] == (True, None), item_states(openai_api, sid)
    # two items said done of one answer naming neither: which one it tells of is unknown, so neither
    both = _record((ids["Sight singing"], 10), (ids["Anthem"], 10))
    llm.push(Step(text=both), Step(text="What else did you sing?"))
    say(openai_api, sid, "Ten minutes of reading new parts, then some more, it went fine.")
    got = item_states(openai_api, sid)
    assert got["Sight singing"] == (False, None) and got["Anthem"] == (False, None), got


def test_a_right_native_call_stands_when_the_coach_reads_no_item(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Malo e lelei Siosaia! How did the first warm-up go?"))
    sid = template_session(openai_api, "Siosaia", SINGING)
    ids = item_ids(openai_api, sid)
    claim = {"item_id": ids["Lip trills"], "completed": True, "actual_duration_minutes": 5}
    llm.push(Step(tool_calls=[("update_item", json.dumps(claim))]), Step(text="And the next one, how did it go?"))
    say(openai_api, sid, "Up and down my whole range for five minutes, no cracks at the top.")
    assert item_states(openai_api, sid)["Lip trills"] == (True, 5), item_states(openai_api, sid)


@pytest.mark.parametrize(
    ("template", "question", "answer", "item"),
    [
        (PIANO, "Before you start the Nocturne, how are your hands feeling?", "A bit stiff but fine, ten minutes "
         "of stretching helped.", "Nocturne"),
        (PIANO, "Would you like to leave the Nocturne for now and rest your wrist?", "Yes please, my wrist hurts.",
         "Nocturne"),
        (PIANO, "Shall we move on to the Nocturne?", "Sure, go ahead.", "Nocturne"),
        (SINGING, "Before the anthem, is your throat warm enough?", "Yes, I had a honey tea for ten minutes.",
         "Anthem"),
        (SINGING, "Shall we go on to the sight singing now?", "Okay, sure, let's.", "Sight singing"),
        (SINGING, "Do you want to keep the anthem for Sunday and rest your voice?", "Yes, good idea, I'm hoarse.",
         "Anthem"),
    ],
)  # fmt: skip
def test_a_question_only_naming_an_item_makes_no_report_of_it(
    openai_api: Api, llm: FakeLLM, template: dict[str, Any], question: str, answer: str, item: str
) -> None:
    first = template["structure"]["sections"][0]["items"][0]["name"]
    llm.push(Step(text=f"Hello! How did the {first.lower()} go?"))
    sid = template_session(openai_api, "Keiko", template)
    llm.push(Step(text="Lovely. " + question))
    say(openai_api, sid, f"{first}, ten minutes, clean.")
    assert transcript(openai_api, sid)[-1]["data"].get("item_id") is None
    llm.push(Step(text="Of course. What would you like to do next?"))
    say(openai_api, sid, answer)
    assert item_states(openai_api, sid)[item] == (False, None), item_states(openai_api, sid)


def test_a_question_naming_a_done_item_and_asking_what_next(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Good evening Keiko! How did the scales go?"))
    sid = template_session(openai_api, "Keiko", PIANO)
    llm.push(Step(text="Well done. Now that the scales are out of the way, what did you play next?"))
    say(openai_api, sid, "Scales, ten minutes, all clean.")
    llm.push(Step(text="And after that?"))
    say(openai_api, sid, "The study with the fast left hand, twenty-five minutes, messy.")
    assert item_states(openai_api, sid)["Scales"] == (True, 10), item_states(openai_api, sid)


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("How did the anthem go?", "Anthem"),
        ("Lovely. How long did the sight singing take you?", "Sight singing"),
        ("And what about the anthem?", "Anthem"),
        ("Did you get through the sight singing?", "Sight singing"),
        ("How was the anthem today?", "Anthem"),
    ],
)
def test_a_question_asking_an_items_report_stores_it(openai_api: Api, llm: FakeLLM, question: str, item: str) -> None:
    llm.push(Step(text="Malo e lelei Siosaia! How did the lip trills go?"))
    sid = template_session(openai_api, "Siosaia", SINGING)
    llm.push(Step(text=question))
    say(openai_api, sid, "Lip trills, five minutes, easy.")
    assert transcript(openai_api, sid)[-1]["data"].get("item_id") == item_ids(openai_api, sid)[item]


@pytest.mark.parametrize(
    ("lead", "item"),
    [
        ("Since the lip trills are already ticked off, the anthem is all that's left.", "Anthem"),
        ("The lip trills are done, so the sight singing is next.", "Sight singing"),
        # look-alikes: only a done item said before, or two open ones
        ("The lip trills are done, well done.", None),
        ("Sight singing or the anthem, whichever you like.", None),
    ],
)
def test_a_question_pointing_at_the_open_item_said_before(
    openai_api: Api, llm: FakeLLM, lead: str, item: str | None
) -> None:
    llm.push(Step(text="Malo e lelei Siosaia! How did the lip trills go?"))
    sid = template_session(openai_api, "Siosaia", SINGING)
    llm.push(Step(text=f"{lead} How did it go?"))
    say(openai_api, sid, "Lip trills, five minutes, easy.")
    want = item_ids(openai_api, sid)[item] if item else None
    assert transcript(openai_api, sid)[-1]["data"].get("item_id") == want
