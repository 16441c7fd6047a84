"""How a practice item is told of by its work: a family of letters or notes named after the item ("the ba and her
sisters" for "The ba family"), and a telling of the item that is no doing of the speaker's now (put off to a later
day, shown by someone else, looked at and not begun), so a long answer about it is not read as done."""

from __future__ import annotations

import re

from agent.guided.lexicon import KIN, PERSON_NOUNS, TITLES
from agent.guided.name_words import sentences

# "The ba family", "Pe group", "the G set": an item named as a family of letters, notes or stitches.
_FAMILY_NAME = re.compile(r"^\W*(?:the\s+)?([^\W\d_][\w'’-]*)\s+(?:family|group|set|sisters|brothers)\W*$", re.I)
_KIN = r"(?:sisters?|brothers?|family|cousins?|siblings?|children|relatives|friends|kin)"


def family_of(name: str) -> str | None:
    """The pattern of the item's family as told ("the ba and her sisters", "ba with its cousins", "the ba's family",
    "ba and family"), for an item named "The ba family"; None for any other name."""
    named = _FAMILY_NAME.match(name)
    if named is None:
        return None
    head = re.escape(named.group(1))
    return (
        rf"\b{head}\s+(?:and|with|plus)\s+(?:(?:her|his|its|their|all\s+(?:her|his|its|their))\s+)?{_KIN}\b"
        rf"|\b{head}['’]s\s+{_KIN}\b"
    )


# Put off to a later day ("I will do tomorrow", "is next", "I'm going to start"), in the speaker's own words.
_LATER = re.compile(
    r"\b(?:i|we)\s*(?:'ll|will|shall|am\s+going\s+to|'m\s+going\s+to|'m\s+gonna|plan\s+to|want\s+to)\s+"
    r"(?:\w+\s+)?(?:do|make|write|draw|start|begin|try|practi[sc]e|play|copy|get\s+to)\b"
    r"|\b(?:is|are)\s+(?:next|still\s+to\s+come|for\s+tomorrow|waiting)\b",
    re.I,
)
# Shown or done by someone else ("the rabbi showed me", "Ustaz drew it on his paper").
_SHOWN = re.compile(
    r"\b(?!(?:i|we)\b)[^\W\d_]+\s+(?:showed|shows|demonstrated|wrote\s+out|drew\s+out)\s+(?:me|us)\b"
    r"|\bon\s+(?:his|her|their)\s+(?:own\s+)?(?:paper|page|sheet|board|copy)\b",
    re.I,
)
# Where the items are kept, no doing ("the ba and her sisters are on the next page of the book").
_KEPT = re.compile(
    r"\b(?:is|are)\s+(?:on|in)\s+(?:the|my|a|this|that)\s+(?:next\s+|last\s+|other\s+)?(?:page|book|sheet|board|list"
    r"|chart|folder|copybook)\b",
    re.I,
)
# Looked at, not begun ("I looked at them in the book but did not start").
_LOOKED = re.compile(r"\b(?:looked|read|studied)\s+(?:at\s+)?.{0,60}?\bbut\s+(?:did\s+not|didn'?t|never)\b", re.I)
# A doing of the speaker's, past or perfect ("I made", "I put", "I have written", "I drew", "I wrote").
_MADE = re.compile(
    r"\b(?:i|we)\s+(?:have\s+|'ve\s+)?(?:made|put|wrote|written|drew|drawn|did|done|finished|copied|cut|filled"
    r"|kept|sewed|sewn|knitted|played|threw|thrown|trimmed|glazed|fired|shaped|carved|painted|stitched|baked|built"
    r"|sanded|wove|woven|practi[sc]ed)\b"
    # the item's own doing said after it, in the speaker's list ("Four rows of alif, written.")
    r"|[,:]\s*(?:all\s+)?(?:written|drawn|copied|done|thrown|trimmed|glazed)\b(?!\s+(?:by|for)\b)",
    re.I,
)


