"""Checking a study answer against the expected one, the way a patient tutor would.

Case, punctuation, articles and fillers ("I think it's…") do not matter; numbers match
whether written as digits or words ("7" == "seven", "0.5" == "1/2"), with their unit or without
("70 mph" == "seventy miles an hour" == "seventy"); a term in another spelling ("Fêmur", "dead-heading",
"clavícula": :mod:`agent.guided.term_spelling`), a figure without the thing it counts ("Twelve." for "12 pairs",
:mod:`agent.guided.figure_things`); formulas in symbols or in words ("V = IR" == "voltage
equals current times resistance", :mod:`agent.guided.formulas`); for a numeric question the number said on its
own is the answer, else the last ("7 times 8 is 56"). The answer is what is said first and plainly, as last
corrected ("Three. No, wait, two."); the talk around it (a joke, a story) does not undo it. A reply that
makes no attempt (to hear the question again, a moment, to go on, a remark, to stop) is not graded
(:func:`no_attempt`).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from typing import Any

from agent.guided import wishes
from agent.guided.amounts_joined import calendar_same, joined_right, spans_as_figures
from agent.guided.answer_text import ARTICLES as _ARTICLES
from agent.guided.answer_text import CLAUSE as _CLAUSE
from agent.guided.answer_text import SENTENCE as _SENTENCE
from agent.guided.answer_text import clauses as _clauses
from agent.guided.answer_text import normalise
from agent.guided.answer_text import stems as _stems
from agent.guided.answer_wordings import ROUGHLY, wordings
from agent.guided.cognates import cognates_as_asked
from agent.guided.figure_things import (
    another_thing,
    changed_after,
    clauses,
    figure_and_thing,
    pairs_as_spans,
    said_as_figures,
    said_first,
    thing_follows,
)
from agent.guided.figures_denied import BARE as _BARE
from agent.guided.figures_denied import denied_at
from agent.guided.formulas import expected_formula, says_formula
from agent.guided.lexicon import COUNTRIES, KIN, NEGATIVE, PLACE_WORDS, POSITIVE
from agent.guided.names import FEMALE, MALE
from agent.guided.numbers import (
    in_unit,
    numbers_in,
    said_again,
    same_amount,
    same_unit,
    to_number,
    unit_at,
)
from agent.guided.other_names import as_asked
from agent.guided.own_loss import asks_of_death as asks_of_death
from agent.guided.own_loss import loss_in_reply, loss_told, own_mentions
from agent.guided.own_loss import tells_own_loss as tells_own_loss
from agent.guided.pause_words import BREAK, HOLD_ON, amount_alone
from agent.guided.place_cues import COMPASS, PLACE_ENDS
from agent.guided.qualifier_asked import qualifier_as_asked
from agent.guided.restated import restated
from agent.guided.same_meaning import plainer
from agent.guided.spoken_figures import (
    counted_aloud,
    figure_offered,
    ordinal_asked,
    said_ordinal,
    said_year,
    span_carried,
    year_carried,
)
from agent.guided.term_spelling import OPPOSED, marks_said, spelled_as


def expected_answers(question: dict[str, Any]) -> list[str]:
    """The accepted answers of a question: ``answer`` plus any ``answers`` / ``accepted`` list."""
    found: list[str] = []
    for key in ("answer", "answers", "accepted"):
        value = question.get(key)
        values = value if isinstance(value, list) else [value]
        found.extend(str(v) for v in values if v is not None and str(v).strip())
    return found


def is_correct(answer: str | None, expected: list[str], prompt: str | None = None) -> bool:
    """Whether the answer is one expected (``prompt``, the question, names what a number counts)."""
    if not answer or not answer.strip() or not expected:
        return False
    return _is_correct(answer, tuple(expected), prompt)


@functools.lru_cache(maxsize=32)
def _is_correct(answer: str, expected: tuple[str, ...], prompt: str | None) -> bool:
    """:func:`is_correct`, cached: :func:`grade` and :func:`no_attempt` both ask it of one long reply."""
    counted = _stems(normalise(prompt or "").split())
    answer = cognates_as_asked(spans_as_figures(restated(answer, expected), expected), expected, prompt)
    answer = as_asked(qualifier_as_asked(answer, expected, prompt), expected, prompt)
    answer = corrected(answer, list(expected), prompt)
    said = normalise(answer)
    for each, target in ((one, wording) for one in expected for wording in wordings(one)):
        wanted = normalise(target)
        if not marks_said(answer, target):
            continue  # "Ano." is no "año"
        if said == wanted or _said_as_me(answer, wanted):
            return True
        ordinal = ordinal_asked(target)  # "the 17th century" said "seventeenth", "the sixteen hundreds", "1642"
        if (ordinal is not None and said_ordinal(answer, ordinal, prompt)) or said_year(answer, target, prompt):
            return True
        formula = expected_formula(target)  # "P = V × I" said "P equals V times I", "power is voltage times current"
        if formula is not None:
            if says_formula(answer, formula):
                return True
            continue  # never its letters as text ("Two pi r." is no "A = πr²", read "r")
        if joined_right(answer, target):
            return True  # every amount of a key of several ("161 °F, fifteen seconds" for "72 °C (161 °F) for 15 s")
        span = _range(target)
        if span is not None:
            low, high, unit = span
            told = _said_span(
                span_carried(answer, low)
            )  # a span said is right only inside the span asked, both its ends
            given = [(told[0], told[2]), (told[1], told[2])] if told else [_answer_number(answer, unit, counted)]
            if all(g is not None and low - 1e-9 <= g[0] <= high + 1e-9 and same_unit(g[1], unit) for g in given):
                return True
            continue
        asked = _quantity(target)
        if asked is not None:
            value, unit = asked
            unit = unit or _unit_named(prompt)  # "how many days?" asks days of a plain "21"
            given = _answer_number(answer, unit, counted)
            if given is not None and abs(given[0] - value) < 1e-9 and same_unit(given[1], unit):
                return not figure_offered(answer, value)
            if given is not None and same_amount(given, (value, unit)) and not _said_back(given, unit, prompt):
                return True  # the amount said in another unit ("three weeks" for 21 days)
            if given is not None and calendar_same(given, (value, unit)) and not _said_back(given, unit, prompt):
                return True  # a span in months ("two months" for 60 days: :mod:`agent.guided.amounts_joined`)
            pair = ROUGHLY.match(each.strip()) and _neighbours(answer, frozenset(counted))
            if pair and pair[0] - 1e-9 <= value <= pair[1] + 1e-9 and same_unit(pair[2], unit):
                return True  # "about 93" said "ninety-three, ninety-four"
            if pair and any(same_amount((end, pair[2]), (value, unit)) for end in pair[:2]):
                return True  # in another unit ("thirty-four, thirty-five Celsius" for about 93 °F)
        elif wanted and (
            _contains(said, wanted)
            or _contains(plainer(said, normalise(prompt or "")), plainer(wanted))
            or _contains(" ".join(spelled_as(normalise(p), wanted, target) for p in _CLAUSE.split(answer)), wanted)
            or _figure_of_thing(answer, wanted, counted, prompt)
            or _says_both(answer, wanted)
            or ((surname := _surname(target, prompt)) is not None and _surname_said(answer, said, surname, target))
        ):
            return True
    return False


def _figure_of_thing(answer: str, wanted: str, counted: set[str], prompt: str | None) -> bool:
    """A figure (or span) and the thing it counts asked (:mod:`agent.guided.figure_things`): the figure right as
    a plain figure would be (never denied, asked or changed: "Not three. Two.", "Twelve? Or eleven."), said of
    no other thing ("Twelve ribs." for twelve pairs), the thing the question's or said after it as the answer;
    or so in the first sentence, with its thing, where the rest takes back no figure ("… My tulips, fifteen.")."""
    asked = figure_and_thing(wanted)
    if asked is None or unit_at(asked[2], 0) is not None:
        return False
    low, high, thing = asked
    said = said_as_figures(answer, low != high)
    first, *rest = _SENTENCE.split(said.strip(), maxsplit=1)
    alone = rest and not first.endswith("?") and not changed_after(rest[0])
    alone = alone and thing_follows(normalise(first).split(), thing[0], low, high)
    return any(_figure_said(reply, low, high, thing, counted, prompt) for reply in ([said, first] if alone else [said]))


def _figure_said(said: str, low: float, high: float, thing: list[str], counted: set[str], prompt: str | None) -> bool:
    """:func:`_figure_of_thing` of one reading of the reply (``said``, its figures as digits)."""
    told = _said_span(pairs_as_spans(said))  # "Two, three." is no three
    if told is not None and not low - 1e-9 <= told[0] <= told[1] <= high + 1e-9:
        return False
    if not _is_correct(said, (f"{low:g}" if low == high else f"{low:g} to {high:g}",), prompt):
        return False
    parts = clauses(said, normalise)
    if another_thing(parts, low, high, thing, counted):
        return False
    return _stems(thing) <= counted or (
        said_first(parts, low, high, lambda w: w in _BARE or bool(_stems([w]) & counted))
        and thing_follows(normalise(said).split(), thing[0], low, high)
    )


# A measure named by the question it answers ("which way" is the direction, "how far" the distance, "when" the
# time, "where it is" the direction or place), as normalised.
_MEASURES = [
    (re.compile(r"\b(?:which|what) (?:way|direction)\b|\bway to\b"), {"direction"}),
    (re.compile(r"\bwhere\b"), {"direction", "place", "location", "position"}),
    (re.compile(r"\bwhen\b|\bwhat time\b"), {"time", "date"}),
    (re.compile(r"\bhow far\b"), {"distance"}),
    (re.compile(r"\bhow fast\b"), {"speed"}),
    (re.compile(r"\bhow deep\b"), {"depth"}),
    (re.compile(r"\bhow (?:high|tall)\b"), {"height"}),
    (re.compile(r"\bhow wide\b"), {"width"}),
    (re.compile(r"\bhow heavy\b"), {"weight"}),
    (re.compile(r"\bhow old\b"), {"age"}),
]
# An answer of two things of a third ("the direction and distance of food", "the length and width of the room").
_TWO_OF = re.compile(r"^(?P<one>[a-z]+) and (?P<two>[a-z]+) of (?P<of>\S.*)$")
# A thing asked back and then denied ("Which way? No."), in the answer as written.
_DENIED_BACK = re.compile(r"[^.?!]*\?\s*(?:no|nope|nah|not)\b[^.?!]*[.?!]*", re.IGNORECASE)
# A short question asked back ("What time?", "Which way?"): no answer where nothing follows it or the other thing
# does ("What time? The place of the meeting."); "When? 1066. Where? Hastings." answers its own questions.
_THING_ASKED = re.compile(r"(?:^|(?<=[.?!,]))\s*(?:what|which|when|where|how)(?:\s+\w+)?\s*\?", re.IGNORECASE)
# Said unsure of it, as normalised ("not sure about the place", "no idea of the distance", "can't remember the
# date"); "not sure, the time and the place?" is a hedge of both.
_UNSURE_OF = re.compile(
    r"\b(?:(?:not\s+(?:sure|certain)|unsure|no\s+idea)\s+(?:about|of|on|what|which)"
    r"|(?:can|couldn|don|didn)\W*t\s+(?:remember|recall|know))\s*$"
)
# Said as what another finds some other way ("the direction they find by smell", "we guess from the stars"): no
# answer; "the speed they make" still is.
_THEY_DO = re.compile(r"\s+(?:they|we|he|she|you|i|it)\s+\w+\s+(?:by|from|with|using|through|on)\b")


def _says_both(answer: str, wanted: str) -> bool:
    """Where the answer is two things of a third, both said, each by its name or by the question it answers
    ("which way … and how far" for "the direction and distance of food"); the third goes without saying, as in
    "length and width" for "the length and width of the room". One of them alone is not enough, nor one asked
    back and denied ("Which way? No."), one of another thing ("the Duchess of Kent", "the time of year") or one
    told as found another way ("The direction they find by smell")."""
    two = _TWO_OF.match(wanted)
    if two is None:
        return False
    third = set(two.group("of").split())
    things = {two.group("one"), two.group("two")}
    kept = _DENIED_BACK.sub(" ", answer)
    for asked in reversed(list(_THING_ASKED.finditer(kept))):
        rest = normalise(kept[asked.end() :]).split()
        if not rest or rest[0] in things:  # "What time? The place of the meeting." asks, tells no time
            kept = kept[: asked.start()] + " " + kept[asked.end() :]
    said = normalise(kept)
    return _says_one(said, two.group("one"), third) and _says_one(said, two.group("two"), third)


def _says_one(said: str, thing: str, third: set[str]) -> bool:
    """One of two things of a third said (:func:`_says_both`)."""
    for pattern, names in [(re.compile(rf"(?<![\w-]){re.escape(thing)}(?![\w-])"), None), *_MEASURES]:
        if names is not None and thing not in names:
            continue
        for found in pattern.finditer(said):
            before, after = said[: found.start()], said[found.end() :]
            if (_DENIED.search(before) and not _TAG.search(before)) or _OFFERED.search(before):
                continue
            if _UNSURE_OF.search(before):
                continue  # "the date, I'm not sure about the place"
            of = re.match(r"\s+of\s+(\w+)", after)
            if of and of.group(1) not in third:
                continue  # of another thing ("the height of the moon")
            if names is None and _THEY_DO.match(after):
                continue  # found another way ("the direction they find by smell")
            return True
    return False


# A person asked for by name ("Who designed …?", "Which composer …?") is named by the surname alone, as a tutor
# takes "Curie" for "Marie Curie"; a given name alone ("Marie") is no answer, many share it. Only a question that
# opens with who/whom/whose (or says "by whom", "which composer") asks for a person: a "who" inside a question of
# a place ("Where did the people who fled …?") does not; "Do you know who …", "Name the doctor who …" do. The
# expected answer is a person's name: two to four capitalised words or initials (particles such as "da", "van"
# between), none a word of a place or an office ("Prime Minister", "New South Wales", "Pacific Ocean"), the last
# no roman numeral ("Henry VIII" is no surname).
_ASKS_WHO = re.compile(
    r"(?:^|[.:;!?,]\s+|\b(?:and|so|now|then|but|tell me|know|remember|guess|say)\s+)(?:who|whom|whose)\b"
    r"|\bby whom\b"
    r"|\b(?:which|what|name\s+the|name\s+a)\s+(?:\w+\s+)?(?:person|man|woman|scientist|inventor|composer|painter"
    r"|artist|writer|author|poet|king|queen|ruler|president|explorer|engineer|designer|architect|beekeeper"
    r"|physicist|chemist|biologist|philosopher|mathematician|doctor|nurse|pirate|outlaw|leader|general|saint|sculptor|novelist|playwright)\b",
    re.IGNORECASE,
)
_PARTICLES = frozenset("da de di del della van von der den du le la bin ibn al".split())
_PERSON_NAME = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.?|" + "|".join(_PARTICLES) + r")){1,3}$", re.UNICODE
)
_ROMAN = re.compile(r"^[IVXLC]+$")
_NO_PERSON = (
    PLACE_WORDS
    | PLACE_ENDS
    | COMPASS
    | COUNTRIES
    | frozenset(
        """new united great royal prime minister secretary chancellor office kingdom republic states state union
        empire nations company party army navy council parliament government bank times guard society street
        city rovers wanderers athletic hotspur albion forest""".split()  # and a club's ("Blackburn Rovers")
    )
)
# East Asian names put the family name first ("Mao Zedong", "Sun Yat-sen", "Kim Il-sung", "Ho Chi Minh"): these
# family names, first in a name of two or three words, are its surname. Not Lee, Song, Ma (given names or words).
_FAMILY_FIRST = frozenset(
    """mao sun zhou deng chiang xi hu liu wang zhang chen zhao huang xu zhu guo park choi jung kang cho yoon
    jang shin kwon hwang ahn ho nguyen tran pham""".split()  # and any before a given name "Il-sung", "Yat-sen"
)
# Titles that may stand before a surname ("Reverend Langstroth", "Dr Snow", "Chairman Mao"); those that tell a
# sex only where the person's given name is of that sex ("Madame Curie"; "Mr Curie" is her husband, "Mrs Gandhi"
# for Mahatma Gandhi another person).
_TITLES = frozenset(
    "dr doctor reverend rev professor prof saint st father chairman president general premier captain".split()
)
_HIS = frozenset("mr mister monsieur herr signor señor senor sir lord".split())
_HER = frozenset("mrs ms miss madame mme frau signora señora senora lady dame".split())


def _surname(target: str, prompt: str | None) -> str | None:
    """The surname of a person's full name asked for by a question that asks for a person."""
    name = target.strip()
    if not prompt or not _ASKS_WHO.search(prompt.strip()) or not _PERSON_NAME.match(name):
        return None
    words = name.split()
    first = len(words) <= 3 and (words[0].lower() in _FAMILY_FIRST or re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]))
    if re.search(r"['’]s\b", name) or {w.lower().strip(".") for w in words[bool(first) :]} & _NO_PERSON:
        return None
    if first:
        return words[0]  # "Mao" of "Mao Zedong", "Park" of "Park Chung-hee"
    last = words[-1]
    if _ROMAN.match(last) or len(last) < 3:
        return None
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1  # "Leonardo da Vinci" → "da Vinci"
    return " ".join(words[start:])


