"""Webhooks on every engine: events from the outbox reach a real receiver on 127.0.0.1,
signed; reminders fire exactly once; retries back off and end in a visible failure;
manual redelivery; URL validation and policy; the outbox commits with the change or
not at all."""

from __future__ import annotations

import asyncio
import itertools
import random
import uuid
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from api.settings import Settings, WebhookSettings, WorkerSettings
from api.worker import Worker
from api.worker.loop import backoff
from db.engine import create_session_factory
from db.errors import InvalidField
from db.services.webhooks import WebhookService
from tests.schedule_support import Receiver, subscribe, tick, worker_settings
from tests.support import Api

ALL = [
    "session.scheduled",
    "session.reminder",
    "session.started",
    "session.paused",
    "session.completed",
    "session.missed",
    "artifact.created",
]


@pytest.fixture
def receiver() -> Any:
    server = Receiver()
    yield server
    server.close()


def _person(api: Api) -> str:
    return api.ok("POST", "/people", json={"display_name": "Grace", "timezone": "Europe/London"})["id"]


def _events(api: Api, event_type: str | None = None) -> list[dict[str, Any]]:
    params = {"limit": 200, **({"type": event_type} if event_type else {})}
    return api.ok("GET", "/events", params=params)["items"]


def test_lifecycle_and_artifact_events_reach_the_receiver_signed(api: Api, receiver: Receiver) -> None:
    hook = subscribe(api, receiver, ALL)
    assert hook["secret"].startswith("whsec_") and hook["secret_hint"].endswith("…")
    assert (
        "secret" not in api.ok("GET", f"/webhooks/{hook['id']}")
        or api.ok("GET", f"/webhooks/{hook['id']}")["secret"] is None
    )
    person = _person(api)
    at = (api.clock() + timedelta(days=1)).isoformat()
    sid = api.ok("POST", "/sessions", json={"person_id": person, "name": "Call", "scheduled_at": at})["id"]
    api.ok("POST", f"/sessions/{sid}/start")
    artifact = api.ok("POST", f"/sessions/{sid}/artifacts", json={"artifact_type": "scene_capture", "content": "Rain"})
    api.ok("POST", f"/sessions/{sid}/pause")
    api.ok("POST", f"/sessions/{sid}/complete", json={"summary": "done"})

    report = tick(api)
    assert report.dispatched == 5 and report.delivered == 5, report
    got = receiver.events()
    assert [r.event["type"] for r in got] == [
        "session.scheduled",
        "session.started",
        "artifact.created",
        "session.paused",
        "session.completed",
    ] or sorted(r.event["type"] for r in got) == sorted(
        ["session.scheduled", "session.started", "artifact.created", "session.paused", "session.completed"]
    )
    for r in got:
        assert r.signature_ok, r.headers
        body = r.event
        assert body["id"] == r.event_id == r.headers["storyloom-event-id"]
        assert r.headers["storyloom-event-type"] == body["type"] and r.headers["content-type"] == "application/json"
        assert int(r.headers["storyloom-timestamp"]) > 0 and r.headers["storyloom-attempt"] == "1"
        assert body["data"]["session"]["id"] == sid and body["created_at"].endswith("Z")
    created = next(r.event for r in got if r.event["type"] == "artifact.created")
    assert created["data"]["artifact"]["id"] == artifact["id"]
    completed = next(r.event for r in got if r.event["type"] == "session.completed")
    assert completed["data"]["session"]["status"] == "completed"
    # The log shows each delivery; nothing is sent twice.
    log = api.ok("GET", f"/webhooks/{hook['id']}/deliveries")
    assert log["total"] == 5 and {d["status"] for d in log["items"]} == {"succeeded"}
    assert all(d["attempts"] == 1 and d["attempt_log"][0]["status_code"] == 200 for d in log["items"])
    assert tick(api).delivered == 0 and len(receiver.events()) == 5