def not_made(text: str) -> str | None:
    """The item told of with no doing of the speaker's now: "not_done" when put off or looked at and not begun,
    "unclear" when shown by someone else; a doing of the speaker's told beside a plan ("I made them all the same deep
    … the rest tomorrow") outweighs it."""
    if _LOOKED.search(text):
        return "not_done"
    if _MADE.search(text):
        return None  # "Four rows of alif, written. Ustaz showed me on his paper first": the speaker's own doing
    if _SHOWN.search(text) or _KEPT.search(text):
        return "unclear"  # "… are on the next page of the book": where they are kept, no doing
    return "not_done" if _LATER.search(text) else None


# The work counted ("Four rows of them", "Three lines", "two pages"): what was made of the item, told by its amount.
_COUNTED = re.compile(
    r"(?:^|[.!?;:,]\s*)(?:\w+\s+){0,2}?(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s+"
    r"(?:rows?|lines?|pages?|sheets?|columns?|rounds?|squares?|samples?|swatch(?:es)?)\b(?!\s+(?:more|to\s+go|left)\b)",
    re.I,
)


def by_work(text: str, own: re.Pattern[str]) -> bool:
    """The item (``own``: its name or a word only it holds) told of by what was made of it, in the speaker's past or
    perfect ("The alif. Four rows of them. Beside every one I put …", "I made them all the same deep"), with nothing
    saying it was not the speaker's doing now."""
    if not own.search(text) or not_made(text):
        return False
    return bool(_MADE.search(text) or _COUNTED.search(text))


# A step of work told by its participle after a stop or a comma, with what or how it was done ("…, stirred with the
# chopsticks", "Soaked in vinegar.", "then rinsed under the tap"): the speaker's work told without "I".
_STEP_DONE = re.compile(
    r"(?:(?:^|[.,;:])\s*|\b(?:and|then)\s+)(?:(?:and|then|all|each|every\s+one)\s+)*(?:[a-z]+ly\s+)?"
    r"(?!(?:need|used|called|named|interested|lived|stayed|listed|kept)\b)[a-z]{3,}ed\s+"
    r"(?:with|in|into|under|on|over|through|until|till|together|well|twice|three\s+times|by\s+hand)\b",
    re.I,
)


# A thing lying where it was put, no work ("Wrapped in paper in the fridge, waiting", "Stacked in the corner, covered
# with a sheet", "Kept in the cupboard for tomorrow"): a resting participle with where or till when it rests.
_STATE = re.compile(
    r"\b(?:wrapped|stacked|stored|kept|left|piled|packed|covered|hung|laid|lying|sitting|waiting)\b", re.I
)
_RESTS = re.compile(
    r"\b(?:waiting|resting|for\s+(?:later|tomorrow|now)|till\s+tomorrow|until\s+tomorrow|aside|away"
    r"|(?:in|on|under)\s+(?:the|a|my)\s+(?:fridge|freezer|corner|cupboard|shelf|box|drawer|shed|garage|sheet|bag|tin))\b",
    re.I,
)


def work_said(text: str) -> bool:
    """A doing of the speaker's told in the answer: "I made", "we sewed" (:data:`_MADE`) or a step's participle
    after a comma ("…, stirred with the chopsticks"), so the answer is a report of work; a sentence telling only where
    a thing rests is none."""
    worked = [s for s in sentences(text) if not (_STATE.search(s) and _RESTS.search(s))]
    return bool(_MADE.search(text) or any(_STEP_DONE.search(s) for s in worked))


# A participle of a verb: its irregular form, or the regular one ("planed", "kneaded", "chopped"/"choped").
_IRREGULAR = dict(
    w.split(":")
    for w in """make:made do:done sew:sewn write:written draw:drawn cut:cut build:built spin:spun wind:wound weave:woven
    throw:thrown feed:fed lay:laid hang:hung grind:ground shake:shaken take:taken beat:beaten bind:bound split:split
    set:set put:put sweep:swept sing:sung run:run read:read knit:knitted""".split()
)
_PARTICIPLE = re.compile(
    r"\s*(?:(?:is|are|was|were|has\s+been|have\s+been|all|now)\s+)*(?:\w+ly\s+)?"
    r"(?!(?:need|us|call|nam|interest|want|suppos|meant)ed\b)(?:[a-z]{3,}ed|made|done|cut|sewn|woven|wound)\b",
    re.I,
)


