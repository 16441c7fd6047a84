"""A grave illness told by what it does to the body, without its name: a stroke told as "the right side doesn't
move, the arm, the mouth", diabetes told as "the doctor cut the leg, under the knee", a long illness told as "she
was bedridden" or "he couldn't speak any more". A listener hears these the same in every language and custom
(the illness may be named in the teller's own words, "her tension", "the sugar", "sweet water", which no list
can hold), so the signs are of the body: a side or a limb that no longer moves, a limb taken by the doctors,
someone who cannot walk, speak or know their own any more, paralysed, bedridden, a coma, gone blind, their memory
going, a wheelchair for good.

Never the teller's own ageing or an everyday hurt: "my knee doesn't bend like it used to", "I couldn't walk for a
week after the match", "her hand was cut at the factory, two stitches", "he couldn't speak, he was so surprised",
"the car's left side doesn't work", "paralysed with fear". What cannot be done is said of someone else (he, she,
a relative, a name) and for good ("any more", "again", "no longer"), or the limb is taken off, not cut.
:func:`grief.sorrow` asks :func:`grave_body` of each answer."""

from __future__ import annotations

import re

from agent.guided.being_or_thing import KIN_WORDS, PEOPLE_WORDS
from agent.guided.failing_body import failing_body
from agent.guided.lasting_harm import lasting_harm
from agent.guided.name_words import sentence_at

