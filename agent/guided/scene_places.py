"""Where an answer happens: of the places it names, the one its scene is at, for the acknowledgement and the follow.

Kept apart from ``story`` (the planner) because it is a reader of its own: a place only others went or were taken
to, one the story never reached ("we never got to Lima", "could have gone to Canada") and one someone only came from
("a boy from Supetar") are no scene; everything here reads the answer's text, nothing of the session.
"""

from __future__ import annotations

import re

from agent.guided import emphasis


def scene_place(text: str, places: list[str]) -> str | None:
    """Where the answer happens, as the acknowledgement says it: never a place it did not go, nor one someone only
    came from ("a man from Port-au-Prince wanted to buy it", "the Bedfords coming in from Kabul side")."""
    told = [p for p in _scene_places(text, places) if not not_there(text, p) and not whence(text, p)]
    # a place named only where the teller says who asks for the telling is not where the memory happens
    told.sort(key=lambda p: emphasis.only_in_frame(text, {p}))
    return next(iter(told), None)


def _scene_places(text: str, places: list[str]) -> list[str]:
    """The places of an answer, a place left or come from after the others, and one only others went
    or were taken to: where it happens is where one went or lived, not whence nor where others went."""
    return sorted(places, key=lambda place: whence(text, place) or _elsewhere(text, place) or not_there(text, place))


