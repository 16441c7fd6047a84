"""benchmarks.stt's RESULTS block holds held-out figures only: a tuning-only run leaves the file alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import stt


@pytest.fixture
def measured(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """``measure`` replaced by a stub that notes whether the held-out set was asked for."""
    held_out: list[bool] = []

    async def fake_measure(*args: object) -> str:
        held_out.append(bool(args[6]))  # measure(speaker, labels, phases, limit, tuning_set, rules, held_out)
        return "### a block\n"

    monkeypatch.setattr(stt, "measure", fake_measure)
    return held_out


def test_a_tuning_only_run_leaves_results_alone(tmp_path: Path, measured: list[bool]) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text("# Benchmark results\n\nthe held-out figures\n")
    assert stt.main(["--no-held-out", "--phases", "wer", "--results", str(results)]) == 0
    assert measured == [False]
    assert results.read_text() == "# Benchmark results\n\nthe held-out figures\n"


def test_a_run_with_the_held_out_set_refreshes_results(tmp_path: Path, measured: list[bool]) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text("# Benchmark results\n\nthe held-out figures\n")
    assert stt.main(["--phases", "wer", "--results", str(results)]) == 0
    assert measured == [True]
    assert "### a block" in results.read_text()


def test_the_tuning_set_alone_shows_its_rows() -> None:
    from datetime import UTC, datetime

    held, tuning = stt.SetResult("held-out", 0), stt.SetResult("tuning", 20)
    tuning.wer["base + names as hotwords + snap"] = (0.2, 0.18)
    tuning.rtf["base + names as hotwords + snap"] = 0.4
    tuning.names["base + names as hotwords + snap"] = (35, 37)
    text = stt.block(datetime(2026, 11, 28, tzinfo=UTC), (1.0, 1.0), held, tuning)
    assert "| WER raw / Whisper-normalised, base + names as hotwords + snap | - | 20.0% / **18.0%** |" in text
    assert "| names recognised, base + names as hotwords + snap | **-** | 35/37 (95%) |" in text
