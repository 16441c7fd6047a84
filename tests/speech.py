"""Real speech for audio tests: espeak-ng says known sentences; silence and noise are synthesised.

Generated during the run (espeak-ng is deterministic), cached per sentence in a
directory the caller gives.
"""

from __future__ import annotations

import functools
import hashlib
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import numpy as np

from audio.pcm import SAMPLE_RATE, decode

SENTENCES = [
    "The old house stood at the end of the lane.",
    "My grandmother planted roses every spring.",
    "We moved to Boston when I was seven years old.",
    "Every Sunday my father cooked a big breakfast.",
    "The school was a long walk through the snow.",
    "I remember the smell of fresh bread in the kitchen.",
    "My brother and I built a boat from old boxes.",
    "The summer we spent by the lake was the happiest.",
    "She taught me how to play the piano.",
    "We never had much money, but we were happy.",
    "The train to the city left at six in the morning.",
    "On my first day at work I was very nervous.",
]

# Tuning sentences with names (not in benchmarks/stt.HELD_OUT): tiny.en alone mishears the names
# ("she won't … Kailarney", "his E. Keel … Winapag") and spells them right given them as hotwords.
NAMED = [
    ("My cousin Siobhan lived by the harbour in Killarney.", ("Siobhan", "Killarney")),
    ("I wrote letters to Ezekiel while he was in Winnipeg.", ("Ezekiel", "Winnipeg")),
]

# The harder tuning set (20 sentences full of names, as benchmarks/stt.HELD_OUT is, but other sentences
# and other names): decoding options, the names' prompt and the end-of-turn rule are chosen on it,
# never on the held-out set. tiny.en and base both mishear many of these names without help.
TUNING_NAMED: list[tuple[str, tuple[str, ...]]] = [
    ("My grandfather Lorcan kept bees on a hill outside Tralee.", ("Lorcan", "Tralee")),
    ("In nineteen forty six we sailed from Southampton to Halifax.", ("Southampton", "Halifax")),
    ("Aunt Wilhelmina taught piano above the chemist in Harrogate.", ("Wilhelmina", "Harrogate")),
    ("Our parish priest, Father Callaghan, rode a black bicycle.", ("Callaghan",)),
    ("Uncle Bartholomew worked the night shift at the docks in Gdansk.", ("Bartholomew", "Gdansk")),
    ("My mother, Agnieszka, sewed wedding dresses in Krakow.", ("Agnieszka", "Krakow")),
    ("We spent our honeymoon in a caravan near Llandudno.", ("Llandudno",)),
    ("Cousin Oluwaseun sent us parcels from Ibadan every Easter.", ("Oluwaseun", "Ibadan")),
    ("The grocer, Mr. Vandermeer, gave us broken biscuits for free.", ("Vandermeer",)),
    ("Granny Philomena kept a goat called Hector in the yard.", ("Philomena", "Hector")),
    ("My brother Seamus joined the navy and sailed to Valparaiso.", ("Seamus", "Valparaiso")),
    ("In nineteen sixty three I started nursing at Saint Columba's in Derry.", ("Columba's", "Derry")),
    ("Our landlady, Mrs. Featherstone, played the organ on Sundays.", ("Featherstone",)),
    ("Auntie Consuelo made tamales for the whole street in Tucson.", ("Consuelo", "Tucson")),
    ("We took the night bus from Inverness to Glasgow with Fergus.", ("Inverness", "Glasgow", "Fergus")),
    ("Cousin Anneliese married a fisherman from Bergen.", ("Anneliese", "Bergen")),
    ("My best friend Thaddeus and I skated on the pond at Ashbourne.", ("Thaddeus", "Ashbourne")),
    ("Grandma Esperanza grew peppers on the roof in Oaxaca.", ("Esperanza", "Oaxaca")),
    ("The mill in Huddersfield closed the year Stanislaw retired.", ("Huddersfield", "Stanislaw")),
    ("Every Friday we bought fish and chips from Giuseppe in Blackpool.", ("Giuseppe", "Blackpool")),
]

