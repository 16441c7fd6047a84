"""The model side of a turn: prompt the model, apply what it records, get the next question.

The turn runner (``agent.turns``) owns the transactions; this module owns the
conversation with the provider, inside the second transaction (tools run in it).

Tool modes (``STORYLOOM_LLM_TOOL_MODE``, DESIGN §4), because real models differ:

- ``native``: OpenAI function calling with the session kind's tools only. A tool call the
  model wrote as text is parsed (``agent.replies``) and run if it names a real tool, or
  dropped; machine text is never stored or shown.
- ``structured``: two calls. *record*: one JSON object constrained by a schema
  (``agent.record``), applied through the same tools; *ask*: the next question, plain text.
- ``auto``: native, until a reply holds a text-written call or the endpoint refuses tools;
  from then on the session is structured. The switch is remembered in this process and
  stored on the agent's interaction (``data.tool_mode``), so other processes and restarts
  see it from the session's history.

Every call is capped (``max_tokens``) and carries a temperature. A reply that is still not a
usable question after cleaning is replaced by the guided interviewer's next question; a
usable reply that asks nothing (a statement) keeps its words when they are one short
acknowledgement and gets the guided interviewer's question added, else it is replaced too.
Not a second model call: that costs seconds on a CPU, the guided question milliseconds, and it
already follows the names just said. In structured mode the ask call is told the people and
places the record found, and a question naming none of them gets the guided follow-up the same
way. Every fallback is logged and recorded on the interaction (``data.fallback``).
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

import msgspec

from agent import record
from agent.context import build_messages, spoken_name
from agent.guided import care, grief, story, wishes
from agent.guided.annotate import read
from agent.guided.naming import address_name
from agent.guided.practice import duration_minutes as practice_minutes
from agent.guided.state import Outcome, encode
from agent.model import (
    ModelReply,
    ModelRequest,
    PromptInfo,
    Provider,
    ProviderError,
    TextSink,
    ToolCall,
    ToolsRefused,
    TurnContext,
)
from agent.private import PRIVATE_NOTES
from agent.prompting import render
from agent.pronouns import agree
from agent.providers.guided import GuidedProvider, created_topic
from agent.replies import (
    StreamFilter,
    acknowledgement,
    clauses,
    clean,
    first_questions,
    invites,
    models_replies,
    problem,
    question_part,
    quotes,
    records_said,
    split_reply,
    trim_to_sentence,
    without_copied_lead,
    without_sentences,
    without_stock_delight,
)
from agent.settings import AgentSettings
from agent.tools import KIND_TOOLS, TOOLS, ToolContext, invoke, tool_specs

log = logging.getLogger(__name__)

_CHARS_PER_TOKEN_CAP = 6  # a reply longer than max_tokens * this many characters is over the cap
# The tool that records an answer of each kind: a native turn that did not call it is recorded by the guided reader.
_RECORDING_TOOL = {"story": "annotate_response", "practice": "update_item", "study": "record_attempt"}
_GREETING = r"[Hh]ello|[Hh]i|[Hh]ey|[Dd]ear|[Ww]elcome|[Gg]ood (?:morning|afternoon|evening)"
_KNOWN_SESSIONS = 10_000  # bound on the in-process memory of sessions switched to structured
_NAMES_IN_PROMPT = 6  # the names of this answer the ask call is told (a rich answer names a dozen)
_PRONOUN_EXCHANGES = 6  # the recent answers whose pronouns for the people they name a reply keeps


@dataclass(slots=True)
class LoopResult:
    """The agent's next words and what is stored with them on its interaction."""

    text: str
    prompt: PromptInfo | None = None
    data: dict[str, Any] = field(default_factory=dict)  # merged into the interaction's ``data``

    def prompt_fields(self, timings: dict[str, Any]) -> dict[str, Any]:
        data: dict[str, Any] = {**self.data, "timings": timings}
        fields: dict[str, Any] = {"data": data}
        if self.prompt is not None:
            fields["prompt_category"] = self.prompt.category
            fields["topic_id"] = self.prompt.topic_id
            ids = (("question_id", self.prompt.question_id), ("item_id", self.prompt.item_id))
            data.update({k: v for k, v in ids if v})
        return fields


@dataclass(slots=True)
class _Turn:
    """What one run learns, for the interaction's data and timings."""

    ctx: TurnContext
    tools: ToolContext
    on_text: TextSink | None
    timings: dict[str, Any]
    data: dict[str, Any] = field(default_factory=dict)
    tool_ms: float = 0.0
    places: list[str] = field(default_factory=list)  # the places this turn's record found in the answer
    answer: str | None = None  # the answer this turn replies to (None on an opening)
    private: str | None = None  # the sensitive topic that answer tells of: kept private, never quoted back
    sorrow: str | None = None  # the loss, grave accident or illness it tells of (grief.sorrow), met with care
    coach: dict[str, dict[str, Any]] | None = None  # practice: the items the coach reads reported (record.coach_items)


