"""A loss told in practice or study, met once with care: one reply for the coach, the tutor and the
free sessions without a routine or questions, which the model path takes whole (``agent.loop``).

A death, a grave accident or a grave illness told beside a report or an answer (:func:`grief.sorrow`)
comes before anything else, whatever the report says: an item done, not done or not reported, a
question answered or not. It is acknowledged and a pause offered (the ``<kind>/care`` bank), with no
praise and no next item or question in the same breath. Once per loss: the reply to the care, or to
the pause it led to, is met as the person chose (going on, or leaving it there), not with care again;
but a new loss told in that reply (the death of someone the cared-for answer did not name: :func:`new_loss`)
is met with care of its own.
"""

from __future__ import annotations

import re
from typing import Any

from agent.guided import grief, mourning, mourning_kept, wishes
from agent.guided.annotate import read
from agent.guided.lexicon import KIN
from agent.guided.names import FEMALE, MALE
from agent.guided.phrasing import pick
from agent.guided.state import Outcome, Turn
from agent.guided.told_softly import softly_at
from agent.guided.weighed_signs import first_at, kind_at, whom_at
from agent.model import PromptInfo, TurnContext
from agent.tools import Args

PREFIX = "care."  # the question id of a moment of care: ``care.<sequence of the answer>``
MOMENTS = (PREFIX, "pause.")  # the prompts whose reply answers care already given


def answers_care(turn: Turn) -> bool:
    """This answer replies to a moment of care (or to the pause it led to)."""
    return (turn.last_id or "").startswith(MOMENTS)


