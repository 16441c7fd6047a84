"""A death told by where the body went or what marked it, and a mind gone back decades, as cues that
:mod:`agent.guided.weighed_signs` weighs with its own.

Tellers often never say "died": they say what went into the ground with the one gone, the box the soldier came home
in, the family taking him home to lie with his fathers, the notice with his photograph and a black border on the
gate, the summer they put him under the trees at the cemetery. And of a wife or a husband whose mind is going they
tell what she waits for every morning, something that ended forty years ago. Each structure here names the body or
the one gone; their look-alikes (a present that went into the box with the cake, a zinc bucket, home to his fathers'
village for the holidays, a timetable on the gate, a bus waited for every morning) have no such structure, or are
cancelled in their sentence.
"""

from __future__ import annotations

from agent.guided.funeral_cues import KIN_WORDS

_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+"
_WHO = r"(?P<who>him|her|them|" + _NAME + r"(?:\s+" + _NAME + r")?)"
_ANY = r"(?:him|her|them|" + _NAME + r")"
_SUBJECT = r"(?:he|she|" + _NAME + r"|(?:my|our|his|her)\s+(?:[\w'’-]+\s+)?(?:" + KIN_WORDS + r"))"
_YEARS = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty)(?:[\s-]+\w+)?\s+years"
)

