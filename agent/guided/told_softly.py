"""A death, a lost child, one missing, or a grave illness told softly, read by the GRAMMAR of the answer
(:func:`softly`), asked last by :func:`agent.guided.grief.sorrow`.

Held-out tellers rarely say "died"; word lists of customs (:mod:`weighed_signs`) met 17/47 of a blind batch. These
rules read the shape of the sentence instead, whatever the custom's words:

- a time marked by a relative's soft going ("when Father went", "the year Abuelo left us", "after Ammi went to
  God") followed by something not done or changed ("we did not cook sweets", "wore only white after that");
- a time counted or marked ("that year", "for forty days") and TWO ordinary joys not done in it, no other cause
  told ("Nobody played music that year, no new clothes at Eid");
- a child or a pregnancy lost ("lost the baby", "the pregnancy didn't stay", "only lived three days", "she did
  not see her second rains");
- one missing at war or at sea ("missing, believed lost", "went to the front and we never heard from him again",
  "didn't come home from X" with war or sea told, a plane or boat gone down and never found);
- a body laid to rest beside one of theirs, a memorial rite said for someone (kaddish, a death anniversary);
- a person's grave illness by its name or its treatment (Parkinson's, COPD, heart failure, chemo, dialysis,
  morphine, "gave him six months"), said with a person, never a job or a lesson about drugs;
- a mind going told by what the person no longer knows ("doesn't know the children any more", "her head went").

Each rule carries its "other causes" (a trip, a job, money, a school, a fast), read in its sentence or answer.
"""

from __future__ import annotations

import re

from agent.guided.lexicon import KIN

_I = re.IGNORECASE
_SENTENCE = re.compile(r"[^.!?;]+[.!?;]*")
_KIN = r"(?:" + "|".join(sorted((re.escape(k) for k in KIN if len(k) > 2), key=len, reverse=True)) + r")"
_NAME = r"(?-i:[A-Z][a-zà-ÿ'’-]+)"
# someone of the family: "my little brother", "Grandfather Lobsang", "Abuelo", "Mihai", "Aunt Fatima"
_WHO = (
    r"(?:(?:my|our|his|her|their)\s+(?:(?:little|baby|big|older|younger|elder|eldest|youngest|dear|own|only|first)\s+)?"
    + _KIN
    + r"(?:\s+"
    + _NAME
    + r")?|"
    + _NAME
    + r"(?:\s+"
    + _NAME
    + r")?)"
)
_NEG = (
    r"(?:did\s+not|didn'?t|does\s+not|doesn'?t|do\s+not|don'?t|never|nobody|no\s+one|no-one|no|not|wouldn'?t|would\s+not"
    r"|couldn'?t|could\s+not|stopped|only|put\s+away|empty|quiet|silent)"
)

# ---- a time marked by a relative's soft going, then something not done ----------------------------------------
_GOING = re.compile(
    r"\b(?:when|after|since|once|the\s+(?:year|day|week|month|winter|summer|spring|autumn|fall|night|morning|evening))"
    r"\s+(?P<who>" + _WHO + r")\s+(?:had\s+|has\s+)?(?:"
    r"went(?:\s+to\s+(?:god|heaven|glory|(?:his|her|their)\s+rest|(?:be\s+)?with\s+(?:the\s+ancestors|god|the\s+lord"
    r"|jesus|allah)|the\s+ancestors|the\s+other\s+side|the\s+spirit\s+world|sleep\s+for\s+good))?"
    r"|left\s+us|was\s+gone|had\s+gone|(?:was|were)\s+taken|passed|went\s+home\s+to\s+(?:god|the\s+lord|jesus)"
    r"|did\s+not\s+wake(?:\s+up)?|didn'?t\s+wake(?:\s+up)?|never\s+woke(?:\s+up)?)"
    r"(?=\s*(?:[,.;!?]|$|and\b))",
    _I,
)
_GOING_UNLESS = re.compile(
    r"\b(?:back|return\w*|came\s+home|come\s+home|letters?|wrote|phoned|rang|called\s+us|visit\w*|holiday|trip|till"
    r"|until|army|navy|abroad|to\s+work|job|school|college|university|in\s+time|alarm|late|for\s+work|overslept"
    r"|divorc\w*|separat\w*|ran\s+off|new\s+wife|new\s+husband|another\s+woman|another\s+man)\b",
    _I,
)
_AFTER = re.compile(r"\b" + _NEG + r"\b|\bwore\s+(?:only\s+)?(?:white|black)\b", _I)