# Someone else, said as the subject: he, she, a relative or someone by their role, or a name (never I, we or they:
# "they couldn't move any more, the crowd was so thick")
_OTHER = (
    r"(?:\b(?:he|she)|\b(?:(?:my|our|his|her|their|the)\s+(?:[\w'’-]+\s+)?)?(?:"
    + KIN_WORDS
    + "|"
    + PEOPLE_WORDS
    + r")|(?<![.!?]\s)(?<!^)\b(?-i:[A-Z])[\w'’-]+)"
)
# … never again only for a while: "couldn't walk again until spring", "… again that night", "… again for ten minutes"
_NOT_A_WHILE = (
    r"(?!\s+(?:until|till|for\s+(?!the\s+rest|good|ever)|that\s+(?:day|night|evening|morning|week)|before)\b)"
)
# For good: "again", "no longer", "ever since", "for the rest of her life" (never "any more than")
_FOR_GOOD = (
    r"(?:(?:ever\s+)?again|ever\s+since|since\s+then|after\s+that|for\s+the\s+rest\s+of\s+(?:his|her|their)\s+"
    r"(?:life|days)|till\s+the\s+end|until\s+the\s+end|(?:any\s*more|at\s+all\s+any\s*more)(?!\s+(?:than|of)\b))"
    + _NOT_A_WHILE
)
# What someone cannot do: speak, swallow, know their own (for good, in any words of time), or walk or stand up (only
# "again", "ever since": "after twenty kilometres she couldn't walk any more" is a tired walker)
_FACULTY = (
    r"(?:(?:talk|speak|swallow|say\s+(?:my|our|his|her|their|anyone['’]s|any)\s+names?|find\s+(?:his|her|their)\s+words|move\s+(?:his|her|their)\s+(?:(?:right|left)\s+)?(?:arms?|legs?|hands?|side|fingers|mouth|face)"
    r"|feed\s+(?:himself|herself|themselves)|eat\s+by\s+(?:himself|herself)|dress\s+(?:himself|herself)"
    r"|get\s+out\s+of\s+bed|recogni[sz]e\s+(?:me|us|anyone|anybody|any\s+of\s+us|(?:his|her|their)\s+own)"
    r"|know\s+(?:me|us|who\s+(?:i|we)\s+(?:was|were)|anyone|anybody|any\s+of\s+us|(?:his|her|their)\s+own\s+\w+))\b"
    r"(?:\s+(?!(?:to|with|about|for|of)\b)[\w'’-]+){0,3}?\s*"
    + _FOR_GOOD
    + r"|(?:walk|stand(?:\s+up)?|get\s+up)\b(?:\s+(?!(?:to|with|about|for|of)\b)[\w'’-]+){0,3}?\s*(?:(?:ever\s+)?again"
    r"|ever\s+since|since\s+then|for\s+the\s+rest\s+of\s+(?:his|her|their)\s+(?:life|days))" + _NOT_A_WHILE + r")"
)
_LIMB = r"(?:legs?|foot|feet|arms?|hands?)"
# … the limb itself, said last or with where, when or how after ("lost his leg below the knee", "took off his foot,
# the sugar"); never the first word of a thing ("hand luggage", "speech notes", "leg brace", "hand-knitted gloves",
# "a leg of the relay", "his hand at cards", "his arm wrestling match")
_LIMB_END = (
    r"(?![-'’\w])(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:in|on|to|below|above|under|from|after|when|during|and|but|so|because"
    r"|that|which|as|while|too|also|completely|entirely|forever|for\s+good|at\s+the\s+(?:knee|elbow|wrist|ankle|hip"
    r"|shoulder|front|mine|factory|mill|war|age)|at\s+(?:sea|work|\d+|(?-i:[A-Z])\w+)|the\s+(?:year|same|next|following|day|night"
    r"|winter|summer)|\d+|one|two|three|four|five|six|last|early|then|soon|overnight|slowly|gradually|by)\b)"
)
_SIGNS = re.compile(
    # someone paralysed, bedridden, in a coma (said as their state, never a ward of them a nurse worked in:
    # "I nursed paralysed soldiers", nor the teller's own treatment: "the 40th day of my chemo")
    r"\b(?:was|were|is|are|became|become|got|left|lay|lies|lying|been)\s+(?:(?:completely|totally|partly|half|almost"
    r"|then|still|now|just)\s+)?(?:paraly[sz]ed|bedridden|bed-ridden|hemiplegic|quadriplegic|paraplegic)\b"
    r"(?!\s+(?:with|by|from)\s+(?:fear|fright|terror|shyness|indecision|nerves|shock|panic))"
    r"|\bparaly[sz]ed\s+(?:from\s+the|down\s+(?:one|the|his|her)|on\s+(?:one|the|his|her))\b"
    r"|(?<!\bfood\s)(?<!\bsugar\s)\b(?:in|into)\s+a\s+coma\b"
    # (never one full after a meal: "in a coma on the sofa after Christmas dinner", "into a coma after the lunch")
    r"(?!\s+(?:on\s+the\s+(?:sofa|couch|settee|floor)|after\s+(?:the\s+|all\s+(?:that|the)\s+)?(?:[\w-]+\s+)?"
    r"(?:dinner|lunch|meal|feast|party|supper|breakfast|wedding))\b)"
    # blind or deaf for good, the memory or the mind going: "Grandad went blind in the mine", "her memory was going",
    # (never "went blind with rage", "my mind went blank", "his mind went back to the farm")
    r"|\b(?:his|her|their)\s+(?:memory|mind)\s+(?:was\s+going|went|had\s+gone|was\s+gone|started\s+to\s+go|began\s+to"
    r"\s+go|was\s+failing|started\s+failing|began\s+failing)\b(?!\s+(?:blank|back|to|over|round"
    r"|out|through|on|into|for|with|wandering|walking|places|somewhere)\b)"
    # a side of the body that no longer moves: "the right side doesn't move", "her left side didn't work"
    r"|\b(?:(?:his|her|their)\s+(?:(?:right|left|whole)\s+)?side|the\s+(?:right|left|whole)\s+side"
    r"(?:\s+of\s+(?:his|her|their|the)\s+(?:body|face))?)\s+(?:(?:still|just|now)\s+)?(?:doesn'?t|does\s+not|didn'?t|did\s+not"
    r"|won'?t|wouldn'?t|can'?t|cannot|couldn'?t|could\s+not|would\s+not|never)\s+(?:move|moved|work|worked)\b"
    r"|\b(?:his|her|their)\s+(?:(?:right|left)\s+)?(?:arm|leg|hand|face|mouth)\s+(?:(?:still|just|now)\s+)?"
    r"(?:doesn'?t|does\s+not|didn'?t|did\s+not|won'?t|wouldn'?t|never)\s+(?:move|moved)\s+"
    + _FOR_GOOD
    +
    # a limb taken: cut off, sawn off, taken off by the doctors; "the doctor cut the leg, under the knee"
    r"|\bamputated\s+(?:his|her|their|both|one)\s+(?:\w+\s+)?"
    + _LIMB
    + _LIMB_END
    + r"|\b(?:cut|cuts|sawed|sawn|took|take|taken|had)\s+off\s+(?:his|her|their|the|both|one)\s+(?:\w+\s+)?"
    + _LIMB
    + _LIMB_END
    + r"|\b(?:his|her|their|the)\s+(?:(?:right|left|bad)\s+)?"
    + _LIMB
    + r"\s+(?:was|were|had\s+to\s+be|had\s+been|got)\s+"
    r"(?:cut\s+off|sawn\s+off|taken\s+off|amputated|removed)"
    r"|\b(?:doctors?|surgeons?|hospital)\s+(?:had\s+to\s+|then\s+|finally\s+)?(?:cut|took|take|removed|remove|sawed"
    r"|saw)\s+(?:off\s+)?(?:his|her|their|the|both|one)\s+(?:(?:right|left|bad)\s+)?"
    + _LIMB
    + _LIMB_END
    + r"|\b(?:lost|loses|losing)\s+(?:his|her|their|a|an|both|one)\s+(?:(?:right|left)\s+)?"
    r"(?:legs?|arms?|hands?|feet|foot|sight|eyesight|speech|eyes?)"
    + _LIMB_END
    + r"(?!\s+(?:for|in\s+a\s+(?:bet|game)|to\s+(?:a|the)\s+(?:bet|game)))"
    r"|\b(?:toes?|foot|leg|fingers?)\s+(?:went|turned|had\s+gone|had\s+turned)\s+black\b"
    # (never stained black: "my toes went black with the cheap shoes' dye")
    r"(?![^.!?]*\b(?:dye|dyed|ink|paint|mud|coal|soot|polish|dirt|grease|tar|shoes?['’]?)\b)"
    # the use of a limb lost for good: "lost the use of his legs" (never for a while: "… of her legs for a week")
    r"|\blost\s+(?:all\s+)?the\s+use\s+of\s+(?:his|her|their|both|one)\s+(?:(?:right|left)\s+)?(?:legs?|arms?|hands?"
    r"|eyes?|voice|fingers)\b(?!\s+for\s+(?:a|an|two|three|four|five|six|\d+|some|the\s+(?:day|week|month))\b)"
    # a limb taken by a machine or by what takes lives: "the machine took off two of my father's fingers", "the war
    # took my father's leg" (never a thing of theirs: "the saw took off my father's sleeve", "the war took his years")
    r"|\b(?:machine|saw|press|mill|tractor|thresher|lathe|blade|belt|mine|war|shell|bomb|mine|grenade|sugar|diabetes)\s+"
    r"(?:took|cut|sliced|tore|ripped|crushed|had)\s+(?:off\s+)?(?:(?:two|three|four|five|all|one|most|part)\s+of\s+)?"
    r"(?:his|her|their|(?:my|our)\s+(?:[\w'’-]+\s+)?[\w'’-]+['’]s)\s+(?:(?:right|left|two|three)\s+)?"
    r"(?:legs?|arms?|hands?|foot|feet|fingers|thumb|toes|eyes?|sight)" + _LIMB_END,
    re.IGNORECASE,
)
# Someone who cannot walk, speak, see or know their own, for good: "Mama couldn't speak any more", "he never walked
# again", "by then she didn't know us"
_CANNOT = re.compile(
    r"\b(?:(?:can'?t|cannot|couldn'?t|could\s+not|can\s+no\s+longer|could\s+no\s+longer"
    r"|didn'?t|did\s+not|doesn'?t|does\s+not|wasn'?t\s+able\s+to|was\s+not\s+able\s+to|is\s+not\s+able\s+to"
    r"|isn'?t\s+able\s+to|was\s+unable\s+to|is\s+unable\s+to|never\s+could)\s+(?:even\s+)?" + _FACULTY + r"\b"
    r"|(?:no\s+longer|never)\s+(?:(?:walked|spoke|talked|stood|moved)\s+(?:again|after\s+that)\b"
    r"(?!\s+(?:to|with|of|about|on|in\s+public|in\s+front)\b))"
    # the word order of "could never again walk" (never somewhere: "could never again walk past that house")
    r"|(?:could|would)\s+never\s+again\s+(?:walk|speak|talk|stand|see|move|feed\s+(?:himself|herself))\b"
    r"(?!\s+(?:past|into|through|by|down|up|along|to|the|that|there|in\s+there|with|about|of|on)\b))",
    re.IGNORECASE,
)
# … said of someone else just before (read backwards from those words only: the pattern of someone is long)
_SAID_OF = re.compile(_OTHER + r"\s+(?:\w+\s+)?$", re.IGNORECASE)


