"""A term said as its cousin in another language, word by word from its roots, or clipped, for the quiz grader.

Kept apart from grading.py (at its size limit). A learner who studied a craft or a science in another language
answers with the term they know, and a tutor marks it right when it names the same thing:

* its cognate, spelt the way that language spells it: K for C, Z for a soft C, F for PH, T for TH, I for Y, single
  letters for double, no final E ("Kasein" for casein, "Kalzium" for calcium, "Glukose" for glucose, "Zellulose"
  for cellulose, "Biologie" for biology); both words of five letters or more, and the
  same word once folded, by a letter for a letter (never a plural, an accent, a double letter or an ending alone:
  those are :mod:`agent.guided.term_spelling`'s): "keratin" is no casein, "pasta" no paste, "canoes" no
  canes, "signet" no cygnet, "diner" no dinner; nor T for TH or I for Y alone, English pairs as often ("tread"
  is no thread, "style" no stile), though "Teori" (both) and "Biologie" (I and an E) are cousins;
* a chemistry name of Latin or Greek root said by its root in plain words, as German, Dutch and the Nordic
  languages name it ("milk acid", "Milchsäure", "melkzuur" for lactic acid; "fruit sugar" for fructose; "vinegar
  acid" for acetic acid): :data:`_ROOTS`, one root a line; another root ("lemon acid" for lactic acid) stays wrong;
* a microbe's generic name clipped to its head before the word of its kind, as people in the trade say it ("the
  Propioni" for Propionibacterium, "Staph" for Staphylococcus, "Strep" for Streptococcus, "Lacto" for
  Lactobacillus): the head said to five letters or more and three fifths of it, and the rest of the name a kind
  of microbe (-bacterium, -coccus, -bacillus, -monas, -myces ...); a clipping of a suffix only ("Salmon" for
  Salmonella) or another word ("Propane") stays wrong.

:func:`cognates_as_asked` writes the word said as the expected one, so the grader reads it as it reads the expected
term (denied, offered beside another, corrected); never a word the question itself says.
"""

from __future__ import annotations

import re

from agent.guided.answer_wordings import wordings
from agent.guided.term_spelling import fold

