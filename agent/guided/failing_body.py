"""A grave illness told by a failing organ, by its treatment, by a stroke's first signs, or by the cough of a dusty
trade, never named: "her kidneys gave up … three times every week the machine at the clinic", "his mouth went down
on one side … his right side was like wood", "he coughed all night … the gold mines … his hands went thin like
sticks". Its own module beside illness_signs.py (the body that can no longer move or speak), asked by
:func:`illness_signs.grave_body`.

The organ, the treatment and the body are a person's own (a pronoun, a kin word or a name owns them: "Dad's kidneys",
"she went on dialysis"), never a bare term ("Kidney failure." in a quiz, "they go on dialysis"), a patient, a pet, a
workplace ("the machine in the bottling unit", "a nurse on the dialysis unit") or a passing state ("on oxygen until
we landed", "his right side like wood after the long drive", "a wheelchair for a month"). A face fallen on one side
is a stroke only with a second sign (the ambulance, the arm, the speech, "after that"): alone it is a grin, a sulk or
the dentist's injection. A cough is a sign with a second of another kind in the same or a next sentence (years in a
dusty trade, the body wasting, months of medicine), never a pipe's, a bonfire's or a season's."""

from __future__ import annotations

import re

from agent.guided.being_or_thing import KIN_WORDS
from agent.guided.name_words import sentence_at

_KIN = r"(?:" + KIN_WORDS + r")"
# Someone else: he, she, a relative, a name (never I, we, they nor a patient)
_SOMEONE = r"(?:\b(?:he|she)|\b(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+)?" + _KIN + r"|\b(?-i:[A-Z])[\w'’-]+)"
# Whose the organ or the body is: his, her, their, a name's or a relative's
_WHOSE = r"(?:\b(?:his|her|their)|\b(?-i:[A-Z])[\w'’-]+['’]s|\b(?:my|our)\s+(?:[\w'’-]+\s+)?" + _KIN + r"['’]s)"
_ORGAN_GONE = (
    r"(?:gave\s+up|given\s+up|gave\s+out|given\s+out|failed|(?:was|were|is|are)\s+failing|stopped\s+working"
    r"|packed\s+up|packed\s+in|(?:was|were|is|are)\s+(?:giving\s+up|giving\s+out|finished|gone|packing\s+up))\b"
)
_THERAPY = (
    r"(?:chemo|chemotherapy|radiotherapy|radiation(?:\s+(?:treatment|therapy))?)\b(?!\s+(?:safety|duty|levels?|badges?"
    r"|monitors?|protection|workers?|suits?|leaks?|sickness)\b)"
)
# A workplace or a maker of the treatment, never the treatment had: "the dialysis unit", "the dialysis machine"
_NOT_HAD = r"(?!\s+(?:unit|ward|nurses?|department|centre|center|clinic|machines?|filters?|engineers?)\b)"

