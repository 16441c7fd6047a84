"""How the pages plug into the app: routers, Jinja2, CSRF, the session cookie's key, HTML 404s."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from litestar import Router
from litestar.exceptions import NotFoundException
from litestar.middleware.base import DefineMiddleware
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.static_files import create_static_files_router
from litestar.template.config import TemplateConfig

from api.settings import WebSettings
from api.web import views
from api.web.book import BookPage
from api.web.builder import TemplatePages
from api.web.conversation import ConversationPage
from api.web.csrf import CsrfMiddleware
from api.web.errors import HTML_HANDLERS, not_found_for_browsers
from api.web.home import HomeController
from api.web.login import LoginController
from api.web.new_session import NewSessionPage
from api.web.person import PersonPage
from api.web.session import WebAuth, WebSessionMiddleware
from api.web.summary import SummaryPage

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"


def web_auth(settings: WebSettings) -> WebAuth:
    return WebAuth(
        secret=settings.secret_key or secrets.token_urlsafe(32),
        session_seconds=settings.session_hours * 3600.0,
        cookie_secure=settings.cookie_secure,
    )


def template_config() -> TemplateConfig[Any]:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(when=views.when, minutes=views.minutes, status_label=views.status_label)
    return TemplateConfig(instance=JinjaTemplateEngine.from_environment(env))


def web_routers() -> list[Any]:
    """Pages check CSRF themselves (``api.web.csrf``); the JSON API checks its cookie requests in ``api.auth``."""
    static = create_static_files_router(path="/static", directories=[STATIC_DIR], include_in_schema=False)
    public = Router(
        path="/",
        route_handlers=[LoginController],
        middleware=[CsrfMiddleware],
        exception_handlers=HTML_HANDLERS,
        include_in_schema=False,
    )
    pages = Router(
        path="/",
        route_handlers=[
            HomeController,
            TemplatePages,
            NewSessionPage,
            ConversationPage,
            SummaryPage,
            PersonPage,
            BookPage,
        ],
        # The login is checked first: a form sent after the session ended asks to log in again.
        middleware=[DefineMiddleware(WebSessionMiddleware), CsrfMiddleware],
        exception_handlers=HTML_HANDLERS,
        include_in_schema=False,
    )
    return [static, public, pages]


# App-wide: a path that matches no route (or a malformed id in it) is the styled 404 page for a browser.
APP_HTML_HANDLERS: dict[Any, Any] = {NotFoundException: not_found_for_browsers}
