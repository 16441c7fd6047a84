"""How the pages plug into the app: routers, Jinja2, CSRF, the session cookie's key."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from litestar import Router
from litestar.config.csrf import CSRFConfig
from litestar.middleware.base import DefineMiddleware
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.static_files import create_static_files_router
from litestar.template.config import TemplateConfig

from api.settings import WebSettings
from api.web import views
from api.web.builder import TemplatePages
from api.web.conversation import ConversationPage
from api.web.errors import HTML_HANDLERS
from api.web.home import HomeController
from api.web.login import LoginController
from api.web.new_session import NewSessionPage
from api.web.session import CSRF_COOKIE, CSRF_HEADER, WebAuth, WebSessionMiddleware
from api.web.summary import SummaryPage

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"
# JSON API, ops and static files are outside the page CSRF check (the API checks cookie
# requests itself: api.web.session.api_cookie_account).
_NO_CSRF = ["^/api/", "^/health", "^/metrics", "^/schema", "^/static/"]


def web_auth(settings: WebSettings) -> WebAuth:
    return WebAuth(
        secret=settings.secret_key or secrets.token_urlsafe(32),
        session_seconds=settings.session_hours * 3600.0,
        cookie_secure=settings.cookie_secure,
    )


def csrf_config(web: WebAuth) -> CSRFConfig:
    return CSRFConfig(
        secret=web.csrf_secret,
        cookie_name=CSRF_COOKIE,
        header_name=CSRF_HEADER,
        cookie_httponly=True,  # the page's script reads the token from a <meta> tag instead
        cookie_secure=web.cookie_secure,
        cookie_samesite="lax",
        exclude=_NO_CSRF,
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
    public = Router(
        path="/",
        route_handlers=[LoginController, create_static_files_router(path="/static", directories=[STATIC_DIR])],
        exception_handlers=HTML_HANDLERS,
        include_in_schema=False,
    )
    pages = Router(
        path="/",
        route_handlers=[HomeController, TemplatePages, NewSessionPage, ConversationPage, SummaryPage],
        middleware=[DefineMiddleware(WebSessionMiddleware)],
        exception_handlers=HTML_HANDLERS,
        include_in_schema=False,
    )
    return [public, pages]
