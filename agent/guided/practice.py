"""Practice sessions: walk the routine's sections and items in order, ticking each one off.

An answer about the item just asked is read as done ("played it, about 8 minutes"), not
done ("skipped it") or unclear (one follow-up, then move on). The next item is the first
one neither completed nor already asked about, so nothing is asked twice. When the
routine is through, completion indicators about finishing it are marked and an end is
proposed.

The coach listens as well as ticks: a loss told beside an item (:func:`grief.sorrow`) is met with
care before anything else; a wish to go back to an item not done ("let me do the scales", "the
etude is still owed") asks it again; "don't wrap up on me" reopens a closed routine while items
are left; an item named with a duration is that item done whatever was asked last; and
tiredness or "same time tomorrow" (:func:`wishes.tired`) ends the session.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from agent.guided import freeform, grief, wishes
from agent.guided.naming import address_name
from agent.guided.numbers import format_number, numbers_in, words_to_digits
from agent.guided.phrasing import join, pick, rotate
from agent.guided.records import annotation, indicator_marks
from agent.guided.state import Outcome, Turn, clean, item_id, read_turn, sentence
from agent.model import PromptInfo, TurnContext
from agent.tools import Args, KeepPrivateArgs, MarkIndicatorArgs, ProposeEndArgs, UpdateItemArgs

_NOT_DONE = re.compile(
    r"\b(?:skip(?:ped)?|didn'?t|did not|not yet|haven'?t|have not|no time|couldn'?t|could not|ran out of time"
    r"|missed|later|gave up|not\s+(?:now|today)|(?:come|get|go)\s+back\s+to\s+(?:it|them|that|those))\b"
    r"|^\W*(?:no|nope|not)\b",
    re.IGNORECASE,
)
_DONE = re.compile(
    r"\b(?:done|finished|played|completed|did|practi[sc]ed|ran through|went through|got through|nailed"
    r"|yes|yep|yeah|ok|okay|sure|good|fine|great|went well)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"(\d+(?:\.\d+)?)(?:\s*(?:-|to)\s*(\d+(?:\.\d+)?))?\s*(minutes?|mins?|m|hours?|hrs?|h)\b", re.IGNORECASE
)
# A wish to do an item (now, not later): "let me do X", "I want another go at X", "X is still owed".
_WANT = re.compile(
    r"\b(?:let\s+(?:me|us)|let'?s|i(?:'d|\s+would)?\s+(?:like|want|wish|love)\s+to|can\s+i|could\s+i|may\s+i|i'?ll"
    r"|i\s+will|i'?m\s+going\s+to|i\s+(?:must|have\s+to|need\s+to))\s+(?:now\s+|still\s+|just\s+|first\s+)?"
    r"(?:do|play|try|practi[sc]e|run|go\s+back\s+to|come\s+back\s+to|return\s+to|take\s+up|have\s+(?:a|another)\s+go\s+at"
    r"|give)\b"
    r"|\b(?:another|one\s+more|a\s+second)\s+(?:go|try|shot|attempt|run)\s+at\b|\bback\s+to\b"
    r"|\b(?:is|are|'s)\s+still\s+(?:owed|to\s+(?:do|play|come)|left|waiting|due)\b",
    re.IGNORECASE,
)
# A shortfall owned in a report: the aim about that item is not met yet.
_SHORTFALL = re.compile(
    r"\b(?:still|far|much|a\s+bit|a\s+little|way)\s+too\s+\w+|\bnot\s+(?:yet\s+)?(?:up\s+to|at|quite|near)\b"
    r"|\bnot\s+there\s+yet\b|\bnowhere\s+near\b|\bstill\s+(?:not|rough|shaky|slow|heavy|stumbling|behind)\b",
    re.IGNORECASE,
)
_LATER = re.compile(r"\b(?:later|tomorrow|next\s+time|another\s+day|not\s+now|not\s+today)\b", re.IGNORECASE)
_FINISH_WORDS = frozenset("every all each whole entire full complete completed finish finished through".split())
_ROUTINE_WORDS = frozenset("exercise exercises item items section sections routine practice session".split())


@dataclass(frozen=True)
class Report:
    status: str  # "done", "not_done" or "unclear"
    minutes: float | None = None


def parse_report(text: str | None) -> Report:
    """How an exercise went, from the person's words (None means they skipped the question)."""
    if text is None or not text.strip():
        return Report("not_done")
    minutes = duration_minutes(text)
    if _NOT_DONE.search(text) and minutes is None:
        return Report("not_done")
    if minutes is not None or _DONE.search(text) or len(text.split()) >= 6:
        return Report("done", minutes)
    return Report("unclear")