def test_each_reminder_fires_exactly_once(api: Api, receiver: Receiver) -> None:
    subscribe(api, receiver, ["session.reminder"])
    person = _person(api)
    at = api.clock() + timedelta(hours=2)
    sid = api.ok(
        "POST",
        "/sessions",
        json={"person_id": person, "name": "Lesson", "scheduled_at": at.isoformat(), "reminders": [60, 15]},
    )["id"]
    assert tick(api).reminders == 0
    api.clock.advance(minutes=61)
    assert tick(api).reminders == 1
    assert tick(api).reminders == 0
    [first] = receiver.events("session.reminder")
    assert first.event["data"]["reminder"]["offset_minutes"] == 60 and first.event["data"]["session"]["id"] == sid
    api.clock.advance(minutes=45)
    tick(api)
    tick(api)
    reminders = receiver.events("session.reminder")
    assert [r.event["data"]["reminder"]["offset_minutes"] for r in reminders] == [60, 15]
    assert len({r.event_id for r in reminders}) == 2
    states = {r["offset_minutes"]: r["status"] for r in api.ok("GET", f"/sessions/{sid}/reminders")}
    assert states == {60: "sent", 15: "sent"}

    # Rescheduling re-arms them for the new time; a session that is no longer scheduled gets none.
    later = api.clock() + timedelta(days=1)
    api.ok("PATCH", f"/sessions/{sid}", json={"scheduled_at": later.isoformat()})
    assert {r["status"] for r in api.ok("GET", f"/sessions/{sid}/reminders")} == {"pending"}
    api.ok("POST", f"/sessions/{sid}/cancel")
    api.clock.advance(days=1)
    tick(api)
    assert len(receiver.events("session.reminder")) == 2
    assert {r["status"] for r in api.ok("GET", f"/sessions/{sid}/reminders")} == {"skipped"}
    # A late reminder (set after its moment, the session still ahead) fires at once; notifications off: none.
    soon = (api.clock() + timedelta(minutes=30)).isoformat()
    api.ok("POST", "/sessions", json={"person_id": person, "name": "Soon", "scheduled_at": soon, "reminders": [1440]})
    quiet = api.ok(
        "POST", "/sessions", json={"person_id": person, "name": "Quiet", "scheduled_at": soon, "reminders": [1440]}
    )
    api.ok("PUT", f"/sessions/{quiet['id']}/notifications", json={"enabled": False})
    tick(api)
    assert [r.event["data"]["session"]["name"] for r in receiver.events("session.reminder")][2:] == ["Soon"]


def test_retries_back_off_then_fail_visibly_and_redeliver_works(api: Api, receiver: Receiver) -> None:
    receiver.always_fail = True
    hook = subscribe(api, receiver, ["session.started"])
    person = _person(api)
    sid = api.ok("POST", "/sessions", json={"person_id": person, "name": "S", "start": True})["id"]
    settings = worker_settings(max_attempts=3, backoff_base_seconds=60, backoff_jitter=0.1)
    assert tick(api, settings).retried == 1
    [delivery] = api.ok("GET", f"/webhooks/{hook['id']}/deliveries")["items"]
    assert delivery["status"] == "pending" and delivery["attempts"] == 1 and delivery["last_status_code"] == 503
    assert tick(api, settings).retried == 0  # not due before its backoff
    api.clock.advance(seconds=70)
    assert tick(api, settings).retried == 1
    api.clock.advance(seconds=140)
    assert tick(api, settings).failed == 1
    [failed] = api.ok("GET", f"/webhooks/{hook['id']}/deliveries", params={"status": "failed"})["items"]
    assert failed["attempts"] == 3 and failed["next_attempt_at"] is None
    assert [a["status_code"] for a in failed["attempt_log"]] == [503, 503, 503]
    assert "503" in failed["last_error"]
    assert len(receiver.events()) == 3 and len({r.event_id for r in receiver.events()}) == 1

    # The receiver is fixed; a manual redelivery sends the same event again.
    receiver.always_fail = False
    again = api.ok("POST", f"/webhooks/{hook['id']}/deliveries/{failed['id']}/redeliver", expect=202)
    assert (
        again["status"] == "pending"
        and again["redelivery_of"] == failed["id"]
        and again["event_id"] == failed["event_id"]
    )
    assert tick(api, settings).delivered == 1
    last = receiver.events()[-1]
    assert last.event_id == failed["event_id"] and last.headers["storyloom-delivery-id"] == again["id"]
    assert last.event["data"]["session"]["id"] == sid
    log = api.ok("GET", f"/webhooks/{hook['id']}/deliveries")["items"]
    assert [d["status"] for d in log] == ["succeeded", "failed"]
    missing = api.post(f"/webhooks/{hook['id']}/deliveries/{uuid.uuid4()}/redeliver")
    assert missing.status_code == 404


