"""The ``guided`` provider: a deterministic interviewer with no model and no network.

Each turn takes at most two steps. Step 0 records what the new answer holds with the
ordinary tools (annotate_response, save_artifact, update_item, record_attempt,
mark_indicator, propose_end…), exactly as an LLM would; the next step answers with the
next question and the ``PromptInfo`` the turn loop stores on it. The planners in
``agent.guided`` are pure functions of the context, so the plan made at step 0 is the
plan of step 1 too: it is kept between the steps rather than made twice.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

import msgspec

from agent.guided import practice, story, study
from agent.guided.naming import called_name
from agent.guided.phrasing import join, stream
from agent.guided.state import Outcome, encode
from agent.model import ModelReply, ModelRequest, PromptInfo, TextSink, ToolCall, TurnContext

_PLANS_KEPT = 256
_PLANNERS = {"story": story.respond, "practice": practice.respond, "study": study.respond}


class GuidedProvider:
    name = "guided"

    def __init__(self) -> None:
        # The plan of a turn between its two steps, by its context: planned once, not per step.
        self._plans: dict[int, tuple[TurnContext, Outcome]] = {}

    def plan(self, context: TurnContext) -> Outcome:
        """What the interviewer does this turn (exposed for tests and previews)."""
        return _called_back(context, _PLANNERS.get(context.kind, story.respond)(context))

    async def reply(self, request: ModelRequest, on_text: TextSink | None = None) -> ModelReply:
        outcome = self._outcome(request)
        if request.step == 0 and not request.tool_results and outcome.calls:
            self._keep(request.context, outcome)
            return ModelReply(
                tool_calls=[ToolCall(f"guided_{i}", name, encode(args)) for i, (name, args) in enumerate(outcome.calls)]
            )
        info = outcome.info
        if info.question_id == story.NEW_TOPIC:  # the topic link_topic created at step 0 is asked about
            created = created_topic(request.tool_results)
            info = PromptInfo(info.category, f"scene@{created.hex}" if created else "scene.new", created)
        await stream(outcome.text, on_text)
        return ModelReply(text=outcome.text, prompt=info)

    def _outcome(self, request: ModelRequest) -> Outcome:
        """The plan made at step 0 for this very context (the tools' step changes nothing the
        plan reads), or a new one."""
        kept = self._plans.pop(id(request.context), None)
        if kept is not None and kept[0] is request.context:
            return kept[1]
        return self.plan(request.context)

    def _keep(self, context: TurnContext, outcome: Outcome) -> None:
        if len(self._plans) >= _PLANS_KEPT:  # turns that failed between their steps
            self._plans.pop(next(iter(self._plans)))
        self._plans[id(context)] = (context, outcome)

    async def summarise(self, stats: dict[str, Any], draft: str) -> tuple[str, str | None]:
        """The template's summary is the guided summary (``agent.guided.summary.write_summary``)."""
        return draft, None


def _called_back(ctx: TurnContext, outcome: Outcome) -> Outcome:
    """ "Henk it is." first in the reply to an answer that said what the person likes to be called
    (the turn kept it: ``ctx.person_called``), so they hear that it was taken in."""
    answer = ctx.history[-1].person_response if ctx.history and not ctx.opening else None
    said = called_name(answer)
    if said is None or said != ctx.person_called:
        return outcome
    return replace(outcome, text=join(f"{said} it is.", outcome.text))


def created_topic(results: list[tuple[ToolCall, str]]) -> uuid.UUID | None:
    """The id of the topic a ``link_topic`` call of this turn created (its result names it)."""
    for call, result in results:
        if call.name != "link_topic" or msgspec.json.decode(call.arguments).get("new_life_event") is None:
            continue
        try:
            return uuid.UUID(str(msgspec.json.decode(result).get("topic_id")))
        except (msgspec.DecodeError, ValueError, AttributeError):
            return None
    return None
