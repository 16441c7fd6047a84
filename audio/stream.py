"""Live recognition: VAD + incremental Whisper + a semantic end of turn.

While someone speaks, the utterance so far is transcribed about once a second (partials:
never queued, a pass is skipped while the previous one runs or every transcription slot is
taken, so a partial is as fresh as one pass; and at most half the transcriber's time, so under
load one is rarely in flight when the silence-onset pass, which does queue, is due), and once more
as silence begins (after the VAD's short tail, on exactly the audio the
utterance will hold, however late the pass starts). When the utterance closes, that last
pass *is* the final transcript, identical to transcribing ``Utterance.pcm``: no Whisper time
is spent after the end of speech. None is taken during a silence.

When the end of a turn comes is not Whisper's to say (tiny.en puts a full stop on
mid-sentence fragments). At each of ``VadConfig.turn_checks_ms`` into a silence (250, 600 and
1,000 ms), an end-of-turn model (``audio.turn_end.SmartTurn``, in a worker thread) hears the
utterance so far and the silence after it (the last 8 s, as pipecat's analyzer builds its
window); when ``turn_agree`` (2) verdicts in a row judge the turn complete the utterance ends at
once, else only the long ``end_silence_ms`` ends it, so a slow speaker's pause mid-sentence is
bridged. One verdict alone is not trusted: on the tuning set a single verdict at 250 ms called 7
of 20 mid-sentence fragments complete, two in a row 2 of 20 (benchmarks/stt.py). New words clear
the verdicts. Without a model, only the long silence ends a turn.

The words are a second signal (``VadConfig.turn_words``): the silence-onset pass's text is read
(``audio.endpoint.reading``) and a transcript whose last word cannot end a sentence ("… joined
the", "In 1946 we") is never ended by the model, whatever it says. So the model's verdicts end
the turn only once that pass has landed: its latency is part of the end of turn (the final
needs the pass anyway). ``pending_verdict`` gives whichever of the two a live caller waits for.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from audio.endpoint import Reading, reading
from audio.pcm import BYTES_PER_SAMPLE, SAMPLE_RATE
from audio.transcribe import Transcriber, Transcript
from audio.turn_end import WINDOW_SECONDS, SmartTurn, TurnVerdict
from audio.vad import SpeechStarted, Utterance, VadConfig, VadSegmenter

_MIN_PARTIAL_BYTES = SAMPLE_RATE * BYTES_PER_SAMPLE // 4  # a quarter second
_TURN_WINDOW_BYTES = WINDOW_SECONDS * SAMPLE_RATE * BYTES_PER_SAMPLE


@dataclass(frozen=True, slots=True)
class Partial:
    text: str
    at: float  # stream time the partial covers up to


@dataclass(frozen=True, slots=True)
class Final:
    utterance: Utterance
    transcript: Transcript
    latency: float  # wall seconds from the end of speech being declared to this transcript
    reused: bool  # the transcription made at the onset of silence was the final one
    verdict: TurnVerdict | None = None  # the end-of-turn model's last word on it (None: not asked)
    by_model: bool = False  # the end-of-turn model ended it (else the long silence or the end of the stream)
    reading: Reading | None = None  # how the words read at the silence that ended it (None: not read)


StreamEvent = SpeechStarted | Partial | Final


@dataclass
class _Job:
    audio_start: float
    audio_end: float
    at_silence: bool  # started when silence began: covers every voiced frame so far
    task: asyncio.Task[Transcript]
    after: float = -1.0  # the last voiced end of that silence (at_silence passes)
    reported: bool = False


@dataclass
class _TurnJob:
    after: float  # the last voiced end of the silence being judged
    task: asyncio.Task[TurnVerdict]


class StreamingRecognizer:
    def __init__(
        self,
        transcriber: Transcriber,
        vad: VadConfig | None = None,
        partial_interval: float = 1.0,
        partial_share: float = 0.5,
        turn: SmartTurn | None = None,
    ) -> None:
        self.transcriber = transcriber
        self.segmenter = VadSegmenter(vad or VadConfig())
        self.partial_interval = partial_interval
        # Partials take at most this share of the transcriber's time: after a partial pass that took
        # E seconds the next waits E / share (under load a pass takes seconds; back-to-back partials
        # would keep one in flight when the silence comes, and the final's pass would wait for it).
        self.partial_share = partial_share
        self._partial_cost = 0.0  # seconds the last partial pass took
        self.turn = turn
        self.hotwords: str | None = None  # names the speaker is likely to say (see Transcriber.transcribe)
        self._job: _Job | None = None
        self._turn_job: _TurnJob | None = None
        self._judged_after: float | None = None  # the silence being judged (its last voiced end)
        self._checks = 0  # verdicts asked in that silence
        self._agreeing = 0  # verdicts in a row that said "complete" in that silence
        self._verdict: TurnVerdict | None = None  # the last verdict on the utterance in progress
        self._words: tuple[float, Reading] | None = None  # (its silence's last voiced end, how the onset pass reads)
        self._by_model = False  # the model's verdicts (and the words) ended the turn
        self._shown = ""  # the last Partial's words in the utterance in progress
        self._last_partial_at = 0.0
        self._silence_started = False  # a transcription is due: silence has just begun
        self._silence_after: float | None = None  # last voiced end of the silence already seen

    async def feed(self, pcm16: bytes) -> list[StreamEvent]:
        """Consume audio (any length); return events. Only a final transcription is awaited."""
        # Work finished since the last call first: a verdict of "complete" ends the turn in this audio.
        self._collect_turn()
        out: list[StreamEvent] = self._collect()
        self._decide()
        seg = self.segmenter
        if seg.speaking and seg.turn_complete and seg.silence_ms >= seg.config.turn_silence_ms:
            # The verdict came after the turn silence: the turn is over now (``feed(b"")`` is enough).
            for u in seg.flush():
                out += await self._final(u) if isinstance(u, Utterance) else []
        for event in seg.feed(pcm16):
            if isinstance(event, SpeechStarted):
                self._drop_job()
                self._drop_turn_job()
                self._last_partial_at = event.at
                self._partial_cost = 0.0  # a new utterance: its first partial comes after partial_interval
                out.append(event)
            else:
                out += await self._final(event)
        if seg.speaking and seg.silence_ms > 0 and seg.silence_ms >= seg.config.tail_ms:
            # Once per run of silence, however much audio this call brought (20 ms or 500 ms), as soon
            # as the utterance's tail is in: the pass then hears exactly what the utterance will hold.
            if self._silence_after != seg.last_voiced_end:
                self._silence_after = seg.last_voiced_end
                self._silence_started = True
        elif not seg.speaking or seg.silence_ms == 0:
            self._silence_started = False
        out.extend(self._collect())
        self._collect_turn()
        self._decide()
        self._maybe_start()
        self._maybe_judge()
        return out

    def pending_verdict(self) -> asyncio.Task[TurnVerdict] | asyncio.Task[Transcript] | None:
        """The work in flight whose landing may end the turn: a live caller calls ``feed(b"")`` when it lands.

        The end-of-turn verdict; or, once a verdict says "complete", the transcription pass in flight: the
        silence-onset pass whose words decide, or a partial it waits behind (it starts when that lands).
        """
        job = self._turn_job
        if job is not None and not job.task.done():
            return job.task
        words = self._job
        if self._agreeing and words is not None and not words.task.done():
            return words.task
        return None

    async def settle(self) -> None:
        """Wait for the transcription pass and the end-of-turn verdict in flight, if any.

        A live caller never needs this. A caller that feeds faster than real time (a file, a
        test) calls it before each ``feed`` so every pass lands before the next audio does, as
        on a machine that keeps up: the events then depend on the audio alone, not on timing.
        """
        pending = [j.task for j in (self._job, self._turn_job) if j is not None and not j.task.done()]
        if pending:
            await asyncio.wait(pending)

    async def finish(self) -> list[StreamEvent]:
        """End of stream: close the utterance in progress, if any."""
        out: list[StreamEvent] = [*self._collect()]
        for event in self.segmenter.flush():
            if isinstance(event, Utterance):
                out += await self._final(event)
        self._drop_job()
        self._drop_turn_job()
        return out

    def _maybe_judge(self) -> None:
        """At each of ``turn_checks_ms`` into a silence (a late verdict delays the next), ask the model."""
        seg = self.segmenter
        if self.turn is None or not seg.speaking or seg.silence_ms == 0 or self._turn_job is not None:
            return
        if self._judged_after != seg.last_voiced_end:  # a new silence
            self._judged_after, self._checks, self._agreeing, self._by_model = seg.last_voiced_end, 0, 0, False
        checks = seg.config.turn_checks_ms
        if self._checks >= len(checks) or seg.turn_complete or self._reading() is Reading.OPEN:
            return  # (the words say it goes on: no verdict could end it, none is asked)
        if self._agreeing >= seg.config.turn_agree:
            return  # the verdicts have spoken; the turn waits only for the words (a later verdict would undo them)
        if seg.silence_ms < max(checks[self._checks], seg.config.turn_silence_ms):
            return
        self._checks += 1
        _, pcm = seg.current_audio()  # the utterance and the silence after it, as the model was trained
        self._turn_job = _TurnJob(
            seg.last_voiced_end, asyncio.create_task(asyncio.to_thread(self.turn.predict, pcm[-_TURN_WINDOW_BYTES:]))
        )

    def _collect_turn(self) -> None:
        job = self._turn_job
        if job is None or not job.task.done():
            return
        self._turn_job = None
        if job.task.cancelled() or job.task.exception() is not None:
            return  # no verdict: the long silence decides
        seg = self.segmenter
        if seg.speaking and job.after == seg.last_voiced_end:  # no new words since: the verdict stands
            self._verdict = job.task.result()
            self._agreeing = self._agreeing + 1 if self._verdict.complete else 0

    def _reading(self) -> Reading | None:
        """How the silence-onset pass of the silence in progress reads (None: not landed, or words off)."""
        words, seg = self._words, self.segmenter
        if words is None or not seg.config.turn_words or words[0] != seg.last_voiced_end:
            return None
        return words[1]

    def _decide(self) -> None:
        """The turn is over when ``turn_agree`` verdicts in a row say so and (``turn_words``) the words allow it."""
        seg = self.segmenter
        if not seg.speaking or seg.silence_ms == 0 or self._agreeing < seg.config.turn_agree:
            return
        if seg.config.turn_words and self._reading() in (None, Reading.OPEN):
            return  # the words are not in yet (their pass lands soon), or they go on
        seg.turn_complete = self._by_model = True

    def _maybe_start(self) -> None:
        seg = self.segmenter
        if not seg.speaking or (self._job is not None and not self._job.task.done()):
            return
        at_silence = self._silence_started
        if not at_silence:
            if seg.time - self._last_partial_at < max(self.partial_interval, self._partial_cost / self.partial_share):
                return
            if seg.silence_ms > 0 and seg.silence_ms >= seg.config.tail_ms:
                return  # no new words since the silence-onset pass: another pass would only hear silence
            if self.transcriber.busy:
                # Every slot is taken (another socket's pass, or one of ours abandoned at a new utterance):
                # a partial queued behind it would be stale when it came, and would delay the
                # silence-onset pass that the final needs. Skip it; the next frame tries again.
                return
        # The silence-onset pass takes the utterance's audio as it will close (up to the last voiced
        # frame plus the tail), however late it starts: its text does not depend on timing, and it is
        # exactly the offline transcript of the utterance when it becomes the final.
        start, pcm = seg.closing_audio() if at_silence else seg.current_audio()
        if len(pcm) < _MIN_PARTIAL_BYTES:
            return
        self._silence_started = False
        self._last_partial_at = seg.time
        end = start + len(pcm) / (SAMPLE_RATE * BYTES_PER_SAMPLE)
        work = self.transcriber.transcribe(pcm, hotwords=self.hotwords)
        self._job = _Job(start, end, at_silence, asyncio.create_task(work), seg.last_voiced_end)

    def _collect(self) -> list[StreamEvent]:
        job = self._job
        if job is None or job.reported or not job.task.done() or job.task.cancelled():
            return []
        if job.task.exception() is not None:
            self._job = None
            if job.at_silence:
                self._words = (job.after, Reading.UNSURE)  # no words to read: the verdicts alone decide
            return []
        job.reported = True
        if not job.at_silence:
            self._partial_cost = job.task.result().elapsed
        text = job.task.result().text
        if job.at_silence:
            self._words = (job.after, reading(text))
        if not text:
            return []
        self._shown = text
        return [Partial(text, round(job.audio_end, 3))]

    async def _final(self, utterance: Utterance) -> list[StreamEvent]:
        """The utterance's Final, after a Partial of its words unless the last Partial had them.

        (When Smart Turn ends the turn before the silence-onset pass lands, or on a busy machine
        before any pass did, the words would otherwise go straight to the transcript: a client
        always sees them as a partial first, as the live line it clears on the transcript.)
        """
        declared = time.perf_counter()
        job, self._job = self._job, None
        transcript: Transcript | None = None
        pcm_end = utterance.audio_start + len(utterance.pcm) / (SAMPLE_RATE * BYTES_PER_SAMPLE)
        # Reuse only a pass over exactly this utterance's audio: a pass over more (say, before a
        # max-length split) would put the next utterance's words into this one.
        if (
            job is not None
            and job.at_silence
            and abs(job.audio_start - utterance.audio_start) < 1e-3
            and abs(job.audio_end - pcm_end) < 1e-3
        ):
            try:
                transcript = await job.task
            except Exception:  # fall back to a fresh transcription below
                transcript = None
        elif job is not None:
            job.task.cancel()
        reused = transcript is not None
        if transcript is None:
            transcript = await self.transcriber.transcribe(utterance.pcm, hotwords=self.hotwords)
        self._silence_started = False
        verdict, self._verdict = self._verdict, None
        by_model, self._by_model, self._agreeing = self._by_model, False, 0
        words = self._words[1] if self._words is not None and abs(self._words[0] - utterance.end) < 1e-3 else None
        self._words = None
        self._drop_turn_job()
        final = Final(utterance, transcript, time.perf_counter() - declared, reused, verdict, by_model, words)
        shown, self._shown = self._shown, ""
        if not transcript.text or transcript.text == shown:
            return [final]
        return [Partial(transcript.text, round(pcm_end, 3)), final]

    def _drop_job(self) -> None:
        if self._job is not None and not self._job.task.done():
            self._job.task.cancel()
        self._job = None

    def _drop_turn_job(self) -> None:
        if self._turn_job is not None and not self._turn_job.task.done():
            self._turn_job.task.cancel()  # the thread runs on; its verdict is ignored
        self._turn_job = None