# … unless the sentence tells a passing cause: laughing, crying, tiredness, nerves ("he couldn't talk any more, he
# was laughing so hard", "she couldn't speak any more, she was so angry")
_PASSING = re.compile(
    r"\b(?:laugh\w*|cry|cried|crying|tears|sob\w*|tired|exhausted|breath|drunk|hoarse|sleepy|shy|embarrass\w*"
    r"|excited|nervous|angry|furious|upset|so\s+(?:hard|much|full|cold)|the\s+(?:noise|music|crowd)"
    # … a knock in a game or drink ("after the knockdown, the referee counted him out", "all the palm wine")
    r"|knock\w*|referee|tackle|boxing|bout|wine|beer|whisky|whiskey|gin|rum|drinks?|drinking|drank)\b",
    re.IGNORECASE,
)


def _cannot(text: str) -> re.Match[str] | None:
    for m in _CANNOT.finditer(text):
        if not _SAID_OF.search(text, max(0, m.start() - 60), m.start()):
            continue
        sentence = sentence_at(text, m.start())
        if not _PASSING.search(sentence):
            return m
    return None


# Blind or deaf for good, said of someone else: "Grandad went blind in the mine" (never "went blind with rage", nor
# the teller's own: "I'm going deaf in my old age", "I went blind in one eye, the cataract")
_BLIND = re.compile(
    r"\b(?:went|gone|going|became|become|was\s+left|is\s+now|was\s+now)\s+(?:completely\s+|almost\s+|stone\s+)?"
    r"(?:blind|deaf)\b(?!\s+(?:with|drunk|to|for|as|date|spot|eye|corner|alley)\b)",
    re.IGNORECASE,
)
_OWN = re.compile(r"\b(?:i|we)\b(?:['’](?:m|re|ve|d))?\s+(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)
# A wheelchair for good after: "he was in a wheelchair ever since the fall" (never for a few weeks: "ever since the
# operation, two weeks, then crutches")
_WHEELCHAIR = re.compile(
    r"\bin\s+a\s+wheel\s*chair\s+(?:ever\s+since|since\s+then|for\s+the\s+rest\s+of|from\s+then\s+on|for\s+good)\b",
    re.IGNORECASE,
)
_A_WHILE = re.compile(
    r"\b(?:crutches|back\s+on\s+(?:his|her|their)\s+feet|(?:a|one|two|three|four|five|six|few|\d+)\s+(?:days?|weeks?"
    r"|months?)|a\s+fortnight)\b",
    re.IGNORECASE,
)


# A state that passed: bounded by a span said with it ("in a coma for two days", "bedridden for a fortnight",
# "temporarily paralysed"), partial ("deaf in one ear"), or undone later in the sentence ("then he woke up", "walked
# again in six months", "could see again", "back at the depot", "and then it was fine") is no grave illness (a coma
# only when undone: "in a coma for nine days" is grave); a death
# or "for the last two years of her life" in the sentence keeps it grave
_STATE = re.compile(r"coma|bed-?ridden|paraly[sz]ed|blind|deaf|plegic", re.IGNORECASE)
_SPAN = re.compile(
    r"\b(?:temporarily|briefly|for\s+a\s+(?:while|bit|short\s+(?:time|while))|for\s+(?:a|an|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple\s+of|several|\d+)\s+(?:hours?|days?|nights?|weeks?"
    r"|fortnights?|months?)|for\s+a\s+fortnight)\b",
    re.IGNORECASE,
)
_PARTIAL = re.compile(
    r"\bin\s+(?:one|(?:his|her|their|the)\s+(?:left|right|bad))\s+(?:ear|eye)\b(?!\s+and\s+then)", re.IGNORECASE
)
_UNDONE = re.compile(
    r"\b(?:woke\s+up|came\s+(?:out\s+of\s+it|round|to|through)|pulled\s+through|opened\s+(?:his|her|their|my)\s+eyes"
    r"|(?:walk|walked|walking|see|saw|hear|heard|talk|talked|speak|spoke|move|moved|stand|stood)\s+again"
    r"|walking\s+(?:about|around)|(?:was|were|got|came|went|be|been|straight)\s+back\s+(?:at|on|to|in|home)\b"
    r"|back\s+on\s+(?:his|her|their|my)\s+feet|back\s+to\s+(?:work|normal|school)|(?:was|were|is|felt)\s+"
    r"(?:fine|all\s+right|alright|right\s+as\s+rain|better|grand)|recovered|got\s+better|good\s+as\s+new"
    r"|on\s+the\s+mend|fit\s+as\s+a\s+fiddle|(?:was|were)\s+(?:out\s+)?dancing|dancing\s+again)",
    re.IGNORECASE,
)
_NOT_UNDONE = re.compile(r"\b(?:never|not|no\s+longer|n['’]t)\s+(?:\w+\s+)?$", re.IGNORECASE)
_STILL_GRAVE = re.compile(
    r"\b(?:died|dies|dead|passed|death|buried|funeral|the\s+end|never\s+(?:woke|came|recovered|walked|spoke|saw)"
    r"|last\s+(?:\w+\s+){0,2}(?:years?|months?|weeks?|days?)\s+of\s+(?:his|her|their)\s+life"
    r"|rest\s+of\s+(?:his|her|their)\s+(?:life|days)|both\s+(?:eyes|ears)|the\s+other\s+(?:eye|ear))\b",
    re.IGNORECASE,
)


def _passed_state(text: str, m: re.Match[str]) -> bool:
    """The state the match tells (coma, bedridden, paralysed, blind, deaf) was over or partial (see above)."""
    if not _STATE.search(m.group(0)):
        return False
    start = max((i.end() for i in re.finditer(r"[.!?;]", text[: m.start()])), default=0)
    end = next((i.start() for i in re.finditer(r"[.!?;]", text[m.end() :])), len(text) - m.end()) + m.end()
    sentence = text[start:end]
    if _STILL_GRAVE.search(sentence):
        return False
    near = text[max(start, m.start() - 30) : min(end, m.end() + 50)]
    # (a coma for days is grave even so, unless one woke from it: "my cousin was in a coma for nine days")
    if (_SPAN.search(near) and "coma" not in m.group(0).lower()) or _PARTIAL.search(near):
        return True
    return any(not _NOT_UNDONE.search(text[start : u.start()]) for u in _UNDONE.finditer(text, m.end(), end))


def _blind(text: str) -> re.Match[str] | None:
    for m in _BLIND.finditer(text):
        clause = re.split(r"[.!?;,]", text[: m.start()])[-1]
        if not _OWN.search(clause) and not _passed_state(text, m):
            return m
    return None


def _wheelchair(text: str) -> re.Match[str] | None:
    for m in _WHEELCHAIR.finditer(text):
        if not _A_WHILE.search(sentence_at(text, m.start())):
            return m
    return None


def grave_body(text: str) -> re.Match[str] | None:
    """Where the answer tells a grave illness by what it does to the body (see the module's docstring), or None."""
    signs = next((m for m in _SIGNS.finditer(text) if not _passed_state(text, m)), None)
    # (or by two signs of a lasting harm together: a limb lost, blood coughed, months in hospital: :mod:`lasting_harm`)
    # (or by a failing organ, its treatment, a stroke's first signs, a cough of the mines: :mod:`failing_body`)
    found = [
        m for m in (signs, _cannot(text), _blind(text), _wheelchair(text), lasting_harm(text), failing_body(text)) if m
    ]
    return min(found, key=lambda m: m.start()) if found else None