_GRAVE = re.compile(
    # an organ given up: "her kidneys gave up", "Dad's heart was failing" (never one failing someone: "her heart
    # failed her and she didn't jump")
    r""
    + _WHOSE
    + r"\s+(?:kidneys?|liver|lungs?|heart)\s+(?:(?:had|have|has|just|slowly|finally)\s+)?"
    + _ORGAN_GONE
    + r"(?!\s+(?:him|her|them|me|us)\b)"
    # … or its failure had by someone ("Dad had heart failure", "her kidney failure"), never the bare term
    r"|" + _WHOSE + r"\s+(?:kidney|renal|liver|heart|lung)\s+failure\b"
    r"|" + _SOMEONE + r"\s+(?:had|has|got|developed|went\s+into|was\s+diagnosed\s+with)\s+(?:\w+\s+)?(?:kidney|renal"
    r"|liver|heart|lung)\s+failure\b"
    # the treatment had by someone: dialysis, the kidney machine, chemotherapy, radiation
    r"|" + _SOMEONE + r"\s+(?:\w+\s+)?(?:went|goes|was|is|has\s+been|had\s+been|started|starting|needed|needs|began"
    r"|lived)\s+(?:on\s+|to\s+|for\s+)?(?:the\s+)?(?:dialysis" + _NOT_HAD + r"|(?:kidney|dialysis)\s+machine)\b"
    r"|" + _WHOSE + r"\s+(?:dialysis" + _NOT_HAD + r"|(?:kidney|dialysis)\s+machine)\b"
    r"|"
    + _WHOSE
    + r"\s+(?:first\s+|last\s+|next\s+)?"
    + _THERAPY
    + r"|"
    + _SOMEONE
    + r"\s+(?:had|has|started|began|was\s+on|went\s+through|needed|went\s+for|goes\s+for|was\s+having"
    r"|had\s+to\s+have)\s+(?:the\s+|more\s+)?"
    + _THERAPY
    + r"|"
    + _SOMEONE
    + r"\b[^.!?]{0,60}?\b(?:rounds?|course|cycles?|sessions?)\s+of\s+"
    + _THERAPY
    # a bleed in the brain, an organ given or waited for: "after the bleed in his brain", "waited two years for a new
    # liver", "one of her kidneys … the transplant ward"
    + r"|\b(?:bleed|haemorrhage|hemorrhage|clot)\s+(?:in|on)\s+"
    + _WHOSE
    + r"\s+brain\b"
    r"|" + _SOMEONE + r"\s+(?:had|suffered)\s+a\s+(?:bleed|haemorrhage|hemorrhage|clot)\s+(?:in|on)\s+the\s+brain\b"
    r"|" + _SOMEONE + r"\b[^.!?]{0,40}?\b(?:waited|waiting|waits)\b[^.!?]{0,40}?\bfor\s+a\s+new\s+(?:liver|kidney|heart"
    r"|lungs?)\b|\b(?:gave|give|given|donated)\s+"
    + _SOMEONE
    + r"\s+(?:one\s+of\s+(?:his|her|their)\s+kidneys|a\s+kidney"
    r"|part\s+of\s+(?:his|her|their)\s+liver)\b"
    r"|"
    + _SOMEONE
    + r"\s+(?:had|got|needed|needs|received)\s+(?:a|the|his|her)\s+(?:kidney|liver|heart|lung)\s+transplant\b"
    + r"|"
    + _SOMEONE
    + r"\s+(?:was|is|had\s+been|has\s+been|got|lay|lies|sat|sits)\s+hooked\s+up\s+to\s+(?:a|the)\s+"
    r"(?:ventilator|respirator|oxygen|breathing\s+machine|dialysis|(?:kidney|dialysis)\s+machine)\b",
    re.IGNORECASE,
)
# Signs that are grave only when they last: oxygen of someone's own, a body side gone (never for hours, a flight, a
# birth, a summit or a long drive)
_LASTING = re.compile(
    r"" + _SOMEONE + r"\s+(?:was|is|had\s+been|has\s+been|lived|went)\s+on\s+(?:the\s+)?oxygen\b"
    r"|" + _WHOSE + r"\s+oxygen\s+(?:tank|bottle|cylinder|machine|mask|tubes?)s?\b"
    r"|" + _WHOSE + r"\s+(?:(?:whole\s+)?(?:right|left)|whole)\s+side\s+(?:was|went|became|stayed)\s+(?:like\s+(?:wood"
    r"|a\s+log|stone|a\s+stone|dead\s+wood)|dead|useless|numb)\b(?!\s+(?:tired|beat|on|set|right|heat|last|easy|quiet"
    r"|still)\b)",
    re.IGNORECASE,
)
_PASSING = re.compile(
    r"\bfor\s+(?:a|an|one|two|three|four|few|couple\s+of|several|\d+)\s+(?:few\s+)?(?:hours?|minutes?|moments?"
    r"|days?|nights?)\b|\b(?:until|till)\s+(?:we|they|the\s+(?:plane|ambulance))\b|\b(?:flight|plane|landed|summit"
    r"|mountain\w*|altitude|birth|perfectly\s+fine|masks?\s+dropped|drive|driving|journey|ride|sitting\s+(?:on|still|cross-?legged)|kneeling)\b",
    re.IGNORECASE,
)
# A stroke's first sign in the face (a sign only with a second: the ambulance, the arm, the speech, "after that")
_FACE = re.compile(
    r"" + _WHOSE + r"\s+(?:mouth|face|lip|eye)\s+(?:went\s+down|dropped|drooped|fell|sagged|went\s+crooked|twisted)"
    r"\s+(?:(?:down\s+)?on\s+one\s+side|to\s+one\s+side|on\s+the\s+(?:right|left))\b"
    r"|\b(?:one|the\s+(?:right|left))\s+side\s+of\s+"
    + _WHOSE
    + r"\s+face\s+(?:went\s+down|dropped|drooped|fell|sagged)\b"
    r"|" + _WHOSE + r"\s+(?:mouth|face|smile)\s+(?:went|became|turned|was)\s+(?:all\s+)?(?:lopsided|crooked)\b"
    r"|" + _WHOSE + r"\s+(?:speech|words|voice)\s+(?:came\s+out|was|went|became|got|were)\s+(?:all\s+)?slurred\b"
    r"|\b(?:he|she)\s+(?:started|began)\s+(?:to\s+slur|slurring)\b",
    re.IGNORECASE,
)
_STROKE_TOO = re.compile(
    r"\b(?:ambulance|hospital|stroke|slurred|after\s+that|from\s+then\s+on|ever\s+since|never\s+(?:again|the\s+same"
    r"|came\s+back)|(?:right|left)\s+(?:side|arm|leg|hand)|(?:arm|hand|leg)\s+(?:wouldn['’]?t|would\s+not|went|hung)"
    r"|dropped\s+(?:his|her|the)\s+(?:fork|cup|spoon|knife|glass|pen))\b",
    re.IGNORECASE,
)
# … unless the sentence is of another occasion: diving, welding, a factory or a game, a passing numbness, an animal,
# a patient of someone's work, a race
_NOT_ILL = re.compile(
    r"\b(?:div(?:e|ing|er)|scuba|weld\w*|climb\w*|everest|factory|laundry|arcade|slot|vending|coffee|washing|sewing"
    r"|pins\s+and\s+needles|slept\s+on\s+it|sleeping\s+on\s+it|sitting\s+on\s+it|for\s+a\s+(?:minute|moment|second"
    r"|few\s+minutes)|joke\w*|film|movie|play|novel|character|when\s+(?:i|we)\s+(?:saw|heard|told)"
    r"|vets?|veterinary|cats?|kittens?|tomcat|dogs?|pupp(?:y|ies)|horses?|pony|cows?|pets?|rabbits?|budgies?"
    r"|patients?|marathon|race|dentist|pints?|drunk|beers?|whisk(?:e)?y|wine|vodka|transplant\s+(?:surgeons?|teams?)|(?:chemo|chemotherapy|dialysis|oncology|renal|cancer|radiotherapy)\s+(?:nurses?"
    r"|doctors?|technicians?|engineers?))\b",
    re.IGNORECASE,
)