SLOW = 110  # words a minute: an old, thoughtful speaker (espeak-ng's default is 160)

_NUMBERS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "first": "1st",
}  # fmt: skip


def speak(text: str, directory: Path, *, speed: int = 160, voice: str = "en-us") -> Path:
    """A WAV of espeak-ng saying ``text`` (22.05 kHz mono, as espeak makes it)."""
    name = hashlib.sha1(f"{voice}|{speed}|{text}".encode()).hexdigest()[:16]
    path = directory / f"{name}.wav"
    if not path.exists():
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(path), text], check=True)
    return path


def speech_pcm(text: str, directory: Path, **kwargs: object) -> bytes:
    """16 kHz mono PCM16 of ``text``, trimmed of espeak's leading and trailing silence."""
    pcm = np.frombuffer(decode(speak(text, directory, **kwargs).read_bytes()), dtype=np.int16)  # type: ignore[arg-type]
    loud = np.flatnonzero(np.abs(pcm) > 300)
    return pcm[loud[0] : loud[-1] + 1].tobytes() if loud.size else pcm.tobytes()


def silence(seconds: float) -> bytes:
    return np.zeros(int(seconds * SAMPLE_RATE), dtype=np.int16).tobytes()


def white_noise(seconds: float, amplitude: float = 0.2, seed: int = 7) -> bytes:
    rng = np.random.default_rng(seed)
    samples = rng.normal(0.0, amplitude, int(seconds * SAMPLE_RATE)).clip(-1, 1)
    return (samples * 32767).astype(np.int16).tobytes()


def normalise(text: str) -> list[str]:
    words = re.sub(r"[^a-z0-9' ]+", " ", text.lower()).split()
    return [_NUMBERS.get(w, w) for w in words]


def whisper_normalise(text: str) -> list[str]:
    """Words as Whisper's English text normaliser gives them (the one its published WERs use).

    It lower-cases and drops punctuation, and it makes equal what is the same word written two
    ways: spelled and written numbers ("nineteen fifty eight" = "1958"), contractions ("didn't" =
    "did not"), titles ("Mrs." = "missus"), hyphens, and British and American spellings
    ("neighbour" = "neighbor"). A misheard word stays an error.
    """
    return _whisper_normaliser()(text).split()


@functools.cache
def _whisper_normaliser() -> Callable[[str], str]:
    from whisper_normalizer.english import EnglishTextNormalizer  # test extra: only the WER needs it

    return EnglishTextNormalizer()


def word_error_rate(reference: str, hypothesis: str, *, whisper: bool = False) -> float:
    """Levenshtein distance over normalised words, divided by the reference length.

    Default: case, punctuation and the digits 0-12 only (what the tests assert on); ``whisper``:
    Whisper's English normaliser on both sides (``whisper_normalise``), as WERs are reported.
    """
    words = whisper_normalise if whisper else normalise
    ref, hyp = words(reference), words(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, start=1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1] / max(1, len(ref))


def compose(pieces: list[str | bytes], directory: Path, *, speed: int = 160) -> tuple[bytes, list[tuple[float, float]]]:
    """Concatenate PCM pieces: a ``str`` is spoken (trimmed) at ``speed`` words a minute, ``bytes`` go in as they are.

    Returns the PCM and, for each spoken piece, its (start, end) in seconds: the truth
    that VAD boundaries are checked against.
    """
    out: list[bytes] = []
    spans: list[tuple[float, float]] = []
    at = 0
    for piece in pieces:
        pcm = speech_pcm(piece, directory, speed=speed) if isinstance(piece, str) else piece
        if isinstance(piece, str):
            spans.append((at / (2 * SAMPLE_RATE), (at + len(pcm)) / (2 * SAMPLE_RATE)))
        out.append(pcm)
        at += len(pcm)
    return b"".join(out), spans
