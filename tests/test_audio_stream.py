"""StreamingRecognizer on espeak-ng speech streamed in real time: events, early finals, reuse."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from audio.mic import MicrophoneUnavailable, check_input_device, microphone_frames
from audio.pcm import BYTES_PER_SAMPLE, SAMPLE_RATE
from audio.stream import Final, Partial, StreamEvent, StreamingRecognizer, ends_sentence
from audio.transcribe import Transcriber
from audio.vad import SpeechStarted, VadConfig
from tests.audio_fixtures import RecordingTranscriber
from tests.speech import SENTENCES, compose, normalise, silence, word_error_rate

FRAME = SAMPLE_RATE * 20 // 1000 * BYTES_PER_SAMPLE  # 20 ms


@dataclass
class Streamed:
    events: list[tuple[float, StreamEvent]]  # (seconds of audio fed when the event came, event)
    from_finish: list[StreamEvent]  # the events only ``finish()`` (end of stream) produced

    def of(self, kind: type) -> list:
        return [e for _, e in self.events if isinstance(e, kind)]

    def finals_fed(self) -> list[tuple[float, Final]]:
        return [(t, e) for t, e in self.events if isinstance(e, Final)]


async def _stream(rec: StreamingRecognizer, pcm: bytes, chunk: int = FRAME) -> Streamed:
    """Feed ``pcm`` in ``chunk``-byte pieces as fast as the recognizer settles each pass.

    ``settle()`` before each piece makes every transcription pass land before the next audio,
    as on a machine that keeps up with real time: events then depend on the audio alone, so
    the assertions below are about behaviour (which silence ended an utterance, measured in
    audio), never about how fast this machine is. Latency is measured in benchmarks/stt.py.
    """
    events: list[tuple[float, StreamEvent]] = []
    for i in range(0, len(pcm), chunk):
        piece = pcm[i : i + chunk]
        await rec.settle()
        fed = (i + len(piece)) / (SAMPLE_RATE * BYTES_PER_SAMPLE)
        events += [(fed, e) for e in await rec.feed(piece)]
    await rec.settle()
    at_end = await rec.finish()
    events += [(len(pcm) / (SAMPLE_RATE * BYTES_PER_SAMPLE), e) for e in at_end]
    return Streamed(events, at_end)


def test_live_stream_gives_speech_started_partials_and_early_finals_equal_to_offline(
    transcriber: RecordingTranscriber, speech_dir: Path
) -> None:
    sentences = [SENTENCES[2], SENTENCES[9]]
    # 1.8 s of silence after each: less than the 2 s end silence, so each final must come from the
    # short endpoint that a sentence-final transcript allows
    pcm, spans = compose([silence(0.8), sentences[0], silence(1.8), sentences[1], silence(1.8)], speech_dir)
    before = len(transcriber.threads)

    streamed = asyncio.run(_stream(StreamingRecognizer(transcriber), pcm))
    stream_threads = transcriber.threads[before:]

    kinds = [type(e).__name__ for _, e in streamed.events]
    assert kinds[0] == "SpeechStarted" and kinds.count("SpeechStarted") == 2 and kinds.count("Final") == 2, kinds
    assert kinds.index("Final") < kinds.index("SpeechStarted", 1), kinds  # one utterance after the other
    assert streamed.from_finish == []  # both finals came while the stream ran, not from its end
    started = streamed.of(SpeechStarted)
    finals = streamed.finals_fed()
    for (fed, final), start, (span_start, span_end), sentence in zip(finals, started, spans, sentences, strict=True):
        u = final.utterance
        assert abs(start.at - span_start) <= 0.15 and abs(u.start - span_start) <= 0.15
        assert abs(u.end - span_end) <= 0.15
        assert final.reused, "the transcription made at the onset of silence should have been the final"
        offline = transcriber.transcribe_blocking(u.pcm).text
        assert normalise(final.transcript.text) == normalise(offline), (final.transcript.text, offline)
        assert word_error_rate(sentence, final.transcript.text) <= 0.25, final.transcript.text
        # the short silence (0.5 s of audio) after the last voiced frame ended it, not the 2 s one
        assert fed - u.end <= 1.0, f"final after {fed - u.end:.2f} s of silence"
        partials = [(t, e) for t, e in streamed.events if isinstance(e, Partial) and u.start <= e.at <= u.end + 0.2]
        assert len(partials) >= 2, partials  # ~1 s into the speech, and at the onset of silence
        assert partials[0][1].at - u.start <= 1.5, partials  # the first one about a second into the speech
        assert partials[-1][1].text == final.transcript.text
    # blocking work stayed off the event loop: every pass ran in a worker thread, and the loop kept ticking
    assert stream_threads and threading.main_thread().ident not in stream_threads


def test_a_pause_mid_sentence_does_not_end_the_utterance(transcriber: Transcriber, speech_dir: Path) -> None:
    # Whisper hears "We moved to Boston when..." at the pause: not a sentence end, so the 2 s silence
    # applies and the 1.5 s pause is bridged. (A fragment that Whisper punctuates as a sentence, e.g.
    # "My grandmother planted.", does end the turn after the short silence: that is the design's
    # trade-off, measured by benchmarks/stt.py.)
    pcm, spans = compose(
        [silence(0.6), "We moved to Boston when", silence(1.5), "I was seven years old", silence(1.0)], speech_dir
    )
    streamed = asyncio.run(_stream(StreamingRecognizer(transcriber), pcm))
    finals = streamed.of(Final)
    assert len(finals) == 1, [f.transcript.text for f in finals]
    assert len(streamed.of(SpeechStarted)) == 1
    u = finals[0].utterance
    assert abs(u.start - spans[0][0]) <= 0.15 and abs(u.end - spans[1][1]) <= 0.15
    assert word_error_rate(SENTENCES[2], finals[0].transcript.text) <= 0.25, finals[0].transcript.text


def test_words_that_do_not_end_a_sentence_wait_for_the_long_silence(transcriber: Transcriber, speech_dir: Path) -> None:
    pcm, [(_, end)] = compose([silence(0.5), "We moved to Boston when", silence(2.6)], speech_dir)
    streamed = asyncio.run(_stream(StreamingRecognizer(transcriber), pcm))
    [(fed, final)] = streamed.finals_fed()
    assert abs(final.utterance.end - end) <= 0.15
    # Whisper writes "We moved to Boston when...": trailing off is not the end of a sentence
    assert final.reused and not ends_sentence(final.transcript.text), final.transcript.text
    assert fed - final.utterance.end >= 1.95  # the 2 s end silence, not the short one


def test_half_second_chunks_still_catch_the_onset_of_silence(transcriber: Transcriber, speech_dir: Path) -> None:
    pcm, _ = compose([silence(0.5), SENTENCES[6], silence(2.5)], speech_dir)
    half_second = SAMPLE_RATE * BYTES_PER_SAMPLE // 2
    # a long end silence (4 s): only a sentence-final silence-onset pass can end this utterance in time
    rec = StreamingRecognizer(transcriber, VadConfig(end_silence_ms=4_000))
    streamed = asyncio.run(_stream(rec, pcm, chunk=half_second))
    [final] = streamed.of(Final)
    assert final.reused  # the transcription at the start of the silence was made and kept…
    assert streamed.from_finish == []  # …and ended the utterance before the stream did
    assert word_error_rate(SENTENCES[6], final.transcript.text) <= 0.25


def test_finish_closes_an_utterance_cut_off_by_the_end_of_the_stream(
    transcriber: Transcriber, speech_dir: Path
) -> None:
    pcm, _ = compose([silence(0.5), SENTENCES[10]], speech_dir)
    streamed = asyncio.run(_stream(StreamingRecognizer(transcriber), pcm))
    [final] = streamed.of(Final)
    assert word_error_rate(SENTENCES[10], final.transcript.text) <= 0.25, final.transcript.text
    assert len(streamed.of(SpeechStarted)) == 1


def test_ends_sentence() -> None:
    assert ends_sentence("We moved to Boston.") and ends_sentence("Really?") and ends_sentence('He said "go."')
    assert not ends_sentence("We moved to Boston when...") and not ends_sentence("and then we…")
    assert not ends_sentence("and then we") and not ends_sentence("Every Sunday my f-") and not ends_sentence("")


def test_silence_and_noise_alone_give_no_final(transcriber: Transcriber) -> None:
    streamed = asyncio.run(_stream(StreamingRecognizer(transcriber), silence(3.0)))
    assert streamed.events == []


def test_the_microphone_is_named_or_plainly_unavailable() -> None:
    """With no input device (CI, servers) both entry points raise MicrophoneUnavailable, nothing else."""
    try:
        name = check_input_device()
    except MicrophoneUnavailable as exc:
        assert "input device" in str(exc) or "PortAudio" in str(exc)

        async def first_frame() -> bytes:
            async for frame in microphone_frames():
                return frame
            return b""

        with pytest.raises(MicrophoneUnavailable):
            asyncio.run(first_frame())
    else:
        assert name.strip()
