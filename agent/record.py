"""Structured mode's *record* call: one flat JSON object per session kind, applied through the tools.

Small models do not call tools reliably, but they fill a JSON object well when the server
constrains decoding to a schema (``response_format`` json_schema). The object holds what
the tools would have recorded (people, places, themes, a scene, indicators met, a note,
practice items, a study grade, an end proposed); it is decoded with msgspec and turned
into ordinary tool calls that the loop runs with :func:`agent.tools.invoke`, so there is one
way to apply anything, validated by the tools' own structs.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Collection
from dataclasses import replace
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta, Struct

from agent.guided import grief, practice, wishes
from agent.guided.annotate import Known, Reading, read
from agent.guided.lexicon import MONTHS
from agent.guided.records import human_title, indicator_marks
from agent.guided.state import elapsed_ms, item_id, read_turn
from agent.guided.story import NEARLY_UP
from agent.model import ToolCall, TurnContext
from agent.replies import said_sentences
from agent.tools import flat_schema

_MIN_SCENE_WORDS = 8  # shorter than this is not a scene worth a capture
_SCENE_CHARS = 2_000
_WORDS = re.compile(r"[^\W\d_][\w'-]*")
_MIN_ANSWERS_TO_END = 5  # a small model's "end" before this many answers is noise

log = logging.getLogger(__name__)


class IndicatorMet(Struct, forbid_unknown_fields=True):
    index: Annotated[int, Meta(ge=0, le=49)]
    evidence: str


class StoryRecord(Struct, forbid_unknown_fields=True):
    people: Annotated[list[str], Meta(max_length=8)] = []
    places: Annotated[list[str], Meta(max_length=8)] = []
    themes: Annotated[list[str], Meta(max_length=3)] = []
    sentiment: Literal["positive", "neutral", "negative", "mixed"] = "neutral"
    vivid_scene: bool = False  # the answer itself is saved as the scene, in the person's own words
    indicators_met: list[IndicatorMet] = []
    end_session: bool = False
    note: str = ""


class ItemDone(Struct, forbid_unknown_fields=True):
    item_id: Annotated[str, Meta(min_length=1, max_length=32)]
    completed: bool = True
    minutes: Annotated[float, Meta(ge=0, le=1_440)] = 0
    notes: str = ""


class PracticeRecord(Struct, forbid_unknown_fields=True):
    items: Annotated[list[ItemDone], Meta(max_length=10)] = []
    indicators_met: list[IndicatorMet] = []
    end_session: bool = False
    note: str = ""


class StudyRecord(Struct, forbid_unknown_fields=True):
    grade: Literal["correct", "wrong", "no attempt"] = "no attempt"
    question_id: Annotated[str, Meta(max_length=32)] = ""
    indicators_met: list[IndicatorMet] = []
    end_session: bool = False
    note: str = ""


RECORDS: dict[str, type[Struct]] = {"story": StoryRecord, "practice": PracticeRecord, "study": StudyRecord}


def record_schema(ctx: TurnContext) -> dict[str, Any]:
    """The ``response_format`` for this session: the kind's record, its enums filled from the session."""
    struct = RECORDS.get(ctx.kind, StoryRecord)
    schema = flat_schema(struct)
    props: dict[str, Any] = schema["properties"]
    open_indicators = [i for i, ind in enumerate(ctx.success_indicators) if not ind.get("met")]
    if open_indicators:
        props["indicators_met"]["items"]["properties"]["index"] = {"enum": open_indicators}
        props["indicators_met"]["maxItems"] = len(open_indicators)
    else:
        del props["indicators_met"]
    if ctx.kind == "practice":
        ids = [i["id"] for s in ctx.data.get("sections") or [] for i in s.get("items") or [] if i.get("id")]
        if ids:
            props["items"]["items"]["properties"]["item_id"] = {"enum": ids}
        else:
            del props["items"]
    if ctx.kind == "study":
        ids = [q["id"] for q in ctx.data.get("questions") or [] if q.get("id")]
        props["question_id"] = {"enum": [*ids, ""]}
    for prop in props.values():
        prop.pop("default", None)
    # Every field but the note, in order: small models fill them one by one, and leave the note out.
    schema["required"] = [name for name in props if name != "note"]
    # Not "strict": OpenAI's strict mode wants every field required (the note is optional, so small
    # models leave it out instead of inventing one); llama.cpp, Ollama and vLLM enforce the schema anyway.
    return {"type": "json_schema", "json_schema": {"name": f"{ctx.kind}_record", "strict": False, "schema": schema}}


