"""A close said in the teller's own way, heard as two signs together at the answer's end: a bare stop word
("That's enough, ndeko.", "Sampun, nduk, enough.", "Okay, hajde, that's it,") and, after it, a reason to leave now
that is the teller's own (an errand or duty the teller goes to: "I go call my sister", "I must take the wudu";
something due soon: "the azan soon", "Dardan has training at six"); or that reason said with thanks to the
listener as the answer's last words ("I have to fetch the children. Thank you for listening.").

Neither sign alone is a close: a bare "that's it" sums up an item ("that's it, that's the whole trick"), an errand
is told of any day, and thanks are given for a question. Nothing here depends on one language's words for
"enough" or "goodbye" (the words of address and of other languages around them are any words); the reason must be
said now, by the teller (never told of then, of someone else, or as what someone said), and must not be going on
with the session ("I must tell you about…", "now I do the cap").

Kept apart from :mod:`agent.guided.wishes` (whose :func:`~agent.guided.wishes.tired` asks it) for that module's
size; one reader, :func:`leaves_now`.
"""

from __future__ import annotations

import re

# Words before the stop word, each with its comma: an opener or a word of address of any language ("Okay, hajde,",
# "Sampun, nduk,").
_LEAD = r"(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,\s*){0,3}"
# "Enough" in the words of other languages and Englishes (Hindi/Urdu, Afrikaans, Italian/Spanish, Arabic, Turkish,
# Bosnian, Tagalog, Malay/Indonesian, Javanese, pidgin "finish"); never a bare "bas" (a Dutch name), "bus" or "basta"
# inside a sentence: each only as a clause of its own (:data:`_STOP`).
_ENOUGH_WORD = (
    r"(?:bas\s+(?:bas|ab|karo|hai|kar)|baas|basta|khalas|khallas|halas|yeter|dosta|genug|assez|ça\s+suffit|kafi"
    r"|cukup|sudah|udah|tama\s+na|tapos\s+na|sampun|finish|sufficient|listo)"
)
# The bare stop word: "enough", "that's enough", "that's it", "that's all", "it's enough", "that'll do", said as a
# clause of its own (then a comma, a full stop, or a word of address and a full stop); never enough of a thing
# ("enough sugar", "enough of him", "that's it for the old mill").
_STOP = re.compile(
    r"(?:^|(?<=[.!?;:,])\s*)(?P<lead>" + _LEAD + r")"
    r"(?:(?:that(?:'s|\s+is)|it(?:'s|\s+is))\s+(?:enough|it|all|plenty)|that(?:'ll|\s+will)\s+do|enough(?:,\s*enough)?"
    # "that's all from me", "enough talking", "that's my story", "I stop now", "I think we'll leave it there"
    r"|that(?:'s|\s+is)\s+(?:all|it)\s+from\s+me|that(?:'s|\s+is)\s+my\s+story|enough\s+(?:talking|for\s+me)"
    r"|(?:i\s+think\s+)?(?:i|we)(?:'ll|\s+will)?\s+(?:stop|leave\s+it|finish|end)\s+(?:now|here|there)"
    # "Let us stop here", "Abeg, make we stop here", and the word for "enough" of other languages, said once or
    # twice ("Basta, basta.", "Baas, finish.", "Tama na, anak.")
    r"|(?:let(?:'s|\s+us)|make\s+we)\s+(?:stop|finish|end|leave\s+it)(?:\s+(?:now|here|there))?"
    r"|" + _ENOUGH_WORD + r"(?:\s*,\s*" + _ENOUGH_WORD + r")?)"
    r"(?:\s+(?:now|then|already|for\s+(?:now|today|tonight)))?"
    r"\s*(?=[.!;]|,|$)",
    re.IGNORECASE,
)
# Someone the teller goes to fetch, drop, call or help: kin, a child, "him"/"her" (never a thing to show in the
# session: "fetch the photo album", "get my glasses").
_WHOM = (
    r"(?:(?:my|our|the|his|her)\s+(?:[^\W\d_]+\s+)?(?:grand)?(?:sons?|daughters?|child(?:ren)?|kids?|grandkids|boys?"
    r"|girls?|bab(?:y|ies)|wife|husband|missus|sisters?|brothers?|mother|father|mum|mom|mam|mama|papa|dad|nephews?"
    r"|nieces?|cousins?|neighbou?rs?|friends?|twins|little\s+ones?|grandchildren|grandson|granddaughter)"
    r"|him|her|them)\b"
)
# A place an errand takes the teller to: "go to the mosque", "off to the market", "go home" (never "go to 1950",
# "go to the part with the ship").
_ERRAND_PLACE = (
    r"(?:home|bed|sleep|work|school|church|market|mosque|prayers?|town|(?:the|my|our)\s+(?:[^\W\d_]+\s+)?(?:mosque"
    r"|church|temple|gurdwara|synagogue|doctor(?:'s)?|dentist|clinic|hospital|pharmacy|chemist|market|shops?|bank"
    r"|post\s+office|station|airport|bus|train|office|fields?|farm|garden|kitchen|bakery|appointment|class|shift"
    r"|job|prayers?|meeting|stall|cows?|goats?|chickens|hens))\b"
)
# What a duty elsewhere makes the teller do now, each with what shows it is an errand and not the telling: "cook",
# "feed the hens", "pray", "take the wudu", "put the rice on", "call my sister", "fetch my grandson", "lie down".
# Never a verb of telling, remembering, feeling or finding words, nor getting things to go on with ("get my
# glasses", "fetch the album"), a sneeze or calming down: none of those is here.
_ERRAND = (
    r"(?:cook|pray|feed|milk|sleep|eat|shop|sweep|iron|wash(?=\s*(?:[.!,;]|$|up\b|for\b|now\b))|lie\s+down"
    r"|prepare\s+(?:the\s+|my\s+|our\s+)?(?:dinner|lunch|supper|breakfast|food|meal|tea)"
    r"|make\s+(?:the\s+|my\s+|our\s+)?(?:dinner|lunch|supper|breakfast|food|tea|rotis?|chapatis?|fufu|ugali)"
    r"|put\s+(?:the\s+|my\s+)?(?:rice|kettle|tea|pot|dinner|food|beans|soup|stew|kids|children|baby|little\s+ones)"
    r"(?:\s+\w+)?\s+(?:on|in|to\s+bed)\b"
    r"|water\s+the|take\s+(?:the\s+|my\s+)?(?:wudu|wudhu|ablutions?|medicine|medication|pills?|tablets?|insulin)\b"
    r"|(?:take|fetch|collect|pick\s+up|drop(?:\s+off)?|drive|call|phone|ring|help|meet|visit|look\s+after|mind)\s+"
    + _WHOM
    + r"|pick\s+"
    + _WHOM
    + r"\s+up|see\s+the\s+doctor|walk\s+the\s+dog"
    r"|(?:open|close|lock)\s+(?:up\s+)?the\s+(?:shop|stall|gate|store)"
    r"|get\s+ready\s+for\s+" + _ERRAND_PLACE + r")"
)
# Going away now: "I must go.", "I have to go now", "go home", "go to the mosque", "go and milk the cow", "go cook",
# "run", "dash", "catch the bus" (never "go back", "go on", "go through the war", "go slowly", "run through").
_GO = (
    r"(?:go(?:\s+(?:and\s+)?"
    + _ERRAND
    + r"|\s+(?:now|home|out|away|off)\b|\s+to\s+"
    + _ERRAND_PLACE
    + r"|(?=\s*(?:[.!;,]|$)))"
    r"|leave(?=\s*(?:[.!;,]|$|now\b|soon\b))|run(?=\s*(?:[.!;,]|$|now\b))|dash|rush\s+off|hurry(?=\s*(?:[.!;,]|$))"
    r"|be\s+(?:off|going)|get\s+(?:going|home)|head\s+(?:off|home|out)|make\s+a\s+move"
    r"|catch\s+(?:the|my)\s+(?:bus|train|tram|ferry|flight|plane))"
)
# The teller (never "we": "we have to understand", a rule of life) leaves for a duty ELSEWHERE now: "I must take the
# wudu", "I have to fetch the kids", "I go call my sister", "I'm going to cook", "I'll go and pray", "Got to fetch my
# grandson" (never "I must tell you", "I must have been seven", "I have to go back to 1950", "I need to get to the
# part with the ship", "I must stop crying", "I need to get my glasses", "I have to sneeze").
_DUTY = re.compile(
    r"(?:(?:^|(?<=[.!?,;]\s))(?:(?:have|got)\s+to|gotta|must|need\s+to)"
    r"|\bi(?:\s+|(?='))(?:must|have\s+to|need\s+to|got\s+to|gotta|'ve\s+got\s+to|have\s+got\s+to|should|'d\s+better"
    r"|had\s+better|'m\s+going\s+to|am\s+going\s+to|'ll|will))"
    r"\s+(?:now\s+)?(?:" + _GO + "|" + _ERRAND + r")"
    # "I go call my sister", "I go to the mosque", "I'm off to the market"
    r"|\bi(?:\s+|(?='))(?:go|wan\s+go|'m\s+off|am\s+off)\s+(?:now\s+)?(?:(?:and\s+)?"
    + _ERRAND
    + r"|(?:to\s+)?"
    + _ERRAND_PLACE
    + r"|home\b|(?=\s*(?:[.!;,]|$)))",
    re.IGNORECASE,
)
_CLOCK = r"(?:\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)"
# What the day's routine has a time for: "time for my medicine", "time for the evening prayer" (never "time for the
# big move", "time for the wedding part").
_ROUTINE = (
    r"(?:medicine|medication|pills?|tablets?|injection|insulin|dialysis|prayers?|namaz|salah|dinner|lunch|supper|tea"
    r"|breakfast|nap|rest|bed|bath|walk|news|programme|bus|train|appointment|shift)"
)
# Something due soon, said in the present: "Soon the azan for Maghrib", "Dardan has training at six", "the bus comes
# in ten minutes" (never "at six we ate", a time told of then: :data:`_THEN`).
_DUE = re.compile(
    # someone or something come for the teller now ("my daughter is here to take me home", "my taxi is outside", "my
    # son is calling me for dinner"), the day's end ("it is late", "it's getting dark"), the time for something ("time
    # for my medicine"), the next talk named ("we speak another day"); "is here" only with "for me" or "to take me"
    # (never "my grandson is here, he wants to hear"), and never "calling me a chatterbox"
    r"\b(?:is|are|'s|'re)\s+(?:(?:outside|at\s+the\s+door)(?=\s*(?:[.!,;]|$|now\b|already\b))"
    r"|(?:here|outside|at\s+the\s+door)(?:\s+now|\s+already)?\s+(?:to\s+(?:take|fetch|get|collect|pick|drive)\s+(?:me|us)"
    r"|for\s+(?:me|us)\b)"
    r"|waiting(?=\s*(?:[.!,;]|$|now\b|for\s+(?:me|us)\b|in\s+the\s+car\b|outside\b|downstairs\b))"
    r"|calling\s+(?:me|us)(?=\s*(?:[.!,;]|$|now\b|for\s+\w+|to\s+(?:come|eat)\b|home\b|in\b|down\b)))"
    r"|\bit(?:'s|\s+is)\s+(?:already\s+|very\s+|so\s+)?(?:late|getting\s+(?:late|dark)|dark\s+already)"
    r"(?=\s*(?:[.!,;]|$|now\b|already\b))"
    r"|(?:^|(?<=[.!?,;]\s))(?:(?:it'?s|it\s+is)\s+)?time\s+for\s+(?:my|the|our)\s+(?:\w+\s+)?"
    + _ROUTINE
    + r"\b"
    + r"|\b(?:we|i)(?:'ll|\s+will|\s+can)?\s+(?:speak|talk|continue|meet)\s+(?:again\s+)?(?:another\s+day|tomorrow"
    r"|next\s+(?:time|week))\b"
    # "soon" only of something due: "the azan is soon", "the children come from school soon", "Soon the azan for
    # Maghrib," (never "Soon after, we moved", "Soon you will see why")
    r"|\b(?:is|are|comes?|starts?|begins?|arrives?|(?:is|are|'s|'re)\s+\w+ing)\s+(?:[^\W\d_]+\s+){0,3}?soon\b"
    r"(?!\s+after)"
    r"|(?:^|(?<=[.!?,;]\s))soon\s+(?:the|my|our)\s+(?:[^\W\d_]+\s+){0,2}?(?:[^\W\d_]+)(?=\s*(?:[.!,;]|$|for\b))"
    r"|\bin\s+(?:a\s+few|ten|five|fifteen|twenty|half\s+an|an|\d+)\s+(?:minutes?|mins?|hours?)\b"
    # the household coming home now ("the children are coming home from school"; never "from Dubai next month"),
    # an appointment said now ("I have an appointment with the doctor at three"), the routine's time ("My pills,
    # it's time.")
    r"|\b(?:is|are|'s|'re)\s+coming\s+(?:back\s+)?home(?:\s+from\s+(?:the\s+)?(?:school|work|office|mill|fields?"
    r"|farm|market|mosque|church))?(?=\s*(?:[.!,;]|$|now\b|soon\b))"
    r"|\bi(?:\s+have|'ve\s+got|\s+have\s+got)\s+(?:an?|my)\s+(?:\w+\s+)?(?:appointment|meeting|class|shift|lesson)"
    r"(?=\s+(?:at|with|today|tonight|now|soon|this|in\s+(?:a|an|ten|five|\d+))\b|\s*(?:[.!,;]|$))"
    r"|(?:^|(?<=[.!?,;]\s))(?:my|the)\s+(?:\w+\s+)?" + _ROUTINE + r"\s*,\s*it(?:'s|\s+is)\s+time\b"
    r"|\b(?:has|have|is|are|comes?|starts?|begins?)\s+(?:\w+\s+){0,2}?at\s+" + _CLOCK + r"\b(?!\s+(?:years?|days?)\b)"
    # "coming at six to learn it": the teller's day goes on with them, no leaving
    r"(?!\s+to\s+(?!take\b|fetch\b|collect\b|pick\b|get\b|drive\b)\w+)",
    re.IGNORECASE,
)
# Thanks said to the listener ("Thank you for listening.", "Merci, thank you."; never "thanks to her", "thank God").
_THANKS = re.compile(
    r"\b(?:thank\s+you|thanks|merci|gracias|danke|grazie|obrigad[oa]|spasibo|asante|shukran|terima\s+kasih)\b"
    r"(?!\s+(?:to|god|goodness|heavens)\b)|\byou\s+(?:listened|have\s+listened|'ve\s+listened)\b"
    r"|\bfor\s+(?:listening|your\s+time|having\s+me)\b",
    re.IGNORECASE,
)
# What tells the words after the stop of then or of someone else: the past, a habit, words said in the story; or
# the telling going on ("but", "next", "let's", the story) or a sequence told ("then the rice goes in").
_THEN = re.compile(
    r"\b(?:was|were|had|did|went|came|moved|lived|used\s+to|would|'d(?!\s+better)|every|always|usually|each|whenever|when"
    r"|said|says|say|shouted|told|asked|thought|ago|years?|but|next|let'?s|go\s+on|carry\s+on|continue|ask\s+me|more"
    r"|another(?!\s+(?:day|time)\b)|stor(?:y|ies)|tales?"
    r"|then(?!\s*(?:[.!?,]|$)|\s+i\s+(?:sleep|rest|lie|go|eat|pray)\b))\b",
    re.IGNORECASE,
)
_FOR_A_QUESTION = re.compile(
    r"\s*(?:,\s*)?(?:\w+\s*,\s*)?(?:for\s+(?:asking|the\s+question|that\s+question|your\s+question|remembering"
    r"|your\s+kindness|being\s+kind|understanding|your\s+patience|caring)\b|that\s+is\s+kind)",
    re.IGNORECASE,
)
# A leave-taking of other languages as the answer's last words after a stop word ("OK, we finish here. Namaste.",
# "That's enough, habibti. Yalla, bye bye."): with the stop word before it, a close.
_FAREWELL_NOW = re.compile(
    r"(?:^|[.!?,;]\s*)(?:(?:yalla|okay|ok|chalo|haya|sawa|so|well)\s*,?\s*)*(?:namaste|namaskar|salaam|salam"
    r"|shalom|sat\s+sri\s+akal|vanakkam|(?:good\s*)?bye(?:[\s-]bye)?|goodbye|kwaheri|ciao)\s*[.!]*\s*$",
    re.IGNORECASE,
)
_TAIL_WORDS = 40  # a close is the answer's end: more than this after the stop word goes on telling
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _tail_said_now(tail: str) -> bool:
    """``tail`` (the words after the stop word) is short and tells nothing of then or of going on."""
    return len(tail.split()) <= _TAIL_WORDS and not _THEN.search(tail.replace("’", "'"))