def _surname_said(answer: str, said: str, surname: str, target: str) -> bool:
    """The surname said as the answer (:func:`_contains`), never after a given name, initials or a title of the
    other sex not the person's ("Pierre Curie", "J. J. Thomson", "Mr Curie" for "Marie Curie": another person),
    before another surname ("Hillary Clinton" for Edmund Hillary), beside another's given name ("Brontë, Emily"
    for Charlotte Brontë), as a common word ("the local constable") nor as someone of theirs ("Curie's daughter")."""
    key = surname.split()[-1]
    if not _contains(said, normalise(surname)) and not _contains(said, normalise(key)):
        return False
    own = set(normalise(target).split())
    given = target.split()[0].lower()
    sex = "her" if given in FEMALE else "his" if given in MALE else None
    titles = _TITLES | (_HIS if sex == "his" else _HER if sex == "her" else frozenset())
    named = False
    for found in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", answer, re.IGNORECASE):
        before = re.findall(r"[\w'’-]+|[^\w\s]", answer[: found.start()])
        while before and before[-1].lower() in _PARTICLES:
            before.pop()
        while len(before) > 1 and before[-1] == "." and re.fullmatch(r"[A-Z]", before[-2]):
            before.pop()  # an initial ("J. J. Thomson")
        word = before[-1] if before else ""
        plain = normalise(word)
        if word.lower() in (_HIS | _HER) - titles:
            return False  # a title of the other sex, or telling one where the person's is unknown ("Mrs Gandhi")
        common = (
            (plain and set(plain.split()) <= own)
            or word.lower() in titles | _BARE | _ARTICLES | _PERSONAL
            or _FILLER_WORD.match(word)
            or "'" in word
        )
        if word[:1].isupper() and not common and "’" not in word:
            return False  # another's given name or initial before it ("Pierre Curie"), never "That's Curie"
        after = re.match(r"\s+([A-Z][\w'’-]*)", answer[found.end() :])
        if after and normalise(after.group(1)) not in own and after.group(1).lower() not in _PERSONAL:
            return False  # another person whose given name it is ("Hillary Clinton", "Kelly Clarkson")
        given_after = re.match(r",\s*([A-Z][a-z]+)\b", answer[found.end() :])
        if given_after and _another_given(given_after.group(1).lower(), own):
            return False  # another's given name after it ("Brontë, Emily" for Charlotte Brontë); only next to
            # the surname: a name elsewhere in the talk is someone else ("Fleming. My son James is a doctor.")
        if word.lower() in _ARTICLES or (
            found.group()[:1].islower()
            and {w.lower() for w in before[-2:]} & (_ARTICLES | _PERSONAL | {"this", "that"})
        ):
            continue  # a common word ("the local constable", "our baker", "The King." for Ben E. King)
        if re.match(r"['’]s\b", answer[found.end() :]):
            continue  # someone of theirs ("Curie's daughter")
        named = True
    return named  # any time it is said of another, another person ("Wells, H. G. Wells")


