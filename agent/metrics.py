"""Prometheus histograms of where each turn's time went (served by the app at /metrics)."""

from __future__ import annotations

from typing import Any

from prometheus_client import Histogram

TURN_PHASE_SECONDS = Histogram(
    "storyloom_turn_phase_seconds",
    "Time spent per phase of an agent turn",
    ["provider", "phase"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
_PHASES = ("queued", "answer", "context", "tools", "commit", "total")


def observe_turn(provider: str, timings: dict[str, Any]) -> None:
    for phase in _PHASES:
        value = timings.get(f"{phase}_ms")
        if value is not None:
            TURN_PHASE_SECONDS.labels(provider, phase).observe(value / 1000.0)
    for call_ms in timings.get("model_ms") or []:
        TURN_PHASE_SECONDS.labels(provider, "model").observe(call_ms / 1000.0)
