"""Study sessions: ask the session's questions in order and record every attempt.

Each answer is checked against the expected answer of the question just asked
(``agent.guided.grading``) and recorded with record_attempt, with the time since the
question was asked. After the last question the score is read back and an end proposed.
A session without questions asks the learner what they are studying instead.
"""

from __future__ import annotations

import uuid
from typing import Any

from agent.guided import freeform
from agent.guided.grading import expected_answers, is_correct
from agent.guided.naming import address_name
from agent.guided.phrasing import join, pick, rotate
from agent.guided.records import annotation
from agent.guided.state import Outcome, clean, elapsed_ms, question_id, read_turn, sentence
from agent.model import PromptInfo, TurnContext
from agent.tools import Args, ProposeEndArgs, RecordAttemptArgs


def respond(ctx: TurnContext) -> Outcome:
    turn = read_turn(ctx)
    questions = [q for q in ctx.data.get("questions") or [] if q.get("id") and q.get("prompt")]
    if not questions:
        return freeform.respond(ctx, turn, "question")
    calls: list[tuple[str, Args]] = []
    if (note := annotation(turn)) is not None:
        calls.append(("annotate_response", note))
    by_id = {q["id"]: q for q in questions}
    current = turn.last_id
    ack = None
    if turn.answer is not None and turn.last is not None and current in by_id:
        question = by_id[current]
        expected = expected_answers(question)
        shown = sentence(expected[0]) if expected else None
        if expected:
            correct = is_correct(turn.text, expected)
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
            bank = "study/skip" if turn.skipped else "study/correct" if correct else "study/incorrect"
            ack = rotate(ctx.session_id, turn.count, bank, expected=shown)
        else:
            ack = rotate(ctx.session_id, turn.count, "study/noted")

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
    upcoming = [(n, q) for n, q in enumerate(questions, start=1) if q["id"] not in turn.asked_ids]
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
    correct = score(ctx, by_id)
    graded = [q for q in questions if expected_answers(q)]
    reason = f"All {len(questions)} questions have been asked" + (
        f"; {correct} of {len(graded)} answered correctly." if correct is not None else "."
    )
    calls.append(("propose_end", ProposeEndArgs(reason=reason)))
    total = len(graded) if correct is not None else len(questions)
    name = address_name(ctx.person_name, ctx.person_called)
    closing = pick(ctx.session_id, "closing", "study/closing", person_name=name, total=total, correct=correct)
    return Outcome(join(greeting, ack, closing), PromptInfo("closing", "closing"), calls)


def score(ctx: TurnContext, by_id: dict[str, dict[str, Any]]) -> int | None:
    """Correct answers, re-checked from the history; None if some gradable answers are out of view."""
    results: dict[str, bool] = {}
    for view in ctx.history:
        qid = question_id(view)
        if qid in by_id and (view.person_response is not None or view.response_method == "skip"):
            expected = expected_answers(by_id[qid])
            if expected:
                results[qid] = is_correct(view.person_response, expected)
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