def _another_given(word: str, own: set[str]) -> bool:
    """A known given name that is not the person's, nor a short form of it ("Will" for William)."""
    mine = any(len(word) >= 3 and name.startswith(word) for name in own)
    return (word in FEMALE or word in MALE) and word not in own and not mine


# An answer that is the learner, asked in the second person ("you do", "you", "yourself"), is said in the first
# ("Me.", "I do, I give way.", "I am, the skipper."), as the answer said first only: never a "me" somewhere in
# the talk after another, asked back ("Me? Or the coastguard?") or said unsure ("Me? Not sure.").
_YOU = frozenset({"you", "yourself"})
_AUXILIARY = {
    "do": "do",
    "does": "do",
    "did": "did",
    "are": "am",
    "were": "was",
    "will": "will",
    "would": "would",
    "can": "can",
    "could": "could",
    "should": "should",
    "must": "must",
    "have": "have",
    "had": "had",
}
# The learner is named by "I" with a verb of the present too, whatever the second person said ("Who is
# responsible?" "I am."; "Who decides?" "I do."; "Who has the last word?" "I have."; "Who must check?" "I must.").
_I_AM = frozenset({"am", "do", "have", "will", "can", "must", "should"})
_ME = (["me"], ["i"], ["myself"], ["me", "myself"])


def _said_as_me(answer: str, wanted: str) -> bool:
    """Whether ``answer`` begins with the learner named in the first person where ``wanted`` (normalised) is the
    learner in the second ("you do" → "Me.", "I do", "Myself", "I am"), said as the answer: not
    asked ("Me?"), not offered beside another ("Me, or the coastguard"), not said unsure ("Me. Not sure.")."""
    words = wanted.split()
    if not words or words[0] not in _YOU or not all(w in _AUXILIARY for w in words[1:]):
        return False
    sentence = _SENTENCE.split(answer.strip(), maxsplit=1)[0]
    if sentence.rstrip().endswith("?"):
        return False
    clauses = _CLAUSE.split(answer.strip(), maxsplit=2)
    first = normalise(clauses[0]).split()
    after = clauses[1].strip() if len(clauses) > 1 else ""
    if after.lower().startswith("or ") or (_SKIP.search(after) and len(normalise(after).split()) <= _ANSWER_WORDS):
        return False
    said_so = ["i", *(_AUXILIARY[w] for w in words[1:])]  # "you did" → "I did"
    return first in (*_ME, said_so) or (len(first) == 2 and first[0] == "i" and first[1] in _I_AM)


# A change of mind said after an answer ("Venus. No, wait, Mars.", "Paris, I mean Lyon", "Three. Actually,
# four."): the answer is what follows, the words before it only the way there.
_CORRECTION = re.compile(
    r"(?:^|[.!?;,…:]\s*|\s[-–—]+\s*)(?:(?:no|nah|nope)(?:\s+(?:no|nah|nope))*(?:\s*[,.!…;:-]\s*|\s+(?=wait|hang|hold|actually)))*(?:(?:no|nah|nope)(?:\s+(?:no|nah|nope))*(?=\s*[,.!…;:-])|wait|hang\s+on|hold\s+on|actually"
    r"|sorry|i\s+meant?(?!\s*[,.…]|\s+to\s+(?!say\b))(?:\s+to\s+say)?|or\s+rather|rather(?!\s+than\b)|scratch\s+that|make\s+that)\b[\s,.!…:-]*"
    r"(?:(?:no|wait|actually|sorry|i\s+meant?|it'?s|it\s+is|that'?s|that\s+is)\b[\s,.!…:-]*)*",
    re.IGNORECASE,
)
# What follows such words when they change no answer: a denial of a side remark ("no, the fifty pence is
# seven"), sureness ("no, I'm sure", "I meant what I said"), a question ("wait, is that right?"), a word about someone.
_NO_NEW_ANSWER = re.compile(
    r"^(?:(?:i|i'm|i\s+am|my|you|your|he|she|we|they|it|that|this|these|those|there|what|not|doubt|definitely|sure"
    r"|certainly|of\s+course|really|honestly|yes|yeah|right|correct|probably|maybe|perhaps|possibly|surely"
    r"|obviously|basically|like|you\s+know)\b|$)",
    re.IGNORECASE,
)

# "Sorry" said of something ("sorry to say it", "sorry for the noise", "sorry about that", "sorry if …").
_APOLOGY = re.compile(r"\bsorry\s+$", re.IGNORECASE)
_APOLOGY_FOR = re.compile(r"(?:to|for|about|if)\b", re.IGNORECASE)
# A change of mind said with "actually" after the new answer, in a clause of its own after the first answer
# ("Red. Blue actually.", "Sorry for the noise, it's blue actually."); never "actually" inside a sentence
# about something ("the kids are loud actually", "I was right actually": see _TELLS and _NO_NEW_ANSWER).
_ACTUALLY_AFTER = re.compile(
    r"(?:(?<=[.!?;,…:])|(?<=\s[-–—]))\s*(?P<new>(?:it'?s\s+|it\s+is\s+)?(?P<words>[^.!?;,…:\s][^.!?;,…:]*?))"
    r"\s*,?\s+actually\s*(?=[.!?;,…:]|$)",
    re.IGNORECASE,
)
# A verb that makes a clause a sentence about something, not an answer named ("the kids are loud actually").
_TELLS = frozenset("is are was were be been am has have had do does did will would can could should must".split())


def corrected(text: str, expected: list[str] | None = None, prompt: str | None = None) -> str:
    """The answer as last corrected: what follows the last change of mind that names a new answer in a few
    words ("Three seconds. No, wait, two. Two in the dry…" → "two. Two in the dry…"); the whole reply if none.
    Knowing the ``expected`` answers, the new answer is one of the question's kind (:func:`_same_kind`),
    never a remark after the answer ("Seven. Sorry, bit nervous today.") or the same answer described
    ("Paris, I mean the capital")."""
    start = 0
    for found in _CORRECTION.finditer(text):
        rest = text[found.end() :]
        clause = _CLAUSE.split(rest, maxsplit=1)[0].strip()
        if found.end() == 0 or not clause or "?" in rest[: len(clause) + 2] or _NO_NEW_ANSWER.match(clause):
            continue
        if _APOLOGY.search(found.group()) and _APOLOGY_FOR.match(rest):
            continue  # "Red. Sorry to say it, but …", "Sorry for the noise": an apology, no new answer
        if len(normalise(clause).split()) <= _ANSWER_WORDS and (not expected or _same_kind(clause, expected)):
            start = found.end()
    # said so, the new answer is no longer than the answer asked for and a word ("the raw meat one actually"
    # describes the answer)
    longest = max((len(normalise(t).split()) for t in expected or []), default=_ANSWER_WORDS - 1)
    for found in _ACTUALLY_AFTER.finditer(text):
        words = normalise(found.group("words")).split()
        if (
            found.start("new") > start
            and 0 < len(words) <= min(longest + 1, _ANSWER_WORDS)
            and not set(words) & _TELLS
            and not _NO_NEW_ANSWER.match(found.group("words"))
            and not all(_FILLER_WORD.match(word) for word in words)
            and (not expected or _same_kind(found.group("words"), expected))
        ):
            start = found.start("new")
    return _year_carried(text[:start], text[start:], expected or [], prompt)


