"""A death told by the burial the family did with its own hands, or by the body gone still after an illness, as
cues that :mod:`agent.guided.weighed_signs` weighs with its own (two kinds together are a loss).

In a famine, a camp, a war or at sea there is no undertaker and often no word for the death: the teller says what
the hands did. A mother wrapped the child in her own old sarong, a brother dug by the termite hill with the short
hoe before the work bell, the crew sewed him into his hammock, they covered her with sand; "no monk, no incense",
"no priest, no coffin". Before that, the body told it: after the fever she was not shaking any more, she was light,
like a bundle of straw, he went cold in his mother's arms. Each cue is a structure and each alone has an ordinary
cause (potatoes dug by the termite hill, bread wrapped in a cloth, a child wrapped in a blanket against the cold, a
fever that broke and a child that slept, a baby lighter to carry once she walked, a wedding with no priest), cancelled
in its sentence or left to weigh one alone.
"""

from __future__ import annotations

_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+"
_ONE = r"(?P<who>him|her|them|" + _NAME + r")"
_ANY_ONE = r"(?:him|her|them|" + _NAME + r")"
_CLOTH = (
    r"sarong|blanket|mat|cloth|sheet|shawl|sack|sacking|tarpaulin|canvas|sail|sailcloth|hammock|kanga|kitenge|lungi"
    r"|longyi|krama|scarf|quilt|rug|coat|greatcoat|cape|tablecloth|bedsheet|bedspread|flag|poncho|groundsheet|bark"
    r"|leaves|banana\s+lea(?:f|ves)|palm\s+lea(?:f|ves)|rice\s+sack|jute|apron|jacket|shirt|robe|cloak|burlap|hessian|sari"
    r"|saree|dhoti|pagne|lamba|kikoi|shuka|chador|dupatta|shroud|winding\s+sheet|oilskin"
)
_TOOL = r"hoe|spade|shovel|hands|knife|pick|pickaxe|mattock|stick|bayonet|helmet|trowel|paddle|oar|plate|tin|bowl"
# an animal's body: the old hen cold by morning, the lamb wrapped in a sack
_ANIMALS = (
    r"hens?|chickens?|chicks?|cats?|kittens?|dogs?|pupp(?:y|ies)|lambs?|calf|calves|goats?|kids?\b|pigs?|piglets?|rabbits?"
    r"|birds?|budgies?|hamsters?|fish|pony|ponies|foals?|horses?|cows?|ducks?|ducklings?|geese|goose|sheep|ewes?"
)
# the ordinary digging and wrapping: a crop, a well, a pet, a game at the beach, warmth against the cold
_DUG_FOR = (
    r"potato\w*|yams?|cassava|manioc|taro|carrots?|peanuts?|groundnuts?|garden|vegetables?|well|latrine|toilet|gate-?posts?"
    r"|fence-?posts?|posts?|seeds?|plant\w*|trees?|canal|ditch\w*|irrigat\w*|worms|bait|clams|treasure|gold|sand\s*castle|castle"
    r"|beach|dog|cat|hamster|rabbit|goldfish|puppy|kitten|pet|tortoise|budgie|bird|chicken|hen|foundation|oven|pit\s+oven"
    r"|hangi|umu|fire\s*pit|compost|rubbish|trash|drain|pipe|cable|archaeolog\w*|fossil|bones\s+of"
)
_WARMTH = (
    # (whole words where a longer one is no such cause: "the rains", "Sunday", "a winding sheet", "a napkin")
    r"cold|warm\w*|chill\w*|shiver\w*|freez\w*|snow|frost|winter|rain\b|raining|rainy|wet\b|wind\b|windy|sleep|asleep"
    r"|bed\s*time|nap\b|bath\b|swim\w*|beach|sun\b|sunny|sunshine|clinic|hospital|doctor|nurse|born|newborn|swaddl\w*|baby"
    r"|carried\s+(?:him|her|them)\s+(?:to|home)"
    r"|fever\s+(?:broke|went\s+down)|better|hide|hid|hidden|smuggl\w*|game|play\w*|costume|dress(?:ed)?\s+up"
    r"|christen\w*|baptis\w*|naming|photo\w*|portrait|wedding|festival|procession|parade|nativity|" + _ANIMALS
)

