"""Someone taken or called away and never back, told by the waiting, as cues that
:mod:`agent.guided.weighed_signs` weighs with its own (two kinds together are a loss).

Under a regime, in a war or at sea, the disappeared are rarely said dead: nobody saw the death. The teller tells the
going and the years since: men came in the night and invited a father "to go and study" or "for a few questions";
the return was promised ("three days only, then he comes back", "back for the noon meal"); the short span became a
lifetime ("Three days. Now it is fifty years.", "the two weeks became eighty years"); his place was kept ready (a mat
unrolled every night, the gate left unlatched, "we still wait"); nobody ever learned where he lies; his name is said
among the dead at their festival, or his photo hangs with the missing. Each cue is a structure, and each alone has an
ordinary cause (a student who came back a doctor, a migrant who came for three months and stayed forty years, a
brother called in for questions and let go, the donors' names read at the festival), cancelled in its sentence or
left to weigh one alone.
"""

from __future__ import annotations

from agent.guided.being_or_thing import KIN_WORDS

_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+"
# the one taken: one of the family ("Pa", "my brother"), a name, or by pronoun
_WHO = (
    r"(?P<who>(?:(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+)?)?(?:" + KIN_WORDS + r")(?![\w'’-])(?:\s+" + _NAME + r")?"
    r"|him|her|them|" + _NAME + r")"
)
_FEW = r"(?:one|two|three|four|five|six|seven|ten|a\s+few|a\s+couple\s+of|\d{1,2})"
_SHORT = _FEW + r"\s+(?:minutes?|hours?|days?|nights?|weeks?)"
_YEARS = r"(?:(?:\w+[\s-]){0,2}years)"
# a going of one's own, or a return said: the cue tells of a trip, a course or a release
_CAME_BACK = (
    r"came\s+back|come\s+back\s+(?:a|with|rich|home\s+with)|returned|got\s+back|was\s+back|were\s+back|let\s+(?:him|her"
    r"|them)\s+go|released|same\s+(?:night|day|evening)|next\s+(?:day|morning)|holiday|trip|visit\w*|degree|exam"
    r"|universit\w*|college|course|conference|hospital"
)
_STAYED = r"came\s+(?:for|to|here|over)|moved|settled|emigrat\w*|married|job|lived|live\b|stay\w*|visa|contract"

# The taking and the short return promised with it tell one going (weighed once together by weighed_signs): only what
# came after it tells he never came back
GOING = ("summoned", "promised")
# ... and a return told after the going, in any sentence, is its ordinary end: "on the Sunday he was home", "he walked
# home before midnight", "they let him go", "Dad phoned us from there" (never a return denied, "he never came home",
# nor the men coming back for someone else)
_ADV = r"(?:(?:had|has|already|safely|finally|then|soon)\s+)?"
BACK_AFTER = (
    frozenset({"summoned", "promised", "since", "waiting", "unknown", "named_dead"}),
    r"\b(?:he|she|(?-i:[A-Z])[\w'’-]+)\s+"
    + _ADV
    + r"(?:(?:came|walked|got|cycled|drove|limped|turned\s+up|was|were)\s+"
    r"(?:[\w'’-]+\s+){0,2}?back\b|(?:came|walked|got|cycled|drove|limped|turned\s+up)\s+(?:[\w'’-]+\s+){0,2}?home\b"
    r"|returned|reappeared|(?:was|were)\s+(?:released|freed|let\s+(?:go|out)|set\s+free)"
    r"|(?:phoned|rang|telephoned|wrote)\s+(?:us|home|to\s+us|from))(?!\s+(?:for|without|to\s+(?:take|fetch|arrest)))"
    # (never another's return set against the one who did not: "Vannak came back in '79, but Pa never did")
    r"(?![^.!?;]*?\bbut\s+(?:[\w'’-]+\s+){0,3}?(?:never|not|no|\w+n['’]t)\b)"
    r"|\b(?:he|she)\s+" + _ADV + r"(?:was|were)\s+(?:back\s+)?home\b"
    r"|\b(?:let|set)\s+(?:him|her|them)\s+(?:go|free|out)\b(?!\s+of)|\breleased\s+(?:him|her|them)\b",
)

