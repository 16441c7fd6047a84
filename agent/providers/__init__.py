"""Model providers: ``guided`` (embedded, deterministic) and ``openai`` (any compatible endpoint).

``local`` is the ``openai`` provider talking to llama.cpp in this process (``agent.local``).
"""

from __future__ import annotations

from agent.model import Provider
from agent.settings import AgentSettings


def create_provider(settings: AgentSettings) -> Provider:
    if settings.provider in ("openai", "local"):
        from agent.providers.openai import OpenAIProvider

        if settings.provider == "local" and not settings.llm.base_url:
            # `storyloom serve --provider local` starts llama.cpp first and sets this URL.
            raise ValueError("provider 'local' needs the local model server's URL (start it with storyloom serve)")
        return OpenAIProvider(settings.llm)
    if settings.provider == "guided":
        from agent.providers.guided import GuidedProvider

        return GuidedProvider()
    raise ValueError(f"unknown provider {settings.provider!r} (expected 'guided', 'openai' or 'local')")
