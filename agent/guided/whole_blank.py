"""A gap said whole: the teller does not remember a time or a happening at all, said plainly but with the weight of
it, so the gap is what the answer is about even after a story told around it (what others told of that night).

Kept apart from ``gaps`` (a thing named and not remembered, a detail gone said as a figure) because here nothing is
named as forgotten: the whole of it is. One of these with the teller's own "I don't / can't remember", in the present:

* the whole said in the clause: "I don't remember it at all", "I can't remember a thing", "I don't recall any of it",
  "I remember nothing of it", "I can't recall a thing of that winter", "I remember nothing of those months";
* a time said gone or blank, the whole of it: "It's all gone, that year.", "That whole winter is a blank.";
* "Nothing." (or "None of it.", "Not a thing.", "Blank.") said alone right after: "I can't remember. Nothing.";
* what is not there listed after it: "I don't remember it, not the water, not the house";
* what is not there listed before it: "How many months, what we ate there, who slept next to me... I can't remember."

Never a detail let go on the way to a memory ("I don't remember the bus number, but the driver…", "I don't remember
the year at all. We went in the spring…"), a memory told otherwise ("I don't remember it at all like that, it was
my brother who fell"), a gap turned at once to what is remembered ("I don't remember it at all,
but the smell of the bread I do"), a past failing told as an event ("at the exam I couldn't remember a thing"),
someone else's gap ("Mum doesn't remember any of it"), nor "I can't remember a thing like that ever happening".
"""

from __future__ import annotations

import re

from agent.guided.name_words import sentences

