"""Names snapped after decoding: a span of the transcript that sounds like a name the session knows becomes it.

Whisper biased with the session's names (``hotwords``) still writes some of them as it hears them ("Uncle Pad
Ring" for Padraig). This is a second, conservative pass over the text: 1-3 neighbouring words are compared with
each name, by a phonetic key (``sound_key``, a small Metaphone-like code: spelling that sounds alike, alike) and
by spelling, and replaced by the best name when both are close enough and no other name is as close.

It never replaces what is probably an ordinary word really said. Whisper's own English vocabulary tells
ordinary words (lower-case whole-word tokens of the bundled tiny.en tokenizer): one word is snapped only if
it is none ("Tuckson", "Colomba"), two or three only if each is none or capitalised in mid-sentence, as
Whisper writes a name it did not know ("Uncle Pad Ring"). So "the rose garden" stays with Rosa known, and so
does "in Bath" with Beth. Names that are themselves ordinary words (Rose, Hall) are never snapped to, and a
span holding a known name already is left as it is (only its case is the name's).

Our own code rather than a library: jellyfish (MIT) has Metaphone and rapidfuzz (MIT) a fast Levenshtein,
but neither knows which words Whisper took for names, a dependency would be one more package for ~20 lines
of key rules, and the distances here are between words of a few letters (about 0.2 ms a word with 40 names).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_POSSESSIVE = re.compile(r"['’]s$")
_SENTENCE_END = re.compile(r"[.!?…]")
_VOWELS = "aeiouy"
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "st", "fr"})

# Spelling → sound, in order (after lower-casing and dropping all but letters). Letters left alone keep
# their own sound; vowels other than the first are dropped at the end.
_SOUNDS: tuple[tuple[str, str], ...] = (
    (r"^[kgp](?=n)|^w(?=r)|^p(?=s)", ""),  # silent first letters: Knox, Gnome, Wright, Psmith
    (r"^x", "s"),
    (r"^wh", "w"),
    (r"sch", "sk"),
    (r"tch", "ch"),
    (r"ph", "f"),
    (r"(?<=.)gh", ""),
    (r"ck", "k"),
    (r"dg(?=[eiy])", "j"),
    (r"c(?=[eiy])", "s"),
    (r"(ch|sh|sz|cz|sia|sio|tia|tio)", "X"),
    (r"th", "0"),
    (r"qu", "kw"),
    (r"g(?=[eiy])", "j"),
    (r"[cq]", "k"),
    (r"x", "ks"),
    (r"z", "s"),
    (r"v", "f"),
    (r"d", "t"),
    (r"h(?![aeiou])", ""),
    (r"[wy](?![aeiou])", ""),
)


def sound_key(word: str) -> str:
    """A phonetic code: the consonant sounds in order, a first vowel as "A" ("Padraig": ptrg, "Pad Ring": ptrng)."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return ""
    for pattern, repl in _SOUNDS:
        w = re.sub(pattern, repl, w)
    w = re.sub(r"(.)\1+", r"\1", w)
    return ("A" if w[:1] in _VOWELS else w[:1]) + "".join(c for c in w[1:] if c not in _VOWELS)


