"""Care reader: the guided rules vs one constrained question to a real local model, on every persona answer.

Does the answer tell of a death, or a grave illness or injury, of someone close to the speaker (or the
speaker)? The corpus is every ``say`` of every persona in ``benchmarks/personas/{tuning,held_out}``,
labelled positive where that turn's ``expect`` holds ``care``. Three readers:

- rules: :func:`agent.guided.grief.sorrow` on the answer (what ``agent.loop`` reads as ``turn.sorrow``);
- model: one chat call with a JSON-schema ``response_format`` (constrained decoding), temperature 0,
  a handful of tokens, to llama.cpp (``agent.local``, loaded once) or any OpenAI-compatible endpoint;
- rules OR model.

Reported per split: rounds 19-20 (held out for this measure: prompts were chosen on the rest) and the
rest, and per session kind; precision / recall / F1, the model's time per call (p50 / p95), and the
false positives / negatives (first 80 characters).

    .venv/bin/python -m benchmarks.care_reader --only rest --negatives 60 --prompts examples yesno_not --threads 1
    .venv/bin/python -m benchmarks.care_reader --only held --negatives 250 --prompts examples --threads 1 --json h.json
    .venv/bin/python -m benchmarks.care_reader --report h.json          # re-render saved runs, no model
    .venv/bin/python -m benchmarks.care_reader --rules-only

Measured 2026-11-28 (0.5B, ``examples``): it says yes to ~3 of 4 ordinary answers; see RESULTS.md.

A measure, not a test: the model's figures depend on the model and the wording.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PERSONAS = Path(__file__).resolve().parent / "personas"
SETS = ("tuning", "held_out")
# The two rounds left as this measure's held-out part: prompt wordings were chosen on every other persona.
HELD = frozenset(
    "josemiguel_tamboril pema_jawalakhel suwarni_nguter practice_welding study_refereeing study_art_history "
    "kamla_labasa hagop_aleppo ellemarja_guovdageaidnu practice_calligraphy study_anatomy study_horticulture".split()
)
# A death named in an answer (for counting the negatives that mention one: told calmly, long ago, or public).
_DEATH_WORD = re.compile(
    r"\b(?:died|dies|dead|death|deaths|passed away|funeral|buried|burial|grave|killed|drowned|widow(?:ed)?|"
    r"mourn\w*|coffin|cemetery)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Answer:
    persona: str
    turn: int  # 1-based, as the personas' ``met_by`` counts
    kind: str  # story / practice / study
    text: str
    care: bool  # the turn expects care
    held: bool  # one of rounds 19-20

    @property
    def mentions_death(self) -> bool:
        return bool(_DEATH_WORD.search(self.text))


def corpus(root: Path = PERSONAS, sets: Iterable[str] = SETS) -> list[Answer]:
    """Every answer said in every persona of ``sets``, labelled by its turn's ``care``."""
    out: list[Answer] = []
    for name in sets:
        for path in sorted((root / name).glob("*.toml")):
            persona = tomllib.loads(path.read_text())
            kind = str((persona.get("session") or {}).get("kind", "story"))
            for n, turn in enumerate(persona.get("turn") or [], start=1):
                if say := turn.get("say"):
                    care = "care" in (turn.get("expect") or [])
                    out.append(Answer(path.stem, n, kind, say, care, path.stem in HELD))
    return out


def sample(answers: list[Answer], negatives: int | None, seed: int = 0) -> list[Answer]:
    """All positives and a fixed random sample of ``negatives`` negatives (all of them when None), in corpus order."""
    if negatives is None:
        return list(answers)
    neg = [a for a in answers if not a.care]
    keep = set(random.Random(seed).sample(range(len(neg)), min(negatives, len(neg))))
    chosen = {id(a) for i, a in enumerate(neg) if i in keep}
    return [a for a in answers if a.care or id(a) in chosen]


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    false_pos: list[Answer] = field(default_factory=list)
    false_neg: list[Answer] = field(default_factory=list)

    def add(self, answer: Answer, said: bool) -> None:
        if said and answer.care:
            self.tp += 1
        elif said:
            self.fp += 1
            self.false_pos.append(answer)
        elif answer.care:
            self.fn += 1
            self.false_neg.append(answer)
        else:
            self.tn += 1

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p is not None and r is not None and p + r else None

    @property
    def false_alarms(self) -> float | None:
        """FP / negatives: unlike precision, it does not depend on how many negatives were sampled."""
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else None


def score(answers: list[Answer], verdicts: dict[int, bool], keep: Callable[[Answer], bool] = lambda a: True) -> Score:
    """Score the verdicts (by index into ``answers``) on the answers ``keep`` selects."""
    s = Score()
    for i, answer in enumerate(answers):
        if keep(answer) and i in verdicts:
            s.add(answer, verdicts[i])
    return s


