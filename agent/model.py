"""What passes between the turn loop and a model provider."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Set
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

TextSink = Callable[[str], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class ToolCall:
    id: str
    name: str
    arguments: str  # raw JSON text, exactly as the model wrote it


@dataclass(slots=True)
class ModelReply:
    """One model step: text, tool calls, or both.

    ``prompt`` carries what the guided provider knows about the question it asks
    (category, question id, topic); it is stored on the agent's next interaction.
    """

    text: str | None = None
    tool_calls: list[ToolCall] = field(default_factory=list)
    prompt: PromptInfo | None = None
    truncated: bool = False  # stopped at ``max_tokens`` (by the server, or by the provider's stream cap)
    usage: dict[str, int] = field(default_factory=dict)  # prompt_tokens, completion_tokens, prompt_evaluated


@dataclass(frozen=True, slots=True)
class PromptInfo:
    category: str | None = None
    question_id: str | None = None
    topic_id: uuid.UUID | None = None
    item_id: str | None = None


@dataclass(frozen=True, slots=True)
class TopicView:
    id: uuid.UUID
    title: str
    kind: str
    period_start: Any
    period_end: Any
    coverage_level: str
    is_primary_focus: bool


@dataclass(frozen=True, slots=True)
class InteractionView:
    sequence: int
    agent_prompt: str | None
    person_response: str | None
    response_method: str | None
    prompt_category: str | None
    data: dict[str, Any] | None
    topic_id: uuid.UUID | None
    created_at: datetime
    is_private: bool = False  # the answer is kept private (agent.context keeps it from later model calls)


@dataclass(frozen=True, slots=True)
class ArtifactView:
    artifact_type: str
    title: str | None
    content: str
    is_approved: bool


@dataclass(slots=True)
class TurnContext:
    """Everything a provider may know about the session, read once per turn."""

    session_id: uuid.UUID
    person_id: uuid.UUID
    kind: str
    name: str
    status: str
    person_name: str  # the display name the family typed ("Opa (Hendrik Verhoeven)")
    intention: str | None
    success_indicators: list[dict[str, Any]]
    completion_indicators: list[dict[str, Any]]
    constraints: str | None
    procedure_notes: str | None
    data: dict[str, Any]
    topics: list[TopicView]
    history: list[InteractionView]  # oldest first, the most recent ones only
    asked: list[InteractionView]  # every agent prompt with its guided metadata (bounded)
    artifacts: list[ArtifactView]
    running_summary: str | None
    now: datetime
    opening: bool = False  # the session just started: ask the first question
    scheduled_minutes: int | None = None  # the planned length: the guided interviewer won't end early
    started_at: datetime | None = None
    # Prompts older than ``asked``: the memory keeps how many and their question ids, not the prompts.
    asked_before: int = 0
    ids_before: Set[str] = frozenset()  # a frozenset, or the memory's QuestionIds (agent.guided.state)
    person_called: str | None = None  # what they like to be called ("Henk"): wins over the display name


@dataclass(slots=True)
class ModelRequest:
    messages: list[dict[str, Any]]  # OpenAI chat format, system prompt first
    tools: list[dict[str, Any]]  # OpenAI "function" tool specs
    context: TurnContext | None  # None for requests outside a turn (the closing summary)
    step: int
    tool_results: list[tuple[ToolCall, str]] = field(default_factory=list)
    max_tokens: int | None = None  # every model call is capped (agent.settings.LLMSettings)
    temperature: float | None = None
    response_format: dict[str, Any] | None = None  # a JSON schema for constrained decoding (structured mode)


class Provider(Protocol):
    name: str

    async def reply(self, request: ModelRequest, on_text: TextSink | None = None) -> ModelReply:
        """Return the model's next step; stream text pieces to ``on_text`` as they come."""
        ...

    async def summarise(self, stats: dict[str, Any], draft: str) -> tuple[str, str | None]:
        """Closing summary and next-session suggestion; ``draft`` is the template's version."""
        ...


class ProviderError(Exception):
    """The model could not answer. ``kind`` decides the HTTP status the API returns."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind  # "timeout" → 504, "rate_limited" → 503, "upstream" / "bad_response" → 502
        self.message = message


class ToolsRefused(ProviderError):
    """The endpoint rejected a request because of its ``tools`` (a 400 naming them): try structured mode."""

    def __init__(self, message: str) -> None:
        super().__init__("upstream", message)
