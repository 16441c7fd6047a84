"""Story sessions: listen first, then walk scene → people → tension → change → meaning per topic.

Before any stock question the interviewer answers what was just said, in this order:
grief or grave illness is met with care (a pause or a skip offered, no stock question);
"ask me more about X" and a change of subject ("I want to talk about the Navy": the topic
is linked or created) are honoured; "I don't remember" gets a gentler way in (a sense, a
photo, a person); a very short answer gets one follow-up; people just named are followed
by name. In a follow-up session the open threads of the sessions before it come next
(``agent.guided.threads``: people, places and requests left unexplored, then the indicators
the last session did not meet, said to the storyteller), and the questions
those sessions asked are never asked again. Only then comes the next category of the current
topic. Ending is proposed once everything is covered, or when the person is tired or has had
enough for today (whatever time is left), and never while the person says they are not done or
most of the planned time is still ahead.

Question ids are stable and read back from the stored prompts, so nothing is asked twice:
``<category>@<topic id hex>`` (``.more`` for a short answer's follow-up, ``.angle`` after
"I don't remember"), ``who.<name>`` / ``where.<place>`` for a follow (and for an open thread,
as ``ask.<subject>`` for a request, ``unmet.<indicator>`` for an indicator), ``ask.<subject>``,
``care.<answer sequence>``, ``deeper.<n>``, ``closing``, ``extra.<n>``.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

import msgspec

from agent.guided import (
    care,
    courtesy_titles,
    emphasis,
    gaps,
    grief,
    mourning_kept,
    moves,
    opening_moves,
    telling_on,
    wishes,
)
from agent.guided.annotate import read
from agent.guided.hardship import tone
from agent.guided.left_to_tell import left_to_tell, still_to_tell
from agent.guided.lexicon import KIN, NOT_NAMES, PERSON_NOUNS
from agent.guided.named_by_kind import goods_by_name
from agent.guided.names import FEMALE, MALE
from agent.guided.naming import address_name, reflect, slug, spoken_title
from agent.guided.phrasing import before_question, join, pick, rotate, variants
from agent.guided.records import annotation, indicator_marks, scene_capture
from agent.guided.said_back import said_back
from agent.guided.scene_places import not_there, scene_place, whence
from agent.guided.state import (
    STORY_CATEGORIES,
    Outcome,
    Turn,
    continuation,
    elapsed_ms,
    extras_asked,
    question_id,
    read_turn,
)
from agent.guided.threads import Thread, spoken_aim
from agent.guided.topic_words import as_said, topic_words
from agent.guided.topic_words import within as within  # the one wording, said where the planner is
from agent.model import PromptInfo, TurnContext
from agent.tools import Args, KeepPrivateArgs, LinkTopicArgs, NewLifeEvent, ProposeEndArgs
from db.services.records import PRIVATE_EVIDENCE

_LEVELS = ("introduction", "exploration", "deep_dive", "completion")
_LEVEL_AFTER = {
    "scene": "exploration",
    "people": "exploration",
    "tension": "deep_dive",
    "change": "deep_dive",
    "meaning": "completion",
}
NEW_TOPIC = "scene@new"  # the question about a topic created this turn; the provider fills in its id
_UNSURE_WORDS = 20  # "I don't remember" inside a longer answer is not a request for help…
_UNSURE_MAX_WORDS = 40  # …unless the answer tells nothing else (nobody, nowhere, no scene)
_TOLD_AFTER = 8  # words after a change of subject that tell something of it ("Let me jump to Toronto. In 1980 …")
_MOVED_ON_WORDS = 30  # a situated answer this long that never names the one asked about has moved on
NEARLY_UP = 0.9  # of the planned time used: the next question is the closing one
_FOLLOWUP_SUFFIX = re.compile(r"\s*\((?:follow-up|continued)(?:\s+\d+)?\)\s*$", re.IGNORECASE)
_PLAIN = frozenset({"your", "my", "our", "the", "his", "her", "their"})  # words of a reflection, not of a name
_NOBODY = {"person": None, "pro": "they", "obj": "them", "was": "were"}
_SHE = frozenset(
    "mother grandmother sister aunt daughter wife niece granddaughter stepmother fiancée girlfriend "
    "mrs miss ms madame signora señora senora frau lady".split()
)
_HE = frozenset(
    "father grandfather brother uncle son husband nephew grandson stepfather fiancé boyfriend "
    "mr signor señor senor monsieur herr mister".split()
)


@dataclass(frozen=True)
class Subject:
    key: str  # question-id suffix: "@<topic id hex>" for a topic, "" for the session itself
    title: str
    topic_id: uuid.UUID | None
    year: int | None
    coverage: str
    primary: bool

    @property
    def spoken(self) -> str:
        return spoken_title(self.title)

    def words(self, turn: Turn) -> dict[str, Any]:
        """The subject as a question says it (``agent.guided.topic_words``), from what the session's answers
        settled: ``topic`` ("the Rose Bowl"), ``within`` ("at the Rose Bowl"), ``span`` ("your time at the
        Rose Bowl"), and its ``year``."""
        said = topic_words(self.title, turn.known, "\n".join((*turn.earlier, turn.text or "")))
        return {"topic": said.topic, "within": said.within, "span": said.span, "year": self.year}


@dataclass(frozen=True)
class Who:
    """Someone named in an answer, as the interviewer says them back."""

    name: str  # as recorded: "Helen", "brother"
    said: str  # "your mother, Helen", "Miss Peterson", "your brother"
    pro: str
    obj: str
    was: str

    @property
    def key(self) -> str:
        return slug(self.name)

    def words(self) -> dict[str, str]:
        return {"person": self.said, "pro": self.pro, "obj": self.obj, "was": self.was}


def subjects(ctx: TurnContext) -> list[Subject]:
    if not ctx.topics:
        # A follow-up without life events is about what the first session was about, never
        # about its own name ("Dad's childhood (follow-up)" is not a chapter of a life).
        title = continuation(ctx.data).get("subject") or _FOLLOWUP_SUFFIX.sub("", ctx.name or "")
        return [Subject("", title or "your story", None, None, "introduction", True)]
    return [
        Subject(f"@{t.id.hex}", t.title, t.id, _year(t.period_start), t.coverage_level, t.is_primary_focus)
        for t in ctx.topics
    ]


def respond(ctx: TurnContext) -> Outcome:
    turn = read_turn(ctx)
    subs = subjects(ctx)
    category, answered = _answered(turn, subs)
    calls: list[tuple[str, Args]] = []
    if (note := annotation(turn)) is not None:
        calls.append(("annotate_response", note))
    private = grief.sensitive(turn.text) if turn.answer is not None else None
    if private:  # kept in the transcript only: no scene, and no evidence quoted from it
        calls.append(("keep_private", KeepPrivateArgs(topic=private)))  # type: ignore[arg-type]
    saved = turn.reading is not None and turn.reading.rich and not private
    if saved:
        title, topic_id = (answered.title, answered.topic_id) if answered else (ctx.name, None)
        calls.append(
            ("save_artifact", scene_capture(turn, category=category or "story", topic_title=title, topic_id=topic_id))
        )
    if turn.reading and answered and (coverage := _coverage(answered, category)) is not None:
        calls.append(("link_topic", coverage))
    answered_title = answered.title if answered else None
    marks = indicator_marks(ctx, turn, scene_saved=saved, about=answered_title)
    if private:  # what it told still meets the aim; the evidence just does not repeat it
        marks = [msgspec.structs.replace(mark, evidence=PRIVATE_EVIDENCE) for mark in marks]
    calls.extend(("mark_indicator", mark) for mark in marks)
    outcome = _next(ctx, turn, subs, answered, saved and not ctx.artifacts)
    outcome.calls[:0] = calls
    if private and turn.answer is not None:
        kept = pick(ctx.session_id, f"private.{turn.answer.sequence}", "story/private", topic=private, said=turn.said)
        outcome.text = before_question(outcome.text, kept)
    return outcome


def _next(ctx: TurnContext, turn: Turn, subs: list[Subject], answered: Subject | None, first_save: bool) -> Outcome:
    name = address_name(ctx.person_name, ctx.person_called)
    greeting = None
    if turn.first or ctx.opening:
        returning = not turn.first or turn.continued
        greeting = pick(ctx.session_id, "opening", "story/opening", person_name=name, returning=returning)
    text, reading = turn.text, turn.reading
    here = _here(turn, subs, answered)
    topic_id = here.topic_id if here else None
    if turn.answer is None or (turn.first and turn.skipped):
        return _walk(ctx, turn, subs, answered, greeting=greeting, ack=None)
    if turn.skipped:
        return _walk(ctx, turn, subs, answered, greeting=greeting, ack=rotate(ctx.session_id, turn.count, "story/skip"))
    assert text is not None and reading is not None

    # Grief and grave illness first: acknowledge, offer a pause or a skip, ask nothing else. Once
    # care was offered, "I don't remember the burial" is a gap in a loss already acknowledged: it
    # gets the gentler way in below, not the same offer again.
    kind = grief.sorrow(text)
    after_care = (turn.last_id or "").startswith("care.")
    # (a new loss told in the reply to care gets care of its own: "He drowned." of a brother not named before)
    if kind and (not after_care or care.new_loss(turn)) and not _gap_in_a_loss(ctx, text, reading):
        # A death told only by its signs ("the bowl moved to the altar") names nobody for sure: the
        # first person named may be the one who mourned, so the care is said without a name.
        # Otherwise the one the death or harm is said of, never a bystander named first ("Mr Boateng, our teacher,
        # told us: my grandfather was hanged"), and nobody when the words do not tell whom.
        who = _cared_one(text, reading, turn.known) if not _unnamed_loss(text) else []
        words = who[0].words() if who else _NOBODY
        met = pick(ctx.session_id, f"care.{turn.answer.sequence}", "story/care", kind=kind, **words)
        return Outcome(join(greeting, met), PromptInfo("followup", f"care.{turn.answer.sequence}", topic_id))

    # What the person asked for: more about something, or another subject altogether.
    if (wish := wishes.request(text)) is not None:
        return _honour(ctx, turn, subs, wish, greeting)

    # "I don't remember the house at all" after a pause was offered is an answer, not a wish to stop;
    # so is a gap the answer is about ("the house after, I don't remember it. Not one room."), even
    # beside something remembered ("I remember Baba bought me a Canada Dry. But the film, nothing.").
    gap = gaps.gap(text) if gaps.unsure(text) else None
    unsure = not_remembered(text, reading)
    # Tired, or enough for today: the wish to stop is honoured whatever time is left,
    # straight after care was offered too ("My back is complaining now. Let us finish another day.").
    if wishes.tired(text) and not wishes.not_done(text):
        return _closing(ctx, turn, subs, greeting, None, tired=True)
    # A new part of the life told unasked, late in the answer ("… And then, 1972, I come to Bradford, on the night
    # shift, eleven years"): a change of subject as much as "let me tell you about Bradford" is.
    if (move := _moved_on(turn, subs)) is not None:
        return _honour(ctx, turn, subs, move, greeting)
    # The part the teller says is the main one ("that part is short, nothing to tell. Hong Kong is the big part."):
    # a change of subject said of the telling, taken up by name.
    # Never a part already told in an earlier answer ("Lagos was the big part of my life" said looking back on it).
    if (main := emphasis.pointed(text)) is not None and not any(
        re.search(rf"(?<![\w'’]){re.escape(main.subject)}(?!\w)", told, re.IGNORECASE) for told in turn.earlier
    ):
        return _honour(ctx, turn, subs, main, greeting)

    if after_care and not unsure:
        why = "leave" if wishes.declined(text) and not wishes.goes_on(text) else "on"
        # "It's okay, don't stop me. Wait, I am not finished with Kerbez.": what is left is asked about
        if why == "on" and (left := left_to_tell(text, _told(turn, subs))) is not None:
            return _ask_left(ctx, turn, subs, greeting, left)
        if why == "on" and (left := still_to_tell(text)) is not None:
            return _ask_left(ctx, turn, subs, greeting, left, resume=True)
        # A new memory told straight after the pause was offered (people or places named in more
        # than a short reply) is followed like any answer; a reply to the offer itself is not.
        told = not reading.short and bool(reading.people or reading.places) and why == "on"
        return _walk(
            ctx,
            turn,
            subs,
            answered,
            greeting=greeting,
            ack=pick(ctx.session_id, f"resume.{why}.{turn.count}", "story/resume", why=why),
            follow=told,
        )

    if wishes.not_done(text):
        # "I'm not done with the island, the anchor also"
        if (left := left_to_tell(text, _told(turn, subs))) is not None:
            return _ask_left(ctx, turn, subs, greeting, left)
        if (left := still_to_tell(text)) is not None:
            return _ask_left(ctx, turn, subs, greeting, left, resume=True)
        ack = pick(ctx.session_id, f"resume.more.{turn.count}", "story/resume", why="more", said=turn.said)
        return _walk(ctx, turn, subs, answered, greeting=greeting, ack=ack, keep_going=True)
    # "Wait, I haven't finished, there is still how he wrote to Mamm": the part still to tell, asked about by name
    if (left := still_to_tell(text, tuple((w.name, w.pro) for w in _people(reading)))) is not None:
        return _ask_left(ctx, turn, subs, greeting, left, resume=True)

    # "I don't remember": one gentler way in, never praise; then move on kindly.
    if unsure:
        last = turn.last_id or f"q{turn.count}"
        if not last.endswith(".angle") and f"{last}.angle" not in turn.asked_ids:
            # The way in is about what was not remembered: the house, the film, the teacher.
            # A detail gone by a figure with nobody's name on it ("the words after that, gone") is the
            # song's, not of the one asked about before.
            about = _gap_person(gap, text) if gap else None if gaps.lost(text) else _who_asked(turn)
            subject = gap or (here.words(turn)["span"] if here else spoken_title(ctx.name))
            words = about.words() if about else _NOBODY
            angle = pick(
                ctx.session_id, f"{last}.angle", "story/angle", said=turn.said, subject=subject, gap=bool(gap), **words
            )
            return Outcome(join(greeting, angle), PromptInfo("followup", f"{last}.angle", topic_id))
        return _walk(ctx, turn, subs, answered, greeting=greeting, ack=rotate(ctx.session_id, turn.count, "story/skip"))

    if wishes.declined(text):
        return _walk(ctx, turn, subs, answered, greeting=greeting, ack=rotate(ctx.session_id, turn.count, "story/skip"))

    # A very short answer to a story question earns one gentle follow-up.
    if reading.short and turn.last_category in STORY_CATEGORIES and turn.last_id:
        qid = f"{turn.last_id}.more"
        if qid not in turn.asked_ids:
            who = _people(reading)[:1]
            more = pick(
                ctx.session_id,
                qid,
                "story/followup",
                said=turn.said,
                category=turn.last_category,
                topic=answered.spoken if answered else spoken_title(ctx.name),
                person=who[0].said if who else None,
            )
            return Outcome(join(greeting, more), PromptInfo("followup", qid, answered.topic_id if answered else None))

    # An answer that tells nothing of the past (nobody, nowhere, no thing, no sense: "Is that thing still going?
    # Good, I'm enjoying this") is talk to the listener, not a memory: never "what a lovely memory" for it.
    ack = rotate(
        ctx.session_id,
        turn.count,
        "story/acknowledge",
        place=as_said(scene_place(text, reading.places), text),
        sentiment=tone(text, reading),
    )
    if first_save:
        ack = join(ack, pick(ctx.session_id, "saved", "story/saved"))
    return _walk(ctx, turn, subs, answered, greeting=greeting, ack=ack)


def _ask_left(
    ctx: TurnContext, turn: Turn, subs: list[Subject], greeting: str | None, left: str, *, resume: bool = False
) -> Outcome:
    """Asked about by name, what the teller says is left to tell (:func:`left_to_tell`); ``resume`` when they said
    they had not finished (:func:`still_to_tell`): then the reply invites them on, not "Gladly." as to a request."""
    qid = _fresh(turn, f"ask.{slug(left)}")
    said = reflect(left)
    clause = re.match(r"(?:how|when|why|where|what|who|the\s+(?:part|bit|day|night|time|story)\s)", left) is not None
    text = pick(
        ctx.session_id, qid, "story/ask", said=turn.said, subject=said, plural=many(said), resume=resume, clause=clause
    )
    return Outcome(join(greeting, text), PromptInfo("followup", qid, _topic_of(turn, subs)))


def _told(turn: Turn, subs: list[Subject]) -> tuple[str, ...]:
    """What the telling was about before this answer: the earlier answers, the topics and the question asked."""
    return (*turn.earlier, *(s.title for s in subs), turn.last_text or "")


def _walk(
    ctx: TurnContext,
    turn: Turn,
    subs: list[Subject],
    answered: Subject | None,
    *,
    greeting: str | None,
    ack: str | None,
    follow: bool = True,
    keep_going: bool = False,
) -> Outcome:
    """Follow someone just named, else the next stock question, else deeper questions or the closing;
    the closing as soon as the planned time is all but used, unless the person wants to go on."""
    here = _here(turn, subs, answered)
    if not keep_going and "closing" not in turn.asked_ids and _time_nearly_up(ctx):
        return _closing(ctx, turn, subs, greeting, ack)
    pending = _pending(turn, subs, here)
    if not follow and pending and pending[0][1] == "tension":  # after a sad moment, not "the hardest thing" next
        first = pending[0][0]
        pending.sort(key=lambda p: (p[0] != first, p[1] == "tension"))
    # A scene the teller lights up at ("Oh, but Saturday mornings, Lord! …") is what a long answer turns to.
    if follow and not greeting and (scene := _lit_scene(turn)) is not None:
        qid = f"lit.{slug(scene)}"
        if qid not in turn.asked_ids:
            text = pick(ctx.session_id, qid, "story/lit", said=turn.said, scene=reflect(scene))
            return Outcome(join(greeting, ack, text), PromptInfo("scene", qid, here.topic_id if here else None))
    who = to_follow(turn, here.title if here else "") if follow and not greeting else None
    if who is not None and not (pending and pending[0][1] == "people"):
        qid = _fresh(turn, f"who.{who.key}")
        text = pick(ctx.session_id, qid, "story/who", said=turn.said, **who.words())
        return Outcome(join(greeting, ack, text), PromptInfo("people", qid, here.topic_id if here else None))
    # A public figure seen in person ("When His Holiness came to Toronto, we went to the big stadium"): the day.
    if follow and not greeting and who is None and (figure := _seen_in_person(turn)) is not None:
        qid = _fresh(turn, f"occasion.{slug(figure)}")
        text = pick(ctx.session_id, qid, "story/occasion", said=turn.said, figure=figure)
        return Outcome(join(greeting, ack, text), PromptInfo("scene", qid, here.topic_id if here else None))
    if follow and not greeting and who is None and (place := place_to_follow(turn, ack)) is not None:
        qid = _fresh(turn, f"where.{slug(place)}")
        text = pick(ctx.session_id, qid, "story/where", said=turn.said, place=as_said(place, turn.text or ""))
        return Outcome(join(greeting, ack, text), PromptInfo("scene", qid, here.topic_id if here else None))
    # Someone asked about before is who a long answer is about again (named over and over): what it meant to them.
    if follow and not greeting and who is None and (again := _comes_back_to(turn)) is not None:
        qid = f"again.{again.key}"
        text = pick(ctx.session_id, qid, "story/again", said=turn.said, **again.words())
        return Outcome(join(greeting, ack, text), PromptInfo("people", qid, here.topic_id if here else None))

    if (thread := _open_thread(ctx, turn)) is not None:
        qid = thread.question_id or ""
        words = _who(thread.name, thread.said).words() if thread.kind == "person" else {}
        text = pick(
            ctx.session_id, qid, "story/thread", said=turn.said, kind=thread.kind, place=thread.name,
            subject=thread.said, **words,
        )  # fmt: skip
        category = {"person": "people", "place": "scene"}.get(thread.kind, "followup")
        return Outcome(join(greeting, ack, text), PromptInfo(category, qid, here.topic_id if here else None))

    if pending:
        subject, category = pending[0]
        qid = f"{category}{subject.key}"
        bridge = None
        if answered is not None and subject != answered and not greeting and category == "scene":
            bridge = pick(
                ctx.session_id, f"to{subject.key}", "story/transition", topic=subject.words(turn)["topic"],
                previous=answered.words(turn)["span"],
            )  # fmt: skip
        words = who.words() if who is not None and category == "people" else _NOBODY
        question = pick(ctx.session_id, qid, f"story/{category}", said=turn.said, **subject.words(turn), **words)
        return Outcome(join(greeting, ack, bridge, question), PromptInfo(category, qid, subject.topic_id))

    ahead = keep_going or _time_ahead(ctx)
    if ahead:
        deeper = _deeper(ctx, turn)
        if deeper is not None:
            return Outcome(join(greeting, ack, deeper.text), deeper.info)
    if "closing" not in turn.asked_ids and not ahead:
        return _closing(ctx, turn, subs, greeting, ack, covered=True)
    extra = 1 + extras_asked(turn.asked_ids)
    text = join(greeting, ack, rotate(ctx.session_id, turn.count, "story/after_close"))
    return Outcome(text, PromptInfo("closing", f"extra.{extra}"))


def _closing(
    ctx: TurnContext,
    turn: Turn,
    subs: list[Subject],
    greeting: str | None,
    ack: str | None,
    *,
    covered: bool = False,
    tired: bool = False,
) -> Outcome:
    name = address_name(ctx.person_name, ctx.person_called)
    titles = _titles([s.spoken for s in subs])
    spans = _titles([s.words(turn)["span"] for s in subs])
    # time_up: the bank may say so instead of "we've covered it all"; tired: the person asked to
    # stop for today (prompts/guided/story/closing.j2)
    qid = _fresh(turn, "closing")
    closing = pick(
        ctx.session_id, qid, "story/closing", person_name=name, topics=spans, time_up=not covered, tired=tired
    )
    text = join(greeting, ack, closing)
    if tired:
        reason = f"{name} is tired and would like to stop for today ({titles})."
    elif covered:
        reason = f"Every prompt category (scene, people, tension, change, meaning) is covered for {titles}."
    else:
        reason = f"The planned {ctx.scheduled_minutes} minutes are nearly used ({titles})."
    return Outcome(text, PromptInfo("closing", qid), [("propose_end", ProposeEndArgs(reason=reason))])


# A part of the story or a doing, not someone in it: "the part where your Pawpaw caught the hen", "how my mother
# cured the fish"
_A_PART = re.compile(r"^(?:the\s+(?:\w+\s+)?(?:part|bit)\s+(?:where|when|about|with)|how)\b", re.IGNORECASE)


def _honour(ctx: TurnContext, turn: Turn, subs: list[Subject], wish: wishes.Request, greeting: str | None) -> Outcome:
    """ "Ask me more about X" / "I want to talk about X": take up X by name, linking a new topic if needed."""
    said = reflect(wish.subject)
    # A change of subject may name a topic loosely ("the farm"); "more about the nurses' home" is
    # a part of the story, not its topic "Training as a nurse", unless it names the whole title.
    topic = _matching_topic(subs, wish.subject, whole=wish.kind == "ask")
    if topic is not None:
        pending = [c for c in STORY_CATEGORIES if f"{c}{topic.key}" not in turn.asked_ids]
        if pending:
            qid = f"{pending[0]}{topic.key}"
            said = topic.words(turn)
            question = pick(ctx.session_id, qid, f"story/{pending[0]}", said=turn.said, **said, **_NOBODY)
            lead = f"Yes, let's turn to {said['topic']}."
            return Outcome(join(greeting, lead, question), PromptInfo(pending[0], qid, topic.topic_id))
    # "the part where your Pawpaw caught the hen" is that part, not Pawpaw; "how my mother cured the fish" a doing
    person = None if _A_PART.match(wish.subject) or wish.kind == "move" else _known_person(turn, wish.subject)
    if person is not None:
        qid = _fresh(turn, f"who.{person.key}")
        text = pick(ctx.session_id, qid, "story/who", said=turn.said, **person.words())
        return Outcome(join(greeting, "Of course.", text), PromptInfo("people", qid, _topic_of(turn, subs)))
    if wish.kind in ("switch", "move") and topic is None:
        title = _title_case(re.sub(r"^(?:my|our)\s+", "", wish.subject, flags=re.IGNORECASE)) or wish.subject
        event = NewLifeEvent(title=title[:200])
        link = LinkTopicArgs(new_life_event=event, is_primary_focus=False, coverage_level="introduction")
        # Told at once ("Let me jump to Toronto. In 1980 …"): the reply stays with what was told.
        told = turn.reading is not None and turn.reading.rich and wish.words_after >= _TOLD_AFTER
        # A move heard, never asked for: no "Yes, let's …" as if granting a request
        template = "story/moved" if wish.kind == "move" else "story/switch"
        text = pick(ctx.session_id, f"switch.{slug(wish.subject)}", template, said=turn.said, subject=said, told=told)
        return Outcome(join(greeting, text), PromptInfo("scene", NEW_TOPIC), [("link_topic", link)])
    qid = _fresh(turn, f"ask.{slug(wish.subject)}")
    text = pick(ctx.session_id, qid, "story/ask", said=turn.said, subject=said, plural=many(said))
    return Outcome(join(greeting, text), PromptInfo("followup", qid, _topic_of(turn, subs)))


def _moved_on(turn: Turn, subs: list[Subject]) -> wishes.Request | None:
    """The teller's move to a new place to live and work, told late in this answer (:func:`moves.moved_on`), as a
    change of subject; never to a place a topic or an earlier answer already names (no new part of the life)."""
    # … or said by the answer's first words, once the story has been somewhere (:func:`opening_moves.opened_on`)
    opening = opening_moves.opened_on(turn.text or "", turn.last_text or "") if turn.earlier else None
    # … or said as a turn of the telling ("Now I take you down the line to Cochrane", :func:`telling_on.told_on`):
    # a new part even if an earlier answer named the place in passing, never one a topic already holds
    guided = telling_on.told_on(turn.text or "") if turn.earlier else None
    if (move := moves.moved_on(turn.text or "") or opening or guided) is None:
        return None
    place, after = move
    named = re.compile(rf"(?<![\w'’]){re.escape(place)}(?!\w)", re.IGNORECASE)
    asked = (turn.last_text or "",) if move == opening else ()
    before = () if move == guided else turn.earlier
    if any(named.search(told) for told in (*before, *(s.title for s in subs), *asked)):
        return None
    if any(_ABOUT_MOVING.search(s.title) for s in subs):  # "Coming to England": the move is the subject itself
        return None
    return wishes.Request("move", place, after)


# A subject that is itself a move: a move told in it is the subject, no new part
_ABOUT_MOVING = re.compile(
    r"\b(?:com(?:e|es|ing)|mov(?:e|ed|es|ing)|emigra\w*|immigra\w*|migra\w*|arriv\w*|leav(?:e|ing)|left"
    r"|journey|voyage|passage|settl\w*|new\s+(?:life|country|home|land)|exile|refugee\w*)\b",
    re.IGNORECASE,
)


def many(subject: str) -> bool:
    """A subject said as many things ("the aspen trees", "the parcels"): its last word a plural noun, never a
    name that ends in s ("the Palais", "Paris": one place, said back as "it")."""
    last = subject.split()[-1] if subject.split() else ""
    return last[:1].islower() and bool(re.search(r"(?<![su'’])s$", last))


def _open_thread(ctx: TurnContext, turn: Turn) -> Thread | None:
    """A follow-up's next open thread from the sessions before: a person, a place, a request, then
    an indicator the last session did not meet, not yet asked about here (the first questions of a
    session that continues another). An indicator is said to the storyteller ("Describe his
    parents" → "your parents"), never read out as written; one met by now is not asked."""
    met = {i.get("text") for i in ctx.success_indicators + ctx.completion_indicators if i.get("met")}
    for thread in turn.threads:
        qid = thread.question_id
        if qid is None or qid in turn.asked_ids:
            continue
        if thread.kind == "indicator":
            said = spoken_aim(thread.name, ctx.person_name)  # read again: never trust a stored wording
            if said is None or thread.name in met:
                continue
            return Thread(thread.kind, thread.name, said)
        if thread.kind == "person" and _followed(turn, _who(thread.name, thread.said)):
            continue
        if thread.kind == "place" and re.search(rf"\b{re.escape(thread.name)}\b", turn.said, re.IGNORECASE):
            continue
        return thread
    return None


def _deeper(ctx: TurnContext, turn: Turn) -> Outcome | None:
    """Everyone named in the session not yet followed, then the open questions of ``story/deeper``."""
    for who in _session_people(turn):
        if not _followed(turn, who):
            qid = _fresh(turn, f"who.{who.key}")
            return Outcome(
                pick(ctx.session_id, qid, "story/who", said=turn.said, **who.words()), PromptInfo("followup", qid)
            )
    lines = variants("story/deeper")
    asked = sum(1 for q in turn.asked_ids if re.fullmatch(r"deeper\.\d+", q))
    if asked < len(lines):
        return Outcome(lines[asked], PromptInfo("followup", f"deeper.{asked + 1}"))
    return None


def _gap_in_a_loss(ctx: TurnContext, text: str, reading: Any) -> bool:
    """ "The burial... I can't recall any of it" once care was already offered in this session."""
    if not (gaps.unsure(text) and _mostly_unsure(reading)):
        return False
    return any((question_id(view) or "").startswith("care.") for view in ctx.asked)


def _cared_one(text: str, reading: Any, known: Any) -> list[Who]:
    """The one of the answer's people its death or harm is said of (:func:`care.said_of`), or nobody."""
    whom = care.said_of(text, known)
    if whom is None:
        return []
    for who in _people(reading):
        words = re.findall(r"[\w'’-]+", f"{who.name} {who.said}".lower())
        if whom in words or whom in {KIN.get(w, w) for w in words} or whom == " ".join(words[: whom.count(" ") + 1]):
            return [who]  # (a name of two words whole: "Srey Pov")
    # a name the reader did not take, said as the subject of the care ("Now Rangi sleeps with the oxygen")
    said = None if whom in KIN else re.search(rf"\b{re.escape(whom.capitalize())}\b(?P<after>[^.!?]*)", text)
    if said is not None:
        her, his = (len(re.findall(rf"\b(?:{w})\b", said.group("after"), re.I)) for w in ("she|her", "he|his|him"))
        pro, obj = ("she", "her") if her > his else ("he", "him") if his > her else ("they", "them")
        return [Who(said.group(0)[: len(whom)], said.group(0)[: len(whom)], pro, obj, "was")]
    return []


def _unnamed_loss(text: str) -> bool:
    """A loss told only by its signs (mourning, a coffin made, a bowl moved to the altar), no word for dying."""
    # (but the signs may say whose: the coat kept where it hung is the one lost, "Papa's cap still hangs there")
    return grief.mourned(text) and not grief.death_said(text) and mourning_kept.whose(text) is None


def _gap_person(gap: str, text: str) -> Who | None:
    """The one not remembered, when the gap is a person ("the teacher at Southfield school"), said
    as "her" or "him" when the answer does ("what was her name", "I know she wore a hat")."""
    words = [w.lower().strip(",'’") for w in gap.split()[:3]]
    if not any(w in KIN or w in PERSON_NOUNS for w in words[1:]):
        return None
    who = _who(gap, gap)
    if who.pro == "they":
        her, his = (len(re.findall(rf"\b(?:{w})\b", text, re.IGNORECASE)) for w in ("her|she", "his|he|him"))
        if her != his:
            who = Who(gap, gap, *(("she", "her") if her > his else ("he", "him")), "was")
    return who


def not_remembered(text: str, reading: Any) -> bool:
    """ "I don't remember" asks for a gentler way in: the answer is mostly the gap, it dwells on
    it, or a detail gone is said as a figure ("my memory is a sieve for that"); not a detail let
    go on the way to a memory. One rule for the guided planner and the model path's listening."""
    return gaps.unsure(text) and (_mostly_unsure(reading) or gaps.dwells_on_gap(text) or gaps.lost(text))


def _mostly_unsure(reading: Any) -> bool:
    """ "I don't remember" is the answer: a short one, or one that names nobody and nowhere and
    tells no scene ("I can't remember much about being small … it's all a bit of a fog"), not a
    memory told around a gap ("I don't remember the year, but my uncle Piet …")."""
    if reading.words < _UNSURE_WORDS:
        return True
    return reading.words < _UNSURE_MAX_WORDS and not (reading.people or reading.places or reading.rich)


def _time_nearly_up(ctx: TurnContext) -> bool:
    """The planned time is all but used (``NEARLY_UP`` of ``scheduled_minutes``): time to close."""
    if not ctx.scheduled_minutes:
        return False
    start = ctx.started_at or (ctx.asked[0].created_at if ctx.asked else ctx.now)
    return elapsed_ms(start, ctx.now) >= ctx.scheduled_minutes * 60_000 * NEARLY_UP


def _time_ahead(ctx: TurnContext) -> bool:
    """Most of the planned time is still ahead (more than half of ``scheduled_minutes`` unused)."""
    if not ctx.scheduled_minutes:
        return False
    start = ctx.started_at or (ctx.asked[0].created_at if ctx.asked else ctx.now)
    return elapsed_ms(start, ctx.now) < ctx.scheduled_minutes * 60_000 / 2


# --- who to follow ---------------------------------------------------------------------------


def _people(reading: Any) -> list[Who]:
    return [_who(name, said) for name, said in zip(reading.people, reading.reflections, strict=False)]


def _who(name: str, said: str) -> Who:
    words = said.split()
    if len(words) >= 3 and words[0] in ("your", "his", "her", "their") and words[1] in KIN:
        said = f"{words[0]} {words[1]}, {' '.join(words[2:])}"  # "your mother, Helen"
    role = {w.lower().strip(",") for w in words}
    if any(KIN.get(w, "") + "s" == w for w in role):
        return Who(name, said, "they", "them", "were")  # "your brothers": what do you remember about them
    first = name.split()[-1 if name.split()[0].lower() in _SHE | _HE else 0].lower()
    if role & _SHE or (first in FEMALE and not role & _HE):
        return Who(name, said, "she", "her", "was")
    if role & _HE or first in MALE or {KIN.get(w, "") for w in role} & _HE:
        return Who(name, said, "he", "him", "was")
    if {KIN.get(w, "") for w in role} & _SHE:
        return Who(name, said, "she", "her", "was")
    return Who(name, said, "they", "them", "were")


def _followed(turn: Turn, who: Who) -> bool:
    """Already asked about: by a ``who.`` question, or named (as a whole word) in an earlier prompt."""
    if f"who.{who.key}" in turn.asked_ids:
        return True
    return any(re.search(rf"\b{re.escape(form)}\b", turn.said, re.IGNORECASE) for form in (who.name, who.said))


def to_follow(turn: Turn, about: str = "") -> Who | None:
    """The first person of this answer not yet asked about; after a follow, the next one the
    answer before it named ("my mother, Helen … Dad, Stanley": Helen, then Stanley). Someone told doing what the
    session is ``about`` comes before one told doing something else (:func:`_doing_the_topic`)."""
    if turn.reading is None or _people_at_edge(turn):
        return None
    fresh = [
        w
        for w in courtesy_titles.titled(turn.text or "", _people(turn.reading))  # "Frøken Haugen", not "Frøken"
        if not _followed(turn, w)
        and not _left_behind(turn.text or "", w)
        and not _only_owner(turn, w)
        and not public_figure(turn.text or "", w)
    ]
    if len(fresh) > 1 and about:
        fresh.sort(key=lambda w: not _doing_the_topic(turn.text or "", w, about))
    if len(fresh) > 1 and turn.reading.rich:
        # A long answer comes back to the one it is about ("… Pete brings the flour … in the bar Beñat buys
        # me a drink … Beñat carries me up"): someone named again comes before one named in passing.
        fresh.sort(key=lambda w: _times_named(turn.text or "", w) < 2)
        # … but someone else's relative ("her brother", "his father") comes after the one they belong to, told by
        # name once and then as "she" ("I met Mercedes. Every Sunday she came … and her brother came too").
        fresh.sort(key=_others_relative)
    if len(fresh) > 1:
        # Someone brought in as the owner of another ("Madam's mother lived with us also, Por Por …"): the other
        # is who the answer is about, unless the owner is told of by name again.
        fresh.sort(key=lambda w: _owner_of_someone(turn.text or "", w))
    if len(fresh) > 1 and turn.earlier:
        # Someone this answer brings in comes before someone an earlier answer already named
        # ("Mama kept the accounts … my brother Edgardo …" after "my mother, Luz": Edgardo).
        before = [who for answer in turn.earlier for who in _people(read(answer, known=turn.known))]
        told = {w.lower() for who in before for w in re.findall(r"[A-Za-zÀ-ÿ]+", f"{who.name} {who.said}")}
        told -= {"your", "my", "the", "our", "his", "her", "their"}
        fresh.sort(
            key=lambda w: (
                w.name.lower() in told
                or KIN.get(w.name.lower(), "") in told
                or _named_before(turn, w)
                or said_back(w.said, told)  # "your Kaka" after "Kaka Shiu Narayan", not "Mrs Okafor" after "Mrs Patel"
            )
        )
    if len(fresh) > 1:
        # Someone the teller puts off ("I'll get to Ron, don't let me forget Ron") comes after the others.
        fresh.sort(key=lambda w: _put_off(turn.text or "", w))
    if len(fresh) > 1:
        # Someone named only where the teller says who asks for the telling ("My daughter always says, start from
        # the beginning. Okay. I was born …") comes after everyone the memory itself names.
        fresh.sort(key=lambda w: emphasis.only_in_frame(turn.text or "", _forms(w)))
    if fresh:
        return _told_as(turn, _with_role(turn.text or "", fresh[0]))
    last = turn.last_id or ""
    # A rich answer that takes the one asked about somewhere new ("Simbok sold jamu … by Pasar Gede") is followed
    # there (:func:`place_to_follow`), not back to someone the answer before named.
    if turn.reading.rich and _places_of_its_own(turn):
        return None
    if (turn.last_category == "people" or last.startswith("who.")) and turn.earlier and _stays_with_last(turn):
        before = read(turn.earlier[-1], known=turn.known)
        waiting = [w for w in _people(before) if not _followed(turn, w) and not public_figure(turn.earlier[-1], w)]
        return waiting[0] if waiting else None
    return None


_PRONOUN = re.compile(r"\b(?:(?P<she>she|her|hers|herself)|(?P<he>he|him|his|himself))\b", re.IGNORECASE)


def _told_as(turn: Turn, who: Who) -> Who:
    """One whose name says no sex (no name list knows "Mercedes" or "Kajuq") is said back as the answer tells them:
    by the "she" or "he" said just after the first naming, before anyone else is named and within a few words ("I
    met Mercedes. Every Sunday she came in"); never one said as many ("your brothers"), nor a "her" of the teller's
    own sentence before the name."""
    text = turn.text or ""
    if who.pro != "they" or turn.reading is None or (name := _mention(who)) is None:
        return who
    if (first := name.search(text)) is None:
        return who
    after = text[first.end() :]
    others = [
        m.start() for o in _people(turn.reading) if o.key != who.key and (m2 := _mention(o)) for m in m2.finditer(after)
    ]
    pro = _PRONOUN.search(after)
    if pro is None or len(after[: pro.start()].split()) > _PRONOUN_WITHIN or any(at < pro.start() for at in others):
        return who
    if pro.group("she"):
        return Who(who.name, who.said, "she", "her", "was")
    return Who(who.name, who.said, "he", "him", "was")


_PRONOUN_WITHIN = 8  # words between the naming and the "she"/"he" said of them


def _owner_of_someone(text: str, who: Who) -> bool:
    """``who`` is first named as the owner of someone ("Madam's mother", "Tom's wife Ellen") and named by themself
    at most once more."""
    name = re.escape(who.name)
    said = list(re.finditer(rf"(?<![\w'’]){name}(?![\w-])", text, re.IGNORECASE))
    if not said:
        return False
    owner = re.compile(r"['’]s\s+(?:(?:little|big|old|young|eldest|youngest|late|own)\s+)?(?P<word>[a-zà-ÿ]+)\b")
    first = owner.match(text, said[0].end())
    if first is None or (first.group("word") not in KIN and first.group("word") not in PERSON_NOUNS):
        return False
    return sum(owner.match(text, m.end()) is None for m in said) < 2


def _others_relative(who: Who) -> bool:
    """Said as someone else's relative ("her brother", "his father", "their aunt"), not by name nor as the
    teller's own."""
    words = who.said.lower().split()
    return len(words) == 2 and words[0] in ("her", "his", "their") and words[1] in KIN


def _places_of_its_own(turn: Turn) -> bool:
    """This answer names a place no earlier answer or question named, where it happens (not only where someone
    came from, nor a place not gone to)."""
    text = turn.text or ""
    before = " ".join((*turn.earlier, turn.said))
    return any(
        not not_there(text, p)
        and not whence(text, p)
        and not re.search(rf"(?<![\w'’]){re.escape(p)}(?!\w)", before, re.IGNORECASE)
        for p in (turn.reading.places if turn.reading else [])
    )


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|ed|es|s)$", "", word) if len(word) > 5 else word.rstrip("s")


