"""Template builder pages: list, new, edit, duplicate, deactivate (``TemplateService``)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from api.deps import service
from api.schemas.catalog import TemplateCreate, TemplateUpdate
from api.schemas.common import fields_of
from api.web.template_form import FormError, apply_op, draft_from_form, draft_from_template, empty_draft, template_body
from db.errors import InvalidField
from db.models.enums import SessionKind
from db.services.catalog import TemplateService

KINDS = [kind.value for kind in SessionKind]
_COPIED_FIELDS = (
    "kind",
    "description",
    "intention",
    "success_indicators",
    "completion_indicators",
    "constraints",
    "procedure_notes",
    "duration_minutes",
    "suggested_topic_kinds",
    "tags",
    "structure",
)


def _form(draft: dict[str, Any], template: Any = None, error: FormError | None = None, saved: bool = False) -> Template:
    return Template(
        "template_form.html",
        context={"draft": draft, "template": template, "kinds": KINDS, "error": error, "saved": saved},
        status_code=422 if error else 200,
    )


class TemplatePages(Controller):
    path = "/templates"
    include_in_schema = False
    dependencies = {"templates": service(TemplateService)}

    @get("/")
    async def list_templates(self, templates: NamedDependency[TemplateService]) -> Template:
        page = await templates.list(kind=None, is_active=None, limit=200, offset=0)
        rows = sorted(page.items, key=lambda t: (not t.is_active, t.name.lower()))
        return Template("templates.html", context={"templates": rows, "total": page.total})

    @get("/new")
    async def new_template(self) -> Template:
        return _form(empty_draft())

    @post("/new")
    async def create_template(
        self, request: Request[Any, Any, Any], templates: NamedDependency[TemplateService]
    ) -> Response[Any]:
        form = await request.form()
        draft = draft_from_form(form)
        if apply_op(draft, form.get("op") or ""):
            return _form(draft)
        try:
            body = msgspec.convert(template_body(draft), TemplateCreate)
            template = await templates.create(fields_of(body))
        except (FormError, InvalidField) as exc:
            return _form(draft, error=_as_form_error(exc))
        return Redirect(f"/templates/{template.id}?saved=true", status_code=303)

    @get("/{template_id:uuid}")
    async def edit_template(
        self, template_id: FromPath[UUID], templates: NamedDependency[TemplateService], saved: FromQuery[bool] = False
    ) -> Template:
        template = await templates.get(template_id)
        return _form(draft_from_template(template), template, saved=saved)

    @post("/{template_id:uuid}")
    async def update_template(
        self, template_id: FromPath[UUID], request: Request[Any, Any, Any], templates: NamedDependency[TemplateService]
    ) -> Response[Any]:
        template = await templates.get(template_id)
        form = await request.form()
        draft = draft_from_form(form)
        if apply_op(draft, form.get("op") or ""):
            return _form(draft, template)
        try:
            body = msgspec.convert(template_body(draft), TemplateUpdate)
            await templates.update(template_id, fields_of(body))
        except (FormError, InvalidField) as exc:
            return _form(draft, template, error=_as_form_error(exc))
        return Redirect(f"/templates/{template_id}?saved=true", status_code=303)

    @post("/{template_id:uuid}/duplicate")
    async def duplicate_template(
        self, template_id: FromPath[UUID], templates: NamedDependency[TemplateService]
    ) -> Redirect:
        original = await templates.get(template_id)
        fields = {key: getattr(original, key) for key in _COPIED_FIELDS}
        copy = await templates.create({**fields, "name": f"{original.name} (copy)"[:200], "is_active": True})
        return Redirect(f"/templates/{copy.id}", status_code=303)

    @post("/{template_id:uuid}/active")
    async def set_active(
        self, template_id: FromPath[UUID], request: Request[Any, Any, Any], templates: NamedDependency[TemplateService]
    ) -> Redirect:
        form = await request.form()
        await templates.update(template_id, {"is_active": form.get("active") == "true"})
        return Redirect("/templates", status_code=303)


def _as_form_error(exc: Exception) -> FormError:
    if isinstance(exc, InvalidField):
        return FormError(f"{exc.field}: {exc.message}", exc.field)
    assert isinstance(exc, FormError)
    return exc
