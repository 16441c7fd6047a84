"""A grave illness told by a failing organ, by its treatment, by a stroke's first signs, or by the cough of a dusty
trade, never named: "her kidneys gave up … three times every week the machine at the clinic", "his mouth went down
on one side … his right side was like wood", "he coughed all night … the gold mines … his hands went thin like
sticks". Its own module beside illness_signs.py (the body that can no longer move or speak), asked by
:func:`illness_signs.grave_body`.

Never an everyday thing: "my heart gave out when I saw the bill", "the machine in the factory ran three times a
week", "the diver checked his oxygen tank", "her face fell", "my leg went dead from sitting on it", "he coughed all
through the school play", "Dad worked in the pit and he had a cold that winter". A cough is a sign with a second
of another kind (the mine or the dust, the body wasting, months of medicine); the others are grave alone."""

from __future__ import annotations

import re

from agent.guided.being_or_thing import KIN_WORDS
from agent.guided.name_words import sentence_at

# Someone else: he, she, a relative, a name (never I or we)
_SOMEONE = r"(?:\b(?:he|she)|\b(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+)?(?:" + KIN_WORDS + r")|\b(?-i:[A-Z])[\w'’-]+)"
_WHOSE = r"(?:his|her|their|(?-i:[A-Z])[\w'’-]+['’]s|(?:my|our)\s+(?:[\w'’-]+\s+)?(?:" + KIN_WORDS + r")['’]s)"

_GRAVE = re.compile(
    # an organ given up: "her kidneys gave up", "Dad's heart was failing" (never one failing someone: "her heart
    # failed her and she didn't jump")
    r"\b" + _WHOSE + r"\s+(?:kidneys?|liver|lungs?|heart)\s+(?:(?:had|have|has|just|slowly|finally)\s+)?"
    r"(?:gave\s+up|given\s+up|gave\s+out|given\s+out|failed|(?:was|were|is|are)\s+failing|stopped\s+working"
    r"|packed\s+up|packed\s+in|(?:was|were|is|are)\s+(?:giving\s+up|giving\s+out|finished|gone|packing\s+up))\b"
    r"(?!\s+(?:him|her|them|me|us)\b)"
    r"|\b(?:kidney|renal|liver|heart|lung)\s+failure\b"
    # the treatment: dialysis, "the machine" at the clinic on a schedule, chemotherapy, oxygen of their own
    r"|\b(?:on|to|for|his|her|their|started|starting|needed|needs)\s+(?:the\s+)?dialysis\b"
    r"|\bthe\s+(?:kidney\s+|dialysis\s+)?machine\b[^.!?]{0,60}?\b(?:clinic|hospital|unit|blood|tubes?|kidneys?)\b"
    r"|\b(?:clinic|hospital|unit)\b[^.!?]{0,40}?\bthe\s+machine\b[^.!?]{0,40}?\b(?:blood|tubes?|hours)\b"
    r"|\b(?:his|her|their)\s+(?:chemo|chemotherapy|radiotherapy|radiation\s+(?:treatment|therapy))\b"
    r"|" + _SOMEONE + r"\s+(?:had|has|started|began|was\s+on|went\s+through|needed)\s+(?:the\s+)?(?:chemo|chemotherapy"
    r"|radiotherapy|radiation\s+(?:treatment|therapy))\b"
    r"|" + _SOMEONE + r"\s+(?:was|is|had\s+been|lived)\s+on\s+oxygen\b|\b(?:his|her|their)\s+oxygen\s+(?:tank|bottle"
    r"|cylinder|machine|mask|tubes?)s?\b|\bhooked\s+up\s+to\s+(?:a|the)\s+(?:machine|oxygen|ventilator|respirator)\b"
    # a stroke's signs: the face fallen on one side, a side gone like wood
    r"|\b(?:his|her|their)\s+(?:mouth|face|lip|eye)\s+(?:went\s+down|dropped|drooped|fell|sagged|went\s+crooked|twisted)"
    r"\s+(?:(?:down\s+)?on\s+one\s+side|to\s+one\s+side|on\s+the\s+(?:right|left))\b"
    r"|\b(?:one|the\s+(?:right|left))\s+side\s+of\s+(?:his|her|their)\s+face\s+(?:went\s+down|dropped|drooped|fell|sagged)\b"
    r"|\b(?:his|her|their)\s+(?:(?:right|left|whole)\s+)?side\s+(?:was|went|became|stayed)\s+(?:like\s+(?:wood|a\s+log"
    r"|stone|a\s+stone|dead\s+wood)|dead|useless)\b"
    r"(?!\s+(?:tired|beat|on|set|right|heat|last|easy|quiet|still)\b)",
    re.IGNORECASE,
)
# … unless the sentence is of another occasion: diving, welding, a factory or a game, a passing numbness
_NOT_ILL = re.compile(
    r"\b(?:div(?:e|ing|er)|scuba|weld\w*|climb\w*|everest|factory|laundry|arcade|slot|vending|coffee|washing|sewing"
    r"|pins\s+and\s+needles|slept\s+on\s+it|sleeping\s+on\s+it|sitting\s+on\s+it|for\s+a\s+(?:minute|moment|second"
    r"|few\s+minutes)|joke\w*|film|movie|play|novel|character|when\s+(?:i|we)\s+(?:saw|heard|told))\b",
    re.IGNORECASE,
)

