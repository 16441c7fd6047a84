"""What the teller says is still left to tell ("I'm not done with Kegen", "I haven't finished, there is still how he
wrote to Mamm"), so that it is asked about by name.

Kept apart from ``story`` (the planner): it reads only the answer and what was told before it.
"""

from __future__ import annotations

import re

from agent.guided.lexicon import KIN, NOT_NAMES, TITLES
from agent.guided.names import FEMALE, MALE

# What the teller says is left to tell, now: "I am not done with the island, the anchor also" (the thing added
# last is what is left), "we're not finished with Kerbez", "I haven't finished about the eye"; never told of the
# past ("we were not finished with the harvest till October") nor of someone ("I'm not done with him"). A word of
# time after it is no part of it ("the farm yet", "Kegen just now").
_THING_SAID = (
    r"(?:(?:the|my|our|his|her|their)\s+[^.?!;:,\n]{1,30}?|(?-i:[A-ZÀ-Þ])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]+)?)"
)
_LEFT_TO_TELL = re.compile(
    r"\b(?:(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:done|finished|through)"
    r"|(?:i|we)\s+(?:haven['’]t|have\s+not|didn['’]t|did\s+not)\s+(?:yet\s+)?finish(?:ed)?)\s+(?:yet\s+)?(?:with|about)\s+"
    rf"(?P<subject>{_THING_SAID})(?:\s*,\s*(?P<also>{_THING_SAID})\s+(?:also|too|as\s+well))?"
    r"(?:\s+(?:just\s+)?(?:yet|now|still|either|already|today|anymore|any\s+more))?\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
# The telling goes on, told of then: a verb of the past in what follows ("We had cows.", "Dad painted her blue").
_TOLD_THEN = re.compile(
    r"\b(?:was|were|had|did|used\s+to|would|went|came|got|made|took|gave|saw|sat|ran|kept|left|brought|told"
    r"|knew|[a-z]{3,}(?<!e)(?<!hundr)ed)\b",
    re.IGNORECASE,
)
# The thing is of now, not of the telling: still going on or to come ("it's still broken", "she still rings every
# day", "two more rounds", "next week"), or the listener asked to wait for it ("give me a second", "hang on"), with
# nothing told of then beside it.
_OF_NOW = re.compile(
    r"\b(?:still|nowadays|these\s+days|every\s+(?:day|week|morning|night)|any\s*more|next\s+(?:week|month|year)"
    r"|(?:one|two|three|four|five|six|a\s+few|some)\s+more\s+(?:\w+\s+)?(?:rounds?|sessions?|weeks?|days?|months?"
    r"|goes|doses?|sips?|bites?|minutes?)|to\s+go\b|give\s+me\s+(?:a|one|two)\s+(?:second|sec|minute|min|moment"
    r"|tick)|hang\s+on|hold\s+on|one\s+(?:second|moment|minute)|just\s+a\s+(?:second|sec|minute|moment))",
    re.IGNORECASE,
)

# … unless what is of now is the subject of the telling lasting to this day: still there, standing, held in the
# family, gone back to ("The farm is still in the family", "We still go back every summer", "She's still in the
# harbour to this day"); never a trouble or a task of now ("it's still broken", "still rings every day").
_LASTS = re.compile(
    r"\bto\s+this\s+(?:day|very\s+day)\b|\bin\s+the\s+family\b|\bstill\s+(?:(?:be|is|are|['’]s|['’]re)\s+)?"
    r"(?:there|standing|stands|stand|ours|theirs|mine|afloat|going\s+strong|in\s+use)\b"
    r"|\bstill\s+(?:go|goes|went|get|gets|come|comes|drive|drives|sail|sails|walk|walks)\s+(?:back|over|out)\b"
    r"|\b(?:go|goes|get|gets|come|comes)\s+back\s+(?:there\s+)?still\b",
    re.IGNORECASE,
)


def left_to_tell(text: str, told: tuple[str, ...] = ()) -> str | None:
    """What the teller names as still to tell (:data:`_LEFT_TO_TELL`), or None. Only a subject of the telling:
    named again in this answer or in ``told`` (the earlier answers, the topics, the question), or told of then in
    what follows; never a thing of now ("I'm not finished with my tea, give me a second", "the washing machine,
    it's still broken", "the chemo, two more rounds": :data:`_OF_NOW` in the sentence after)."""
    if (left := _LEFT_TO_TELL.search(text)) is None:
        return None
    subject = (left.group("also") or left.group("subject")).strip()
    after = text[left.end() :]
    said_next = re.split(r"(?<=[.!?])\s+", after.strip())[0]  # the rest of its sentence, or the next one
    rest = f"{text[: left.start()]} {after}"
    heads = {(left.group("subject") or "").split()[-1], subject.split()[-1]} - {""}
    named = any(re.search(rf"(?<![\w'’]){re.escape(h)}(?!\w)", said, re.I) for h in heads for said in (rest, *told))
    if _OF_NOW.search(said_next) and not _TOLD_THEN.search(said_next) and not (named and _LASTS.search(said_next)):
        return None
    return subject if named or _TOLD_THEN.search(after) else None


# The teller not finished, said of the telling now: "I haven't finished", "I'm not done yet", "we're not through"
# (never finishing a thing or a task: "I haven't finished my tea", "the book", "the washing up", "eating"; the story
# or the telling stays: "I'm not done with my story")
_NOT_FINISHED = re.compile(
    r"\b(?:(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:done|finished|through)"
    r"|(?:i|we)\s+(?:still\s+)?(?:haven['’]t|have\s+not)\s+(?:yet\s+)?finished)\b"
    r"(?!\s+(?:my|the|his|her|our|their|your|this|that|these|those|a|an)\s+(?!story\b|telling\b|tale\b)\w"
    r"|\s+(?!telling\b|talking\b)\w+ing\b)",
    re.IGNORECASE,
)
# … and what is still to come, named as a part of the telling just after it: "there is still how he wrote to Mamm",
# "there's still the part where we ran", "I still have to tell you when the boat came" (a clause of the story, never
# a thing of now: "I haven't finished, there is still my tea", "there is still the washing up")
_STILL_LEFT = re.compile(
    r"\b(?:there\s+is\s+still|there['’]s\s+still|still\s+there\s+is|(?:i|we)\s+still\s+(?:have|need|want)\s+to"
    r"\s+tell\s+(?:you\s+)?(?:about\s+)?)\s+(?P<subject>(?:how|when|why|where|what|who|the\s+(?:part|bit|day|night"
    r"|time|story)\s+(?:where|when|of|that|about))\b[^.!?;]{2,80}"
    # a thing, only after "not finished with" a subject of the telling: "I'm not finished with Gourin yet, there is
    # still the school" (never "I haven't finished my tea, there is still the biscuit")
    r"|(?P<thing>(?:the|my|our|his|her|their)\s+[^.!?;,]{1,30}?)(?=\s*(?:[.!?;,]|$)))",
    re.IGNORECASE,
)
# A name doing something, first in its sentence or clause: "Job danced", "Anna sent the money"
_DOER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=,\s)|(?<=\band\s))(?P<name>(?-i:[A-ZÀ-Þ])[\w'’-]+)\s+(?:[a-z]+ed|was|had|took|came|went"
    r"|sang|ran|said|made|wrote|gave|saw|held|told|brought|kept|sat|stood|knew|sent|met|got|put|left|found|fell|lost"
    r"|bought|sold|taught|caught|built|drove|rode|flew|spoke|wore|won|began|swam|threw|grew|drew|sold|paid|dug)\b"
)


def still_to_tell(text: str, people: tuple[tuple[str, str], ...] = ()) -> str | None:
    """What the teller, not finished, says is still to tell (:data:`_STILL_LEFT`), with "he" or "she" in it said as
    the one named last before it (``people``: the answer's people as (name, "he"/"she"/"they"), and a name doing
    something, :data:`_DOER`): "I haven't finished, there is still how he wrote to Mamm" after "Job danced all night"
    is how Job wrote to Mamm. None when the teller does not say they are not finished, in that sentence or the one
    before."""
    for left in _STILL_LEFT.finditer(text):
        start = max(text.rfind(c, 0, left.start()) for c in ".!?")
        before = max((text.rfind(c, 0, start) for c in ".!?"), default=-1) if start > 0 else -1
        if not _NOT_FINISHED.search(text, before + 1, left.start()):
            continue
        if left.group("thing") and not _LEFT_TO_TELL.search(text, before + 1, left.start()):
            continue
        subject = left.group("subject").strip().rstrip(",")
        pro = re.search(r"\b(he|she)\b", subject, re.IGNORECASE)
        if pro is not None and (name := _named_last(text[: left.start()], pro.group(1).lower(), people)):
            subject = subject[: pro.start()] + name + subject[pro.end() :]
        return subject
    return None


def _named_last(text: str, pro: str, people: tuple[tuple[str, str], ...]) -> str | None:
    """The one named last in ``text`` who may be "he" or "she" (``pro``)."""
    other = FEMALE if pro == "he" else MALE
    found: list[tuple[int, str]] = []
    for name, their in people:
        if their in (pro, "they") and (at := text.rfind(name)) >= 0:
            found.append((at, name))
    for doer in _DOER.finditer(text):
        name, low = doer.group("name"), doer.group("name").lower()
        if low in NOT_NAMES or low in KIN or low.rstrip(".") in TITLES or (low in other and low not in MALE & FEMALE):
            continue
        found.append((doer.start(), name))
    return max(found)[1] if found else None
