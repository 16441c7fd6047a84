"""Model providers: ``guided`` (embedded, deterministic) and ``openai`` (any compatible endpoint)."""

from __future__ import annotations

from agent.model import Provider
from agent.settings import AgentSettings


def create_provider(settings: AgentSettings) -> Provider:
    if settings.provider == "openai":
        from agent.providers.openai import OpenAIProvider

        return OpenAIProvider(settings.llm)
    if settings.provider == "guided":
        from agent.providers.guided import GuidedProvider

        return GuidedProvider()
    raise ValueError(f"unknown provider {settings.provider!r} (expected 'guided' or 'openai')")