def _year_carried(before: str, after: str, expected: list[str], prompt: str | None) -> str:
    """:func:`spoken_figures.year_carried`, where a year is asked (never a count: "how many keys?")."""
    asked = [_quantity(w) for t in expected for w in wordings(t)]
    year = any(q and q[1] is None and 1000 <= q[0] <= 2999 for q in asked)
    year = year and not re.search(r"\bhow\s+(?:many|much)\b", prompt or "", re.IGNORECASE)
    return year_carried(before, after) if year else after


# A name said as an answer: a capitalised word, not "I", nor one that only places a description ("the
# capital of France", "the one in Italy").
_NAME = re.compile(r"(?<!\bof\s)(?<!\bin\s)(?<!\bfrom\s)(?<!\bnear\s)\b(?!I\b|I')[A-Z]")


# Talk of the moment or of how one feels or thinks ("long day", "bit nervous today", "lovely city", "my
# brain's mush") is a remark.
_MOMENT = frozenset("today tonight now day days week morning afternoon evening night brain mind nerves".split())


def _remark(clause: str, expected: list[str]) -> bool:
    """Words on the moment or a feeling, not of the answer ("Long day.", "Bit nervous today.", "Tired!")."""
    words = set(normalise(clause).split()) - {w for t in expected for w in normalise(t).split()}
    return bool(words & (_MOMENT | POSITIVE | NEGATIVE))


def _same_kind(clause: str, expected: list[str]) -> bool:
    """Whether a change of mind's words name an answer of the question's kind: a number for a numeric
    question ("No, wait, two."), in the unit asked if one is said; a name where the answer is a name ("Mars,
    I mean Jupiter", "the Romans, I mean the Normans"); otherwise a few words. Never a remark on the moment
    or a feeling, whatever the kind: an apology and a remark after an answer, in one sentence or more ("Carbon
    dioxide. Sorry, long day.", "Paris. Sorry. Long day."), leave the answer as it was."""
    if _remark(clause, expected) or _REMARK.search(clause):
        return False  # "Tricky one actually.", "Good question, actually": a word on the question, no answer
    quantities = [asked for t in expected if (asked := _quantity(t)) is not None]
    if quantities:
        given = _answer_number(clause, quantities[0][1])
        return given is not None and any(same_unit(given[1], unit) for _, unit in quantities)
    if all(_NAME.search(t) for t in expected):
        return bool(_NAME.search(clause))
    return True


# Said just before the answer, these deny it ("not Paris", "it isn't Paris", "never Paris") …
_NOT = r"(?:isn|wasn|aren|weren|don|doesn|didn)\W*t\b"  # "isn't" as normalised ("isn  t")
# ("not sure, Paris?" is a hedge, not a denial)
_DENIED = re.compile(rf"\b(?:not|never|nor|{_NOT})(?:\s+(?!sure\b|certain\b)\S+)?\s*$")
# … except a tag question that leads up to it ("that's the red one, isn't it, Jupiter").
_TAG = re.compile(r"\b(?:isn|wasn|aren|weren)\W*t\s+(?:it|they|he|she)\s*$")
# One of two offered ("Paris or Lyon?") is a guess between them, not an answer; an "or" that only names it
# another way is no other answer ("NaCl. Or, as my husband says, the thing in the soup", "or what we called …").
_OFFERED = re.compile(r"\bor\s*$")
# ("or what we called it" names it; "or what?" and "or what do you call it, Lyon" hesitate between two)
_OR_ANOTHER = re.compile(
    r"\s*or\b(?!\s+(?:as|what\s+(?!(?:do|does|did|is|was|are|were|s)\b)\w+|in\s+other\s+words|to\s+put\s+it"
    r"|should\s+i\s+say|so\s+to\s+speak|if\s+you\s+like|otherwise|also)\b)"
)
# Told on the way to another answer: "I was in Paris last May, but I'd say Lyon".
_BUT_ANOTHER = re.compile(
    r"\bbut\s+(?:i\s+)?(?:would\s+|d\s+)?(?:say|think|guess|reckon|go\s+with)\s+(?!so\b|it\b|that\b|not\b)\w"
)