# Someone said in an answer: a relative said as one's own or as a name ("my little brother", "Grandmother", "Mor"),
# never a kin word of another language that is an English word in lower case ("da", "pop")
_KIN_SAID = re.compile(
    r"\b(?:my|our|his|her|their|your)\s+(?:[\w'’-]+\s+)?(?P<kin>"
    + "|".join(sorted(map(re.escape, KIN), key=len, reverse=True))
    + r")\b|\b(?P<named>(?-i:[A-Z])[\w'’-]{2,})",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_WORD = re.compile(r"[\w'’-]+")


def _mentions(text: str, known: Any) -> list[tuple[int, str]]:
    """Where the answer names someone and who ("brother", "sione"): relatives by their role, people by name."""
    found = []
    for m in _KIN_SAID.finditer(text):
        word = (m.group("kin") or m.group("named")).lower()
        if word not in KIN:
            continue
        found.append((m.start(), KIN.get(word, word)))
    for name in read(text, known=known).people:
        if not name[:1].isupper():
            continue
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            opens = text[: m.start()].rstrip()[-1:] in ("", ".", "!", "?")
            if not (opens and text[m.end() : m.end() + 1] in (".", "!", "?")):  # (a sentence alone: "Thanks.")
                found.append((m.start(), name.lower()))
    return sorted(found)


def _aliases(answers: tuple[str, ...], known: Any) -> list[set[str]]:
    """One person said by role and by name in an answer ("my husband Manoel": husband, manoel), so a later "my
    husband" is the Manoel of the cared-for answer."""
    said = [
        [word.lower() for word in reflection.split()[1:]]
        for answer in answers
        for reflection in read(answer, known=known).reflections
    ]
    return [{KIN.get(word, word) for word in words} for words in said if len(words) > 1]


def _deaths_at(text: str) -> list[int]:
    """Where the answer says a death: in each sentence that says one, the word it is said by (the whole answer's
    end when only the whole tells it, as a flood and someone found a week later)."""
    said = []
    for sentence in _SENTENCE.finditer(text):
        part = sentence.group(0)
        if grief.death_said(part):
            words = (w.start() for w in _WORD.finditer(part) if grief.death_said(part[: w.end()]))
            said.append(sentence.start() + next(words, len(part)))
    if not said and not grief.mourned(text) and (cue := first_at(text, ("loss",))) is not None:
        return [cue]  # (a death told only by weak cues: where the first is, never a mourner named last)
    if not said and not grief.mourned(text) and (soft := softly_at(text)) is not None:
        return [soft]  # (told by the grammar: "When Grandfather Lobsang went, …": the one who went)
    return said or [len(text)]


_FEMALE = frozenset(
    "mother grandmother sister daughter wife aunt niece granddaughter stepmother stepsister fiancée girlfriend "
    "godmother goddaughter mother-in-law sister-in-law".split()
)
_MALE = frozenset(
    "father grandfather brother son husband uncle nephew grandson stepfather stepbrother fiancé boyfriend "
    "godfather godson father-in-law brother-in-law".split()
)
# Between the one named and the death said, what turns the death to someone else: another one by pronoun ("my sister
# was with him when he died", "my mother held her hand"), or a saying ("Doctor Walsh said he died without pain")
_OTHER_ONE = re.compile(r"\b(?:him|her|them)\b|\b(?:said|says|told|tells|telling|saying|wrote)\b", re.IGNORECASE)
_IDIOM_OWN = re.compile(r"\b(?:his|her|their)(?:\s+(?:very\s+)?(?:last|final))?\s*$", re.IGNORECASE)
_IDIOM_END = re.compile(r"(?:(?:very\s+)?(?:last|final)\b|breath|body|soul|ancestors|sleep|rest|maker|reward)\b", re.I)
_PRONOUN = re.compile(r"\b(?:he|his|him|she|her|hers)\b", re.IGNORECASE)
_SEX = {"he": "he", "his": "he", "him": "he", "she": "she", "her": "she", "hers": "she"}
_SUBJECT = re.compile(r"\b(?P<pronoun>he|she)\b(?:\s+[\w'’-]+){0,2}\s*$", re.IGNORECASE)
# Another one told after, not the same again: "my brother died too", "then", "the year after", "another"
_ANOTHER = re.compile(
    r"\b(?:too|also|as\s+well|another|then|next|later|again|after\s+that|the\s+(?:year|month|week)\s+after)\b",
    re.IGNORECASE,
)

# A name said right before the death word, as its subject: "Kwame died in 2004" (a name the reader may not know)
_NAMED_SUBJECT = re.compile(r"(?:^|[.!?,;]\s+|\band\s+)(?P<name>(?-i:[A-Z])[\w'’-]{2,})\s+(?:[\w'’-]+\s+)?$")

# A grave illness or accident told with its end survived: "nearly died of pneumonia, but he pulled through"
_RECOVERED = re.compile(
    r"\b(?:pulled|came|got)\s+through\b|\b(?:recovered|survived|got\s+better|got\s+well|is\s+fine\s+now"
    r"|made\s+it|in\s+remission"
    # … or said well now: "she's fine now", "and she beat it", "he's doing well", "cancer-free for forty years"
    r"|(?:he|she|they)(?:['’]s|\s+is|['’]re|\s+are)\s+(?:(?:fine|well|okay|ok|all\s+right|alright)\b"
    r"(?!\s+(?:looked|cared|aware|known|enough))|doing\s+(?:well|fine|great|ok|okay)|(?:(?!not\b|never\b)\w+\s+)?"
    r"(?:healthy|clear))|beat\s+(?:it|the\s+(?:cancer|illness|disease|odds)|(?:her|his)\s+(?:cancer|illness))"
    r"|cancer[\s-]free|all[\s-]clear"
    r"|got\s+over\s+it)\b",
    re.IGNORECASE,
)


def _clause_of(text: str, at: int) -> str:
    """The death's own clause: its sentence up to it, and after it up to a comma or "and" ("my husband died at home,
    and then we buried him": the "then" is of the burial, not another death)."""
    start = max(text.rfind(mark, 0, at) for mark in ".!?;") + 1
    end = re.search(r"[,.;!?]|\band\b", text[at:])
    return text[start : at + end.start() if end else len(text)]


def _gender(who: str) -> str | None:
    if who in _FEMALE or who.capitalize() in FEMALE:
        return "she"
    if who in _MALE or who.capitalize() in MALE:
        return "he"
    return None


_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|but|so|then|while|when)\s+", re.IGNORECASE)


