"""A death, or a body or mind failing, told only by weak cues that a listener weighs together (:func:`weighed`).

Held-out tellers rarely name a death or an illness; they tell what was done for the one gone, or what the
body or the mind does now, in the words of their own custom. One such cue is never enough ("a candle in the
window" at Christmas, "for a year he did not drink", "his lips went blue in the lake", "salt in the coffee,
the Ethiopian way"); two of different kinds in one answer are. The cues are STRUCTURES, not a custom's words:

- done for one gone: a soul or spirit let go or fed ("so her soul can go out", "so nothing held him here"), a
  light kept for days or by the body, a time counted with something not done ("for one year he did not play",
  "forty-nine days"), their things burned, given or put in with them, the body wrapped or carried, a watch
  kept all night, their name not said, hair cut or left uncombed, a feast not kept that year, food given to
  the fire for them, the last time they were seen;
- a body failing: a machine or treatment owned by someone ("sleeps with the oxygen"), a part gone blue or
  black, a sore that would not heal, a limb taken, something they cannot do any more, a cough for years, a
  care home, a needle given by the teller;
- a mind going: a wrong everyday act ("salt in the coffee"), one of the family taken for another or for a
  stranger, a walk out at night in nightclothes, the way home forgotten.

Its own module: mourning.py and illness_signs.py hold the signs that are strong alone, and are at their size
limit; :func:`agent.guided.grief.sorrow` asks :func:`weighed` last.
"""

from __future__ import annotations

import re

from agent.guided import (
    fading_cues,
    funeral_cues,
    hand_burial_cues,
    laid_to_rest_cues,
    mourning_kept,
    vanished_cues,
)

_I = re.IGNORECASE
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_PRON = r"(?:him|her|them)"
_POSS = r"(?:his|her|their)"
_COUNT = (
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|thirty|forty"
    r"|forty-?nine|hundred|a\s+hundred|\d{1,3}"
)
_NEG = r"(?:did\s+not|didn'?t|never|not|nobody|no\s+one|no-one|no|wouldn'?t|would\s+not|couldn'?t|could\s+not)"