class ModelLoop:
    """One per turn runner (so per process): it remembers which sessions went structured."""

    def __init__(self, provider: Provider, settings: AgentSettings) -> None:
        self.provider = provider
        self.settings = settings
        self.llm = settings.llm
        # The guided provider makes real tool calls and plain text: no protocol to enforce.
        self.model_driven = not isinstance(provider, GuidedProvider)
        self._specs = {kind: tool_specs(kind) for kind in KIND_TOOLS}
        self._all_specs = tool_specs()
        self._switched: dict[uuid.UUID, str] = {}  # auto mode: session -> why it went structured
        self._guided = GuidedProvider()

    async def run(
        self, ctx: TurnContext, tools: ToolContext, on_text: TextSink | None, timings: dict[str, Any]
    ) -> LoopResult:
        turn = _Turn(ctx, tools, on_text, timings)
        turn.answer = ctx.history[-1].person_response if ctx.history and not ctx.opening else None
        turn.private = grief.sensitive(turn.answer) if turn.answer else None
        turn.sorrow = _SORROW.get(turn.private or "")  # read once with it, not again for the moment
        timings["model_ms"] = []
        try:
            if not self.model_driven:
                return await self._native(turn, enforce=False)
            if ctx.kind == "study" and any(q.get("id") and q.get("prompt") for q in ctx.data.get("questions") or []):
                return await self._template_quiz(turn)
            if self._mode(ctx) == "structured":
                return await self._structured(turn)
            try:
                return await self._native(turn, enforce=True)
            except ToolsRefused as exc:
                if self.llm.tool_mode != "auto":
                    raise
                self._switch(turn, f"the endpoint refused tools: {exc.message}")
                return await self._structured(turn)
        finally:
            timings["tools_ms"] = round(turn.tool_ms, 2)

    # --- modes ------------------------------------------------------------------------

    def _mode(self, ctx: TurnContext) -> str:
        if self.llm.tool_mode != "auto":
            return self.llm.tool_mode
        if ctx.session_id in self._switched:
            return "structured"
        if any((i.data or {}).get("tool_mode") == "structured" for i in ctx.asked):
            self._remember(ctx.session_id, "stored on the session's interactions")
            return "structured"
        return "native"

    def _switch(self, turn: _Turn, reason: str) -> None:
        log.warning(
            "session %s: the model's tool calls are unreliable (%s); using structured mode", turn.ctx.session_id, reason
        )
        self._remember(turn.ctx.session_id, reason)
        turn.data["tool_mode_switch"] = reason
        turn.data["tool_mode"] = "structured"  # read back by _mode on later turns, in any process

    def _remember(self, session_id: uuid.UUID, reason: str) -> None:
        if len(self._switched) >= _KNOWN_SESSIONS:
            self._switched.pop(next(iter(self._switched)))
        self._switched[session_id] = reason

    async def _native(self, turn: _Turn, *, enforce: bool) -> LoopResult:
        """Function calling; with ``enforce``, text-written calls are parsed and replies cleaned."""
        ctx = turn.ctx
        turn.data["tool_mode"] = "native"
        messages = build_messages(ctx)
        specs = self._specs.get(ctx.kind, self._all_specs) if enforce else self._all_specs
        names = {s["function"]["name"] for s in specs} if enforce else set(TOOLS)
        results: list[tuple[ToolCall, str]] = []
        for step in range(self.settings.max_steps):
            sink = self._filter(turn) if enforce else turn.on_text
            request = ModelRequest(
                messages,
                specs,
                ctx,
                step,
                list(results),
                max_tokens=self.llm.record_max_tokens,
                temperature=self.llm.temperature,
            )
            reply = await self._call(turn, "native", request, sink)
            calls = list(reply.tool_calls)
            text = reply.text or ""
            if enforce:
                split = split_reply(text, TOOLS)
                text = split.text
                calls += [c for c in split.calls if c.name in names]
                calls = [record.checked(c) for c in calls]  # only names are recorded, to be spoken back later
                if ctx.kind == "practice":
                    claims = _claims(calls)
                    calls = [_as_read(turn, c, claims) for c in calls]
                if split.had_machine_text:
                    turn.data["text_calls"] = turn.data.get("text_calls", 0) + len(split.calls) + len(split.dropped)
            if not calls:
                if not (reply.text or "").strip():
                    raise ProviderError("bad_response", "the model returned an empty reply")
                if not enforce:
                    return LoopResult(text.strip(), reply.prompt, turn.data)
                if "text_calls" in turn.data and self.llm.tool_mode == "auto" and not results:
                    # Machine text naming no tool: nothing was recorded yet, so do the whole turn structured.
                    self._switch(turn, "the model wrote a tool call as text")
                    return await self._structured(turn)
                return await self._native_end(turn, messages, text, reply, sink, results)
            messages.append(_assistant_message(clean(text, ctx.person_name) if enforce else reply.text, calls))
            for call, result in await self._run_calls(turn, calls):
                results.append((call, result))
                messages.append({"role": "tool", "tool_call_id": call.id, "content": result})
            if enforce and "text_calls" in turn.data and self.llm.tool_mode == "auto":
                # It wrote its calls as text: they are applied; ask for the question in plain text.
                self._switch(turn, "the model wrote a tool call as text")
                private = _reader_marks(turn, results) + _coach_rest(turn, results)
                private += _kept_private(turn, results, private)
                moment, met = self._moment(turn)
                result = await self._guided_moment(turn, moment, met=met) if moment else await self._ask(turn)
                await self._run_calls(turn, private)
                return result
        log.warning("turn on session %s hit the step limit (%d)", ctx.session_id, self.settings.max_steps)
        text = render("system/wrap_up.j2", person_name=address_name(ctx.person_name, ctx.person_called))
        if turn.on_text is not None:
            await turn.on_text(text)
        return LoopResult(text, None, turn.data)

    async def _native_end(
        self,
        turn: _Turn,
        messages: list[dict[str, Any]],
        text: str,
        reply: ModelReply,
        sink: TextSink | None,
        results: list[tuple[ToolCall, str]],
    ) -> LoopResult:
        """The model's last reply of a native turn. An answer it recorded nothing about gets the
        guided reader's record (held-out Kofi, native and auto: the 0.5B model chatted and never
        called a tool, so no person or place of 8 answers, no practice item and no quiz answer was
        recorded); a loss, a wish or "I don't remember" is answered by the guided listening rules,
        as in structured mode."""
        ctx = turn.ctx
        answer = turn.answer
        pending: list[ToolCall] = []
        recorder = _RECORDING_TOOL.get(ctx.kind)
        if answer and recorder and not any(c.name == recorder for c, _ in results):
            # The answer as the guided reader records it: a story's people, places and scene; the
            # practice item or study question the model asked about, done or graded from the template.
            pending = record.calls(ctx, record.empty(ctx), answer)
            turn.data["recorded_by"] = "guided reader"
        else:
            pending = _reader_marks(turn, results) + _coach_rest(turn, results)
        pending += _kept_private(turn, results, pending)
        moment, met = self._moment(turn)
        if moment is not None:
            result = await self._guided_moment(turn, moment, sink, met)
        else:
            result = await self._finish(turn, messages, text, reply, sink)
        await self._run_calls(turn, pending)
        return result

    async def _structured(self, turn: _Turn) -> LoopResult:
        """The *record* call (when there is an answer to record), then the *ask* call."""
        ctx = turn.ctx
        turn.data["tool_mode"] = "structured"
        answer = turn.answer
        pending: list[ToolCall] = []
        if answer and turn.tools.answer_sequence is not None:
            request = ModelRequest(
                build_messages(ctx, "structured", "record"),
                [],
                ctx,
                0,
                max_tokens=self.llm.record_max_tokens,
                temperature=0.0,  # extraction, not conversation
                response_format=record.record_schema(ctx),
            )
            reply = await self._call(turn, "record", request, None)
            try:
                written = record.decode(ctx, reply.text or "")
            except (msgspec.ValidationError, msgspec.DecodeError) as exc:
                # Cut off at the cap or malformed: an empty record still gets the guided reader's
                # people, places and scene recorded (a story answer is never left unannotated).
                log.warning("session %s: the model's record was not usable: %s", ctx.session_id, exc)
                turn.data["record_error"] = str(exc)[:500]
                written = record.empty(ctx)
            if ctx.kind == "practice":
                turn.coach = record.coach_items(ctx, record.claimed_done(written))
            pending = record.calls(ctx, written, answer, coach=turn.coach)
        moment, met = self._moment(turn)
        if moment is not None:
            result = await self._guided_moment(turn, moment, met=met)
        else:
            # The record is applied after the ask call: the question does not depend on it, and no
            # write (on SQLite, the database's one write lock) is held while the model thinks.
            turn.places = _told(pending, "mentions_places")
            result = await self._ask(turn, told_names(pending))
        await self._run_calls(turn, pending)
        return result

    async def _template_quiz(self, turn: _Turn) -> LoopResult:
        """A quiz whose template holds its questions and answers is asked in the template's words and
        order and graded against its answers, by the guided tutor, in every tool mode. The 0.5B model
        rewrote "What surrounds an animal cell?" into "What is the name of the cell that is made of the
        nucleus?", graded "the nucleus?" right, and never ended the quiz; a string check against the
        expected answer is what a quiz needs, and it costs no model call."""
        outcome = self._guided.plan(turn.ctx)
        turn.data["guided_moment"] = "a quiz from the template"
        calls = [ToolCall(f"guided_{i}", name, encode(args)) for i, (name, args) in enumerate(outcome.calls)]
        if turn.on_text is not None:
            await turn.on_text(outcome.text)
        await self._run_calls(turn, calls)
        return LoopResult(outcome.text, outcome.info, turn.data)

    def _moment(self, turn: _Turn) -> tuple[str | None, Outcome | None]:
        """What in this answer the guided listening rules answer instead of the model (a story's
        loss, wish or gap; a loss told in practice or study), and the care reply for the latter."""
        if turn.ctx.kind == "story":
            return _listening_moment(turn.answer, turn.sorrow), None
        met = self._care(turn)
        if met is None and turn.answer and wishes.tired(turn.answer) and not wishes.not_done(turn.answer):
            # a close said ("Allez, that's it for today … Tot straks."): the coach's or tutor's end, when it proposes
            # one (the 0.5B model gave the routine's summary and "anything to note?" instead)
            outcome = self._guided.plan(turn.ctx)
            if any(name == "propose_end" for name, _ in outcome.calls):
                return "tired: asked to stop for today", outcome
        return (f"{met[0]} told beside a {turn.ctx.kind} answer", met[1]) if met is not None else (None, None)

    def _care(self, turn: _Turn) -> tuple[str, Outcome] | None:
        """Practice or study: a loss told beside a report or an answer is met as the guided coach and
        tutor meet it, by their reply taken whole (:mod:`agent.guided.care`: acknowledged, a pause
        offered, no next item or question in the same breath, once per loss). The 0.5B model asked
        "What did your aunt Gertrud do?" after "my aunt passed away on Sunday". The reply to the care
        (or to a pause) is the model's again."""
        ctx = turn.ctx
        if ctx.kind not in ("practice", "study") or (kind := turn.sorrow) is None:
            return None
        outcome = self._guided.plan(ctx)
        return (f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}", outcome) if care.given(outcome) else None

    async def _guided_moment(
        self, turn: _Turn, moment: str, sink: TextSink | None = None, met: Outcome | None = None
    ) -> LoopResult:
        """A loss, a wish ("ask me about…", "I want to talk about…", "I'm tired"), "I don't remember": the guided
        interviewer's listening rules answer, not a small model (held-out Kofi's "Ask me about my
        uncle Yaw" got "Who was there with you then?"). No ask call: seconds saved on a CPU.
        ``met``: the coach's or tutor's reply to a loss in practice or study (:meth:`_care`)."""
        outcome = met if met is not None else self._guided.plan(turn.ctx)
        log.info("session %s: %s; the guided interviewer answers", turn.ctx.session_id, moment)
        turn.data["guided_moment"] = moment
        info = outcome.info
        # A change of subject's topic link, and the end the closing proposes (a tired person).
        links = [(name, args) for name, args in outcome.calls if name in ("link_topic", "propose_end")]
        if links:  # a change of subject: the topic is linked (created) now, and the question is about it
            done = await self._run_calls(
                turn, [ToolCall(f"guided_{i}", n, encode(a)) for i, (n, a) in enumerate(links)]
            )
            if info.question_id == story.NEW_TOPIC:
                created = created_topic(done)
                info = PromptInfo(info.category, f"scene@{created.hex}" if created else "scene.new", created)
        if isinstance(sink, StreamFilter):  # native: the model's words may be on their way already
            await sink.finish(outcome.text)
        elif turn.on_text is not None:
            await turn.on_text(outcome.text)
        return LoopResult(outcome.text, info, turn.data)

    async def _ask(self, turn: _Turn, names: list[str] | None = None) -> LoopResult:
        """The *ask* call. ``names``: the people and places this turn's record found in the answer;
        the task line ends on them (last, after the fixed prompt: the prompt cache holds), because a
        0.5B model told only "something they named" asked "What did your mother do?" after "Ingrid"."""
        sink = self._filter(turn)
        messages = build_messages(turn.ctx, "structured", "ask")
        if names and not turn.ctx.opening:
            closing = messages[-1]
            people = [n for n in names if n not in turn.places]
            places = [n for n in names if n in turn.places]
            cue = render("system/ask_names.j2", person_name=spoken_name(turn.ctx), people=people, places=places)
            messages[-1] = {**closing, "content": f"{closing['content'].rstrip()}\n{cue}"}
        request = ModelRequest(
            messages,
            [],
            turn.ctx,
            1,
            max_tokens=self.llm.max_tokens,
            temperature=self.llm.temperature,
        )
        reply = await self._call(turn, "ask", request, sink)
        if not (reply.text or "").strip():
            raise ProviderError("bad_response", "the model returned an empty reply")
        return await self._finish(turn, messages, split_reply(reply.text or "", TOOLS).text, reply, sink, names)

    # --- pieces -------------------------------------------------------------------------

    async def _call(self, turn: _Turn, name: str, request: ModelRequest, sink: TextSink | None) -> ModelReply:
        t = time.perf_counter()
        reply = await self.provider.reply(request, sink)
        turn.timings["model_ms"].append(_ms(t))
        if reply.usage or reply.truncated:
            usage = {"call": name, **reply.usage, **({"truncated": True} if reply.truncated else {})}
            turn.timings.setdefault("model_usage", []).append(usage)
        return reply

    async def _run_calls(self, turn: _Turn, calls: list[ToolCall]) -> list[tuple[ToolCall, str]]:
        t = time.perf_counter()
        done = [(call, await invoke(turn.tools, call)) for call in calls]
        turn.tool_ms += _ms(t)
        failed = [f"{call.name}: {result}" for call, result in done if '"ok": false' in result]
        if failed:
            turn.data.setdefault("tool_errors", []).extend(f[:300] for f in failed)
        return done

    def _filter(self, turn: _Turn) -> StreamFilter | None:
        if turn.on_text is None:
            return None
        # A reply to a private answer is held until it is checked (:meth:`_finish`): it may quote it.
        return StreamFilter(turn.on_text, TOOLS, turn.ctx.person_name, hold=turn.private is not None)

    async def _finish(
        self,
        turn: _Turn,
        messages: list[dict[str, Any]],
        text: str,
        reply: ModelReply,
        sink: TextSink | None,
        names: list[str] | None = None,
    ) -> LoopResult:
        """Clean the reply; if it is still not a usable question, the guided interviewer asks instead."""
        cleaned = _spoken_to(clean(text, turn.ctx.person_name), turn.ctx.person_name, turn.ctx.person_called)
        if reply.truncated:
            cleaned = trim_to_sentence(cleaned)
        cap = self.llm.max_tokens * _CHARS_PER_TOKEN_CAP
        # Our own instructions (the task line, the opening cue): a small model sometimes says them back.
        last = messages[-1]
        told = (last["content"] or "").rpartition("Next step:")[2] if last["role"] == "system" else ""
        told = told or (last["content"] or "" if turn.ctx.opening else "")
        asked = [i.agent_prompt for i in turn.ctx.asked if i.agent_prompt]
        if (uncopied := without_copied_lead(cleaned, asked)) != cleaned:
            cleaned = _mended(turn, reply, uncopied, "copied an earlier reply's opening", "its question alone")
        after_care = _after_care(turn.ctx)
        own = models_replies(turn.ctx.asked)
        if (calmer := without_stock_delight(cleaned, own, after_care=after_care, answer=turn.answer)) != cleaned:
            why = "stock delight after care" if after_care else "stock delight again"
            cleaned = _mended(turn, reply, calmer, why, "left out")
        if turn.ctx.kind == "practice" and (unfounded := _records_unfounded(turn, cleaned)):
            # "Great, Coffee is ticked off (12 minutes).", "Got it: <the words a teacher used to say>."
            cleaned = _mended(
                turn, reply, without_sentences(cleaned, unfounded), "said an item recorded that was not", "left out"
            )
        if (fewer := first_questions(cleaned)) != cleaned:
            cleaned = _mended(turn, reply, fewer, "a chain of questions", "its first questions kept")
        exchanges = _exchanges(turn.ctx)
        if (agreed := agree(cleaned, exchanges)) is not None and agreed != cleaned:
            # "Tell me about your mule. What was he like?" of a mule the person called "she".
            cleaned = _mended(turn, reply, agreed, "a pronoun contradicts the person's", "pronoun put right")
        reason = (
            "over the cap"
            if reply.truncated and not cleaned
            else problem(
                cleaned,
                cap,
                TOOLS,
                told,
                asked,
                turn.ctx.person_name,
                turn.ctx.intention,
                turn.answer,
                exchanges=exchanges,
                kind=turn.ctx.kind,
            )
        )
        info = reply.prompt
        if reason is not None:
            outcome = self._guided.plan(turn.ctx)
            log.warning(
                "session %s: the model's reply was not usable (%s); the guided interviewer asked instead",
                turn.ctx.session_id,
                reason,
            )
            turn.data["fallback"] = {"reason": reason, "by": "guided", "model_text": (reply.text or "")[:500]}
            cleaned, info = outcome.text, outcome.info
        elif not invites(cleaned, _items(turn.ctx)):
            outcome = self._guided.plan(turn.ctx)
            # Study: the guided reply grades from the template's answer; a model's statement may not.
            ack = acknowledgement(cleaned) if turn.ctx.kind != "study" else None
            question = question_part(outcome.text)
            by = "guided question added" if ack is not None else "guided"
            log.warning(
                "session %s: the model's reply asked nothing (%r); %s",
                turn.ctx.session_id,
                cleaned[:200],
                "the guided question was added to it" if by != "guided" else "the guided interviewer asked instead",
            )
            turn.data["fallback"] = {"reason": "not a question", "by": by, "model_text": (reply.text or "")[:500]}
            cleaned = f"{ack} {question}" if by != "guided" else outcome.text
            info = outcome.info
        elif (place := _asked_as_someone(cleaned, turn.places)) is not None:
            # "What did Southfield do?", "Who was Lagos?": the 0.5B model asks after a place of the
            # answer as if it were a person; the guided follow-up asks about it as a place.
            outcome = self._guided.plan(turn.ctx)
            log.warning(
                "session %s: the model asked about the place %r as if it were someone; the guided question asked",
                turn.ctx.session_id,
                place,
            )
            turn.data["fallback"] = {
                "reason": "a place asked about as someone",
                "by": "guided",
                "model_text": (reply.text or "")[:500],
            }
            cleaned, info = outcome.text, outcome.info
        elif names and not _names_any(cleaned, names):
            # A question that follows nobody just told ("What did your mother do?" after "Ingrid
            # and Tromsø"): the guided follow-up names them; the model's acknowledgement is kept.
            outcome = self._guided.plan(turn.ctx)
            question = question_part(outcome.text)
            if _names_any(question, names):
                before = cleaned[: max(cleaned.rfind(question_part(cleaned)), 0)].strip()
                ack = acknowledgement(before) if before else None
                by = "guided question added" if ack is not None else "guided"
                log.warning(
                    "session %s: the model's question named nobody just told (%r); the guided question asked",
                    turn.ctx.session_id,
                    cleaned[:200],
                )
                turn.data["fallback"] = {
                    "reason": "names nobody told",
                    "by": by,
                    "model_text": (reply.text or "")[:500],
                }
                cleaned = f"{ack} {question}" if ack is not None else outcome.text
                info = outcome.info
        if turn.private is not None and turn.answer:
            # The model's words may say a private answer back: they are neither kept on the interaction
            # (its data is no more private than the prompt) nor shown.
            fallback = turn.data.get("fallback") or {}
            fallback.pop("model_text", None)
            if fallback.get("by") != "guided" and quotes(cleaned, turn.answer):
                cleaned, info = self._unquoted(turn, cleaned, info)
        if info is None and turn.ctx.kind == "practice":
            # The item whose report the model's question asks for is stored with it, as the coach's are: the next
            # answer's report is read as that item's (record.coach_items), whatever words it uses.
            asked_item = record.item_asked(
                cleaned, turn.ctx, [k for k, got in _coach_items(turn).items() if got.get("completed")]
            )
            info = PromptInfo("exercise", item_id=asked_item) if asked_item is not None else None
        if isinstance(sink, StreamFilter):
            await sink.finish(cleaned)
        return LoopResult(cleaned, info, turn.data)

    def _unquoted(self, turn: _Turn, text: str, info: PromptInfo | None) -> tuple[str, PromptInfo | None]:
        """A reply to a private answer that says its words back ("…my aunt passed away on Sunday. How
        did the Hanon go?"): the words stay in the transcript only, and the reply (stored as the
        agent's prompt, which is not private) loses them. Its question alone when that quotes
        nothing and is the model's, else the guided interviewer's whole reply (its question alone may
        lean on the words before it: "Time for Arpeggios. Once you've played it, how did it go?")."""
        question = question_part(text)
        added = (turn.data.get("fallback") or {}).get("by") == "guided question added"
        alone = not added and question != text and not quotes(question, turn.answer or "")
        log.warning("session %s: the model's reply quoted a private answer; left out", turn.ctx.session_id)
        turn.data["fallback"] = {"reason": "quoted a private answer", "by": "its question alone" if alone else "guided"}
        if alone:
            return question, info
        outcome = self._guided.plan(turn.ctx)
        return outcome.text, outcome.info