# ---- a time counted, and two ordinary joys not done in it ---------------------------------------------------------
_TIME = re.compile(
    r"\b(?:that|the\s+whole|a\s+whole|for\s+a(?:\s+whole|\s+full)?|for\s+one)\s+(?:year|winter|summer|season)\b"
    r"|\bfor\s+(?:forty|thirty|forty-?nine|\d{2,3}|three|six|nine|twelve)\s+(?:days|weeks|months)\b"
    r"|\b(?:that|at)\s+(?:eid|christmas|diwali|new\s+year|easter|ramadan|nowruz|tet|passover|dashain|onam|pongal|vaisakhi"
    r"|hari\s+raya|tsagaan\s+sar|losar)\b",
    _I,
)
_JOY = (
    r"music|radio|television|tv|songs?|sang|sing|dance[ds]?|dancing|drums?|new\s+clothes|clothes|sweets|cakes?|celebrat\w*"
    r"|feast|weddings?|married|marry|party|parties|henna|mehndi|colou?rs?|red|jewel\w*|lights|decorat\w*|guests|fireworks"
    r"|shaved?|haircut|meat|laugh\w*|games|cards|visitors|tree|carols?|lanterns?|presents|gifts|crackers|turkey|biscuits"
)
_JOY_NOT = re.compile(
    r"\b(?:nobody|no\s+one|no-one|we|they|she|he|i|the\s+\w+)\s+(?:\w+\s+){0,3}?(?:did\s+not|didn'?t|never|would\s+not"
    r"|wouldn'?t|could\s+not|couldn'?t)?\s*(?:\w+\s+){0,3}?\b(?:" + _JOY + r")\b"
    r"|\bno\s+(?:new\s+)?(?:" + _JOY + r")\b|\bnot\s+even\b",
    _I,
)
_JOY_UNLESS = re.compile(
    r"\b(?:because|money|afford\w*|tight|poor|broke|study\w*|exams?|finals|diet|strike|snow\w*|storms?|lockdown|covid"
    r"|rationing|ration\w*|banned|ban|forbidden|allowed|rules?|lent|ramadan|fast\w*|tuner|broken|repairs?|baby\s+was"
    r"|sleeping|dorm|school|boarding|renovat\w*|moved|moving|building|neighbours?\s+complained|power|electricity|saving"
    r"|holiday|trip|travelling|camping|abroad|at\s+the\s+(?:party|wedding|dance|concert|disco|reception|ball|club)|band|dj|turned\s+up|showed\s+up|cancell?ed)\b",
    _I,
)
_NEGATED = re.compile(r"\b(?:nobody|no\s+one|no-one|no|not|never|did\s+not|didn'?t|wouldn'?t|would\s+not)\b", _I)

