"""Agent settings (built by ``api.settings`` from the environment and CLI flags)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LLMSettings:
    base_url: str | None = None
    model: str = "gpt-4o-mini"
    api_key: str | None = None
    timeout_seconds: float = 60.0
    max_retries: int = 2


@dataclass(frozen=True, slots=True)
class AgentSettings:
    provider: str = "guided"  # "guided" (no model, no network) or "openai"
    llm: LLMSettings = LLMSettings()
    max_steps: int = 8  # model calls per turn before a graceful wrap-up
    history_token_budget: int = 3_000  # recent history kept verbatim; older turns are summarised
    max_history_interactions: int = 40
    turn_wait_seconds: float = 30.0  # how long a turn waits for another turn on the same session
    turn_lease_seconds: float = 300.0  # a crashed turn's claim on its session expires after this