def _doing_the_topic(text: str, who: Who, about: str) -> bool:
    """``who`` is told, in their own clause, doing what the session is about: "Papa had a little workshop, he made
    chairs, and in the back my uncle Ti-Jak made the masks for Kanaval" in a session about carnival masks (Ti-Jak,
    not Papa). Either the title's doing said as a verb ("Farming in Kerry": "Dad farmed sixty acres") or its thing
    made ("wove the baskets"); never the thing only touched on ("my aunt Rosa sold the lace", "my cousin painted the
    name on the boat": the one who made it is still followed first). The title's words that say what, not where."""
    words = re.findall(r"[^\W\d_][\w'’-]*", about)
    what = {_stem(w.lower()) for i, w in enumerate(words) if len(w) >= 4 and (i == 0 or w[:1].islower())}
    what -= {"time", "life", "years", "days", "story", "your", "with", "from", "about"}
    doings = {_stem(w.lower()) for w in words if w.lower().endswith("ing") and len(w) > 5}
    forms = set(re.findall(r"[^\W\d_][\w'’-]*", f"{who.name} {who.said}".lower())) - _PLAIN
    for clause in re.split(r"[.!?;]|,\s+(?:and|but|while|whereas|then)\b", text):
        if not any(re.search(rf"(?<![\w'’-]){re.escape(f)}(?![\w-])", clause, re.IGNORECASE) for f in forms):
            continue
        said = re.findall(r"[^\W\d_][\w'’-]*", clause.lower())
        if doings & {_stem(w) for w in said if w.endswith(("ed", "ing", "s"))}:
            return True
        for made in _MADE.finditer(clause):
            if what & {_stem(w.lower()) for w in (made.group("thing"), made.group("then") or "")}:
                return True
    return False


