"""What the teller points to as the part of the telling that matters, and what frames the telling only.

Kept apart from ``wishes`` (near its size limit) and ``story`` (the planner): two readings of how the teller
speaks *about the telling itself*, not about the past.

* :func:`pointed`: "Sudah, that part is short, nothing to tell. Hong Kong is the big part." — the teller says
  which part of the life is the main one. That is a change of subject as much as "let me tell you about Hong
  Kong" (:func:`agent.guided.wishes.request`): the subject is taken up by name and linked as a topic. Said of
  the telling, in the present ("is", "'s"), with a word of size or weight and a word of the telling ("part",
  "story", "chapter"): "Lagos, that is the real story", "The main chapter is the factory". Never a liking or a
  part of a thing told of the past ("Sundays were the best part", "the kitchen is the big part of the house"), nor a
  bare "part" or "story" of a thing, a dish, a film or a song ("The important part is the water", "The main part is
  the chorus") or in someone else's words ("the real story starts with the iceberg, he says"): a bare "part" points
  only to a name; a thing needs a word of the life ("chapter", "of my life", "my life began", "my years in …").
* :func:`frame_spans`: "My daughter in Toronto always says, Ama, start from the beginning. Okay. I was born …"
  — a sentence about who asks for the telling ("the young ones always ask me that part", "my son wants me to
  write it all down") is no memory: the people and places named only there are not the ones to follow first.
"""

from __future__ import annotations

import re

from agent.guided.name_words import sentence_at
from agent.guided.wishes import Request

# A word of size or weight, then a word of the telling: "the big part", "the main story", "the real chapter".
_WEIGHT = r"(?:big|bigger|biggest|main|real|important|most\s+important|long|longest|whole|heavy|true)"
_TELLING = r"(?:part|story|chapter|bit|piece)"
# Of the life or of the telling, never of a thing ("the big part of the house").
_OF_LIFE = r"(?:\s+of\s+(?:my|our|the|this|her|his)\s+(?:life|lives|story|stories|telling))?"
# The subject: a name of one to four capitalised words, or a thing with its article or owner ("the factory",
# "my years in the army").
_NAMED = r"(?-i:[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:of\s+|de\s+|la\s+|el\s+)?[A-ZÀ-Þ][\w'’.-]*){0,3})"
_THING = r"(?:the|my|our)\s+[a-zà-ÿ][\w'’-]*(?:\s+(?:in|at|of)?\s*[\w'’-]+){0,3}?"
_SUBJECT = rf"(?P<subject>{_NAMED}|{_THING})"
_SUBJECT_AFTER = rf"(?P<after>{_NAMED}|{_THING})"
_SUBJECT_BEGUN = rf"(?P<begun>{_NAMED}|{_THING})"
_SUBJECT_PAST = rf"(?P<past>{_NAMED}|{_THING})"
_START = r"(?:^|(?<=[.!?]\s))(?:(?:but|and|so|now|okay|ok)\s*,?\s+)?"
_BEGINS = r"(?:starts|begins|started|began|starts\s+properly|really\s+(?:starts|begins|started|began))"
_POINTED = re.compile(
    # "Hong Kong is the big part." / "Lagos, that is the real story." / "The factory, that's the main chapter."
    rf"{_START}{_SUBJECT}\s*(?:,\s*(?:that|this|it)\s*)?(?:\s+is|['’]s|\s+are)\s+(?:the|my)\s+{_WEIGHT}\s+{_TELLING}"
    rf"{_OF_LIFE}\s*(?:[.!;,]|$)"
    # "The big part is Hong Kong." / "The real story is the factory."
    rf"|{_START}(?:the|my)\s+{_WEIGHT}\s+{_TELLING}{_OF_LIFE}\s+(?:is|['’]s|comes\s+now,?)\s*:?\s*{_SUBJECT_AFTER}\s*(?:[.!;,]|$)"
    # "The real story starts in Lagos." / "My real life began with the factory." / "My life really began in Accra."
    rf"|{_START}(?:the|my|our)\s+(?:(?:real|true)\s+(?:story|life)\s+{_BEGINS}|life\s+really\s+(?:starts|begins"
    rf"|started|began))\s+(?:in|with|at)\s+{_SUBJECT_BEGUN}\s*(?:[.!;,]|$)"
    # past, of the whole life only: "Hong Kong was the big part of my life."
    rf"|{_START}{_SUBJECT_PAST}\s*(?:,\s*(?:that|this|it)\s*)?\s+(?:was|were)\s+(?:the|my)\s+{_WEIGHT}\s+{_TELLING}"
    r"\s+of\s+(?:my|our)\s+(?:life|lives)\s*(?:[.!;,]|$)",
    re.IGNORECASE,
)
_NOT_SUBJECT = frozenset(
    """it that this there then what which who he she they we i you his her their our my the mine yours hers ours
    theirs everything nothing something anything all one""".split()
)