# ---- a child or a pregnancy lost ------------------------------------------------------------------------------------
_CHILD_LOST = re.compile(
    r"\b(?:lost|lose|losing)\s+(?:the|a|our|my|her|their|his|that)\s+(?:(?:first|second|third|little|twin)\s+)?"
    r"(?:baby|babies|child|little\s+one|pregnancy|twins?)\b(?!['’]s)"
    r"|\b(?:pregnancy|baby|pregnant)\b[^.!?]{0,40}?\b(?:didn'?t|did\s+not|never|wouldn'?t|would\s+not)\s+"
    r"(?:stay|hold|take|last|make\s+it|come\s+to\s+term|survive)\b"
    r"|\bmiscarr\w+|\bstill-?birth|\bstill-?born\b"
    r"|\b(?:baby|child|son|daughter|boy|girl|twins?|first|little\s+one|he|she)\s+(?:\w+\s+){0,2}?(?:only|just)\s+lived\s+"
    r"(?:a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:hours?|days?|weeks?"
    r"|months?)\b(?!\s+(?:in|at|there|with|on|near|above|next|by|under|before))"
    r"|(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bthey\s)\b(?:did\s+not|didn'?t|never)\s+(?:see|reach|live\s+to\s+see"
    r"|make\s+it\s+to)\s+(?:his|her)\s+(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:rains|summer"
    r"|winter|spring|autumn|birthday|christmas|harvest|year|new\s+year|snows?|monsoon)\b"
    r"(?!\s+(?:cake|party|parties|present|card|photo|candles?|trip|holiday|at\s+home))"
    # a pregnancy or newborns lost: "the twins came too early and she lost both of them"
    r"|\b(?:lost|lose)\s+(?:both\s+of\s+them|them\s+both|both|all\s+(?:three|of\s+them))\b"
    r"(?=[^.!?]*\b(?:baby|babies|twins?|triplets|born|pregnan\w*|too\s+early|premature|months\s+along))"
    r"|\b(?:twins|babies|triplets)\b[^.!?]{0,40}?\blost\s+(?:both|all|them)\b",
    _I,
)
_CHILD_UNLESS = re.compile(
    r"\b(?:found|minutes|crowd|supermarket|shop|market|fair|beach|weight|tooth|teeth|shoe|sock|monitor|bottle|dummy"
    r"|blanket|toy|photos?|picture|games?|match(?:es)?|races?|fights?|rounds?|contests?|competitions?|custody|bets?)\b",
    _I,
)

# ---- one missing at war or at sea ---------------------------------------------------------------------------------
_MISSING_STRONG = re.compile(
    r"\bmissing,?\s+(?:believed|presumed)\s+(?:lost|dead|killed|drowned)\b|\bmissing\s+in\s+action\b|\blost\s+at\s+sea\b",
    _I,
)
_MISSING = re.compile(
    r"\bnever\s+(?:heard|had\s+(?:a\s+)?word|got\s+(?:a\s+)?word|had\s+news|saw)\s+(?:from\s+|of\s+)?(?:him|her|them)"
    r"\s+again\b|\bno\s+(?:letter|word|news)\s+(?:ever\s+)?came\b|\bnever\s+(?:wrote|came\s+back|returned)\b"
    r"|\b(?:never|didn'?t|did\s+not)\s+(?:come|came)\s+(?:home|back)\s+from\s+(?:the\s+)?\w+"
    r"|\b(?:plane|boat|ship|trawler|helicopter|submarine|sub|vessel)\s+(?:went\s+down|sank|was\s+lost|disappeared|vanished)\b",
    _I,
)
_WAR_SEA = re.compile(
    r"\b(?:front|war|army|navy|regiment|battle\w*|convoy|sea|boat|ship|trawler|fishing|camps?|deported|taken\s+away"
    r"|arrested|mission|storm|mountains|medals?|soldiers?|troops|east|wreck\w*|falklands|korea|vietnam|gallipoli"
    r"|somme|stalingrad|siberia|gulag)\b",
    _I,
)
_MISSING_UNLESS = re.compile(
    r"\b(?:the\s+same|changed|different|a\s+(?:happy|changed|different)\s+man|later\s+came|came\s+back\s+in"
    r"|(?:until|till)\s+[^.!?]{0,30}?\b(?:came|come|returned|turned\s+up|walked\s+in|back)"
    r"|finally|turned\s+up|swam|rescued|saved|survived|all\s+got|made\s+it|nobody\s+was\s+(?:on|aboard)|empty"
    r"|moved|emigrat\w*|ran\s+off|married|australia|america|canada|pub|school|work|holiday)\b",
    _I,
)