def _reader_marks(turn: _Turn, results: list[tuple[ToolCall, str]]) -> list[ToolCall]:
    """The indicators the guided reader sees a native turn's answer plainly meet and the model did not
    mark (a real 0.5B run marked 0 of 2 that the reader marks), as structured mode adds them
    (:func:`agent.record.reader_marks`): a scene the model saved counts as one."""
    if not turn.answer:
        return []
    done = [(call, msgspec.json.decode(call.arguments or "{}")) for call, result in results if '"ok": true' in result]
    marked = {a.get("index") for c, a in done if c.name == "mark_indicator" and a.get("which") == "success"}
    saved = any(c.name == "save_artifact" and a.get("artifact_type") == "scene_capture" for c, a in done)
    marks = record.reader_marks(turn.ctx, scene_saved=saved, marked=marked)
    if marks:
        turn.data["indicators_marked_by"] = "guided reader"
    return [
        ToolCall(
            f"guided_mark_{i}",
            "mark_indicator",
            msgspec.json.encode({"which": "success", "index": i, "evidence": e}).decode(),
        )
        for i, e in marks.items()
    ]


# What the reply before this one was, when it met a loss with care: the guided moment's words (_moment) or care's id.
_CARE_MOMENTS = ("a loss", "an illness", "an accident")
_AFTER_CARE_PROMPTS = 2  # the replies after care still near the loss (the answer to it, the one after)


