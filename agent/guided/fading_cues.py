"""A mind fading, told by what a husband or a daughter lives with, as cues that :mod:`agent.guided.weighed_signs` weighs
with its own (two kinds together are a grave illness).

Dementia is rarely named by the one who cares: "she goes a little further away from me every month", "some mornings
she asks who the old man in her kitchen is", "she calls me Ignacio, that was her brother", "the nurse comes Tuesdays
and Fridays". Each is a structure (a spouse or a child not known in their own home, called by a dead relative's
name, someone drifting away by the month, a nurse or carer coming on set days) and each alone is weak: a stranger
asked about at a party, a pet name ("that was her name for me"), a daughter moving further away every year, the
nurse who comes to weigh the baby.
"""

from __future__ import annotations

from agent.guided.being_or_thing import KIN_WORDS

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"

_OTHER_TIME_UNLESS = (
    r"jok\w*|laugh\w*|prices?|pounds?|dollars?|pay|costs?|fashion|music|technology|computer|phone|retire\w*\s+next"
    r"|holiday|weekend|sunday|saturday|alarm"
)
_REPEAT_UNLESS = (
    r"kids?|child\w*|toddler|grandchild\w*|little\s+one|teacher|class|exam|quiz|journey|trip|car\s+ride"
    r"|there\s+yet|drunk|beer|pub|wine"
)