def _dead(text: str, at: int, mentions: list[tuple[int, str]]) -> str | None:
    """Who the death said at ``at`` is of: the one named nearest before it (after it, in its sentence: "He died, my
    brother"); None when it is said of someone by pronoun whom that one is not ("my mother cried after he died"),
    or of someone else's relative ("his grandfather": whose, the words do not tell)."""
    earlier = [(where, who) for where, who in mentions if where < at]
    sentence = _SENTENCE.match(text, at)
    ends = sentence.end() if sentence else len(text)
    # (one named after it in a clause of their own is someone else: "took him home to lie with his fathers, and my
    # aunt brought back his things")
    later = [(w, who) for w, who in mentions if at <= w < ends and not _NEW_CLAUSE.search(text, at, w)]
    if not earlier:
        return later[0][1] if later else None
    where, who = earlier[-1]
    if text[where:].lower().startswith(("his ", "her ", "their ")):
        return None
    named = re.match(r"[\w'’-]+(?:\s+[\w'’-]+)?", text[where:])
    between = text[where + (named.end() if named else 0) : at]
    # an aside between commas right before the death is said of the one named ("my brother, who had looked after her
    # all those years, died"; "my uncle Sean, he always said he'd go first, died")
    between = re.sub(r",[^,.;!?]*,\s*$", " ", between)
    # the death's own words say whose in them ("my mother breathed her last", "left her body", "God rest her soul"):
    # that "her" is the one named, not another one
    if _IDIOM_END.match(text, at):
        between = _IDIOM_OWN.sub(" ", between)
    if _OTHER_ONE.search(between):
        return None
    sex = _gender(who)  # ("my mother cried after he died", "my sister still visits his grave")
    if sex and any(_SEX[word.lower()] != sex for word in _PRONOUN.findall(between)):
        return None
    return who


def _losses(answers: tuple[str, ...], known: Any) -> set[str]:
    """Everyone whose death an earlier answer told: the one each death is said of, or, said only by pronoun ("She
    died when I was eleven"), the last one of that sex the answer before it named ("my grandmother raised me")."""
    dead: set[str] = set()
    for n, answer in enumerate(answers):
        if grief.sorrow(answer) != "loss":
            continue
        mentions = _mentions(answer, known)
        for at in _deaths_at(answer):
            who = _dead(answer, at, mentions)
            if who is None and n and not any(where < at for where, _ in mentions):
                pronoun = _SUBJECT.search(answer[:at])
                sex = pronoun.group("pronoun").lower() if pronoun else None
                named = [w for _, w in _mentions(answers[n - 1], known) if sex is None or _gender(w) in (None, sex)]
                who = named[-1] if named else None
            if who is None and (subject := _NAMED_SUBJECT.search(answer[:at])):  # ("Kwame died", unread)
                who = subject.group("name").lower()
            if who is not None:
                dead.add(who)
    return dead


# Whom a death told by its customs is for, said beside the rite: "the nine nights for Papá", "we lit the lamps for my
# mother", "a novena for Tomás" (never for a feast or a recovery: :func:`mourning.mourned` read the customs already)
_RITE_FOR_SOMEONE = re.compile(
    r"\b(?:nights?|days?|prayers?|prayed|pray|rosary|rosaries|mass|masses|rites?|lamps?|candles?|read|mourned|wake"
    r"|vigil|kaddish|novena|black|lit|fasted|sat)\b[^.!?]{0,40}?\bfor\s+(?P<who>(?:(?:my|our)\s+(?:[\w'’-]+\s+)?)?"
    r"(?-i:[A-Z])?[\w'’-]+)",
    re.IGNORECASE,
)