# A thing made, right after a verb of making, in one word or two: "made the masks", "wove the flax baskets"
_MADE = re.compile(
    r"\b(?:made|make|makes|making|built|build|builds|building|carved|carves|carving|sewed|sewn|sews|sewing|stitched"
    r"|knitted|knits|wove|woven|weaves|weaving|baked|bakes|baking|cooked|cooks|painted|paints|shaped|forged|brewed"
    r"|crafted|moulded|molded|threw|turned|designed|grew|grows|growing)\s+(?:(?:the|a|an|his|her|their|our|my|all"
    r"|those|these|its)\s+)?(?P<thing>[^\W\d_][\w'’-]*)(?:\s+(?P<then>[^\W\d_][\w'’-]*))?",
    re.IGNORECASE,
)


# "Oh, but Saturday mornings, Lord!", "Ah, the regattas, my word!", "But oh, the dances!": a scene the teller
# lights up at, said as an exclamation of its own and then told.
_LIT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:oh|ah|och|ay)\s*,?\s+(?:but\s+)?|but\s+(?:oh|ah)\s*,?\s+)(?P<scene>[^.!?,;:]{3,40}?)\s*"
    r"(?:,\s*(?:lord|lordy|my\s+lord|good\s+lord|my\s+word|my\s+god|mercy|man|boy|oh\s+my|mon\s+dieu)\s*)?!",
    re.IGNORECASE,
)
_LIT_TOLD = 20  # words told after the exclamation: the scene is told, not only cried out
_AGAIN_TIMES = 3  # named this often by name in one long answer: the answer is about them again