def decode(ctx: TurnContext, raw: str) -> Struct:
    """The record the model wrote (raises ``msgspec.ValidationError``/``DecodeError``)."""
    text = raw.strip()
    start, end = text.find("{"), text.rfind("}")
    if start > 0 or (end != -1 and end < len(text) - 1):
        text = text[start : end + 1]  # a server that did not enforce the schema wrapped it in prose
    return msgspec.json.decode(text, type=RECORDS.get(ctx.kind, StoryRecord))


def empty(ctx: TurnContext) -> Struct:
    """The record of a model that wrote nothing usable: it claims nothing (no grade, no item, no end)."""
    return RECORDS.get(ctx.kind, StoryRecord)()


def calls(
    ctx: TurnContext, record: Struct, answer: str, coach: dict[str, dict[str, Any]] | None = None
) -> list[ToolCall]:
    """The tool calls that apply ``record`` (grounded in ``answer``: names it does not contain are dropped);
    ``coach``: practice, the coach's reading of the answer when already made (:func:`coach_items`)."""
    out: list[tuple[str, dict[str, Any]]] = []
    # Indicators: the model's, then those the guided reader sees plainly met (the 0.5B model marked
    # none of three on held-out Kofi): index -> evidence.
    marks = {met.index: met.evidence for met in getattr(record, "indicators_met", [])}
    # As the guided interviewer, coach and tutor: a death, an illness, abuse or money told in an
    # answer stays in the transcript only (a practice item is still ticked, a study answer graded).
    private = grief.sensitive(answer)
    if isinstance(record, StoryRecord):
        reading = read(
            answer, known=Known.from_answers([i.person_response for i in ctx.history[:-1] if i.person_response])
        )
        people, places = _names(record, answer, reading)
        people, places = names_only(people), names_only(places)
        themes = [t for t in record.themes if t.strip()][:3]
        annotation: dict[str, Any] = {"sentiment": record.sentiment}
        for key, values in (("mentions_people", people), ("mentions_places", places), ("key_themes", themes)):
            if values:
                annotation[key] = values
        out.append(("annotate_response", annotation))
        scene = _bounded(answer, _SCENE_CHARS)
        # The model's judgement or the guided reader's (situated, with sense detail): a 0.5B model
        # rarely sets vivid_scene, and the reader misses scenes told in words it does not list.
        saved = ((record.vivid_scene and len(scene.split()) >= _MIN_SCENE_WORDS) or reading.rich) and not private
        if saved:
            title = human_title(scene) or ", ".join((places or people)[:2]) or None
            out.append(("save_artifact", {"artifact_type": "scene_capture", "content": scene, "title": title}))
        marks.update(reader_marks(ctx, scene_saved=saved, marked=marks))
    elif isinstance(record, PracticeRecord):
        out.extend(("update_item", args) for args in checked_items(ctx, record.items, coach).values())
    elif isinstance(record, StudyRecord):
        out.extend(_attempt(record))
    for index, evidence in marks.items():
        out.append(("mark_indicator", {"which": "success", "index": index, "evidence": evidence}))
    note = getattr(record, "note", "").strip()
    if len(note.split()) >= 3 and not private:  # a note on a private answer tells it again
        out.append(("add_note", {"content": note}))
    answers = sum(1 for i in ctx.history if i.person_response)
    # Like the guided interviewer, a story is not ended while the person says there is more, or before
    # 90 % of the planned time is used (the 0.5B model proposed an end 6 minutes into a 30-minute plan,
    # and at 70 % of held-out Cora's 20 minutes); a tired person's wish is the listening rules' (agent.loop).
    story_goes_on = isinstance(record, StoryRecord) and (wishes.not_done(answer) or _time_ahead(ctx))
    if getattr(record, "end_session", False) and answers >= _MIN_ANSWERS_TO_END and not story_goes_on:
        out.append(("propose_end", {"reason": "The conversation seems to have reached its intention."}))
    if private:
        # Last: what this turn made from the answer goes with it (a scene is deleted, indicator
        # evidence that quotes it or names whom only it named is replaced).
        out.append(("keep_private", {"topic": private}))
    return [ToolCall(f"record_{i}", name, json.dumps(args)) for i, (name, args) in enumerate(out)]


