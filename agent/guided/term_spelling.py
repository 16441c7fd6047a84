"""One term in another spelling, for the quiz grader: accents, a compound's hyphen or space, a Latin/Romance form.

A learner writes the term as they know it: "Fêmur" (accents folded: femur), "dead-heading" or "dead heading"
(a compound joined or split: deadheading), "clavícula", "húmero", "esterno" (the same stem with a Latin or
Romance ending, or the Iberian "e" before "s" + consonant: clavicle, humerus, sternum). The stem must be long
(at least :data:`_STEM` letters and two thirds of the term), so short or near terms stay apart: "tibia" is no
"fibula", "ileum" no "ilium", "una" no "ulna", "humerus" no "femur"; and an ending is read only against its own
counterpart (:data:`_SAID_FOR`), never two genders ("hermana" for "hermano") nor an element's oxide ("magnesia").
English and American spellings are one ("fibre", "fiber"); an accent of the expected word's own language is said
("año" is no "ano"); a small function word never joins the next ("not able" is no "notable"). Names (a capital in
the expected answer) are never read so: "Antonia" is not "Antonio".
"""

from __future__ import annotations

import itertools
import re
import unicodedata

_STEM = 5
# A prefix that turns a term into its opposite, left as a word of its own once the hyphen is gone ("counter-clockwise",
# "anti clockwise", "contra-rotating" are no "clockwise", "rotating"), before the expected words in a normalised answer
OPPOSED = re.compile(r"(?:^|\s)(?:anti|counter|contra)\s$")
# The endings a term's ending (as expected, in English or Latin) is said with in Latin or a Romance language:
# "clavic-le" said "clavic-ula", "-ule", "-ola", "humer-us" said "humer-o", "stern-um" said "stern-o",
# "vertebr-a" said "vertebr-ae"/"-as", "fructos-e" said "fructos-a", "osmos-is" said "osmos-e". Only these pairs:
# never two Romance genders ("hermano"/"hermana", "caballo"/"caballa"), an element for its oxide or salt
# ("magnesium"/"magnesia", "ammonium"/"ammonia"), a Latin singular for another word ("stratus"/"stratum").
_SAID_FOR = {
    "le": ("les", "ula", "ulo", "ule", "ola", "olo", "ulum", "ulus"),
    "les": ("ulas", "ulos", "ules", "olas", "olos", "ulae", "uli"),
    "ula": ("ola", "ule", "le"),
    "ulae": ("olas", "ulas", "ules", "les"),
    "ulus": ("ulo", "olo", "ule", "le"),
    "ulum": ("ulo", "olo", "ule", "le"),
    "us": ("o", "i"),
    "i": ("os", "us"),
    "um": ("o", "on"),
    "a": ("ae", "as"),
    "ae": ("as", "es", "a"),
    "e": ("es", "a", "o"),
    "es": ("as", "os"),
    "is": ("e", "es"),
    "in": ("ina",),
}
# English and American spellings of one word, folded to one ("oesophagus", "haemoglobin", "fibre", "tumour",
# "fertiliser", "sulphur", "aluminium", "apnoea": "esophagus", "hemoglobin", "fiber", "tumor", "fertilizer",
# "sulfur", "aluminum", "apnea"); a word of five letters or more only, and "oe" only where the Greek or Latin
# root has it, so "canoes" is no "canes", "poets" no "pets".
_US_UK = (
    (re.compile(r"(?<=[^aeiou])ae(?=[a-z])|^ae(?=[^aeiou])"), "e"),
    (
        re.compile(
            r"^oe(?=[^aeiou])|(?<=rh)oe|(?<=^f)oe(?=t)|(?<=c)oe(?=l)|(?<=hom)oe(?=o)|(?<=man)oe(?=uv)|(?<=pn)oe(?=as?$)"
        ),
        "e",
    ),
    (re.compile(r"(?<=[^aeiou])re(?=s?$)"), "er"),
    (re.compile(r"(?<=[^aeiou])our(?=s?$|ed$|ing$|ite|ous)"), "or"),
    (re.compile(r"(?<=[a-z]{2})is(?=e|ed$|es$|er|ing$|ation)"), "iz"),
    (re.compile(r"(?<=[a-z]{2})ys(?=e$|ed$|es$|er|ing$)"), "yz"),
    (re.compile(r"sulph"), "sulf"),
    (re.compile(r"inium(?=s?$)"), "inum"),
)
# A word of a few letters that never makes one term with the next ("not able" is no "notable", "in sight" no
# "insight", "now here" no "nowhere").
FUNCTION_WORDS = frozenset(
    "a an the not no nor in on at to of by for from with into onto now then any some every each all one it is "
    "as or and but if so be we he she me my you your her his our their them they up".split()
)
_PROTHESIS = re.compile(r"^es(?=[^aeiou])")
_DOUBLE = re.compile(r"(.)\1")


# A mark that makes another word of the expected answer's own language ("año" is no "ano", "schön" no "schon",
# "où" no "ou"): a tilde, a diaeresis or a grave accent. An acute or circumflex is folded ("Reykjavík").
_OWN_MARKS = frozenset("\u0303\u0308\u0300")


