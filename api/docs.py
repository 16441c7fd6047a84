"""The API documentation under ``/schema``, working offline: every script and style comes from this app.

Litestar's render plugins load Redoc, Swagger UI and RapiDoc from CDNs by default, so the
pages were blank without internet. The ``openapi-ui-bundles`` package ships the three
bundles (Apache-2.0; Redoc and RapiDoc MIT, Swagger UI Apache-2.0); they are served from
``/schema/assets/…``. Stoplight Elements ships in no such package, so ``/schema/elements``
is not offered. No web fonts are fetched (the pages use the system fonts), and the pages'
Content-Security-Policy allows this site only, so a bundle's hard-coded external image
(Redoc's "by Redocly" logo) is not even requested.
"""

from __future__ import annotations

from typing import Any

import openapi_ui_bundles
from litestar import Request, Router
from litestar.datastructures import ResponseHeader
from litestar.openapi.config import OpenAPIConfig
from litestar.openapi.plugins import (
    JsonRenderPlugin,
    RapidocRenderPlugin,
    RedocRenderPlugin,
    SwaggerRenderPlugin,
    YamlRenderPlugin,
)
from litestar.openapi.spec import Components, SecurityScheme
from litestar.static_files import create_static_files_router

ASSETS = "/schema/assets"
_FAVICON = "<link rel='icon' href='/static/favicon.svg' type='image/svg+xml'>"
_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'"
)
_BUNDLES = {
    "redoc": openapi_ui_bundles.redoc.static_path,
    "swagger-ui": openapi_ui_bundles.swagger_ui.static_path,
    "rapidoc": openapi_ui_bundles.rapidoc.static_path,
}


class _RapidocWithoutWebFonts(RapidocRenderPlugin):
    """RapiDoc loads Open Sans from Google unless told not to (an attribute Litestar does not set)."""

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        return super().render(request, openapi_schema).replace(b"<rapi-doc ", b'<rapi-doc load-fonts="false" ', 1)


def openapi_config() -> OpenAPIConfig:
    return OpenAPIConfig(
        title="Storyloom",
        version="1.0.0",
        description="Goal-oriented story, practice and study sessions run by a chat agent.",
        openapi_router=Router(
            "/schema",
            route_handlers=_assets(),
            include_in_schema=False,
            response_headers=[ResponseHeader(name="Content-Security-Policy", value=_CSP)],
        ),
        components=Components(security_schemes={"BearerToken": SecurityScheme(type="http", scheme="bearer")}),
        render_plugins=[
            RedocRenderPlugin(
                path=["/", "/redoc"],
                js_url=f"{ASSETS}/redoc/redoc.standalone.js",
                google_fonts=False,
                favicon=_FAVICON,
            ),
            SwaggerRenderPlugin(
                js_url=f"{ASSETS}/swagger-ui/swagger-ui-bundle.js",
                css_url=f"{ASSETS}/swagger-ui/swagger-ui.css",
                standalone_preset_js_url=f"{ASSETS}/swagger-ui/swagger-ui-standalone-preset.js",
                favicon=_FAVICON,
            ),
            _RapidocWithoutWebFonts(js_url=f"{ASSETS}/rapidoc/rapidoc-min.js", favicon=_FAVICON),
            JsonRenderPlugin(),
            YamlRenderPlugin(),
        ],
    )


def _assets() -> list[Any]:
    """One static-files router per bundle (their ``index.html`` files would collide in one)."""
    return [
        create_static_files_router(path=f"/assets/{name}", directories=[directory], include_in_schema=False)
        for name, directory in _BUNDLES.items()
    ]