def reader_marks(ctx: TurnContext, *, scene_saved: bool, marked: Collection[int] = ()) -> dict[int, str]:
    """The success indicators the guided reader sees this turn's answer plainly meet (index -> evidence),
    leaving out those in ``marked`` (the model's own judgement stands). A 0.5B model marks few or
    none (held-out Kofi: 0 of 3 structured, 0 of 2 native); both tool modes add these. Story
    sessions only (a practice item or a quiz answer is recorded by its own tool), and never on a
    private answer: as the guided interviewer, no evidence is quoted from it."""
    if RECORDS.get(ctx.kind, StoryRecord) is not StoryRecord:
        return {}
    turn = read_turn(ctx)
    if grief.sensitive(turn.text):
        return {}
    return {m.index: m.evidence for m in indicator_marks(ctx, turn, scene_saved=scene_saved) if m.index not in marked}


def _attempt(record: StudyRecord) -> list[tuple[str, dict[str, Any]]]:
    """A free-form study answer (no template questions: those are asked and graded by the template,
    see ``agent.loop``) graded by the model."""
    if record.grade == "no attempt":
        return []
    attempt: dict[str, Any] = {"is_correct": record.grade == "correct"}
    if record.question_id:
        attempt["question_id"] = record.question_id
    return [("record_attempt", attempt)]


def coach_items(ctx: TurnContext, claimed: Collection[str] = ()) -> dict[str, dict[str, Any]]:
    """The practice items this answer reports, as the guided coach reads it (item id -> ``update_item``'s
    arguments): done with the minutes this answer gives, or noted only (done in part, passed over, unclear).
    The one reading of a report on every path: the 0.5B model recorded the torchon ground "I stopped there, the
    rest is for tomorrow" and a fan edge "half good" as done, each in the minutes of the item before.
    ``claimed``: the open items the model says this answer did. When the question asked of no item ("How did the
    first exercise go?") and the coach reads nothing, one such claim tells which item the answer reports, and the
    coach reads the answer as its report ("All twelve keys, ten minutes" is Scales done in 10)."""
    found = _coach_read(ctx)
    if found or not ctx.asked or item_id(ctx.asked[-1]) is not None:
        return found
    done = {i["id"] for s in ctx.data.get("sections") or [] for i in s.get("items") or [] if i.get("completed")}
    named = [c for c in dict.fromkeys(claimed) if c not in done and c in _item_names(ctx)]
    if len(named) != 1:
        return found
    view = ctx.asked[-1]
    asked = replace(view, data={**(view.data or {}), "item_id": named[0]}, prompt_category="exercise")
    read = _coach_read(replace(ctx, asked=[*ctx.asked[:-1], asked]))
    return {k: v for k, v in read.items() if k == named[0]}


def _coach_read(ctx: TurnContext) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for name, args in practice.respond(ctx).calls:
        if name == "update_item":
            change = {k: v for k, v in msgspec.to_builtins(args).items() if v is not None}
            found.setdefault(change["item_id"], {}).update(change)
    return found


