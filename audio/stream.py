"""Live recognition: VAD + incremental Whisper so the final transcript is ready at end of speech.

While someone speaks, the utterance so far is transcribed about once a second (partials),
and once more as silence begins (after the VAD's short tail, on exactly the audio the
utterance will hold, however late the pass starts). That last transcription covers every
voiced frame, so (1) if its words end a sentence (an ellipsis does not), the segmenter may
end the utterance after the short silence instead of the long one, and (2) when the
utterance closes it *is* the final transcript, identical to transcribing ``Utterance.pcm``:
no Whisper time is spent after the end of speech. A periodic partial taken mid-speech never
shortens the wait, whatever its punctuation; none is taken during a silence.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from audio.pcm import BYTES_PER_SAMPLE, SAMPLE_RATE
from audio.transcribe import Transcriber, Transcript
from audio.vad import SpeechStarted, Utterance, VadConfig, VadSegmenter

_SENTENCE_END = (".", "?", "!")
_TRAILING_OFF = ("...", "…")  # Whisper's mark for words that stop mid-sentence ("when I was...")
_MIN_PARTIAL_BYTES = SAMPLE_RATE * BYTES_PER_SAMPLE // 4  # a quarter second


def ends_sentence(text: str) -> bool:
    """Whether a transcript's last words end a sentence (an ellipsis does not)."""
    text = text.rstrip().rstrip("\"')»”’ ")
    return text.endswith(_SENTENCE_END) and not text.endswith(_TRAILING_OFF)


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


StreamEvent = SpeechStarted | Partial | Final


@dataclass
class _Job:
    audio_start: float
    audio_end: float
    at_silence: bool  # started when silence began: covers every voiced frame so far
    task: asyncio.Task[Transcript]
    reported: bool = False


class StreamingRecognizer:
    def __init__(self, transcriber: Transcriber, vad: VadConfig | None = None, partial_interval: float = 1.0) -> None:
        self.transcriber = transcriber
        self.segmenter = VadSegmenter(vad or VadConfig())
        self.partial_interval = partial_interval
        self._job: _Job | None = None
        self._last_partial_at = 0.0
        self._silence_started = False  # a transcription is due: silence has just begun
        self._silence_after: float | None = None  # last voiced end of the silence already seen

    async def feed(self, pcm16: bytes) -> list[StreamEvent]:
        """Consume audio (any length); return events. Only a final transcription is awaited."""
        # Passes finished since the last call first: a sentence end they report applies to this audio.
        out: list[StreamEvent] = self._collect()
        seg = self.segmenter
        for event in seg.feed(pcm16):
            if isinstance(event, SpeechStarted):
                self._drop_job()
                self._last_partial_at = event.at
                out.append(event)
            else:
                out.append(await self._final(event))
        if seg.speaking and seg.silence_ms > 0 and seg.silence_ms >= seg.config.tail_ms:
            # Once per run of silence, however much audio this call brought (20 ms or 500 ms), as soon
            # as the utterance's tail is in: the pass then hears exactly what the utterance will hold.
            if self._silence_after != seg.last_voiced_end:
                self._silence_after = seg.last_voiced_end
                self._silence_started = True
        elif not seg.speaking or seg.silence_ms == 0:
            self._silence_started = False
        out.extend(self._collect())
        self._maybe_start()
        return out

    async def settle(self) -> None:
        """Wait for the transcription pass in flight, if any.

        A live caller never needs this. A caller that feeds faster than real time (a file, a
        test) calls it before each ``feed`` so every pass lands before the next audio does, as
        on a machine that keeps up: the events then depend on the audio alone, not on timing.
        """
        job = self._job
        if job is not None and not job.task.done():
            await asyncio.wait([job.task])

    async def finish(self) -> list[StreamEvent]:
        """End of stream: close the utterance in progress, if any."""
        out: list[StreamEvent] = [*self._collect()]
        for event in self.segmenter.flush():
            if isinstance(event, Utterance):
                out.append(await self._final(event))
        self._drop_job()
        return out

    def _maybe_start(self) -> None:
        seg = self.segmenter
        if not seg.speaking or (self._job is not None and not self._job.task.done()):
            return
        at_silence = self._silence_started
        if not at_silence:
            if seg.time - self._last_partial_at < self.partial_interval:
                return
            if seg.silence_ms > 0 and seg.silence_ms >= seg.config.tail_ms:
                return  # no new words since the silence-onset pass: another pass would only hear silence
        # The silence-onset pass takes the utterance's audio as it will close (up to the last voiced
        # frame plus the tail), however late it starts: its text does not depend on timing, and it is
        # exactly the offline transcript of the utterance when it becomes the final.
        start, pcm = seg.closing_audio() if at_silence else seg.current_audio()
        if len(pcm) < _MIN_PARTIAL_BYTES:
            return
        self._silence_started = False
        self._last_partial_at = seg.time
        end = start + len(pcm) / (SAMPLE_RATE * BYTES_PER_SAMPLE)
        self._job = _Job(start, end, at_silence, asyncio.create_task(self.transcriber.transcribe(pcm)))

    def _collect(self) -> list[StreamEvent]:
        job = self._job
        if job is None or job.reported or not job.task.done() or job.task.cancelled():
            return []
        if job.task.exception() is not None:
            self._job = None
            return []
        job.reported = True
        text = job.task.result().text
        covers_all = job.at_silence and self.segmenter.last_voiced_end <= job.audio_end
        self.segmenter.sentence_complete = covers_all and ends_sentence(text)
        return [Partial(text, round(job.audio_end, 3))] if text else []

    async def _final(self, utterance: Utterance) -> Final:
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
            transcript = await self.transcriber.transcribe(utterance.pcm)
        self._silence_started = False
        return Final(utterance, transcript, time.perf_counter() - declared, reused)

    def _drop_job(self) -> None:
        if self._job is not None and not self._job.task.done():
            self._job.task.cancel()
        self._job = None