def _after_care(ctx: TurnContext) -> bool:
    """A loss was met with care in one of the last replies (a story's guided moment, practice's or study's care)."""
    for view in ctx.asked[-_AFTER_CARE_PROMPTS:]:
        data = view.data or {}
        if str(data.get("guided_moment") or "").startswith(_CARE_MOMENTS):
            return True
        if str(data.get("question_id") or "").startswith(care.MOMENTS):
            return True
    return False


# "That's the whole routine ticked off": every item, named by none.
_EVERY_ITEM = re.compile(
    r"\b(?:whole|entire|full)\s+(?:routine|session|practice|list|plan)\b|\beverything\b"
    r"|\ball\s+(?:of\s+)?(?:it|them|three|four|five|the\s+(?:items|exercises|pieces))\b",
    re.IGNORECASE,
)


def _records_unfounded(turn: _Turn, text: str) -> list[str]:
    """The sentences of ``text`` saying an item was recorded (:func:`agent.replies.records_said`) that the coach's
    reading of this answer does not bear out: done or noted of no item it read nor done before (a coffee break, a
    quoted saying), done for noted or in other minutes, an item left for now that it read done. Only the clause
    saying it counts ("Since the scales are already ticked off, the Nocturne is left" is of the scales, done
    before), and an item's own number is no minutes ("Czerny 299 done in 12 minutes")."""
    read = _coach_items(turn)
    items = {i["id"]: i for s in turn.ctx.data.get("sections") or [] for i in s.get("items") or [] if i.get("id")}
    before = {k: i.get("actual_duration_minutes") for k, i in items.items() if i.get("completed")}
    unfounded = []
    for said in records_said(text):
        named = record.items_named(said.clause or said.sentence, turn.ctx)
        if said.kind == "done" and not named:
            named = record.items_named(said.sentence, turn.ctx)  # "Scales, done in ten minutes."
        now = [k for k in named if k in read]
        if said.kind == "done":
            if now or (named := [k for k in named if k in before]):
                got = read[now[0]] if now else {"completed": True, "actual_duration_minutes": before[named[0]]}
                # the minutes may follow in a clause of their own ("Brush strokes: done, 12 minutes.")
                of_it = [c for c in clauses(said.sentence) if set(record.items_named(c, turn.ctx)) <= set(named + now)]
                minutes = _said_minutes(" , ".join(of_it), items)
                wrong = not got.get("completed") or (
                    minutes is not None and abs(minutes - (got.get("actual_duration_minutes") or -1)) > 0.5
                )
            else:
                every = set(items) <= set(before) | {k for k, g in read.items() if g.get("completed")}
                wrong = not (every and _EVERY_ITEM.search(said.clause or said.sentence))
        elif said.kind == "noted":
            wrong = not now or any(read[k].get("completed") for k in now)
        else:
            wrong = any(read[k].get("completed") for k in now)
        if wrong:
            unfounded.append(said.sentence)
    return unfounded