# A time pointed back to, the whole of it: "that winter", "those months", "that whole year", "those two years" (never
# "the maths lessons": a thing, not the time told; nor "those days", said of a world gone)
_TIME = r"(?:year|month|winter|summer|spring|autumn|night|week|journey|crossing|trip|time|period|voyage|march)s?"
_POINTED = (
    rf"(?:that|those|this|these)\s+(?:(?:whole|first|last|two|three|four|few|long|hard|terrible)\s+){{0,2}}{_TIME}"
)
_NOT = r"(?:don['’]?t|do\s+not|can['’]?t|cannot|can\s+not)"
# The teller's own gap, now: "I don't remember", "Me, I can't recall", or "can't remember." said bare
_OWN_GAP = re.compile(
    rf"(?:\b(?:i|we)\s+(?:really\s+|just\s+|honestly\s+|truly\s+|simply\s+)?{_NOT}|(?:^|[,.…—–]\s*){_NOT})"
    r"\s+(?:really\s+|even\s+)?(?:remember|recall|recollect)\b(?P<rest>[^.!?;]*)",
    re.IGNORECASE,
)
# The whole said in the gap's own clause: "it at all", "a thing", "any of it", "one single thing", "anything of it"
_WHOLE = re.compile(
    r"^\s*(?:(?:it|that|them|any\s+of\s+(?:it|that|them))\s+)?(?:at\s+all|one\s+bit)\b"
    # (never remembered otherwise: "I don't remember it at all like that", "… the way my sister tells it")
    r"(?!\s*,?\s*(?:like\s+that|like\s+this|that\s+way|the\s+(?:same\s+)?way|as\s+(?:she|he|they|you)\b|so\b))"
    r"|^\s*(?:a\s+(?:single\s+)?thing|one\s+(?:single\s+)?thing|any\s+of\s+(?:it|that|them)|anything(?:\s+(?:of|about)"
    r"\s+(?:it|that|them))?)(?!\s+(?:like|else|special|much)\b)(?:\s*(?:[,.…—–]|$)|\s+(?:at\s+all|now|any\s*more|of\s+it)\b"
    r"|\s+(?:of|about|from)\s+" + _POINTED + r"\s*(?:[,.!…—–]|$))",
    re.IGNORECASE,
)
# "I remember nothing of it", "I remember nothing at all", "we remember none of it"
_NOTHING_HELD = re.compile(
    r"\b(?:i|we)\s+(?:really\s+|honestly\s+)?(?:remember|recall)\s+(?:nothing|none\s+of\s+it|not\s+a\s+thing)"
    r"(?:\s+(?:of|about)\s+(?:it|that|them)|\s+at\s+all|\s+(?:of|about|from)\s+" + _POINTED + r")?\s*(?:[,.!…—–]|$)",
    re.IGNORECASE,
)
# Said alone after it: "Nothing.", "Nothing at all.", "None of it.", "Not a thing.", "Blank."
_ALONE = re.compile(
    r"^(?:(?:no|nothing|none)\s*[,.…]\s*)?(?:nothing(?:\s+at\s+all)?|none\s+of\s+it|not\s+a\s+(?:thing|bit)|blank"
    r"|all\s+blank|empty)\s*[.!…]+$",
    re.IGNORECASE,
)
# Things listed as not there, after it: ", not the water, not the house"
_NOT_LISTED = re.compile(r"^[^,]*,\s*not\s+(?:the|a|an|my|our|his|her|their|one)\s+\w+[^,]*,\s*(?:and\s+)?not\s+\w+")
# Things listed before it, then trailing off: "How many months, what we ate there, who slept next to me..."
_LISTED_BEFORE = re.compile(r",[^,]+,[^,]+(?:\.\.\.|…)\s*$")
# What is left of a detail, never the whole: "the year", "the bus number", "her name"
_DETAIL = re.compile(
    r"^\s*(?:the|his|her|their|its|my|our|that)\s+(?:\w+\s+)?(?:year|date|day|month|number|name|names|address|street"
    r"|price|time|age|order|word|words)\b",
    re.IGNORECASE,
)
# A time said gone or blank, the whole of it: "It's all gone, that year.", "It is a blank, those months.", "That
# whole winter is a blank.", "That year is gone from my head." (never "Those days are gone": a world gone, not a
# memory; nor "It's all gone now, the house was sold": no time pointed to)
_GONE_TIME = re.compile(
    r"^\W*(?:(?:it|that|all\s+of\s+it)(?:['’]s|\s+is|\s+has\s+gone)\s+(?:just\s+|all\s+|completely\s+)*(?:gone|a\s+blank"
    rf"|blank|empty)\s*[,—–]\s*{_POINTED}"
    rf"|{_POINTED}\s+(?:is|are)\s+(?:just\s+|all\s+|completely\s+)*(?:a\s+blank|blank|empty|gone\s+from\s+(?:me|my\s+"
    r"(?:head|mind|memory)))(?:\s+(?:now|for\s+me|to\s+me))?)\s*[.!…]*\s*$",
    re.IGNORECASE,
)
# Turned at once to what is remembered: "but the smell I do", "but I remember the bread", "but I can see her"
_BUT_HELD = re.compile(
    r"\bbut\b[^.!?]{0,60}?\b(?:(?:i|we)\s+(?:do|did|still\s+(?:do|have|see)|remember|recall|can\s+(?:still\s+)?(?:see|hear"
    r"|smell|remember)))\b",
    re.IGNORECASE,
)


def said_whole(text: str) -> bool:
    """The teller says they do not remember it at all (see the module)."""
    said = sentences(text)
    for at, sentence in enumerate(said):
        nxt = said[at + 1].strip() if at + 1 < len(said) else ""
        if _GONE_TIME.match(sentence.strip()):
            return True
        if _NOTHING_HELD.search(sentence) and not _BUT_HELD.search(sentence + " " + nxt):
            return True
        for gap in _OWN_GAP.finditer(sentence):
            rest = gap.group("rest")
            if _BUT_HELD.search(rest + " " + nxt):
                continue
            before = sentence[: gap.start()]
            listed = bool(_LISTED_BEFORE.search(before)) or (
                not before.strip(" ,") and at > 0 and bool(_LISTED_BEFORE.search(said[at - 1]))
            )
            if _DETAIL.match(rest) and not listed:
                continue
            if _WHOLE.match(rest) or _NOT_LISTED.match(rest) or listed:
                return True
            if not rest.strip(" ,") and _ALONE.match(nxt):
                return True
    return False
