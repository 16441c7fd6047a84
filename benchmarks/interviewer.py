"""Interviewer evaluation: scripted personas talk to the real API; each behaviour is scored turn by turn.

Run (from the repository root)::

    .venv/bin/python -m benchmarks.interviewer                          # guided, both sets, SQLite
    .venv/bin/python -m benchmarks.interviewer --set held_out -v        # print every miss with the reply
    .venv/bin/python -m benchmarks.interviewer --repeats 3              # each persona in 3 sessions (wordings)
    .venv/bin/python -m benchmarks.interviewer --provider openai --llm-base-url http://127.0.0.1:8080/v1 \\
        --llm-model qwen --tool-mode structured
    .venv/bin/python -m benchmarks.interviewer --provider local --tool-mode auto   # llama.cpp in-process

The personas are TOML files in ``benchmarks/personas/`` (format and behaviours in its
README): ``tuning/`` is what the guided interviewer was developed against, ``held_out/``
was written and committed before any tuning and never tuned on. For each persona the app
runs under uvicorn on a free loopback port with a fresh SQLite database (or a throw-away
PostgreSQL one), a person, topics or a template and a session are created and started, and
every answer is posted to ``POST /sessions/{id}/turns`` over real HTTP. The server's clock
is moved forward by each answer's ``wait`` (no sleeping), so planned-time rules see a real
session's pace.

Scored for every reply: the expected behaviours of that turn (follow a name, care after a
loss, a gentler angle after "I don't remember", honour "ask me more", follow a change of
subject into a linked topic, no end proposed while not done…) and the manners every reply
must keep (no quoted titles, no talk of drafts, the intention never read aloud, no
bracketed display name, a question asked; the opening greets the person by name).
People and places recorded on each answer are compared with the hand annotations
(precision and recall); latency is measured by the client per turn, prompt tokens come
from the turn's ``timings.model_usage`` (model providers only). With ``--write`` the
figures replace this run's block in ``benchmarks/RESULTS.md``. Not part of the test suite.

The guided interviewer picks its wording by a hash of the session id (``agent.guided.phrasing``),
so two runs of the same code can word a reply differently and, where a scorer looks for a word,
score it differently. ``--repeats N`` runs each persona in N new sessions and adds the counts up,
naming the personas whose scores differed: a behaviour that holds only for some wordings shows.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import re
import statistics
import time
import tomllib
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from agent.settings import AgentSettings, LLMSettings
from benchmarks.databases import postgres_database, sqlite_database
from benchmarks.machine import machine
from db.engine import create_engine, create_session_factory
from db.services import accounts
from tests.support import LiveServer, MovableClock, settings_for

PERSONAS = Path(__file__).resolve().parent / "personas"
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SETS = ("tuning", "held_out")
BEGIN, END = "<!-- interviewer:begin -->", "<!-- interviewer:end -->"

_QUOTED = re.compile(r"[“”]|\"[^\"]{2,80}\"")
_CARE = re.compile(r"\b(?:sorry|loss|so hard|very hard|must have been|sorrow|heartbreak)", re.IGNORECASE)
_OFFER = re.compile(
    r"\b(?:pause|break|skip|move on|something else|leave (?:it|that)|stop|another time|if you'?d rather)\b",
    re.IGNORECASE,
)
_ANGLE = re.compile(
    r"\b(?:smell|sound|photo|photograph|picture|taste|who else|someone|wear|held|hands|touch|colour)\b"
    r"|\bcarry\b(?!\s+with\s+you\s+from\b)"  # what was carried, never the stock "carry with you from X into now"
    r"|\b(?:could|can|did|do)\s+you\s+(?:still\s+)?hear\b",
    re.IGNORECASE,
)
_PRAISE = re.compile(r"\b(?:lovely|wonderful|great|beautiful|fantastic|brilliant|what a)\b", re.IGNORECASE)


@dataclass
class Score:
    passed: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, miss: str) -> None:
        self.total += 1
        self.passed += ok
        if not ok:
            self.misses.append(miss)


@dataclass
class Tally:
    """Recorded vs hand-annotated names: true positives, recorded, expected."""

    hits: int = 0
    recorded: int = 0
    expected: int = 0
    found: int = 0
    things_as_people: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)  # recorded, not annotated
    missed: list[str] = field(default_factory=list)  # annotated, not recorded

    @property
    def precision(self) -> float | None:
        return self.hits / self.recorded if self.recorded else None

    @property
    def recall(self) -> float | None:
        return self.found / self.expected if self.expected else None


@dataclass
class PersonaRun:
    name: str
    set: str
    behaviours: dict[str, Score] = field(default_factory=dict)
    people: Tally = field(default_factory=Tally)
    places: Tally = field(default_factory=Tally)
    latencies_ms: list[float] = field(default_factory=list)
    prompt_tokens: list[int] = field(default_factory=list)
    # (sent, evaluated) prompt tokens of the first and second answered turns: evaluated excludes
    # what llama.cpp served from its prompt cache (``prompt_evaluated``), so turn 2 shows whether it holds
    first_turns: list[tuple[int, int]] = field(default_factory=list)
    # the same per model call ("record", "ask", "native"): its first two occurrences in the session,
    # since a turn the guided listening rules answer makes no ask call
    first_calls: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    fallbacks: dict[str, int] = field(default_factory=dict)  # reason -> replies the loop did not show as written
    transcript: list[tuple[str | None, str]] = field(default_factory=list)

    def score(self, behaviour: str) -> Score:
        return self.behaviours.setdefault(behaviour, Score())


def load_personas(which: str, only: list[str] | None) -> list[tuple[str, str, dict[str, Any]]]:
    sets = SETS if which == "all" else (which,)
    found = []
    for name in sets:
        for path in sorted((PERSONAS / name).glob("*.toml")):
            if not only or any(o in path.stem for o in only):
                persona = tomllib.loads(path.read_text())
                if problems := persona_problems(persona):
                    raise SystemExit(f"{path}: " + "; ".join(problems))
                found.append((name, path.stem, persona))
    return found


def persona_problems(p: dict[str, Any]) -> list[str]:
    """What makes a persona unscorable: an expect the scorer does not know, or one no reply could pass.

    ``honour:`` and ``topic:`` match their argument as one string, so "a|b" there can never pass;
    a ``done:`` must name an item of the template; ``met_by`` must point at turns that exist.
    """
    problems: list[str] = []
    turns = p.get("turn", [])
    structure = ((p.get("session") or {}).get("template") or {}).get("structure") or {}
    items = {
        f"s{s}.i{i}"
        for s, section in enumerate(structure.get("sections") or [], start=1)
        for i, _ in enumerate(section.get("items") or [], start=1)
    }
    for n, turn in enumerate(turns, start=1):
        for entry in turn.get("expect", []):
            kind, _, arg = entry.partition(":")
            if kind not in _ORDER:
                problems.append(f"turn {n}: unknown behaviour {kind!r}")
            elif kind in ("follow", "honour", "topic", "done") and not arg.strip("| "):
                problems.append(f"turn {n}: {kind} names nothing")
            elif kind in ("honour", "topic") and "|" in arg:
                problems.append(f"turn {n}: {kind}:{arg} is matched whole, so '|' can never pass")
            elif kind == "done" and arg not in items:
                problems.append(f"turn {n}: done:{arg} is no item of the template ({sorted(items)})")
    final = p.get("final") or {}
    indicators = (p.get("session") or {}).get("success_indicators") or []
    met = set(final.get("indicators_met") or [])
    if bad := sorted(i for i in met if not 0 <= i < len(indicators)):
        problems.append(f"indicators_met {bad} outside success_indicators")
    for index, on in (final.get("met_by") or {}).items():
        if not str(index).isdigit():
            problems.append(f"met_by {index!r} is no indicator number")
        elif int(index) not in met:
            problems.append(f"met_by {index} is not in indicators_met")
        if bad := [t for t in on if not 1 <= t <= len(turns)]:
            problems.append(f"met_by {index}: turns {bad} do not exist")
    return problems


# --- the server ------------------------------------------------------------------------------


@contextmanager
def serve(args: argparse.Namespace) -> Iterator[tuple[httpx.Client, MovableClock]]:
    """The app under uvicorn on a free port, with a fresh database and one account."""
    database = postgres_database(args.postgres_url) if args.engine == "postgres" else sqlite_database()
    with database as (url, _version):
        agent, local_llm = agent_settings(args), None
        if args.provider == "local":  # llama.cpp in this process, on the installed GGUF (storyloom model install)
            from api.cli_model import start_local_model

            local = replace(agent.local, model=args.local_model, threads=args.llm_threads or agent.local.threads)
            agent, local_llm = start_local_model(replace(agent, local=local))
            args.llm_base_url, args.llm_model = agent.llm.base_url, agent.llm.model
        settings = replace(settings_for(url), agent=agent)
        clock = MovableClock()
        server = LiveServer(settings, clock)
        server.start()
        try:
            token = asyncio.run(_new_token(url))
            headers = {"Authorization": f"Bearer {token}"}
            with httpx.Client(base_url=server.url + "/api/v1", headers=headers, timeout=args.timeout) as client:
                yield client, clock
        finally:
            server.stop()
            if local_llm is not None:
                local_llm.stop()


async def _new_token(url: str) -> str:
    """An account of its own for the run, and its API token."""
    engine = create_engine(url, pool_size=1)
    try:
        async with create_session_factory(engine)() as db:
            account = await accounts.create_account(db, f"personas-{uuid.uuid4().hex[:10]}")
            return (await accounts.issue_token(db, account.id, "interviewer benchmark")).token
    finally:
        await engine.dispose()


def agent_settings(args: argparse.Namespace) -> AgentSettings:
    llm = LLMSettings(base_url=args.llm_base_url, model=args.llm_model, timeout_seconds=args.timeout)
    if args.tool_mode:
        if "tool_mode" not in {f.name for f in fields(LLMSettings)}:
            raise SystemExit("--tool-mode: this build's LLMSettings has no tool_mode yet")
        llm = replace(llm, tool_mode=args.tool_mode)  # type: ignore[call-arg]
    return replace(AgentSettings(), provider=args.provider, llm=llm)


def ok(client: httpx.Client, method: str, path: str, **kwargs: Any) -> Any:
    response = client.request(method, path, **kwargs)
    if response.status_code >= 400:
        raise RuntimeError(f"{method} {path}: {response.status_code} {response.text[:500]}")
    return response.json() if response.content else None


# --- one persona -----------------------------------------------------------------------------


def run_persona(
    client: httpx.Client, clock: MovableClock, set_name: str, name: str, p: dict[str, Any], *, echo: bool = False
) -> PersonaRun:
    run = PersonaRun(name, set_name)
    person = ok(client, "POST", "/people", json={"display_name": p["person"]})
    session_fields = dict(p["session"])
    topics = session_fields.pop("topics", [])
    template = session_fields.pop("template", None)
    body: dict[str, Any] = {"person_id": person["id"], **session_fields}
    if topics:
        made = [ok(client, "POST", f"/people/{person['id']}/topics", json={"kind": "life_event", **t}) for t in topics]
        body["topic_ids"] = [t["id"] for t in made]
    if template is not None:
        body["template_id"] = ok(client, "POST", "/templates", json=template)["id"]
    body.setdefault("name", (template or {}).get("name") or p["title"][:60])
    session = ok(client, "POST", "/sessions", json=body)
    sid = session["id"]
    t0 = time.perf_counter()
    ok(client, "POST", f"/sessions/{sid}/start")
    run.latencies_ms.append((time.perf_counter() - t0) * 1000)
    opening = ok(client, "GET", f"/sessions/{sid}/interactions", params={"limit": 5})["items"][0]["agent_prompt"]
    run.transcript.append((None, opening))
    intention = (session.get("intention") or "").strip()
    _manners(run, p, opening, intention, turn=0)
    address = p.get("address")
    if address:
        shown = p["person"] != address and p["person"] in opening
        run.score("address").add(address in opening and not shown, f"opening: {opening}")

    met_by = {int(k): set(v) for k, v in (p.get("final", {}).get("met_by") or {}).items()}
    marked_on: dict[int, int] = {}  # indicator index -> the turn whose answer first marked it
    for n, turn in enumerate(p.get("turn", []), start=1):
        clock.advance(seconds=float(turn.get("wait", 30)))
        said = turn.get("say")
        payload = {"text": said} if said is not None else {"skip": True}
        t0 = time.perf_counter()
        result = ok(client, "POST", f"/sessions/{sid}/turns", json=payload)
        run.latencies_ms.append((time.perf_counter() - t0) * 1000)
        usage = (result.get("timings") or {}).get("model_usage") or []
        tokens = sum(int(u.get("prompt_tokens") or 0) for u in usage)
        if tokens:
            run.prompt_tokens.append(tokens)
            if len(run.first_turns) < 2:
                evaluated = sum(int(u.get("prompt_evaluated", u.get("prompt_tokens")) or 0) for u in usage)
                run.first_turns.append((tokens, evaluated))
            for u in usage:
                seen = run.first_calls.setdefault(str(u.get("call")), [])
                if len(seen) < 2:
                    sent = int(u.get("prompt_tokens") or 0)
                    seen.append((sent, int(u.get("prompt_evaluated", sent) or 0)))
        fallback = ((result["interactions"][-1].get("data") or {}) if result.get("interactions") else {}).get(
            "fallback"
        )
        if fallback:
            why = f"{fallback.get('reason')} ({fallback.get('by')})"
            run.fallbacks[why] = run.fallbacks.get(why, 0) + 1
        moment = ((result["interactions"][-1].get("data") or {}) if result.get("interactions") else {}).get(
            "guided_moment"
        )
        if moment:  # structured mode: the guided listening rules answered, no ask call
            why = f"listening moment: {moment} (guided)"
            run.fallbacks[why] = run.fallbacks.get(why, 0) + 1
        reply = result["reply"] or ""
        run.transcript.append((said, reply))
        if echo:
            print(f"   > {said}\n   < {reply}  [{run.latencies_ms[-1]:.0f} ms]", flush=True)
        _manners(run, p, reply, intention, turn=n)
        run.score("no_repeat").add(reply not in [r for _, r in run.transcript[:-1]], f"turn {n} repeats: {reply!r}")
        answer = next((i for i in result["interactions"] if i.get("response_method")), None)
        topics_now = None
        for expect in turn.get("expect", []):
            kind, _, arg = expect.partition(":")
            where = f"turn {n} ({expect}): {said!r} -> {reply!r}"
            if kind == "topic" and topics_now is None:
                topics_now = ok(client, "GET", f"/sessions/{sid}/topics")
            run.score(kind).add(_behaviour(kind, arg, reply, result, answer, topics_now), where)
        if said is not None and ("people" in turn or "places" in turn) and answer is not None:
            _tally(run.people, answer.get("mentions_people") or [], turn.get("people", []), turn.get("not_people", []))
            _tally(run.places, answer.get("mentions_places") or [], turn.get("places", []), [])
        if met_by:
            progress = ok(client, "GET", f"/sessions/{sid}/progress")
            for i, ind in enumerate(progress.get("success_indicators") or []):
                if ind.get("met"):
                    marked_on.setdefault(i, n)

    met = p.get("final", {}).get("indicators_met")
    if met is not None:
        progress = ok(client, "GET", f"/sessions/{sid}/progress")
        marked = {i for i, ind in enumerate(progress.get("success_indicators") or []) if ind.get("met")}
        for index in met:
            run.score("indicators").add(index in marked, f"indicator {index} not marked (marked: {sorted(marked)})")
        extra = marked - set(met)
        run.score("indicators_precise").add(not extra, f"indicators marked without evidence: {sorted(extra)}")
        for index in sorted(set(met) & set(met_by) & marked):  # marked, and on an answer that meets it?
            on = marked_on.get(index)
            run.score("indicator_evidence").add(
                on in met_by[index],
                f"indicator {index} marked on turn {on}, not on an answer that meets it ({sorted(met_by[index])})",
            )
    return run


def _manners(run: PersonaRun, p: dict[str, Any], reply: str, intention: str, *, turn: int) -> None:
    where = f"turn {turn}: {reply!r}"
    run.score("no_quoted_titles").add(not _QUOTED.search(reply), where)
    run.score("no_draft_talk").add("draft" not in reply.lower(), where)
    if intention:
        run.score("intention_not_read").add(intention.lower()[:40] not in reply.lower(), where)
    run.score("no_bracketed_name").add("(" not in p["person"] or p["person"] not in reply, where)
    run.score("asks_a_question").add("?" in reply, where)


def _behaviour(
    kind: str, arg: str, reply: str, result: dict[str, Any], answer: dict[str, Any] | None, topics: Any
) -> bool:
    low = reply.lower()
    if kind == "follow":
        return any(a.lower() in low for a in arg.split("|"))
    if kind == "honour":
        return arg.lower() in low
    if kind == "topic":
        titles = [str(t.get("title") or (t.get("topic") or {}).get("title") or "") for t in topics or []]
        return any(arg.lower() in t.lower() for t in titles) and arg.lower() in low
    if kind == "care":
        asked = [s for s in re.split(r"(?<=[.!?])\s+", reply) if s.endswith("?")]
        return bool(_CARE.search(reply) and _OFFER.search(reply)) and all(_OFFER.search(q) for q in asked)
    if kind == "gentle":  # the angle is the question asked, never a word of the acknowledgement ("That helps me
        # picture it", "I'd love to hear more")
        asked = [s for s in re.split(r"(?<=[.!?])\s+", reply) if s.endswith("?")]
        return any(_ANGLE.search(q) for q in asked) and not _PRAISE.search(reply) and not result.get("proposed_end")
    if kind == "no_end":
        return not result.get("proposed_end")
    if kind == "end":
        return bool(result.get("proposed_end"))
    if kind == "done":
        return any(i.get("id") == arg and i.get("completed") for i in result.get("items") or [])
    if kind in ("correct", "wrong"):
        return answer is not None and answer.get("is_correct") is (kind == "correct")
    raise SystemExit(f"unknown behaviour {kind!r}")


def _tally(tally: Tally, recorded: list[str], expected: list[str], things: list[str]) -> None:
    alts = [{a.lower() for a in e.split("|")} for e in expected]
    tally.recorded += len(recorded)
    tally.expected += len(expected)
    tally.hits += sum(1 for r in recorded if any(r.lower() in a for a in alts))
    tally.found += sum(1 for a in alts if any(r.lower() in a for r in recorded))
    tally.things_as_people += [r for r in recorded if r.lower() in {t.lower() for t in things}]
    tally.wrong += [r for r in recorded if not any(r.lower() in a for a in alts)]
    tally.missed += [e for e, a in zip(expected, alts, strict=True) if not any(r.lower() in a for r in recorded)]


# --- reporting -------------------------------------------------------------------------------


def summary(runs: list[PersonaRun]) -> dict[str, Any]:
    behaviours: dict[str, Score] = {}
    people, places = Tally(), Tally()
    latencies: list[float] = []
    tokens: list[int] = []
    first_turns: list[list[tuple[int, int]]] = []
    first_calls: dict[str, list[list[tuple[int, int]]]] = {}
    fallbacks: dict[str, int] = {}
    for run in runs:
        if len(run.first_turns) == 2:
            first_turns.append(run.first_turns)
        for call, pairs in run.first_calls.items():
            if len(pairs) == 2:
                first_calls.setdefault(call, []).append(pairs)
        for why, n in run.fallbacks.items():
            fallbacks[why] = fallbacks.get(why, 0) + n
        for name, s in run.behaviours.items():
            total = behaviours.setdefault(name, Score())
            total.passed += s.passed
            total.total += s.total
        for mine, theirs in ((people, run.people), (places, run.places)):
            mine.hits += theirs.hits
            mine.recorded += theirs.recorded
            mine.expected += theirs.expected
            mine.found += theirs.found
            mine.things_as_people += theirs.things_as_people
        latencies += run.latencies_ms
        tokens += run.prompt_tokens
    return {
        "behaviours": behaviours,
        "people": people,
        "places": places,
        "latencies": latencies,
        "tokens": tokens,
        "first_turns": first_turns,
        "first_calls": first_calls,
        "fallbacks": fallbacks,
    }


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f}%"


def _ms(values: list[float], q: float) -> str:
    if not values:
        return "—"
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))]:.1f}"


def table(label: str, by_set: dict[str, list[PersonaRun]], repeats: int = 1) -> str:
    sums = {name: summary(runs) for name, runs in by_set.items()}
    names = sorted({b for s in sums.values() for b in s["behaviours"]}, key=_order)
    times = f" × {repeats} runs" if repeats > 1 else ""
    head = "| behaviour | " + " | ".join(f"{s} ({len(by_set[s]) // repeats} personas{times})" for s in sums) + " |"
    lines = [f"#### {label}", "", head, "|---" * (len(sums) + 1) + "|"]
    for name in names:
        cells = []
        for s in sums.values():
            score = s["behaviours"].get(name)
            cells.append(f"{score.passed}/{score.total}" if score else "—")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    for what in ("people", "places"):
        cells = [
            f"P {_pct(s[what].precision)}, R {_pct(s[what].recall)} ({s[what].hits}/{s[what].recorded}, "
            f"{s[what].found}/{s[what].expected})"
            for s in sums.values()
        ]
        lines.append(f"| {what}: precision, recall | " + " | ".join(cells) + " |")
    cells = [", ".join(s["people"].things_as_people) or "none" for s in sums.values()]
    lines.append("| objects recorded as people | " + " | ".join(cells) + " |")
    cells = [f"{_ms(s['latencies'], 0.5)} / {_ms(s['latencies'], 0.95)}" for s in sums.values()]
    lines.append("| turn latency p50 / p95 (ms) | " + " | ".join(cells) + " |")
    cells = [
        f"{statistics.mean(s['latencies']):.1f} / {max(s['latencies']):.1f}" if s["latencies"] else "—"
        for s in sums.values()
    ]
    lines.append("| turn latency mean / max (ms) | " + " | ".join(cells) + " |")
    cells = [
        f"{statistics.mean(s['tokens']):.0f} (first {s['tokens'][0]})" if s["tokens"] else "— (no model)"
        for s in sums.values()
    ]
    lines.append("| prompt tokens per turn, mean | " + " | ".join(cells) + " |")
    lines.append(
        "| prompt tokens sent / evaluated, turn 1 → turn 2 (mean over personas) | "
        + " | ".join(_first_turns(s["first_turns"]) for s in sums.values())
        + " |"
    )
    calls = sorted({c for s in sums.values() for c in s["first_calls"]})
    for call in calls:
        cells = [_first_turns(s["first_calls"].get(call, [])) for s in sums.values()]
        lines.append(f"| … of the {call} call, its 1st → 2nd time | " + " | ".join(cells) + " |")
    cells = [", ".join(f"{why}: {n}" for why, n in sorted(s["fallbacks"].items())) or "none" for s in sums.values()]
    lines.append("| replies not shown as the model wrote them | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _first_turns(pairs: list[list[tuple[int, int]]]) -> str:
    """Turn 1 and turn 2 prompt tokens (sent / evaluated), averaged over the personas that had both."""
    if not pairs:
        return "— (no model)"
    mean = [[statistics.mean(p[t][k] for p in pairs) for k in (0, 1)] for t in (0, 1)]
    return f"{mean[0][0]:.0f} / {mean[0][1]:.0f} → {mean[1][0]:.0f} / {mean[1][1]:.0f}"


_ORDER = ("address", "follow", "honour", "topic", "care", "gentle", "no_end", "end", "done", "correct", "wrong")


def _order(name: str) -> tuple[int, str]:
    return (_ORDER.index(name) if name in _ORDER else len(_ORDER), name)


def write_results(path: Path, label: str, block: str) -> None:
    """Replace this run's block (by label) in the interviewer section of RESULTS.md; keep the rest."""
    text = path.read_text() if path.exists() else "# Benchmark results\n"
    begin, end = f"<!-- interviewer:{label}:begin -->", f"<!-- interviewer:{label}:end -->"
    mine = f"{begin}\n{block}\n{end}"
    if BEGIN not in text:
        header = (
            "## Interviewer evaluation (`benchmarks/interviewer.py`)\n\n"
            "Scripted personas (`benchmarks/personas/`) talk to the real API over HTTP; each behaviour is "
            "scored per reply. `held_out` personas were committed before any tuning and never tuned on; "
            "`tuning` ones were developed against. Reproduce with the command in each block.\n"
        )
        text = text.rstrip("\n") + f"\n\n{BEGIN}\n{header}\n{END}\n"
    before, rest = text.split(BEGIN, 1)
    section, after = rest.split(END, 1)
    if begin in section:
        head, tail = section.split(begin, 1)
        section = head + mine + tail.split(end, 1)[1]
    else:
        section = section.rstrip("\n") + "\n\n" + mine + "\n"
    path.write_text(before + BEGIN + section + END + after)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=(*SETS, "all"), default="all")
    parser.add_argument("--persona", nargs="+", help="only personas whose file name contains one of these")
    parser.add_argument("--provider", default="guided", help="guided, openai or local")
    parser.add_argument("--llm-base-url", help="an OpenAI-compatible endpoint (with --provider openai)")
    parser.add_argument("--llm-model", default="gpt-4o-mini")
    parser.add_argument("--tool-mode", choices=("native", "structured", "auto"))
    parser.add_argument("--local-model", default="qwen2.5-coder-0.5b", help="--provider local: a catalog model name")
    parser.add_argument("--llm-threads", type=int, help="--provider local: llama.cpp threads (default: the app's)")
    parser.add_argument("--engine", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--postgres-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--write", action="store_true", help="refresh this run's block in the results file")
    parser.add_argument("--results", type=Path, default=RESULTS, help="default benchmarks/RESULTS.md")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each miss with the reply")
    parser.add_argument("--transcripts", action="store_true", help="print every exchange")
    parser.add_argument(
        "--repeats",
        type=int,
        default=1,
        help="run each persona this many times, each in a new session (so with other wordings); counts add up",
    )
    args = parser.parse_args()
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)

    by_set: dict[str, list[PersonaRun]] = {}
    unsteady: list[str] = []
    with serve(args) as (client, clock):
        for set_name, name, persona in load_personas(args.set, args.persona):
            passes: set[tuple[tuple[str, int], ...]] = set()
            for repeat in range(args.repeats):
                run = run_persona(client, clock, set_name, name, persona, echo=args.transcripts)
                by_set.setdefault(set_name, []).append(run)
                passes.add(tuple(sorted((b, s.passed) for b, s in run.behaviours.items())))
                missed = sum(len(s.misses) for s in run.behaviours.values())
                again = f" (repeat {repeat + 1})" if args.repeats > 1 else ""
                print(f"{set_name}/{name}{again}: {missed} misses", flush=True)
                if args.verbose:
                    for what, tally in (("people", run.people), ("places", run.places)):
                        if tally.wrong or tally.missed:
                            print(f"   {what}: recorded but not annotated {tally.wrong}; missed {tally.missed}")
                    for behaviour, s in run.behaviours.items():
                        for miss in s.misses:
                            print(f"   MISS {behaviour}: {miss}")
            if len(passes) > 1:
                unsteady.append(name)
    label = args.provider + (f"-{args.local_model}" if args.provider == "local" else "")
    label += f"-{args.tool_mode}" if args.tool_mode else ""
    model = f", model {args.llm_model} at {args.llm_base_url}" if args.provider != "guided" else ""
    options = ["--provider " + args.provider]
    options += [f"--local-model {args.local_model}"] if args.provider == "local" else []
    options += [f"--llm-threads {args.llm_threads}"] if args.llm_threads else []
    options += [f"--tool-mode {args.tool_mode}"] if args.tool_mode else []
    options += [f"--set {args.set}"] if args.set != "all" else []
    options += ["--persona " + " ".join(args.persona)] if args.persona else []
    options += [f"--repeats {args.repeats}"] if args.repeats > 1 else []
    command = "python -m benchmarks.interviewer " + " ".join(options)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    title = f"`{label}` ({args.engine}{model}), {stamp}"
    lines = [table(title, {s: by_set[s] for s in SETS if s in by_set}, args.repeats), ""]
    if args.repeats > 1:
        lines.append(
            f"Each persona ran {args.repeats} times in new sessions (other wordings); counts add up over the runs. "
            f"Personas scored differently between runs: {', '.join(unsteady) or 'none'}."
        )
    block = "\n".join([*lines, f"Machine: {machine()}.", f"`{command}`"])
    print()
    print(block)
    if args.write:
        write_results(args.results, label, block)
        print(f"\nwrote {args.results}")


if __name__ == "__main__":
    main()