def _lit_scene(turn: Turn) -> str | None:
    """The scene a long answer turns to with an exclamation ("Oh, but Saturday mornings, Lord!"), or None;
    never someone (a pronoun or name first: "Oh, she was a terror!") nor a cry with nothing told after."""
    text, reading = turn.text or "", turn.reading
    if reading is None or not reading.rich:
        return None
    for match in _LIT.finditer(text):
        scene = match.group("scene").strip()
        first = scene.split()[0].lower()
        if first in _NOT_SCENE or len(scene.split()) > 5 or len(text[match.end() :].split()) < _LIT_TOLD:
            continue
        return scene
    return None


_NOT_SCENE = frozenset(
    "i you he she it we they that this there then yes no what who how well my his her their our me him them".split()
)


# Someone kept for later by the teller: "I'll get to Ron", "I'll come back to Keith", "don't let me forget Ron",
# "remind me to tell you about Keith", "more about Joan another time" (the name follows: :func:`_put_off`).
_PUT_OFF = (
    r"\b(?:i'?ll|i\s+will|we'?ll|let\s+me)\s+(?:get|come)\s+(?:back\s+)?(?:round\s+|around\s+)?to\s+"
    r"|\b(?:don'?t|do\s+not)\s+(?:you\s+)?let\s+me\s+forget\s+(?:about\s+)?"
    r"|\bremind\s+me\s+to\s+tell\s+you\s+(?:about\s+)?|\b(?:more|tell\s+you)\s+about\s+(?=\S+\s+(?:later|another"
    r"\s+(?:time|day)|next\s+time)\b)"
)


