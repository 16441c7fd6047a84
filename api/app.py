"""``create_app(settings)``: the only way to build the Litestar application."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncGenerator, Callable
from contextlib import asynccontextmanager
from datetime import datetime

from litestar import Litestar, Router
from litestar.datastructures import State
from litestar.di import Provide
from litestar.middleware.base import DefineMiddleware

from agent.interviewer import Interviewer
from api.access_log import redact_access_log
from api.auth import BearerTokenMiddleware
from api.controllers.audio import AudioTurnController, TranscriptionController
from api.controllers.book import BookController
from api.controllers.catalog import ProcessController, TemplateController
from api.controllers.health import MetricsController, health
from api.controllers.people import PeopleController, TopicsController
from api.controllers.person_stats import PersonStatsController
from api.controllers.records import ArtifactController, RecordController
from api.controllers.scheduling import CalendarController, ReminderController, ScheduleController, calendar_feed
from api.controllers.series import SeriesController
from api.controllers.sessions import SessionController
from api.controllers.transcript import TranscriptController
from api.controllers.turns import TurnController
from api.controllers.voice import voice
from api.controllers.webhooks import EventController, WebhookController
from api.deps import provide_db, provide_interviewer
from api.docs import openapi_config
from api.errors import EXCEPTION_HANDLERS
from api.request_body import AppRequest
from api.request_metrics import RequestMetrics
from api.settings import Settings
from api.uploads import UploadAdmission, UploadGate, set_mmap_threshold
from api.web.setup import APP_HTML_HANDLERS, template_config, web_auth, web_routers
from api.worker import Worker
from audio.transcribe import Transcriber
from db.engine import create_engine, create_session_factory, read_only
from db.migrate import upgrade
from db.models.base import utcnow

API_CONTROLLERS = [
    PeopleController,
    TopicsController,
    BookController,
    PersonStatsController,
    ProcessController,
    TemplateController,
    SessionController,
    TurnController,
    RecordController,
    ArtifactController,
    TranscriptController,
    ScheduleController,
    ReminderController,
    CalendarController,
    SeriesController,
    WebhookController,
    EventController,
]
# Audio uploads may exceed the API-wide body limit: multipart framing on top of the file.
UPLOAD_CONTROLLERS = [AudioTurnController, TranscriptionController]
_MULTIPART_OVERHEAD = 64 * 1024


def create_app(
    settings: Settings, *, clock: Callable[[], datetime] = utcnow, transcriber: Transcriber | None = None
) -> Litestar:
    """The app. ``transcriber`` is the speech recogniser (None: Whisper as ``settings.stt`` configures it); a
    test passes one whose words are known (``audio.transcribe.Transcriber.decode``), as Whisper's differ by CPU."""

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncGenerator[None, None]:
        redact_access_log()  # no calendar-feed tokens or login links in the access log (api/access_log.py)
        engine = create_engine(
            settings.database.url, echo=settings.database.echo, pool_size=settings.database.pool_size
        )
        if settings.database.migrate_on_start:
            await upgrade(engine)
        app.state.engine = engine
        app.state.read_engine = read_only(engine)  # one-statement reads without a session (db.services.rows)
        app.state.session_factory = create_session_factory(engine)
        app.state.read_session_factory = create_session_factory(read_only(engine))
        app.state.interviewer = Interviewer(
            app.state.session_factory, settings.agent, clock, read_factory=app.state.read_session_factory
        )
        app.state.background_tasks = set()
        app.state.token_lookups = {}  # bearer-token look-ups in flight, shared by concurrent misses (api/auth.py)
        set_mmap_threshold(settings.stt.malloc_mmap_threshold)  # freed audio buffers leave RSS (api/uploads.py)
        # The speech model loads once per process (shared by every app in it), off the event loop.
        app.state.transcriber = transcriber or Transcriber(settings.stt.config())
        await app.state.transcriber.load_async()
        # Start-up leaves ~150,000 long-lived objects (modules, routes, metadata). Freezing them
        # keeps them out of every later full collection, which otherwise rescans them all
        # (80-150 ms, about once per 10,000-sample metrics batch) in the middle of a request.
        gc.freeze()
        # The scheduler/webhook worker (api/worker/), unless STORYLOOM_WORKER=false.
        worker_stop = asyncio.Event()
        worker = Worker(app.state.session_factory, settings, clock) if settings.worker.enabled else None
        worker_task = asyncio.create_task(worker.run(worker_stop)) if worker else None
        try:
            yield
        finally:
            if worker is not None and worker_task is not None:
                worker_stop.set()
                await asyncio.wait_for(worker_task, timeout=settings.webhooks.timeout_seconds + 30)
                await worker.close()
            for task in list(app.state.background_tasks):  # let streamed turns finish their commit
                await asyncio.wait_for(asyncio.shield(task), timeout=30)
            await engine.dispose()

    upload_gate = UploadGate(settings.stt)  # a bounded number of uploads at once (api/uploads.py)
    uploads = Router(
        path="/",
        route_handlers=UPLOAD_CONTROLLERS,
        request_max_body_size=settings.stt.max_upload_bytes + _MULTIPART_OVERHEAD,
        middleware=[DefineMiddleware(UploadAdmission, gate=upload_gate)],
    )
    api = Router(
        path="/api/v1",
        route_handlers=[*API_CONTROLLERS, uploads, voice],
        middleware=[DefineMiddleware(BearerTokenMiddleware)],
        security=[{"BearerToken": []}],
    )
    web = web_auth(settings.web)  # the browser session cookie's key (api/web/session.py)
    return Litestar(
        route_handlers=[health, MetricsController, api, calendar_feed, *web_routers()],
        middleware=[RequestMetrics],  # /metrics by route template (api/request_metrics.py)
        dependencies={"db": Provide(provide_db), "interviewer": Provide(provide_interviewer, sync_to_thread=False)},
        exception_handlers={**EXCEPTION_HANDLERS, **APP_HTML_HANDLERS},
        lifespan=[lifespan],
        state=State({"settings": settings, "clock": clock, "web": web, "uploads": upload_gate}),
        template_config=template_config(),
        request_class=AppRequest,  # JSON bodies nested too deeply are a 400 (api/request_body.py)
        request_max_body_size=settings.server.max_body_bytes,
        debug=settings.server.debug,
        openapi_config=openapi_config(),  # the docs pages, with their scripts served locally (api/docs.py)
    )