def claimed_done(record: Struct) -> list[str]:
    """The items a practice record says done."""
    return [i.item_id for i in getattr(record, "items", ()) if i.completed]


def checked_items(
    ctx: TurnContext, claimed: Collection[ItemDone], coach: dict[str, dict[str, Any]] | None = None
) -> dict[str, dict[str, Any]]:
    """The items to record for this answer: the coach's reading (:func:`coach_items`); what the model claimed
    otherwise (done, its minutes, an item the answer does not report) is logged and not recorded."""
    read = coach_items(ctx) if coach is None else coach
    for item in claimed:
        got = read.get(item.item_id, {})
        minutes = got.get("actual_duration_minutes")
        if item.completed != bool(got.get("completed")) or (item.minutes or None) != minutes:
            log.info(
                "session %s: the model's record of item %s (done %s, %s min) is not the coach's reading (%s, %s min)",
                ctx.session_id,
                item.item_id,
                item.completed,
                item.minutes,
                "done" if got.get("completed") else "noted" if got else "not reported",
                minutes,
            )
    return read


def item_named(text: str | None, ctx: TurnContext) -> str | None:
    """The id of the routine item ``text`` (a model's question) names, if one (:func:`_named`)."""
    return _named(text, _item_names(ctx))


def items_named(text: str | None, ctx: TurnContext) -> list[str]:
    """The ids of every routine item ``text`` names (half its words or more, as :func:`_named`)."""
    said = {w.lower() for w in _WORDS.findall(text or "")}
    found = []
    for key, name in _item_names(ctx).items():
        wanted = {w.lower() for w in _WORDS.findall(name) if len(w) >= 3}
        if wanted and len(wanted & said) / len(wanted) >= 0.5:
            found.append(key)
    return found


def _item_names(ctx: TurnContext) -> dict[str, str]:
    names = {i["id"]: str(i.get("name") or "") for s in ctx.data.get("sections") or [] for i in s.get("items") or []}
    return {k: v for k, v in names.items() if k}


# A question asking how an item went or how long it took ("How did the Nocturne go?", "How long were the scales?",
# "Did you get through the kata?", "What about the sonata?"); never one only naming it ("Before you start the
# Nocturne, how are your hands?", "Shall we move on to the Nocturne?", "Would you like to leave the Nocturne for now?").
_REPORT_ASKED = re.compile(
    r"\bhow\s+(?:long|many\s+(?:minutes|times|rounds|goes)|much\s+time|far|well)\b"
    r"|\bhow\s+(?:did|do|does|has|have|was|were|is|['’]s|had)\s+(?!(?:you|your|yours|my|we|our|they|their)\s+"
    r"(?:feel|feeling|hands?|fingers?|wrists?|arms?|back|eyes?|voice|body|head|lips?|legs?|knees?|neck|shoulders?)\b)"
    r"|^\W*(?:(?:and|so|now|ok(?:ay)?|right)\W+)?(?:did|have|had|were)\s+you\s+(?:\w+\s+){0,2}?"
    r"(?:do|done|play|played|finish|finished|practi[sc]e|practi[sc]ed|try|tried|get\s+(?:to|through)|got\s+(?:to|through)"
    r"|manage|managed|able|run|ran|work|worked|go\s+through|complete|completed)\b"
    r"|\b(?:how|what)\s+about\b|\bany\s+(?:luck|progress)\b|\bhow\s+(?:it|that|they)\s+(?:went|felt)\b",
    re.IGNORECASE,
)
# "Now that the scales are done, how did the next one go?": the item named is not the one asked.
_ANOTHER_ASKED = re.compile(r"\b(?:next|other|another|remaining)\b", re.IGNORECASE)


