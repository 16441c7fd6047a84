"""A flaw an indicator says the work is without ("Bend straps without cracks", "Dumplings sealed with no cracks",
"A glaze free of bubbles"), told absent in the answer's own words ("not one crack", "never a bubble") or present
("half of them cracked"): moved out of ``records`` (near 80 KB) with the reading of "with no" and "free of"."""

from __future__ import annotations

import re

# A flaw an indicator says the work is without ("Stringer beads without undercut", "Bend straps without cracks",
# "A pot without air bubbles"), and a flaw said absent in the answer's own words: "no little ditch on the side of any
# of them", "not one crack", "never a bubble", "my fingernail never catches". The answer's flaw need not be the
# indicator's word: the learner tells the work clean as they see it.
_FLAWS = frozenset(
    """undercut undercuts crack cracks cracking porosity pores pinhole pinholes hole holes gap gaps bubble bubbles lump
    lumps defect defects flaw flaws blemish blemishes snag snags tear tears drip drips sag sags wobble wobbles warp
    warping slag spatter chip chips dent dents""".split()
)
_FLAW_ABSENT = re.compile(
    r"\b(?:no(?!\s+one\s+(?!of\b))|not\s+(?:a|one|any)|never\s+(?:a|one|any)|without\s+(?:a|any)|nor\s+(?:a|any))\s+"
    r"(?:[\w'’-]+\s+){0,2}?"
    r"(?:ditch(?:es)?|grooves?|notch(?:es)?|gaps?|holes?|pinholes?|cracks?|pits?|pores?|bubbles?|lumps?|marks?|chips?"
    r"|dents?|runs?|drips?|sags?|snags?|tears?|flaws?|defects?|blemish(?:es)?|undercuts?|porosity|slag|spatter)\b"
    r"|\b(?:never|doesn['’]t|didn['’]t|does\s+not|did\s+not|won['’]t)\s+(?:once\s+)?(?:catch|catches|caught|snag"
    r"|snags|snagged|crack|cracks|cracked|split|splits|sag|sags|sagged|drip|dripped|wobble|wobbled)\b"
    # "none of them cracked", "not one split in the pot", "not a single one burst", "nothing cracked"
    r"|\b(?:none|not\s+(?:one|a\s+single\s+one)|nothing|no\s+one)\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:ever\s+)?"
    r"(?:cracked|split|burst|broke|opened|leaked|tore|sagged|warped|chipped)\b",
    re.IGNORECASE,
)


# A flaw said present, where no "no", "not one", "never" says it absent (:data:`_FLAW_ABSENT` taken out first).
_FLAW_PRESENT = re.compile(
    r"\b(?:cracked|split|splits|crazed|sagged|collapsed|undercut|pitted|warped|bubbled|blistered|chipped|dented"
    r"|(?:lots|plenty|full|a\s+lot|many|some)\s+(?:of\s+)?(?:[\w'’-]+\s+)?(?:cracks|holes|bubbles|gaps|lumps|chips"
    r"|dents|pores|pinholes|drips|sags|spatter|undercut)|(?:every|each)\s+one\s+had\s+(?:them|it|one))\b",
    re.IGNORECASE,
)
_TO_COME = re.compile(
    r"\b(?:i|we|you)(?:['’]ll|\s+will|\s+shall)\b|\b(?:next\s+(?:week|time|month)|tomorrow)\b|\bgoing\s+to\b", re.I
)


WITHOUT = re.compile(r"\b(?:without|with\s+no|free\s+of)\s+(?:a\s+|an\s+|any\s+)?([\w'’]+)")


# The work told clean without naming a flaw: "you can't hear the join any more", "now it's smooth", "they came out
# seamless" (the learner says what they notice, not the indicator's word). Never of work to come (:data:`_TO_COME`).
_GONE = re.compile(
    r"\b(?:can(?:no|['’])t|cannot|don['’]t|do\s+not|couldn['’]t|could\s+not)\s+(?:hear|see|feel|notice|spot|find)\s+"
    r"(?:the|a|any|that)\s+(?:[\w'’-]+\s+){0,2}?(?:any\s*more|at\s+all|now)\b"
    r"|\b(?:now|it['’]s|it\s+is|they['’]re|they\s+are|came\s+out|come\s+out|comes\s+out|sounds?|feels?|looks?)\s+"
    r"(?:all\s+|completely\s+|totally\s+|perfectly\s+|really\s+|so\s+|nice\s+and\s+)?"
    r"(?:smooth|seamless|clean|even|flawless|spotless)\b",
    re.IGNORECASE,
)


def _own_absent(flaw: str) -> re.Pattern[str]:
    """The indicator's own flaw word said absent: "no bump", "not a single bump", "never a bump", "without bumps",
    "I didn't pause once" (a negation up to three words before it)."""
    stem = re.escape(flaw[:-1] if flaw.endswith("s") and len(flaw) > 3 else flaw)
    return re.compile(
        r"(?:\b(?:no|not|nae|none|never|without|nor|zero)|n['’]t)\s+(?:[\w'’-]+\s+){0,3}?"
        + stem
        + r"(?:s|es|ed|d|ing)?\b",
        re.IGNORECASE,
    )


def flaw_absent(aim: str, content: set[str], found: dict[str, str | None], sentences: list[str]) -> dict[str, str]:
    """The flaw an indicator's work is without, told absent in the answer's own words (:data:`_FLAW_ABSENT`, the
    indicator's own flaw word denied, or the work told clean, :data:`_GONE`). A flaw word of the indicator told
    present ("still a bump every time") is taken out of ``found``: it never meets "with no bump"."""
    point = WITHOUT.search(aim.lower())
    flaw = point.group(1) if point else None
    if flaw is None or flaw not in content:
        return {}
    own = _own_absent(flaw)
    if flaw in found:
        said = found[flaw] or ""
        # "but half of them cracked", "still a bump every time": told present, never met ("with no cracks"); a flaw
        # outside :data:`_FLAWS` only when its own word is said (a kindred word, "never stopped once", tells it absent)
        named = flaw in _FLAWS or re.search(r"\b" + re.escape(flaw.rstrip("s")), said, re.IGNORECASE)
        if said and named and not _FLAW_ABSENT.search(said) and not own.search(said):
            del found[flaw]
        return {}
    # a flaw said present anywhere ("then they all split", "this one cracked all three") undoes any absence
    if any(_FLAW_PRESENT.search(_FLAW_ABSENT.sub(" ", s)) for s in sentences):
        return {}
    # absent in a report of work done, not of work to come ("we'll throw them next week, no cracks to show you")
    absent = _FLAW_ABSENT if flaw in _FLAWS else own
    sentence = next((s for s in sentences if absent.search(s) and not _TO_COME.search(s)), None)
    # told clean only of the work the indicator names: in a sentence telling another of its words, or the next one
    # ("…where the bellows turn. Now it's smooth."), never a room "clean now" after the glazing
    told = {s for s in found.values() if s}
    near = [s for i, s in enumerate(sentences) if s in told or (i and sentences[i - 1] in told)]
    sentence = sentence or next((s for s in near if _GONE.search(s) and not _TO_COME.search(s)), None)
    return {flaw: sentence} if sentence else {}