# ---- laid to rest beside one of theirs; a memorial rite said for someone ----------------------------------------
_LAID = re.compile(
    r"\b(?:laid|lay|put|placed|buried)\s+(?:him|her|them)\s+(?:to\s+rest\b|(?:next\s+to|beside|alongside|by)\s+"
    r"(?:his|her|their)\s+(?:own\s+)?(?:mother|father|wife|husband|son|daughter|parents|brother|sister|people|family"
    r"|grandmother|grandfather|mum|dad|mam|ancestors|first\s+wife|first\s+husband)\b)",
    _I,
)
_LAID_UNLESS = re.compile(r"\b(?:bed|cot|crib|sofa|couch|sleep|nap|blanket|pram|car\s+seat|photo|picture|table)\b", _I)
_RITE_WORD = (
    r"(?:yahrzeit|yartzeit|kaddish|shiva|shloshim|chehlum|chaliswan|barsi|pomana|parastos|panikhida|month['’]s\s+mind"
    r"|death\s+anniversary|requiem(?:\s+mass)?|memorial(?:\s+mass|\s+service)?)"
)
# a memorial rite said FOR someone or as theirs: "we light a yahrzeit candle for Bubbe", "Zayde's yahrzeit"; never the
# rite said at large ("We said Kaddish at the synagogue on Shabbat", "In the shraddh days the shops are quiet")
_RITE = re.compile(
    r"\b" + _RITE_WORD + r"\b[^.!?;]{0,40}?\bfor\s+(?:him|her|" + _WHO + r")(?![\w'’])(?!\s+\w+['’]s)"
    r"|(?:\b(?:his|her)|['’]s)\s+(?:own\s+)?(?:yahrzeit|yartzeit|shloshim|chehlum|barsi|death\s+anniversary|month['’]s\s+mind)\b",
    _I,
)
# a place or a thing of theirs kept as it was, and not used or still set: "his bed stayed made, and Mother would
# not let anyone sleep in it", "Gran's chair stays empty; we set her cup there every Sunday still"
_KEPT = re.compile(
    r"(?:\b(?:his|her)|['’]s)\s+(?:bed|chair|place|seat|room|cup|plate|coat|shoes|boots|pipe|cap|hat)\b[^.!?;]{0,40}?"
    r"\b(?:stays?|stayed|is\s+still|was\s+still|remained|remains|(?:was|is)\s+kept|(?:was|is)\s+left)\s+"
    r"(?:(?:still|always|just)\s+)?(?:made|empty|as\s+(?:it|they)\s+(?:was|were|is|are)|exactly|untouched|where)"
    r"|\bkept\s+(?:his|her)\s+(?:bed|chair|room|coat|shoes|boots|pipe|cap|hat|cup|place)\s+(?:made|empty|on\s+the\s+hook"
    r"|by\s+the\s+door|as\s+(?:it|they)\s+(?:was|were)|exactly|untouched|where\s+(?:he|she)\s+left)",
    _I,
)
_KEPT_TOO = re.compile(
    r"\b(?:would\s+not|wouldn'?t|did\s+not|didn'?t)\s+let\s+(?:anyone|anybody|us|no\s+one)\b|\bnobody\s+(?:\w+\s+)?"
    r"(?:sits|sat|sleeps|slept|uses|used|wears|wore|touches|touched)\b|\bstill\b|\buntil\s+(?:she|he)\s+(?:herself|himself)"
    r"|\bevery\s+(?:sunday|day|morning|evening|night|year)\b",
    _I,
)
_KEPT_UNLESS = re.compile(
    r"\b(?:away|school|university|college|visit\w*|holiday|comes|coming|return\w*|back|weekend|army|abroad|trip"
    r"|hospital|guests?|tidy|cleaner|lodger|cat|dog)\b",
    _I,
)
# the sea, a river, the war kept or claimed someone: "when the sea kept him"
_KEPT_BY = re.compile(
    r"\b(?:sea|ocean|river|lake|mountains?|war|desert|ice|snow|bush|jungle)\s+(?:kept|claimed|swallowed|never\s+gave\s+back)"
    r"\s+(?:him|her|them)(?=\s*(?:[,.;!?]|$))",
    _I,
)
# the first feast or year without one of theirs: "it was the first Christmas without Mum"
_FIRST_WITHOUT = re.compile(r"\bthe\s+first\s+(?:\w+\s+){0,2}?(?:one\s+)?without\s+(?:" + _WHO + r")(?!['’]s)", _I)
_FIRST_UNLESS = re.compile(
    r"\b(?:sea|work|working|away|abroad|army|navy|shift|prison|jail|hospital|divorc\w*|moved|visit\w*|phone\w*|rang"
    r"|called|came\s+back|home\s+by|next\s+year|trip|holiday|university|college|school)\b",
    _I,
)
# mourning clothes for someone in a counted time: "we wore white for Nana for a year"
_WORE_FOR = re.compile(r"\bwore\s+(?:only\s+)?(?:white|black)\s+for\s+" + _WHO + r"(?!['’]s)", _I)