def item_asked(reply: str | None, ctx: TurnContext, done_now: Collection[str] = ()) -> str | None:
    """The routine item whose report a question of ``reply`` (a model's) asks for (:data:`_REPORT_ASKED`), so the next
    answer is read as that item's report; an item the question only names is not stored (the coach read "A bit
    stiff but fine, ten minutes of stretching" after "Before you start the Nocturne, how are your hands feeling?"
    as the Nocturne done in 10)."""
    said = said_sentences(reply or "")
    done = {i["id"] for s in ctx.data.get("sections") or [] for i in s.get("items") or [] if i.get("completed")}
    done |= set(done_now)  # ``done_now``: the items this answer reported done, recorded after the reply
    for n, sentence in enumerate(said):
        if "?" not in sentence or not _REPORT_ASKED.search(sentence) or _ANOTHER_ASKED.search(sentence):
            continue
        if (found := item_named(sentence, ctx)) is not None:
            return found
        if n and _POINTED.search(sentence):
            # "Since the scales are done, the Nocturne is all that's left. How did it go?": the open item said before
            named = [k for k in items_named(said[n - 1], ctx) if k not in done]
            if len(named) == 1:
                return named[0]
    return None


_POINTED = re.compile(r"\b(?:it|that|they|them)\b", re.IGNORECASE)


def _named(text: str | None, names: dict[str, str]) -> str | None:
    """The routine item ``text`` names: at least half of the item's words of three letters or more
    ("Shifting" names "Shifting drills"), and more of them than of any other item ("long" alone
    names neither "Long tones" nor "Long bows")."""
    said = {w.lower() for w in _WORDS.findall(text or "")}
    shares: dict[str, float] = {}
    for key, name in names.items():
        wanted = {w.lower() for w in _WORDS.findall(name) if len(w) >= 3}
        if wanted:
            shares[key] = len(wanted & said) / len(wanted)
    ranked = sorted(shares.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < 0.5 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _time_ahead(ctx: TurnContext) -> bool:
    """The session's planned minutes are not yet all but used (``NEARLY_UP``, as the guided interviewer)."""
    if not ctx.scheduled_minutes:
        return False
    start = ctx.started_at or (ctx.asked[0].created_at if ctx.asked else ctx.now)
    return elapsed_ms(start, ctx.now) < ctx.scheduled_minutes * 60_000 * NEARLY_UP


def _names(record: StoryRecord, answer: str, reading: Reading) -> tuple[list[str], list[str]]:
    """People and places of ``answer``: the model's, grounded in it, joined with the guided reader's.

    A 0.5B model lists about half the names of a rich answer (measured: 15 of 24 people, 13 of
    30 places), the deterministic reader of the guided interviewer about nine in ten, and it
    tells a cookstove or a horse from a person. So the two are merged: the model adds what
    the rules miss, the rules add what the model skipped and veto the things and places it called
    people.
    """
    things = set(reading.things)
    # The reader's places veto the model's people too: the 0.5B model listed Gary, Fort Jackson,
    # Seattle, Pusan and Norfolk among held-out Virgil's people.
    people = [p for p in _grounded(record.people, answer) if p not in things and p not in reading.places]
    people += [p for p in reading.people if p not in people]
    places = [p for p in _grounded(record.places, answer) if p not in people and p not in things]
    places += [p for p in reading.places if p not in places and p not in people]
    return people[:20], places[:20]


# Words that point at someone or somewhere but name nobody: "you", "them", "there" (the 0.5B model
# recorded "you" as a place of "You ain't quitting on me?", and asked "I can almost see you …").
_POINTERS = frozenset(
    "i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its "
    "itself we us our ours ourselves they them their theirs themselves this that these those here there "
    "where everywhere somewhere anywhere nowhere someone somebody anyone anybody everyone everybody nobody "
    "something anything everything nothing who what".split()
)
# "my mother", "My grandmother", "my Uncle Yaw"; not "Our Lady of Lourdes" (a capital before a capital).
_POSSESSIVE = re.compile(r"^(?:(?:my|our|your|his|her|their)\s+|(?:My|Our|Your|His|Her|Their)\s+(?=[^\W\d_A-Z]))")
_TIME_WORD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|morning|afternoon|evening|"
    rf"night|day|month|year|spring|summer|autumn|fall|winter|christmas|easter|{'|'.join(MONTHS)}|holiday)s?"
)
# "Welch of a Saturday", "Korea in '51", "Bluefield, 1955", "Gary '31": when, stuck on a name (not the
# number of "Route 66" or "Studio 54").
_TIME_TAIL = re.compile(
    # never "of" and a month: "Isle of May" and "Fourth of July" are names; an ordinal is a street
    # ("Macy's on 34th Street")
    rf"(?:(?:^|[\s,]+)(?:of(?!\s+(?:{'|'.join(MONTHS)})\b)|on|in|at|during|by|every|each|one|some"
    r"|that|this|last|next|back in)\s+"
    rf"(?:(?:a|an|the|that|this|one|every|each|early|late|cold|long)\s+)*(?:{_TIME_WORD}\b|'?\d(?!\d*(?:st|nd|rd|th)\b))"
    r"|,\s*'?\d{2,4}s?\b|\s+'\d{2}s?\b).*$",
    re.IGNORECASE,
)