# --- cognate spellings -------------------------------------------------------------------------------------------
_FOLDS = (
    ("ä", "a"),
    ("ö", "o"),
    ("ü", "u"),
    ("ß", "s"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("itat", "iti"),
    ("c(?=[eiy])", "z"),  # soft C, which German writes Z ("Zellulose"); never S ("signet" is no cygnet)
    ("c", "k"),
    ("q", "k"),
    ("y", "i"),
    (r"(.)\1", r"\1"),
)


_DOUBLE = re.compile(r"(.)\1")


def _folded(word: str) -> str:
    """A word as its cognates share it (see the module): "Kasein" and "casein" → "kasein"."""
    plain = word.lower()
    for before, after in _FOLDS:
        plain = re.sub(before, after, plain)
    return _ends(fold(plain))


def _ends(word: str) -> str:
    """``word`` without a final E, nor a final A after six letters ("-in"/"-ine", "proteína")."""
    word = re.sub(r"e$", "", word)
    return re.sub(r"a$", "", word) if len(word) >= 7 else word


def _slip(word: str) -> str:
    """``word`` as a slip of spelling leaves it: no accents, single letters for double, no final E or A. Two words
    alike so are left to :mod:`agent.guided.term_spelling` ("Silicone." for silicon, "Schon." for schön)."""
    return _ends(_DOUBLE.sub(r"\1", fold(word.lower())))


# T for TH and I for Y, each alone, part English words as often as they spell a cousin ("tread" for thread, "through"
# for trough, "style" for stile): either needs another mark of the other language (K, Z, F, the other one, an ending).
_ENGLISH_PAIRS = (("th", "t"), ("y", "i"))


def _english_pair(said: str, wanted: str) -> bool:
    """``said`` and ``wanted`` differ by T for TH alone, or by I for Y alone (see above)."""
    said, wanted = (_DOUBLE.sub(r"\1", fold(word.lower())) for word in (said, wanted))
    return any(re.sub(before, after, said) == re.sub(before, after, wanted) for before, after in _ENGLISH_PAIRS)


def _cognate(said: str, wanted: str) -> bool:
    return (
        len(said) >= 5
        and len(wanted) >= 5
        and said.lower() != wanted.lower()
        and said[0].lower() in ("c", "k", "s", "z", "f", "p", "t", "y", "i", wanted[0].lower())
        and _folded(said) == _folded(wanted)
        and _slip(said) != _slip(wanted)  # a letter for a letter (K for C ...), never an ending or a double alone
        and not _english_pair(said, wanted)
    )


# --- names said by their roots -------------------------------------------------------------------------------------
# One root a line: the Latin or Greek stem of the name, then its plain words (English, German, Dutch, Swedish).
_ROOTS = """
lact|milk|milch|melk|mjölk|mælk
citr|lemon|citrus|zitronen|zitrone|citroen|citron
acet|vinegar|essig|azijn|ättik|eddike
mal|apple|apfel|appel|äpple|æble
form|ant|ameisen|mieren|myr
tartar|wine|wein|wijn|vin
butyr|butter|boter|smör|smør
ur|urine|harn|urin
oxal|sorrel|clover|klee|zuring
fruct|fruit|frucht|vrucht|frukt
gluc|grape|trauben|druiven|druv|drue
malt|malt|malz|mout
hydrochlor|salt|salz|zout
sulfur|sulphur|schwefel|zwavel|svavel
"""
_ROOT_WORDS = {line.split("|")[0]: line.split("|")[1:] for line in _ROOTS.strip().splitlines()}  # stem → plain words
# The kinds a root is named with: "-ic acid" and "-ose" (a sugar), in the same languages.
_ACID = ("acid", "säure", "saure", "zuur", "syra", "syre")
_SUGAR = ("sugar", "zucker", "suiker", "socker", "sukker")
_KIND_OF = {"acid": _ACID, "ose": _SUGAR}


def _calques(target: str) -> list[str]:
    """The plain-word names of a chemistry name of Latin root (``target`` "lactic acid" → "milk acid",
    "milchsäure", "melkzuur" …); none for another name."""
    plain = target.strip().lower()
    acid = re.fullmatch(r"(?P<root>[a-z]+?)(?:ic|ous)\s+acid", plain)
    sugar = re.fullmatch(r"(?P<root>[a-z]+?)ose", plain)
    found = acid or sugar
    if found is None:
        return []
    words = _ROOT_WORDS.get(found.group("root")) or _ROOT_WORDS.get(found.group("root").rstrip("i"))
    if not words:
        return []
    kinds = _KIND_OF["acid" if acid else "ose"]
    return [f"{w} {kinds[0]}" for w in words if w.isascii()] + [f"{w}{kind}" for w in words for kind in kinds[1:]]


# --- clipped generic names -----------------------------------------------------------------------------------------
_MICROBE_KINDS = re.compile(
    r"(?:bacterium|bacteria|bacter|bacillus|bacilli|coccus|cocci|monas|myces|plasma|spira|spirillum|vibrio|virus)$"
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _clipped(said: str, wanted: str) -> bool:
    """``said`` is ``wanted``, a microbe's generic name, clipped to its head (see the module)."""
    said, wanted = said.lower(), wanted.lower()
    kind = _MICROBE_KINDS.search(wanted)
    if kind is None or len(said) < 5 or not wanted.startswith(said):
        return False
    head = wanted[: kind.start()]
    head = re.sub(r"(?:o|i|ylo|to)$", "", head) if len(head) > 6 else head  # "strepto", "staphylo" → "strep"
    return len(head) >= 5 and len(said) >= 0.6 * len(head) and len(said) <= kind.start() + 1


def cognates_as_asked(answer: str, expected: tuple[str, ...] | list[str], prompt: str | None = None) -> str:
    """``answer`` with a cognate, a name by its roots or a clipped generic name of an expected term written as
    that term (see the module); never a word the question says."""
    asked = {w.lower() for w in _WORD.findall(fold(prompt or ""))}
    for target in expected:
        for wording in wordings(target):
            for calque in _calques(wording):
                if calque not in (prompt or "").lower():
                    pattern = r"(?<![\w-])" + re.escape(calque).replace(r"\ ", r"[\s-]+") + r"(?![\w-])"
                    answer = re.sub(pattern, wording, answer, flags=re.IGNORECASE)
            for wanted in _WORD.findall(wording):

                def swap(found: re.Match[str], wanted: str = wanted) -> str:
                    word = found.group()
                    if word.lower() in asked:
                        return word
                    return wanted if _cognate(word, wanted) or _clipped(word, wanted) else word

                answer = _WORD.sub(swap, answer)
    return answer
