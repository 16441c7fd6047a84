"""``GET /sessions/{id}/transcript?format=json|md``: the whole conversation for download, on every engine."""

from __future__ import annotations

import httpx

from tests.support import Api
from tests.turns_support import new_person, new_session, turn

ANSWERS = ["We lived above the bakery on Elm Street.", "My sister Rose\nand I shared a room."]


def _session_with_turns(api: Api) -> dict[str, object]:
    session = new_session(api, person=new_person(api, "Margaret Hale"))
    for text in ANSWERS:
        assert turn(api, session["id"], text).status_code == 200
    assert turn(api, session["id"], json={"skip": True}).status_code == 200
    api.ok(
        "POST",
        f"/sessions/{session['id']}/interactions",
        json={"person_response": "Spoken words", "response_method": "voice", "transcript_confidence": 0.9},
    )
    return session


def test_json_transcript_has_every_exchange_in_order(api: Api) -> None:
    session = _session_with_turns(api)
    response = api.get(f"/sessions/{session['id']}/transcript")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/json")
    assert 'filename="childhood-transcript.json"' in response.headers["content-disposition"]
    body = response.json()
    assert body["session_id"] == session["id"] and body["name"] == "Childhood" and body["kind"] == "story"
    assert body["person_name"] == "Margaret Hale" and body["status"] == "in_progress"
    entries = body["entries"]
    assert [e["sequence"] for e in entries] == sorted(e["sequence"] for e in entries)
    said = [e["person_response"] for e in entries if e["person_response"] is not None]
    assert said == [*ANSWERS, "Spoken words"]
    assert [e["response_method"] for e in entries if e["response_method"]] == ["text", "text", "skip", "voice"]
    assert entries[0]["agent_prompt"]  # the opening question
    # Same content as the interactions list, all of it.
    interactions = api.ok("GET", f"/sessions/{session['id']}/interactions", params={"limit": 200})
    assert len(entries) == interactions["total"]


def test_markdown_transcript_reads_as_a_conversation(api: Api) -> None:
    session = _session_with_turns(api)
    response = api.get(f"/sessions/{session['id']}/transcript", params={"format": "md"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/markdown")
    assert 'filename="childhood-transcript.md"' in response.headers["content-disposition"]
    text = response.text
    assert text.startswith("# Childhood\n") and "- Person: Margaret Hale" in text
    assert text.count("**Interviewer:**") >= 3
    assert "**Margaret Hale:** We lived above the bakery on Elm Street." in text
    assert "**Margaret Hale:** My sister Rose  \nand I shared a room." in text  # line breaks kept
    assert "**Margaret Hale:** _(skipped)_" in text
    assert "**Margaret Hale (spoken):** Spoken words" in text
    # Question before answer, as it happened.
    assert text.index("**Interviewer:**") < text.index("We lived above the bakery")


def test_transcript_of_another_account_or_in_a_bad_format_is_refused(api: Api, other_api: Api) -> None:
    theirs = new_session(other_api)
    assert api.get(f"/sessions/{theirs['id']}/transcript").status_code == 404
    assert api.get(f"/sessions/{theirs['id']}/transcript", params={"format": "md"}).status_code == 404
    mine = new_session(api)
    bad = api.get(f"/sessions/{mine['id']}/transcript", params={"format": "pdf"})
    assert bad.status_code == 400 and bad.json()["extra"][0]["key"] == "format"


def test_the_schema_documents_both_forms(api: Api) -> None:
    schema = httpx.get(f"{api.base_url}/schema/openapi.json").json()
    ok = schema["paths"]["/api/v1/sessions/{session_id}/transcript"]["get"]["responses"]["200"]["content"]
    assert set(ok) == {"application/json", "text/markdown"}
    assert ok["text/markdown"]["schema"]["type"] == "string"