# A rite said as someone's: "Lolo's pasiyam", "Grandad's wake", "my father's shiva"
_RITE_OF_SOMEONE = re.compile(
    r"(?P<who>\b[\w'’-]+?)['’]s\s+(?:own\s+|first\s+|last\s+)?(?:funeral|wake|pasiyam|siyam|novena|shiva|nine[\s-]+nights"
    r"|forty\s+days|burial|cremation|pyre|memorial|requiem|tangi|tangihanga|ofrenda|yahrzeit|month['’]s\s+mind"
    r"|one-week(?:\s+(?:observance|celebration))?|vigil|rosary|mass\s+card|memorial\s+card)\b",
    re.IGNORECASE,
)
# feasts and days a rite is also kept for, never someone ("candles for Christmas", "prayers for Easter")
_NOT_SOMEONE = frozenset(
    "christmas easter diwali eid ramadan hanukkah passover advent lent sunday sundays god jesus mary allah peace rain"
    " everyone all us them".split()
)


def _named_in(text: str, at: int, end: int) -> str | None:
    """The one the words from ``at`` to ``end`` name, as :func:`_mentions` would: a capitalised name (and one right
    after, "Auntie Efua"), else a family word of any language the lexicon holds ("my mother", "Lolo"); None else."""
    if (after := re.match(r"\s+(?-i:[A-Z])[\w'’-]+", text[end:])) is not None:
        end += after.end()
    kin = None
    for word in re.findall(r"[\w'’-]+", text[at:end]):
        low = re.sub(r"['’]s$", "", word.lower())
        if low in _NOT_SOMEONE or low in _NOT_A_NAME:
            continue
        if low in KIN:
            kin = kin or KIN[low]
        elif word[0].isupper():
            return low
    return kin


def _whose_rite(text: str) -> str | None:
    """Whom a death told only by its rites is of: the one a rite is said as theirs or for ("Lolo's pasiyam", "we sat
    shiva for Zayde at Aunt Miriam's"), or whose a cue says ("the memorial card with Grandma's photo"); never the
    mourner named last."""
    rites = [m.span("who") for m in (*_RITE_OF_SOMEONE.finditer(text), *_RITE_FOR_SOMEONE.finditer(text))]
    if (cue := whom_at(text)) is not None:
        rites.append(cue)
    for at, end in sorted(rites):
        if text[at:end].lower() not in ("him", "her") and (who := _named_in(text, at, end)) is not None:
            return who
    return None


def _mourned_for(text: str) -> list[int]:
    """Where an answer that tells a death only by its customs names whom it is for ("the nine nights for Papá"): the
    end of each such one, where :func:`_dead` reads who it is."""
    return [m.end("who") for m in _RITE_FOR_SOMEONE.finditer(text) if m.group("who").lower() not in ("him", "her")]


def _cared_for(cared: tuple[str, ...], known: Any) -> set[str]:
    """Whom the care already given was for: the one the death, the illness or the accident of each cared-for answer is
    said of; everyone that answer named when the words do not tell whom (and everyone a reply to the pause named),
    so a death told later of someone only named beside another's ("Papá said, quiet", beside a death in the news)
    is a loss of its own."""
    met: set[str] = set()
    for answer in cared:
        kind = grief.sorrow(answer)
        mentions = _mentions(answer, known)
        whom: set[str | None] = set()
        if kind == "loss":
            found = _losses((answer,), known)
            whom = set(found) if found else {None}
        elif kind is not None and (harm := grief.harm_at(answer)) is not None:
            whom = {_dead(answer, harm, mentions)}
        if not whom or None in whom:
            whom = {who for _, who in mentions}
        met |= {who for who in whom if who is not None}
    return met