# Each cue: (family, kind, weight, pattern, unless), as :data:`agent.guided.weighed_signs._CUES`.
CUES: list[tuple[str, str, int, str, str]] = [
    # one of the family not known in their own home: "she asks who is the old man in her kitchen", "asks who I am"
    (
        "mind",
        "stranger",
        1,
        r"\b(?:she|he)\s+(?:\w+\s+)?(?:asks?|asked|asking|wonders?|wondered)\s+(?:me\s+|us\s+|him\s+|her\s+)?who\s+"
        r"(?:is\s+|was\s+)?(?:the|this|that)\s+(?:old\s+|strange\s+|nice\s+|young\s+|kind\s+)?(?:man|woman|lady"
        r"|gentleman|fellow|person|girl|boy)\s+(?:is\s+|was\s+)?(?:in|at)\s+(?:her|his)\s+(?:own\s+)?(?:kitchen|house"
        r"|home|bed|room|bedroom|garden|flat|chair)\b"
        r"|\b(?:she|he)\s+(?:\w+\s+)?(?:asks?|asked|asking)\s+(?:me\s+)?(?:who\s+(?:i|we)\s+(?:am|are|was|were)\b"
        r"|what\s+my\s+name\s+is\b|my\s+name\b)",
        r"party|wedding|photo\w*|picture|meeting|dance|conference|\bbus\b|train|shop|film|tv|television|mayor|new"
        r"|visitor|guard|police|officer|interview|door|phone|telephone|form|office|clerk|receptionist|first\s+(?:time"
        r"|day|date)|met",
    ),
    # called by another one of the family's name: "She calls me Ignacio, that was her brother"
    (
        "mind",
        "misnamed",
        1,
        r"\bcalls?\s+me\s+(?-i:[A-Z])[\w'’-]+\s*[,;.:–—-]\s*(?:that|who|he|she)\s+(?:was|is|were)\s+(?:her|his)\s+"
        r"(?:late\s+|dead\s+|little\s+|big\s+|older\s+|younger\s+|own\s+)?(?:" + KIN_WORDS + r")\b(?:['’]s\s+name)?"
        r"(?!\s+for\s+(?:me|us))"
        r"|\bcalls?\s+me\s+by\s+(?:her|his)\s+(?:late\s+|dead\s+)?(?:" + KIN_WORDS + r")['’]s\s+name\b",
        r"nickname|pet\s+name|joke|jok\w*|tease\w*|laugh\w*|always\s+has|always\s+did|since\s+(?:i\s+was|we\s+were)"
        r"|baby|little",
    ),
    # drifting away by the month: "she goes a little further away from me every month"
    (
        "mind",
        "fading",
        1,
        r"\b(?:she|he)\s+(?:\w+\s+)?(?:goes|drifts|slips|fades|is\s+going|is\s+slipping|is\s+drifting|is\s+fading)\s+"
        r"(?:a\s+(?:little|bit)\s+)?(?:further|farther|more)\s+away\s+(?:from\s+(?:me|us)\s+)?(?:with\s+)?(?:every"
        r"|each)\s+(?:\w+\s+)?(?:day|week|month|year|season|visit)\b"
        r"|\b(?:less\s+and\s+less\s+(?:of\s+)?(?:her|him)self|a\s+little\s+less\s+(?:of\s+)?(?:her|him)(?:self)?\s+"
        r"(?:every|each)\s+(?:day|week|month|year))\b|\bnot\s+(?:really\s+)?(?:her|him)self\s+any\s*more\b",
        r"sea|boat|lilo|raft|job|city|moved|moving|travel\w*|posted|transfer\w*|swim\w*|beach|walk\w*|run\w*|ride"
        r"|cycl\w*|hike|fish\w*|school|universit\w*|teenager|boyfriend|girlfriend|divorce|married",
    ),
    # living in another year or a working life long over: "Dad thinks it is 1962 and he has to get up for the pit"
    (
        "mind",
        "other_time",
        1,
        r"\b(?:he|she|(?:my\s+)?(?:mum|mom|mam|dad|mother|father|gran|granny|grandma|grandad|grandpa|husband|wife))\s+"
        r"(?:still\s+|often\s+|sometimes\s+)?(?:thinks|believes|is\s+sure)\s+(?:that\s+)?(?:it['’]s|it\s+is)\s+(?:still\s+)?"
        r"(?:19|18)\d\d\b",
        _OTHER_TIME_UNLESS,
    ),
    (
        "mind",
        "old_work",
        1,
        r"\b(?:thinks|believes|is\s+sure)\b[^.!?]{0,40}?\b(?:he|she)\s+(?:has|needs|must|is\s+late)\s+"
        r"(?:to\s+)?(?:get\s+up\s+|go\s+|be\s+)?(?:for|to)\s+(?:work|the\s+(?:pit|mine|mill|office|factory|farm|boat"
        r"|shift|school|docks|station))\b",
        _OTHER_TIME_UNLESS,
    ),
    # the same story or question again within the hour, and not known
    (
        "mind",
        "repeats",
        1,
        r"\b(?:tells?|told|asks?|asked|says?)\s+(?:me\s+|us\s+)?the\s+same\s+(?:\w+\s+)?(?:story|question|thing|joke)\s+"
        r"(?:(?:twice|two|three|four|five|six|ten|\d+)\s+times\s+(?:in|within)\s+(?:an|one|the\s+same|a|half\s+an)\s+"
        r"(?:hour|afternoon|morning|visit|evening|minute|call|meal)|every\s+(?:few|five|ten|couple\s+of|two)\s+minutes"
        r"|over\s+and\s+over)\b",
        _REPEAT_UNLESS,
    ),
    # … and not knowing it was told: "the same story three times in an hour and never knows he has"
    (
        "mind",
        "unknowing",
        1,
        r"\bthe\s+same\s+(?:\w+\s+)?(?:story|question|thing|joke)\b[^.!?]{0,60}?\b(?:and|but)\s+(?:\w+\s+)?(?:never"
        r"|doesn['’]t|does\s+not|didn['’]t|did\s+not|can['’]t|cannot)\s+(?:know|knows|remember|remembers|notice|notices"
        r"|realise|realize)\b",
        _REPEAT_UNLESS,
    ),
    # asking for a parent, as a child would (a grown one: "she still asks for her mother")
    (
        "mind",
        "asks_parent",
        1,
        r"\b(?:she|he)\s+(?:still\s+|keeps\s+|always\s+|often\s+)?(?:asks|asking|calls|calling|cries|crying|looks|looking)"
        r"\s+for\s+(?:her|his)\s+(?:mother|mum|mam|mama|mom|mommy|father|dad|papa|daddy)\b",
        r"baby|child\w*|toddler|little|nursery|school|kindergarten|daughter|son|girl|boy|lost|night\s*mare|teeth"
        r"|fever|hospital|party|camp",
    ),
    # the house labelled so they can find their own things
    (
        "mind",
        "labels",
        1,
        r"\b(?:labelled|labeled|put\s+(?:labels|names|pictures|signs)\s+on)\s+(?:every|each|all\s+the|the)\s+"
        r"(?:\w+\s+){0,3}?(?:drawers?|cupboards?|doors?|switches|taps|cups|rooms?)\b[^.!?]{0,50}?\bso\s+(?:that\s+)?"
        r"(?:she|he|mum|dad|mom|mam)\s+(?:can|could|would|knows?|finds?)\b",
        r"apprentice\w*|children|kids|pupils|students|mov\w*|removal|boxes|workshop|office|lab\b|guests|lodgers"
        r"|tenants|blind|sight|glasses|new\s+(?:flat|house|kitchen)",
    ),
    # one of the family taken for another: "he thinks I'm his sister", "she takes me for her mother"
    (
        "mind",
        "taken_for",
        1,
        r"\b(?:he|she)\s+(?:\w+\s+)?(?:thinks|thought|takes|took|mistakes|mistook)\s+(?:I['’]m|I\s+am|me\s+for)\s+"
        r"(?:his|her)\s+(?:late\s+|dead\s+|own\s+)?(?:" + KIN_WORDS + r")\b(?!['’]s)",
        r"alike|look\s+like|same\s+(?:hair|eyes|face|voice)|twins?|people|everyone|waiter|shop|jok\w*|laugh\w*"
        r"|tease\w*|dark|photo\w*|phone",
    ),
    # a nurse or a carer coming on set days (never the midwife, the baby weighed)
    (
        "body",
        "carer",
        1,
        r"\b(?:the|a|her|his)\s+(?:district\s+|home\s+|night\s+|community\s+|palliative\s+)?(?:nurse|carer|caregiver"
        r"|aide|home\s+help|care\s+worker)s?\s+(?:comes|come|came|visits|visited|calls|called)\s+(?:in\s+|round\s+"
        r"|by\s+)?(?:on\s+)?(?:every\s+|each\s+)?(?:" + _DAY + r"(?:\s*(?:,|and|&)\s*" + _DAY + r")*|day|morning"
        r"|mornings|evening|evenings|night|nights|week|twice|three\s+times)\b",
        r"baby|babies|newborn|weigh\w*|midwife|vaccin\w*|jab|school|pupils|check-?ups?|mother\s+and\s+baby|twins|born"
        r"|pregnan\w*|stitches|cast|plaster|after\s+the\s+operation|knee|hip",
    ),
]