def _kept_at(text: str) -> int | None:
    for m in _KEPT.finditer(text):
        sentence = _sentence_of(text, m.start())
        if _KEPT_UNLESS.search(text):
            return None
        if _KEPT_TOO.search(sentence) or _KEPT_TOO.search(text, m.end(), m.end() + 120):
            return m.start()
    if (m := _KEPT_BY.search(text)) is not None:
        return m.start()
    if (m := _FIRST_WITHOUT.search(text)) is not None and not _FIRST_UNLESS.search(_sentence_of(text, m.start())):
        return m.start()
    if (m := _WORE_FOR.search(text)) is not None and _TIME.search(text):
        return m.start()
    return None


# the women came to read or pray for Teta, for forty days
_READ_FOR = re.compile(
    r"\b(?:read|prayed|recited|chanted|said\s+prayers?)\s+(?:\w+\s+){0,2}?for\s+" + _WHO,
    _I,
)
_DAYS = re.compile(
    r"\b(?:three|seven|nine|thirteen|forty|forty-?nine|\d{1,2})\s+(?:days|nights)\b|\bevery\s+(?:evening|night)\b", _I
)

# ---- a grave illness of a person, by its name or its treatment ----------------------------------------------------
_GRAVE = re.compile(
    r"\b(?:parkinson['’]?s|emphysema|copd|(?:heart|kidney|renal|liver|lung)\s+failure|cirrhosis|motor\s+neurone?"
    r"|multiple\s+sclerosis|huntington['’]?s|lymphoma|melanoma|sepsis|tumou?rs?|chemo(?:therapy)?|radiotherapy"
    r"|dialysis|morphine|palliative|(?:kidneys|heart|liver|lungs)\s+(?:failed|gave\s+(?:out|up|in)|(?:are|were)\s+failing)"
    r"|(?:sugar|diabetes|drink|drinking|cancer|disease)\s+took\s+(?:both\s+)?(?:his|her)\s+(?:legs?|feet|foot|eyes?|sight"
    r"|kidneys)"
    r"|gave\s+(?:him|her|" + _WHO + r")\s+(?:only\s+)?(?:a\s+few|six|three|two|four|\d+)\s+(?:months|weeks)"
    r"(?!['’]|\s+(?:off|leave|holiday|wages|pay|rent|notice|to\s+pay|in\s+(?:prison|jail)))"
    r"|nothing\s+more\s+(?:they|the\s+doctors?|anyone|we)\s+(?:can|could)\s+do|sent\s+(?:him|her)\s+home\s+to\s+die)\b",
    _I,
)
_A_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers)\b|\b" + _WHO, _I)
_GRAVE_UNLESS = re.compile(
    r"\b(?:(?:i|we)\s+(?:was|were|am|are|worked|work)\b[^.!?]{0,30}\b(?:nurse|doctor|technician|pharmacist|porter)"
    r"|(?:was|is|as)\s+an?\s+(?:\w+\s+)?(?:nurse|doctor|technician|pharmacist|porter|specialist|consultant)|rounds"
    r"|my\s+job|patients|shifts?|ward\s+sister|dose\w*|mg|milligrams?|tablets?|drugs?\s+(?:class|for)|class\s+of"
    r"|inhibitor\w*|receptor\w*|agonist\w*|mechanism|side[- ]effects?|indicat\w*|prescrib\w*|pharmac\w*|exam|quiz"
    r"|lecture|textbook|treated\s+with|used\s+(?:for|to\s+treat)|weeks\s+off|off\s+work|sick\s+note|his\s+back|her\s+back"
    r"|marathon|race|sprint|laugh\w*|jok\w*|pub|still\s+made\s+it|car|engine|lorry|truck|tractor|machine|mechanic\w*|garage|vet|dog|cat|horse|cow|plant|tree"
    r"|recovered|cured|all\s+clear|remission|worked|working|installed|built|repair\w*|sold|designed|the\s+first\s+in)\b",
    _I,
)

