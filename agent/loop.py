"""The model side of a turn: prompt the model, run the tools it asks for, get the next question.

The turn runner (``agent.turns``) owns the transactions; this module owns the
conversation with the provider, inside the second transaction (tools run in it).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

from agent.context import build_messages
from agent.model import ModelReply, ModelRequest, PromptInfo, Provider, ProviderError, TextSink, ToolCall, TurnContext
from agent.prompting import render
from agent.settings import AgentSettings
from agent.tools import ToolContext, invoke, tool_specs

log = logging.getLogger(__name__)


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


class ModelLoop:
    """One per turn runner (so per process): holds what it learns about the model across turns."""

    def __init__(self, provider: Provider, settings: AgentSettings) -> None:
        self.provider = provider
        self.settings = settings
        self._tools = tool_specs()

    async def run(
        self, ctx: TurnContext, tools: ToolContext, on_text: TextSink | None, timings: dict[str, Any]
    ) -> LoopResult:
        messages = build_messages(ctx)
        model_ms: list[float] = []
        tool_ms = 0.0
        results: list[tuple[ToolCall, str]] = []
        timings["model_ms"] = model_ms
        for step in range(self.settings.max_steps):
            t = time.perf_counter()
            reply: ModelReply = await self.provider.reply(
                ModelRequest(messages, self._tools, ctx, step, list(results)), on_text
            )
            model_ms.append(_ms(t))
            if not reply.tool_calls:
                if not (reply.text or "").strip():
                    raise ProviderError("bad_response", "the model returned an empty reply")
                timings["tools_ms"] = round(tool_ms, 2)
                return LoopResult((reply.text or "").strip(), reply.prompt)
            messages.append(_assistant_message(reply))
            t = time.perf_counter()
            for call in reply.tool_calls:
                result = await invoke(tools, call)
                results.append((call, result))
                messages.append({"role": "tool", "tool_call_id": call.id, "content": result})
            tool_ms += _ms(t)
        timings["tools_ms"] = round(tool_ms, 2)
        log.warning("turn on session %s hit the step limit (%d)", ctx.session_id, self.settings.max_steps)
        text = render("system/wrap_up.j2", person_name=ctx.person_name)
        if on_text is not None:
            await on_text(text)
        return LoopResult(text)


def _assistant_message(reply: ModelReply) -> dict[str, Any]:
    return {
        "role": "assistant",
        "content": reply.text or None,
        "tool_calls": [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in reply.tool_calls
        ],
    }


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000.0, 2)