# Each cue: (family, kind, weight, pattern, unless). ``unless`` read in the cue's sentence tells it another cause.
_FESTIVE = (
    r"birthday|cake|wedding(?!\s+(?:dress|suit|sari|ring))|bride|groom|party|parties|christmas\s+tree|date|romantic"
    r"|power\s+cut|blackout"
)
_CUES: list[tuple[str, str, int, str, str]] = [
    # ---- done for one gone -------------------------------------------------------------------------------
    (
        "loss",
        "soul",
        2,
        r"\b" + _POSS + r"\s+(?:soul|spirit|ghost)\s+(?:can|could|would|might|may|to|will)\s+(?:\w+\s+)?"
        r"(?:go|leave|depart|cross|fly|pass|travel|get\s+out|find\s+(?:its|his|her|the)\s+way|be\s+free|go\s+home)\b"
        r"|\bso\s+(?:nothing|no\s+one|nobody)\s+(?:\w+\s+)?(?:held|holds|hold|kept|keeps|keep|tied|ties|called)\s+"
        + _PRON
        + r"\s+(?:here|back)\b|\bfor\s+the\s+(?:soul|spirit)s?\s+of\s+(?:the\s+dead|"
        + _PRON
        + r"|(?:my|our)\s+\w+)",
        r"music|song|sings?|sang|dance|school|exam|holiday|weekend",
    ),
    (
        "loss",
        "soul",
        1,
        r"\b(?:for|so|that)\s+(?:his|her|their|the)\s+(?:soul|spirit)s?\b|\bfor\s+(?:the\s+)?(?:ancestors|departed)\b",
        r"music|soul\s+food|team\s+spirit|school\s+spirit|good\s+for\s+the\s+soul",
    ),
    (
        "loss",
        "counted",
        1,
        r"\bfor\s+(?:one\s+|a\s+)?(?:whole\s+|full\s+)?year\b[^.!?]{0,60}?\b" + _NEG + r"\b"
        r"|\b" + _NEG + r"\b[^.!?]{0,60}?\bfor\s+(?:one\s+|a\s+)(?:whole\s+|full\s+)?year\b"
        r"|\bfor\s+(?:"
        + _COUNT
        + r")\s+(?:whole\s+)?(?:days|nights|weeks|months)\b[^.!?]{0,50}?\b(?:nothing|nobody|no\s+one"
        r"|did\s+not|didn'?t|never|no)\b"
        r"|\bfor\s+(?:one\s+|a\s+)?(?:whole\s+|full\s+)?year\b[^.!?]{0,30}?\bwore\s+(?:only\s+)?(?:black|white)\b"
        r"|\b(?:forty-?nine|49|forty|40|hundred|100)\s+(?:whole\s+)?days\b(?!\s+(?:of|in|at|on|to|from|before|ago|later)\b)"
        r"|\b(?:prayed|pray|sat|sit|mourned|wore)\b[^.!?]{0,40}?\b(?:three|seven|nine|thirty|\d+)\s+"
        r"(?:whole\s+)?(?:days|nights)\b"
        r"|\b(?:three|seven|nine|thirty)\s+(?:whole\s+)?(?:days|nights)\s+(?:we|they|she|he|the\s+\w+)\s+(?:sat|prayed|kept"
        r"|mourned|did\s+not|didn'?t|never|wore|wailed|sang|cooked\s+nothing)\b",
        r"apprentice\w*|school|course|contract|training|army|service|prison|jail|holiday|voyage|trip|journey"
        r"|honeymoon|diet|fast(?:ing)?\s+for|lent|ramadan|quarantine|strike|exam|visa|saved|wages|work(?:ed)?\s+at",
    ),
    (
        "loss",
        "light",
        1,
        r"\b(?:candles?|lamps?|lanterns?|diyas?|vigil\s+lights?|oil\s+lamps?)\b[^.!?]{0,60}?\b(?:burning|burned|burnt"
        r"|in\s+the\s+window"
        r"|by\s+(?:him|her|them|his|her|the)\s+(?:head|bed|body|side|photo|picture|feet)|all\s+night|days|nights|for\s+"
        + _PRON
        + r")\b|\b(?:kept|keep|keeps|lit|light|lights)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:candle|lamp|lantern|diya)s?\s+"
        r"(?:burning|lit|going)\b|\b(?:read|prayed|chanted|sang)\s+all\s+night\s+(?:by|beside|over)\s+\w+\s+with\s+a\s+candle",
        _FESTIVE + r"|power|electricity|storm|diwali|hanukk?ah|advent|church\s+service|study|studied|homework",
    ),
    (
        "loss",
        "belongings",
        1,
        r"\b(?:his|her|their|(?-i:[A-Z])\w*['’]s)\s+(?:[\w']+\s+){0,5}?(?:were|was|got)\s+(?:already\s+|all\s+)?"
        r"(?:burned|burnt|given\s+(?:away|to)|shared\s+out|divided|buried\s+with)\b"
        r"|\bburn(?:ed|t)\s+(?:all\s+)?"
        + _POSS
        + r"\s+(?:\w+\s+){0,2}?(?:things|clothes|blankets|bedding|tent|mattress"
        r"|bed|belongings|hut|house|letters)\b"
        r"|\bin\s+with\s+" + _PRON + r"\s+(?:they|we|i|she|he)\s+(?:put|placed|laid|buried)\b"
        r"|\b(?:put|placed|laid|buried)\s+(?:\w+\s+){0,6}?in\s+with\s+" + _PRON + r"\b"
        r"|\bburied\s+" + _PRON + r"\s+with\s+" + _POSS + r"\b"
        r"|\b(?:gave|give|handed|shared\s+out)\s+(?:away\s+)?(?:(?-i:[A-Z])\w*['’]s|(?:my|our)\s+\w+['’]s)\s+(?:\w+\s+)?"
        r"(?:things|clothes|clothing|belongings|shoes|boots|coats?|suits?|saris?|dresses|tools|shirts|jewell?e?ry|books"
        r"|guns?|nets?|horses?|knives|pipes?)\s+(?:away|to)\b"
        r"|\b(?:(?-i:[A-Z])\w*['’]s|(?:my|our)\s+\w+['’]s)\s+(?:\w+\s+)?(?:guitar|fiddle|violin|pipe|watch|rifle|gun|boat"
        r"|bicycle|bike|tools|car|knife|nets?|saddle|horse|ring|sewing\s+machine|books|clothes|saris?|coat)\s+went\s+to\b"
        r"|\bburn(?:ed|t)\s+(?:\w+\s+){1,8}?for\s+(?:him|her|them|the\s+dead|the\s+ancestors)\b",
        r"toast|cds?|dvds?|playlist|mix|calories|dinner|rice|cake|moved|emigrat\w*|sold|lent|borrow\w*|fire\s+at\s+the|warehouse|accident|flood|by\s+mistake|moved|moving|outgrew|wedding|married|insurance",
    ),
    (
        "loss",
        "carried",
        1,
        # (never one's own head or hair wrapped: "Mama wrapped her head in a white cloth" is the mourner's)
        r"\b(?:carried|bore|took|wrapped|washed|laid)\s+(?:him|her|(?-i:[A-Z])\w+)\s+(?!(?:head|hair|face|hands?|feet|neck"
        r"|shoulders?|arms?|legs?|eyes|ears)\b)(?:\w+\s+){0,4}?(?:up\s+the\s+hill"
        r"|in\s+(?:a\s+|the\s+)?white\s+(?:cloth|sheets?|linen|shroud)|in\s+(?:a\s+|the\s+)?(?:shroud|winding\s+sheet)"
        r"|on\s+(?:their|our|the)\s+shoulders|far\s+into\s+the\s+(?:steppe|desert|hills|bush|forest))\b"
        r"|\bwashed\s+(?:him|her|(?-i:[A-Z])\w+)\s+(?:ourselves|myself|themselves|herself|himself|for\s+the\s+last\s+time"
        r"|and\s+(?:dressed|wrapped|laid|combed))\b"
        r"|\bdressed\s+(?:him|her|(?-i:[A-Z])\w+)\s+in\s+(?:his|her|their)\s+(?:good|best|wedding|sunday|finest)\s+"
        r"(?:suit|dress|clothes|sari|kimono|hanbok|uniform)\b"
        r"|\bthe\s+(?:men|ones|boys|women)\s+who\s+(?:carried|buried|washed|dug\s+for)\s+" + _PRON + r"\b"
        r"|\bleft\s+"
        + _PRON
        + r"\s+there\b[^.!?]{0,40}?\bfor\s+the\s+(?:sky|birds|vultures|wolves|earth|sea|spirits)\b",
        r"ankle|twisted|drunk|asleep|tired|baby|wedding(?!\s+(?:dress|suit|sari|ring))|shoulders?\s+(?:after|when)\s+(?:the|we|they)\s+won|match|game"
        r"|cup|final|victory|hero|champion|birthday",
    ),
    (
        "loss",
        "buried",
        2,
        r"\b(?:he|she|(?-i:[A-Z])\w+|(?:my|our)\s+\w+)\s+was\s+(?:already\s+)?in\s+the\s+(?:ground|earth|grave)\b"
        r"|\b(?:put|laid|lowered)\s+(?:him|her|them|(?-i:[A-Z])\w+)\s+(?:in|into)\s+the\s+(?:ground|earth|grave)\b"
        r"|\blaid\s+(?:him|her|them|(?-i:[A-Z])\w+)\s+to\s+rest\b",
        r"seeds?|bulbs?|plants?|trees?|potatoes|garden|post|pole|foundation|sleep|bed|nap|cable|pipe",
    ),
    (
        "loss",
        "laidout",
        2,
        r"\b(?:he|she|(?-i:[A-Z])\w+)\s+was\s+laid\s+out\s+(?:in|on)\b(?!\s+(?:bed|the\s+sofa)\s+(?:with|for)\b)"
        r"|\bscattered\s+(?:his|her|their|(?-i:[A-Z])\w*['’]s|(?:my|our)\s+\w+['’]s)\s+ashes\b",
        r"flat|flu|fever|punch\w*|knock\w*|sunbath\w*|beach|deck\s*chair|plans?|garden|pattern",
    ),
    (
        "loss",
        "grave",
        2,
        r"\b(?:cemetery|graveyard|churchyard|burial\s+ground)\b[^.!?]{0,80}?\b(?:for|by|beside)\s+(?:him|her|them"
        r"|(?!(?:Easter|Christmas|All|The|A|An|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b)(?-i:[A-Z])\w+)\b"
        r"|\b(?:his|her|their)\s+favou?rite\s+(?:\w+\s+){1,2}?(?:to|on)\s+(?:the\s+|his\s+|her\s+)?(?:cemetery|grave"
        r"|graveyard|tomb)\b",
        r"work(?:ed|s)?\s+(?:at|in)|gardener|digger|caretaker|tour|tourists?|history|historic|famous|film|walk(?:ed)?\s+past"
        r"|shortcut|short\s+cut|play(?:ed)?\s+in|halloween|dare",
    ),
    (
        "loss",
        "dress",
        1,
        r"\b(?:people|women|men|everyone|everybody|mourners|relatives|aunties|the\s+family)\s+(?:all\s+)?(?:in|dressed\s+in"
        r"|wearing)\s+(?:white|black)\b",
        r"wedding|bride|cricket|tennis|party|parties|hajj|umrah|christening|baptism|graduation|uniform|team|match|choir"
        r"|concert|ball|dance|festival|new\s+year",
    ),
    (
        "loss",
        "turned",
        1,
        r"\b(?:his|her|their|(?-i:[A-Z])\w*['’]s)\s+(?:\w+\s+)?(?:chair|seat|photo|picture|portrait)\s+(?:was|were|stood)\s+"
        r"turned\s+(?:to|against|towards)\s+the\s+wall\b|\bsat\s+on\s+(?:a\s+|the\s+)?(?:mat|floor|ground)\b[^.!?]{0,40}?"
        r"\b(?:did\s+not|didn'?t|would\s+not|wouldn'?t)\s+(?:speak|talk|eat)\b",
        r"paint\w*|decorat\w*|clean\w*|punish\w*|naughty|sulk\w*",
    ),
    (
        "loss",
        "putaway",
        1,
        r"\b(?:took|put|packed|locked|shut)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:pipe|fiddle|violin|guitar|accordion|drum"
        r"|watch|glasses|spectacles|boots|shoes|hat|cap|rifle|tools|razor|prayer\s+beads|rosary|knitting|sewing)\b"
        r"[^.!?]{0,40}?\b(?:in|into|away\s+in)\s+(?:the|a)\s+(?:drawer|case|box|trunk|chest|attic|loft|cupboard|wardrobe)\b",
        r"tidy|tidied|clean\w*|visitors|guests|safe\s+keeping|broke|broken|repair|moving|moved|holiday|packing\s+for",
    ),
    (
        "loss",
        "served",
        1,
        r"\b(?:set|put|laid|left|poured|placed)\s+(?:out\s+)?(?:his|her|their)\s+(?:\w+\s+)?(?:bowl|plate|cup|glass|spoon"
        r"|chopsticks|meal|food|rice|tea|coffee|portion)\b[^.!?]{0,60}?\b(?:every\s+(?:morning|day|night|evening)|on\s+the"
        r"\s+(?:altar|grave|shrine)|for\s+(?:" + _COUNT + r")\s+days|still)\b",
        r"school|work|breakfast\s+before|shift|came\s+home|comes\s+home|late|bus",
    ),
    (
        "loss",
        "vigil",
        1,
        r"\bsat\s+(?:the\s+|a\s+)?(?:watch|vigil|wake)\b|\bkept\s+(?:the\s+|a\s+)?(?:watch|vigil)\s+(?:by|over|beside|with)\s+"
        r"(?:him|her|them|the\s+body)\b|\b(?:read|prayed|chanted|sang)\s+all\s+night\s+(?:by|beside|over)\s+"
        r"(?:him|her|them|(?-i:[A-Z])\w+)\b|\b(?:read|prayed|chanted|sang|sat)\s+(?:over|by|beside|with)\s+(?:him|her|them"
        r"|the\s+body)\s+all\s+night\b|\b(?:you|we|they|nobody|no\s+one)\s+(?:don'?t|do\s+not|never|didn'?t|did\s+not|would\s+not|wouldn'?t)?\s*"
        r"(?:leave|left)\s+(?:" + _PRON + r"|the\s+body)\s+alone\b",
        r"ship|boat|deck|lamb\w*|calv\w*|wedding|exam|storm|baby|party|fever|sick|ill|flu|guard|sentry|army",
    ),
    (
        "loss",
        "name",
        1,
        r"\b(?:never|not|nobody|no\s+one|didn'?t|did\s+not|wouldn'?t|would\s+not|only)\s+(?:\w+\s+){0,2}?"
        r"(?:say|said|says|speak|spoke|mention|mentioned|utter|uttered)\s+(?:his|her|their|(?-i:[A-Z])\w+['’]s)\s+name\b"
        r"|\bafter\s+that\s+(?:she|he|they|we)\s+(?:never|only)\s+(?:said|called\s+him|called\s+her)\b",
        r"right|properly|correctly|pronounce\w*|spell\w*|wrong|mispronounc\w*|forgot|forget",
    ),
    (
        "loss",
        "hair",
        1,
        r"\b(?:cut|cuts|cutting|shaved|shaves|cropped|had\s+cut)\s+(?:off\s+)?(?:her|his|their)\s+(?:own\s+)?(?:\w+\s+)?"
        r"(?:hair|braids?|plaits?|heads?)\b(?:\s+short)?"
        r"|\b(?:nobody|no\s+one|never|didn'?t|did\s+not)\s+(?:\w+\s+)?(?:combed|comb|brushed|brush|washed|braided|plaited)\s+"
        r"(?:her|his|their)\s+hair\b",
        r"summer|fashion|style|charity|lice|nits|school|army|wedding|salon|hairdress\w*|barber|hot|heat|cheaper|bob|ponytail",
    ),
    (
        "loss",
        "feast",
        1,
        r"\b(?:that|the\s+next|the\s+following)\s+(?:year|christmas|easter|eid|diwali|new\s+year|white\s+month|tsagaan\s+sar"
        r"|t[eế]t|chuseok|festival|spring|harvest)\b[^.!?]{0,80}?\b(?:no|nobody|no\s+one|never|didn'?t|did\s+not|not)\s+"
        r"(?:\w+\s+){0,2}?(?:guests?|visitors?|feast|feasts|celebrat\w*|decorat\w*|tree|sweets|cakes?|dumplings|buuz|music"
        r"|lights|party|parties|new\s+clothes|firecrackers|visit\w*|came)\b"
        r"|(?=[^.!?]*\b(?:that|the\s+next|the\s+following)\s+(?:year|christmas|easter|eid|diwali|new\s+year)\b)"
        r"\b(?:no|nobody|no\s+one|never|didn'?t|did\s+not)\s+(?:\w+\s+){0,3}?(?:guests?|visitors?|feasts?|celebrat\w*"
        r"|decorat\w*|sweets|cakes?|music|lights|party|parties|new\s+clothes|firecrackers)\b"
        r"|\b(?:no|nobody|no\s+one)\s+(?:guests?|visitors?)\s+came\b[^.!?]{0,40}?\b(?:that|the\s+next)\s+(?:year|christmas"
        r"|new\s+year)\b",
        r"snow|storm|flood|flu|covid|pandemic|lockdown|war|money|poor|poverty|broke|rain|roads?|quarantine|moved|busy",
    ),
    (
        "loss",
        "fire",
        1,
        r"\b(?:plate|bowl|piece|food|bread|bannock|rice|meal|tobacco|spirits|vodka|drink|cup|portion|share|morsel)s?\b"
        r"[^.!?]{0,40}?\b(?:in|into|on|to)\s+the\s+(?:fire|flames)\b(?![^.!?]*\b(?:cook|bake|roast|grill|boil|kettle|pot"
        r"|pan|oven|warm|heat|dry)\w*)"
        r"|\b(?:in|into|to)\s+the\s+(?:fire|flames)\b[^.!?]{0,80}?\bfor\s+(?:him|her|them|the\s+dead|the\s+ancestors)\b",
        r"cook\w*|bak\w*|roast\w*|grill\w*|kettle|oven|warm|accident|dropped|by\s+mistake|rubbish|trash",
    ),
    (
        "loss",
        "absent",
        1,
        r"\b(?-i:[A-Z])\w+\s+(?:wasn'?t|was\s+not|weren'?t|were\s+not)\s+(?:there\s+)?(?:at|on)\s+the\s+(?:landing|dock|wharf"
        r"|quay|station|gate|door|airport|bus\s+stop|pier)\b|\btelegram\b[^.!?]{0,60}?\bcome\s+home\b",
        r"late|traffic|busy|forgot|work(?:ing)?|shift|strike|holiday|wedding|birthday|exam|harvest|hands|job",
    ),
    (
        "loss",
        "lastseen",
        1,
        r"\bthe\s+last\s+time\s+(?:i|we)\s+(?:ever\s+)?(?:saw|heard|spoke\s+(?:to|with)|held|hugged|kissed)\s+"
        r"(?:him|her|them|(?:my|our)\s+\w+|(?-i:[A-Z])\w+)\b[^.!?]*[.!?]\s*(?:after\s+that|then|since)",
        r"market|shop|sold|bought|party|wedding|match|game",
    ),
    (
        "loss",
        "aftermath",
        1,
        r"\bafter\s+that\s+the\s+(?:house|home|ger|hut|flat|kitchen|room)\s+was\s+(?:so\s+|very\s+)?(?:quiet|silent|empty"
        r"|still)\b|\b(?:nobody|no\s+one|we\s+didn'?t|nobody\s+would)\s+looked?\s+(?:behind|back)\b",
        r"moved\s+out|left\s+for|university|college|married|wedding|kids\s+left|children\s+left",
    ),
    # ---- a body failing ----------------------------------------------------------------------------------
    (
        "body",
        "device",
        2,
        r"\b(?:he|she|(?-i:[A-Z])\w+)\s+(?:\w+\s+){0,2}?(?:is|was|has\s+been|had\s+been|went|goes|sleeps|slept|lives"
        r"|lived|uses|used|needs|needed|started|starts|began|begins)\s+(?:\w+\s+)?(?:on|with|the|an?|his|her)?\s*"
        r"(?:the\s+|an?\s+)?(?:oxygen|dialysis|chemo(?:therapy)?|feeding\s+tube|ventilator|respirator|breathing\s+machine)\b"
        r"|\b(?:his|her)\s+(?:oxygen|dialysis|chemo(?:therapy)?|feeding\s+tube|ventilator)\b"
        r"|\b(?:oxygen|breathing)\s+(?:machine|tank|cylinder|bottle|mask|concentrator)\b[^.!?]{0,40}?\b(?:by|beside|next\s+to)"
        r"\s+(?:the|his|her|their)\s+bed\b|\bthe\s+machine\s+(?:\w+\s+)?(?:by|beside|next\s+to)\s+(?:his|her|their)\s+bed\b",
        r"weld\w*|div(?:e|ing|er)|scuba|factory|plant|works|mine\s+rescue|plane|flight|pilot|(?:was|is|as)\s+an?\s+(?:\w+\s+)?nurse|rounds|nurse\s+(?:on|in|at)|ward\s+where"
        r"|work(?:ed|s)?\s+(?:on|in|at)|job|patients|hospital\s+where|engineer|mechanic|sold|repair\w*|climb\w*|everest"
        r"|mountain|summit|altitude|birth|baby|few\s+hours|for\s+a\s+(?:day|night|while)|quiz|exam"
        r"|(?:oxygen|dialysis|chemo|ventilator)\s+(?:technician|nurse|unit\s+manager|engineer|specialist)|shifts?",
    ),
    (
        "body",
        "device",
        1,
        r"\b(?:insulin|catheter|colostomy|stoma|morphine|commode|stair\s*lift|zimmer|walking\s+frame|hoist|hospital\s+bed"
        r"|oxygen|dialysis|chemo)\b",
        r"weld\w*|div(?:e|ing|er)|scuba|factory|plant|works|plane|flight|pilot|(?:was|is|as)\s+an?\s+(?:\w+\s+)?nurse|rounds|nurse\s+(?:on|in|at)|work(?:ed|s)?\s+(?:on|in|at)|job"
        r"|patients|engineer|quiz|exam|lecture|textbook|question|answer|drugs?\s+(?:target|kill|work|attack)|cells"
        r"|technician|shifts?",
    ),
    (
        "body",
        "needle",
        1,
        r"\b(?:give|gives|gave|giving)\s+(?:him|her|them)\s+(?:the|his|her|their|an?)\s+(?:needle|injections?|shots?|insulin"
        r"|jabs?)\b",
        r"vet|dog|cat|horse|cow|calf|lamb|vaccin\w*|flu\s+jab|trip|travel|holiday|school|tetanus|rabies|whisky|vodka|tequila",
    ),
    (
        "body",
        "colour",
        1,
        r"\b(?:lips?|fingers?|fingertips|nails?|toes?|foot|feet|legs?|skin|face|eyes)\s+(?:\w+\s+){0,2}?(?:go|goes|went|turned"
        r"|turn|turns|gone|going|turning)\s+(?:all\s+|so\s+)?(?:blue|black|yellow|grey|gray|purple)\b"
        r"|\b(?:sore|wound|ulcer|cut|foot|toe|toes|leg)\b[^.!?]{0,60}?\b(?:went|turned|gone|going|turning)\s+black\b",
        r"cold|frost\w*|ice|icy|swim\w*|lake|sea\b|winter|blueberr\w*|bilberr\w*|paint\w*|ink|dye|mud|coal|soot|dirt|sun\w*"
        r"|tan|make-?up|lipstick|laugh\w*|rage|anger|angry|shout\w*|cheap\s+shoes|bruise|kicked|football|polish",
    ),
    (
        "body",
        "wound",
        1,
        r"\b(?:sore|wound|ulcer|cut|blister)\b[^.!?]{0,30}?\b(?:wouldn'?t|would\s+not|didn'?t|did\s+not|never|won'?t)\s+"
        r"(?:\w+\s+)?(?:heal|close)\b",
        r"heart|feelings|pride",
    ),
    (
        "body",
        "limb",
        2,
        r"\b(?:took|take|takes|cut|cut\s+off|removed|amputated)\s+(?:off\s+)?"
        + _POSS
        + r"\s+(?:\w+\s+)?(?:leg|legs|foot|feet"
        r"|toes?|breast|breasts)\b(?!\s+(?:for\s+a\s+walk|out|off\s+the\s+(?:table|chair)|braces?|casts?|plaster|bandages?"
        r"|splints?|boots?|dressings?|stitches|pins?|irons?|callipers?|calipers?|support))"
        r"|\b(?:leg|foot|arm)\s+(?:was\s+|were\s+)?(?:amputated|taken\s+off|cut\s+off)\b"
        r"|\b(?:took|take|cut\s+off|amputated|removed)\s+(?:off\s+)?(?:two|three|four|one|both|all|some)\s+(?:of\s+(?:his|her)"
        r"\s+)?(?:toes|fingers|legs|feet)\b"
        r"|\b(?:below|above|under)\s+the\s+(?:knee|elbow)\b(?=[^.!?]{0,5}[.!?,;]|$)",
        r"dog|cat|horse|cow|calf|doll|statue|chicken|turkey|lamb|pig|table|chair|trousers|jeans|skirt|dress|boots|socks"
        r"|water|mud|snow|deep",
    ),
    (
        "body",
        "cannot",
        1,
        r"\b(?:he|she|they|(?-i:[A-Z])\w+)\s+(?:can(?:no|')t|cannot|couldn'?t|could\s+not|can\s+not|no\s+longer\s+(?:can|could)"
        r"|is\s+not\s+able\s+to|isn'?t\s+able\s+to)\s+(?:\w+\s+)?(?:climb|walk|get\s+up|stand|dress|wash|feed|eat|swallow"
        r"|breathe|lift|hold|manage|do\s+the\s+stairs|get\s+out\s+of\s+bed|use\s+(?:his|her)\s+(?:right|left)\s+(?:hand|arm|leg|side))\b[^.!?]{0,50}?\b(?:any\s*more|now|without|by\s+(?:him|her)self"
        r"|on\s+(?:his|her)\s+own)\b"
        r"|\bnow\s+(?:he|she|they)\s+(?:can(?:no|')t|cannot|can\s+not)\s+(?:even\s+)?(?:climb|walk|get\s+up|stand|dress|wash"
        r"|feed|eat|swallow|breathe|lift|hold|manage)\b|\b(?:his|her|their)\s+breath\s+(?:is|was|got|gets)\s+(?:so\s+)?short\b"
        r"|\b(?:has|had|have)\s+to\s+(?:sit|stop|rest)\s+(?:down\s+)?(?:\w+\s+){0,4}?halfway\b"
        r"|\b(?:short|out)\s+of\s+breath\b(?=[^.!?]{0,40}?\b(?:always|every|now|any\s*more|just|even|stairs|walk\w*)\b)",
        r"closed|shut|broken|locked|yet|baby|toddler|puppy|kitten|because\s+of\s+the|snow|ice|flood|crowd|queue|ran|running"
        r"|race|marathon|climbed\s+the\s+mountain|too\s+full|ate\s+too",
    ),
    (
        "body",
        "care",
        1,
        r"\b(?:i|we)\s+(?:\w+\s+){0,2}?(?:feed|feeds|fed|wash|washed|bathe|bathed|dress|dressed|lift|lifted|turn|turned)\s+"
        r"(?:him|her|(?-i:[A-Z])\w+)\s+(?:\w+\s+){0,3}?(?:myself|ourselves|every\s+(?:day|morning|night)|morning\s+and\s+night"
        r"|with\s+a\s+spoon|in\s+(?:the|his|her)\s+bed)\b|\bmorning\s+and\s+night\s+(?:i|we)\s+(?:give|feed|wash|turn|change)\b",
        r"baby|babies|child|toddler|newborn|puppy|kitten|lamb|calf|foal|dog|cat|horse|pig|goat|cow",
    ),
    (
        "body",
        "chronic",
        1,
        r"\b(?:coughed|coughing|coughs)\s+(?:\w+\s+){0,2}?(?:for\s+(?:years|months)|all\s+(?:night|winter)|every\s+night"
        r"|blood)\b|\balways\s+thirsty\b|\bup\s+all\s+night\s+(?:to|for|going\s+to)\s+the\s+(?:bathroom|toilet|loo)\b"
        r"|\bthe\s+sugar\s+(?:caught\s+up\s+with|got|took|is\s+bad|was\s+bad)\b|\bsaid\s+it'?s\s+nothing\b",
        r"cold|flu|cough\s+drop|laugh\w*|smok\w*\s+room|smoke\s+from\s+the\s+fire\s+at|joke",
    ),
    (
        "body",
        "home",
        1,
        r"\b(?:is|was|now|went|moved|put|lives?|lived)\s+(?:\w+\s+){0,3}?(?:in|into|to)\s+(?:the|a)\s+(?:care|nursing"
        r"|old\s+people'?s|old\s+folks'?|rest)\s+home\b|\bin\s+the\s+home\s+on\b",
        r"work(?:ed|s|ing)?|job|nurse|volunteer\w*|cleaner|cook|shift|visit(?:ed|ing)?\s+(?:the\s+)?(?:residents|old\s+people)"
        r"|sing\w*|choir|concert",
    ),
    (
        "body",
        "tremor",
        1,
        r"\b(?:his|her|their)\s+(?:hands?|head|legs?)\s+(?:shake|shakes|shook|tremble|trembles|trembled)\s+(?:so\s+(?:much|bad)"
        r"|all\s+the\s+time|now|day\s+and\s+night)\b",
        r"nervous|exam|cold|frightened|scared|fear|angry|rage|coffee|laugh\w*|excite\w*",
    ),
    (
        "body",
        "named",
        2,
        r"\b(?:parkinson'?s|motor\s+neurone|multiple\s+sclerosis|emphysema|copd|cirrhosis|heart\s+failure"
        r"|kidney\s+failure|renal\s+failure|lupus|huntington'?s|tumou?r|lymphoma"
        r"|the\s+shakes\s+(?:bad|now))\b(?=[^.!?]*\b(?:he|she|his|her|him|mum|dad|mother|father|gran|granny|grandad|grandpa|grandma"
        r"|uncle|aunt|husband|wife|brother|sister|son|daughter)\b)",
        r"quiz|question|answer|textbook|lecture|exam|patients?|ward|study|studied|module|symptoms?\s+of|what\s+is",
    ),
    (
        "body",
        "falls",
        1,
        r"\b(?:he|she|(?-i:[A-Z])\w+)\s+(?:falls|fell|keeps\s+falling)\s+(?:every\s+(?:week|day|night)|all\s+the\s+time"
        r"|again\s+and\s+again|more\s+and\s+more)\b|\blost\s+(?:the\s+)?feeling\s+in\s+(?:his|her)\s+(?:feet|legs|hands"
        r"|fingers|toes)\b|\b(?:district|community|visiting|home)\s+nurse\b|\bcarers?\s+(?:come|comes|came)\b",
        r"baby|toddler|child|learning|skat\w*|ski\w*|ice|horse|football|rugby|bike|cold\s+water|snow",
    ),
    (
        "body",
        "swelling",
        1,
        r"\b(?:legs?|ankles?|feet|belly|stomach|face)\s+(?:\w+\s+)?(?:swell|swells|swelled|swollen|swelling|puff\s+up|blew\s+up)\b",
        r"bee|sting|wasp|heat|hot|flight|plane|pregnan\w*|bump|knock|sprain\w*|football|match|ate|eat\w*|allerg\w*",
    ),
    (
        "body",
        "flat",
        1,
        r"\b(?:can(?:no|')t|cannot|couldn'?t|could\s+not)\s+(?:lie|lay|sleep)\s+(?:flat|down)\b"
        r"|\bsleeps?\s+(?:sitting\s+up|sitting\s+in\s+(?:the|a|his|her)\s+chair|in\s+(?:the|a|his|her)\s+chair)\b",
        r"plane|train|bus|flight|baby|pregnan\w*|back\s+ache|backache|after\s+dinner|after\s+lunch|sunday",
    ),
    (
        "body",
        "continence",
        1,
        r"\b(?:wear|wears|wearing|in)\s+(?:nappies|diapers|pads|incontinence\s+pads)\s+again\b|\bincontinen\w*\b",
        r"baby|toddler|potty|grandson|granddaughter|twins",
    ),
    (
        "body",
        "wasting",
        1,
        r"\b(?:he|she|(?-i:[A-Z])\w+)\s+(?:is|was|got|grew|became|went|has\s+got)\s+(?:so|very|too|terribly|all|that)\s+"
        r"(?:thin|frail|weak|small)\b(?!\s+(?:as\s+a|when\s+(?:he|she)\s+was\s+(?:a\s+)?(?:child|boy|girl|young)))"
        r"|\bskin\s+and\s+bones?\b|\b(?:hair|teeth)\s+(?:\w+\s+)?(?:fell|falls|came|comes|falling|coming)\s+out\b"
        r"|\b(?:couldn'?t|could\s+not|can'?t|cannot)\s+keep\s+(?:anything|any\s+food|food|a\s+thing)\s+down\b",
        r"child|boy|girl|young|diet|model|dancer|runner|fashion|teenager|baby\s+teeth|milk\s+teeth|comb|brush|summer",
    ),
    (
        "body",
        "lifted",
        1,
        r"\b(?:the\s+nurses?|nurses|carers?|i|we)\s+(?:\w+\s+)?(?:has|have|had)\s+to\s+(?:lift|feed|wash|turn|dress|carry)\s+"
        r"(?:him|her)\b|\b(?:i|we)\s+cut\s+(?:his|her)\s+(?:food|meat|bread)\s+for\s+(?:him|her)\b",
        r"baby|child|toddler|boy|girl|three|four|two|little|drunk|puppy|kitten|lamb|calf|dog",
    ),
    # ---- a mind going ------------------------------------------------------------------------------------
    (
        "mind",
        "wrongact",
        1,
        r"\bsalt\s+in\s+(?:the|her|his|my)\s+(?:coffee|tea|cocoa|porridge|custard|cake)\b"
        r"|\bsugar\s+in\s+the\s+(?:soup|stew|gravy|potatoes|rice)\b"
        r"|\b(?:keys|iron|kettle|shoes|purse|handbag|phone|slippers|remote|teapot|glasses|wallet)\s+in\s+the\s+(?:fridge"
        r"|freezer|oven|bin|microwave|washing\s+machine)\b"
        r"|\b(?:forgot|forgets|forgetting|forget)\s+(?:the\s+way\s+home|how\s+to\s+(?:dress|eat|cook|write|tie|read)"
        r"|(?:my|our)\s+names?|who\s+(?:i|we)\s+(?:am|are|was|were))\b"
        r"|\bleft\s+the\s+gas\s+on\b[^.!?]{0,60}?\b(?:again|every|kept)\b",
        r"pinch|recipe|custom|way\s+we|tradition|taste|trick|prank|joke|april|by\s+mistake\s+once",
    ),
    (
        "mind",
        "misknow",
        1,
        r"\bcalled\s+(?:me|us)\s+(?:by\s+)?(?:his|her|their)\s+(?:\w+['’]s\s+|own\s+\w+['’]s\s+)name\b"
        r"|\b(?:she|he|they)\s+(?:didn'?t|did\s+not|doesn'?t|does\s+not|don'?t|no\s+longer)\s+(?:know|knows|recogni[sz]e)\s+"
        r"(?:me|us|who\s+(?:i|we)\s+(?:am|are|was|were)|(?:her|his)\s+own\s+\w+)\b"
        r"|\b(?:she|he)\s+(?:doesn'?t|does\s+not|didn'?t|did\s+not|no\s+longer)\s+(?:know|knows|remember)\s+(?:what\s+(?:day"
        r"|year|month)\s+it\s+is|where\s+(?:she|he)\s+(?:is|lives|was)|(?:her|his)\s+own\s+(?:house|home|name))\b"
        r"|\bthought\s+(?:i|we)\s+(?:was|am|were|are)\s+(?:her|his|their)\s+(?:\w+\s+)?(?:brother|sister|mother|father"
        r"|husband|wife|son|daughter|mum|dad)\b|\blike\s+(?:i\s+am|i'?m|i\s+was|i\s+were)\s+a\s+(?:\w+\s+)?stranger\b"
        r"|\bcalls?\s+for\s+(?:her|his)\s+(?:mother|father|mum|mam|mama|dad)\b"
        r"|\basks?\s+(?:me\s+)?every\s+(?:\w+\s+)?minutes\b"
        r"|\b(?:asks?|asking|asked)\s+(?:for|after|when|where)\s+(?:is\s+)?(?:her|his)\s+(?:mother|father|mum|mam|dad"
        r"|husband|wife|brother|sister)\b(?=[^.!?]*\b(?:who|long|years|gone|went|died|dead|every\s+day|again))",
        r"teacher|nickname|joke|teas\w*|twins?|party|phone|dark|masks?|costume|disguise|beard",
    ),
    (
        "mind",
        "memory",
        1,
        r"\b(?:his|her|(?-i:[A-Z])\w*['’]s)\s+memory\s+(?:is|was|'s)\s+(?:going|gone|failing|bad|slipping)\b",
        r"she\s+says|he\s+says|they\s+say|jok\w*|laugh\w*|remembers\s+every|but\s+(?:she|he)\s+remembers|names|phone",
    ),
    (
        "mind",
        "confused",
        1,
        r"\b(?:gets|got|is|was|getting)\s+(?:so\s+|very\s+|more\s+)?confused\s+(?:at\s+night|now|in\s+the\s+evenings?"
        r"|more\s+and\s+more|every\s+(?:day|night))\b",
        r"exam|maths|forms?|tax|computer|phone|app|timetable|map|directions",
    ),
    (
        "mind",
        "wander",
        1,
        r"\b(?:walked|went|wandered|got)\s+out\s+(?:\w+\s+){0,4}?(?:in\s+(?:her|his|their)\s+(?:nightdress|nightie|nightgown"
        r"|pyjamas|pajamas|slippers|dressing\s+gown)|(?:with\s+|and\s+)?no\s+shoes|barefoot)\b"
        r"|\bfound\s+(?:him|her)\s+wandering\b",
        r"fire|alarm|snow|party|sleepover|fun|laugh\w*|dare|earthquake|storm|flood|siren|bomb|raid|shell\w*|air\s+raid|child"
        r"|girls|boys|kids|summer\s+night",
    ),
    (
        "mind",
        "brought",
        1,
        r"\b(?:police|neighbou?rs?|a\s+stranger|the\s+bus\s+driver)\s+(?:brought|found|walked)\s+(?:him|her)\s+(?:home|back"
        r"|wandering)\b|\b(?:night|nightdress|nightie|pyjamas|pajamas|barefoot|no\s+shoes)\b[^.!?]{0,80}?\blooking\s+for\s+"
        r"(?:the|her|his)\s+(?:old\s+)?(?:house|home|village|mother|father|stream|school)\b",
        r"drunk|beer|party|fight|stole|steal|arrest\w*|teen\w*|prank|dare",
    ),
]
# (and the cues of a funeral and a mourning of one's own custom, of a mind fading, of someone taken and never back,
# and of a burial done by the family's own hands: their own modules)
_CUES += funeral_cues.CUES + fading_cues.CUES + vanished_cues.CUES + hand_burial_cues.CUES + laid_to_rest_cues.CUES
_CUES += mourning_kept.CUES  # (a body wasting, told by the body or its clothes)
_COMPILED = [(fam, kind, w, re.compile(p, _I), re.compile(r"\b(?:" + u + r")", _I)) for fam, kind, w, p, u in _CUES]
_ENOUGH = 2
# A cue cancelled by what the answer tells AFTER it, in any sentence: the one taken came home or was heard from ("on
# the Sunday he was home"), the child who lay still ate or woke ("and she ate"): kind -> that telling
_TOLD_AFTER = {
    kind: re.compile(pattern, _I)
    for kinds, pattern in (vanished_cues.BACK_AFTER, hand_burial_cues.ALIVE_AFTER)
    for kind in kinds
}
# Kinds that tell one event, weighed once together: the taking and the short return promised with it ("took him for
# questions, two days, they said") are one going, and only what came after it (the waiting, the years, no grave)
# tells that he never came back
_ONE_EVENT = (vanished_cues.GOING,)