def _said_minutes(clause: str, items: dict[str, dict[str, Any]]) -> float | None:
    """The minutes a record sentence says, read as the coach reads an answer's, the items' names left out."""
    for item in items.values():
        if name := str(item.get("name") or "").strip():
            clause = re.sub(re.escape(name), " ", clause, flags=re.IGNORECASE)
    known = frozenset(w.lower() for i in items.values() for w in re.findall(r"[^\W\d_]+", str(i.get("name") or "")))
    return practice_minutes(clause, known)


def _coach_items(turn: _Turn, claimed: Collection[str] = ()) -> dict[str, dict[str, Any]]:
    if turn.coach is None or (not turn.coach and claimed):
        turn.coach = record.coach_items(turn.ctx, claimed) if turn.answer else {}
    return turn.coach


def _claims(calls: list[ToolCall]) -> list[str]:
    """The items native ``update_item`` calls say done."""
    found = []
    for call in calls:
        if call.name == "update_item":
            with contextlib.suppress(msgspec.DecodeError, AttributeError):
                args = msgspec.json.decode(call.arguments or "{}")
                if args.get("completed") is True and isinstance(args.get("item_id"), str):
                    found.append(args["item_id"])
    return found


def _as_read(turn: _Turn, call: ToolCall, claims: Collection[str] = ()) -> ToolCall:
    """A native ``update_item`` as the coach reads the answer (:func:`agent.record.coach_items`, with the items
    the model's calls say done, ``claims``): its done and minutes are the coach's, and an item the answer does not
    report is left as it was."""
    if call.name != "update_item":
        return call
    try:
        item = msgspec.json.decode(call.arguments or "{}").get("item_id")
    except (msgspec.DecodeError, AttributeError):
        return call  # the tool reports it
    if not isinstance(item, str):
        return call
    read = _coach_items(turn, claims).get(item, {"item_id": item})
    if read != msgspec.json.decode(call.arguments or "{}"):
        turn.data["items_read_by"] = "guided coach"
    return ToolCall(call.id, call.name, msgspec.json.encode(read).decode())