# A word that makes the part one of the teller's life, not of a thing, a dish, a film or a song: "chapter", "my
# life", "of my story". A bare "part" or "story" points only to a name ("Hong Kong is the big part") and only with
# a word of size or weight ("the long part is the drying", "the whole story is the same" point to nothing).
_LIFE_WORD = re.compile(r"\b(?:chapters?|life|lives)\b|\bof\s+(?:my|our)\s+stor(?:y|ies)\b", re.IGNORECASE)
_BARE_WEIGHT = re.compile(r"\b(?:long|longest|whole|heavy|true)\s+(?:part|story|bit|piece)\b", re.IGNORECASE)
# Years of the life said as the subject: "my years in the army", "the Lagos years", "our time in Kano".
_YEARS = re.compile(r"^(?:my|our|the)\s+(?:[\w'’-]+\s+)?years\b|^(?:my|our)\s+(?:days|time)\s+(?:in|at|on|with)\b")
# Someone else's words: "the real story starts with the iceberg, he says", "my grandson says the main part is …".
_REPORTED = re.compile(
    r"(?<!\bI\s)(?<!\bas\sI\s)\b(?:says?|said|tells?|told|thinks?|thought|claims?|claimed)\b|\baccording\s+to\b",
    re.IGNORECASE,
)
# A thing that is no subject: "the one my grandmother told", "the same every year", "my father's".
_NO_HEAD = frozenset("one ones same other rest way".split())


def _of_the_life(text: str, match: re.Match[str], subject: str) -> bool:
    """The part pointed to is one of the teller's life (the words of :data:`_LIFE_WORD`, years of the life), or a
    name said with a bare "part" or "story" of size or weight; never someone else's words (:data:`_REPORTED`)."""
    if _REPORTED.search(sentence_at(text, match.start())):
        return False
    words = subject.split()
    if len(words) > 1 and words[0].lower() in ("the", "my", "our") and words[1].lower() in _NO_HEAD:
        return False
    if re.search(r"['’]s?$", subject):
        return False
    if _LIFE_WORD.search(match.group(0)) or _YEARS.search(subject):
        return True
    return subject[:1].isupper() and not _BARE_WEIGHT.search(match.group(0))


def pointed(text: str) -> Request | None:
    """The part of the life the teller says is the main one (module docstring), as a change of subject."""
    for match in _POINTED.finditer(text):
        subject = next(v for k in ("subject", "after", "begun", "past") if (v := match.group(k))).strip().rstrip(".")
        subject = re.sub(r"^(The|My|Our)(?=\s+[a-zà-ÿ])", lambda m: m.group(1).lower(), subject)
        first = subject.split()[0].lower()
        if first in _NOT_SUBJECT - {"the", "my", "our"} or subject.lower() in _NOT_SUBJECT:
            continue
        if not _of_the_life(text, match, subject):
            continue
        if first in ("my", "our"):  # said back to the teller: "your years in the army"
            subject = ("your" + subject[len(first) :]) if first == "my" else subject
        return Request("switch", subject, len(text[match.end() :].split()))
    return None


# Someone asking for the telling, or the telling itself asked for: "always says, start from the beginning", "the
# young ones always ask me that part", "wants me to write it all down", "told me to tell you about the farm".
_ASKS = (
    r"\b(?:says?|said|asks?|asked|keeps?\s+(?:saying|asking|telling)|begs?|begged|nags?"
    r"|(?:tells?|told|wants?|wanted|made|makes|pushe[sd])\s+(?:me|us)\s+to)\b"
)
_FOR_THE_TELLING = re.compile(
    r"\b(?:start|begin)\w*\s+(?:from|at|with)\s+the\s+(?:beginning|start)\b"
    r"|\bask\w*\s+(?:me|us)\s+(?:about\s+)?(?:that|this)\s+(?:part|story|bit)\b"
    r"|\bwrite\s+(?:it|them|this|everything)\s+(?:all\s+)?down\b|\brecord\s+(?:it|them|this|my\s+stor)"
    r"|\btell\s+(?:it|them|you|the\s+stor(?:y|ies))\s+(?:all|everything|from\s+the|properly)\b",
    re.IGNORECASE,
)


def frame_spans(text: str) -> list[tuple[int, int]]:
    """Where the answer speaks of someone asking for the telling (module docstring): each such sentence, when
    the answer goes on after it (a whole answer about it is its own subject)."""
    spans = []
    for sentence in re.finditer(r"[^.!?]+[.!?]*", text):
        said = sentence.group(0)
        if re.search(_ASKS, said, re.IGNORECASE) and _FOR_THE_TELLING.search(said):
            spans.append((sentence.start(), sentence.end()))
    if spans and len(text[spans[-1][1] :].split()) < 8:
        return []
    return spans


def only_in_frame(text: str, forms: set[str]) -> bool:
    """Every mention of any of ``forms`` (a name, its words) lies in a framing sentence (:func:`frame_spans`)."""
    spans = frame_spans(text)
    if not spans or not forms:
        return False
    at = [m.start() for f in forms for m in re.finditer(rf"(?<![\w'’-]){re.escape(f)}(?![\w-])", text, re.IGNORECASE)]
    return bool(at) and all(any(s <= a < e for s, e in spans) for a in at)