def _put_off(text: str, who: Who) -> bool:
    """The teller keeps ``who`` for later in this answer ("Ron's my husband, I'll get to Ron")."""
    name = re.escape(who.name)
    return bool(re.search(rf"(?:{_PUT_OFF})(?:my\s+\w+\s+)?{name}(?![\w'’])", text, re.IGNORECASE))


def _comes_back_to(turn: Turn) -> Who | None:
    """Someone already asked about whom this long answer is about again, named by name again and again
    ("Mama, who hadn't sung since … Mama opened her mouth … I never asked Mama"), not yet asked about again."""
    if turn.reading is None or not turn.reading.rich:
        return None
    people = _people(turn.reading)
    for who in people:
        told = _told_of_times(turn.text or "", who, people, turn.reading.places)
        named = max(_times_named(turn.text or "", who), told)
        if _followed(turn, who) and named >= _AGAIN_TIMES and f"again.{who.key}" not in turn.asked_ids:
            return who
    return None


def _told_of_times(text: str, who: Who, others: list[Who], places: list[str]) -> int:
    """How often an answer tells of someone in the sentences that name them: each naming (by any form of the name,
    "Tonton Ti-Jak" once) and each "he"/"she" said there after them ("Tonton Ti-Jak, he never drew first, he painted
    straight … Tonton said no": four). A "he" after another one named ("my father was in the hospital, so Tomás
    took the boat out alone; he rowed …") is the other's, also when the reader did not take the name for someone."""
    if (name := _mention(who)) is None or who.pro not in ("he", "she"):
        return 0
    alike = [(o, m) for o in others if o.pro == who.pro and (m := _mention(o)) is not None]
    told = 0
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        marks = [(m.start(), o.key == who.key) for o, mention in alike for m in mention.finditer(sentence)]
        if not any(mine for _, mine in marks):
            continue
        told += sum(mine for _, mine in marks)
        marks = sorted(marks + _other_names(sentence, name, places))
        for pro in re.finditer(rf"\b{who.pro}\b", sentence, re.IGNORECASE):
            before = [mine for at, mine in marks if at < pro.start()]
            told += bool(before) and before[-1]
    return told