def _coach_rest(turn: _Turn, results: list[tuple[ToolCall, str]]) -> list[ToolCall]:
    """Practice: the items the coach reads reported in the answer that the model's native calls left out."""
    if turn.ctx.kind != "practice" or not turn.answer:
        return []
    called = set()
    for call, _ in results:
        if call.name == "update_item":
            with contextlib.suppress(msgspec.DecodeError, AttributeError):
                called.add(msgspec.json.decode(call.arguments or "{}").get("item_id"))
    rest = [args for item, args in _coach_items(turn).items() if item not in called]
    if rest:
        turn.data["items_read_by"] = "guided coach"
    return [ToolCall(f"guided_item_{i}", "update_item", msgspec.json.encode(a).decode()) for i, a in enumerate(rest)]


def _kept_private(turn: _Turn, results: list[tuple[ToolCall, str]], pending: list[ToolCall]) -> list[ToolCall]:
    """A native turn's answer telling of a death, an illness, abuse or money, kept private as the guided
    interviewer, coach and tutor keep it in every kind of session (the model is not offered
    keep_private: one tool fewer to read): the notes the model wrote on a practice item are
    replaced by the coach's, and keep_private comes last, so what the turn made from the answer
    goes with it (a scene, evidence quoting it)."""
    topic = turn.private  # read once per turn (ModelLoop.turn)
    if topic is None or any(c.name == "keep_private" for c in [c for c, _ in results] + pending):
        return []
    out: list[ToolCall] = []
    for call, result in results:
        if call.name == "update_item" and '"ok": true' in result:
            args = msgspec.json.decode(call.arguments or "{}")
            if args.get("notes"):
                notes = {"item_id": args["item_id"], "notes": PRIVATE_NOTES}
                out.append(ToolCall(f"guided_private_{len(out)}", "update_item", msgspec.json.encode(notes).decode()))
    out.append(ToolCall("guided_private", "keep_private", msgspec.json.encode({"topic": topic}).decode()))
    turn.data["kept_private_by"] = "guided reader"
    return out


