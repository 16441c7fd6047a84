"""Liveness and dependencies: ``GET /health`` (no token needed)."""

from __future__ import annotations

from typing import Literal

from litestar import Response, get
from litestar.datastructures import State
from litestar.plugins.prometheus import PrometheusController
from msgspec import Struct
from sqlalchemy import text


class MetricsController(PrometheusController):
    """``GET /metrics`` for Prometheus. Its body is the text exposition format, which the
    OpenAPI schema would document as JSON, so it stays out of the schema."""

    include_in_schema = False


class Health(Struct):
    status: Literal["ok", "degraded"]
    database: str
    speech_model: str
    provider: str  # which interviewer answers turns (the remote model is not called here)


@get("/health", tags=["ops"])
async def health(state: State) -> Response[Health]:
    """200 when the database answers and the speech model is loaded, else 503 saying which failed."""
    try:
        async with state.read_session_factory() as db:
            await db.execute(text("SELECT 1"))
        database = "ok"
    except Exception as exc:
        database = f"error: {type(exc).__name__}"
    transcriber = state.transcriber
    speech = f"ok ({transcriber.model_dir.name})" if transcriber.loaded else "not loaded"
    provider = state.interviewer.provider
    llm = state.settings.agent.llm
    described = provider.name if provider.name == "guided" else f"{provider.name} ({llm.model} at {llm.base_url})"
    healthy = database == "ok" and transcriber.loaded
    body = Health("ok" if healthy else "degraded", database, speech, described)
    return Response(body, status_code=200 if healthy else 503)
