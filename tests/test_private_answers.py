"""Private answers on every engine: one kept private by the guided interviewer (a brother's
death), one by the person (PATCH is_private). Both stay in the transcript, marked; no
artifact, summary or webhook payload carries their words; the artifact the interviewer had
already saved from the second is gone, and its webhook event no longer names it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.llm_server import FakeLLM, Step
from tests.schedule_support import Receiver, subscribe, tick
from tests.support import Api
from tests.turns_support import new_session, second_account, transcript

SCENE = (
    "The kitchen smelled of bread and woodsmoke on our farm outside Des Moines. My mother, Helen, sang while she "
    "kneaded the dough by the warm Monarch cookstove, and Dad, Stanley, came in loud from milking, smelling of hay."
)
GRIEF = (
    "Tommy got polio the summer of 1943. They took him to the hospital in Sioux City and he died there in "
    "August, and Mother never played the piano again."
)
FAIR = (
    "Uncle Bartholomew drove us to the county fair in Marshalltown every August in his green Packard. The midway "
    "was loud and bright, it smelled of fried dough and hot sugar, and we ate rhubarb pie until we could not move."
)
SCHOOL = (
    "I walked two miles to the one-room school at Hancock. Miss Peterson taught all eight grades and kept a "
    "bucket of water with a dipper by the door."
)
# Words only the private answers hold: none may leave the transcript.
PRIVATE_WORDS = ["polio", "Sioux City", "piano", "Bartholomew", "Marshalltown", "Packard", "rhubarb"]


@pytest.fixture
def receiver() -> Any:
    server = Receiver()
    yield server
    server.close()


def _say(api: Api, sid: str, text: str) -> dict[str, Any]:
    api.clock.advance(seconds=90)
    return api.ok("POST", f"/sessions/{sid}/turns", json={"text": text})


def _answer(items: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return next(i for i in items if i["person_response"] == text)


def _leaks(blob: Any) -> list[str]:
    text = json.dumps(blob, ensure_ascii=False) if not isinstance(blob, str) else blob
    return [w for w in PRIVATE_WORDS if w.lower() in text.lower()]


def test_private_answers_stay_in_the_transcript_and_nowhere_else(api: Api, receiver: Receiver) -> None:
    subscribe(api, receiver, ["artifact.created", "session.completed", "session.started"])
    person = api.ok("POST", "/people", json={"display_name": "Dad (Walter Kowalski)"})
    topic = api.ok("POST", f"/people/{person['id']}/topics", json={"kind": "life_event", "title": "The farm"})
    session = api.ok(
        "POST",
        "/sessions",
        json={
            "person_id": person["id"],
            "kind": "story",
            "name": "Dad's farm childhood",
            "success_indicators": ["Describe his parents"],
            "scheduled_duration_minutes": 45,
            "topic_ids": [topic["id"]],
            "start": True,
        },
    )
    sid = session["id"]

    scene = _say(api, sid, SCENE)
    assert [a["content"] for a in scene["artifacts"]] == [SCENE]

    # A death: the interviewer keeps the answer private, says so gently, and saves nothing from it.
    grief = _say(api, sid, GRIEF)
    kept = _answer(grief["interactions"], GRIEF)
    assert kept["is_private"] is True and grief["artifacts"] == [] and grief["indicators"] == []
    reply = grief["reply"]
    assert "sorry" in reply.lower() and "private" in reply and reply.rstrip().endswith("?")
    assert reply.index("sorry") < reply.index("private")  # the condolence first, the question last

    # A rich, ordinary answer: saved as a scene; then the person marks it private.
    fair = _say(api, sid, FAIR)
    assert _answer(fair["interactions"], FAIR)["is_private"] is False
    (fair_scene,) = fair["artifacts"]
    assert fair_scene["title"] == "Uncle Bartholomew drove us to the county fair in …"
    sequence = _answer(fair["interactions"], FAIR)["sequence"]
    marked = api.ok("PATCH", f"/sessions/{sid}/interactions/{sequence}", json={"is_private": True})
    assert marked["is_private"] is True and marked["person_response"] == FAIR
    api.ok("GET", f"/artifacts/{fair_scene['id']}", expect=404)  # what was made from it is gone
    refused = api.client.post(
        f"/sessions/{sid}/artifacts",
        json={"artifact_type": "draft_paragraph", "content": "The fair.", "source_interaction_sequence": sequence},
    )
    assert refused.status_code == 422 and "source_interaction_sequence" in refused.text

    _say(api, sid, SCHOOL)
    done = api.ok("POST", f"/sessions/{sid}/complete", json={})

    # The transcript keeps both, marked (JSON and Markdown), and the interaction list says so.
    entries = api.ok("GET", f"/sessions/{sid}/transcript")["entries"]
    private = [e["person_response"] for e in entries if e["is_private"]]
    assert private == [GRIEF, FAIR]
    markdown = api.client.get(f"/sessions/{sid}/transcript", params={"format": "md"}).text
    assert "Walter (private):" not in markdown and markdown.count("(private):** ") == 2
    assert GRIEF in markdown and FAIR in markdown
    assert [i["is_private"] for i in transcript(api, sid) if i["person_response"]] == [False, True, True, False]

    # Nothing else carries their words: artifacts, the summary (text and stats), webhook payloads.
    artifacts = api.ok("GET", f"/sessions/{sid}/artifacts")["items"]
    assert [a["content"] for a in artifacts] == [SCENE] and not _leaks(artifacts)
    summary = api.ok("GET", f"/sessions/{sid}/summary")
    assert not _leaks(summary) and not _leaks(done["session"]), summary["summary"]
    people = {p["value"] for p in summary["story"]["people"]}
    assert {"Helen", "Stanley", "Miss Peterson"} <= people and "Bartholomew" not in " ".join(people)
    assert "Helen" in summary["summary"] and "Des Moines" in summary["summary"]
    assert tick(api).delivered >= 4
    payloads = [r.event for r in receiver.events()]
    assert {p["type"] for p in payloads} == {"artifact.created", "session.completed", "session.started"}
    assert not _leaks(payloads) and not _leaks(api.ok("GET", "/events", params={"limit": 200})["items"])
    forgotten = [p["data"]["artifact"] for p in payloads if p["data"].get("artifact", {}).get("private")]
    assert forgotten == [{**forgotten[0], "id": fair_scene["id"], "title": None}]

    # Sharing again is the person's choice too (also after completion); nothing comes back by itself.
    again = api.ok("PATCH", f"/sessions/{sid}/interactions/{sequence}", json={"is_private": False})
    assert again["is_private"] is False and len(api.ok("GET", f"/sessions/{sid}/artifacts")["items"]) == 1


def test_marking_private_is_validated_and_scoped(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Ruth"})
    sid = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "By the sea", "start": True})["id"]
    _say(api, sid, "We lived by the sea in a small white house and the boats went out at dawn every morning.")
    items = transcript(api, sid)
    question = items[-1]["sequence"]  # the interviewer's open question: no answer to keep private
    empty = api.client.patch(f"/sessions/{sid}/interactions/{question}", json={"is_private": True})
    assert empty.status_code == 422 and "is_private" in empty.text
    wrong = api.client.patch(f"/sessions/{sid}/interactions/{items[0]['sequence']}", json={"is_private": "yes"})
    assert wrong.status_code == 400 and "is_private" in wrong.text
    api.ok("PATCH", f"/sessions/{sid}/interactions/99999", expect=404, json={"is_private": True})
    with second_account(api) as other:
        other.ok("PATCH", f"/sessions/{sid}/interactions/{items[0]['sequence']}", expect=404, json={"is_private": True})
    assert api.ok("PATCH", f"/sessions/{sid}/interactions/{items[0]['sequence']}", json={"is_private": True})[
        "is_private"
    ]


def test_an_answer_made_private_after_completion_leaves_the_summary_and_the_evidence(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Dad (Walter Kowalski)"})
    body = {"person_id": person["id"], "name": "The farm", "success_indicators": ["Describe his parents"]}
    sid = api.ok("POST", "/sessions", json={**body, "start": True})["id"]
    first = _say(api, sid, SCENE)
    assert first["indicators"] and "Helen" in first["indicators"][0]["evidence"]
    _say(api, sid, SCHOOL)
    summary = api.ok("POST", f"/sessions/{sid}/complete", json={})["session"]["summary"]
    assert "“The kitchen smelled of bread and woodsmoke" in summary and "Helen" in summary

    sequence = _answer(transcript(api, sid), SCENE)["sequence"]
    api.ok("PATCH", f"/sessions/{sid}/interactions/{sequence}", json={"is_private": True})
    after = api.ok("GET", f"/sessions/{sid}/summary")
    assert "kitchen" not in after["summary"] and "Helen" not in after["summary"], after["summary"]
    assert "Miss Peterson" in after["summary"] and "Hancock" in after["summary"]  # the rest is still told
    (indicator,) = after["success_indicators"]
    assert indicator["met"] is True and indicator["evidence"] == "from an answer kept private"
    assert "Helen" not in json.dumps(after), json.dumps(after)
    assert api.ok("GET", f"/sessions/{sid}/artifacts")["items"] == []


def test_a_model_writing_the_summary_never_reads_a_private_answer(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Hello Walter! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    llm.push(Step(text="Who else lived on the farm?"))
    openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": SCENE})
    llm.push(Step(text="Tell me about the fair."))
    openai_api.ok("POST", f"/sessions/{sid}/turns", json={"text": FAIR})
    sequence = _answer(transcript(openai_api, sid), FAIR)["sequence"]
    openai_api.ok("PATCH", f"/sessions/{sid}/interactions/{sequence}", json={"is_private": True})
    llm.push(Step(text="Walter told of Helen's bread.\nNext session: Stanley's milking."))
    llm.requests.clear()
    done = openai_api.ok("POST", f"/sessions/{sid}/complete", json={})
    assert done["session"]["summary"] == "Walter told of Helen's bread."
    (request,) = llm.requests
    prompt = request["messages"][0]["content"]
    assert SCENE in prompt and not _leaks(prompt), _leaks(prompt)
    assert "checklist" in prompt and "invent no" in prompt  # a narrative, from their words only


def test_an_aim_a_private_answer_meets_is_met_without_quoting_it(api: Api) -> None:
    """Kept private by the interviewer, the answer still meets what the session set out to hear:
    the indicator is met, its evidence says only where it came from."""
    person = api.ok("POST", "/people", json={"display_name": "Walter"})
    body = {
        "person_id": person["id"],
        "kind": "story",
        "name": "The farm",
        "success_indicators": ["Tommy and the summer of 1943"],
        "scheduled_duration_minutes": 45,
        "start": True,
    }
    sid = api.ok("POST", "/sessions", json=body)["id"]
    grief = _say(api, sid, GRIEF)
    assert _answer(grief["interactions"], GRIEF)["is_private"] is True
    (indicator,) = api.ok("GET", f"/sessions/{sid}/progress")["success_indicators"]
    assert indicator["met"] is True and indicator["evidence"] == "from an answer kept private"
    assert not _leaks(indicator)


def test_a_loss_the_model_recorded_itself_is_still_kept_private(openai_api: Api, llm: FakeLLM) -> None:
    """Native mode: the model annotates a brother's death and saves it as a scene, and never
    calls keep_private (it is not offered it): the answer is kept private all the same, and the
    scene goes with it, as in structured mode and with the guided interviewer."""
    llm.push(Step(text="Hello Walter! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    annotation = {"sentiment": "negative", "mentions_people": ["Tommy"], "mentions_places": ["Sioux City"]}
    scene = {"artifact_type": "scene_capture", "content": GRIEF, "title": "Tommy"}
    llm.push(
        Step(tool_calls=[("annotate_response", json.dumps(annotation)), ("save_artifact", json.dumps(scene))]),
        Step(text="Thank you for telling me about Tommy. What was he like?"),
    )
    _say(openai_api, sid, GRIEF)
    answer = _answer(transcript(openai_api, sid), GRIEF)
    assert answer["is_private"] is True, answer
    assert openai_api.ok("GET", f"/sessions/{sid}/artifacts")["items"] == []
