"""A new part of the life told unasked, late in an answer: the teller moving on, later, to a new place to live and
work there ("And then, 1972, my uncle write that the mills want men, and I come to Bradford, on the night shift,
eleven years", "later I went to Frobisher Bay, Iqaluit now, to work in the hospital as interpreter"). It is a
change of subject said by the telling itself: the planner takes it up as it does "let me tell you about Bradford"
(a topic of its own), where a follow of one place in it ("take me to Manningham") would leave the new life unasked.

Never a journey there and back, a visit, a holiday or a habit ("every spring we went to Leeds"), a move of others
("my brother went to Canada"), one not taken ("I never went to Leeds"), nor a move that opens the answer (the
answer is then about it, asked in its own right)."""

from __future__ import annotations

import re

from agent.guided.lexicon import KIN, NOT_NAMES, TITLES
from agent.guided.names import FEMALE, MALE
from agent.guided.work_words import OCCUPATIONS

# Roles one is taken on as, beside the trades: "as interpreter", "as a foreman"
_ROLES = OCCUPATIONS | frozenset(
    """interpreter translator foreman forewoman supervisor manager inspector instructor tutor orderly guard watchman
    helper trainee volunteer""".split()
)
_BEFORE_WORDS = 12  # told before the move: the answer was about something else first
_NUMBER = (
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|many|several"
)
# (never the "I" of the next clause said without a comma: "I come to Bradford I work in the mill")
_PLACE = r"(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?!I\b)(?-i:[A-ZÀ-Þ])[\w'’-]*){0,2}"
# The teller goes, later: "then I come to", "later I went to", "in 1976 we moved to", "we finally came over to"
# (one word of time or manner between, never a modal, a negation nor "back"/"home").
_MOVE = re.compile(
    r"(?:\b(?:i|we)\s+(?:(?:then|later|finally|all|both|also|soon|first|eventually|so|just)\s+)?"
    r"(?:(?:come|came|went|go|moved|move|emigrated|sailed|flew|travelled|traveled|got|fled|escaped|relocated)\s+"
    r"(?:(?:over|out|down|up|across|away|on|here)\s+)?to|(?:left|sailed)\s+for|(?:settled|ended\s+up)\s+in)"
    # … or was sent there: "in 1962 they sent me to Nairobi, to work in the bank"
    r"|\b(?:they|the\s+(?:company|bank|army|firm|church|government|ministry))\s+(?:then\s+)?(?:sent|posted|transferred)"
    r"\s+(?:me|us)\s+(?:out\s+|over\s+)?to)"
    r"\s+(?P<the>the\s+)?(?P<place>" + _PLACE + r")",
    re.IGNORECASE,
)
# … later than what was told before it, said just before the move in its sentence: "then", "later", "after
# that", a year ("And then, 1972, … I come to Bradford", "In 1976 we came to Montreal").
_LATER = re.compile(
    r"\b(?:then|later|afterwards|eventually|finally|after\s+that|when\s+i\s+was\s+\w+|after\s+(?:the|that|some|a\s+few|two|three)\s+\w+|(?:19|20)\d\d"
    r"|(?:in|of)\s+['’](?:[2-9]\d))\b",
    re.IGNORECASE,
)
# The place called by its name of today: "Frobisher Bay, Iqaluit now", "Bombay, now Mumbai", "Salisbury, what is
# Harare today"
_NOW_NAME = re.compile(
    r"\s*,\s*(?:(?:now|today)\s+(?P<a>" + _PLACE + r")|(?P<b>" + _PLACE + r")\s+(?:now|today|these\s+days)\b"
    r"|(?:what|which)\s+(?:is|they\s+call)\s+(?P<c>" + _PLACE + r")\s+(?:now|today))"
)
# A life there for a while: work ("to work in the hospital", "on the night shift", "as a nurse", "a job") or years
# ("for eleven years", "thirty years there"); never a task on one's own things ("to work on my bike").
_STAYED = re.compile(
    r"\bto\s+work\b(?!\s+on\s+(?:my|his|her|our|their|your|it)\b)"
    r"|\b(?:work|worked|working)\s+(?:in|at|on(?!\s+(?:my|his|her|our|their|your|it)\b)|for|as)\b"
    r"|\b(?:a|my|the|his|her|our)\s+(?:first\s+)?job\b"
    r"|\b(?:night|day|early|late|morning)\s+shifts?\b|\bas\s+(?:an?\s+)?(?P<trade>[a-z]+)\b"
    rf"|\b(?:for\s+)?(?:{_NUMBER})(?:[\s-]\w+)?\s+years\b"
    # a life begun there: "and I started at the hospital", "found work", "a whole new life", "for good"
    r"|\b(?:i|we)\s+(?:started|began)\s+(?:at|work|on|in)\b|\b(?:found|got)\s+work\b|\bnew\s+life\b|\bfor\s+good\b",
    re.IGNORECASE,
)
# A journey there and back, a visit or a habit: no new part of the life
_NOT_A_MOVE = re.compile(
    r"\b(?:every|each)\s+(?:day|week|weekend|month|year|spring|summer|autumn|fall|winter|saturday|sunday|season)\b"
    r"|\b(?:holiday|holidays|vacation|visit|visiting|weekend|honeymoon|funeral|wedding)\b"
    r"|\bto\s+(?:see|visit|buy|fetch|collect|pick\s+up)\b|\b(?:came|come|went|go|got)\s+(?:back|home)\b"
    # a stay of days or weeks, an errand ("for the interview", "to work at the trade fair", "on a posting")
    r"|\bfor\s+(?:a|one|two|three|four|five|six|\d+|some|a\s+few|a\s+couple\s+of)\s+(?:days?|nights?|weeks?)\b"
    r"|\b(?:interview|exam|exams|fair|conference|course|trip|tour|posting|match|show|festival|treatment)\b"
    # one not taken: "but I did not get the job", "it never worked out"
    r"|\b(?:not|never|n['’]t)\s+(?:get|got|take|took|find|found|start|work|stay|stayed|go|went)\b",
    re.IGNORECASE,
)
# A habit of the week or hours of a day, said in the move's own sentence (the next may tell a Sunday habit of the
# new life): "on Saturdays", "at weekends", "Friday evenings", "for an hour", "for the afternoon"
_HABIT = re.compile(
    r"\b(?:on|at)\s+(?:weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:mornings|afternoons|evenings|nights|job)\b"
    r"|\bfor\s+(?:an|a|one|two|three|half\s+an|a\s+few|a\s+couple\s+of)\s+hours?\b"
    r"|\bfor\s+the\s+(?:morning|afternoon|evening|day|night)\b(?!\s+shift)",
    re.IGNORECASE,
)
# A time of the day said after the move: an errand ("to work the till … before tea"); "after school" before the
# move is a time of life ("Then after school I went to Glasgow as an apprentice")
_ERRAND_AFTER = re.compile(
    r"\b(?:after|before)\s+(?:school|tea|supper|dinner|lunch|breakfast|church|mass)\b", re.IGNORECASE
)
# Someone's plan said in their words before the move ("My brother said, then we go to Canada"), or the place as
# someone's workplace ("to the Red Lion, where my dad worked")
_NOT_TELLERS = re.compile(
    r"\b(?:said|says|say|told\s+\w+|wrote|asked|thought)\s*[,:]|[\"“”]|,\s*where\s+(?!i\b|we\b)", re.IGNORECASE
)
# Someone else working there when the teller went alone ("I went to Spain, and my sister worked there")
_OTHERS_WORK = re.compile(
    r"\b(?:(?:my|his|her|their|our|the)\s+\w+\s+(?:\w+\s+)?(?:worked|was\s+working)"
    r"|(?:he|she|they)\s+(?:\w+\s+)?(?:work|worked|works|working))\b",
    re.IGNORECASE,
)
# Places one goes to for a time of day or an errand, not to live: "went to Hospital", "to Church", "to Grammar
# School"
_INSTITUTIONS = frozenset(
    """hospital church chapel mass school college university market court prison jail work bed sea war office
    shop mosque temple synagogue""".split()
) | frozenset("allotment allotments garden gardens park shops store club library pool baths".split())
# The place's own noun said after its name: "the Mill Street allotment" is an allotment, never "the Mill Street"
_OWN_NOUN = re.compile(r"\s+(?P<noun>[a-z]+)")
_PEOPLE = frozenset(w.lower() for w in TITLES) | frozenset(KIN) | FEMALE | MALE


