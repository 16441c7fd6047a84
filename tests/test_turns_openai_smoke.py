"""A first end-to-end turn with the openai provider against the loopback LLM server."""

from __future__ import annotations

import json

from tests.llm_server import FakeLLM, Step
from tests.support import Api


def test_turn_runs_tools_and_stores_reply(openai_api: Api, llm: FakeLLM) -> None:
    person = openai_api.ok("POST", "/people", json={"display_name": "Rosa"})
    session = openai_api.ok(
        "POST", "/sessions", json={"person_id": person["id"], "name": "Childhood", "success_indicators": ["A scene"]}
    )
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    started = openai_api.ok("POST", f"/sessions/{session['id']}/start")
    assert started["status"] == "in_progress"
    first = openai_api.ok("GET", f"/sessions/{session['id']}/interactions")["items"]
    assert [i["agent_prompt"] for i in first] == ["Hello Rosa! Where did you grow up?"]

    llm.push(
        Step(
            tool_calls=[
                ("annotate_response", json.dumps({"mentions_places": ["Boston"], "sentiment": "positive"})),
                ("save_artifact", json.dumps({"artifact_type": "scene_capture", "content": "The porch in Boston."})),
                ("mark_indicator", json.dumps({"which": "success", "index": 0, "evidence": "porch scene"})),
            ]
        ),
        Step(text="What did the porch smell like?"),
    )
    result = openai_api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "In Boston, on our porch."})
    assert result["reply"] == "What did the porch smell like?"
    answer, prompt = result["interactions"]
    assert answer["sequence"] == 1 and answer["person_response"] == "In Boston, on our porch."
    assert answer["mentions_places"] == ["Boston"] and answer["sentiment"] == "positive"
    assert prompt["sequence"] == 2 and prompt["agent_prompt"] == "What did the porch smell like?"
    assert [a["content"] for a in result["artifacts"]] == ["The porch in Boston."]
    assert result["indicators"][0]["met"] is True and result["indicators"][0]["evidence"] == "porch scene"
    assert set(prompt["data"]["timings"]) >= {"context_ms", "model_ms", "tools_ms"}

    # The model saw the system prompt, the opening question, the answer, then the tool results.
    second_call = llm.requests[-1]["messages"]
    assert second_call[0]["role"] == "system" and "Childhood" in second_call[0]["content"]
    assert [m["role"] for m in second_call[1:]] == ["assistant", "user", "assistant", "tool", "tool", "tool"]
    assert all(json.loads(m["content"])["ok"] for m in second_call if m["role"] == "tool")