# ---- a mind going: what the person no longer knows ---------------------------------------------------------------
_MIND = re.compile(
    r"\b(?:doesn'?t|does\s+not|didn'?t|did\s+not|no\s+longer|can'?t|cannot|couldn'?t|could\s+not)\s+"
    r"(?:know|knows|recogni[sz]es?)\s+(?:who\s+i\s+(?:am|was)|me|us|any\s+of\s+us|anyone|(?:her|his)\s+own\s+\w+"
    r"|the\s+(?:children|grandchildren|kids|family)|(?:her|his)\s+(?:children|sons|daughters|grandchildren|husband|wife"
    r"|family))\b(?P<rest>[^.!?;]{0,40})"
    r"|\b(?:talks|talked|speaks|spoke|chats|chatted)\s+to\s+(?:her|his)\s+dead\s+\w+"
    r"|(?:\b(?:his|her)|['’]s)\s+(?:head|mind|wits)\s+(?:went(?:\s+from\s+(?:him|her))?(?=\s*[,.;!?]|$)|(?:is|was|has|had)"
    r"\s+gone(?=\s*[,.;!?]|$|\s+now)|(?:is|was)\s+going(?=\s*[,.;!?]|$|\s+now)|started\s+to\s+go)",
    _I,
)
_MIND_NOT = re.compile(r"\bany\s*more\s+than\b|\bno\s+longer\s+than\b", _I)
_MIND_SURE = re.compile(
    r"\bany\s*more\b|\bno\s+longer\b|\bat\s+the\s+end\b|\bnow\b|\bown\b|\bdead\b|\bwent\b|\bgone\b|\bgoing\b|\bgo\b", _I
)
# the subject who no longer knows is one person of theirs, never people at large
_NOT_ONE = re.compile(
    r"\b(?:people|folks|neighbou?rs|they|nobody|no\s+one|anyone|everyone|strangers|we|you|i|town|village|school|teachers?"
    r"|customers|guards?|officials?|police|the\s+new\s+\w+)\s+(?:\w+\s+)?$",
    _I,
)
_MIND_UNLESS = re.compile(
    r"\b(?:away|been\s+gone|long\s+time|grown|changed|beard|haircut|yet|blank|exam|test|interview|stage|dog|cat|baby"
    r"|new\s+(?:teacher|boss)|joke\w*|kidding|football|match)\b",
    _I,
)
# each one weak, two together: the gas left on, the way home lost, the car keys or the knobs taken away
_MIND_ACTS = (
    re.compile(r"\b(?:leaves|left|leaving)\s+the\s+(?:gas|cooker|stove|oven|tap|taps|hob)\s+(?:on|running)\b", _I),
    re.compile(
        r"\b(?:can'?t|cannot|couldn'?t|could\s+not)\s+find\s+(?:her|his)\s+way\s+(?:home|back)\b"
        r"|\bgets?\s+lost\s+(?:on\s+the\s+way\s+)?(?:home|back)\b",
        _I,
    ),
    re.compile(
        r"\btake\s+(?:the\s+)?(?:knobs|car\s+keys|keys)\s+(?:off|away)\b|\btook\s+(?:the\s+)?(?:knobs|car\s+keys)\b", _I
    ),
)
_ACTS_UNLESS = re.compile(r"\b(?:child|kids?|toddler|teenager|drunk|party|fog|snow|dark|new\s+town|first\s+week)\b", _I)


def _sentence_of(text: str, at: int) -> str:
    return next((s.group() for s in _SENTENCE.finditer(text) if s.start() <= at < s.end()), text)


def _person_in(sentence: str, term: str) -> bool:
    """Someone in the sentence besides the illness's own word ("Parkinson's") and its opening capital ("Chemo")."""
    rest = sentence.replace(term, " ").lstrip()
    first = re.match(r"[\w'’-]+", rest)
    if first and first.group().lower() not in KIN and first.group().lower() not in ("he", "she", "they", "his", "her"):
        rest = rest[first.end() :]
    return bool(_A_PERSON.search(rest))


