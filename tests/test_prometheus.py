"""``/metrics`` exposes request metrics and where turns spent their time."""

from __future__ import annotations

import re

import httpx

from tests.llm_server import FakeLLM, Step
from tests.support import Api


def _count(text: str, metric: str, **labels: str) -> float:
    for line in text.splitlines():
        if line.startswith(metric + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_turn_phases_are_histograms(openai_api: Api, llm: FakeLLM) -> None:
    metrics_url = f"{openai_api.base_url}/metrics"
    before = httpx.get(metrics_url).text
    person = openai_api.ok("POST", "/people", json={"display_name": "Ida"})
    session = openai_api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Harvests", "start": True})
    llm.push(Step(tool_calls=[("add_note", '{"content": "calm"}')]), Step(text="And then?"))
    openai_api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "We picked apples."})

    after = httpx.get(metrics_url).text
    name = "storyloom_turn_phase_seconds_count"
    # The opening prompt and the turn: two turns; the turn made two model calls.
    assert (
        _count(after, name, provider="openai", phase="total") - _count(before, name, provider="openai", phase="total")
        == 2
    )
    assert (
        _count(after, name, provider="openai", phase="model") - _count(before, name, provider="openai", phase="model")
        == 3
    )
    for phase in ("queued", "answer", "context", "tools", "commit"):
        assert _count(after, name, provider="openai", phase=phase) > 0
    # HTTP metrics are grouped by route template, not by concrete ids.
    assert re.search(r'storyloom_requests_total\{[^}]*path="/api/v1/sessions/\{session_id\}/turns"', after)
    assert session["id"] not in after