def _cancelled(text: str, kind: str, m: re.Match[str], sentence: str, unless: re.Pattern[str]) -> bool:
    """The cue ``m`` has its ordinary cause told: in its sentence (``unless``) or after it (:data:`_TOLD_AFTER`)."""
    after = _TOLD_AFTER.get(kind)
    return bool(unless.search(sentence) or (after is not None and after.search(text, m.end())))


def cues(text: str) -> dict[str, dict[str, int]]:
    """The cues found in ``text``: family -> kind -> weight (the strongest of the kind)."""
    found: dict[str, dict[str, int]] = {}
    sentences = [(s.start(), s.end(), s.group()) for s in _SENTENCE.finditer(text)]
    for fam, kind, weight, pattern, unless in _COMPILED:
        for m in pattern.finditer(text):
            sentence = next((s for a, b, s in sentences if a <= m.start() < b), text)
            if _cancelled(text, kind, m, sentence, unless):
                continue
            kinds = found.setdefault(fam, {})
            kinds[kind] = max(kinds.get(kind, 0), weight)
            break
    return found


def weighed(text: str) -> str | None:
    """ "loss" when the cues of something done for one gone weigh enough (two kinds, or one strong cue:
    "so her soul can go out"), "illness" when the cues of a body or a mind failing do, else None."""
    found = cues(text)
    loss = dict(found.get("loss", {}))
    for event in _ONE_EVENT:  # (the kinds of one event weigh as their strongest)
        if len(told := [k for k in event if k in loss]) > 1:
            loss = {k: w for k, w in loss.items() if k not in told} | {" ".join(told): max(loss[k] for k in told)}
    # (the weights of different kinds add up; a kind counts once, so one cue of weight 1 is never enough)
    if sum(loss.values()) >= _ENOUGH:
        return "loss"
    failing = {**{"body " + k: w for k, w in found.get("body", {}).items()}, **found.get("mind", {})}
    if sum(failing.values()) >= _ENOUGH:
        return "illness"
    return None