# A cough of someone's that stays, or breath that fails them (one sign): "he coughed all night", "a deep cough like a
# drum", "lying down he could not get his breath", "slept sitting up"
_COUGH = re.compile(
    r"\b(?:he|she|(?-i:[A-Z])[\w'’-]+|(?:my|our)\s+(?:[\w'’-]+\s+)?" + _KIN + r")\s+(?:\w+\s+)?(?:coughed|coughing"
    r"|coughs)\b[^.!?]{0,30}?\b(?:all\s+(?:night|day|the\s+time|winter)|every\s+(?:night|morning)|day\s+and\s+night"
    r"|blood|black|for\s+(?:years|months))\b"
    r"|\b(?:a|his|her|that)\s+(?:deep|terrible|hacking|rattling|dry|wet|bad|awful|hollow|long)\s+cough\b(?!\s+drop)"
    r"|\b(?:could\s+not|couldn'?t|can'?t|cannot)\s+(?:get|catch|find)\s+(?:his|her|their)\s+breath\b"
    r"|\b(?:he|she)\s+(?:slept|had\s+to\s+sleep|sleeps)\s+sitting\s+up\b"
    r"|\b(?:could\s+not|couldn'?t|can'?t|cannot)\s+breathe\s+(?:lying\s+down|lying\s+flat|flat)\b",
    re.IGNORECASE,
)
# … never a passing cough: a cold, the flu, smoke, a pipe, laughing, a school play or a sermon, a season's dust
# ("till the rains came"), one that is gone by the day ("then he was fine")
_PASSING_COUGH = re.compile(
    r"\b(?:cold|colds|flu|influenza|smoke|smoky|laugh\w*|school|play|sermon|concert|choked|swallowed|croup|hay\s*fever"
    r"|allerg\w*|(?:a|one|two|three|few)\s+(?:days?|nights?|weeks?)|ran|running|race|stairs|hill|pipe|cigarettes?"
    r"|cigars?|bonfire|view|bus|train|(?:till|until)\s+the\s+\w+\s+(?:came|stopped|cleared)|then\s+(?:he|she)\s+was\s+fine"
    r"|cleared\s+up)\b",
    re.IGNORECASE,
)
_TRADE = (
    r"(?:mines?|pits?|colliery|collieries|coal\s*face|quarry|quarries|asbestos|foundry|(?:cotton|jute|flax)\s+mill"
    r"|(?:coal|stone|slate|cotton|mill)\s+dust)"
)
# … with a sign of another kind: years in a dusty trade, the body wasting, months of medicine for the chest
_WITH = {
    "trade": re.compile(
        r"\b(?:was|were|worked|work|working|years|decades|went|sent|spent|life)\b\s+(?:[\w'’-]+\s+){0,4}?"
        r"(?:in|at|down|on|under|into)\s+(?:the\s+)?(?:[\w'’-]+\s+)?" + _TRADE + r"\b"
        r"|\b(?:cut|cutting|dug|digging|hewed|hewing|mined|mining)\s+(?:stone|coal|slate|granite|marble)\b",
        re.IGNORECASE,
    ),
    "wasting": re.compile(
        r"\b(?:went|grew|got|became|turned)\s+(?:so\s+|very\s+)?thin\s+(?:like|as)\b|\bwasted\s+away\b"
        r"|\bskin\s+and\s+bones?\b|\bthin\s+(?:like|as)\s+(?:sticks?|a\s+stick|a\s+reed|reeds|a\s+rake|paper)\b",
        re.IGNORECASE,
    ),
    "cure": re.compile(
        r"\b(?:sanatorium|sanitorium|sanatorio|preventorium)\b|\bsent\s+(?:away\s+)?to\s+the\s+(?:mountains|hills"
        r"|sea(?:side)?)\s+for\s+the\s+air\b",
        re.IGNORECASE,
    ),
    "medicine": re.compile(
        r"\b(?:pills|tablets|injections|medicine)\s+for\s+(?:the|his|her)\s+(?:chest|lungs?)\b"
        r"|\b(?:many|several|six|nine|twelve|\d{1,2})\s+months\b[^.!?]{0,40}?\b(?:pills|tablets|injections|medicine)\b"
        r"|\b(?:pills|tablets|injections|medicine)\b[^.!?]{0,40}?\b(?:many|several|six|nine|twelve|\d{1,2})\s+months\b",
        re.IGNORECASE,
    ),
}