def rules(text: str) -> bool:
    """The guided reader's verdict: the loop's ``turn.sorrow`` (``grief.sensitive`` mapped), i.e. grief.sorrow."""
    from agent.guided import grief

    return grief.sorrow(text) is not None


# --- the model ---------------------------------------------------------------------------------------------

_ASK = (
    "You read one answer a person gave in a life-story interview. Decide one thing: does this answer tell that "
    "someone close to the speaker (family, a friend, someone they loved), or the speaker, died, or fell gravely "
    "ill, or was badly injured?"
)
_NOT = (
    " Say no when the answer is about work, skills, places, food, customs, animals, machines, a shop or business "
    "that closed, a famous person's death, or an ordinary cold or tiredness."
)
_EXAMPLES = [
    ("My uncle taught me to mend nets on the jetty every Saturday; he smoked a pipe and sang.", False),
    ("Grandfather left us the spring I was ten. We sat with him three nights and the whole village came.", True),
    ("The mill closed in 1975 and everyone was out of work; it was finished, dead.", False),
    ("My sister's hand was caught in the thresher and she never used those fingers again.", True),
    ("When the president was shot we all heard it on the radio at school.", False),
    ("That winter Father coughed and coughed, and then he could not get out of bed any more.", True),
]

PROMPTS: dict[str, dict[str, Any]] = {
    # a plain yes/no
    "yesno": {"system": _ASK + " Answer in JSON.", "examples": False},
    # the same, with what is not a loss spelled out
    "yesno_not": {"system": _ASK + _NOT + " Answer in JSON.", "examples": False},
    # the same, with six made-up examples as earlier turns (a fixed prefix: the prompt cache keeps it)
    "examples": {"system": _ASK + _NOT + " Answer in JSON.", "examples": True},
}
SCHEMA = {
    "type": "json_schema",
    "json_schema": {
        "name": "care",
        "strict": True,
        "schema": {
            "type": "object",
            "properties": {"loss": {"type": "boolean"}},
            "required": ["loss"],
            "additionalProperties": False,
        },
    },
}


def messages(prompt: str, text: str) -> list[dict[str, str]]:
    """The chat for one answer: the system line, any examples as earlier turns, then the answer."""
    spec = PROMPTS[prompt]
    out = [{"role": "system", "content": spec["system"]}]
    for example, loss in _EXAMPLES if spec["examples"] else []:
        out.append({"role": "user", "content": f"Answer: {example}"})
        out.append({"role": "assistant", "content": json.dumps({"loss": loss})})
    out.append({"role": "user", "content": f"Answer: {text}"})
    return out


def parse(content: str | None) -> bool | None:
    """The model's ``{"loss": bool}``; None for anything else."""
    try:
        value = json.loads(content or "")
    except ValueError:
        return None
    loss = value.get("loss") if isinstance(value, dict) else None
    return loss if isinstance(loss, bool) else None


def ask(client: Any, base_url: str, model: str, prompt: str, text: str) -> tuple[bool | None, float]:
    """One constrained call; (verdict or None, seconds)."""
    body = {
        "model": model,
        "messages": messages(prompt, text),
        "max_tokens": 12,
        "temperature": 0,
        "response_format": SCHEMA,
    }
    t = time.perf_counter()
    r = client.post(f"{base_url}/chat/completions", json=body, timeout=120)
    seconds = time.perf_counter() - t
    r.raise_for_status()
    return parse(r.json()["choices"][0]["message"].get("content")), seconds


# --- report ------------------------------------------------------------------------------------------------


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{100 * v:.0f} %"


def row(label: str, s: Score) -> str:
    cells = (s.precision, s.recall, s.f1, s.false_alarms)
    return f"| {label} | {s.tp} | {s.fp} | {s.fn} | {s.tn} | " + " | ".join(_pct(c) for c in cells) + " |"


SPLITS: list[tuple[str, Callable[[Answer], bool]]] = [
    ("rounds 19-20 (held out)", lambda a: a.held),
    ("the rest (tuning)", lambda a: not a.held),
    ("story", lambda a: a.kind == "story"),
    ("practice", lambda a: a.kind == "practice"),
    ("study", lambda a: a.kind == "study"),
    ("all", lambda a: True),
]


