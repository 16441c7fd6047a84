"""Study sessions: ask the session's questions in order and record every attempt.

Each answer is checked against the expected answer of the question just asked
(``agent.guided.grading``) and recorded with record_attempt, with the time since the
question was asked. After the last question the score is read back and an end proposed.
A session without questions asks the learner what they are studying instead.

The tutor listens as well as grades. A reply that makes no attempt (to hear the question
again, a moment to think, "keep going", "that's a tricky one") is not graded: the same question
is asked again, or the next if the learner skipped it (:func:`grading.no_attempt`). A loss told
beside an answer, right, wrong or none (:mod:`agent.guided.care`), is met with care before the
next question, and kept private as in a story or practice; a wish to stop for today
(:func:`wishes.tired`, the story planner's reader) ends the session with the questions left for
next time.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Set as AbstractSet
from typing import Any

from agent.guided import care, freeform, grief, wishes
from agent.guided.figure_in_prose import figure_in_prose
from agent.guided.grading import (
    answers_open_question,
    asks_of_death,
    expected_answers,
    grade,
    is_correct,
    no_attempt,
    normalise,
    pause_asked,
    tells_own_loss,
    told_with_wish,
)
from agent.guided.naming import address_name
from agent.guided.phrasing import join, pick, rotate
from agent.guided.records import annotation, answered_marks
from agent.guided.spoken_figures import ordinal_asked, ordinal_digits
from agent.guided.state import Outcome, Turn, clean, elapsed_ms, question_id, read_turn, sentence
from agent.model import InteractionView, PromptInfo, TurnContext
from agent.tools import Args, KeepPrivateArgs, ProposeEndArgs, RecordAttemptArgs

_AGAIN = re.compile(r"^(?P<base>.+)\.(?:again|tell)\.\d+$")


def respond(ctx: TurnContext) -> Outcome:
    turn = read_turn(ctx)
    questions = [q for q in ctx.data.get("questions") or [] if q.get("id") and q.get("prompt")]
    if not questions:
        return freeform.respond(ctx, turn, "question")
    calls: list[tuple[str, Args]] = []
    if (note := annotation(turn)) is not None:
        calls.append(("annotate_response", note))
    by_id = {q["id"]: q for q in questions}
    current = base_id(turn.last_id, by_id)
    text = turn.text or ""
    # After care the person may go on and answer the question the loss interrupted: graded against it.
    after_care = answered_after_care(text, ctx.asked, by_id) if care.answers_care(turn) else None
    # ... or, the question before the care answered, the next one, not yet asked (a learner with the sheet)
    ahead = None
    if care.answers_care(turn) and after_care is None and interrupted(ctx, by_id) is None:
        ahead = answered_ahead(text, [q for q in questions if q["id"] not in turn.asked_ids])
    current = after_care or ahead or current
    done_ahead = {qid for qid in _ahead_in_history(ctx, by_id, turn.asked_ids).values() if qid is not None}
    ack = None
    wish = None  # what a reply that is no attempt asks for
    correct = None
    tell = None  # what the learner would like to tell before answering, taken up with the question waiting
    if turn.answer is not None and turn.last is not None and current is not None:
        question = by_id[current]
        expected = expected_answers(question)
        shown = sentence(expected[0]) if expected else None
        if expected:
            wish = None if turn.skipped else no_attempt(text, expected, question.get("prompt"))
            correct = grade(text, expected, skipped=turn.skipped, prompt=question.get("prompt"))
            if not turn.skipped and not correct:
                tell = wish_to_tell(text, expected, question.get("prompt"))
                if tell is None and wish == "tell" and told_with_wish(text):
                    wish = "told"  # the wish and what it tells in one reply ("Wait, before this one. Last year…")
                elif tell is None and wish == "tell":
                    tell = ""  # a wish to tell naming nothing ("Can I tell you something?"): invited all the same
                if tell is None and told(turn.last_id, text, expected):
                    wish = "told"
                if tell is not None or wish == "told":
                    correct = None
            if correct is not None:
                calls.append(
                    (
                        "record_attempt",
                        RecordAttemptArgs(
                            is_correct=correct,
                            expected_answer=clean(expected[0], 2_000),
                            question_id=current[:32],
                            response_time_ms=elapsed_ms(turn.last.created_at, ctx.now),
                            topic_id=topic_for(ctx, question),
                        ),
                    )
                )
                if correct:  # what the indicators ask that this question asked ("Knows how many senators …")
                    marks = answered_marks(ctx, question["prompt"], expected[0], answered(ctx, by_id, turn.asked_ids))
                    calls.extend(("mark_indicator", mark) for mark in marks)
                skipped = turn.skipped or wish == "skip"
                bank = "study/skip" if skipped else "study/correct" if correct else "study/incorrect"
                ack = rotate(ctx.session_id, turn.count, bank, expected=shown)
        else:
            ack = rotate(ctx.session_id, turn.count, "study/noted")

    # A loss told comes first: no praise and no next question in the same breath, a moment offered. To a
    # question about a death or an illness, an answer talks of death ("She died in 1900."): care and privacy
    # only for a loss of the person's own told in it.
    prompt = by_id[current].get("prompt") if current is not None else None
    guess_at_death = correct is not None and asks_of_death(prompt) and not tells_own_loss(text, prompt)
    # As in a story or practice: a death, an illness, abuse or money told beside an answer stays in
    # the transcript only (the attempt is still recorded).
    private = grief.sensitive(turn.text) if turn.answer is not None and not guess_at_death else None
    if private:
        calls.append(("keep_private", KeepPrivateArgs(topic=private)))  # type: ignore[arg-type]
    if not guess_at_death and (met := care.meet(ctx, turn, calls, right=correct is True)) is not None:
        return met

    greeting = None
    if turn.first or ctx.opening:
        greeting = pick(
            ctx.session_id,
            "opening",
            "study/opening",
            person_name=address_name(ctx.person_name, ctx.person_called),
            intention=sentence(ctx.intention),
            total=len(questions),
            returning=not turn.first,
        )
    upcoming = [(n, q) for n, q in enumerate(questions, start=1) if q["id"] not in turn.asked_ids | done_ahead]
    # a reply graded right is no wish to stop unless what it says beside the answer is ("Ciao." to how to say goodbye)
    said = beside_answer(text, expected_answers(by_id[current])) if correct and current is not None else text
    if ahead is not None:
        said = text[ahead_end(text, by_id[ahead]) :]  # a wish to go on before it is spent by answering
    stop = bool(text) and (wish == "stop" or (wishes.tired(said) and not wishes.not_done(said)))
    if stop and "closing" in turn.asked_ids:
        return _goodbye(ctx, turn, calls)
    if stop and (upcoming or (current is not None and correct is None)):
        return _stop(ctx, turn, questions, by_id, join(greeting, ack), calls)

    if current is not None and tell is not None:
        lead = pick(ctx.session_id, f"{current}.tell.{turn.count}", "study/tell", subject=tell or None)
        info = PromptInfo("question", f"{current}.tell.{turn.count}", topic_for(ctx, by_id[current]))
        return Outcome(join(greeting, lead), info, calls)
    if current is not None and correct is None and wish in ("repeat", "pause", "on", "remark", "told", "loss"):
        # No attempt: the same question again.
        bank = "study/told" if wish == "told" else "study/again"
        lead = rotate(ctx.session_id, turn.count, bank, why=wish)
        return _ask_again(ctx, turn, questions, current, join(greeting, lead), calls)

    if (resumed := care.resume(ctx, turn)) is not None:
        if after_care is not None or ahead is not None:
            ack = join(resumed, ack)  # the open question (or the next) answered: graded, then the next
        elif (turn.last_id or "").startswith(care.PREFIX) and pause_asked(text):
            qid = f"pause.{turn.count}"
            return Outcome(pick(ctx.session_id, qid, "study/pause"), PromptInfo("followup", qid), calls)
        else:
            ack = resumed
            if (pending := interrupted(ctx, by_id)) is not None:
                # The loss was told instead of an answer: the question it interrupted is still open.
                return _ask_again(ctx, turn, questions, pending, ack, calls)

    if upcoming:
        number, question = upcoming[0]
        text = pick(
            ctx.session_id,
            question["id"],
            "study/question",
            number=number,
            total=len(questions),
            prompt=question["prompt"].strip(),
            subject=question.get("subject"),
        )
        info = PromptInfo("question", question["id"], topic_for(ctx, question))
        return Outcome(join(greeting, ack, text), info, calls)

    if "closing" in turn.asked_ids:
        extra = 1 + sum(1 for q in turn.asked_ids if q.startswith("extra."))
        text = join(greeting, ack, rotate(ctx.session_id, turn.count, "study/after_close"))
        return Outcome(text, PromptInfo("closing", f"extra.{extra}"), calls)
    right = score(ctx, by_id, turn.asked_ids)
    graded = [q for q in questions if expected_answers(q)]
    reason = f"All {len(questions)} questions have been asked" + (
        f"; {right} of {len(graded)} answered correctly." if right is not None else "."
    )
    if resumed is None or stop or not wishes.goes_on(text):
        # After care, a wish to go on ("No, carry on, I'm alright") proposes no end: the closing offers one;
        # a wish to stop said with it ("Go on then, I'm fine. That's enough for today.") still does.
        calls.append(("propose_end", ProposeEndArgs(reason=reason)))
    total = len(graded) if right is not None else len(questions)
    name = address_name(ctx.person_name, ctx.person_called)
    closing = pick(ctx.session_id, "closing", "study/closing", person_name=name, total=total, correct=right)
    return Outcome(join(greeting, ack, closing), PromptInfo("closing", "closing"), calls)


def beside_answer(text: str, expected: list[str]) -> str:
    """The reply without the span where the answer was said: what it says beside the answer ("Ciao. Bye for now."
    to how to say goodbye in Italian leaves ". Bye for now."). Only that span goes, said once or repeated at once
    ("Ciao, ciao!"): the answer's words said again in a wish ("Stop. Let's stop there for today.") stay. Without
    the answer said word for word, every word of it goes."""
    tokens = list(_TOKEN.finditer(text))
    plain = [normalise(token.group()) for token in tokens]
    for wording in sorted({normalise(t) for t in expected if normalise(t)}, key=len, reverse=True):
        reach = len(wording.split()) + 2  # a token may normalise to no word or to two ("l'eau")
        spans = [
            (n, m)
            for n in range(len(tokens))
            for m in range(n + 1, min(n + reach, len(tokens)) + 1)
            if _says(plain[n:m], wording)
        ]
        if not spans:
            continue
        first, last = min(spans)
        while (more := next((m for n, m in spans if n == last), None)) is not None and _CLAUSE_END.match(
            text[tokens[more - 1].end() :]
        ):
            last = more  # the answer said again at once, as a clause of its own ("Ciao, ciao!")
        return text[: tokens[first].start()] + text[tokens[last - 1].end() :]
    words = {normalise(t) for t in expected}
    wanted = {w for t in words for w in t.split()} | {t.replace(" ", "") for t in words}

    def answer_word(found: re.Match[str]) -> str:
        plain = normalise(found.group())
        kept = not plain or not (set(plain.split()) <= wanted or plain.replace(" ", "") in wanted)
        return found.group() if kept else ""

    return _TOKEN.sub(answer_word, text)


_TOKEN = re.compile(r"[^\s.,;:!?]+")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?…]|$)")


def _says(words: list[str], wording: str) -> bool:
    """Whether normalised tokens say ``wording`` (normalised), with or without its spaces ("à demain", "ademain")."""
    said = " ".join(w for w in words if w)
    return bool(words[0]) and bool(words[-1]) and (said == wording or said.replace(" ", "") == wording.replace(" ", ""))


def _ask_again(
    ctx: TurnContext,
    turn: Turn,
    questions: list[dict[str, Any]],
    current: str,
    lead: str,
    calls: list[tuple[str, Args]],
) -> Outcome:
    """A question not yet attempted asked again, under an id of its own ("q5.again.7")."""
    number, question = next((n, q) for n, q in enumerate(questions, start=1) if q["id"] == current)
    qid = f"{current}.again.{turn.count}"
    text = pick(
        ctx.session_id,
        qid,
        "study/question",
        said=turn.said,
        number=number,
        total=len(questions),
        prompt=question["prompt"].strip(),
        subject=question.get("subject"),
    )
    return Outcome(join(lead, text), PromptInfo("question", qid, topic_for(ctx, question)), calls)


def wish_to_tell(text: str, expected: list[str], prompt: str | None) -> str | None:
    """What the learner would like to tell before answering ("Wait, before the next one, let me tell you
    about the mill"), when nothing before the wish is an answer; None otherwise ("Paris. Let me tell you
    about my trip there" is an answer first)."""
    request = wishes.request(text)
    start = wishes.offered_from(text)
    if request is None or start is None or no_attempt(text[:start], expected, prompt) is None:
        return None
    return request.subject


def told(last_id: str | None, text: str, expected: list[str]) -> bool:
    """The reply to a wish to tell taken up (a ``.tell.`` prompt) is what they told, not an answer, unless
    it is a few words or says the answer."""
    if not _AGAIN.match(last_id or "") or ".tell." not in (last_id or ""):
        return False
    longest = max((len(normalise(t).split()) for t in expected), default=0)
    return not is_correct(text, expected) and len(normalise(text).split()) > max(4, longest + 2)


def interrupted(ctx: TurnContext, by_id: dict[str, dict[str, Any]]) -> str | None:
    """The question asked before a moment of care (or a pause) whose reply was no attempt, if any."""
    return _open_before(ctx.asked, by_id)


def answered_after_care(text: str, views: list[InteractionView], by_id: dict[str, dict[str, Any]]) -> str | None:
    """The question left open before the moment of care (or pause) last in ``views`` when ``text``, the
    reply to it, answers that question (:func:`grading.answers_open_question`); None otherwise."""
    pending = _open_before(views, by_id)
    if pending is None:
        return None
    question = by_id[pending]
    return pending if answers_open_question(text, expected_answers(question), question.get("prompt")) else None


def _answer_sentences(text: str, question: dict[str, Any]) -> list[tuple[int, bool]]:
    """Where each sentence of ``text`` ends, and whether it is ``question``'s right answer said on its own: a
    short sentence (the answer's length and two words more, at least four) that is no request and is right."""
    expected = expected_answers(question)
    prompt = question.get("prompt")
    longest = max((len(normalise(t).split()) for t in expected), default=0)

    def alone(part: str) -> bool:
        words = normalise(part).split()
        return (
            0 < len(words) <= max(4, longest + 2)
            and not set(words) & _SOMEONE  # "She had five grandchildren." answers no "how many"
            and no_attempt(part, expected, prompt) is None
            and is_correct(part, expected, prompt)
        )

    found = []
    for said in _SENTENCE.finditer(text):
        right = alone(said.group())
        if not right and not set(normalise(said.group()).split()) & (_SOMEONE | _OF_THE_LOSS):
            # or a clause of its own in a longer sentence about no one ("It's okay, next one, Collina.", "Collina,
            # the Italian with no hair."); never beside talk of someone ("Lima, where she was buried.")
            right = any(alone(part) for part in _CLAUSE.split(said.group()) if part.strip())
        found.append((said.end(), right))
    return found


def answered_ahead(text: str, upcoming: list[dict[str, Any]]) -> str | None:
    """The next question, not yet asked, when ``text`` (the reply to a moment of care, the question before it
    answered) says its right answer in a sentence of its own ("It's okay, ask the last one. Collina."): a learner
    revising from the sheet goes on by answering it. Never a wrong answer, one inside talk of someone ("She had
    five grandchildren."), or a question further on.

    The reply is first a reply to the care, so only a real sign of going on counts. A name or term said alone
    is one ("Thank you. Collina."). A yes or no never is (the care offer is itself a yes/no question: "No, I'm
    fine, go on."), nor a reply that asks to hold on ("Wait a second."). A figure, an ordinal or a colour (what
    talk of the loss is full of: "Eleven years ago now.", "Red roses at the funeral.") is one only where the
    learner says they go to the question ("next one", "the last one") and says it bare, with nothing but words
    of the question beside it ("Okay, next one. Eleven players.")."""
    if not upcoming or not (expected := expected_answers(upcoming[0])):
        return None
    if any(normalise(t) in _YES_NO for t in expected) or _HOLD_ON.search(text):
        return None
    figure = any(_figure_like(t) for t in expected)
    prompt = upcoming[0].get("prompt")
    if figure and not _MOVING_ON.search(text):
        return None
    for (_end, right), said in zip(_answer_sentences(text, upcoming[0]), _SENTENCE.finditer(text), strict=True):
        if right and (not figure or _bare(said.group(), expected, upcoming[0].get("prompt"))):
            return upcoming[0]["id"]
        if figure and figure_in_prose(said.group(), expected, prompt, lambda part: _right(part, expected, prompt)):
            return upcoming[0]["id"]  # said with its measure in a clause ("four foot three, roughly, where ...")
    return None


_YES_NO = frozenset({"yes", "no", "true", "false", "yes it is", "no it isn't", "yes he can", "no he can't"})
# Asking to hold on is no going on, whatever figure it holds ("Wait a second.", "Hang on a minute.").
_HOLD_ON = re.compile(
    r"\b(?:wait|hold on|hang on|one moment|just a (?:sec|second|minute|moment)|a (?:sec|second|moment),?"
    r" let me|let me think|give me a (?:sec|second|minute|moment))\b",
    re.IGNORECASE,
)
# The learner going to the next question: "next one", "the last one", "ask me the next", "next question", "next:".
_MOVING_ON = re.compile(
    r"\b(?:next|last|final|following)\s+(?:one|question|answer)\b|\bask\s+(?:me\s+)?(?:the\s+)?(?:next|last)\b"
    r"|\bnext\s*[:,\-–—]",
    re.IGNORECASE,
)
_COLOURS = frozenset(
    "red yellow green blue white black orange purple pink brown grey gray gold silver bronze violet".split()
)
_FIGURE = re.compile(r"\d")
# Words that may stand beside a figure said ahead: fillers and the going-on itself; the question's own words too.
_BESIDE_FIGURE = frozenset(
    "it it's its is that's that the a an i think guess maybe probably okay ok so well um er uh answer next one last"
    " final question and then easy sure oh st nd rd th".split()
)


def _right(part: str, expected: list[str], prompt: str | None) -> bool:
    """Whether ``part`` is an attempt at the question and right."""
    return no_attempt(part, expected, prompt) is None and is_correct(part, expected, prompt)


def _figure_like(answer: str) -> bool:
    """An expected answer that is a figure, an ordinal or a colour (said in talk of a loss as often as in a quiz)."""
    plain = normalise(answer)
    return bool(_FIGURE.search(plain) or ordinal_asked(answer) or set(plain.split()) & _COLOURS)


def _bare(sentence: str, expected: list[str], prompt: str | None) -> bool:
    """Whether ``sentence`` says nothing but the figure: its other words are fillers or the question's own."""
    allowed = set(_BESIDE_FIGURE) | set(normalise(prompt or "").split())
    for answer in expected:
        allowed |= set(normalise(answer).split())
    words = re.findall(r"[a-z0-9']+", normalise(ordinal_digits(sentence)))
    return all(w.isdigit() or w in allowed for w in words)


def ahead_end(text: str, question: dict[str, Any]) -> int:
    """Where the sentence answering ``question`` ahead ends in ``text`` (:func:`answered_ahead`)."""
    return next((end for end, right in _answer_sentences(text, question) if right), 0)


_SENTENCE = re.compile(r"[^.!?…]+[.!?…]*\s*")
_CLAUSE = re.compile(r"[,;:]\s*|\s[-–—]+\s")
# Words of the loss just told: a sentence with them beside a name says where or how, no answer ahead.
_OF_THE_LOSS = frozenset(
    "died dead death buried burial funeral grave cemetery killed hospital happened lost passed war".split()
)
_SOMEONE = frozenset("he him his she her hers we us our they them their you your my me mine".split())


def _ahead_in_history(
    ctx: TurnContext, by_id: dict[str, dict[str, Any]], asked_ids: AbstractSet[str]
) -> dict[int, str | None]:
    """The replies to care in the history (by index) that answered the next question ahead, and which: the first
    question never asked (:func:`answered_ahead`; questions go in order, so the one answered ahead stays the
    first never asked)."""
    never = [q for q in by_id.values() if q["id"] not in asked_ids]
    found: dict[int, str | None] = {}
    for n, view in enumerate(ctx.history):
        if not never or not view.person_response or not (question_id(view) or "").startswith(care.MOMENTS):
            continue
        if _open_before(ctx.history[: n + 1], by_id) is None:
            found[n] = answered_ahead(view.person_response, never)
    return found


def _open_before(views: list[InteractionView], by_id: dict[str, dict[str, Any]]) -> str | None:
    """The question asked before the moments of care ending ``views`` whose reply was no attempt, if any."""
    for view in reversed(views[:-1]):
        qid = question_id(view) or ""
        if qid.startswith(care.MOMENTS):
            continue
        base = base_id(qid, by_id)
        expected = expected_answers(by_id[base]) if base is not None else []
        if base is None or not expected or view.person_response is None:
            return None
        prompt = by_id[base].get("prompt")
        return base if grade(view.person_response, expected, prompt=prompt) is None else None
    return None


def _stop(
    ctx: TurnContext,
    turn: Turn,
    questions: list[dict[str, Any]],
    by_id: dict[str, dict[str, Any]],
    lead: str,
    calls: list[tuple[str, Args]],
) -> Outcome:
    """The learner would like to stop for today with questions left: the score so far, an end proposed."""
    results = answered(ctx, by_id)
    left = sum(
        1 for q in questions if q["id"] not in results and (q["id"] not in turn.asked_ids or expected_answers(q))
    )
    right = sum(results.values())
    name = address_name(ctx.person_name, ctx.person_called)
    reason = (
        f"{name} would like to stop for today: {len(results)} of {len(questions)} questions answered, "
        f"{right} correctly; {left} left for next time."
    )
    calls.append(("propose_end", ProposeEndArgs(reason=clean(reason, 20_000))))
    text = pick(
        ctx.session_id, "closing", "study/stop", person_name=name, answered=len(results), correct=right, left=left
    )
    return Outcome(join(lead, text), PromptInfo("closing", "closing"), calls)


def _goodbye(ctx: TurnContext, turn: Turn, calls: list[tuple[str, Args]]) -> Outcome:
    """A wish to stop said after the closing: the end proposed again, no more questions."""
    extra = 1 + sum(1 for q in turn.asked_ids if q.startswith("extra."))
    name = address_name(ctx.person_name, ctx.person_called)
    calls.append(("propose_end", ProposeEndArgs(reason=f"{name} would like to stop for today.")))
    text = rotate(ctx.session_id, turn.count, "study/goodbye", person_name=name)
    return Outcome(text, PromptInfo("closing", f"extra.{extra}"), calls)


def base_id(qid: str | None, by_id: dict[str, dict[str, Any]]) -> str | None:
    """The template question a prompt asked: its id, or the id a question asked again was given
    ("q5.again.7" → "q5"); None for any other prompt (care, a pause, the closing)."""
    if qid is None:
        return None
    if qid in by_id:
        return qid
    again = _AGAIN.match(qid)
    return again.group("base") if again and again.group("base") in by_id else None


def answered(
    ctx: TurnContext, by_id: dict[str, dict[str, Any]], asked_ids: AbstractSet[str] | None = None
) -> dict[str, bool]:
    """Each gradable question's latest attempt, re-graded from the history (a reply that was no
    attempt, :func:`grading.no_attempt`, is none)."""
    results: dict[str, bool] = {}
    ahead = _ahead_in_history(ctx, by_id, read_turn(ctx).asked_ids if asked_ids is None else asked_ids)
    for n, view in enumerate(ctx.history):
        qid = base_id(question_id(view), by_id)
        if qid is None and view.person_response and (question_id(view) or "").startswith(care.MOMENTS):
            qid = answered_after_care(view.person_response, ctx.history[: n + 1], by_id) or ahead.get(n)
        if qid is None or (view.person_response is None and view.response_method != "skip"):
            continue
        expected = expected_answers(by_id[qid])
        if expected:
            skipped = view.person_response is None
            prompt = by_id[qid].get("prompt")
            graded = grade(view.person_response, expected, skipped=skipped, prompt=prompt)
            said = view.person_response or ""
            if (
                not skipped
                and not graded
                and (wish_to_tell(said, expected, prompt) or told(question_id(view), said, expected))
            ):
                graded = None
            if graded is not None:
                results[qid] = graded
    return results


def score(ctx: TurnContext, by_id: dict[str, dict[str, Any]], asked_ids: AbstractSet[str] | None = None) -> int | None:
    """Correct answers, re-checked from the history; None if some gradable answers are out of view."""
    results = answered(ctx, by_id, asked_ids)
    gradable = sum(1 for q in by_id.values() if expected_answers(q))
    return sum(results.values()) if gradable and len(results) == gradable else None


def topic_for(ctx: TurnContext, question: dict[str, Any]) -> uuid.UUID | None:
    """The linked topic named by the question's subtopic, topic or subject, if any."""
    titles = {t.title.strip().lower(): t.id for t in ctx.topics}
    for key in ("subtopic", "topic", "subject"):
        value = question.get(key)
        if isinstance(value, str) and value.strip().lower() in titles:
            return titles[value.strip().lower()]
    return None