def duration_minutes(text: str) -> float | None:
    """ "about 8 minutes" → 8, "half an hour" → 30, "5-10 mins" → 7.5, a bare "12" → 12."""
    plain = words_to_digits(text.replace("½", " and a half"))
    plain = re.sub(r"\b(\d+) and a half\b", lambda m: f"{m.group(1)}.5", plain)
    plain = re.sub(r"\ban hour and a half\b", "90 minutes", plain)
    plain = re.sub(r"\bhalf an hour\b", "30 minutes", plain)
    plain = re.sub(r"\b(?:an|1) hour\b", "60 minutes", plain)
    plain = re.sub(r"\ba couple of minutes\b", "2 minutes", plain)
    plain = re.sub(r"\ba few minutes\b", "3 minutes", plain)
    match = _DURATION.search(plain)
    if match:
        low, high, unit = float(match.group(1)), match.group(2), match.group(3).lower()
        value = (low + float(high)) / 2 if high else low
        return min(1_440.0, value * 60 if unit.startswith("h") else value)
    numbers = numbers_in(text)
    if len(numbers) == 1 and len(text.split()) <= 4 and 0 < numbers[0] <= 240:
        return numbers[0]
    return None


def _names(name: str) -> re.Pattern[str]:
    """An item's name as said: its words in order, a plural or singular either way ("the ornament")."""
    words = [
        re.escape(w[:-1] if w.endswith("s") and len(w) > 3 else w) + "s?" for w in re.findall(r"[^\W_]+", name.lower())
    ]
    return re.compile(r"\b" + r"\W+".join(words) + r"\b", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?…])\s+", text) if s]


