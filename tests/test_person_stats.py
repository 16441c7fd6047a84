"""A person across sessions: ``/people/{id}/history`` and ``/people/{id}/stats``.

Sessions are built through the API (practice with metric samples, study with attempts, story
with linked life events and mentions) at chosen moments of the shared clock, and every number
the two endpoints give back is checked against what was sent: streaks counted on the person's
own days (a New York evening is already tomorrow in UTC), slopes and moving averages of metric
means, accuracy and time per question by session and by subject, coverage per life event, and
people and places mentioned, private answers left out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.support import Api

NEW_YORK = ZoneInfo("America/New_York")


def _person(api: Api, name: str, timezone: str = "UTC") -> str:
    return api.ok("POST", "/people", json={"display_name": name, "timezone": timezone})["id"]


def _run(
    api: Api,
    person_id: str,
    kind: str,
    name: str,
    minutes: float,
    *,
    during: Callable[[str], None] | None = None,
    outcome: dict | None = None,
    **fields: object,
) -> str:
    """Create, start, do ``during``, let ``minutes`` pass on the clock, complete. Returns the id."""
    body = {"person_id": person_id, "kind": kind, "name": name, **fields}
    sid = api.ok("POST", "/sessions", json=body)["id"]
    api.ok("POST", f"/sessions/{sid}/start")
    if during is not None:
        during(sid)
    api.clock.advance(minutes=minutes)
    done = api.ok("POST", f"/sessions/{sid}/complete", json=outcome or {})
    assert done["session"]["status"] == "completed"
    return sid


def _about(minutes: float) -> object:
    """``minutes`` of clock jumps, plus the few seconds of real time the requests took."""
    return pytest.approx(minutes, abs=0.1)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _keys(response) -> list[str]:  # type: ignore[no-untyped-def]
    assert 400 <= response.status_code < 500, response.text
    return [e["key"] for e in response.json().get("extra") or []]


def test_streaks_totals_and_history_on_the_persons_days(api: Api) -> None:
    pid = _person(api, "Nell", "America/New_York")
    d0 = api.clock.next_utc(15)
    # (UTC start, kind, name, minutes): local days d0, d0+2 (an evening: UTC says d0+3), d0+3, d0+4.
    plan = [
        (d0, "story", "The farm", 20),
        (d0 + timedelta(days=2, hours=12), "practice", "Scales", 30),
        (d0 + timedelta(days=3), "story", "The move", 45),
        (d0 + timedelta(days=4, hours=1), "practice", "Arpeggios", 10),
    ]
    ids = []
    for n, (at, kind, name, minutes) in enumerate(plan):
        api.clock.advance_to(at)
        outcome = {"success_rating": 2 + n, "completion_percentage": 40 + 20 * n}

        def tick(sid: str) -> None:
            api.ok("PUT", f"/sessions/{sid}/indicators/success/0", json={"met": True, "evidence": "said so"})

        ids.append(
            _run(
                api,
                pid,
                kind,
                name,
                minutes,
                during=tick,
                outcome=outcome,
                scheduled_duration_minutes=25,
                success_indicators=["one", "two"],
            )
        )
    local_days = [(at + timedelta(minutes=m)).astimezone(NEW_YORK).date() for at, _, _, m in plan]
    first = d0.astimezone(NEW_YORK).date()
    assert local_days == [first, first + timedelta(days=2), first + timedelta(days=3), first + timedelta(days=4)]
    # In UTC the last three fall on two days only: a UTC streak would be 2, not 3.
    assert len({(at + timedelta(minutes=m)).date() for at, _, _, m in plan[1:]}) == 2

    stats = api.ok("GET", f"/people/{pid}/stats", params={"weeks": 4, "months": 2})
    assert stats["timezone"] == "America/New_York"
    assert stats["today"] == local_days[-1].isoformat()
    assert stats["streaks"] == {
        "current_days": 3,
        "current_start": local_days[1].isoformat(),
        "longest_days": 3,
        "longest_start": local_days[1].isoformat(),
        "longest_end": local_days[3].isoformat(),
        "last_active_day": local_days[3].isoformat(),
        "active_days": 4,
    }
    # Minutes are the time between start and complete: the clock's jump plus the real time the
    # requests took (well under a few seconds a session, however loaded the machine).
    assert stats["totals"]["sessions"] == 4 and stats["totals"]["minutes"] == _about(105)
    assert {k["kind"]: (k["sessions"], k["minutes"]) for k in stats["totals"]["by_kind"]} == {
        "story": (2, _about(65)),
        "practice": (2, _about(40)),
        "study": (0, 0.0),
    }

    # Weekly totals: four local weeks ending with today's, Monday first, zero-filled.
    mondays = [_monday(local_days[-1]) - timedelta(weeks=w) for w in (3, 2, 1, 0)]
    assert [p["start"] for p in stats["weekly"]] == [m.isoformat() for m in mondays]
    expected: dict[date, list[float]] = {m: [0, 0.0] for m in mondays}
    for day, (_, _, _, minutes) in zip(local_days, plan, strict=True):
        expected[_monday(day)][0] += 1
        expected[_monday(day)][1] += minutes
    assert [(p["sessions"], p["minutes"]) for p in stats["weekly"]] == [
        (expected[m][0], _about(expected[m][1])) for m in mondays
    ]
    for period in stats["weekly"]:
        assert sum(k["sessions"] for k in period["by_kind"]) == period["sessions"]
    months = [p["start"] for p in stats["monthly"]]
    this_month = local_days[-1].replace(day=1)
    assert months[-1] == this_month.isoformat() and len(months) == 2
    assert sum(p["sessions"] for p in stats["monthly"]) == sum(
        1 for day in local_days if day.replace(day=1).isoformat() in months
    )

    # Yesterday's run still counts today; a whole day without a session ends it.
    api.clock.advance_to(d0 + timedelta(days=5))
    assert api.ok("GET", f"/people/{pid}/stats")["streaks"]["current_days"] == 3
    api.clock.advance_to(d0 + timedelta(days=6))
    later = api.ok("GET", f"/people/{pid}/stats")["streaks"]
    assert (later["current_days"], later["current_start"], later["longest_days"]) == (0, None, 3)

    # History: newest first, with planned vs actual minutes, outcomes and indicators met.
    history = api.ok("GET", f"/people/{pid}/history")
    assert history["total"] == 4
    assert [h["session_id"] for h in history["items"]] == ids[::-1]
    newest = history["items"][0]
    assert newest["kind"] == "practice" and newest["name"] == "Arpeggios" and newest["status"] == "completed"
    assert (newest["planned_minutes"], newest["actual_minutes"]) == (25, _about(10))
    assert newest["outcome"] == {
        "completion_percentage": 100,
        "success_rating": 5,
        "success_indicators": {"met": 1, "total": 2},
        "completion_indicators": {"met": 0, "total": 0},
    }
    assert newest["started_at"].startswith((d0 + timedelta(days=4, hours=1)).strftime("%Y-%m-%dT%H:%M"))
    stories = api.ok("GET", f"/people/{pid}/history", params={"kind": "story"})
    assert [h["name"] for h in stories["items"]] == ["The move", "The farm"] and stories["total"] == 2
    window = {"from": (d0 + timedelta(days=1)).isoformat(), "to": (d0 + timedelta(days=4)).isoformat()}
    assert [h["name"] for h in api.ok("GET", f"/people/{pid}/history", params=window)["items"]] == [
        "The move",
        "Scales",
    ]
    paged = api.ok("GET", f"/people/{pid}/history", params={"limit": 1, "offset": 1})
    assert [h["name"] for h in paged["items"]] == ["The move"] and paged["total"] == 4


def test_metric_trends_final_mean_moving_average_and_slope(api: Api) -> None:
    pid = _person(api, "Mia")
    # Multiples of 1/8: means, averages and slopes are exact in binary floating point.
    for i in range(4):

        def samples(sid: str, i: int = i) -> None:
            now = api.clock()
            batch = [
                {"name": "pitch_accuracy", "value": 0.5 + 0.125 * i, "recorded_at": now.isoformat()},
                {
                    "name": "pitch_accuracy",
                    "value": 0.75 + 0.125 * i,
                    "recorded_at": (now + timedelta(seconds=5)).isoformat(),
                },
                {"name": "wrong_notes", "value": 20.0 - 4 * i, "recorded_at": now.isoformat()},
            ]
            api.ok("POST", f"/sessions/{sid}/metrics", json={"samples": batch}, expect=202)

        _run(api, pid, "practice", f"Scale run {i + 1}", 15, during=samples)
    # An abandoned run's samples are not part of the trend.
    cancelled = api.ok("POST", "/sessions", json={"person_id": pid, "kind": "practice", "name": "Abandoned"})["id"]
    api.ok("POST", f"/sessions/{cancelled}/start")
    api.ok(
        "POST",
        f"/sessions/{cancelled}/metrics",
        json={"samples": [{"name": "pitch_accuracy", "value": 0.0}]},
        expect=202,
    )
    api.ok("POST", f"/sessions/{cancelled}/cancel", json={})

    stats = api.ok("GET", f"/people/{pid}/stats")
    trends = {t["name"]: t for t in stats["metrics"]}
    assert list(trends) == ["pitch_accuracy", "wrong_notes"]
    pitch = trends["pitch_accuracy"]
    assert pitch["sessions"] == 4
    assert [p["session_name"] for p in pitch["points"]] == [f"Scale run {i}" for i in (1, 2, 3, 4)]
    assert [p["mean"] for p in pitch["points"]] == [0.625, 0.75, 0.875, 1.0]
    assert [p["final"] for p in pitch["points"]] == [0.75, 0.875, 1.0, 1.125]  # the later sample
    assert [p["samples"] for p in pitch["points"]] == [2, 2, 2, 2]
    assert [p["moving_average"] for p in pitch["points"]] == pytest.approx([0.625, 0.6875, 0.75, 0.875])
    assert pitch["slope_per_session"] == pytest.approx(0.125) and pitch["final_slope_per_session"] == pytest.approx(
        0.125
    )
    assert (pitch["first_mean"], pitch["last_mean"]) == (0.625, 1.0)
    notes = trends["wrong_notes"]
    assert [p["mean"] for p in notes["points"]] == [20.0, 16.0, 12.0, 8.0]
    assert notes["slope_per_session"] == pytest.approx(-4.0)  # fewer wrong notes each session

    # The last three sessions only, averaged over two.
    recent = api.ok("GET", f"/people/{pid}/stats", params={"sessions": 3, "window": 2})
    pitch = next(t for t in recent["metrics"] if t["name"] == "pitch_accuracy")
    assert [p["mean"] for p in pitch["points"]] == [0.75, 0.875, 1.0]
    assert [p["moving_average"] for p in pitch["points"]] == pytest.approx([0.75, 0.8125, 0.9375])
    assert recent["window"] == {"weeks": 12, "months": 12, "sessions": 3, "moving_average": 2}


def test_study_accuracy_and_time_per_question_by_session_and_subject(api: Api) -> None:
    pid = _person(api, "Ada", "Europe/London")

    def attempts(rows: list[tuple[bool, int | None]], topic: Callable[[], str | None] = lambda: None):
        def post(sid: str) -> None:
            for n, (correct, ms) in enumerate(rows):
                body = {"interaction_type": "question", "person_response": str(n), "is_correct": correct}
                if ms is not None:
                    body["response_time_ms"] = ms
                if n == len(rows) - 1 and topic() is not None:
                    body["topic_id"] = topic()
                api.ok("POST", f"/sessions/{sid}/interactions", json=body)
            api.ok(
                "POST",
                f"/sessions/{sid}/interactions",
                json={"interaction_type": "clarification", "person_response": "?"},
            )

        return post

    first = _run(
        api,
        pid,
        "study",
        "Fractions",
        12,
        subject_path=["Maths", "Fractions"],
        during=attempts([(True, 4000), (False, 6000), (True, 5000)]),
    )
    subjects = {
        t["title"]: t["id"] for t in api.ok("GET", f"/people/{pid}/topics", params={"kind": "subject"})["items"]
    }
    second = _run(
        api,
        pid,
        "study",
        "Reading",
        8,
        subject_path=["Reading"],
        during=attempts([(True, 3000), (True, None), (False, 8000)], topic=lambda: subjects["Fractions"]),
    )
    study = api.ok("GET", f"/people/{pid}/stats")["study"]
    assert {k: study[k] for k in ("attempted", "correct", "accuracy_pct", "mean_time_ms")} == {
        "attempted": 6,
        "correct": 4,
        "accuracy_pct": 66.7,
        "mean_time_ms": 5200.0,  # 26,000 ms over the 5 timed attempts
    }
    assert [
        (s["session_id"], s["attempted"], s["correct"], s["accuracy_pct"], s["mean_time_ms"]) for s in study["sessions"]
    ] == [
        (first, 3, 2, 66.7, 5000.0),
        (second, 3, 2, 66.7, 5500.0),
    ]
    # The tagged attempt counts for Maths (above Fractions), the others for their session's subject.
    assert [
        (s["subject"], s["attempted"], s["correct"], s["accuracy_pct"], s["mean_time_ms"]) for s in study["subjects"]
    ] == [
        ("Maths", 4, 2, 50.0, 5750.0),
        ("Reading", 2, 2, 100.0, 3000.0),
    ]
    assert study["subjects"][0]["subject_id"] == subjects["Maths"]


def test_story_coverage_per_life_event_and_people_met_without_private_answers(api: Api) -> None:
    pid = _person(api, "Walt", "America/Chicago")
    topic = {}
    for title, start in [
        ("Retirement", None),
        ("War years", None),
        ("Moving to Chicago", "1968-05-01"),
        ("Childhood on the farm", "1950-01-01"),
    ]:
        body = {"kind": "life_event", "title": title, **({"period_start": start} if start else {})}
        topic[title] = api.ok("POST", f"/people/{pid}/topics", json=body)["id"]

    def tell(links: dict[str, str], mentions: list[tuple[list[str], list[str]]]) -> Callable[[str], None]:
        def during(sid: str) -> None:
            for title, level in links.items():
                api.ok(
                    "PUT",
                    f"/sessions/{sid}/topics/{topic[title]}",
                    json={"coverage_level": level, "prompts_completed": 2},
                )
            for people, places in mentions:
                body = {"person_response": "…", "mentions_people": people, "mentions_places": places}
                api.ok("POST", f"/sessions/{sid}/interactions", json=body)

        return during

    first = _run(
        api,
        pid,
        "story",
        "Early days",
        30,
        during=tell(
            {"Childhood on the farm": "exploration", "Moving to Chicago": "introduction"},
            [(["Grandma Rose", "Uncle Joe"], ["Iowa"]), (["Secret Sam"], ["Hidden Town"])],
        ),
    )
    _run(
        api,
        pid,
        "story",
        "More of the farm",
        30,
        during=tell(
            {"Childhood on the farm": "deep_dive", "War years": "introduction"}, [(["Grandma Rose"], ["Chicago"])]
        ),
    )
    # Linking a topic to a session that never started covers nothing yet.
    planned = api.ok("POST", "/sessions", json={"person_id": pid, "kind": "story", "name": "Later"})["id"]
    api.ok("PUT", f"/sessions/{planned}/topics/{topic['Retirement']}", json={"coverage_level": "completion"})

    # The person marks the answer naming Secret Sam private (after the session closed: allowed).
    sequence = _private_sequence(api, first)
    assert api.ok("PATCH", f"/sessions/{first}/interactions/{sequence}", json={"is_private": True})["is_private"]

    story = api.ok("GET", f"/people/{pid}/stats")["story"]
    assert [
        (e["title"], e["coverage_level"], e["level"], e["sessions"], e["prompts_completed"])
        for e in story["life_events"]
    ] == [
        ("Childhood on the farm", "deep_dive", 3, 2, 4),
        ("Moving to Chicago", "introduction", 1, 1, 2),
        ("War years", "introduction", 1, 1, 2),  # no date: after the dated ones, by first session
        ("Retirement", None, 0, 0, 0),
    ]
    assert story["life_events"][0]["period_start"] == "1950-01-01"
    assert [(p["name"], p["mentions"], p["sessions"]) for p in story["people"]] == [
        ("Grandma Rose", 2, 2),
        ("Uncle Joe", 1, 1),
    ]
    assert [(p["name"], p["mentions"]) for p in story["places"]] == [("Chicago", 1), ("Iowa", 1)]

    history = api.ok("GET", f"/people/{pid}/history", params={"kind": "story"})["items"]
    early = next(h for h in history if h["session_id"] == first)
    assert [(t["title"], t["coverage_level"]) for t in early["topics"]] == [
        ("Childhood on the farm", "exploration"),
        ("Moving to Chicago", "introduction"),
    ]


def _private_sequence(api: Api, session_id: str) -> int:
    items = api.ok("GET", f"/sessions/{session_id}/interactions")["items"]
    return next(i["sequence"] for i in items if "Secret Sam" in i["mentions_people"])


def test_another_accounts_person_is_404(api: Api, other_api: Api) -> None:
    pid = _person(api, "Mine")
    _run(api, pid, "practice", "Warm-up", 5)
    for path in (f"/people/{pid}/history", f"/people/{pid}/stats"):
        assert api.get(path).status_code == 200
        response = other_api.get(path)
        assert response.status_code == 404, response.text
        assert "Mine" not in response.text
    assert api.get("/people/00000000-0000-4000-8000-000000000000/stats").status_code == 404


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("history", {"kind": "chess"}, "kind"),
        ("history", {"from": "yesterday"}, "from"),
        ("history", {"from": "2026-01-01T00:00:00"}, "from"),  # no UTC offset
        ("history", {"to": "2026-01-01T00:00:00 01:00"}, "to"),  # a + sent unencoded arrives as a space
        ("history", {"from": "2026-02-01T00:00:00Z", "to": "2026-01-01T00:00:00Z"}, "to"),
        ("history", {"limit": 0}, "limit"),
        ("history", {"offset": -1}, "offset"),
        ("stats", {"weeks": 0}, "weeks"),
        ("stats", {"weeks": 105}, "weeks"),
        ("stats", {"months": 61}, "months"),
        ("stats", {"sessions": 1}, "sessions"),
        ("stats", {"window": "three"}, "window"),
    ],
)
def test_bad_query_parameters_name_the_field(api: Api, path: str, params: dict, field: str) -> None:
    pid = _person(api, "Q")
    response = api.get(f"/people/{pid}/{path}", params=params)
    assert response.status_code == 400, response.text
    assert field in _keys(response)


def test_empty_person_has_zeroed_stats(api: Api) -> None:
    pid = _person(api, "New", "Asia/Kolkata")
    stats = api.ok("GET", f"/people/{pid}/stats", params={"weeks": 2, "months": 1})
    assert stats["streaks"]["current_days"] == 0 and stats["streaks"]["longest_days"] == 0
    assert stats["totals"]["sessions"] == 0 and stats["metrics"] == [] and stats["study"]["accuracy_pct"] is None
    assert [p["sessions"] for p in stats["weekly"]] == [0, 0] and len(stats["monthly"]) == 1
    assert stats["today"] == api.clock().astimezone(ZoneInfo("Asia/Kolkata")).date().isoformat()
    assert api.ok("GET", f"/people/{pid}/history") == {"items": [], "total": 0, "limit": 50, "offset": 0}
