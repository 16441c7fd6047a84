"""Ten-turn conversations with the embedded ``guided`` interviewer, end to end over HTTP.

A story about two life events, a guitar routine and a maths quiz: the transcript must read
like a patient interviewer (no question twice, a follow-up only after a short answer, a
detail of the answer reflected back), and what the tools recorded must show up in the
artifacts, the items, the indicators and the summary. Runs on every engine.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from tests.support import Api
from tests.turns_support import stream_turn, transcript

STORY_ANSWERS: list[str | None] = [
    "We arrived by ship in the spring of 1952. My grandmother Rosa met us at the harbour in Naples, wearing "
    "her black Sunday dress, and the whole quay smelled of lemons and diesel. I held my brother's hand so "
    "tightly that he cried.",
    "Rosa, mostly.",
    "She was small and fierce. She sang old songs from Calabria while she cooked and always saved me the crust "
    "of the bread.",
    None,  # skipped
    "I stopped feeling like a visitor.",
    "I began to dream in Italian, and the neighbours called me by my name instead of the English girl.",
    "Home is people, not a place. I think of Rosa whenever I bake bread at home.",
    "The workshop of Signor Bruno in Via Toledo: the smell of leather and glue, the radio playing all day "
    "while we cut soles for shoes. I was fourteen and terrified of breaking his tools, but I loved the quiet "
    "of the work.",
    "Signor Bruno and his son Paolo taught me everything. Paolo whistled opera and never lost his temper.",
    "I don't remember.",
]


def _start(api: Api, person: dict[str, Any], **fields: Any) -> tuple[dict[str, Any], str]:
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], **fields})
    api.ok("POST", f"/sessions/{session['id']}/start")
    items = transcript(api, session["id"])
    assert len(items) == 1 and items[0]["agent_prompt"], items  # the opening question
    return session, items[0]["agent_prompt"]


def _turn(api: Api, sid: str, text: str | None) -> dict[str, Any]:
    api.clock.advance(seconds=5)
    body = {"skip": True} if text is None else {"text": text}
    return api.ok("POST", f"/sessions/{sid}/turns", json=body)


def _prompts(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [i for i in items if i["agent_prompt"]]


def _assert_reads_sensibly(items: list[dict[str, Any]]) -> None:
    prompts = _prompts(items)
    ids = [(p["data"] or {}).get("question_id") for p in prompts]
    assert None not in ids and len(set(ids)) == len(ids), ids  # nothing asked twice…
    assert len({p["agent_prompt"] for p in prompts}) == len(prompts)  # …not even in other words
    for before, after in pairwise(prompts):
        if after["prompt_category"] == "followup":  # follow-ups only after a short, real answer
            assert before["prompt_category"] != "followup", (before, after)
            assert before["response_method"] == "text" and len(before["person_response"].split()) < 8


def test_story_conversation_over_two_life_events(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Margaret"})
    naples, job = (
        api.ok("POST", f"/people/{person['id']}/topics", json={"kind": "life_event", "title": t, "period_start": d})
        for t, d in (("Moving to Naples", "1952-03-01"), ("My first job", "1958-09-01"))
    )
    session, opening = _start(
        api, person, kind="story", name="Early years", intention="Capture the move to Naples and the first job",
        topic_ids=[naples["id"], job["id"]],
    )  # fmt: skip
    sid = session["id"]
    assert opening.startswith(("Hello Margaret", "Welcome, Margaret")) and "moving to Naples" in opening

    results = []
    for n, answer in enumerate(STORY_ANSWERS):
        if n == 7:  # one turn streamed, as the chat page does
            response, events = stream_turn(api, sid, {"text": answer})
            assert response.status_code == 200 and events[-1].event == "result"
            deltas = [e.json()["text"] for e in events if e.event == "delta"]
            result = events[-1].json()
            assert len(deltas) > 5 and "".join(deltas) == result["reply"]
        else:
            result = _turn(api, sid, answer)
        results.append(result)

    items = transcript(api, sid)
    _assert_reads_sensibly(items)
    prompts = _prompts(items)
    assert len(prompts) == 11
    categories = [p["prompt_category"] for p in prompts]
    assert categories == ["scene", "people", "followup", "tension", "change", "followup", "meaning",
                          "scene", "people", "people", "followup"]  # fmt: skip
    assert [p["topic_id"] for p in prompts[:7]] == [naples["id"]] * 7 and prompts[7]["topic_id"] == job["id"]
    # Acknowledgements reflect what was said; a skip and "I don't remember" are taken gently.
    assert "Naples" in results[0]["reply"] or "Rosa" in results[0]["reply"]
    assert "Rosa" in results[0]["reply"]  # the people question asks about her
    assert results[3]["reply"].startswith(("Of course", "That's fine", "No problem"))
    assert "Via Toledo" in results[7]["reply"] or "Signor Bruno" in results[7]["reply"]
    # Paolo, named in passing, is followed by name; "I don't remember" gets a gentler way in, not praise.
    assert (prompts[9]["data"]["question_id"], "Paolo" in results[8]["reply"]) == ("who.paolo", True)
    assert prompts[10]["data"]["question_id"].endswith(".angle") and "lovely" not in results[9]["reply"]

    # Rich answers became provisional scene captures, tied to their life event.
    rich = {0, 7}
    assert [n for n, r in enumerate(results) if r["artifacts"]] == sorted(rich)
    artifacts = api.ok("GET", f"/sessions/{sid}/artifacts")
    artifacts = artifacts["items"] if isinstance(artifacts, dict) else artifacts
    assert sorted(a["topic_id"] for a in artifacts) == sorted([naples["id"], job["id"]])
    assert all(a["artifact_type"] == "scene_capture" and a["is_provisional"] for a in artifacts)
    first = next(a for a in artifacts if a["topic_id"] == naples["id"])
    assert first["content"].startswith("We arrived by ship")

    # Annotations and coverage: the summary's story stats come from what the tools recorded.
    answer = next(i for i in items if (i["person_response"] or "").startswith("We arrived by ship"))
    assert "Rosa" in answer["mentions_people"] and answer["mentions_places"] == ["Naples"]
    links = {link["topic_id"]: link["coverage_level"] for link in api.ok("GET", f"/sessions/{sid}/topics")}
    assert links == {naples["id"]: "completion", job["id"]: "exploration"}
    story = api.ok("GET", f"/sessions/{sid}/summary")["story"]
    people = [p["value"] for p in story["people"]]
    assert people[0] == "Rosa" and {"Signor Bruno", "Paolo"} <= set(people)
    assert {"Naples", "Via Toledo"} <= {p["value"] for p in story["places"]}
    assert "family" in {t["value"] for t in story["themes"]}
    assert not any(r["proposed_end"] for r in results)  # "My first job" still has a question left

    done = api.ok("POST", f"/sessions/{sid}/complete", json={})
    summary = done["session"]["summary"]  # a short narrative: who and where, her words, what is left
    assert summary.startswith("Margaret told about “Moving to Naples” and “My first job”.")
    assert "Rosa" in summary and "Naples" in summary and "We arrived by ship in the spring of 1952." in summary
    assert "Still to explore: more of “My first job”" in summary and "not met" not in summary
    assert "My first job" in done["session"]["next_session_suggestion"]


GUITAR = {
    "name": "Guitar practice",
    "kind": "practice",
    "intention": "Clean alternate picking at 100 bpm",
    "completion_indicators": ["Every exercise played", "Picking sounds clean at 100 bpm"],
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 15, "items": [
                {"name": "Chromatic scales", "duration_minutes": 5}, {"name": "Finger stretches"},
                {"name": "Spider walk"}]},
            {"name": "Technique", "duration_minutes": 30, "items": [
                {"name": "Alternate picking", "description": "16th notes at 100 bpm"}, {"name": "Legato runs"},
                {"name": "Sweep arpeggios"}]},
            {"name": "Songs", "duration_minutes": 45, "items": [{"name": "Blackbird"}, {"name": "Wonderwall"}]},
        ]
    },
}  # fmt: skip
PRACTICE_ANSWERS = [
    ("Done, about 8 minutes.", 8),
    ("hmm", None),  # unclear: one follow-up
    ("yes, 4 min", 4),
    ("Spider walk done, six minutes, a bit slow on the pinky.", 6),
    ("Played it at 100 bpm for twelve minutes, felt clean by the end.", 12),
    ("finished, 10 min", 10),
    ("about fifteen minutes, sloppy at the top of the sweep", 15),
    ("Half an hour on Blackbird, the middle part is still rough.", 30),
    ("Wonderwall done in 9 minutes", 9),
    ("Thanks, see you tomorrow!", None),  # after the closing
]


def test_practice_routine_ticked_item_by_item(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Sam"})
    template = api.ok("POST", "/templates", json=GUITAR)
    session, opening = _start(api, person, template_id=template["id"])
    sid = session["id"]
    assert "Warm-up (15 min)" in opening and "Chromatic scales" in opening

    results = [_turn(api, sid, text) for text, _ in PRACTICE_ANSWERS]
    items = transcript(api, sid)
    _assert_reads_sensibly(items)
    prompts = _prompts(items)
    asked = [(p["data"] or {}).get("item_id") for p in prompts]
    order = ["s1.i1", "s1.i2", "s1.i2", "s1.i3", "s2.i1", "s2.i2", "s2.i3", "s3.i1", "s3.i2", None, None]
    assert asked == order and prompts[2]["prompt_category"] == "followup"
    assert [p["prompt_category"] for p in prompts] == ["exercise"] * 2 + ["followup"] + ["exercise"] * 6 + [
        "closing"
    ] * 2
    assert "Technique" in results[3]["reply"] and "Songs" in results[6]["reply"]  # section changes announced

    ticked = [(r["items"][-1]["id"], r["items"][-1]["completed"]) for r in results if r["items"]]
    assert ticked[0] == ("s1.i1", True) and ticked[1] == ("s1.i2", False) and ticked[2] == ("s1.i2", True)
    data = api.ok("GET", f"/sessions/{sid}")["data"]
    routine = [i for s in data["sections"] for i in s["items"]]
    assert all(i["completed"] for i in routine)
    assert [i["actual_duration_minutes"] for i in routine] == [m for _, m in PRACTICE_ANSWERS if m]
    assert routine[3]["notes"].startswith("Played it at 100 bpm")

    # Only the indicator about finishing the routine is marked, then an end is proposed once.
    closing = results[8]
    assert closing["proposed_end"] and [i["index"] for i in closing["indicators"]] == [0]
    assert sum(1 for r in results if r["proposed_end"]) == 1
    assert "all 8 exercises" in closing["reply"] or "Every exercise" in closing["reply"]
    progress = api.ok("GET", f"/sessions/{sid}/progress")
    assert [i["met"] for i in progress["completion_indicators"]] == [True, False]
    assert "Chromatic scales (8 min)" in progress["completion_indicators"][0]["evidence"]
    summary = api.ok("GET", f"/sessions/{sid}/summary")["practice"]
    assert (summary["items_done"], summary["items_total"], summary["sections_done"]) == (8, 8, 3)
    assert summary["actual_item_minutes"] == 94


QUIZ = {
    "name": "Times tables",
    "kind": "study",
    "intention": "Know the 7 times table",
    "structure": {"questions": [{"prompt": p, "answer": a, "subject": "Maths"} for p, a in [
        ("What is 3 + 4?", "7"), ("What is 7 × 2?", "14"), ("What is 7 × 3?", "21"), ("What is 7 × 4?", "28"),
        ("What is 7 × 5?", "35"), ("What is 7 × 6?", "42"), ("What is 7 × 7?", "49"), ("What is 7 × 8?", "56"),
        ("What is 7 × 9?", "63")]]},
}  # fmt: skip
STUDY_ANSWERS: list[tuple[str | None, bool | None]] = [
    ("seven", True),
    ("14", True),
    ("I think it's 24", False),
    ("twenty-eight", True),
    (None, False),  # skipped
    ("42!", True),
    ("forty nine", True),
    ("54", False),
    ("It's 63", True),
    ("yay, done", None),  # after the closing
]


def test_study_quiz_records_attempts_and_accuracy(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Ada"})
    template = api.ok("POST", "/templates", json=QUIZ)
    session, opening = _start(api, person, template_id=template["id"])
    sid = session["id"]
    assert "9 questions" in opening and "What is 3 + 4?" in opening

    results = [_turn(api, sid, text) for text, _ in STUDY_ANSWERS]
    items = transcript(api, sid)
    _assert_reads_sensibly(items)
    attempts = [i for i in items if i["is_correct"] is not None]
    assert [i["is_correct"] for i in attempts] == [c for _, c in STUDY_ANSWERS if c is not None]
    assert [i["data"]["question_id"] for i in attempts] == [f"q{n}" for n in range(1, 10)]
    assert [i["data"]["expected_answer"] for i in attempts][:3] == ["7", "14", "21"]
    assert all(i["interaction_type"] == "question" for i in attempts)
    assert all(5_000 <= i["response_time_ms"] < 15_000 for i in attempts)  # the test clock moved 5 s per turn
    assert "21" in results[2]["reply"]  # a wrong answer is corrected kindly
    assert sum(1 for r in results if r["proposed_end"]) == 1 and results[8]["proposed_end"]
    assert [p["prompt_category"] for p in _prompts(items)] == ["question"] * 9 + ["closing"] * 2
    assert "6 out of 9" in results[8]["reply"] or "got 6 right" in results[8]["reply"]

    study = api.ok("GET", f"/sessions/{sid}/summary")["study"]
    assert (study["attempted"], study["correct"], study["accuracy_pct"]) == (9, 6, 66.7)
    assert study["total_time_ms"] >= 45_000
    done = api.ok("POST", f"/sessions/{sid}/complete", json={})
    assert "9 questions answered, 6 of 9 correct (66.7%)" in done["session"]["summary"]
    assert "retry the 3 missed questions" in done["session"]["next_session_suggestion"]