def test_backoff_doubles_within_its_jitter_and_stops_at_the_cap() -> None:
    """The schedule itself, with a seeded generator: no clock involved, so it holds under any load."""
    base, cap, jitter = 0.3, 2.0, 0.1
    rng = random.Random(7)
    for attempt, nominal in [(1, 0.3), (2, 0.6), (3, 1.2), (4, 2.0), (5, 2.0), (9, 2.0)]:
        delays = [backoff(attempt, base, cap, jitter, rng) for _ in range(200)]
        assert all(nominal * (1 - jitter) <= d <= nominal * (1 + jitter) for d in delays), (attempt, delays)
        assert max(delays) - min(delays) > nominal * jitter  # jittered, not one fixed delay
    assert backoff(3, base, cap, 0.0, rng) == pytest.approx(1.2)


def test_the_worker_on_the_wall_clock_retries_after_its_backoff(api: Api, receiver: Receiver) -> None:
    """The worker loop on the wall clock: a receiver failing 3 times gets the event on the 4th try, never early.

    Only lower bounds are asserted: a loaded machine may deliver late, never before the backoff has passed
    (the schedule's upper bounds are the test above, on no clock)."""
    receiver.fail_first = 3
    subscribe(api, receiver, ["session.started"])
    base, jitter, poll = 0.3, 0.1, 0.02
    settings = replace(
        worker_settings(backoff_base_seconds=base, backoff_jitter=jitter),
        worker=WorkerSettings(enabled=False, poll_seconds=poll),
    )
    api.ok("POST", "/sessions", json={"person_id": _person(api), "name": "S", "start": True})
    loop = api.db.loop.loop
    stop = asyncio.Event()
    worker = Worker(create_session_factory(api.db.engine), settings, account_id=api.account_id)  # real time
    running = asyncio.run_coroutine_threadsafe(worker.run(stop), loop)
    try:
        receiver.wait_for(lambda r: len(r.received) >= 4, timeout=120)
    finally:
        loop.call_soon_threadsafe(stop.set)
        running.result(timeout=120)
        api.db.loop.run(worker.close())
    got = receiver.events()
    assert len(got) == 4 and len({r.event_id for r in got}) == 1
    assert [r.headers["storyloom-attempt"] for r in got] == ["1", "2", "3", "4"]
    gaps = [b.at - a.at for a, b in itertools.pairwise(got)]
    for n, gap in enumerate(gaps):
        assert gap >= base * 2**n * (1 - jitter) - 0.02, (n, gap, gaps)


def test_outbox_events_commit_with_their_change_or_not_at_all(api: Api) -> None:
    person = _person(api)
    topic = uuid.uuid4()
    at = (api.clock() + timedelta(days=3)).isoformat()
    # The service creates and flushes the session, then fails on the unknown topic: rolled back.
    response = api.post(
        "/sessions", json={"person_id": person, "name": "Doomed", "scheduled_at": at, "topic_ids": [str(topic)]}
    )
    assert response.status_code == 422, response.text
    assert _events(api) == []
    assert api.ok("GET", "/sessions", params={"person_id": person})["total"] == 0

    ok = api.ok("POST", "/sessions", json={"person_id": person, "name": "Kept", "scheduled_at": at})
    [event] = _events(api)
    assert event["type"] == "session.scheduled" and event["session_id"] == ok["id"]
    assert event["payload"]["session"]["scheduled_at"] is not None and event["dispatched_at"] is None

    # A start that loses the one-active-session check writes no session.started.
    first = api.ok("POST", "/sessions", json={"person_id": person, "name": "A", "start": True})
    second = api.ok("POST", "/sessions", json={"person_id": person, "name": "B"})
    assert api.post(f"/sessions/{second['id']}/start").status_code == 409
    started = [e["session_id"] for e in _events(api, "session.started")]
    assert started == [first["id"]]
    # An illegal transition writes nothing either.
    assert api.post(f"/sessions/{ok['id']}/pause").status_code == 409
    assert _events(api, "session.paused") == []


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/hook",
        "javascript:alert(1)",
        "not a url",
        "http://",
        "file:///etc/passwd",
        "http://[::1",
        "mailto:a@b.c",
    ],
)
def test_webhook_urls_must_be_http_or_https(api: Api, url: str) -> None:
    response = api.post("/webhooks", json={"url": url, "events": ["session.started"]})
    assert response.status_code == 422, response.text
    assert [e["key"] for e in response.json()["extra"]] == ["url"]
    hook = api.ok("POST", "/webhooks", json={"url": "https://example.com/h", "events": ["session.started"]})
    assert api.patch(f"/webhooks/{hook['id']}", json={"url": url}).status_code == 422
    assert api.ok("GET", f"/webhooks/{hook['id']}")["url"] == "https://example.com/h"