def said_of(text: str, known: Any) -> str | None:
    """Whom the answer's death, grave illness or accident is said of ("father", "kwame": as :func:`_mentions` names
    them), so care names them and never a bystander named first ("Mr Boateng, our teacher, told us: my grandfather
    was hanged", "My friend Kofi drove me to the hospital. My father lay in a coma"); None when the words do not tell
    whom."""
    kind = grief.sorrow(text)
    if kind == "loss":
        said = _deaths_at(text)
    elif kind is not None and (harm := grief.harm_at(text)) is not None:
        said = [harm]
    else:
        return None
    if kind == "loss" and not grief.death_said(text) and (shown := mourning_kept.whose(text)) is not None:
        return KIN.get(shown.lower(), shown.lower())  # (whose coat was kept where it hung, who wasted: "Pápi", "Mamai")
    if kind == "loss" and not grief.death_said(text) and (who := _whose_rite(text)) is not None:
        return who  # (a death told only by its rites, theirs or for them: "Lolo's pasiyam", "sat shiva for Zayde")
    mentions = _mentions(text, known)
    for at in said:
        if (who := _dead(text, at, mentions) or _by_pronoun(text, at, mentions)) is not None:
            return who
    for at in said:  # (a name the reader does not know, said as the subject where it is told: "Now Rangi sleeps …")
        if (named := _NAMED_AT.match(text, at)) and named.group("name").lower() not in _NOT_A_NAME:
            return named.group("name").lower()
    return _opening_subject(text, said[0], mentions)


def _opening_subject(text: str, at: int, mentions: list[tuple[int, str]]) -> str | None:
    """A name the reader does not know that opens the answer as its subject, and is the one told of by pronoun up to
    where the harm is said ("Lucille is at home with me now. … she goes a little further away from me every
    month"): nobody else named between, one sex said; never a place the answer names."""
    opening = _NAMED_AT.match(text)
    if opening is None or opening.end() > at or (name := opening.group("name")).lower() in _NOT_A_NAME:
        return None
    if any(opening.start() <= where < at for where, _ in mentions) or name in read(text).places:
        return None
    told = text[opening.end() : at] + " " + " ".join(_WORD.findall(text[at : at + 12])[:1])  # (and the word at it)
    sexes = {_SEX[word.lower()] for word in _PRONOUN.findall(told)}
    return name.lower() if len(sexes) == 1 and _gender(name.lower()) in (None, *sexes) else None


# A capitalised name said as the subject of what the care is for: "Now Rangi sleeps with the oxygen"
_NAMED_AT = re.compile(
    r"(?:(?i:now|these\s+days|today|lately|nowadays|since\s+then|and|but|then|so),?\s+)?(?P<name>(?-i:[A-Z])[a-zà-ÿ'’-]{2,})\s+(?=(?:sleeps|slept|is|was|has|had|goes|went|uses|used|needs|needed|lives"
    r"|lived|can'?t|cannot|couldn'?t|doesn'?t|didn'?t|started|began|gets|got)\b)"
)
_NOT_A_NAME = frozenset(
    "the this that there then now she he they it we you our his her their when after since once today"
    " everyone nobody someone".split()
)


_SAYING = re.compile(r"\b(?:said|says|told|tells|telling|saying|wrote)\b", re.IGNORECASE)


def _by_pronoun(text: str, at: int, mentions: list[tuple[int, str]]) -> str | None:
    """The one named last before a death told of them by pronoun only ("Tommy got polio. He was seven. They took him
    to the hospital and he died there"): every he/him/she/her between of the one sex, theirs; None otherwise."""
    earlier = [(where, who) for where, who in mentions if where < at]
    if not earlier:
        return None
    where, who = earlier[-1]
    between = text[where:at]
    sexes = {_SEX[word.lower()] for word in _PRONOUN.findall(between)}
    if len(sexes) != 1 or _SAYING.search(between) or text[where:].lower().startswith(("his ", "her ", "their ")):
        return None
    sex = _gender(who)
    for where_before, kin in earlier[-2::-1][:1]:  # (the kin said with a name: "my sister Efua" is a she)
        if re.fullmatch(r"(?:(?:my|our)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?,?\s+", text[where_before:where], re.IGNORECASE):
            sex = sex or _gender(kin)
    return who if sex in (None, *sexes) else None


# The weighed cues told of the one lost themself, never of a mourner: their body gone still, their being taken away
_OF_THE_ONE = frozenset({"stilled", "summoned"})