def wanted(text: str, items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The item the person asks to do (again) now: named in a sentence that says the wish."""
    for said in _sentences(text):
        if _WANT.search(said) and not _LATER.search(said):
            for item in items:
                if _names(item["name"]).search(said):
                    return item
    return None


def reported(text: str, items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The item an answer opens with, named then given a duration ("Scales, twenty minutes …")."""
    first = _sentences(text)[:1]
    for item in items:
        named = _names(item["name"]).search(first[0]) if first else None
        if named and named.start() <= 20 and duration_minutes(first[0][named.end() :]) is not None:
            return item
    return None


def _aims_met(ctx: TurnContext, turn: Turn, name: str, items: list[dict[str, Any]]) -> list[MarkIndicatorArgs]:
    """What the practice was for ("Scales from memory"), read in an item's report as a story's aims
    are; an aim that names an item of the routine only in that item's own report, and never in one
    that owns a shortfall ("still too slow", "not up to tempo yet")."""
    marks = indicator_marks(ctx, turn, scene_saved=False, about=name)
    aims = [str(a.get("text") or "") for a in ctx.success_indicators]
    others = [i["name"] for i in items if i["name"] != name]
    short = bool(_SHORTFALL.search(turn.text or ""))
    return [
        m
        for m in marks
        if not any(_names(other).search(aims[m.index]) for other in others)
        and not (short and _names(name).search(aims[m.index]))
    ]


def respond(ctx: TurnContext) -> Outcome:
    turn = read_turn(ctx)
    items = [(s, i) for s in ctx.data.get("sections") or [] for i in s.get("items") or []]
    if not items:
        return freeform.respond(ctx, turn, "exercise")
    calls: list[tuple[str, Args]] = []
    if (note := annotation(turn)) is not None:
        calls.append(("annotate_response", note))
    # As in a story: a death, an illness, abuse or money told beside an item stays in the transcript
    # only, so the item's notes (which the summary reads) keep the report without it.
    private = grief.sensitive(turn.text) if turn.answer is not None else None
    if private:
        calls.append(("keep_private", KeepPrivateArgs(topic=private)))  # type: ignore[arg-type]
    by_id = {i["id"]: (s, i) for s, i in items}
    done = {i["id"]: i.get("actual_duration_minutes") for _, i in items if i.get("completed")}
    current = item_id(turn.last)
    text = turn.text or ""
    left = [i for _, i in items if i["id"] not in done]
    # An item named then given a duration is that item's report, whatever was asked last.
    if text and (named := reported(text, left)) is not None:
        current = named["id"]
    want = wanted(text, left) if text else None
    if want is not None and want["id"] == current and parse_report(text).minutes is not None:
        want = None  # "Scales, ten minutes, I'd like another go at them tomorrow" is a report
    ack = None
    if turn.answer is not None and current in by_id and not (want is not None and want["id"] == current):
        name = by_id[current][1]["name"]
        report = parse_report(turn.text)
        notes = "Kept private." if private else clean(turn.text, 5_000) if turn.text else "Skipped."
        if report.status == "done":
            calls.append(
                (
                    "update_item",
                    UpdateItemArgs(
                        item_id=current, completed=True, notes=notes, actual_duration_minutes=report.minutes
                    ),
                )
            )
            done[current] = report.minutes if report.minutes is not None else done.get(current)
            calls.extend(("mark_indicator", m) for m in _aims_met(ctx, turn, name, [i for _, i in items]))
            if (kind := grief.sorrow(text)) is not None and not (turn.last_id or "").startswith("care."):
                # A loss told beside the item comes first: no praise, a moment offered.
                qid = f"care.{turn.answer.sequence}"
                care = pick(ctx.session_id, qid, "practice/care", kind=kind, item=name)
                return Outcome(care, PromptInfo("followup", qid), calls)
            ack = rotate(ctx.session_id, turn.count, "practice/done", item=name, minutes=_fmt(report.minutes))
            if turn.reading is not None and turn.reading.sentiment in ("negative", "mixed"):
                ack = join(ack, rotate(ctx.session_id, turn.count, "practice/struggle", item=name))
        elif report.status == "unclear" and turn.last_category == "exercise":
            calls.append(("update_item", UpdateItemArgs(item_id=current, notes=notes)))
            qid = f"{current}.more"
            text = pick(ctx.session_id, qid, "practice/followup", said=turn.said, item=name)
            return Outcome(text, PromptInfo("followup", qid, item_id=current), calls)
        else:
            calls.append(("update_item", UpdateItemArgs(item_id=current, notes=notes)))
            bank = "practice/passed" if report.status == "not_done" else "practice/noted"
            ack = rotate(ctx.session_id, turn.count, bank, item=name)

    cared = (turn.last_id or "").startswith("care.")
    if turn.answer is not None and current not in by_id and not cared and (kind := grief.sorrow(text)) is not None:
        qid = f"care.{turn.answer.sequence}"
        care = pick(ctx.session_id, qid, "practice/care", kind=kind, item=None)
        return Outcome(care, PromptInfo("followup", qid), calls)
    if cared and want is None and ack is None and text:
        why = "leave" if wishes.declined(text) and not wishes.goes_on(text) else "on"
        ack = pick(ctx.session_id, f"resume.{why}.{turn.count}", "story/resume", why=why)

    greeting = None
    if turn.first or ctx.opening:
        sections = [
            f"{s['name']} ({_fmt(s.get('planned_minutes'))} min)" if s.get("planned_minutes") else s["name"]
            for s in ctx.data["sections"]
        ]
        greeting = pick(
            ctx.session_id,
            "opening",
            "practice/opening",
            person_name=address_name(ctx.person_name, ctx.person_called),
            intention=sentence(ctx.intention),
            sections=sections,
            count=len(items),
            returning=not turn.first,
        )
    upcoming = [(s, i) for s, i in items if i["id"] not in done and i["id"] not in turn.asked_ids]
    if wishes.tired(text) and not wishes.not_done(text) and want is None:
        upcoming = []  # tired, or "same time tomorrow": the session ends here
    elif want is not None or (wishes.not_done(text) and "closing" in turn.asked_ids):
        # Back to an item passed over ("let me do the scales now", "don't wrap up, the etude is owed").
        again = want or next((i for _, i in items if i["id"] not in done), None)
        if again is not None:
            section = next(s for s, i in items if i is again)
            qid = f"{again['id']}.again.{turn.count}"
            question = pick(
                ctx.session_id,
                qid,
                "practice/again",
                item=again["name"],
                description=sentence(again.get("description")),
                section=section["name"],
            )
            return Outcome(join(greeting, ack, question), PromptInfo("exercise", qid, item_id=again["id"]), calls)
    if upcoming:
        section, item = upcoming[0]
        bridge = None
        previous = by_id[current][0] if current in by_id else None
        if previous is not None and previous["id"] != section["id"] and not greeting:
            finished = all(i["id"] in done for i in previous.get("items") or [])
            bridge = pick(
                ctx.session_id,
                f"to.{section['id']}",
                "practice/section",
                section=section["name"],
                planned=_fmt(section.get("planned_minutes")),
                finished=previous["name"] if finished else None,
            )
        question = pick(
            ctx.session_id,
            item["id"],
            "practice/item",
            item=item["name"],
            description=sentence(item.get("description")),
            planned=_fmt(item.get("planned_minutes")),
            section=section["name"],
        )
        return Outcome(
            join(greeting, ack, bridge, question), PromptInfo("exercise", item["id"], item_id=item["id"]), calls
        )
    return _close(ctx, turn, items, done, join(greeting, ack), calls)


def _close(
    ctx: TurnContext,
    turn: Turn,
    items: list[tuple[dict[str, Any], dict[str, Any]]],
    done: dict[str, float | None],
    lead: str,
    calls: list[tuple[str, Args]],
) -> Outcome:
    if "closing" in turn.asked_ids:
        extra = 1 + sum(1 for q in turn.asked_ids if q.startswith("extra."))
        text = join(lead, rotate(ctx.session_id, turn.count, "practice/after_close"))
        return Outcome(text, PromptInfo("closing", f"extra.{extra}"), calls)
    minutes = sum(m for m in done.values() if m) or None
    left = [i["name"] for _, i in items if i["id"] not in done]
    spent = [
        f"{i['name']} ({_fmt(done[i['id']])} min)" if done.get(i["id"]) else i["name"]
        for _, i in items
        if i["id"] in done
    ]
    if not left:
        evidence = clean(f"All {len(items)} exercises marked done: {', '.join(spent)}.", 20_000)
        for index, indicator in enumerate(ctx.completion_indicators[:50]):
            if not indicator.get("met") and about_finishing(indicator.get("text") or ""):
                calls.append(("mark_indicator", MarkIndicatorArgs(which="completion", index=index, evidence=evidence)))
        reason = f"Every exercise in the routine is done ({len(items)} of {len(items)})."
    else:
        reason = f"The routine has been gone through: {len(done)} of {len(items)} done; not done: {', '.join(left)}."
    calls.append(("propose_end", ProposeEndArgs(reason=clean(reason, 20_000))))
    text = join(
        lead,
        pick(
            ctx.session_id,
            "closing",
            "practice/closing",
            person_name=address_name(ctx.person_name, ctx.person_called),
            done=len(done),
            total=len(items),
            minutes=_fmt(minutes),
            left=", ".join(left) or None,
        ),
    )
    return Outcome(text, PromptInfo("closing", "closing"), calls)


def about_finishing(text: str) -> bool:
    """ "Every exercise played", "Finish the routine": an indicator that finishing the items proves."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & _FINISH_WORDS) and bool(words & _ROUTINE_WORDS)


def _fmt(minutes: Any) -> str | None:
    return format_number(round(float(minutes), 1)) if isinstance(minutes, int | float) and minutes else None