# Others going or taken somewhere, the teller not with them: "O'Malley took the Dodgers to Los Angeles",
# "when everybody moved to Queens" (never "we moved to Queens", "Dad took me to Leeds").
_TAKEN_TO = re.compile(
    # who went, said just before the verb ("… and drove to Lagos" says no one: the teller, as often as not)
    r"(?:\b(?:he|she|they|everybody|everyone|the\s+\w+|(?:his|her|their|my|our)\s+\w+)|(?<![\w'’])(?-i:[A-Z])[\w'’]+)"
    r"\s+(?:(?:all|just|then|later|finally|soon)\s+)?(?:took|moved|went|sent|carried|shipped|sold|brought|left|drove"
    r"|flew)(?:\s+[^.!?,;]{0,30}?)?\s+(?:away\s+|off\s+|over\s+|out\s+|down\s+|up\s+)?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The teller among those who went: "we", "me", "us", and one's household ("our family"), never one of one's own
# alone ("my brother moved to Canada")
_TELLER = re.compile(r"\b(?:i|we|me|us|(?:my|our)\s+(?:family|lot|household|folks|people))\b", re.IGNORECASE)
# … or following them there: "They moved to Leeds, and I followed them a year later", "we went out too"
_FOLLOWED = re.compile(
    r"[^.!?]{0,60}?\b(?:i|we)\s+(?:\w+\s+)?(?:followed|joined|(?:went|came|moved)\s+(?:\w+\s+)?(?:after|too|as\s+well"
    r"|later))\b",
    re.IGNORECASE,
)


def _elsewhere(text: str, place: str) -> bool:
    """The answer names ``place`` only as where others went or were taken, without the teller."""
    said = list(re.finditer(rf"\b{re.escape(place)}\b", text))
    for m in said:
        went = _TAKEN_TO.search(text[max(0, m.start() - 80) : m.start()])
        if went is None or _TELLER.search(went.group(0)) or _FOLLOWED.match(text, m.end()):
            return False
    return bool(said)


# A place said only as where one never went or came to be, or would have: "so in the wind it does not go to
# Bolivia", "we never got to Lima", "he didn't stay in Durban", "we could have gone to Canada", "we almost moved to
# Perth", "instead of going to Leeds" (a verb of going or staying next to the place; never a place been to and said
# with another word denied: "I was not happy in Lima", "we did not stay long in Lima", "never went back to Kegen",
# "I had never seen the sea until we got to Mollendo").
_NOT_THERE = re.compile(
    r"(?:\b(?:not|never|no\s+longer|nor)|n['’]t|\b(?:would|could|might|should)(?:\s+not|n['’]t)?\s+have"
    r"|\b(?:almost|nearly|instead\s+of|rather\s+than))\s+(?:(?:ever|even|really|yet|once)\s+)?"
    r"(?:go|goes|went|gone|going|get|gets|got|gotten|getting|come|comes|came|coming|move|moves|moved|moving"
    r"|reach|reached|arrive|arrives|arrived|live|lived|stay|stays|stayed|drift|drifts|drifted|float|floats|sail"
    r"|sailed|travel|travelled|traveled|fly|flew|flown|make\s+it|made\s+it|end\s+up|ended\s+up|be|been)"
    r"(?:\s+(?:over|out|away|down|up|off|all\s+the\s+way))?\s+(?:to|in|at|into|through)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# What the negation denies may be only when, how or what for one went, said just after the place: a time before
# which it was not ("until the night", "till 1962", "before that spring", "before, and then"): one went after
# it; a way ("by bus", "on foot") or a purpose ("for the weather", "to get rich"): one went, otherwise, unless
# staying put is told after it ("did not go to Puno for the festival, they stayed home").
_DIED = r"(?:died|passed\s+away|passed\s+on|was\s+killed|were\s+killed|was\s+gone|were\s+gone)"
_UNTIL = re.compile(r"\s*,?\s*(?:until|till|til|before)\b", re.IGNORECASE)
_HOW_OR_WHY = re.compile(
    r"\s+(?:by\s+(?:bus|coach|car|train|rail|road|boat|ship|sea|air|plane|lorry|truck|taxi|bike|bicycle|horse|cart"
    r"|foot)|on\s+(?:foot|horseback|the\s+(?:bus|train|boat|ship|plane))|for\b|to\s+(?:get|make|find|earn|see|be)\b)",
    re.IGNORECASE,
)
_STAYED = re.compile(
    r"\b(?:stayed|stay|remained|kept)\s+(?:at\s+)?(?:home|behind|put|away|in\s+bed)|\b(?:stayed|remained)\s+on\b"
    r"|\binstead\b|\bwent\s+nowhere\b"
    # (or the chance ended first: "he died first", "died before he could", "never made it")
    rf"|{_DIED}\s+(?:first|before)\b|\bnever\s+(?:made\s+it|got\s+there|happened)\b",
    re.IGNORECASE,
)
# What follows the place says why it never happened, not how or when one went: a purpose or a time given up on,
# "for all my trying" (in spite of), "for the rest of her life", "(in) all his days" (the whole of a life), or a
# time before which it was not that is the end of the chance ("before Dad died", "before the money ran out").
_NEVER_AFTER_ALL = re.compile(
    r"\s*,?\s*(?:for\s+all\s+(?:my|his|her|our|their|your|that|this|the\s+\w+ing|the\s+(?:talk|effort|efforts"
    r"|money|plans|promises|wishing|years))\b|(?:for|in)\s+(?:all\s+)?(?:the\s+rest\s+of\s+)?(?:my|his|her|our|their)"
    r"\s+(?:life|lives|days|born\s+days)\b|for\s+the\s+rest\s+of\s+(?:my|his|her|our|their)\s+(?:life|lives|days)\b"
    rf"|before\s+(?:[\w'’]+\s+){{1,4}}?(?:{_DIED}|ran\s+out|run\s+out|was\s+too\s+late|closed\s+down|sank)\b)",
    re.IGNORECASE,
)


def not_there(text: str, place: str) -> bool:
    """The answer names ``place`` only as where the story did not go (:data:`_NOT_THERE`): not where it is. A
    negation of when, how or what for one went there (:data:`_UNTIL`, :data:`_HOW_OR_WHY`) is none; a way not
    taken ("could have gone", "almost moved") stays one whatever follows."""
    said = list(re.finditer(rf"\b{re.escape(place)}\b", text))
    for m in said:
        denied = _NOT_THERE.search(text[max(0, m.start() - 60) : m.start()])
        if denied is None or (
            re.match(r"(?:not|never|no|nor)\b|n['’]t", denied[0], re.I) and _went_otherwise(text, m.end())
        ):
            return False
    return bool(said)


def _went_otherwise(text: str, end: int) -> bool:
    """What follows a place denied says one went there after all: at a later time, or another way or for
    another reason (the sentence tells no staying put, nor why it never happened: :data:`_NEVER_AFTER_ALL`)."""
    if _NEVER_AFTER_ALL.match(text, end):
        return False
    if _UNTIL.match(text, end):
        return True
    sentence = re.split(r"(?<=[.!?])\s", text[end:], maxsplit=1)[0]
    return bool(_HOW_OR_WHY.match(text, end)) and not _STAYED.search(sentence)


def whence(text: str, place: str) -> bool:
    """The answer names ``place`` only as where someone or something came from ("a boat from Milna over
    to Italy", "a boy from Supetar", "old songs from Calabria"): no scene of its own to ask about."""
    said = list(re.finditer(rf"\b{re.escape(place)}\b", text))
    return bool(said) and all(re.search(r"\bfrom\s+(?:the\s+)?$", text[: m.start()]) for m in said)