def _participle(verb: str) -> str:
    verb = verb.lower()
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    return verb + (verb[-1] + "?" if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", verb) else "") + "ed"


def done_by_participle(text: str, name: str, own: re.Pattern[str]) -> bool:
    """The item told done by a participle without "I": its own verb's ("Stock made, strained into jars" for "Make
    the stock", "The warp is threaded" for "Thread the warp"), or a step's said right after its thing ("Stock strained
    into the jars", "Dough kneaded until smooth"); a thing only resting ("Stacked in the corner") is none."""
    verb = re.match(r"\W*([^\W\d_]+)", name)
    for said in sentences(text):
        if _STATE.search(said) and _RESTS.search(said):
            continue
        if verb and re.search(rf"\b{_participle(verb[1])}\b(?!\s+(?:by|for)\b)", said, re.I):
            return True
        if any(_PARTICIPLE.match(said, m.end()) for m in own.finditer(said)):
            return True
    return False


# A sentence told of someone else: opening (after "you know", "so", "and") with he or she, a person by kin or role
# ("my father", "our teacher") or a name doing what people do; never "they" (the items: "They were even, every one")
# nor the speaker's own things ("My strokes came out even", "My bow arm was tired").
_PERSONS = sorted({w for w in (*KIN, *PERSON_NOUNS, *TITLES) if w.isalpha()}, key=len, reverse=True)
_OTHERS_SENTENCE = re.compile(
    r"^\W*(?:(?:you\s+know|so|and|well|but|then)\W+)*(?:he|she|(?:my|his|her|our|their)\s+(?:old\s+|late\s+|own\s+)?"
    r"(?:" + "|".join(_PERSONS) + r")s?"
    r"|(?!(?:they|it|these|those|this|that|we|you|there|all|both|each|every|some)\b)"
    r"(?-i:[A-Z][a-z]+)(?=\s+(?:was|were|is|had|has|used|always|painted|made|worked|said|told)\b))\b",
    re.I,
)


def own_sentences(text: str) -> str:
    """The answer without its sentences told of someone else ("My father was a sign painter. He painted the names,
    fast fast."): how that went is theirs, no verdict on the item."""
    said = sentences(text)
    return " ".join(s for s in said if not _OTHERS_SENTENCE.match(s))


def work_told(text: str) -> bool:
    """The work told by what was made of it, after a wait or an excuse ("Sorry, one second. The alif, four rows, all
    clean"; "I wrote four"): a report, not a wait; a doing with no count is an errand ("Wait, I put the kettle on
    first")."""
    return bool(_COUNTED.search(text) or (_MADE.search(text) and _A_COUNT.search(text)))


_A_COUNT = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|all|every|\d+)\b", re.I)


# A close the person asks for now, besides tiredness: a duty to leave ("I must go now, the bus is coming", "I have
# to leave for work now") or the session ended by name ("let's end the session", "we can stop here").
_ENDS = re.compile(
    r"\b(?:i|we)\s*(?:must|have\s+to|'ve\s+got\s+to|need\s+to|got\s+to|gotta|should)\s+(?:go|leave|run|be\s+off"
    r"|head\s+off|stop|finish)\b(?=\s*(?:now\b|[.,;!]|$|home\b|out\b|to\s+(?:work|school|the\s+\w+)\b|for\s+\w+\b))"
    r"|\blet['’]?s\s+(?:end|stop|finish|close|wrap\s+up)\s+(?:the\s+session|here|now|for\s+(?:today|now|tonight))\b"
    r"|\b(?:end|stop|finish|close)\s+the\s+session\b|\b(?:we\s+)?can\s+(?:we\s+)?(?:stop|end)\s+(?:here|now)\b",
    re.I,
)


def ends_asked(text: str) -> bool:
    """A close asked for now in words other than tiredness (see :data:`_ENDS`); a partly told item is then not offered
    again: the end is the person's."""
    return bool(_ENDS.search(text))