# The sorrows :func:`grief.sensitive` names (a grave accident as "other"), as :func:`grief.sorrow` names them: the
# answer's sorrow is read with its sensitive topic, once per turn (``_Turn.sorrow``).
_SORROW = {"loss": "loss", "illness": "illness", "other": "accident"}


def _listening_moment(answer: str | None, sorrow: str | None) -> str | None:
    """What in this answer (``sorrow``: the loss it tells of) the guided interviewer's listening rules handle
    better than a small model."""
    if not answer:
        return None
    if (kind := sorrow) is not None:
        return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} told"
    if wishes.tired(answer) and not wishes.not_done(answer):
        return "tired: asked to stop for today"
    if (wish := wishes.request(answer)) is not None:
        return "a change of subject asked for" if wish.kind == "switch" else "asked to talk about something"
    if story.not_remembered(answer, read(answer)):
        return "does not remember"
    return None


def _told(calls: list[ToolCall], key: str) -> list[str]:
    """One list of this turn's record (``mentions_people`` or ``mentions_places``), as recorded."""
    found: list[str] = []
    for call in calls:
        if call.name == "annotate_response":
            args = msgspec.json.decode(call.arguments or "{}")
            found += [n for n in args.get(key) or [] if isinstance(n, str) and n.strip() and n not in found]
    return found