def _going_at(text: str) -> int | None:
    for m in _GOING.finditer(text):
        if _GOING_UNLESS.search(_sentence_of(text, m.start())) or _GOING_UNLESS.search(text, m.end(), m.end() + 120):
            continue
        if _AFTER.search(text, m.end(), m.end() + 200):
            return m.start("who")
    return None


def _joys_not_done_at(text: str) -> int | None:
    """A time counted and two joys not done in it: two negated clauses naming a joy, in the time's sentence and the
    next, no other cause told."""
    sentences = [(s.start(), s.group()) for s in _SENTENCE.finditer(text)]
    for i, (start, sentence) in enumerate(sentences):
        if not _TIME.search(sentence):
            continue
        span = " ".join(s for _a, s in sentences[max(0, i - 1) : i + 2])
        if _JOY_UNLESS.search(span):
            continue
        clauses = [c for c in re.split(r"[,;.!?]|\band\b|\bor\b", span) if _NEGATED.search(c)]
        joyful = [c for c in clauses if _JOY_NOT.search(c)]
        if len(joyful) >= 2:
            return start
    return None


def _first(pattern: re.Pattern[str], unless: re.Pattern[str], text: str) -> int | None:
    for m in pattern.finditer(text):
        if not unless.search(_sentence_of(text, m.start())):
            return m.start()
    return None


def _missing_at(text: str) -> int | None:
    if (m := _MISSING_STRONG.search(text)) is not None:
        return m.start()
    for m in _MISSING.finditer(text):
        sentence = _sentence_of(text, m.start())
        if _MISSING_UNLESS.search(sentence) or _MISSING_UNLESS.search(text, m.end(), m.end() + 80):
            continue
        if _WAR_SEA.search(text) and (
            not m.group().lower().startswith(("plane", "boat", "ship", "trawler", "heli", "sub", "vessel"))
            or re.search(r"\bnever\s+(?:found|recovered)|\bno\s+one\s+found|\ball\s+hands\b|\bbod(?:y|ies)\b", text, _I)
        ):
            return m.start()
    return None


def _read_for_at(text: str) -> int | None:
    m = _READ_FOR.search(text)
    return m.start() if m and _DAYS.search(text) else None


def _illness_at(text: str) -> int | None:
    for m in _GRAVE.finditer(text):
        sentence = _sentence_of(text, m.start())
        if _GRAVE_UNLESS.search(sentence) or not _person_in(sentence, m.group()):
            continue
        return m.start()
    for m in _MIND.finditer(text):
        sentence = _sentence_of(text, m.start())
        if _MIND_UNLESS.search(sentence) or not _MIND_SURE.search(m.group()) or _MIND_NOT.search(m.group()):
            continue
        if _NOT_ONE.search(text[max(0, m.start() - 30) : m.start()]):  # ("the people didn't know us now")
            continue
        return m.start()
    acts = [
        m.start()
        for p in _MIND_ACTS
        if (m := p.search(text)) and not _ACTS_UNLESS.search(_sentence_of(text, m.start()))
    ]
    return min(acts) if len(acts) >= 2 else None


def _loss_at(text: str) -> int | None:
    found = [
        _going_at(text),
        _joys_not_done_at(text),
        _first(_CHILD_LOST, _CHILD_UNLESS, text),
        _missing_at(text),
        _first(_LAID, _LAID_UNLESS, text),
        _first(_RITE, re.compile(r"\b(?:song|choir|concert|sang|sing|mozart|verdi|faur[ée]|brahms)\b", _I), text),
        _read_for_at(text),
        _kept_at(text),
    ]
    at = [f for f in found if f is not None]
    return min(at) if at else None


def softly(text: str) -> str | None:
    """ "loss" when the grammar of the answer tells a death, a child lost or one missing, "illness" when it tells a
    grave illness or a mind going of someone, else None."""
    if _loss_at(text) is not None:
        return "loss"
    if _illness_at(text) is not None:
        return "illness"
    return None


def softly_at(text: str) -> int | None:
    """Where what :func:`softly` reads is told (the one it is of, for the care to name), or None."""
    at = _loss_at(text)
    return at if at is not None else _illness_at(text)