# Each cue: (family, kind, weight, pattern, unless), as :data:`agent.guided.weighed_signs._CUES`. A group ``who`` is
# the one the cue is said of.
CUES: list[tuple[str, str, int, str, str]] = [
    # ---- the body wrapped by the family in what there was: "wrapped her in her own old sarong" ---------------------
    (
        "loss",
        "wrapped",
        1,
        r"\b(?:wrapped|rolled|bound|tied|sewed|sewn|stitched|folded)\s+" + _ONE + r"\s+(?:up\s+)?(?:in|into|inside)\s+"
        r"(?:(?:his|her|their|my|our|a|an|the|an\s+old|some)\s+)?(?:(?:piece|length|scrap|strip|bit|fold)\s+of\s+)?(?:own\s+)?"
        r"(?:\w+\s+){0,2}?(?:" + _CLOTH + r")\b",
        _WARMTH,
    ),
    # ---- a grave dug by hand, no object but the place or the tool: "I dug by the termite hill with the short hoe" ----
    (
        "loss",
        "dug",
        1,
        r"\b(?:dug|dig|digging)\s+(?:(?:a|the|one)\s+(?:(?:small|little|shallow|short|narrow|deep)\s+)?(?:hole|pit|place)\s+(?:for\s+"
        r"(?:him|her|them)\s+)?)?(?:(?:by|under|beside|behind|near|next\s+to|at\s+the\s+(?:foot|edge)\s+of|in\s+the\s+"
        r"(?:shade|corner)\s+of)\s+(?:the|a|our|an)\s+(?:[\w-]+\s+){0,2}?(?:hill|mound|tree|rock|stone|wall|fence|hut"
        r"|house|field|dyke|dike|road|track|river|stream|path|camp|termite\w*|anthill|mango|palm|bamboo|church|pagoda"
        r"|temple|mosque|pond|hedge|wood|woods|ruins|oak|olive|cypress|baobab|acacia|dune|track|railway|trench|barracks"
        r"|hut|tent|shelter)\b|with\s+(?:the|a|my|our|his|her|bare|only\s+(?:the|a|my|our))\s+(?:[\w-]+\s+)?(?:"
        + _TOOL
        + r")\b"
        r"|in\s+the\s+(?:night|dark|frozen\s+ground|snow|sand|rain|mud))",
        _DUG_FOR,
    ),
    (
        "loss",
        "dug",
        2,
        r"\b(?:dug|dig|digging)\s+(?:a|the|one|her|his|their|two|three|small|little|shallow)\s+(?:(?:small|little|tiny"
        r"|shallow|short)\s+)?graves?\b"
        r"|\b(?:covered|buried)\s+" + _ONE + r"\s+(?:over\s+)?(?:with|under|in)\s+(?:the\s+)?(?:earth|soil|sand|stones"
        r"|rocks|dirt|clay|snow)\b(?![^.!?]{0,20}?\b(?:up\s+to|to\s+(?:the|his|her|their))\s+(?:the\s+|his\s+|her\s+|their\s+)?"
        r"(?:neck|chin|waist|knees|shoulders))"
        r"|\b(?:committed|gave|slid|lowered|let)\s+"
        + _ANY_ONE
        + r"\s+(?:\w+\s+)?(?:over\s+the\s+side\s+)?(?:to|into|over)\s+(?:the\s+)?(?:sea|deep"
        r"|waves|water|river|current)\b",
        r"gravedigger|job|paid|archaeolog\w*|cemetery\s+work|game|play\w*|beach|laugh\w*|joke|sunbath\w*|holiday|summer"
        r"|kids|fun|sand\s*castle|swim\w*|dive|diving|dog|cat|pet|hamster|rabbit|bird|goldfish|halloween|costume|pretend\w*"
        r"|baptis\w*|bath\w*|wash\w*|ashes|urn|" + _ANIMALS,
    ),
    # ---- no rite: "No monk, no incense.", "no priest, no coffin", "without a prayer said" -------------------------
    (
        "loss",
        "no_rite",
        1,
        r"\bno\s+(?:monks?|priests?|imams?|rabbis?|pastors?|ministers?|mullahs?|lamas?|coffins?|caskets?|prayers?|incense"
        r"|candles?|mass|service|ceremony|funeral|headstones?|gravestones?|crosses|cross|shroud|mourners)\s*[,;]?\s*(?:and\s+)?"
        r"(?:no|not\s+even\s+(?:a|one))\s+(?:monks?|priests?|imams?|rabbis?|pastors?|coffins?|caskets?|prayers?|incense"
        r"|candles?|mass|service|ceremony|funeral|headstones?|gravestones?|cross|shroud|mourners|flowers|name|stone"
        r"|words?)\b"
        r"|\bwithout\s+(?:a\s+|any\s+|one\s+)?(?:priest|monk|imam|rabbi|coffin|casket|prayer|ceremony|funeral|shroud)\b"
        r"(?=[^.!?]{0,40}\b(?:buried|dug|laid|grave|ground|earth|put\s+(?:him|her|them))\b)",
        r"wedding|married|marry|bride|groom|christening|baptis\w*|party|birthday|registry|elope\w*|school|shop|menu"
        r"|smok\w*|dog|cat|church\s+(?:was|is)|sunday|atheist|secular",
    ),
    # ---- the body gone still, light or cold after an illness: "she was not shaking any more, and she was light" ------
    (
        "loss",
        "stilled",
        1,
        r"\b(?:she|he|(?-i:[A-Z])\w+)\s+(?:was|went|lay|had\s+gone|grew|felt|became)\s+(?:not\s+(?:shaking|moving|crying"
        r"|coughing|burning|breathing|stirring|moaning)\s+any\s*more\b|(?:so\s+|very\s+|all\s+|already\s+)?(?:still|cold|stiff|light)\b"
        r"(?!\s+(?:on|of|with|for|to|as|enough|and\s+(?:quick|happy|warm|free))\b)(?!-))"
        # … said of the body, or by the morning: "her little body was so light", "was cold by morning"
        r"|\b(?:his|her|their)\s+(?:little\s+|small\s+|tiny\s+|thin\s+)?body\s+(?:was|felt|went|grew|had\s+gone)\s+"
        r"(?:so\s+|very\s+|all\s+|already\s+)?(?:light|cold|still|stiff)\b"
        r"|\b(?:was|were|lay|had\s+gone)\s+(?:already\s+)?(?:cold|still|stiff)\s+(?:by|in\s+the|before)\s+(?:morning|dawn"
        r"|daybreak|first\s+light)\b",
        r"fever\s+(?:broke|went\s+down|came\s+down|was\s+down|had\s+broken)|better|recover\w*|slept|asleep|sleep\w*|woke"
        r"|laugh\w*|calm|learn\w*|walk\w*|grew\s+up|older|diet|ran|run\w*|swim\w*|won|race|feather|happy|reliev\w*"
        r"|relief|heart\w*|snow|winter|frost|ice|lake|sea|water|outside|weather|wind|night\s+air|scare\w*|fright\w*"
        r"|afraid|hid|hide|hiding|listen\w*|photo\w*|pose|posing|doctor\s+(?:could|listened)|dancer|danc\w*|quiet\s+as"
        r"|a\s+mouse|still\s+(?:a|the|there|here|in|at|with|my|our|alive|young|beautiful|strong|working|living|has|had"
        r"|is|was|lives|loves)|" + _ANIMALS,
    ),
]
# A sign of life told after the body seemed still or was wrapped, in any sentence: the fever broke ("and she ate",
# "she opened her eyes", "asked for water") (weighed_signs cancels those cues by it)
ALIVE_AFTER = (
    frozenset({"stilled", "wrapped"}),
    r"\b(?:she|he|(?-i:[A-Z])[\w'’-]+)\s+(?:(?:then|soon|even|finally|already|slowly)\s+)?(?:ate|drank|smiled|laughed|woke"
    r"|sat\s+up|got\s+up|stood\s+up|opened\s+(?:her|his|their)\s+eyes|asked\s+for|cried\s+for|played|walked|talked"
    r"|started\s+to\s+(?:eat|talk|walk|play)|was\s+(?:better|hungry|well|up|running|walking)|grew\s+(?:up|strong|fat))\b"
    r"|\b(?:took|carried)\s+(?:her|him|them)\s+out\s+to\s+(?:see|play|watch)\b",
)