def _contains(said: str, wanted: str) -> bool:
    """The expected words said as the answer, however much is said around it ("Oh, that's the big
    stripy one with the red spot, isn't it, Jupiter. My husband used to point it out."), unless
    denied ("not Paris") or offered beside another ("Paris or Lyon")."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(wanted)}(?![\w-])", said):
        before, after = said[: found.start()], said[found.end() :]
        if (_DENIED.search(before) and not _TAG.search(before)) or OPPOSED.search(before):
            continue
        if _OFFERED.search(before) or _OR_ANOTHER.match(after) or _BUT_ANOTHER.search(after):
            continue
        return True
    return False


# Letters written with dots ("m.p.h.", "k.p.h.") are one word's letters, not clauses.
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}", re.IGNORECASE)


def _answer_number(
    text: str, unit: str | None, counted: set[str] | frozenset[str] = frozenset()
) -> tuple[float, str | None] | None:
    """The number said as the answer, with the unit said after it: a number said on its own, with its unit
    or not ("Twenty-seven.", "Seventy miles an hour."), is the answer even when numbers follow in a remark
    ("... it waited two hundred years"), the last such one if corrected ("Fifty. No wait, fifty-six."), not one
    that says the same amount again in another unit ("Twenty-one days. Three weeks.");
    else the first said with the thing the question counts (``counted``, the question's word stems: "Six
    legs, two feelers, and I'm off at nine" to "how many legs") or with nothing but the question's words
    ("Freezer minus eighteen, or colder. … my shift starts at six"); else the last said with the unit asked
    ("at thirty... about twenty-three metres, six car lengths");
    else the last number said ("7 times 8 is 56")."""
    said: list[tuple[float, str | None, bool]] = []  # value, unit, said on its own
    clause_of: list[int] = []  # the clause each of ``said`` was said in
    firsts: list[float | None] = []  # each clause's first figure, without a unit
    counts: list[tuple[float, str | None]] = []  # said with the thing counted
    listed = False
    for clause in _CLAUSE.split(_DOTTED.sub(lambda m: m.group().replace(".", " "), text)):
        if _REMARK.search(clause):
            continue  # a word on the question ("Tricky one.", "Easy one actually") counts nothing
        words = normalise(clause).split()
        found: list[tuple[float, str | None]] = []
        plain = True
        asked = True  # the number said with the question's own words only ("Freezer minus eighteen.")
        n = 0
        while n < len(words):
            value = to_number(words[n])
            named = unit_at(words, n + 1) if value is not None else None
            more = 0
            if value is not None and n + 1 < len(words) and words[n + 1] == "odd":
                value, more = math.nan, 1  # "forty-odd minutes": more than forty, not told how much
                named = unit_at(words, n + 2)
            elif value is not None and named is not None:
                value, more = _more_after(words, n + 1 + named[1], value, named[0])
            if value is not None and not denied_at(words, n):  # "not eight"
                found.append((value, named[0] if named else None))
                if named is None and n + 1 < len(words) and _stems([words[n + 1]]) & counted:
                    counts.append((value, None))
            plain = plain and (value is not None or words[n] in _BARE)
            asked = asked and (value is not None or words[n] in _BARE or bool(_stems([words[n]]) & counted))
            n += 1 + (named[1] if named else 0) + more
        alone_here = len(found) == 1 and plain and not listed
        clause_of.extend(len(firsts) for _ in found)
        firsts.append(found[0][0] if found and found[0][1] is None else None)
        said.extend((value, named, alone_here) for value, named in found)
        # a figure after a remark that ends in one is the remark's list going on ("My mum said four, five")
        listed = bool(found) and not plain and words[-1:] != [] and to_number(words[-1]) is not None
        if len(found) == 1 and asked and not plain:
            counts.append(found[0])
    alone: list[tuple[float, str | None]] = []
    rough = bool(_SAID_ROUGHLY.search(text))
    counting = counted_aloud(firsts)
    for (value, named, on_its_own), clause in zip(said, clause_of, strict=True):
        if not on_its_own or clause in counting:
            continue
        again = next((n for n, earlier in enumerate(alone) if said_again(earlier, (value, named), rough)), None)
        if again is None:
            alone.append((value, named))
        elif unit is not None and named == unit:
            alone[again] = (value, named)  # the same amount said again in another unit is no new answer, the
            # form in the unit asked kept ("Three weeks. Twenty-one days." to how many days)
    if alone:
        return alone[-1]
    if counts:
        return counts[0]
    for pick in (lambda s: unit is not None and s[1] == unit, lambda s: True):
        chosen = [(value, named) for value, named, _ in said if pick((value, named))]
        if chosen:
            return chosen[-1]
    return None


# More said after an amount, as normalised (no articles): another of its kind ("three weeks and a day", "two hours
# and ten minutes"), a half ("five miles and a half"), the smaller unit's figure ("six feet two", "a metre
# eighty"), or more not told ("three weeks and a bit", "forty-odd"): the amount is not its first figure alone.
_SMALLER = {"ft": "in", "h": "min", "m": "cm", "lb": "oz", "min": "s", "st": "lb"}
# More not told only where it ends the clause ("three weeks and a bit", "and a bit more"); one that starts
# another thing ("ninety minutes plus stoppage time", "and some cooling") leaves the amount as said. "Or more"
# is no vague amount: it says the figure as the least ("five minutes or more").
_VAGUE_MORE = (["and", "bit"], ["and", "more"], ["and", "some"], ["odd"], ["plus"])
_VAGUE_TAIL = frozenset({"more", "bit", "extra", "over", "on", "top"})
# Words after "six feet two" that leave the figure the smaller unit's; another word (a noun: "two minutes two
# times a day", "eight hours seven nights a week") makes the figure a count of something else.
_AFTER_SMALLER = frozenset(
    "and or but so i think maybe perhaps roughly about tall high long wide deep heavy in socks then now".split()
)


def _more_after(words: list[str], k: int, value: float, unit: str) -> tuple[float, int]:
    """The amount with what is said after it (``words[k:]``) in its unit, and how many words that takes; NaN
    where more is said but not how much (no figure is right). Another amount after "and" adds only in a
    smaller unit ("two hours and ten minutes"; "ten minutes and an hour to prove" is a second step)."""
    rest = words[k : k + 3]
    if rest[:2] == ["and", "half"]:
        return value + 0.5, 2
    for vague in _VAGUE_MORE:
        if rest[: len(vague)] == vague and set(words[k + len(vague) :]) <= _VAGUE_TAIL:
            return math.nan, 0
    if rest[:1] == ["and"] and len(rest) > 1:
        extra = to_number(rest[1])
        named = unit_at(words, k + 1 + (extra is not None))
        added = in_unit(1 if extra is None else extra, named[0], unit) if named else None
        smaller = named is not None and (in_unit(1, named[0], unit) or 1) < 1
        if named and added is not None and smaller:
            return value + added, 1 + (extra is not None) + named[1]
    extra = to_number(rest[0]) if rest and unit in _SMALLER else None
    follows = words[k + 1 : k + 2]
    if extra is not None and unit_at(words, k + 1) is None and set(follows) <= _AFTER_SMALLER:
        return value + (in_unit(extra, _SMALLER[unit], unit) or 0), 1
    return value, 0


# Said as a rough conversion ("Three kilos, roughly.", "near enough", "give or take").
_SAID_ROUGHLY = re.compile(
    r"\b(?:roughly|about|around|approximately|approx|near\s+enough|give\s+or\s+take|or\s+so|more\s+or\s+less)\b|\w-?ish\b",
    re.IGNORECASE,
)


# A span of numbers asked for ("100 to 120", "10-20 minutes", "between 3 and 5"), as normalised.
_SPAN = re.compile(
    r"^(?:between\s+)?(?P<low>\d+(?:\.\d+)?)\s+(?:to|and)\s+(?P<high>\d+(?:\.\d+)?)(?P<rest>(?:\s+\S+)*)$"
)


def _range(text: str) -> tuple[float, float, str | None] | None:
    """A span asked for: low, high, and the unit said after it, if any. Any number said as the answer
    within it is right ("a hundred and ten", "about 110": a figure inside the span is in it, "about" only
    saying it is not exact); a span said is right when it lies inside, both ends (:func:`_said_span`)."""
    found = _SPAN.match(_spans_spoken(text))
    if found is None:
        return None
    low, high = sorted((float(found.group("low")), float(found.group("high"))))
    rest = found.group("rest").split()
    if not rest:
        return low, high, None
    named = unit_at(rest, 0)
    return (low, high, named[0]) if named and named[1] == len(rest) else None


def _spans_spoken(text: str) -> str:
    """The text normalised, a dash between two numbers read as "to" ("10-15" is "10 to 15", never -15)."""
    return normalise(re.sub(r"(\d)\s*[-–]\s*(?=\d)", r"\1 to ", text))


# A span said as the answer ("eighty to a hundred", "between 100 and 120", "from 10 to 15 minutes", "80-100").
_SAID_SPAN = re.compile(
    r"(?:\bbetween\s+(?P<a>\d+(?:\.\d+)?)\s+and\s+(?P<b>\d+(?:\.\d+)?)"
    r"|(?<![\w.])(?P<c>\d+(?:\.\d+)?)\s+to\s+(?P<d>\d+(?:\.\d+)?))(?P<rest>(?:\s+\S+){0,3})"
)


# The clauses of a figure said: never split inside a number ("2.5 to 3.5", "1,000").
_FIGURE_CLAUSE = re.compile(r"\.{2,}|…|[!?;:]+|[.,]+(?!\d)|\s[-–—]+\s")
# Words that may stand beside a span said as the answer on its own ("Between 0 and 5 degrees, I'd say.").
_SPAN_WORDS = frozenset({"between", "from", "about", "around", "roughly", "d", "say", "reckon"})


def _said_span(answer: str) -> tuple[float, float, str | None] | None:
    """The span said as the answer itself: low, high, and the unit said after it. As for a number (one rule,
    :func:`_answer_number`), the figure said on its own is the answer, the last such one ("Between 0 and 5
    degrees. I keep mine at 3."); with none on its own, the figure said first. A span in a remark after the
    answer is no answer ("25 seconds, the nurse said 2 to 3 minutes was overkill", "5 knots, or 8 to 10
    outside the breakwater"). Overlapping the span asked at one end is not saying it ("eighty to a hundred"
    for "100 to 120")."""
    alone: list[tuple[float, float, str | None] | None] = []  # each figure said on its own: a span, or None
    first: tuple[float, float, str | None] | None = None
    said_first = False  # a figure said before any span
    for clause in _FIGURE_CLAUSE.split(answer):
        spoken = _spans_spoken(clause)
        found = _SAID_SPAN.search(spoken)
        if found is None:
            if numbers_in(spoken):
                said_first = said_first or first is None
                alone.extend([None] if _number_alone(clause) else [])
            continue
        ends = [float(found.group(n)) for n in ("a", "b", "c", "d") if found.group(n) is not None]
        named = unit_at(found.group("rest").split(), 0)
        span = (min(ends), max(ends), named[0] if named else None)
        first = first or span
        rest = spoken[: found.start()].split() + found.group("rest").split()[named[1] if named else 0 :]
        rest += spoken[found.end() :].split()
        if all(word in _HEDGE_WORDS or word in _SPAN_WORDS for word in rest):
            alone.append(span)
    if alone:
        return alone[-1]
    return None if said_first else first


@functools.lru_cache(maxsize=32)
def _unit_named(prompt: str | None) -> str | None:
    """The one unit a question asks its answer in ("How many days …?", "… in metres?" → "day", "m"; the one
    after "how many" before one after "in": "How many miles … in a day?" → "mi"), None if none or several;
    never a unit it names otherwise ("If 10 amps flow …, what is the voltage?")."""
    words = normalise(prompt or "").split()
    asked, per = (
        {named[0] for n in range(1, len(words)) if words[n - 1] in before and (named := unit_at(words, n))}
        for before in (("many", "much"), ("in",))
    )
    if asked and "h" in per:
        return None  # miles in an hour: said as a speed ("sixty miles an hour") as well
    units = asked or per  # "How many miles … in a day?" asks miles
    return units.pop() if len(units) == 1 else None


_CALENDAR = frozenset({"year", "month"})  # time units not sized, their days vary


def _said_back(given: tuple[float, str | None], unit: str | None, prompt: str | None) -> bool:
    """An amount said in another unit than the one a conversion asks ("How many grams are in a kilogram?",
    "… minutes in a day?": both units of one kind): it says the question's own "in …" amount back ("One kilo.",
    "Twenty-four hours.", "Three hundred and sixty-five days." for weeks in a year), it converts nothing."""
    if given[1] is None or unit is None or given[1] == unit:
        return False
    words = normalise(prompt or "").split()
    per = {named[0] for n in range(1, len(words)) if words[n - 1] == "in" and (named := unit_at(words, n))}

    def alike(other: str) -> bool:
        timed = {other, unit} & _CALENDAR and all(
            u in _CALENDAR or in_unit(1, u, "s") is not None for u in (other, unit)
        )
        return in_unit(1, other, unit) is not None or bool(timed)

    return any(other != unit and alike(other) for other in per)


# Unit symbols written after a number that reading drops or misreads (an article "A", a sign "Ω", letters "N",
# "J", "Pa" no word of speech), read by their names; a letter only where it ends the figure (never the "A" of
# "6 A.M.", "79 A.D.", "3 A-levels" or "3 A grades").
_SYMBOL_NAMES = {
    "A": "amps", "mA": "milliamps", "Ω": "ohms", "kΩ": "kilohms", "N": "newtons", "kN": "kilonewtons",
    "J": "joules", "kJ": "kilojoules", "Pa": "pascals", "kPa": "kilopascals",
}  # fmt: skip
_SYMBOLS = re.compile(r"(?<=\d)\s*(?:k?Ω|(?:m?A|k?N|k?J|k?Pa)(?=\s*(?:$|[(),;/]|\.\s|\.$)))")


# Between two figures of a rough figure: "or", "to", a comma, or a hyphen between two small numbers ("five-six").
_PAIR_JOIN = re.compile(
    r"(?<=\w)\s+(?:or|to)\s+(?=\w)|(?<=\d)\s*[-–]\s*(?=\d)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)-(?=\w)",
    re.IGNORECASE,
)


def _neighbours(answer: str, counted: frozenset[str] = frozenset()) -> tuple[float, float, str | None] | None:
    """Two neighbouring figures said one after the other as a rough figure, as the answer's first figures
    ("ninety-three, ninety-four Fahrenheit", "five or six minutes", "five to six", "forty, fifty thousand bees":
    the second one step of the first's last figure above it): low, high and the unit said; None if none, or if
    a figure was said before them ("Ten minutes. My mum said four, five …")."""
    joined = _PAIR_JOIN.sub(lambda m: m.group().rstrip("-") + ", " if m.group().endswith("-") else ", ", answer)
    figures: list[tuple[float, str | None] | None] = []
    for clause in _FIGURE_CLAUSE.split(joined):
        words = [w for w in normalise(clause).split() if not _stems([w]) & counted]  # "fifty thousand bees"
        value = _answer_number(" ".join(words), None) if words and _number_alone(" ".join(words)) else None
        figures.append(value)
        if value is None and numbers_in(clause):
            figures.append(None)  # a figure said otherwise breaks a pair
    for n, (first, second) in enumerate(itertools.pairwise(figures)):
        if not first or not second or not same_unit(first[1], second[1]):
            continue
        if any(figures[:n]):
            return None  # another figure was the answer
        for scale in (10**k for k in range(7)):  # "three, four hundred thousand"
            low = first[0] * scale
            step = 10 ** (len(str(int(low))) - len(str(int(low)).rstrip("0"))) if low >= 1 and low == int(low) else 1
            if 0 < second[0] - low <= max(1, step, low / 10):
                return low, second[0], second[1] or first[1]
        return None
    return None


def _quantity(text: str) -> tuple[float, str | None] | None:
    """A number asked for, alone ("7", "one half") or with its unit ("70 mph", "2 seconds", "13 A", "4 kΩ"):
    value, unit."""
    words = normalise(_SYMBOLS.sub(lambda m: f" {_SYMBOL_NAMES[m.group().strip()]}", text)).split()
    value = to_number(words[0]) if words else None
    if value is None or len(words) == 1:
        return None if value is None else (value, None)
    named = unit_at(words, 1)
    return (value, named[0]) if named and 1 + named[1] == len(words) else None


# --- a reply that makes no attempt ------------------------------------------------------------
# A learner does not always answer: they ask to hear the question again, to skip it, for a moment,
# to go on (after a sad moment), or they remark on it ("that's a tricky one"). Such a reply is no
# attempt and is never graded: the same question is asked again, or the next if they skipped.

_REPEAT = re.compile(
    r"\b(?:say|read|ask|give|tell)\s+(?:me\s+)?(?:(?:that|this|the)\s+(?:last\s+)?(?:one|question|bit|part)|that|it|this)?"
    r"\s*(?:again|once\s+more|one\s+more\s+time)\b"
    r"|\brepeat\b|\bwhat\s+(?:was|is)\s+(?:the|that)\s+question\b|\bcome\s+again\b|\bpardon\b"
    r"|\b(?:didn'?t|did\s+not|couldn'?t|could\s+not)\s+(?:quite\s+)?(?:catch|hear|get)\s+(?:that|it|the\s+question|you)\b"
    r"|\bwhat\s+did\s+you\s+(?:say|ask)\b|^\s*(?:what|huh|sorry|eh)\s*\?*\s*$"
    # "One more time, slowly please.", "Again?", "Slower, please."
    r"|^\s*(?:(?:just\s+)?(?:one\s+more\s+time|once\s+more|again)|(?:a\s+bit\s+|more\s+)?slow(?:ly|er))(?:\s+please)?\s*$",
    re.IGNORECASE,
)
_SKIP = re.compile(
    r"\bskip\b|^\s*(?:i'?ll\s+)?pass\s*$|\bmove\s+on\b|\bno\s+(?:idea|clue)\b|\bdunno\b|\bnot\s+a\s+clue\b"
    r"|\b(?:i\s+)?(?:don'?t|do\s+not)\s+(?:really\s+)?know\b|\b(?:i'?m\s+)?not\s+sure\b"
    r"|\b(?:can'?t|cannot|could\s+not|couldn'?t)\s+(?:remember|recall|think\s+of)\b|\b(?:i\s+|i'?ve\s+)?(?:forgot|forgotten)\b",
    re.IGNORECASE,
)
# "the next one", "another one": a wish for the next question; said with "keep going" it goes on (see below)
_NEXT = re.compile(
    r"\bnext\s+(?:one|question)\b|\b(?:give|ask)\s+(?:me\s+)?(?:\w+\s+)?(?:another|next)\b", re.IGNORECASE
)
_ON = re.compile(
    r"\bkeep\s+going\b|\b(?:go|carry|press|push|keep)\s+on\b|\bcontinue\b|\b(?:don'?t|do\s+not|no|never)\s+stop\b"
    r"|\blet'?s\s+(?:go|keep|continue|carry|do\s+(?:it|this))\b|\b(?:i'?m|i\s+am)\s+(?:ready|ok|okay|fine|all\s+right"
    r"|alright|good)\b|^\s*(?:ready|go(?:\s+ahead)?|fire\s+away)\s*$",
    re.IGNORECASE,
)
# A moment asked for (:mod:`agent.guided.pause_words`, the practice coach's too), or "Wait." / "A pause, please.",
# or a stop for a short while asked ("Can we stop for a minute?", "Let's pause a moment"; never "for today").
# "Sorry" alone in a clause: said with "?", "pardon?"; said plainly beside a loss told, an apology for it.
_BARE_SORRY = re.compile(r"^\s*sorry\s*$", re.IGNORECASE)
_PAUSE = re.compile(
    HOLD_ON + "|" + BREAK + r"|^\s*wait\s*$|^\s*(?:a\s+)?(?:pause|break)(?:\s+please)?\s*$"
    r"|\b(?:(?:can|could|shall|may)\s+(?:we|i)|let'?s|(?:i|we)\s+need\s+to)\s+(?:just\s+)?(?:stop|pause|rest)"
    r"\s+(?:for\s+)?(?:a|one)\s+(?:sec(?:ond)?|minute|moment|bit|tick)\b",
    re.IGNORECASE,
)
_REMARK = re.compile(
    r"\b(?:hard|tough|tricky|difficult|trick|nasty|sneaky|good|easy|simple)\s+(?:one|question)\b|\btip\s+of\s+my\s+tongue\b"
    r"|\bi\s+(?:should|ought\s+to|used\s+to|really\s+should)\s+know\s+(?:this|that|it)\b|\bi\s+know\s+(?:this|that)\s+one\b"
    r"|\b(?:went|gone|going|go)\s+(?:blank|right\s+out)\b|\bmix(?:ed)?\s+(?:these|those|them|it)\s+up\b"
    r"|\b(?:slipped|went|gone)\s+(?:out\s+of|from)\s+my\s+(?:head|mind)\b|\boh\s+(?:boy|dear|my|man)\b",
    re.IGNORECASE,
)
# Something to say before the answer, as a clause of its own ("Sorry, before that.", "Before I answer,").
# The question named by its own words counts too ("Wait, before the cooling one.", "Before this question,").
_BEFORE_ANSWERING = re.compile(
    r"^\s*(?:but\s+|just\s+)?before\s+(?:that|this|(?:i|we)\s+(?:answer|go\s+on|carry\s+on|start)|you\s+(?:go\s+on|ask)"
    r"|(?:the|this|that|your)\s+(?:[\w'-]+\s+){0,3}?(?:one|question))\s*$",
    re.IGNORECASE,
)
# An answer hedged is an answer ("Watts, I'm pretty sure"), however long.
_HEDGE = re.compile(
    r"\b(?:i\s+(?:think|guess|reckon|believe|suppose|would\s+say)|i\s*['’]?\s*d\s+say|maybe|perhaps|probably|pretty\s+sure"
    r"|is\s+it|must\s+be|could\s+be|would\s+be|the\s+answer(?:'s|\s+is)|i'?d\s+go\s+with)\b",
    re.IGNORECASE,
)
_FILLER_WORD = re.compile(
    r"^(?:nah|no|nope|yes|yeah|yep|ok|okay|k|h+m+|u+m+|u+h+|e+r+m*|o+h+|ho|eh|a+h+|aw+|well|so|right|alright|sorry"
    r"|please|hey|gosh|oops|whoops|and|but|now|then|just|um|ya|yah|oi|huh)$",
    re.IGNORECASE,
)
_PERSONAL = frozenset("i me my mine you your he him his she her we us our they them their".split())
# Something going on, told ("the rice is boiling over", "the phone's ringing"), as normalised.
_HAPPENING = re.compile(r"\b(?:\w+(?:'s|'re|'m)|is|are|am|was|were)\s+\w+ing\b")
_ANSWER_WORDS = 4  # a clause this short (or the expected answer's length and two more) may be an answer


def no_attempt(text: str | None, expected: list[str], prompt: str | None = None) -> str | None:
    """What a reply that is no attempt at the question asks for, or None when it may be an answer.

    "repeat" (to hear the question again), "tell" (to tell something first: "let me tell you about…", "before
    that"), "loss" (a death or a grave illness of someone of their own told instead of an answer, :func:`grief.sorrow`,
    :mod:`own_loss`, met with care; a wrong answer naming a death or an illness is an attempt),
    "skip" (skipped, or "I don't know"), "pause" (a moment to think), "on" (go on: "I'm fine, carry on, the
    next one" said after a sad moment asks for the question not yet answered, not to skip it), "remark"
    ("that's a tricky one", a remark about someone), "stop" (to stop for today, heard by :func:`wishes.tired`,
    the story planner's reader).
    Anything else left in the reply that could be an answer (a few words not about someone, a hedged
    guess, a number for a numeric question; beside a loss, only words of the question or an answer said first
    or alone, never the talk around the loss) makes it an attempt, graded as before: "Dunlin, I reckon.
    Keep going!", "Heron? Next one." A reply graded right is an attempt whatever else it says. The
    question's own words said back trailing off or asked ("The highest... mountain of what?") are no
    answer, nor are a few words without a number to a numeric question ("the slow way").
    """
    if not text or not text.strip() or is_correct(text, expected, prompt):
        return None
    kinds: set[str] = set()
    numeric = any(_quantity(t) is not None or _range(t) is not None for t in expected)
    left: list[str] = []
    apologies = 0  # a bare "Sorry." said (not asked)
    sentences = _SENTENCE.split(text.strip())
    tagged: set[str] = set()  # clauses of a sentence ending in a tag question ("Toronto, isn't it?")
    for n, said in enumerate(sentences):
        if wishes.tired(said) and not wishes.not_done(said):
            kinds.add("stop")
            continue
        if _TAGGED.search(said):
            tagged |= {clause.strip() for clause, _ in _clauses(said)}
        asks_back = _asks_back(said, expected, prompt)
        at = 0
        for clause, end in _clauses(said):
            at = said.find(clause, at)
            before = " ".join([*sentences[:n], said[:at]])  # the reply before this clause
            words = clause.split()
            if not words:
                continue
            if asks_back or _echoed(clause, end, prompt) or (said.rstrip().endswith("?") and _ASKS.search(clause)):
                # asked back, no answer; a wish to hear it again or to tell first asked with it still counts
                # ("The stern? Say that again, the stern light?", "What did you say?", "Before the planet one, can I…?")
                if _REPEAT.search(clause):
                    kinds.add("repeat")
                if _BEFORE_ANSWERING.match(clause) or wishes.offers_to_tell(clause):
                    kinds.add("tell")
                continue
            if loss_told(clause, before, prompt):
                kinds.add("loss")  # a death or grave illness of their own told is no answer (met with care)
                continue
            if "tell" in kinds and not left:
                continue  # what is told after a wish to tell first ("Wait, before this one. Last year…") is no answer
            if (kinds or left) and _remark(clause, expected):
                continue  # a remark on the moment or a feeling after something else ("It's hard to focus.")
            found = {
                kind
                for kind, pattern in (
                    ("repeat", _REPEAT),
                    ("skip", _SKIP),
                    ("next", _NEXT),
                    ("on", _ON),
                    ("pause", _PAUSE),
                    ("remark", _REMARK),
                )
                if pattern.search(clause)
            }
            # a wish to tell something first ("let me tell you about…", "before the next one"): taken up by the
            # tutor (:func:`wishes.request`), the question kept waiting
            if wishes.offers_to_tell(clause) or _BEFORE_ANSWERING.match(clause):
                found.add("tell")
            if numeric and "pause" in found and amount_alone(said):
                found.discard("pause")  # "One minute." to "how long?": an answer, not a moment asked for
            if found == {"repeat"} and _BARE_SORRY.match(clause) and "?" not in end:
                apologies += 1  # "…died on Friday. Sorry.": an apology, a request to repeat only without a loss
                continue
            if found:
                kinds |= found
            elif not all(_FILLER_WORD.match(w.strip("'\"“”‘’()")) for w in words):
                left.append(clause.strip())
    if apologies and "loss" not in kinds:
        kinds.add("repeat")  # "Sorry." alone, or beside another wish, still asks to hear it again
    if not kinds and left and loss_in_reply(text, prompt):
        kinds.add("loss")  # a loss told across clauses (met with care as a whole), no clause telling it alone
    if not kinds:
        return None
    longest = max((len(normalise(t).split()) for t in expected), default=0)
    wanted = {w for t in expected for w in normalise(t).split()}
    asked = _stems([*normalise(prompt or "").split(), *wanted])
    short = max(_ANSWER_WORDS, longest + 2)
    alone = _said_alone(text, short)
    for clause in left:
        words = normalise(clause).split()
        answer_like = _number_alone(clause) if numeric else clause in alone and not numbers_in(clause)
        answer_like = answer_like and not own_mentions(clause)  # "Papa kept the hives." tells of someone
        if "loss" in kinds and (_HEDGE.search(clause) or clause in tagged) and _named_guess(clause):
            return None  # a guess beside a loss ("We lost Dad in the winter. … but I think Toronto."): graded
        if "loss" in kinds and not answer_like and not _stems(words) & asked:
            continue  # talk around a loss told ("in the yard behind the chapel", "All six."), not of the question
        if _HEDGE.search(clause):
            return None
        if numeric:
            if numbers_in(clause):
                return None
            continue
        # a few words may be the answer, unless they speak of someone ("bless him", "my dad's", "I'm here")
        # or of what is going on around them ("the kettle is boiling"), not of what was asked ("the moon is
        # orbiting the earth" to a question of the moon or its orbit)
        personal = {w.split("'")[0] for w in set(words) - wanted} & _PERSONAL
        news = _HAPPENING.search(" ".join(words)) and not _stems(words) & asked
        if len(words) <= max(_ANSWER_WORDS, longest + 2) and not personal and not news:
            return None
    if "tell" in kinds:
        # "before the next one, let me tell you…" is a wish to tell, not to go on; "Wait, before that" no pause
        kinds -= {"next", "pause"}
    for kind in ("stop", "skip", "repeat", "pause"):
        if kind in kinds:
            return kind
    if kinds == {"loss"}:
        return "loss"
    if "next" in kinds and "on" not in kinds:
        return "skip"  # "Next question, please." passes this one by
    if kinds & {"on", "next"}:
        return "on"
    return "tell" if "tell" in kinds else "remark"


# A sentence ending in a tag question or "is it?" ("Toronto, isn't it?", "Vancouver, is it?").
_TAGGED = re.compile(r"\b(?:(?:isn|wasn)\W*t|is|was)\s+(?:it|that)\s*\?\s*$", re.IGNORECASE)
# What a hedged guess says besides the guess ("but I think", "is it", "must be").
_GUESS_WORDS = frozenset(
    "but and so well i think guess reckon believe suppose would say d maybe perhaps probably pretty sure is it "
    "isn wasn t must be could the answer s go with".split()
)
# A time a loss is told by, no guess ("I think it was March", "maybe Christmas").
_WHEN_TOLD = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday christmas easter""".split()
)


def _named_guess(clause: str) -> bool:
    """A hedged clause that guesses a name or figure and says nothing else ("but I think Toronto", "is it
    Vancouver", "Toronto"): one to three capitalised words or figures, none a kin word or a person's pronoun
    ("I think Dad", "maybe he knew" tell of someone), no time ("I think it was March")."""
    rest = [w for w in re.findall(r"[\w’'-]+", clause) if w.lower() not in _GUESS_WORDS]
    return (
        0 < len(rest) <= 3
        and all(w[:1].isupper() or w[:1].isdigit() for w in rest)
        and not {w.lower() for w in rest} & (set(KIN) | _PERSONAL | _WHEN_TOLD)
    )


def _said_alone(text: str, short: int) -> set[str]:
    """Clauses said as answers are: the reply's first clause when its first sentence is short ("Drones, I'd
    say. My husband died in May."), a short sentence of one clause ("My husband died. Drones?"), and a few words
    a clause after them points back at ("My father drowned. A sheepshank, that's what we used.")."""
    sentences = _SENTENCE.split(text.strip())
    found = set()
    for n, sentence in enumerate(sentences):
        clauses = [  # a hedge is no clause of its own ("By smell, I reckon.")
            clause.strip() for clause, _ in _clauses(sentence) if set(normalise(clause).split()) - _HEDGE_WORDS
        ]
        size = len([w for w in normalise(sentence).split() if w not in _HEDGE_WORDS])  # "I'd say" adds nothing
        if clauses and size <= short and (n == 0 or len(clauses) == 1):
            found.add(clauses[0])
        for clause, after in itertools.pairwise(clauses):
            if len(normalise(clause).split()) <= 3 and _POINTS_BACK.match(after):
                found.add(clause)  # "A sheepshank, that's what we used.", "… drowned, the sheepshank, we used it"
    return found


# A clause that points back at a few words before it as the thing meant ("…, that's what we used", "…, we called
# it", "…, I'd say"; never "…, that's who came"): those words are said as an answer.
_POINTS_BACK = re.compile(
    r"^\W*(?:that(?:'?s|\s+is|\s+was)\s+(?:what|it|the\s+one)\b|is\s+it|was\s+it|i'?d\s+say"
    r"|(?:we|they|she|he|i|you)\s+(?:called|call|used|use|always\s+used|said|say|think|reckon|guess|tied|tie)\b)",
    re.IGNORECASE,
)


def told_with_wish(text: str) -> bool:
    """A wish to tell first followed, in the same reply, by what it tells ("Wait, before this one. Last year
    when my brother…", more than a few words after it): told already, with nothing left to invite."""
    sentences = _SENTENCE.split(text.strip())
    for n, said in enumerate(sentences):
        if any(wishes.offers_to_tell(clause) or _BEFORE_ANSWERING.match(clause) for clause, _ in _clauses(said)):
            return len(normalise(" ".join(sentences[n + 1 :])).split()) > _TOLD_WORDS
    return False


_TOLD_WORDS = 15  # more than this said after a wish to tell is the telling itself


# A clause of a question that asks with a wh-word is no answer ("The overall what distance, at what speed?").
_ASKS = re.compile(r"\b(?:what|which|where|who|whom|when|how)\b", re.IGNORECASE)
_ASKED_BACK = frozenset("what which who whom where when how of".split())  # "the capital... of where?"


def _echoed(clause: str, end: str, prompt: str | None) -> bool:
    """The question said back, not answered: its own words trailing off ("The supreme...") or a question
    about it ("what of the land?")."""
    if not prompt or not (end.startswith(("..", "…")) or "?" in end):
        return False
    asked = set(normalise(prompt).split())
    spelled: set[str] = set()
    if end.startswith(("..", "…")):
        # a word of the question spelled out and cut off ("The H-A-C..." for HACCP) is said back too
        spelled = {m.group().replace("-", "").replace(".", "").lower() for m in _SPELLED.finditer(clause)}
        clause = _SPELLED.sub(" ", clause)
        if any(not any(w.startswith(part) for w in asked) for part in spelled):
            return False
    words = set(normalise(clause).split())
    return bool(words or spelled) and words <= asked | _ASKED_BACK


# Letters spelled out one by one ("H-A-C", "H.A.C"): a word begun.
_SPELLED = re.compile(r"\b[A-Za-z](?:[-.][A-Za-z])+\b")


def _asks_back(said: str, expected: list[str], prompt: str | None) -> bool:
    """A sentence asked back about the question, not an answer: it ends with "?" and one of its clauses takes
    up the question's own words without the expected answer's ("Kilo like the weight? once more", "Four-four,
    you mean how many in the bar?"); "Three in a bar? Repeat it." to "how many in a bar" says the answer."""
    if not prompt or not said.rstrip().endswith("?"):
        return False
    asked = _stems(normalise(prompt).split())
    wanted = {w for t in expected for w in normalise(t).split()}
    for clause, _ in _clauses(said):
        words = normalise(clause).split()
        if _stems(words) & asked and not set(words) & wanted:
            return True
    return False


def grade(text: str | None, expected: list[str], *, skipped: bool = False, prompt: str | None = None) -> bool | None:
    """A reply graded: True or False, or None when it is no attempt and the question stays open
    (:func:`no_attempt`; ``prompt``, the question asked, to hear it said back). A skip, spoken ("skip
    this one", "no idea") or by the skip button, is False."""
    if skipped:
        return False
    kind = no_attempt(text, expected, prompt)
    if kind is None:
        return is_correct(text, expected, prompt)
    return False if kind == "skip" else None


def answers_open_question(text: str | None, expected: list[str], prompt: str | None = None) -> bool:
    """A reply that answers a question left open though it was not just asked (the person, after a moment
    of care, goes on and answers: "Right. The G clef.", "Two."): no request (:func:`no_attempt`), and the
    answer said, or a clause that fits the question's kind: a number on its own for a numeric question, or a
    few words sharing the answer's own ("The bass clef." for "the treble clef"), or a hedged guess. What
    answers the care offer answers nothing (:func:`_to_the_care`): thanks, a time span or a pause ("One sec.",
    "Maybe two minutes.", "Maybe later.", "Perhaps a walk first."), a remark about the one who died
    ("Eighty-four, he was.")."""
    if not text or not text.strip() or no_attempt(text, expected, prompt) is not None:
        return False
    if is_correct(text, expected, prompt):
        return True
    numeric = any(_quantity(t) is not None or _range(t) is not None for t in expected)
    longest = max((len(normalise(t).split()) for t in expected), default=0)
    wanted = _stems([w for t in expected for wording in wordings(t) for w in normalise(wording).split()])
    for said in _SENTENCE.split(text.strip()):
        if _about_someone(said, expected, prompt):
            continue
        hedged = bool(_HEDGE.search(said))
        for clause, _ in _clauses(said):
            if numeric:
                if _number_alone(clause) and not _to_the_care(clause, expected, prompt):
                    return True
                continue
            words = normalise(_HEDGE.sub("", clause)).split()
            if not 0 < len(words) <= max(_ANSWER_WORDS, longest + 2):
                continue
            if _stems(words) & wanted:
                return True
            # a guess hedged ("Hydrogen, I think."): no thanks, break, talk of someone or remark on the moment
            if (
                hedged
                and not set(words) & (_PERSONAL | _NOT_GUESSES)
                and not _remark(clause, expected)
                and not _to_the_care(clause, expected, prompt)
                and not all(_FILLER_WORD.match(w) for w in words)
            ):
                return True
    return False


# What answers an offer of a moment, not a question: when to go on ("later", "tomorrow", "in a bit") and what
# to do meanwhile ("a walk", "a cup of tea", "a breather"), or a moment asked for.
_CARE_OFFER = re.compile(
    r"\b(?:later|tomorrow|tonight|soon|afterwards?|in\s+a\s+(?:bit|while|mo)|another\s+(?:time|day)|next\s+time"
    r"|walk|stroll|cup\s+of\s+(?:tea|coffee)|cuppa|breath|breather|rest|break|pause|moment|minutes?|secs?|seconds?"
    r"|nap|lie\s+down|sit\s+down)\b|" + HOLD_ON + "|" + BREAK,
    re.IGNORECASE,
)
# Time units, shortest first: a span no shorter than the time asked is an answer in another unit, not a moment.
_TIME_UNITS = {unit: n for n, unit in enumerate(("s", "min", "h", "day", "week", "month", "year"))}
_HOW_LONG = re.compile(r"\bhow\s+(?:long|soon)\b", re.IGNORECASE)


def _to_the_care(clause: str, expected: list[str], prompt: str | None) -> bool:
    """A clause that answers the care offer, not the question: a time span the question does not ask for ("One
    sec.", "Maybe two minutes." to "how many days?"), or words of when to go on or of a pause ("Maybe later.",
    "Perhaps a walk first."), unless they share the answer's words."""
    words = normalise(clause).split()
    asked = normalise(prompt or "").split()
    units = {named[0] for n in range(len(asked)) if (named := unit_at(asked, n))}
    units |= {unit for t in expected for unit in [(_quantity(t) or _range(t) or (0, None))[-1]] if unit}
    for n, word in enumerate(words):
        more = n + 1 < len(words) and words[n + 1] in ("more", "extra", "or", "further")  # "ten more minutes"
        named = unit_at(words, n + 1 + more) if to_number(word) is not None else None
        if named and named[0] in _TIME_UNITS and named[0] not in units and not _HOW_LONG.search(prompt or ""):
            if any(_TIME_UNITS[named[0]] >= _TIME_UNITS[unit] for unit in units if unit in _TIME_UNITS):
                continue  # "About three weeks?" to how many days: an answer in another unit, graded by it
            return True  # a time span said ("two minutes") where the question asks no such time
    numeric = any(_quantity(t) is not None or _range(t) is not None for t in expected)
    if numeric and any(to_number(word) is not None for word in words):
        return False
    wanted = {w for t in expected for w in normalise(t).split()}
    return bool(_CARE_OFFER.search(clause)) and not set(words) & wanted


# Talk of someone, not of the question: "he", "she" or one of their own ("Eighty-four, he was.", "Mum would
# have laughed"), where the question speaks of no one so and shares none of its words.
_THIRD_PERSON = frozenset("he him his she her hers".split())


def _about_someone(said: str, expected: list[str], prompt: str | None) -> bool:
    """A sentence about someone (the one who died, after care), not about what the question asks."""
    words = normalise(said).split()
    asked = normalise(prompt or "").split()
    if set(asked) & _THIRD_PERSON or not (set(words) & _THIRD_PERSON or own_mentions(said)):
        return False
    wanted = {w for t in expected for w in normalise(t).split()}
    return not (_stems(words) & _stems(asked) or set(words) & wanted)


_NOT_GUESSES = frozenset("thanks thank cheers ta kind break pause rest moment minute breather".split())


# Words that hedge a number said as the answer ("I'd say eighteen", "about forty", "must be six").
_HEDGE_WORDS = _BARE | frozenset(
    "d say reckon believe suppose would about around roughly nearly almost must be".split()
)


def _number_alone(clause: str) -> bool:
    """A clause that says one number and nothing else but fillers, hedges and its unit ("Two.", "I'd say
    eighteen", "Ninety km/h, I think")."""
    words = normalise(clause).split()
    numbers = 0
    n = 0
    while n < len(words):
        if to_number(words[n]) is not None:
            numbers += 1
            named = unit_at(words, n + 1)
            n += 1 + (named[1] if named else 0)
            continue
        if words[n] not in _HEDGE_WORDS:
            return False
        n += 1
    return numbers == 1


def pause_asked(text: str) -> bool:
    """A moment asked for ("give me a minute", "a pause, please"), and no wish to go on with it."""
    return bool(_PAUSE.search(text)) and not _ON.search(text)
