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

Three readings where that is not enough, each with its own threshold (``SnapRule``): right after a kin word or
title, ordinary words that sound strongly like a name are it ("my grandfather war can": Lorcan; "my grandfather
was" is never, a span opening with a word the sentence goes on with); a kin word run into a name is split
("Kazenolwaseun": Cousin Oluwaseun); and a word with exactly the name's sounds may be spelled further apart
("Tuxen": Tucson). A title is never part of a name ("Mr Lee" is not Tralee); letters of any script are words.

Our own code rather than a library: jellyfish (MIT) has Metaphone and rapidfuzz (MIT) a fast Levenshtein,
but neither knows which words Whisper took for names, a dependency would be one more package for ~20 lines
of key rules, and the distances here are between words of a few letters (about 0.2 ms a word with 40 names).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’])*")  # letters of any script: "Valparaíso" is one word
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


def _fold(text: str) -> str:
    """Lower case without accents ("Valparaíso": valparaíso → valparaiso), as letters are compared here."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def sound_key(word: str) -> str:
    """A phonetic code: the consonant sounds in order, a first vowel as "A" ("Padraig": ptrg, "Pad Ring": ptrng)."""
    w = re.sub(r"[^a-z]", "", _fold(word))
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
    # After a kin word or title ("my grandfather war can"): ordinary lower-case words may be the name heard as
    # words, when they sound at least this much like it (see ``_after_kin``).
    kin_sound: float = 0.75
    kin_spelling: float = 0.65
    # A word whose phonetic key IS the name's, a key of at least ``same_key`` sounds ("Tuxen", Tucson): the
    # spelling may be this far apart (x for cs, f for th).
    same_key: int = 4
    same_sound_spelling: float = 0.5
    # One word that is a kin word and a name run together ("Kazenolwaseun"): the name part's least spelling.
    merged_spelling: float = 0.75


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
            if len(word) >= rule.min_letters and word[0].isupper() and _fold(word) not in words:
                out[word] = None
    return list(out)


# Words a name follows ("my grandfather Lorcan", "Mrs. Featherstone", "Tía Rosa"): kin, titles, callings, in
# English and as families say them in other languages. Whisper hears the name after one as ordinary words
# ("my grandfather war can") or runs the two together ("Kazenolwaseun" for Cousin Oluwaseun).
_KIN = frozenset(
    "uncle aunt auntie aunty cousin grandfather grandmother grandpa grandma granny gran grandad granddad nana nan "
    "nanna brother sister mother father mum mom mam dad daddy son daughter husband wife niece nephew godmother "
    "godfather stepfather stepmother friend neighbour neighbor mr mrs ms miss misses missus mister dr doctor st "
    "saint fr rev reverend pastor rabbi imam sheikh captain sergeant nurse professor lady lord sir dame madam "
    "madame monsieur senor senora herr frau tia tio tita tito abuela abuelo nonna nonno oma opa baba bibi babu "
    "lola lolo amma ammi appa didi mausi nani dadi kuya".split()
)
# Words that go on with the sentence after a kin word ("my uncle was", "my aunt and I"): no name starts with one.
_GOES_ON = frozenset(
    "a an the and or but nor so yet if then than that this these those there here who whom whose which what when "
    "where why how i me my mine you your he him his she her it its we us our they them their is am are was were be "
    "been being has have had do does did will would shall should can could may might must of in on at to from by "
    "with for about into onto over under after before up down out off through as not no never also always just "
    "only still even very too used".split()
)


def _kin_by_key() -> dict[str, list[str]]:
    """The kin words that may be run into a name, by their key: written out (no "Mr", "Rev"), of three sounds
    or more (shorter keys begin too many words)."""
    out: dict[str, list[str]] = {}
    for kin in sorted(_KIN - _TITLES - {"rev"}):
        if len(sound_key(kin)) >= 3:
            out.setdefault(sound_key(kin), []).append(kin)
    return out


_KIN_BY_KEY = _kin_by_key()


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    start: int
    end: int
    bare: str  # lower case, possessive dropped
    ordinary: bool  # an English word of Whisper's vocabulary
    capitalised: bool  # in mid-sentence: Whisper took it for a name
    after_kin: bool  # straight after a kin word or title, a comma at most between


def _runs(text: str) -> list[list[_Word]]:
    """The text's words in runs that no punctuation interrupts (a hyphen does not: "Anti-consuelo")."""
    ordinary = ordinary_words()
    runs: list[list[_Word]] = []
    last_end = 0
    for match in _WORD.finditer(text):
        between = text[last_end : match.start()]
        before = runs[-1][-1].bare if runs else ""
        # a sentence's first word is capitalised anyway (a title's full stop ends no sentence: "Mrs. Pad Ring")
        first = not runs or (bool(_SENTENCE_END.search(between)) and before not in _TITLES)
        after_kin = before in _KIN and (between.strip(" ,") == "" or (before in _TITLES and between.strip() == "."))
        bare = _POSSESSIVE.sub("", _fold(match.group(0))).replace("’", "'")
        word = _Word(match.group(0), match.start(), match.end(), bare, bare in ordinary, match.group(0)[0].isupper()
                     and not first, after_kin)  # fmt: skip
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


def _after_kin(span: list[_Word]) -> bool:
    """Words right after a kin word or title that may be its name heard as ordinary words: the first is not a
    word the sentence goes on with ("my uncle was"), and none is a kin word itself."""
    return span[0].after_kin and span[0].bare not in _GOES_ON and not any(w.bare in _KIN for w in span)


