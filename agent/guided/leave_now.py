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
# The bare stop word: "enough", "that's enough", "that's it", "that's all", "it's enough", "that'll do", said as a
# clause of its own (then a comma, a full stop, or a word of address and a full stop); never enough of a thing
# ("enough sugar", "enough of him", "that's it for the old mill").
_STOP = re.compile(
    r"(?:^|(?<=[.!?;:,])\s*)(?P<lead>" + _LEAD + r")"
    r"(?:(?:that(?:'s|\s+is)|it(?:'s|\s+is))\s+(?:enough|it|all|plenty)|that(?:'ll|\s+will)\s+do|enough(?:,\s*enough)?"
    # "that's all from me", "enough talking", "that's my story", "I stop now", "I think we'll leave it there"
    r"|that(?:'s|\s+is)\s+(?:all|it)\s+from\s+me|that(?:'s|\s+is)\s+my\s+story|enough\s+(?:talking|for\s+me)"
    r"|(?:i\s+think\s+)?(?:i|we)(?:'ll|\s+will)?\s+(?:stop|leave\s+it)\s+(?:now|here|there))"
    r"(?:\s+(?:now|then|already|for\s+(?:now|today|tonight)))?"
    r"\s*(?=[.!;]|,|$)",
    re.IGNORECASE,
)
# Going on with the session or the item is no leaving: telling, showing, practising, the next thing.
_GOING_ON = (
    r"(?:tell|say|talk|speak|show|explain|ask|answer|practi[sc]e|play|try|do|start|begin|continue|carry|keep|finish"
    r"|work|move|get\s+on|go\s+on|(?:go|get|come)\s+back|add|think|remember|admit|confess|sing|read|write|learn|hear"
    r"|understand|know|see|realise|realize|imagine|believe|accept|agree|mention|point|stress|warn|thank"
    r"|take\s+(?:a|another|one|five)\b(?!\s+(?:bus|train|taxi|pill|tablet))|rest|stretch|sit|stand|drink|breathe)\b"
)
# The teller (never "we": "we have to understand", a rule of life) leaves for an errand or duty now: "I must take
# the wudu", "I have to fetch the kids", "I go call my sister", "I'm going to cook", "I'll go and pray" (never "I must
# tell you", "I go on", "I have to go back to 1950").
_DUTY = re.compile(
    r"(?:^|(?<=[.!?,;]\s))(?:(?:have|got)\s+to|gotta|must|need\s+to)\s+(?:go\s+(?:and\s+)?)?(?!" + _GOING_ON + r")"
    r"[^\W\d_]{2,}"
    r"|\bi(?:\s+|(?='))(?:(?:must|have\s+to|need\s+to|got\s+to|gotta|'ve\s+got\s+to|have\s+got\s+to|should|'d\s+better"
    r"|had\s+better)\s+(?:go\s+(?:and\s+)?|now\s+)?"
    r"|(?:go|'m\s+going\s+to|am\s+going\s+to|'ll\s+go|will\s+go|'m\s+off\s+to|am\s+off\s+to)\s+(?:and\s+)?(?:to\s+)?"
    r"(?:now\s+)?)(?!" + _GOING_ON + r")[^\W\d_]{2,}",
    re.IGNORECASE,
)
_CLOCK = r"(?:\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)"
# Something due soon, said in the present: "Soon the azan for Maghrib", "Dardan has training at six", "the bus comes
# in ten minutes" (never "at six we ate", a time told of then: :data:`_THEN`).
_DUE = re.compile(
    # someone or something come for the teller now ("my daughter is here to take me home", "my taxi is outside", "my
    # son is calling me for dinner"), the day's end ("it is late", "it's getting dark"), the time for something ("time
    # for my medicine"), the next talk named ("we speak another day")
    r"\b(?:is|are|'s|'re)\s+(?:(?:here|outside|at\s+the\s+door)(?=\s*(?:[.!,;]|$|now\b|already\b|to\s+(?:take|fetch"
    r"|get|collect|pick|drive)\b|for\s+(?:me|us)\b))|waiting(?=\s*(?:[.!,;]|$|now\b|for\s+(?:me|us)\b|in\s+the\s+car\b"
    r"|outside\b|downstairs\b))|calling\s+(?:me|us)\b)"
    r"|\bit(?:'s|\s+is)\s+(?:already\s+|very\s+|so\s+)?(?:late|getting\s+(?:late|dark)|dark\s+already)"
    r"(?=\s*(?:[.!,;]|$|now\b|already\b))"
    r"|(?:^|(?<=[.!?,;]\s))(?:(?:it'?s|it\s+is)\s+)?time\s+for\s+(?:my|the|our)\s+\w+"
    r"|\b(?:we|i)(?:'ll|\s+will|\s+can)?\s+(?:speak|talk|continue|meet)\s+(?:again\s+)?(?:another\s+day|tomorrow"
    r"|next\s+(?:time|week))\b"
    r"|\bsoon\b|\bin\s+(?:a\s+few|ten|five|fifteen|twenty|half\s+an|an|\d+)\s+(?:minutes?|mins?|hours?)\b"
    r"|\b(?:has|have|is|are|comes?|starts?|begins?)\s+(?:\w+\s+){0,2}?at\s+" + _CLOCK + r"\b(?!\s+(?:years?|days?)\b)",
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
    r"\b(?:was|were|had|did|went|came|used\s+to|would|'d(?!\s+better)|every|always|usually|each|whenever|when"
    r"|said|says|say|shouted|told|asked|thought|ago|years?|but|next|let'?s|go\s+on|carry\s+on|continue|ask\s+me|more"
    r"|another(?!\s+(?:day|time)\b)|stor(?:y|ies)|tales?"
    r"|then(?!\s*(?:[.!?,]|$)|\s+i\s+(?:sleep|rest|lie|go|eat|pray)\b))\b",
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
        if (_DUTY.search(tail) or _DUE.search(tail)) and _tail_said_now(tail):
            return True
    last = " ".join(_SENTENCE.split(text)[-2:])
    return bool(_DUTY.search(last) and _THANKS.search(last)) and _tail_said_now(last)


def says_a_duty(sentence: str) -> bool:
    """Whether ``sentence`` says something the teller must go and do (:data:`_DUTY`): a reader that knows what the
    session is about (the practice coach's items) tells the errand from the next thing to do in it."""
    return bool(_DUTY.search(sentence.replace("’", "'")))