def marks_said(answer: str, target: str) -> bool:
    """Whether each word of ``target`` (the expected answer as written) carrying a mark of :data:`_OWN_MARKS`
    is said with it where it is said at all: "Ano." is no "año"; "Fêmur" is "femur" (the marks of the
    learner's side are folded)."""
    marked = [w for w in re.findall(r"\w+", target.lower()) if _OWN_MARKS & set(unicodedata.normalize("NFD", w))]
    if not marked:
        return True
    said = re.findall(r"\w+", unicodedata.normalize("NFC", answer.lower()))
    own = [unicodedata.normalize("NFC", w) for w in marked]
    return not any(fold(w) in {fold(m) for m in own} and w not in own for w in said)


def fold(text: str) -> str:
    """``text`` with its accents taken off ("Fêmur" → "Femur", "clavícula" → "clavicula"); other marks kept
    ("m²", "½" stay as written: only combining accents go)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _endings(word: str) -> dict[str, str]:
    """Each ending of ``word`` read in :data:`_SAID_FOR` (or said for one) with the stem before it, double
    letters single ("patella" → "patel" + "a")."""
    found = {end for end in _SAID_FOR if word.endswith(end)}
    found |= {end for ends in _SAID_FOR.values() for end in ends if word.endswith(end)}
    return {end: _DOUBLE.sub(r"\1", word[: -len(end)]) for end in found if len(word) > len(end)}


def us_uk(word: str) -> str:
    """``word`` with its English or American spelling folded (:data:`_US_UK`)."""
    for pattern, plain in _US_UK:
        word = pattern.sub(plain, word)
    return word


def same_term(said: str, term: str) -> bool:
    """Whether the word ``said`` is the word ``term`` (both lower case, accents folded) in another spelling:
    English or American (:func:`us_uk`), or a Latin or Romance form, the stem of :data:`_STEM` letters or more
    and two thirds of the term, the term's ending said as one of :data:`_SAID_FOR` or as the same ending."""
    if said == term or len(term) < _STEM or len(said) < _STEM:
        return said == term
    if us_uk(said) == us_uk(term):
        return True
    if said in _OWN_SENSE_PLURALS or _english_plural(said, term):
        return said not in _OWN_SENSE_PLURALS
    if not _PROTHESIS.match(term):
        said = _PROTHESIS.sub("s", said)
    if said == term:
        return True
    least = max(_STEM, -(-2 * len(term) // 3))
    own = _endings(said)
    return any(
        len(stem) >= least and any(own.get(end) == stem for end in (ending, *_SAID_FOR.get(ending, ())))
        for ending, stem in _endings(term).items()
    )


# Plurals with a sense of their own, that are no more the singular term ("customs" is no custom, "spirits" no spirit,
# "securities" no security, "braces" no brace): never the term in another spelling either ("premises", "futures").
_OWN_SENSE_PLURALS = frozenset(
    """customs manners spirits damages glasses spectacles quarters letters grounds papers minutes greens colours
    colors forces lights honours honors irons shorts waters contents returns savings remains goods arms means
    effects pains regards terms works bitters securities braces draughts drafts premises futures shingles hives
    lees darts stocks fines odds drawers humanities specs times troops clothes""".split()
)


def _english_plural(said: str, term: str) -> bool:
    """``said`` is the English plural of the one word ``term`` ("tannins" for tannin, "proteins", "batteries",
    "boxes"), never a plural with a sense of its own (:data:`_OWN_SENSE_PLURALS`)."""
    if said in _OWN_SENSE_PLURALS:
        return False
    plurals = {term + "s"}
    if term.endswith(("s", "x", "z", "ch", "sh")):
        plurals = {term + "es"}
    elif term.endswith("y") and term[-2:-1] not in set("aeiou"):
        plurals = {term[:-1] + "ies"}
    return said in plurals


def spelled_as(said: str, wanted: str, target: str) -> str:
    """``said`` (normalised) with the words that spell a word of ``wanted`` (the expected answer normalised;
    ``target`` as written) otherwise written as that word: two said words joined ("dead heading" for
    "deadheading"), one said word split ("deadheading" for "dead heading"), or a Latin/Romance form of a term
    (:func:`same_term`, never of a name: a word written with a capital in ``target``)."""
    terms = wanted.split()
    words = said.split()
    joined = {a + b: f"{a} {b}" for a, b in itertools.pairwise(terms)}
    names = {w.lower() for w in re.findall(r"\b[A-Z]\w*", fold(target))}
    out: list[str] = []
    n = 0
    while n < len(words):
        word = words[n]
        pair = {word, words[n + 1]} if n + 1 < len(words) else set()
        if pair and word + words[n + 1] in terms and word not in terms and not pair & FUNCTION_WORDS:
            out.append(word + words[n + 1])
            n += 2
            continue
        if word in joined:
            out.append(joined[word])
        elif word not in terms and not word.isdigit():
            out.append(next((t for t in terms if t not in names and same_term(word, t)), word))
        else:
            out.append(word)
        n += 1
    return " ".join(out)
