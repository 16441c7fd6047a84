"""The turn protocol with a real local model: machine text, people/places recorded, prompt cache, latency.

Runs story conversations (the hand-annotated answers of ``tests/real_model_support.STORY``)
through the live app, its ``openai`` provider pointed at llama.cpp (``agent.local``), once
per tool mode, and reports per mode:

- replies that are machine text (JSON, tool names, role labels, stray quotes), goal 0;
- rich answers whose people and places were recorded on the interaction, goal >= 80 %;
- guided fallbacks (a reply that was not a usable question);
- prompt tokens sent and evaluated (llama.cpp's ``timings.prompt_n``: cache excluded) on turn 1 vs turn 2;
- per-turn latency.

    .venv/bin/python -m benchmarks.real_model --modes structured auto --conversations 5

A timing, not a test: numbers depend on the machine (2 cores here).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from agent.local import weights
from agent.local.server import LocalLLM, LocalServerConfig
from benchmarks.databases import sqlite_database
from benchmarks.machine import machine
from tests.real_model_support import STORY, is_question, machine_text, model_api, recorded
from tests.support import Loop, MovableClock


def _usage(interaction: dict[str, Any]) -> tuple[int, int]:
    """(prompt tokens sent, prompt tokens evaluated) over the turn's model calls."""
    calls = ((interaction.get("data") or {}).get("timings") or {}).get("model_usage") or []
    sent = sum(int(c.get("prompt_tokens", 0)) for c in calls)
    evaluated = sum(int(c.get("prompt_evaluated", c.get("prompt_tokens", 0))) for c in calls)
    return sent, evaluated


def run_mode(base_url: str, model: str, mode: str, conversations: int, loop: Loop) -> dict[str, Any]:
    clock = MovableClock()
    out: dict[str, Any] = {"mode": mode, "turns": 0, "machine": [], "not_question": [], "fallbacks": 0}
    out.update({"people": [0, 0], "places": [0, 0], "rich_recorded": [0, 0], "latency": [], "tokens": {}})
    with sqlite_database() as (url, _), model_api(base_url, model, url, "sqlite", loop, clock, mode) as api:
        for c in range(conversations):
            person = api.ok("POST", "/people", json={"display_name": "Rosa"})
            body = {"person_id": person["id"], "name": "Growing up", "intention": "Remember where Rosa grew up"}
            session = api.ok("POST", "/sessions", json={**body, "success_indicators": ["A vivid scene"]})
            t = time.perf_counter()
            opened = api.ok("POST", f"/sessions/{session['id']}/start")
            out["latency"].append(time.perf_counter() - t)
            replies = [opened.get("reply") or ""]
            for n, answer in enumerate(STORY):
                t = time.perf_counter()
                result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": answer.text})
                out["latency"].append(time.perf_counter() - t)
                out["turns"] += 1
                replies.append(result["reply"])
                answered, prompt = result["interactions"][0], result["interactions"][-1]
                if (prompt.get("data") or {}).get("fallback"):
                    out["fallbacks"] += 1
                people, places = recorded(answered, answer)
                out["people"][0] += len(people)
                out["people"][1] += len(answer.people)
                out["places"][0] += len(places)
                out["places"][1] += len(answer.places)
                out["rich_recorded"][0] += bool(people and places)
                out["rich_recorded"][1] += 1
                if c == 0 and n < 2:
                    out["tokens"][f"turn {n + 1}"] = _usage(prompt)
            for reply in replies:
                if (why := machine_text(reply)) is not None:
                    out["machine"].append((why, reply))
                elif not is_question(reply):
                    out["not_question"].append(reply)
    return out


def report(results: list[dict[str, Any]], model: str) -> str:
    lines = [f"Real model: {model}, llama.cpp (xllamacpp), {machine()}", ""]
    lines.append(
        "| mode | turns | machine-text replies | not a question | guided fallbacks | people recall | "
        "places recall | rich answers with people and places | prompt tokens sent / evaluated, turn 1 | "
        "turn 2 | turn latency median / max |"
    )
    lines.append("|---" * 11 + "|")
    for r in results:
        lat = r["latency"]
        t1, t2 = r["tokens"].get("turn 1", (0, 0)), r["tokens"].get("turn 2", (0, 0))
        lines.append(
            f"| {r['mode']} | {r['turns']} | {len(r['machine'])} | {len(r['not_question'])} | {r['fallbacks']} | "
            f"{_pct(r['people'])} | {_pct(r['places'])} | {_pct(r['rich_recorded'])} | {t1[0]} / {t1[1]} | "
            f"{t2[0]} / {t2[1]} | {statistics.median(lat):.1f} s / {max(lat):.1f} s |"
        )
    for r in results:
        for why, reply in r["machine"][:5]:
            lines.append(f"- {r['mode']}: machine text ({why}): {reply[:120]!r}")
    return "\n".join(lines)


def _pct(pair: list[int]) -> str:
    return f"{pair[0]}/{pair[1]} ({100 * pair[0] / max(1, pair[1]):.0f} %)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--modes", nargs="+", default=["structured", "auto"], choices=["native", "structured", "auto"])
    parser.add_argument("--conversations", type=int, default=5, help="6 answers each")
    parser.add_argument("--model", default=weights.DEFAULT_MODEL)
    parser.add_argument("--base-url", help="an already running OpenAI-compatible server (else one is started)")
    args = parser.parse_args(argv)
    loop = Loop()
    server = None
    try:
        if args.base_url:
            base_url = args.base_url
        else:
            gguf = weights.ensure(args.model)
            server = LocalLLM(LocalServerConfig(gguf=Path(gguf), model=args.model)).start()
            base_url = server.base_url
        results = []
        for mode in args.modes:
            results.append(run_mode(base_url, args.model, mode, args.conversations, loop))
            print(report(results[-1:], args.model), flush=True)  # each mode as soon as it is done
    finally:
        if server is not None:
            server.stop()
        loop.close()
    print(report(results, args.model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