def report(answers: list[Answer], readers: dict[str, dict[int, bool]], times: dict[str, list[float]]) -> str:
    lines = ["| split / reader | TP | FP | FN | TN | precision | recall | F1 | false alarms (FP / negatives) |"]
    lines.append("|---" * 9 + "|")
    for split, keep in SPLITS:
        for name, verdicts in readers.items():
            lines.append(row(f"{split}: {name}", score(answers, verdicts, keep)))
    for name, seconds in times.items():
        if seconds:
            q = statistics.quantiles(seconds, n=20) if len(seconds) > 1 else seconds * 19
            lines.append(f"\n{name}: {len(seconds)} calls, p50 {statistics.median(seconds):.2f} s, p95 {q[18]:.2f} s")
    for name, verdicts in readers.items():
        s = score(answers, verdicts)
        for tag, found in (("false positive", s.false_pos), ("false negative", s.false_neg)):
            for a in found:
                held = " [19-20]" if a.held else ""
                lines.append(f"- {name} {tag}: {a.persona} #{a.turn}{held}: {a.text[:80]!r}")
    return "\n".join(lines)


def merged(every: list[Answer], runs: list[list[dict[str, Any]]]) -> tuple[list[Answer], dict[str, dict[int, bool]]]:
    """The answers of several ``--json`` runs (each verdict under its reader's name), in corpus order."""
    verdicts: dict[tuple[str, int], dict[str, bool]] = {}
    for rows in runs:
        for r in rows:
            said = {k: v for k, v in r.items() if k not in ("persona", "turn", "care") and v is not None}
            verdicts.setdefault((r["persona"], r["turn"]), {}).update(said)
    answers = [a for a in every if (a.persona, a.turn) in verdicts]
    readers: dict[str, dict[int, bool]] = {}
    for i, a in enumerate(answers):
        for name, said in verdicts[(a.persona, a.turn)].items():
            readers.setdefault(name, {})[i] = said
    return answers, readers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prompts", nargs="*", default=["examples"], choices=sorted(PROMPTS))
    parser.add_argument("--negatives", type=int, help="all positives and this many negatives (seed 0); else all")
    parser.add_argument("--only", choices=["held", "rest"], help="only rounds 19-20, or only the rest")
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--model", default="qwen2.5-coder-0.5b")
    parser.add_argument("--base-url", help="an already running OpenAI-compatible server (else llama.cpp is started)")
    parser.add_argument("--threads", type=int, default=2, help="llama.cpp threads (1 is faster on a loaded machine)")
    parser.add_argument("--personas", type=Path, default=PERSONAS, help="the folder holding tuning/ and held_out/")
    parser.add_argument("--json", type=Path, help="write every verdict here")
    parser.add_argument("--report", nargs="+", type=Path, help="no calls: the report of these --json files, merged")
    args = parser.parse_args(argv)

    import httpx

    from benchmarks.machine import machine

    every = corpus(args.personas)
    answers = sample(every, args.negatives)
    if args.only:
        answers = [a for a in answers if a.held == (args.only == "held")]
    negatives = [a for a in every if not a.care]
    print(f"{machine()}\ncorpus: {len(every)} answers, {len(every) - len(negatives)} care; ", end="")
    print(f"{sum(a.mentions_death for a in negatives)} negatives name a death (calm, long ago or public)")
    print(f"scored: {len(answers)} answers ({sum(a.care for a in answers)} care)", flush=True)
    if args.report:
        answers, readers = merged(every, [json.loads(path.read_text()) for path in args.report])
        print(f"merged from {', '.join(map(str, args.report))}: {len(answers)} answers")
        print(report(answers, readers, {}))
        return 0
    readers: dict[str, dict[int, bool]] = {"rules": {i: rules(a.text) for i, a in enumerate(answers)}}
    times: dict[str, list[float]] = {}
    server = None
    try:
        if not args.rules_only:
            base_url = args.base_url
            if base_url is None:
                from agent.local import weights
                from agent.local.server import LocalLLM, LocalServerConfig

                gguf = weights.ensure(args.model)
                server = LocalLLM(LocalServerConfig(gguf=Path(gguf), model=args.model, threads=args.threads)).start()
                base_url = server.base_url
            with httpx.Client() as client:
                for prompt in args.prompts:
                    verdicts: dict[int, bool] = {}
                    times[prompt] = []
                    for i, a in enumerate(answers):
                        said, seconds = ask(client, base_url, args.model, prompt, a.text)
                        times[prompt].append(seconds)
                        verdicts[i] = bool(said)  # unreadable counts as no (the rules stand)
                        if (i + 1) % 10 == 0:
                            print(f"{prompt}: {i + 1}/{len(answers)}", file=sys.stderr, flush=True)
                    readers[prompt] = verdicts
                    readers[f"rules OR {prompt}"] = {i: v or readers["rules"][i] for i, v in verdicts.items()}
                    print(f"{prompt}: done", flush=True)
    finally:
        if server is not None:
            server.stop()
    print(report(answers, readers, times))
    if args.json:
        rows = [{"persona": a.persona, "turn": a.turn, "care": a.care} for a in answers]
        for i, r in enumerate(rows):
            r.update({name: v.get(i) for name, v in readers.items()})
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
