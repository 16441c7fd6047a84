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
    tool_mode: str = "auto"  # STORYLOOM_LLM_TOOL_MODE: native | structured | auto (see agent.loop)
    max_tokens: int = 200  # STORYLOOM_LLM_MAX_TOKENS: cap on a question (and on every stream)
    record_max_tokens: int = 400  # STORYLOOM_LLM_RECORD_MAX_TOKENS: cap on a record / tool call / summary
    temperature: float = 0.4  # STORYLOOM_LLM_TEMPERATURE for questions; records are asked at 0

    def __post_init__(self) -> None:
        if self.tool_mode not in ("native", "structured", "auto"):
            raise ValueError("STORYLOOM_LLM_TOOL_MODE must be 'native', 'structured' or 'auto'")
        if self.max_tokens < 16 or self.record_max_tokens < 16:
            raise ValueError("STORYLOOM_LLM_MAX_TOKENS and STORYLOOM_LLM_RECORD_MAX_TOKENS must be at least 16")
        if not 0 <= self.temperature <= 2:
            raise ValueError("STORYLOOM_LLM_TEMPERATURE must be between 0 and 2")


@dataclass(frozen=True, slots=True)
class LocalModelSettings:
    """``--provider local``: llama.cpp in this process on a GGUF (see ``agent.local``)."""

    model: str = "qwen2.5-coder-0.5b"  # a name from agent.local.weights.CATALOG (storyloom model install)
    gguf: str | None = None  # STORYLOOM_LLM_GGUF: any GGUF file instead of the installed one
    cache_dir: str | None = None  # STORYLOOM_MODEL_CACHE; None: ~/.cache/storyloom/models
    threads: int = 2  # STORYLOOM_LLM_THREADS
    n_ctx: int = 8192  # STORYLOOM_LLM_CTX


@dataclass(frozen=True, slots=True)
class AgentSettings:
    provider: str = "guided"  # "guided" (no model, no network), "openai" or "local" (openai on a local llama.cpp)
    llm: LLMSettings = LLMSettings()
    local: LocalModelSettings = LocalModelSettings()
    max_steps: int = 8  # model calls per turn before a graceful wrap-up
    history_token_budget: int = 3_000  # recent history kept verbatim; older turns are summarised
    max_history_interactions: int = 40
    turn_wait_seconds: float = 30.0  # how long a turn waits for another turn on the same session
    # A running turn's claim on its session: renewed every turn_heartbeat_seconds while the turn
    # runs, so a killed process's turn frees the session (for any server) within turn_lease_seconds.
    turn_lease_seconds: float = 10.0
    turn_heartbeat_seconds: float = 2.0

    def __post_init__(self) -> None:
        if not 0 < self.turn_heartbeat_seconds < self.turn_lease_seconds:
            raise ValueError("STORYLOOM_TURN_HEARTBEAT_SECONDS must be positive and below STORYLOOM_TURN_LEASE_SECONDS")