def _other_names(sentence: str, name: re.Pattern[str], places: list[str]) -> list[tuple[int, bool]]:
    """Where a sentence names, inside it, someone or something else by a capital: not a place of the answer, not a
    word that is no name, not the one counted."""
    return [
        (m.start(), False)
        for m in re.finditer(r"(?<=[\w,;]\s)(?-i:[A-ZÀ-Þ])[\w'’-]+", sentence)
        if m.group(0).lower() not in NOT_NAMES and name.fullmatch(m.group(0)) is None and m.group(0) not in places
    ]


def _mention(who: Who) -> re.Pattern[str] | None:
    """Any form of someone's name, one name of several words once ("Tonton Ti-Jak")."""
    forms = set(re.findall(r"[^\W\d_][\w'’-]*", f"{who.name} {who.said}".lower())) - _PLAIN
    if not forms:
        return None
    name = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{name})(?:\s+(?:{name}))*(?![\w-])", re.IGNORECASE)


def _named_before(turn: Turn, who: Who) -> bool:
    """An earlier answer brought this one in as the teller's own, by name with its capital after "my" or "our",
    even where it was not read as a person there ("My Ake kept the horses": a father by the family's word for
    him): told before, as a relative an earlier answer named is."""
    name = who.name
    if not name[:1].isupper() or name.lower() in KIN:
        return False
    own = re.compile(rf"\b(?i:my|our)\s+{re.escape(name)}(?!\w)")
    return any(own.search(answer) for answer in turn.earlier)


# Someone said with who they were, just after, between commas: "Her son, the doctor, he taught me", "my uncle,
# the priest, who …", "Señora Pilar, the cook." (one word of a trade or office, :data:`PERSON_NOUNS` without the
# words that only say a person: "my brother, the boy", "the man"; never a thing: "my brother, the car"). Never one
# item of a list: a role followed by "and" or by another one named ("with my mother, the nurse, and the baby", "my
# aunt, the nurse, my cousins").
_ROLE = re.compile(
    r"\s*,\s+the\s+(?P<role>[a-zà-ÿ]{3,})(?=\s*[,.;:]|\s+(?:he|she|who|was)\b)"
    r"(?!\s*,\s*(?:(?:and|or|nor|plus)\b|&|(?:the|my|our|his|her|their|a|an)\s+[^\W\d_]+\s*(?:,|and\b|or\b|[.;:]|$)))"
)
_NOT_ROLE = frozenset(
    """baby boy chap child fella fellow friend gentleman girl guy kid lad lady lass man men person someone woman
    women""".split()
)