# Each cue: (family, kind, weight, pattern, unless), as :data:`agent.guided.weighed_signs._CUES`. A group ``who`` is
# the one the cue is said of.
CUES: list[tuple[str, str, int, str, str]] = [
    # ---- taken or called away by those in power, with a pretext: "invites Pa to go and study", "for questioning" ---
    (
        "loss",
        "summoned",
        1,
        r"\b(?:invit\w*|call\w*|summon\w*|took|take|takes|taken|fetched|came\s+for|asked\s+for|ordered)\s+"
        + _WHO
        + r"\s+"
        # (… or with others and a place between: "took my husband and the other men of the village to the school for")
        r"(?:(?:and\s+|with\s+)?(?:[\w'’-]+\s+){1,10}?(?:to|for)\s+|(?:away\s+|out\s+|in\s+)?(?:to\s+go\s+(?:and|to)\s+)?"
        r"(?:to\s+|for\s+)?)(?:study|studies|questions?|questioning"
        r"|a\s+few\s+questions|re-?education|a\s+(?:short\s+)?(?:talk|meeting|course|word)|sign\s+(?:a|some)\s+papers?"
        r"|register|the\s+(?:district|party|commune|militia|police)\s+(?:office|station|headquarters)|dig\s+trenches"
        r"|labour|labor|work\s+(?:in|on)\s+the\s+(?:camp|road|railway|east|north))\b"
        # … men come at night for someone: "two boys in black came at night with a lamp"
        r"|\b(?:men|soldiers|boys|police\w*|guards|militia\w*|cadres|agents|officers|troops|army|gendarmes?|paramilitar\w*"
        r"|(?-i:NKVD|KGB|Gestapo|Stasi|Securitate|DINA|SAVAK|Mukhabarat)|death\s+squads?)\s+"
        r"(?:in\s+(?:black|uniform|\w+\s+coats)\s+)?came\s+(?:\w+\s+){0,3}?(?:at\s+|in\s+the\s+(?:middle\s+of\s+the\s+)?)"
        r"night\b",
        _CAME_BACK + r"|party\b|dinner|wedding|tea\b",
    ),
    # ---- a short return promised: "three days only, then he comes back", "only a few minutes, they said" ----------
    (
        "loss",
        "promised",
        1,
        r"\b" + _SHORT + r"\s+only\b|\bonly\s+(?:for\s+)?" + _SHORT + r"\b"
        r"|\b(?:then|and|after\s+that)\s+(?:he|she|they)\s+(?:comes?|will\s+come|would\s+come|['’]ll\s+come)\s+"
        r"(?:back|home)\b|\b" + _SHORT + r"\s*,\s*(?:they|he|she|the\s+(?:man|men|officer|soldier|guard|cadre)s?)\s+"
        r"(?:said|told\s+us|promised|swore)\b"
        r"|\b(?:back|home)\s+(?:by|for|before|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s*,?\s+(?:he|she|they|the\s+\w+)\s+"
        r"(?:said|promised|swore|wrote)\b"
        r"|\b(?:he|she|they)\s+(?:would|will|['’]d|['’]ll)\s+be\s+(?:back|home)\s+(?:by|for|in|before)\s+"
        r"(?:the\s+)?(?:\w+\s+)?(?:meal|dinner|supper|lunch|sunday|evening|morning|night|harvest|a\s+week|three|two|four)\b",
        _CAME_BACK + r"|school|shop|sale|offer|ticket|price|film|show|menu|" + _STAYED,
    ),
    # ---- the short span became a lifetime: "Three days. Now it is fifty years.", "two weeks became eighty years" -----
    (
        "loss",
        "since",
        1,
        r"\b"
        + _SHORT
        + r"\b[^.!?]{0,30}[.!?]?\s*(?:and\s+|but\s+)?(?:now|today|so\s+far)\s*,?\s+(?:it\s+is|it['’]s|that\s+is"
        r"|they\s+are|it\s+has\s+been)\s+" + _YEARS + r"\b"
        # (never the years of a habit kept or a life lived: "now it is forty years we go back every summer")
        r"(?!\s*,?\s*(?:that\s+|and\s+)?(?:we|i|he|she|they|you)\s+(?!(?:still\s+|have\s+|has\s+|had\s+)?(?:been\s+)?wait)"
        r"[\w'’]+)"
        r"|\b(?:minutes|hours|days|weeks)\s+(?:became|become|turned\s+into|have\s+become|are\s+now)\s+"
        + _YEARS
        + r"\b",
        _STAYED + r"|came\s+back|returned|holiday|trip|visit\w*",
    ),
    # ---- the place kept ready: a mat unrolled every night, the gate left unlatched, "we still wait" -----------------
    (
        "loss",
        "waiting",
        1,
        r"\b(?:kept|keeps|keep|left|leaves|leave|set|sets|laid|lays)\s+(?:his|her|their)\s+(?:\w+\s+){0,2}?(?:mat|bed"
        r"|bedroll|place|plate|bowl|cup|chair|sandals|shoes|slippers|coat|clothes|pillow)\b[^.!?]{0,60}?\b(?:every\s+"
        r"(?:night|evening|morning|day|sunday|year|new\s+year|christmas|easter|eid|feast|festival|(?:his|her|their)\s+"
        r"birthday)|for\s+(?:(?:\w+[\s-]){0,2}years|decades|the\s+rest\s+of\s+(?:her|his|their|my|our)\s+li(?:fe|ves))"
        r"|all\s+(?:those|these)\s+years)\b"
        r"|\bevery\s+night\s+(?:she|he|they|mother|mum|mam|ma|father)\s+(?:\w+\s+){0,3}?(?:unrolled|unrolls|made|makes"
        r"|laid|lays|set|sets|unlatched|unlocked|opened|left)\s+(?:it|the|his|her|their)\b"
        r"|\b(?:left|leaves|kept|keeps)\s+the\s+(?:door|gate|light|lamp)\s+(?:unlocked|unlatched|open|on|burning)\s+"
        r"(?:for\s+(?:him|her|them)\s+)?(?:every\s+night|all\s+night|for\s+years)\b"
        r"|\b(?:we|i|she|mother|mum|mam|ma)\s+(?:(?:still|always)\s+(?:wait|waits|waited|waiting)|(?:are|am|is|was|were)\s+"
        r"still\s+waiting)\b(?:\s+for\s+(?:him|her|them"
        r"|(?:my|our|his|her)\s+\w+))?(?=\s*[.!?;]|\s+for\s+(?:him|her|them)|\s+(?:at|by|on)\s+the\s+(?:window|door|gate"
        r"|jetty|quay|pier|shore|beach|road))"
        # … the years of waiting counted: "Fifty years now we wait on the jetty"
        r"|\b(?:\w+[\s-]){0,2}years\s+(?:now\s+)?(?:we|i|she|he|they|mother|mum|mam|ma)\s+(?:have\s+|has\s+)?(?:wait|waits"
        r"|waited|been\s+waiting)\b(?!\s+(?:for\s+(?:the|a|this|that|our|my)\s+|to\s+))",
        # (whole words where a longer one is no such cause: "Forty years later", "they called his name", "cattle")
        r"university|college|school|holiday|trip|army|service|tidy|cats?\b|dogs?\b|teen\w*|late\b|party|curfew|lodger"
        r"|bus\b|buses\b|trains?\b|letter|calls?\b|results|visa|pension|phone|waiting\s+(?:on\s+)?tables?|turn\b|queue"
        r"|line\b|doctor|appointment|verdict|permit",
    ),
    # ---- never known where or what: "we never found out where they took him", "no grave to visit" -----------------
    (
        "loss",
        "unknown",
        1,
        r"\b(?:we|i|mother|mum|nobody|no\s+one|they)\s+(?:never|still\s+(?:don['’]t|do\s+not)|did\s+not|didn['’]t)\s+"
        r"(?:ever\s+)?(?:found\s+out|find\s+out|learned|learnt|learn|knew|know|heard|told\s+us)\s+(?:what\s+happened\s+to\s+"
        r"(?:him|her|them)|where\s+(?:they\s+took\s+(?:him|her|them)|(?:he|she|they|" + _NAME + r"|(?:my|our)\s+\w+)\s+"
        r"(?:is|are|was|were|lies|lie)\b"
        r"|(?:his|her|their)\s+(?:body|grave|bones)))",
        r"job|work|married|remarried|new\s+wife|new\s+family|divorce|left\s+us|walked\s+out|ran\s+off|phone|address",
    ),
    (
        "loss",
        "unknown",
        2,
        r"\bno\s+(?:grave|body|bones)\s+(?:to\s+(?:visit|bury|mourn|wash)|was\s+(?:ever\s+)?found|came\s+back)\b"
        r"|\bnever\s+found\s+(?:his|her|their)\s+(?:body|bones|remains)\b",
        r"dog|cat|horse|cow|goat|sheep|pig|fossil|dinosaur|museum|archaeolog\w*",
    ),
    # ---- said among the dead: "the monks say his name with the others", "his photo hangs with the disappeared" -------
    (
        "loss",
        "named_dead",
        1,
        r"\b(?:say|says|said|read|reads|call|calls|called|chant|chants|chanted|recite\w*|speak|speaks|spoke|write|writes"
        r"|wrote|pray\w*\s+for)\s+(?:his|her|their|" + _NAME + r"['’]s)\s+names?\s+(?:\w+\s+){0,2}?(?:with|among|beside"
        r"|after|before)\s+(?:the\s+|all\s+the\s+)?(?:others|dead|departed|drowned|fallen|missing|disappeared|ancestors"
        r"|souls|lost)\b"
        r"|\b(?:his|her|their|" + _NAME + r"['’]s)\s+(?:name|photo|photograph|picture|face)\s+(?:is|was|goes|went|hangs"
        r"|hung|stands)\s+(?:up\s+)?(?:on|in|among|with)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:of\s+the\s+)?(?:missing|disappeared"
        r"|dead|fallen|drowned|lost|desaparecidos|victims|others)\b"
        r"|\b(?:his|her|their|" + _NAME + r"['’]s)\s+name\s+(?:came|was|appeared|stood)\s+(?:up\s+)?(?:on|in)\s+the\s+"
        r"(?:\w+\s+)?(?:list|register|roll)\s+of\s+the\s+(?:missing|dead|fallen|disappeared|drowned|lost)\b",
        r"donors?|graduat\w*|winners?|team|founders|alumni|wedding|birthday|living|class|register|attendance|honou?r\s+roll"
        r"|newspaper|prize|award|credits|programme|program|ordination|ordain\w*|blessing",
    ),
    # ---- led away or sent to the camps: "the soldiers marched him away", "sent to the camps in '37" ---------------
    (
        "loss",
        "summoned",
        1,
        r"\b(?:marched|led|dragged|drove|hauled|pushed|bundled)\s+" + _WHO + r"\s+(?:away|off)\b"
        r"|\b(?:sent|taken|deported|shipped|transported|exiled)\s+(?:away\s+)?to\s+(?:the\s+|a\s+)?(?:camps?\b|gulag|siberia"
        r"|labou?r\s+camps?|re-?education\s+camps?|kolyma)"
        r"|\bwithout\s+the\s+right\s+(?:to|of)\s+(?:write|writing|correspond\w*|letters)\b",
        _CAME_BACK + r"|court|trial|sentence|fine|bail|drunk|pub|bar|party|dance|wedding|stage|horse|cow|goat|sheep"
        r"|refugee|summer|scout|boot|sport|training|day\s+camp|music|football|youth|guides?|bible|church",
    ),
    # ---- one of the disappeared: "my brother is one of the disappeared", "he was disappeared in '76" ----------------
    (
        "loss",
        "unknown",
        2,
        r"\b(?:is|was|are|were)\s+(?:one\s+of\s+|among\s+)the\s+(?:disappeared|desaparecidos)\b"
        r"|\b(?:he|she|they|(?:my|our)\s+\w+|" + _NAME + r")\s+(?:was|were)\s+disappeared\b",
        r"magic|trick|conjur\w*|film|novel|book|play\b|game",
    ),
    # ---- the boat or the one in it never reached land, nothing more learned ----------------------------------------
    (
        "loss",
        "unknown",
        1,
        r"\b(?:never|did\s+not|didn['’]t)\s+(?:came|come|got|get|put)\s+(?:into|in\s+to|back\s+(?:into|to))\s+(?:the\s+)?"
        r"(?:harbour|harbor|port|shore|land|the\s+bay)\b|\b(?:never|did\s+not|didn['’]t)\s+(?:reached|reach|made|make)\s+"
        r"(?:the\s+)?(?:harbour|harbor|port|shore|land|home\s+port)\b|\bwas\s+never\s+seen\s+again\b"
        r"|\b(?:we|i|mother|mum|nobody|no\s+one)\s+(?:ever\s+)?(?:learned|learnt|heard|knew|found\s+out)\s+nothing\s+"
        r"(?:more|else|of\s+(?:him|her|them)|about\s+(?:him|her|them))\b",
        r"letter|parcel|package|ball|kite|hat|money|suitcase|luggage|cat|dog|ring|watch|wallet|keys?|umbrella|gossip"
        r"|exam|results|job|interview",
    ),
]