def moved_on(text: str) -> tuple[str, int] | None:
    """The place the teller moved on to, later in this answer, to live and work there (by its name of today when
    the answer gives it), and how many words were said after it; None when the answer tells no such move."""
    for move in _MOVE.finditer(text):
        place = move.group("place")
        if place.split()[0].lower() in NOT_NAMES or re.search(r"['’]s$", place):  # "Mass", "Mary's"
            continue
        words = place.lower().split()
        if words[0] in _PEOPLE or words[-1] in _INSTITUTIONS:  # "Mr Patel", "Uncle Joe"; "Hospital"
            continue
        own = _OWN_NOUN.match(text, move.end())
        if own is not None and own.group("noun") in _INSTITUTIONS:  # "the Mill Street allotment", "Leeds market"
            continue
        if len(text[: move.start()].split()) < _BEFORE_WORDS:
            continue
        start = max(text.rfind(mark, 0, move.start()) for mark in ".!?")
        sentence_start = start + 1 if start >= 0 else 0
        if not _LATER.search(text, sentence_start, move.start("place")):
            continue
        rest = text[move.end() :]
        told = " ".join(re.split(r"(?<=[.!?])\s+", rest.strip())[:2])  # the rest of its sentence and the next
        sentence = text[sentence_start : move.end()] + re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
        if _NOT_A_MOVE.search(sentence) or _NOT_A_MOVE.search(told) or not _stayed(told):
            continue
        if _HABIT.search(sentence) or _ERRAND_AFTER.search(text, move.end(), sentence_start + len(sentence)):
            continue
        if _NOT_TELLERS.search(sentence) or (move.group(0)[:1] in "Ii" and _OTHERS_WORK.search(told)):
            continue
        if (now := _NOW_NAME.match(text, move.end())) is not None:
            place = now.group("a") or now.group("b") or now.group("c")
        elif move.group("the"):  # "the United States", said back with its article
            place = "the " + place
        return place, len(rest.split())
    return None


def _stayed(told: str) -> bool:
    """What follows the move tells a life there: work or years (:data:`_STAYED`); "as" only before a trade."""
    for stayed in _STAYED.finditer(told):
        trade = stayed.group("trade")
        if trade is None or trade.lower() in _ROLES:
            return True
    return False