def _with_role(text: str, who: Who) -> Who:
    """``who`` said back with the role the answer gave them in apposition ("your son, the doctor")."""
    if ", the " in who.said:
        return who
    for form in dict.fromkeys((who.said.split(",")[0], who.name)):
        own = re.sub(r"^(?:your|my)\s+", "", form)
        for said in re.finditer(rf"(?<![\w'’]){re.escape(own)}(?!\w)", text, re.IGNORECASE):
            role = _ROLE.match(text, said.end())
            if role and role.group("role") in PERSON_NOUNS and role.group("role") not in _NOT_ROLE:
                return Who(who.name, f"{who.said}, the {role.group('role')}", who.pro, who.obj, who.was)
    return who


def _only_owner(turn: Turn, who: Who) -> bool:
    """Someone told of in an earlier answer and named in this one only as the owner of a thing ("Daddy's
    banjo still in its bag" on the day of the move): the answer is not about them."""
    forms = set(re.findall(r"[^\W\d_]+", f"{who.name} {who.said}".lower())) - _PLAIN
    said = [m for f in forms for m in re.finditer(rf"\b{re.escape(f)}\b", turn.text or "", re.IGNORECASE)]
    if not said or not all(re.match(r"['’]s\b", (turn.text or "")[m.end() :]) for m in said):
        return False
    return any(re.search(rf"\b{re.escape(f)}\b", answer, re.IGNORECASE) for f in forms for answer in turn.earlier)


def _forms(who: Who) -> set[str]:
    """The words of someone's name and of how they are said back, without "your", "the"."""
    return set(re.findall(r"[^\W\d_][\w'’-]*", f"{who.name} {who.said}".lower())) - _PLAIN


# A public figure, not someone of the teller's life to ask "what were they like": one named by a style of address
# ("His Holiness", "Her Majesty", "His Excellency"), by an office alone ("the Pope", "the President"), or heard and
# seen only through the radio, records, films or the news ("a radio with Rhoma Irama", "songs of Oum Kalthoum",
# "Nehru on the wireless").
_STYLE = r"(?:his|her|your|their)\s+(?:royal\s+)?(?:holiness|majesty|highness|excellency|eminence|beatitude|grace)"
_OFFICE = frozenset(
    """pope president king queen emperor empress shah sultan tsar czar kaiser pharaoh premier chancellor
    holiness majesty highness excellency eminence""".split()
)
# what carries a voice ("a radio with Rhoma Irama", "records by Umm Kulthum") or a work ("songs of Lata", "films of
# Raj Kapoor"); never "songs with Pedro", which he sang beside the teller
# never "records with Tony Mensah" (made with the teller) nor "a cassette of Joseph Banda singing at our wedding"
_MEDIA = (
    r"(?:(?:radios?|wireless)\s+(?:with|of|by)|(?:records?|cassettes?|tapes?|albums?)\s+(?:of|by)"
    r"|(?:songs?|music|films?|movies?|concerts?|posters?)\s+(?:of|by))"
)
_OF_OURS = r"\s+(?:singing|playing|speaking|talking|dancing|preaching)\s+(?:at|in|for)\s+(?:my|our|his|her|their)\b"
# An office word that is also a given name or a surname ("Sultan Ahmed", "Queen Okafor", "Ramesh Shah", "Hans
# Kaiser", "Martin King"): a title before a name only when no one of the teller's own ("my friend", "a boy") is said
# before it in the sentence.
_OFFICE_AS_NAME = frozenset("king queen sultan shah kaiser".split())
_STYLE_WORDS = frozenset("holiness majesty highness excellency eminence".split())


def _office(text: str, who: Who) -> bool:
    """``who`` is named by an office (:data:`_OFFICE`): a style as the name ("Her Majesty", "Holiness"), an office
    alone with "the" ("the Pope", "the Queen"), or an office as a title before a name ("President Kennedy",
    "King Hussein"); never an office word that ends an ordinary name ("Hans Kaiser", "Martin King")."""
    words = who.name.lower().split()
    if words[-1] in _STYLE_WORDS and (len(words) == 1 or words[0] in ("his", "her", "your", "their")):
        return True
    name = re.escape(who.name)
    if len(words) == 1:
        return words[0] in _OFFICE and bool(re.search(rf"\bthe\s+{name}(?![\w-])", text, re.IGNORECASE))
    if words[0] not in _OFFICE:
        return False
    if words[0] not in _OFFICE_AS_NAME:
        return True
    said = list(re.finditer(rf"(?<![\w-]){name}(?![\w-])", text, re.IGNORECASE))
    for one in said:
        before = text[max(text.rfind(stop, 0, one.start()) for stop in ".!?") + 1 : one.start()]
        if re.search(r"\b(?:my|our|a|an|friend|neighbou?r|boy|girl|man|woman)\b", before, re.IGNORECASE):
            return False
        if re.match(r",?\s+(?:was|is|,)?\s*(?:my|our|a|an)\b", text[one.end() :], re.IGNORECASE):
            return False
    return bool(said)


def public_figure(text: str, who: Who) -> bool:
    """``who`` is a public figure in ``text`` (:data:`_STYLE`): never one the teller calls by a family word."""
    forms = _forms(who)
    if not forms or forms & set(KIN) or forms & (_SHE | _HE) - {"lady"}:
        return False
    if _office(text, who):
        return True
    name = re.escape(who.name)
    return bool(
        re.search(rf"\b{_STYLE}\s+(?:the\s+)?(?:\w+\s+)?{name}(?![\w-])", text, re.IGNORECASE)
        or re.search(rf"\b{_MEDIA}\s+{name}(?![\w-])(?!{_OF_OURS})", text, re.IGNORECASE)
        or re.search(
            rf"(?<![\w-]){name}\s+(?:on|in)\s+the\s+(?:radio|wireless|television|tv|telly|news|papers?|newspapers?)\b",
            text,
            re.IGNORECASE,
        )
    )


# Come, visiting or passing where the teller was: "came to Toronto", "visited our school", "drove past".
_CAME = (
    r"(?:came|come|comes|visited|visits|passed|drove|rode|arrived|landed|spoke|opened|blessed|waved|toured"
    r"|was\s+(?:there|coming|visiting|passing))\b"
)


def _seen_in_person(turn: Turn) -> str | None:
    """A public figure (:func:`public_figure`) this answer tells come where the teller was, as the teller said
    them ("His Holiness", "the Queen"), not yet asked about; never one only heard on the radio or records."""
    text = turn.text or ""
    if turn.reading is None:
        return None
    for who in _people(turn.reading):
        if not public_figure(text, who):
            continue
        name = re.escape(who.name)
        forms = (
            rf"\b(?:his|her|your|their)\s+(?:royal\s+)?{name}(?![\w-])",  # "Holiness" read: "His Holiness" said
            rf"\b{_STYLE}\s+(?:\w+\s+)?{name}(?![\w-])",  # "His Majesty King Hussein"
            rf"\bthe\s+{name}(?![\w-])",
            rf"(?<![\w-]){name}(?![\w-])",
        )
        said = next((m for f in forms if (m := re.search(f, text, re.IGNORECASE)) is not None), None)
        if said is None or not re.match(rf"[^.!?;]{{0,40}}?\b{_CAME}", text[said.end() :], re.IGNORECASE):
            continue
        figure = said.group(0)
        if figure.lower() in turn.said.lower() or f"occasion.{slug(figure)}" in turn.asked_ids:
            continue
        return figure
    return None


def _times_named(text: str, who: Who) -> int:
    """How often an answer names someone by their name (not "she"/"he")."""
    return len(re.findall(rf"(?<![\w'’]){re.escape(who.name)}(?![\w])", text, re.IGNORECASE))


def _left_behind(text: str, who: Who) -> bool:
    """Named only before the teller changed the subject ("Mudder fed him better. Anyhow. '41 I went …"):
    what came before the marker is the subject left, not one to follow."""
    start = wishes.new_subject_at(text)
    if start is None:
        return False
    forms = set(re.findall(r"[^\W\d_]+", f"{who.name} {who.said}".lower())) - _PLAIN
    return not any(re.search(rf"\b{re.escape(f)}\b", text[start:], re.IGNORECASE) for f in forms)