def _score(letters: str, key: str, name: tuple[str, str], least: tuple[float, float], rule: SnapRule) -> float | None:
    """How alike ``letters`` (sounding ``key``) and a name (its key, its letters) are, or None below ``least``
    (sound, spelling).

    A key that is the name's own, of ``rule.same_key`` sounds or more, lowers the spelling asked to
    ``rule.same_sound_spelling``: the same sounds spelled otherwise ("Tuxen" for Tucson)."""
    name_key, name_letters = name
    sound_least, spelling_least = least
    if key == name_key and len(key) >= rule.same_key:
        spelling_least = min(spelling_least, rule.same_sound_spelling)
    if not _near(letters, name_letters, spelling_least) or not _near(key, name_key, sound_least):
        return None  # lengths too far apart for the similarity asked: no distance to compute
    sound = similarity(key, name_key)
    if sound < sound_least:
        return None
    spelling = similarity(letters, name_letters)
    return sound + spelling if spelling >= spelling_least else None


def _best(scores: Iterable[tuple[float, int, str]]) -> tuple[int, str] | None:
    """The (size, name) of the best score, or None when two names score the same (no guess)."""
    best: tuple[float, int, str] | None = None
    tie = False
    for score, size, name in scores:
        if best is None or score > best[0] + 1e-9:
            best, tie = (score, size, name), False
        elif abs(score - best[0]) <= 1e-9 and name != best[2]:
            tie = True
    return None if best is None or tie else best[1:]


def _span_scores(run: list[_Word], i: int, keys: dict[str, tuple[str, str]], exact: dict[str, str], rule: SnapRule):
    """Each (score, size, name) of the spans of ``run`` starting at ``i`` that may be a name."""
    for size in range(1, rule.max_words + 1):
        span = run[i : i + size]
        if len(span) < size or any(w.bare in exact or w.bare.removesuffix("s") in exact for w in span):
            break  # a name heard right stays (in the name's case), and nothing is added to it
        if span[0].bare in _KIN:
            break  # a title or kin word is heard right: the name is what follows it ("Mr Lee" is not Tralee)
        if _eligible(span):
            least = (rule.sound, rule.spelling)
        elif _after_kin(span):
            least = (rule.kin_sound, rule.kin_spelling)
        else:
            continue
        letters = re.sub(r"[^a-z]", "", "".join(w.bare for w in span))
        key = sound_key(letters)
        for name, name_sounds in keys.items():
            score = _score(letters, key, name_sounds, least, rule)
            if score is not None:
                yield score, size, name


def _merged(word: _Word, keys: dict[str, tuple[str, str]], rule: SnapRule) -> str | None:
    """ "Cousin Oluwaseun" for "Kazenolwaseun": an unusual word that begins with a kin word's sounds and goes
    on with a name's (the name part asked ``rule.merged_spelling``), or None."""
    if word.ordinary:
        return None
    letters = re.sub(r"[^a-z]", "", word.bare)
    scores: list[tuple[float, int, str]] = []
    kin_for: dict[str, str] = {}
    for j in range(2, len(letters) - rule.min_letters + 1):
        kins = _KIN_BY_KEY.get(sound_key(letters[:j]))
        rest = letters[j:]
        if not kins or rest in ordinary_words():
            continue
        kin = max(kins, key=lambda k: similarity(letters[:j], k))  # "ant": aunt rather than auntie
        rest_key = sound_key(rest)
        for name, name_sounds in keys.items():
            score = _score(rest, rest_key, name_sounds, (rule.sound, rule.merged_spelling), rule)
            if score is not None:
                scores.append((score, j, name))
                kin_for[f"{j} {name}"] = kin
    found = _best(scores)
    if found is None:
        return None
    j, name = found
    return f"{kin_for[f'{j} {name}'].capitalize()} {name}"


def snap(text: str, names: Iterable[str], rule: SnapRule = SnapRule()) -> str:
    """``text`` with each span that sounds like one of ``names`` replaced by that name (see the module doc)."""
    wanted = targets(names, rule)
    if not text or not wanted:
        return text
    exact = {_fold(w): w for w in wanted}
    keys = {w: (sound_key(w), re.sub(r"[^a-z]", "", _fold(w))) for w in wanted}
    replacements: list[tuple[int, int, str]] = []
    for run in _runs(text):
        i = 0
        while i < len(run):
            found = _best(_span_scores(run, i, keys, exact, rule))
            if found is None:
                merged = None if run[i].bare in exact else _merged(run[i], keys, rule)
                if merged is not None:
                    possessive = _POSSESSIVE.search(run[i].text)
                    replacements.append(
                        (run[i].start, run[i].end, merged + (possessive.group(0) if possessive else ""))
                    )
                elif run[i].bare in exact:
                    end = run[i].start + len(_POSSESSIVE.sub("", run[i].text))
                    replacements.append((run[i].start, end, exact[run[i].bare]))
                i += 1
                continue
            size, name = found
            span = run[i : i + size]
            possessive = _POSSESSIVE.search(span[-1].text)
            # the possessive's s may be the name's own last letter, misplaced: "the Henderson's" is the Hendersons
            own_s = possessive is not None and _fold(name) == re.sub(r"[^a-z]", "", _fold(span[-1].text))
            suffix = possessive.group(0) if possessive and not own_s else ""
            replacements.append((span[0].start, span[-1].end, name + suffix))
            i += size
    for start, end, name in reversed(replacements):
        text = text[:start] + name + text[end:]
    return text