def named(name: str) -> str | None:
    """``name`` as a name that may be spoken back, or None when it is none: a time phrase stuck on it
    is cut ("Welch of a Saturday" → "Welch"), "my" before a word too ("my mother" → "mother": the
    interviewer does not say "my"); a pronoun or a pointing word ("you", "there", "him and her")
    names nobody, unless a name's own capitalised words begin with it ("Our Lady of Lourdes")."""
    kept = _POSSESSIVE.sub("", _TIME_TAIL.sub("", " ".join(name.split()))).strip(" ,.;:")
    words = _WORDS.findall(kept)
    if not words:
        return None
    for word, after in zip(words, [*words[1:], ""], strict=True):
        # A capital one before another capital is a name's own word ("Our Lady of Lourdes").
        if word.lower() in _POINTERS and not (word[0].isupper() and after[:1].isupper()):
            return None
    return kept


def names_only(names: list[str]) -> list[str]:
    """The names of ``names`` that are names (:func:`named`), once each, in order."""
    kept: list[str] = []
    for name in names:
        if (n := named(name)) is not None and n not in kept:
            kept.append(n)
    return kept


def checked(call: ToolCall) -> ToolCall:
    """A model's own ``annotate_response`` (native mode) with only names in its people and places."""
    if call.name != "annotate_response":
        return call
    try:
        args = json.loads(call.arguments or "{}")
    except json.JSONDecodeError:
        return call  # the tool reports it
    if not isinstance(args, dict):
        return call
    for key in ("mentions_people", "mentions_places"):
        if isinstance(args.get(key), list):
            args[key] = names_only([n for n in args[key] if isinstance(n, str)])
    return ToolCall(call.id, call.name, json.dumps(args))


def _grounded(names: list[str], answer: str) -> list[str]:
    """The names as the answer spells them; names it does not contain are dropped (a small model
    also lists names it made up, or translates them: "Lisboa" for the Lisbon the person said)."""
    kept: list[str] = []
    spoken = {w.lower(): w for w in _WORDS.findall(answer)}
    for name in names:
        words = [_as_spoken(w, spoken) for w in _WORDS.findall(name) if len(w) > 1]
        if words and all(words):
            found = " ".join(w for w in words if w)
            if found not in kept:
                kept.append(found)
    return kept[:20]


def _as_spoken(word: str, spoken: dict[str, str]) -> str | None:
    low = word.lower()
    if low in spoken:
        return spoken[low]
    stem = low[: max(4, len(low) - 2)]
    close = [
        w for key, w in spoken.items() if len(stem) >= 4 and key.startswith(stem) and abs(len(key) - len(low)) <= 2
    ]
    return close[0] if len(close) == 1 else None


def _bounded(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: text.rfind(" ", 0, limit)] + " …"
