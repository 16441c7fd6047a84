"""``create_app(settings)``: the only way to build the Litestar application."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable
from contextlib import asynccontextmanager
from datetime import datetime

from litestar import Litestar, Router
from litestar.datastructures import State
from litestar.di import Provide
from litestar.middleware.base import DefineMiddleware
from litestar.openapi.config import OpenAPIConfig
from litestar.openapi.spec import Components, SecurityScheme

from api.auth import BearerTokenMiddleware
from api.controllers.catalog import ProcessController, TemplateController
from api.controllers.health import health
from api.controllers.people import PeopleController, TopicsController
from api.controllers.records import ArtifactController, RecordController
from api.controllers.sessions import SessionController
from api.deps import provide_db
from api.errors import EXCEPTION_HANDLERS
from api.settings import Settings
from db.engine import create_engine, create_session_factory
from db.migrate import upgrade
from db.models.base import utcnow

API_CONTROLLERS = [
    PeopleController,
    TopicsController,
    ProcessController,
    TemplateController,
    SessionController,
    RecordController,
    ArtifactController,
]


def create_app(settings: Settings, *, clock: Callable[[], datetime] = utcnow) -> Litestar:
    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncGenerator[None, None]:
        engine = create_engine(
            settings.database.url, echo=settings.database.echo, pool_size=settings.database.pool_size
        )
        if settings.database.migrate_on_start:
            await upgrade(engine)
        app.state.engine = engine
        app.state.session_factory = create_session_factory(engine)
        try:
            yield
        finally:
            await engine.dispose()

    api = Router(
        path="/api/v1",
        route_handlers=API_CONTROLLERS,
        middleware=[DefineMiddleware(BearerTokenMiddleware)],
        security=[{"BearerToken": []}],
    )
    return Litestar(
        route_handlers=[health, api],
        dependencies={"db": Provide(provide_db)},
        exception_handlers=EXCEPTION_HANDLERS,
        lifespan=[lifespan],
        state=State({"settings": settings, "clock": clock}),
        request_max_body_size=settings.server.max_body_bytes,
        debug=settings.server.debug,
        openapi_config=OpenAPIConfig(
            title="Storyloom",
            version="1.0.0",
            description="Goal-oriented story, practice and study sessions run by a chat agent.",
            path="/schema",
            components=Components(security_schemes={"BearerToken": SecurityScheme(type="http", scheme="bearer")}),
        ),
    )