CUES: list[tuple[str, str, int, str, str]] = [
    # ---- what went into the ground with the one gone: "it went into the ground with him" ----------------------------
    (
        "loss",
        "buried_with",
        2,
        r"\b(?:went|go|goes|gone|was\s+put|were\s+put|was\s+laid|were\s+laid|was\s+lowered|we\s+put\s+(?:it|them))\s+"
        r"(?:down\s+)?(?:into|in)\s+(?:the\s+)?(?:ground|grave|earth|coffin|casket)\s+with\s+" + _WHO + r"\b"
        r"(?!\s+(?:help|hands?|spade|shovel|own))"
        r"|\b(?:put|laid|placed|slipped|tucked)\s+(?:[\w'’-]+\s+){1,4}?(?:in|into)\s+(?:the\s+|his\s+|her\s+)?(?:coffin"
        r"|casket|grave)\s+with\s+" + _ANY + r"\b"
        r"|\b(?:was|were|got|is|are)\s+buried\s+with\s+"
        + _ANY
        + r"\b(?!\s+(?:help|hands?|spade|shovel|own|in\s+the\s+sand))",
        r"seeds?|bulbs?|plant\w*|potato\w*|sapling|tree|garden\w*|sand|beach|treasure|time\s+capsule|dog|cat|hamster|pet",
    ),
    # ---- the coffin said by its material: "he came home in a zinc box with a little window" -------------------------
    (
        "loss",
        "coffin_box",
        2,
        r"\b(?P<who>"
        + _SUBJECT
        + r")\s+(?:came|come|comes|was\s+(?:sent|brought|flown|shipped))\s+(?:back\s+|home\s+)?"
        r"(?:home\s+|back\s+)?(?:(?:to|from)\s+[\w'’-]+\s+)?(?:in|inside)\s+(?:a|the)\s+"
        r"(?:(?:sealed|closed|soldered|plain|simple|rough|cheap)\s+)?"
        r"(?:zinc|lead|leaden|tin|metal|steel|sealed|soldered|pine|plywood|deal|wooden|closed|plain)\s+(?:box|coffin"
        r"|casket|crate)\b(?!\s+(?!(?:from|with|to|at|in|on|that|which|and|after|before|when|by|under|draped|covered"
        r"|for|he|she|we|they)\b)[a-z])"  # a box that is part of another thing: "a box cart", "a metal box of a car"
        r"|\bzinc\s+coffins?\b|\b(?:zinc|lead|metal|sealed|soldered)\s+(?:box|coffin|casket)\s+with\s+(?:a|the)\s+"
        r"(?:little\s+|small\s+|tiny\s+)?(?:window|glass)\b",
        r"toy|gift|present|parcel|apples|fish|tools|bird|hamster|kitten|puppy|chicks?|seeds|shop|market",
    ),
    # ---- taken home to lie with the ancestors: "took him home to Murehwa to lie with his fathers" -----------------
    (
        "loss",
        "fathers",
        2,
        r"\b(?:took|take|taken|brought|bring|carried|flew|sent|drove)\s+" + _WHO + r"\s+(?:back\s+)?home\s+"
        r"(?:to\s+[\w'’-]+\s+)?to\s+(?:be\s+(?:laid|buried)|(?:lie|rest|sleep)\s+(?:for\s+ever|forever|for\s+good|at\s+last"
        r"|in\s+(?:the\s+|his\s+|her\s+)?(?:own\s+|home\s+|red\s+|native\s+)?(?:soil|earth|ground)))\b"
        r"|\bto\s+(?:lie|rest|sleep|be\s+laid|be\s+buried)\s+(?:with|among|beside|next\s+to)\s+(?:his|her|their|the)\s+"
        r"(?:own\s+)?(?:fathers|forefathers|ancestors|forebears|grandfathers|mothers|foremothers)\b"
        r"|\b(?:gathered\s+to|joined|gone\s+to\s+join|went\s+to\s+join)\s+(?:his|her|their|the)\s+"
        r"(?:fathers|forefathers|ancestors|forebears)\b",
        r"holiday\w*|visit\w*|village\s+for|weekend|summer\s+holidays|festival|wedding",
    ),
    # ---- the death notice with the photograph and the black border, on a gate, a door, a pole ----------------------
    (
        "loss",
        "death_notice",
        2,
        r"\b(?:papers?|notices?|posters?|sheets?|leaflets?|pages?|bills?)\s+with\s+(?:(?P<who>"
        + _NAME
        + r")['’]s\s+|his"
        r"\s+|her\s+|their\s+)(?:\w+\s+)?(?:photograph|photo|picture|portrait|face)\b[^.!?]{0,80}?\bblack\s+(?:border"
        r"|frame|band|edge|edging|ribbon|stripe)s?\b"
        r"|\bblack[\s-]+(?:bordered|edged|framed)\s+(?:papers?|notices?|posters?|sheets?)\s+with\s+(?:his|her|their)\s+"
        r"(?:\w+\s+)?(?:photograph|photo|picture|portrait|face)\b",
        r"concert|film|movie|wanted|election|candidate|campaign|advert\w*|sale|circus|party|match|exhibition|gig|reunion"
        r"|dance|show|festival|fair|tour|launch|competition|contest|lecture|missing|reward|birthday|graduation|play\b",
    ),
    # ---- laid under the trees at the cemetery: "the summer we put him under the birches at the cemetery" ----------
    (
        "loss",
        "cemetery",
        2,
        r"\b(?:put|laid|lay|placed|set)\s+" + _WHO + r"\s+(?:to\s+rest\s+|down\s+)?(?:under|beneath|beside|by|next\s+to"
        r"|near|among|in|at|with)\s+(?:[\w'’-]+\s+){0,6}?(?:cemetery|graveyard|churchyard|kirkyard|burial\s+ground)\b",
        r"car|bus|taxi|van|truck|lorry|drove|pram|buggy|stroller|wheelchair|bench|wait\w*|shade\s+while|gate\s+to",
    ),
    # ---- a mind gone back decades: asked every morning for what ended forty years ago ------------------------------
    (
        "mind",
        "asks_daily",
        1,
        r"\b(?:every|each)\s+(?:morning|day|evening|night|afternoon)\s+(?:she|he)\s+(?:asks|is\s+asking|wants\s+to\s+know"
        r"|gets\s+(?:ready|dressed)|packs|waits|looks)\b"
        r"|\b(?:asks|keeps\s+asking|waits|gets\s+(?:ready|dressed))\s+[^.!?]{0,50}?\b(?:every|each)\s+"
        r"(?:morning|day|evening|night)\b",
        r"homework|pocket\s+money|breakfast|weather|news|school|lessons?|shop|dinner|tea\b",
    ),
    (
        "mind",
        "ended_long_ago",
        1,
        r"\b" + _YEARS + r"\s+(?:since|after|ago)\b[^.!?]{0,80}?\b(?:she|he)\s+(?:is|was)\s+(?:still\s+)?(?:waiting"
        r"|asking|looking)\s+for\b"
        r"|\b(?:she|he)\s+(?:is|was)\s+(?:still\s+)?(?:waiting|asking|looking)\s+for\s+[^.!?]{0,60}?\b"
        + _YEARS
        + r"\s+(?:since|after|ago)\b"
        r"|\b(?:dead|gone|closed|shut|sold|pulled\s+down)\s+(?:for\s+)?" + _YEARS + r"\b",
        r"letter|answer|pension|visa|papers|permit|compensation|apology|court|council|refund",
    ),
    (
        "mind",
        "year_lost",
        2,
        r"\b(?:she|he|"
        + _NAME
        + r")\s+(?:thinks|believes|is\s+sure)\s+(?:that\s+)?(?:it\s+is|it'?s|it\s+was)\s+still\s+(?:19\d\d"
        r"|the\s+(?:fifties|sixties|seventies|eighties|war))\b(?!\s+(?:when|about|with|in|at|for|as\s+far|where)\b)"
        r"|\b(?:she|he)\s+(?:doesn'?t|does\s+not|no\s+longer|can'?t|cannot)\s+(?:knows?|remembers?|tells?)\s+(?:any\s+more\s+)?"
        r"(?:what\s+year|the\s+year|which\s+year)\b",
        r"club|pub|carpet|fashion|music|hair\w*|style|wallpaper|decor|furniture|clothes|joke|prices?|money|petrol|cost\w*"
        r"|wages|fares?|rent",
    ),
]