def _stays_with_last(turn: Turn) -> bool:
    """This answer is still about the one the last question asked about: a short or plain reply,
    one that opens with "she"/"he", or one that names them again ("Mother was quiet…" after a question
    about "your mother, Helen"). A scene that moves on ("Then 1956. The ships would sail again …"
    after a question about Halina) is not: the next one an earlier answer named would come out of nowhere."""
    reading, text = turn.reading, turn.text or ""
    told = reading is not None and (reading.rich or (reading.situated and reading.words >= _MOVED_ON_WORDS))
    if not told or re.match(r"\W*(?:he|she|they)\b", text, re.IGNORECASE):
        return True
    asked = (turn.last_text or "").lower()
    plain = {"your", "my", "our", "the", "his", "her", "their"}
    for answer in turn.earlier[-2:]:
        for who in _people(read(answer, known=turn.known)):
            if who.name.lower() in asked or who.said.lower() in asked:
                forms = set(re.findall(r"[^\W\d_]+", f"{who.name} {who.said}".lower())) - plain
                if any(re.search(rf"\b{re.escape(form)}\b", text, re.IGNORECASE) for form in forms):
                    return True
    return False


def place_to_follow(turn: Turn, ack: str | None = None) -> str | None:
    """A place this answer named, when it named nobody still to ask about and the last question was
    not already about a place. After a follow about someone, a rich answer whose people were all asked
    about is followed by where it happened before any stock question. A long scene whose people
    appear only at its edge is followed by what it is about: the event or thing it names first
    ("the Esala Perahera"), else its place. Never the place the acknowledgement just named."""
    reading = turn.reading
    if reading is None or not reading.rich or (turn.last_id or "").startswith("where."):
        return None
    edge = _people_at_edge(turn)
    text = turn.text or ""
    # someone still to ask about, as :func:`to_follow` would ("Daddy's banjo" names no one to ask about)
    waiting = (
        w
        for w in _people(reading)
        if not _only_owner(turn, w) and not _left_behind(text, w) and not public_figure(text, w)
    )
    if not edge and any(not _followed(turn, w) for w in waiting):
        return None
    said = f"{turn.said} {ack or ''}".lower()
    places = [p for p in reading.places if not not_there(text, p)]
    places.sort(key=lambda p: emphasis.only_in_frame(text, {p}))
    things = [t for t in reading.things if not goods_by_name(text, t)]  # "the Sunlight soap" is no scene
    named = [*things, *places] if edge else [p for p in places if not whence(text, p)]
    return next((p for p in named if p.lower() not in said), None)


def _people_at_edge(turn: Turn) -> bool:
    """A long scene (three sentences or more) whose people are only relatives named in its last
    sentence ("… and Aiya and I were permitted to stay awake"): the answer is about the scene, not
    them. Someone new brought in at the end ("Next to my mother sat Doña Chole, who …") is no edge."""
    reading, text = turn.reading, (turn.text or "").strip()
    if reading is None or not reading.people or not reading.rich:
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
    if len(sentences) < 3:
        return False
    last = len(text) - len(sentences[-1])
    for who in _people(reading):
        if who.name.lower() not in KIN and not set(who.name.lower().split()) & set(KIN.values()):
            return False
        forms = set(re.findall(r"[^\W\d_]+", f"{who.name} {who.said}".lower())) - _PLAIN
        found = [m.start() for f in forms for m in re.finditer(rf"\b{re.escape(f)}\b", text, re.IGNORECASE)]
        if not found or min(found) < last:
            return False
    return True


def _session_people(turn: Turn) -> list[Who]:
    seen: dict[str, Who] = {}
    for answer in (*turn.earlier, turn.text or ""):
        for who in _people(read(answer, known=turn.known)):
            seen.setdefault(who.key, who)
    return list(seen.values())


# "the wedding of my sister Hanka", "the christening of our Marek": a thing of someone's, said with "of"
_THING_OF = re.compile(
    r"^(?:the|a|an|that|this)\s+(?:\w+\s+)?(?!(?:life|lives|story|stories|days|times|memory|memories)\s)\w+\s+of\s+",
    re.IGNORECASE,
)
# "Władek and his accordion", "Nana with her sewing machine": a thing of theirs (not "my uncle and his brothers")
_THING_WITH = re.compile(
    r"\b(?:and|with)\s+(?:his|her|their)\s+(?!(?:" + "|".join(map(re.escape, KIN)) + r")\b)\w+", re.IGNORECASE
)


def _known_person(turn: Turn, phrase: str) -> Who | None:
    """The person a request names ("my uncle Yaw"), or None; "Aunt May's kitchen", "my father's
    workshop", "the wedding of my sister Hanka", "Władek and his accordion" name a thing of theirs, which is
    the subject (not "the life of my uncle Yaw", which is his)."""
    if re.search(r"\w['’]s?\s+\w", phrase) or _THING_OF.match(phrase):
        return None
    if _THING_WITH.search(phrase):
        return None
    words = set(re.findall(r"[a-zà-ÿ]+", phrase.lower()))
    for who in _session_people(turn):
        if set(who.name.lower().split()) & words - {"my", "the", "our"}:
            return who
    kin = _people(read(phrase[0].upper() + phrase[1:] if phrase else phrase))
    return kin[0] if kin and kin[0].name[:1].isupper() else None


def _who_asked(turn: Turn) -> Who | None:
    """The person the last question was about (``who.<name>``), read back from the earlier answers."""
    last = turn.last_id or ""
    if not last.startswith("who."):
        return None
    key = last.split(".")[1]
    return next((w for w in _session_people(turn) if w.key == key), None)


# --- where we are ----------------------------------------------------------------------------


def _here(turn: Turn, subs: list[Subject], answered: Subject | None) -> Subject | None:
    """The subject of the conversation: the one the last question was about, else the first."""
    if answered is not None:
        return answered
    if turn.last is not None and turn.last.topic_id is not None:
        found = next((s for s in subs if s.topic_id == turn.last.topic_id), None)
        if found is not None:
            return found
    return subs[0] if subs else None


def _pending(turn: Turn, subs: list[Subject], here: Subject | None) -> list[tuple[Subject, str]]:
    """Stock questions not yet asked: the current subject's first, then the others in order."""
    order = ([here] if here is not None else []) + [s for s in subs if s != here]
    return [(s, c) for s in order for c in STORY_CATEGORIES if f"{c}{s.key}" not in turn.asked_ids]


def _topic_of(turn: Turn, subs: list[Subject]) -> uuid.UUID | None:
    here = _here(turn, subs, _answered(turn, subs)[1])
    return here.topic_id if here else None


def _matching_topic(subs: list[Subject], phrase: str, *, whole: bool = False) -> Subject | None:
    words = _content(phrase)
    for s in subs:
        title = _content(s.title)
        if s.topic_id is not None and words & title and (not whole or title <= words):
            return s
    return None


def _content(text: str) -> set[str]:
    stop = {"my", "our", "the", "a", "an", "of", "in", "at", "on", "to", "and", "time", "life", "years", "days"}
    stop |= {"how", "what", "when", "where", "why", "who", "got", "came", "went"}  # "How I got to Bochum"
    return {w.rstrip("s") for w in re.findall(r"[a-zà-ÿ]+", text.lower()) if w not in stop and len(w) > 2}


def _fresh(turn: Turn, qid: str) -> str:
    """``qid``, or ``qid.2``, ``qid.3``… when it was already asked (ids stay unique)."""
    if qid not in turn.asked_ids:
        return qid
    n = 2
    while f"{qid}.{n}" in turn.asked_ids:
        n += 1
    return f"{qid}.{n}"


def _coverage(subject: Subject, category: str | None) -> LinkTopicArgs | None:
    """Raise the topic's coverage level as its categories get answered (never lower it)."""
    level = _LEVEL_AFTER.get(category or "")
    current = subject.coverage if subject.coverage in _LEVELS else "introduction"
    if subject.topic_id is None or level is None or _LEVELS.index(level) <= _LEVELS.index(current):
        return None
    return LinkTopicArgs(topic_id=subject.topic_id, is_primary_focus=subject.primary, coverage_level=level)  # type: ignore[arg-type]


def _answered(turn: Turn, subs: list[Subject]) -> tuple[str | None, Subject | None]:
    """The story category and subject of the question being answered ("scene@ab12cd34.more" → scene)."""
    qid = turn.last_id or ""
    head = qid.split(".")[0]
    category, _, key = head.partition("@")
    key = f"@{key}" if key else ""
    subject = next((s for s in subs if s.key == key), None) if "@" in head or not subs[0].key else None
    if subject is None and turn.last is not None and turn.last.topic_id is not None:
        subject = next((s for s in subs if s.topic_id == turn.last.topic_id), None)
    return (category if category in STORY_CATEGORIES else None), subject


def _titles(titles: list[str]) -> str:
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]


def _title_case(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


def _year(value: Any) -> int | None:
    if value is None:
        return None
    if hasattr(value, "year"):
        return int(value.year)
    match = re.match(r"\d{4}", str(value))
    return int(match.group()) if match else None
