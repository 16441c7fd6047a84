"""VAD segmentation on real (espeak-ng) speech: boundaries, pauses, frame sizes, splits, pre-roll."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from audio.pcm import BYTES_PER_SAMPLE, SAMPLE_RATE
from audio.vad import SpeechStarted, Utterance, VadConfig, VadSegmenter, segment, voiced_ratio
from tests.speech import SENTENCES, compose, silence, white_noise

TOLERANCE = 0.15  # seconds, for boundaries at the default settings


def _bytes_at(seconds: float) -> int:
    return round(seconds * SAMPLE_RATE) * BYTES_PER_SAMPLE


def _feed_frames(seg: VadSegmenter, pcm: bytes, frame_ms: int = 20) -> list[tuple[float, object]]:
    """Feed ``pcm`` in frames; each event with the stream time at which it was emitted."""
    size = SAMPLE_RATE * frame_ms // 1000 * BYTES_PER_SAMPLE
    out: list[tuple[float, object]] = []
    for i in range(0, len(pcm), size):
        out.extend((seg.time, e) for e in seg.feed(pcm[i : i + size]))
    out.extend((seg.time, e) for e in seg.flush())
    return out


def test_utterance_boundaries_match_where_the_speech_was_placed(speech_dir: Path) -> None:
    pieces: list[str | bytes] = [silence(1.0)]
    for sentence in SENTENCES[:5]:
        pieces += [sentence, silence(3.6)]
    pcm, spans = compose(pieces, speech_dir)

    utterances = segment(pcm)

    assert len(utterances) == len(spans), [(u.start, u.end) for u in utterances]
    for u, (start, end) in zip(utterances, spans, strict=True):
        assert abs(u.start - start) <= TOLERANCE, (u.start, start)
        assert abs(u.end - end) <= TOLERANCE, (u.end, end)


def test_streamed_frames_give_the_same_utterances_as_a_whole_buffer(speech_dir: Path) -> None:
    pcm, _ = compose([silence(0.7), SENTENCES[1], silence(3.5), SENTENCES[2], silence(0.4)], speech_dir)
    whole = segment(pcm)
    events = [e for _, e in _feed_frames(VadSegmenter(), pcm)]
    streamed = [e for e in events if isinstance(e, Utterance)]
    assert streamed == whole and len(whole) == 2
    starts = [e for e in events if isinstance(e, SpeechStarted)]
    assert [s.at for s in starts] == [u.start for u in whole]


def test_a_slow_speakers_pause_mid_sentence_is_not_a_split(speech_dir: Path) -> None:
    pcm, spans = compose(
        [silence(0.8), "The old house stood", silence(2.5), "at the end of the lane", silence(3.5)], speech_dir
    )
    utterances = segment(pcm)
    assert len(utterances) == 1, [(u.start, u.end) for u in utterances]
    assert abs(utterances[0].start - spans[0][0]) <= TOLERANCE
    assert abs(utterances[0].end - spans[1][1]) <= TOLERANCE


def test_a_pause_longer_than_the_end_silence_is_a_split(speech_dir: Path) -> None:
    pcm, spans = compose(
        [silence(0.8), "The old house stood", silence(3.5), "at the end of the lane", silence(3.5)], speech_dir
    )
    utterances = segment(pcm)
    assert len(utterances) == 2
    for u, (start, end) in zip(utterances, spans, strict=True):
        assert abs(u.start - start) <= TOLERANCE and abs(u.end - end) <= TOLERANCE


@pytest.mark.parametrize("aggressiveness", [0, 1, 2, 3])
@pytest.mark.parametrize("frame_ms", [10, 20, 30])
def test_every_frame_size_and_aggressiveness_segments_speech(
    speech_dir: Path, frame_ms: int, aggressiveness: int
) -> None:
    config = VadConfig(frame_ms=frame_ms, aggressiveness=aggressiveness)
    pcm, spans = compose(
        [silence(1.0), SENTENCES[3], silence(3.5), "The old house stood", silence(1.5), "at the end of the lane"],
        speech_dir,
    )
    pcm += silence(3.5)
    utterances = segment(pcm, config)
    assert len(utterances) == 2, [(u.start, u.end) for u in utterances]
    truth = [spans[0], (spans[1][0], spans[2][1])]
    for u, (start, end) in zip(utterances, truth, strict=True):
        assert abs(u.start - start) <= TOLERANCE
        # webrtcvad's own hangover: the lenient modes (0, 1) call up to ~190 ms of fading speech voiced
        assert -TOLERANCE <= u.end - end <= (TOLERANCE if aggressiveness >= 2 else 0.25)
        assert abs((u.start - u.audio_start) - 0.3) <= frame_ms / 1000 + 1e-6


def test_pre_roll_puts_300_ms_before_the_onset_and_the_audio_is_the_source_slice(speech_dir: Path) -> None:
    pcm, [(start, _end)] = compose([silence(1.2), SENTENCES[4], silence(3.5)], speech_dir)
    [u] = segment(pcm)
    assert abs(u.start - start) <= 0.03
    assert u.audio_start == pytest.approx(u.start - 0.3, abs=1e-6)
    # the PCM is exactly the source from audio_start, up to the last voiced frame plus the tail
    tail = VadConfig().tail_ms / 1000
    assert len(u.pcm) / (SAMPLE_RATE * BYTES_PER_SAMPLE) == pytest.approx(u.end + tail - u.audio_start, abs=1e-6)
    assert u.pcm == pcm[_bytes_at(u.audio_start) : _bytes_at(u.audio_start) + len(u.pcm)]


def test_pre_roll_is_clipped_at_the_start_of_the_stream(speech_dir: Path) -> None:
    pcm, [(start, _)] = compose([silence(0.1), SENTENCES[5], silence(3.5)], speech_dir)
    [u] = segment(pcm)
    assert abs(u.start - start) <= 0.03
    assert u.audio_start == 0.0 and u.pcm.startswith(pcm[:3200])


def test_max_length_splits_at_a_pause_not_inside_a_sentence(speech_dir: Path) -> None:
    pieces: list[str | bytes] = [silence(0.5)]
    for sentence in SENTENCES[:5]:
        pieces += [sentence, silence(0.6)]  # pauses far shorter than the end-of-utterance silence
    pcm, spans = compose(pieces, speech_dir)
    pcm += silence(3.5)
    config = VadConfig(max_utterance_ms=6_000)

    utterances = segment(pcm, config)

    assert len(utterances) >= 3, [(u.start, u.end) for u in utterances]  # 14 s of talk, 6 s at most each
    for u in utterances:
        assert len(u.pcm) <= _bytes_at(6.0)
        # every sentence is either wholly inside this utterance or wholly outside it
        for start, end in spans:
            overlaps = u.start < end and start < u.end
            if overlaps:
                assert u.start <= start + TOLERANCE and end - TOLERANCE <= u.end, ((u.start, u.end), (start, end))
    for start, end in spans:  # and every sentence is in one
        assert sum(1 for u in utterances if u.start <= start + TOLERANCE and end - TOLERANCE <= u.end) == 1
    for a, b in itertools.pairwise(utterances):  # consecutive pieces do not overlap
        assert a.audio_start + len(a.pcm) / 32000 <= b.audio_start + 1e-6


def test_max_length_cuts_hard_where_there_is_no_pause() -> None:
    noise = white_noise(10.0, amplitude=0.2)  # webrtcvad calls it voiced throughout
    utterances = segment(noise, VadConfig(max_utterance_ms=3_000))
    assert [round(len(u.pcm) / 32000, 2) for u in utterances[:3]] == [3.0, 3.0, 3.0]
    assert b"".join(u.pcm for u in utterances) == noise[: len(b"".join(u.pcm for u in utterances))]


def test_a_complete_turn_ends_the_utterance_after_the_turn_silence(speech_dir: Path) -> None:
    pcm, [(_, end)] = compose([silence(0.6), SENTENCES[8], silence(3.5)], speech_dir)

    default = [(t, e) for t, e in _feed_frames(VadSegmenter(), pcm) if isinstance(e, Utterance)]
    [(closed_at, u)] = default
    assert closed_at == pytest.approx(u.end + 3.0, abs=0.03)

    seg = VadSegmenter()
    size = 640
    closed: list[tuple[float, Utterance]] = []
    for i in range(0, len(pcm), size):
        closed += [(seg.time, e) for e in seg.feed(pcm[i : i + size]) if isinstance(e, Utterance)]
        if seg.speaking and seg.silence_ms > 0:
            seg.turn_complete = True  # what the streaming recognizer does when Smart Turn says so
    [(closed_at, u)] = closed
    assert abs(u.end - end) <= TOLERANCE
    assert closed_at == pytest.approx(u.end + 0.25, abs=0.03)


def test_new_speech_clears_turn_complete(speech_dir: Path) -> None:
    pcm, spans = compose(
        [silence(0.6), "My grandmother planted", silence(0.2), "roses every spring", silence(1.2)], speech_dir
    )
    seg = VadSegmenter()
    size = 640
    events: list[object] = []
    for i in range(0, len(pcm), size):
        events += seg.feed(pcm[i : i + size])
        if seg.speaking and seg.silence_ms > 0 and seg.time < spans[1][0]:
            seg.turn_complete = True  # only during the first pause
    # the 200 ms pause was below the turn silence, and once words resumed the long silence applies:
    # 1.2 s of trailing silence does not end the utterance
    assert seg.speaking and not seg.turn_complete
    assert not [e for e in events if isinstance(e, Utterance)]


def test_voiced_ratio(speech_dir: Path) -> None:
    pcm, _ = compose([SENTENCES[0]], speech_dir)
    assert voiced_ratio(silence(3.0)) == 0.0
    assert voiced_ratio(pcm) > 0.7
    assert voiced_ratio(b"") == 0.0


def test_invalid_configs_are_refused() -> None:
    with pytest.raises(ValueError):
        VadConfig(frame_ms=25)
    with pytest.raises(ValueError):
        VadConfig(aggressiveness=4)
    with pytest.raises(ValueError):
        VadConfig(start_ms=400, start_window_ms=300)