def leaves_now(text: str | None) -> bool:
    """A close said in the teller's own way (see the module): a bare stop word with the teller's reason to leave
    now after it, or that reason and thanks to the listener as the last two sentences."""
    if not text:
        return False
    text = text.replace("’", "'").strip()
    for stop in _STOP.finditer(text):
        before = text[: stop.start()]
        sentence_before = _SENTENCE.split(before)[-1] if before else ""
        if re.search(r"\b(?:said|says|say|told|shouted|asked|would|used\s+to)\b", sentence_before, re.I):
            continue  # words said in the story: "he said, that's enough, I must feed the goats"
        tail = text[stop.end() :]
        if (_DUTY.search(tail) or _DUE.search(tail) or _FAREWELL_NOW.search(tail)) and _tail_said_now(tail):
            return True
    last = " ".join(_SENTENCE.split(text)[-2:])
    # thanks for a question ("Thanks for asking about her", the reply to care) are no leave-taking
    thanks = [found for found in _THANKS.finditer(last) if not _FOR_A_QUESTION.match(last, found.end())]
    return bool((_DUTY.search(last) or _DUE.search(last)) and thanks) and _tail_said_now(last)


def says_a_duty(sentence: str) -> bool:
    """Whether ``sentence`` says something the teller must go and do (:data:`_DUTY`): a reader that knows what the
    session is about (the practice coach's items) tells the errand from the next thing to do in it."""
    return bool(_DUTY.search(sentence.replace("’", "'")))