def distance(a: str, b: str) -> int:
    """Levenshtein distance between two strings."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, start=1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def similarity(a: str, b: str) -> float:
    """1 - Levenshtein distance over the longer length (1.0: the same; 0.0: nothing alike)."""
    return 1.0 - distance(a, b) / max(len(a), len(b), 1)


def _near(a: str, b: str, least: float) -> bool:
    """Whether ``similarity(a, b)`` can reach ``least`` at all (the length difference alone is a distance)."""
    return 1.0 - abs(len(a) - len(b)) / max(len(a), len(b), 1) >= least


@functools.cache
def ordinary_words() -> frozenset[str]:
    """English words as Whisper's own English vocabulary holds them whole in lower case ("rose", "ring", "coffee").

    The bundled tiny.en tokenizer's vocabulary (GPT-2's BPE): about 19,700 words. A rarer real word (split into
    pieces there) is not in it, which is why capitalisation is asked as well (see ``SnapRule``).
    """
    from audio.transcribe import default_model_dir  # the bundled model; imported here: transcribe imports us

    path: Path = default_model_dir() / "vocabulary.txt"
    return frozenset(t[1:] for t in path.read_text().splitlines() if t.startswith("Ġ") and t[1:].isalpha()
                     and t[1:].islower())  # fmt: skip


@dataclass(frozen=True, slots=True)
class SnapRule:
    """When a span becomes a name: ``sound``, the least similarity of the phonetic keys; ``spelling``, of the
    letters; names shorter than ``min_letters`` are never snapped to (short keys match too much).

    Chosen on the tuning set only (``python -m benchmarks.stt --snap-grid``, tests.speech.TUNING_NAMED, espeak-ng
    and the neural voice, tiny.en and base): the most names found with no wrong snap, where any snap is wrong
    (each transcript snapped with the other sentences' names; ordinary sentences with all of them). Spelling
    0.65 is what keeps it right: at 0.5 or below, wrong snaps appear (3-10 per 20 sentences at 0.4-0.5).
    """

    sound: float = 0.5
    spelling: float = 0.65
    min_letters: int = 4
    max_words: int = 3


def targets(names: Iterable[str], rule: SnapRule = SnapRule()) -> list[str]:
    """The words of the known names worth snapping to: capitalised, long enough, not ordinary English words.

    A known name is a person, a place or a topic title ("Childhood in Dublin" gives Dublin); each capitalised
    word is a target of its own ("Margaret Kelly": Margaret, Kelly), its possessive dropped.
    """
    words = ordinary_words()
    out: dict[str, None] = {}
    for name in names:
        for match in _WORD.finditer(name):
            word = _POSSESSIVE.sub("", match.group(0)).strip("'’-")
            if len(word) >= rule.min_letters and word[0].isupper() and word.lower() not in words:
                out[word] = None
    return list(out)


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    start: int
    end: int
    bare: str  # lower case, possessive dropped
    ordinary: bool  # an English word of Whisper's vocabulary
    capitalised: bool  # in mid-sentence: Whisper took it for a name


def _runs(text: str) -> list[list[_Word]]:
    """The text's words in runs that no punctuation interrupts (a hyphen does not: "Anti-consuelo")."""
    ordinary = ordinary_words()
    runs: list[list[_Word]] = []
    last_end = 0
    for match in _WORD.finditer(text):
        between = text[last_end : match.start()]
        # a sentence's first word is capitalised anyway (a title's full stop ends no sentence: "Mrs. Pad Ring")
        first = not runs or (bool(_SENTENCE_END.search(between)) and runs[-1][-1].bare not in _TITLES)
        bare = _POSSESSIVE.sub("", match.group(0)).lower().replace("’", "'")
        word = _Word(match.group(0), match.start(), match.end(), bare, bare in ordinary, match.group(0)[0].isupper()
                     and not first)  # fmt: skip
        if runs and between.strip(" -") == "":
            runs[-1].append(word)
        else:
            runs.append([word])
        last_end = match.end()
    return runs


def _eligible(span: list[_Word]) -> bool:
    """One word is snapped only if it is no English word; words together if each is none or capitalised."""
    if len(span) == 1:
        return not span[0].ordinary
    return all(not w.ordinary or w.capitalised for w in span)


def snap(text: str, names: Iterable[str], rule: SnapRule = SnapRule()) -> str:
    """``text`` with each span that sounds like one of ``names`` replaced by that name (see the module doc)."""
    wanted = targets(names, rule)
    if not text or not wanted:
        return text
    exact = {w.lower(): w for w in wanted}
    keys = {w: (sound_key(w), w.lower()) for w in wanted}
    replacements: list[tuple[int, int, str]] = []
    for run in _runs(text):
        i = 0
        while i < len(run):
            best: tuple[float, int, str] | None = None
            tie = False
            for size in range(1, rule.max_words + 1):
                span = run[i : i + size]
                if len(span) < size or any(w.bare in exact or w.bare.removesuffix("s") in exact for w in span):
                    break  # a name heard right stays (in the name's case), and nothing is added to it
                if not _eligible(span):
                    continue
                letters = re.sub(r"[^a-z]", "", "".join(w.bare for w in span))
                key = sound_key(letters)
                for name, (name_key, name_letters) in keys.items():
                    if not _near(letters, name_letters, rule.spelling) or not _near(key, name_key, rule.sound):
                        continue  # lengths too far apart for the similarity asked: no distance to compute
                    sound = similarity(key, name_key)
                    spelling = similarity(letters, name_letters) if sound >= rule.sound else 0.0
                    if spelling < rule.spelling:
                        continue
                    score = sound + spelling
                    if best is None or score > best[0] + 1e-9:
                        best, tie = (score, size, name), False
                    elif abs(score - best[0]) <= 1e-9 and name != best[2]:
                        tie = True
            if best is None or tie:
                if run[i].bare in exact:
                    replacements.append((run[i].start, run[i].start + len(run[i].bare), exact[run[i].bare]))
                i += 1
                continue
            _, size, name = best
            span = run[i : i + size]
            possessive = _POSSESSIVE.search(span[-1].text)
            # the possessive's s may be the name's own last letter, misplaced: "the Henderson's" is the Hendersons
            own_s = possessive is not None and name.lower() == re.sub(r"[^a-z]", "", span[-1].text.lower())
            suffix = possessive.group(0) if possessive and not own_s else ""
            replacements.append((span[0].start, span[-1].end, name + suffix))
            i += size
    for start, end, name in reversed(replacements):
        text = text[:start] + name + text[end:]
    return text