def test_webhook_crud(api: Api, other_api: Api) -> None:
    hook = api.ok(
        "POST",
        "/webhooks",
        json={"url": "http://127.0.0.1:9/h", "events": ["session.missed", "session.reminder"], "secret": "s" * 20},
    )
    assert hook["secret"] == "s" * 20 and hook["events"] == ["session.missed", "session.reminder"]
    assert api.ok("GET", "/webhooks")["total"] == 1 and other_api.ok("GET", "/webhooks")["total"] == 0
    changed = api.ok("PATCH", f"/webhooks/{hook['id']}", json={"active": False, "secret": None})
    assert changed["active"] is False and changed["secret"].startswith("whsec_") and changed["secret"] != "s" * 20
    assert api.ok("PATCH", f"/webhooks/{hook['id']}", json={"description": "x"})["secret"] is None
    assert api.post("/webhooks", json={"url": "http://a.b/", "events": ["session.exploded"]}).status_code == 400
    assert api.post("/webhooks", json={"url": "http://a.b/", "events": []}).status_code == 400
    assert other_api.get(f"/webhooks/{hook['id']}").status_code == 404
    assert other_api.get(f"/webhooks/{hook['id']}/deliveries").status_code == 404
    api.ok("DELETE", f"/webhooks/{hook['id']}")
    assert api.get(f"/webhooks/{hook['id']}").status_code == 404


def test_url_policies(api: Api) -> None:
    """``public`` refuses loopback/private targets at creation; a worker with ``loopback`` never calls elsewhere."""

    async def create(url: str, policy: str) -> None:
        async with create_session_factory(api.db.engine)() as db:
            await WebhookService(db, api.account_id, url_policy=policy).create(
                {"url": url, "events": ["session.started"]}
            )

    for url in (
        "http://127.0.0.1:8080/h",
        "http://10.1.2.3/h",
        "http://192.168.1.5/h",
        "http://localhost/h",
        "http://[::1]/h",
        "http://169.254.169.254/latest",
        "http://printer.local/h",
        "http://[::ffff:10.0.0.1]/",
    ):
        with pytest.raises(InvalidField) as caught:
            api.db.loop.run(create(url, "public"))
        assert caught.value.field == "url"
    api.db.loop.run(create("https://example.com/hook", "public"))
    with pytest.raises(InvalidField):
        api.db.loop.run(create("https://example.com/hook", "loopback"))
    # Accepted by the server's default policy ("any"), refused at delivery by a loopback-only worker.
    hook = api.ok("POST", "/webhooks", json={"url": "http://192.0.2.1/h", "events": ["session.started"]})
    api.ok("POST", "/sessions", json={"person_id": _person(api), "name": "S", "start": True})
    tick(api, worker_settings(max_attempts=1))
    [delivery] = api.ok("GET", f"/webhooks/{hook['id']}/deliveries")["items"]
    assert delivery["status"] == "failed" and delivery["last_error"].startswith("refused")
    assert delivery["attempt_log"][0]["duration_ms"] == 0


def test_serve_runs_the_worker_by_default(tmp_path: Any, receiver: Receiver) -> None:
    """An app built by create_app with default worker settings delivers without any manual tick."""
    import httpx

    from tests.support import Database, LiveServer, Loop, MovableClock, settings_for

    url = f"sqlite+aiosqlite:///{tmp_path / 'serve.db'}"
    base = settings_for(url)
    settings: Settings = replace(
        base,
        worker=WorkerSettings(poll_seconds=0.05),  # enabled, as by default
        webhooks=WebhookSettings(targets="loopback"),
    )
    assert Settings().worker.enabled
    loop = Loop()
    server = LiveServer(settings, MovableClock())
    server.start()
    db = Database("sqlite", url, loop)
    db.start()
    try:
        _, token = db.new_account()
        with httpx.Client(base_url=server.url + "/api/v1", headers={"Authorization": f"Bearer {token}"}) as client:
            hook = client.post("/webhooks", json={"url": receiver.url, "events": ["session.reminder"]}).json()
            receiver.secret = hook["secret"]
            person = client.post("/people", json={"display_name": "P"}).json()["id"]
            from datetime import UTC, datetime

            at = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
            body = {"person_id": person, "name": "S", "scheduled_at": at, "reminders": [120]}
            assert client.post("/sessions", json=body).status_code == 201
            receiver.wait_for(lambda r: len(r.received) == 1, timeout=15)
        assert receiver.received[0].signature_ok
    finally:
        db.stop()
        server.stop()
        loop.close()