def first_at(text: str, families: tuple[str, ...]) -> int | None:
    """Where the first cue of ``families`` starts (a cue its sentence tells no other cause of), or None: where a
    death or an illness told only by cues is said, so the care names the one it is said of and never a mourner named
    at the end ("Dad, for one year he did not take the violin out"). A cue that says whom names them (the end of its
    ``who``: "the card with Yannig's photograph"); a cue said of the mourners or of no one (the black-bordered letter
    from Mamm, Mama's white head cloth: :data:`funeral_cues.SAYS_NO_ONE`) counts only when no other cue is found."""
    sentences = [(s.start(), s.end(), s.group()) for s in _SENTENCE.finditer(text)]
    starts, of_no_one = [], []
    for fam, kind, _weight, pattern, unless in _COMPILED:
        if fam not in families:
            continue
        for m in pattern.finditer(text):
            sentence = next((s for a, b, s in sentences if a <= m.start() < b), text)
            if not _cancelled(text, kind, m, sentence, unless):
                named = "who" in pattern.groupindex and m.group("who") is not None
                (of_no_one if kind in funeral_cues.SAYS_NO_ONE else starts).append(m.end("who") if named else m.start())
                break
    found = starts or of_no_one
    return min(found) if found else None


def whom_at(text: str) -> tuple[int, int] | None:
    """Where a cue of a death that says whom it is of says its ``who`` ("the memorial card with Grandma's photo"), or
    None: care names that one, not a mourner named before ("a letter from Uncle Sione … the card with Grandma's
    photo")."""
    sentences = [(s.start(), s.end(), s.group()) for s in _SENTENCE.finditer(text)]
    for fam, kind, _weight, pattern, unless in _COMPILED:
        if fam != "loss" or "who" not in pattern.groupindex:
            continue
        for m in pattern.finditer(text):
            sentence = next((s for a, b, s in sentences if a <= m.start() < b), text)
            if m.group("who") is not None and not _cancelled(text, kind, m, sentence, unless):
                return m.span("who")
    return None


def kind_at(text: str, kinds: frozenset[str]) -> int | None:
    """Where the first cue of one of ``kinds`` is (the end of its ``who`` when it says whom), or None: the cues told of
    the one lost themself, never of a mourner ("she was not shaking any more", "invites Pa to go and study")."""
    sentences = [(s.start(), s.end(), s.group()) for s in _SENTENCE.finditer(text)]
    found = []
    for _fam, kind, _weight, pattern, unless in _COMPILED:
        if kind not in kinds:
            continue
        for m in pattern.finditer(text):
            sentence = next((s for a, b, s in sentences if a <= m.start() < b), text)
            if not _cancelled(text, kind, m, sentence, unless):
                named = "who" in pattern.groupindex and m.group("who") is not None
                found.append(m.end("who") if named else m.start())
                break
    return min(found) if found else None
