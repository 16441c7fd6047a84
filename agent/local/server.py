"""llama.cpp's own OpenAI-compatible server, run inside this process through ``xllamacpp``.

``xllamacpp`` is a prebuilt CPU wheel of llama.cpp's server (no compiler, no subprocess):
``/v1/chat/completions`` with streaming, jinja chat templates (so ``tools`` and
``response_format`` with a JSON schema work) and continuous batching. Storyloom talks to it
with the ordinary ``openai`` provider on 127.0.0.1, exactly as to a remote endpoint.

The model is loaded once, on a thread of its own (loading takes seconds and must not block an
event loop); :meth:`LocalLLM.start` returns when ``/health`` answers ok.
"""

from __future__ import annotations

import re
import signal
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import httpx

from agent.local import weights
from agent.settings import LLMSettings, LocalModelSettings


class LocalServerError(RuntimeError):
    """The local model server could not be started (missing package, bad GGUF, no health)."""


@dataclass(frozen=True, slots=True)
class LocalServerConfig:
    gguf: Path
    model: str  # the name the server answers with (and the provider sends)
    threads: int = 2
    n_ctx: int = 8192  # the first interview prompt is about 2,400 tokens; room for a long session
    parallel: int = 1  # one slot: requests queue, and the prompt cache serves the same session turn after turn
    seed: int = 42  # fixed, so a conversation replays the same way
    port: int = 0  # 0: any free port (the server reports the one it bound)
    startup_seconds: float = 300.0  # model load + warm-up on a busy 2-core machine


class LocalLLM:
    """One llama.cpp server on loopback. ``start()`` once, ``stop()`` at exit."""

    def __init__(self, config: LocalServerConfig) -> None:
        self.config = config
        self._server: Any = None
        self._address = ""

    @property
    def base_url(self) -> str:
        """The OpenAI-compatible root, ending in ``/v1``."""
        if not self._address:
            raise LocalServerError("the local model server is not running")
        return f"{self._address}/v1"

    @property
    def model(self) -> str:
        return self.config.model

    def llm_settings(self, base: LLMSettings | None = None) -> LLMSettings:
        """Settings for the ``openai`` provider, pointed at this server."""
        return replace(base or LLMSettings(), base_url=self.base_url, model=self.model, api_key=None)

    def start(self) -> LocalLLM:
        if self._server is not None:
            return self
        if not self.config.gguf.is_file():
            raise LocalServerError(f"no model file at {self.config.gguf}")
        try:
            import xllamacpp
        except ImportError as exc:
            raise LocalServerError(
                "the local model server needs the 'xllamacpp' package: pip install 'storyloom[local]'"
            ) from exc
        saved = _signal_handlers()
        started: dict[str, Any] = {}

        def load() -> None:
            try:
                started["server"] = xllamacpp.Server(self._params(xllamacpp))
            except BaseException as exc:  # reported to the caller below
                started["error"] = exc

        thread = threading.Thread(target=load, name="storyloom-llm-load", daemon=True)
        thread.start()
        thread.join(self.config.startup_seconds)
        # llama.cpp installs its own SIGINT/SIGTERM handlers; give Ctrl-C back to Python.
        _restore(saved)
        if thread.is_alive():
            raise LocalServerError(f"the model did not load within {self.config.startup_seconds:g} s")
        if "error" in started:
            raise LocalServerError(f"llama.cpp could not serve {self.config.gguf}: {started['error']}")
        self._server = started["server"]
        self._address = str(self._server.listening_address).rstrip("/")
        self._wait_healthy()
        return self

    def stop(self) -> None:
        """Stop the server (llama.cpp's destructor ends its loop and joins its threads)."""
        server, self._server, self._address = self._server, None, ""
        del server

    def metrics(self) -> dict[str, float]:
        """The server's ``llamacpp:*`` counters, e.g. ``prompt_tokens_total`` (tokens evaluated, cache excluded)."""
        text = httpx.get(f"{self._address}/metrics", timeout=10).text
        found = re.findall(r"^llamacpp:(\w+)\s+([0-9.eE+-]+)$", text, flags=re.MULTILINE)
        return {name: float(value) for name, value in found}

    def prompt_tokens_evaluated(self) -> int:
        """Prompt tokens the server has evaluated so far; cached prefix tokens are not counted."""
        return int(self.metrics().get("prompt_tokens_total", 0))

    def __enter__(self) -> LocalLLM:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _params(self, xllamacpp: Any) -> Any:
        c = self.config
        params = xllamacpp.CommonParams()
        params.model.path = str(c.gguf)
        params.model_alias = {c.model}
        params.hostnames = ["127.0.0.1"]  # loopback only: the model server is not a public endpoint
        params.port = c.port
        params.n_ctx = c.n_ctx
        params.n_parallel = c.parallel
        params.cpuparams.n_threads = c.threads
        params.cpuparams_batch.n_threads = c.threads
        params.sampling.seed = c.seed
        params.use_jinja = True  # the model's own chat template: tools and json_schema response formats
        params.endpoint_metrics = True
        params.verbosity = 0  # errors only; the server logs nothing per request
        return params

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + self.config.startup_seconds
        last = ""
        while time.monotonic() < deadline:
            try:
                response = httpx.get(f"{self._address}/health", timeout=5)
                if response.status_code == 200:
                    return
                last = f"{response.status_code} {response.text[:200]}"
            except httpx.TransportError as exc:
                last = str(exc)
            time.sleep(0.2)
        self.stop()
        raise LocalServerError(f"the local model server never became healthy: {last}")


def for_settings(local: LocalModelSettings) -> LocalLLM:
    """The server ``--provider local`` runs: the GGUF given by path, else the installed catalog model."""
    if local.gguf:
        gguf = Path(local.gguf).expanduser()
        if not gguf.is_file():
            raise LocalServerError(f"no GGUF file at {gguf} (STORYLOOM_LLM_GGUF / --llm-gguf)")
        name = gguf.stem
    else:
        try:
            installed = weights.is_installed(local.model, local.cache_dir)
        except weights.WeightsError as exc:
            raise LocalServerError(str(exc)) from None
        gguf = weights.path(local.model, local.cache_dir)
        if not installed:
            raise LocalServerError(
                f"the model {local.model} is not installed (looked for {gguf}); run: storyloom model install"
                f" {local.model}" + (f" --cache-dir {local.cache_dir}" if local.cache_dir else "")
            )
        name = local.model
    return LocalLLM(LocalServerConfig(gguf=gguf, model=name, threads=local.threads, n_ctx=local.n_ctx))


def _signal_handlers() -> dict[int, Any]:
    if threading.current_thread() is not threading.main_thread():
        return {}
    return {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}


def _restore(saved: dict[int, Any]) -> None:
    for sig, handler in saved.items():
        if handler is not None:
            signal.signal(sig, handler)