def new_loss(turn: Turn) -> bool:
    """The reply to a moment of care tells a new loss: a death, or a grave illness, of someone no loss told in the
    session was of nor the cared-for answer named ("He drowned." after "My brother went through the ice", told right
    after care for a mother; "they took my brother to the sanatorium and he never came out"). Never the same loss
    said again ("She died in her sleep", "my sister was with him when he died", "after my grandmother died, and
    then him"), nor, after a loss said by name alone ("Kwame died"), one of the family by kin ("my husband died at
    home") unless told as another ("my brother died too")."""
    text = turn.text or ""
    if not answers_care(turn) or not turn.earlier:
        return False
    kind, own = grief.sorrow(text), None
    if grief.death_said(text) or mourning.taken_for_care(text):
        said = _deaths_at(text)
    elif kind == "loss" and (named := _mourned_for(text)):
        said = named  # (a death told by its customs, for someone named: "the nine nights for Papá")
    elif kind == "loss" and (own := kind_at(text, _OF_THE_ONE)) is not None:
        said = [own]  # (told by the body of the one lost or their being taken: "she was light", "took Pa away")
    elif kind in ("illness", "accident") and (harm := grief.harm_at(text)) is not None and not _RECOVERED.search(text):
        said = [harm]  # ("now my sister has the same cancer": the one named nearest the illness)
    else:
        return False  # (nothing grave, or a loss retold by its customs with a mourner named: the same loss)
    # the answer the care was for, and the reply to it when the pause came between
    cared = turn.earlier[-1:] if (turn.last_id or "").startswith(PREFIX) else turn.earlier[-2:]
    before = _cared_for(cared, turn.known) | _losses(turn.earlier, turn.known)
    aliases = _aliases((*turn.earlier, text), turn.known)
    before |= {who for same in aliases if same & before for who in same}
    # a loss said by name alone, no kin said with it anywhere: "my husband" after it is most likely the same one
    cared_dead = _losses(cared, turn.known)
    unaliased = bool(cared_dead) and all(
        who not in KIN.values() and not any(who in same for same in aliases) for who in cared_dead
    )
    mentions = _mentions(text, turn.known)
    for at in said:
        who = _dead(text, at, mentions) or (_by_pronoun(text, at, mentions) if own is not None else None)
        if who is None or who in before:
            continue
        if unaliased and who in KIN.values() and not _ANOTHER.search(_clause_of(text, at)):
            continue
        return True
    return False


def meet(
    ctx: TurnContext, turn: Turn, calls: list[tuple[str, Args]], *, waiting: str | None = None, **said: Any
) -> Outcome | None:
    """Care for a loss this answer tells, or None (none told, or it answers care already given and tells no new
    loss).
    ``waiting``: the routine item this answer left unreported, asked again once the person goes on;
    ``said``: what the bank says quietly (``item`` noted, or the answer ``right``; neither by default)."""
    if turn.answer is None or (answers_care(turn) and not new_loss(turn)):
        return None
    kind = grief.sorrow(turn.text or "")
    if kind is None:
        return None
    qid = f"{PREFIX}{turn.answer.sequence}"
    text = pick(ctx.session_id, qid, f"{ctx.kind}/care", kind=kind, **{"item": None, "right": False, **said})
    return Outcome(text, PromptInfo("followup", qid, item_id=waiting), calls)


def given(outcome: Outcome) -> bool:
    """The planned reply is a moment of care."""
    return (outcome.info.question_id or "").startswith(PREFIX)


def resume(ctx: TurnContext, turn: Turn) -> str | None:
    """The words that go on after care, as the person chose ("Thank you. Let's go on gently.", or
    "Of course. We'll leave that there."); None when this answer does not reply to care."""
    text = turn.text or ""
    if not answers_care(turn) or not text:
        return None
    why = "leave" if wishes.declined(text) and not wishes.goes_on(text) else "on"
    return pick(ctx.session_id, f"resume.{why}.{turn.count}", "story/resume", why=why)