_AS_SOMEONE = (
    r"(?:who\s+(?:was|is|were)\s+{p}\b"
    r"|what\s+(?:did|does|do|would)\s+{p}\s+(?:do|say|think|feel|want|like)\b"
    r"|how\s+(?:did|does)\s+{p}\s+(?:feel|react)\b)"
)


def _asked_as_someone(text: str, places: list[str]) -> str | None:
    """The place of ``places`` that ``text`` asks after as a person ("What did Southfield do?")."""
    for place in places:
        if re.search(_AS_SOMEONE.format(p=re.escape(place)), text, re.IGNORECASE):
            return place
    return None


def told_names(calls: list[ToolCall]) -> list[str]:
    """The people and places this turn's record found in the answer (the model's merged with the
    guided reader's, in ``annotate_response``), people first, at most a handful for the prompt."""
    names = _told(calls, "mentions_people")
    names += [n for n in _told(calls, "mentions_places") if n not in names]
    return names[:_NAMES_IN_PROMPT]


def _names_any(text: str, names: list[str]) -> bool:
    low = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", low) for n in names)


def _spoken_to(text: str, display_name: str, called: str | None = None) -> str:
    """The person called as the guided interviewer calls them: "Hello Kofi Mensah!" → "Hello Kofi!",
    "Mum (Inês Carvalho)" → "Inês" (the prompt names them by the display name the family typed);
    with what they like to be called (``called``), "Hello Hendrik!" → "Hello Henk!" too."""
    name = address_name(display_name, called)
    if not name or name == display_name.strip():
        return text
    inner = re.search(r"\(([^)]+)\)", display_name)
    for full in (display_name.strip(), inner.group(1).strip() if inner else ""):
        if full and full != name:
            text = re.sub(rf"(?<!\w){re.escape(full)}(?!\w)", name, text)
    # Greeted by the family's word for the relation ("Hello, Ammachi!", "Hi Opa"), or by the name read
    # from the display name when they asked for another ("Hi Hendrik" for Henk): a stranger uses the
    # name. Only after a greeting or as the one spoken to (", Hendrik?"): "your Dad" elsewhere may be
    # the storyteller's own father.
    outer = " ".join(re.sub(r"\([^)]*\)", " ", display_name).split())
    default = address_name(display_name) if called else ""
    for other in {outer, default} - {"", name}:
        text = re.sub(rf"\b({_GREETING}),?(\s+){re.escape(other)}(?!\w)", rf"\1,\2{name}", text)
        if other == default:
            text = re.sub(rf",(\s+){re.escape(other)}(?=\s*[.!?,:;]|$)", rf",\1{name}", text)
    return text


def _mended(turn: _Turn, reply: ModelReply, mended: str, reason: str, by: str) -> str:
    """A model reply shown mended, not as written: logged, and kept on the interaction as its fallback."""
    log.warning("session %s: the model's reply was mended (%s): %s", turn.ctx.session_id, reason, by)
    turn.data["fallback"] = {"reason": reason, "by": by, "model_text": (reply.text or "")[:500]}
    return mended


def _exchanges(ctx: TurnContext) -> list[tuple[str | None, str]]:
    """The recent (question, answer) pairs, oldest first: the pronouns the person used of whom they named."""
    pairs = [(i.agent_prompt, i.person_response) for i in ctx.history if i.person_response]
    return pairs[-_PRONOUN_EXCHANGES:]


def _items(ctx: TurnContext) -> list[str]:
    """What a practice or study reply may end on instead of a question: an exercise, a question's prompt."""
    if ctx.kind == "practice":
        return [str(i.get("name") or "") for s in ctx.data.get("sections") or [] for i in s.get("items") or []]
    if ctx.kind == "study":
        return [str(q.get("prompt") or "") for q in ctx.data.get("questions") or []]
    return []


def _assistant_message(text: str | None, calls: list[ToolCall]) -> dict[str, Any]:
    return {
        "role": "assistant",
        "content": text or None,
        "tool_calls": [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}} for c in calls
        ],
    }


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000.0, 2)