def _around(text: str, at: int) -> str:
    """The sentence of ``text`` that holds ``at`` with the one before and the one after: where a second sign of the
    same person is told."""
    start = max(text.rfind(mark, 0, at) for mark in ".!?")
    start = max(text.rfind(mark, 0, max(start, 0)) for mark in ".!?") + 1
    ends = [m.end() for m in re.finditer(r"[.!?]", text[at:])]
    return text[start : at + ends[1] if len(ends) > 1 else len(text)]


def _lungs(text: str) -> re.Match[str] | None:
    """A cough that stays, said with a sign of another kind near it (see the module's docstring)."""
    for m in _COUGH.finditer(text):
        if _PASSING_COUGH.search(sentence_at(text, m.start())):
            continue
        near = _around(text, m.start())
        if any(pattern.search(near) for pattern in _WITH.values()):
            return m
    return None


# A wheelchair or legs without feeling since a grave harm: "since the accident at the sawmill he has been in a
# wheelchair" (never for a while: "… for two weeks, then crutches", "for a month, and he'll walk again by spring")
_SINCE_HARM = re.compile(
    r"\bsince\s+(?:the|his|her|their|that)\s+(?:accident|fall|crash|stroke|injury|shooting|explosion|war)\b[^.!?]{0,50}?"
    r"\b(?:in\s+a\s+wheel\s*chair|(?:can(?:no|['’])t|could(?:\s+not|n['’]t))\s+feel\s+(?:his|her|their)\s+legs)\b",
    re.IGNORECASE,
)
_A_WHILE = re.compile(
    r"\b(?:crutches|(?:a|one|two|three|four|five|six|few|couple\s+of|\d+)\s+(?:days?|weeks?|months?)|a\s+fortnight"
    r"|for\s+a\s+while|walk\s+again|by\s+(?:the\s+)?(?:spring|summer|autumn|winter|christmas|easter))\b",
    re.IGNORECASE,
)


# The words each reading needs, looked for first: the readings start at every name or pronoun and are slow
_GRAVE_WORDS = re.compile(
    r"kidney|liver|lung|heart|renal|dialysis|chemo|radio|radiation|bleed|haemorrhage|hemorrhage|clot|hooked",
    re.IGNORECASE,
)
_LASTING_WORDS = re.compile(r"oxygen|\bside\b", re.IGNORECASE)
_FACE_WORDS = re.compile(r"mouth|face|\blip\b|\beye\b|smile|speech|voice|slur", re.IGNORECASE)
_COUGH_WORDS = re.compile(r"cough|breath|sitting\s+up", re.IGNORECASE)


def failing_body(text: str) -> re.Match[str] | None:
    """Where the answer tells a grave illness by a failing organ, its treatment, a stroke's signs or a cough of the
    lungs (see the module's docstring), or None."""
    for m in _GRAVE.finditer(text) if _GRAVE_WORDS.search(text) else ():
        if not _NOT_ILL.search(sentence_at(text, m.start())):
            return m
    for m in _LASTING.finditer(text) if _LASTING_WORDS.search(text) else ():
        sentence = sentence_at(text, m.start())
        if not _NOT_ILL.search(sentence) and not _PASSING.search(sentence):
            return m
    for m in _FACE.finditer(text) if _FACE_WORDS.search(text) else ():
        if not _NOT_ILL.search(sentence_at(text, m.start())) and _STROKE_TOO.search(_around(text, m.end())):
            return m
    for m in _SINCE_HARM.finditer(text):
        if not _A_WHILE.search(sentence_at(text, m.start())):
            return m
    return _lungs(text) if _COUGH_WORDS.search(text) else None