# A cough of someone's that stays, or breath that fails them (one sign): "he coughed all night", "a deep cough like a
# drum", "lying down he could not get his breath", "slept sitting up"
_COUGH = re.compile(
    r"\b(?:he|she|(?-i:[A-Z])[\w'’-]+|(?:my|our)\s+(?:[\w'’-]+\s+)?(?:"
    + KIN_WORDS
    + r"))\s+(?:\w+\s+)?(?:coughed|coughing"
    r"|coughs)\b[^.!?]{0,30}?\b(?:all\s+(?:night|day|the\s+time|winter)|every\s+(?:night|morning)|day\s+and\s+night"
    r"|blood|black|for\s+(?:years|months))\b"
    r"|\b(?:a|his|her|that)\s+(?:deep|terrible|hacking|rattling|dry|wet|bad|awful|hollow|long)\s+cough\b(?!\s+drop)"
    r"|\b(?:could\s+not|couldn'?t|can'?t|cannot)\s+(?:get|catch|find)\s+(?:his|her|their)\s+breath\b"
    r"|\b(?:he|she)\s+(?:slept|had\s+to\s+sleep|sleeps)\s+sitting\s+up\b",
    re.IGNORECASE,
)
# … never a passing cough: a cold, the flu, smoke, laughing, a school play or a sermon
_PASSING_COUGH = re.compile(
    r"\b(?:cold|colds|flu|influenza|smoke|smoky|laugh\w*|school|play|sermon|concert|choked|swallowed|croup|hay\s*fever"
    r"|allerg\w*|(?:a|one|two|three|few)\s+(?:days?|nights?|weeks?)|ran|running|race|stairs|hill)\b",
    re.IGNORECASE,
)
# … with a sign of another kind: years in a dusty trade, the body wasting, months of medicine for the chest
_WITH = {
    "trade": re.compile(
        r"\b(?:mines?|miners?|pits?|colliery|collieries|underground|coal\s*face|quarry|quarries|stone\s*(?:dust|cutter)"
        r"|asbestos|foundry|cotton\s+mill|mill|dust)\b",
        re.IGNORECASE,
    ),
    "wasting": re.compile(
        r"\b(?:went|grew|got|became|turned)\s+(?:so\s+|very\s+)?thin\s+(?:like|as)\b|\bwasted\s+away\b"
        r"|\bskin\s+and\s+bones?\b|\bthin\s+(?:like|as)\s+(?:sticks?|a\s+stick|a\s+reed|reeds|a\s+rake|paper)\b",
        re.IGNORECASE,
    ),
    "medicine": re.compile(
        r"\b(?:pills|tablets|injections|medicine)\s+for\s+(?:the|his|her)\s+(?:chest|lungs?)\b"
        r"|\b(?:many|several|six|nine|twelve|\d{1,2})\s+months\b[^.!?]{0,40}?\b(?:pills|tablets|injections|medicine)\b"
        r"|\b(?:pills|tablets|injections|medicine)\b[^.!?]{0,40}?\b(?:many|several|six|nine|twelve|\d{1,2})\s+months\b",
        re.IGNORECASE,
    ),
}


def _lungs(text: str) -> re.Match[str] | None:
    """A cough that stays, said with a sign of another kind (see the module's docstring)."""
    for m in _COUGH.finditer(text):
        if _PASSING_COUGH.search(sentence_at(text, m.start())):
            continue
        if any(pattern.search(text) for pattern in _WITH.values()):
            return m
    return None


# A wheelchair or legs without feeling since a grave harm: "since the accident at the sawmill he has been in a
# wheelchair" (never for a while: "… for two weeks, then crutches")
_SINCE_HARM = re.compile(
    r"\bsince\s+(?:the|his|her|their|that)\s+(?:accident|fall|crash|stroke|injury|shooting|explosion|war)\b[^.!?]{0,50}?"
    r"\b(?:in\s+a\s+wheel\s*chair|(?:can(?:no|['’])t|could(?:\s+not|n['’]t))\s+feel\s+(?:his|her|their)\s+legs)\b",
    re.IGNORECASE,
)
_A_WHILE = re.compile(
    r"\b(?:crutches|(?:a|one|two|three|four|five|six|few|couple\s+of|\d+)\s+(?:days?|weeks?)|a\s+fortnight)\b",
    re.IGNORECASE,
)


def failing_body(text: str) -> re.Match[str] | None:
    """Where the answer tells a grave illness by a failing organ, its treatment, a stroke's signs or a cough of the
    lungs (see the module's docstring), or None."""
    for m in _GRAVE.finditer(text):
        if not _NOT_ILL.search(sentence_at(text, m.start())):
            return m
    for m in _SINCE_HARM.finditer(text):
        if not _A_WHILE.search(sentence_at(text, m.start())):
            return m
    return _lungs(text)
