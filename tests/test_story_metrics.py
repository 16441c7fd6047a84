"""User story: a practice app logs a scale session as metric samples and reads the stats back.

Start (scale name, strictness and sensitivity as session data), many samples in batches
(out of order, some with a non-UTC offset, some a hair before a bucket edge), end with final
values and counts; then per-name aggregates, bucketed series and the recent-sessions list
must match exactly what was sent.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.support import Api

T0 = datetime(2024, 5, 6, 18, 0, 0, tzinfo=UTC)
SECONDS = 90
BUCKET = 20
METRICS = ("pitch_accuracy", "scale_conformity", "timing_stability")


def _value(name: str, i: int) -> float:
    # Multiples of 1/64: sums are exact in binary floating point on both engines.
    base = {"pitch_accuracy": 0.5, "scale_conformity": 0.25, "timing_stability": 0.75}[name]
    return base + ((i * 7 + len(name)) % 16) / 64


def _samples() -> list[dict]:
    """Three metrics at 1 Hz for 90 s, plus samples just before bucket edges."""
    samples = []
    for i in range(SECONDS):
        at = T0 + timedelta(seconds=i)
        for name in METRICS:
            samples.append({"name": name, "value": _value(name, i), "recorded_at": at})
    # 9.9999 s before an edge belongs to the earlier bucket, exactly on the edge to the later one.
    samples.append({"name": "pitch_accuracy", "value": 0.125, "recorded_at": T0 + timedelta(seconds=19.9999)})
    samples.append({"name": "pitch_accuracy", "value": 0.875, "recorded_at": T0 + timedelta(seconds=40)})
    return samples


def _final_samples() -> list[dict]:
    """What the app sends when the user stops: a closing value per metric and counts."""
    end = T0 + timedelta(seconds=SECONDS + 5)
    return [
        {"name": "pitch_accuracy", "value": 0.9375, "recorded_at": end},
        {"name": "scale_conformity", "value": 0.8125, "recorded_at": end},
        {"name": "timing_stability", "value": 0.6875, "recorded_at": end},
        {"name": "notes_played", "value": 412.0, "recorded_at": end, "data": {"unit": "notes"}},
        {"name": "wrong_notes", "value": 17.0, "recorded_at": end},
    ]


def _wire(sample: dict, offset_hours: int = 0) -> dict:
    at = sample["recorded_at"].astimezone(timezone(timedelta(hours=offset_hours)))
    return {**sample, "recorded_at": at.isoformat()}


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f").rstrip("0").rstrip(".") + "Z"


def _expected_aggregates(samples: list[dict]) -> dict[str, dict]:
    by_name: dict[str, list[dict]] = defaultdict(list)
    for s in samples:
        by_name[s["name"]].append(s)
    result = {}
    for name, rows in by_name.items():
        values = [r["value"] for r in rows]
        last = max(rows, key=lambda r: r["recorded_at"])
        result[name] = {
            "name": name,
            "count": len(rows),
            "mean": math.fsum(values) / len(values),
            "min": min(values),
            "max": max(values),
            "final": last["value"],
            "final_at": _iso(last["recorded_at"]),
        }
    return result


def _expected_buckets(samples: list[dict], bucket: int, name: str | None = None) -> list[dict]:
    groups: dict[tuple[int, str], list[float]] = defaultdict(list)
    for s in samples:
        if name is None or s["name"] == name:
            epoch = s["recorded_at"].timestamp()
            groups[(math.floor(epoch / bucket), s["name"])].append(s["value"])
    return [
        {
            "name": n,
            "bucket_start": _iso(datetime.fromtimestamp(b * bucket, tz=UTC)),
            "count": len(vs),
            "mean": math.fsum(vs) / len(vs),
            "min": min(vs),
            "max": max(vs),
        }
        for (b, n), vs in sorted(groups.items())
    ]


def _assert_rows(actual: list[dict], expected: list[dict]) -> None:
    assert len(actual) == len(expected)
    for got, want in zip(actual, expected, strict=True):
        assert got == {**want, "mean": pytest.approx(want["mean"], rel=1e-12, abs=1e-12)}


def test_scale_session_metrics_end_to_end(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Mia", "timezone": "Europe/Berlin"})
    older = api.ok("POST", "/sessions", json={"person_id": person["id"], "kind": "practice", "name": "Arpeggios"})

    scale = {"scale": "D dorian", "strictness": "strict", "sensitivity": 0.8, "tempo_bpm": 96}
    session = api.ok(
        "POST",
        "/sessions",
        json={"person_id": person["id"], "kind": "practice", "name": "Scale run: D dorian", "data": scale},
    )
    sid = session["id"]
    assert session["data"] == scale and session["status"] == "scheduled"
    started = api.ok("POST", f"/sessions/{sid}/start")
    assert started["status"] == "in_progress" and started["data"] == scale

    # Batches of 50, shuffled so that arrival order differs from time order; every third
    # batch is written with a +02:00 offset (the server must store and bucket it as UTC).
    samples = _samples()
    shuffled = samples[:]
    random.Random(7).shuffle(shuffled)
    accepted = 0
    for n, start in enumerate(range(0, len(shuffled), 50)):
        batch = [_wire(s, offset_hours=2 if n % 3 == 0 else 0) for s in shuffled[start : start + 50]]
        result = api.ok("POST", f"/sessions/{sid}/metrics", json={"samples": batch}, expect=202)
        assert result == {"accepted": len(batch)}
        accepted += len(batch)
    assert accepted == len(samples) == SECONDS * 3 + 2

    # Mid-session stats: only what has been sent so far.
    mid = api.ok("GET", f"/sessions/{sid}/metrics", params={"bucket_seconds": BUCKET})
    assert {a["name"]: a for a in mid["aggregates"]} == {
        k: {**v, "mean": pytest.approx(v["mean"], rel=1e-12)} for k, v in _expected_aggregates(samples).items()
    }

    # The user stops: final values and counts arrive in one last batch, then the session ends.
    finals = _final_samples()
    api.ok("POST", f"/sessions/{sid}/metrics", json={"samples": [_wire(s) for s in finals]}, expect=202)
    everything = samples + finals
    done = api.ok(
        "POST",
        f"/sessions/{sid}/complete",
        json={"review": {"satisfaction_score": 4, "notes": "bar 12 still rushed"}, "success_rating": 4},
    )
    assert done["session"]["status"] == "completed"

    # Aggregates: count/mean/min/max/final per name, sorted by name.
    stats = api.ok("GET", f"/sessions/{sid}/metrics", params={"bucket_seconds": BUCKET})
    expected = _expected_aggregates(everything)
    assert [a["name"] for a in stats["aggregates"]] == sorted(expected)
    _assert_rows(stats["aggregates"], [expected[name] for name in sorted(expected)])
    by_name = {a["name"]: a for a in stats["aggregates"]}
    assert by_name["notes_played"]["count"] == 1 and by_name["notes_played"]["final"] == 412.0
    assert by_name["wrong_notes"]["final"] == 17.0
    assert by_name["pitch_accuracy"]["count"] == SECONDS + 3
    assert by_name["pitch_accuracy"]["final"] == 0.9375  # the latest sample, not the last one sent
    assert by_name["pitch_accuracy"]["min"] == 0.125

    # Bucketed series: 20 s buckets, edges exact (…19.9999 s stays in the first bucket).
    assert stats["points"] is None
    _assert_rows(stats["buckets"], _expected_buckets(everything, BUCKET))
    first_pitch = next(b for b in stats["buckets"] if b["name"] == "pitch_accuracy")
    assert first_pitch["bucket_start"] == "2024-05-06T18:00:00Z"
    assert first_pitch["count"] == 21  # 20 whole seconds plus the 19.9999 s sample
    assert first_pitch["min"] == 0.125

    pitch_only = api.ok("GET", f"/sessions/{sid}/metrics", params={"bucket_seconds": 30, "name": "pitch_accuracy"})
    _assert_rows(pitch_only["buckets"], _expected_buckets(everything, 30, "pitch_accuracy"))
    assert [b["count"] for b in pitch_only["buckets"]] == [31, 31, 30, 1]

    # Raw points in a window [start, end), in time order, offsets normalised to UTC.
    window = api.ok(
        "GET",
        f"/sessions/{sid}/metrics",
        params={
            "name": "timing_stability",
            "start": (T0 + timedelta(seconds=10)).isoformat(),
            "end": (T0 + timedelta(seconds=15)).astimezone(timezone(timedelta(hours=-5))).isoformat(),
        },
    )
    assert window["buckets"] is None
    assert window["points"] == [
        {
            "name": "timing_stability",
            "recorded_at": _iso(T0 + timedelta(seconds=i)),
            "value": _value("timing_stability", i),
            "data": None,
        }
        for i in range(10, 15)
    ]
    limited = api.ok("GET", f"/sessions/{sid}/metrics", params={"limit": 4})
    assert [(p["recorded_at"], p["name"]) for p in limited["points"]] == [
        ("2024-05-06T18:00:00Z", "pitch_accuracy"),
        ("2024-05-06T18:00:00Z", "scale_conformity"),
        ("2024-05-06T18:00:00Z", "timing_stability"),
        ("2024-05-06T18:00:01Z", "pitch_accuracy"),
    ]
    counts = api.ok("GET", f"/sessions/{sid}/metrics", params={"name": "notes_played"})
    assert counts["points"] == [
        {
            "name": "notes_played",
            "recorded_at": _iso(finals[3]["recorded_at"]),
            "value": 412.0,
            "data": {"unit": "notes"},
        }
    ]

    # The summary carries the same aggregates (metric finals and means).
    summary = api.ok("GET", f"/sessions/{sid}/summary")
    assert summary["metrics"] == stats["aggregates"]
    assert summary["review"]["notes"] == "bar 12 still rushed"

    # The person's recent sessions: the scale session first, with its data.
    recent = api.ok("GET", "/sessions", params={"person_id": person["id"]})
    assert recent["total"] == 2
    assert [s["id"] for s in recent["items"]] == [sid, older["id"]]
    assert recent["items"][0]["status"] == "completed" and recent["items"][0]["data"] == scale


def test_metrics_of_an_empty_session_are_empty_not_an_error(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Noor"})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "kind": "practice", "name": "Idle"})
    for params in ({}, {"bucket_seconds": 60}, {"name": "pitch_accuracy"}):
        body = api.ok("GET", f"/sessions/{session['id']}/metrics", params=params)
        assert body["aggregates"] == []
        assert (body["buckets"] if "bucket_seconds" in params else body["points"]) == []
    summary = api.ok("GET", f"/sessions/{session['id']}/summary")
    assert summary["metrics"] == []
