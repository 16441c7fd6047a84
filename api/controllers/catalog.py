"""Processes (versioned flows of nodes) and session templates."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, delete, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody, QueryParameter

from agent.interviewer import Interviewer
from api.controllers.params import LimitParam, OffsetParam
from api.controllers.turns import present_turn
from api.deps import service
from api.schemas.catalog import (
    NodeIn,
    NodeOut,
    ProcessCreate,
    ProcessOut,
    ProcessPage,
    ProcessUpdate,
    TemplateCreate,
    TemplateOut,
    TemplatePage,
    TemplateUpdate,
)
from api.schemas.common import NO_NUL, fields_of, out
from api.schemas.sessions import NodeSessionCreate, SessionOut
from db.models.enums import SessionKind
from db.services.catalog import ProcessService, TemplateService


class ProcessController(Controller):
    path = "/processes"
    tags = ["processes"]
    dependencies = {"processes": service(ProcessService)}

    @post("/")
    async def create_process(
        self, data: JSONBody[ProcessCreate], processes: NamedDependency[ProcessService]
    ) -> ProcessOut:
        """Create a process; reusing a name creates the next version of that process."""
        fields = fields_of(data)
        fields.pop("nodes")
        nodes = [fields_of(node) for node in data.nodes]  # fields_of leaves list items as structs
        return out(await processes.create(fields, nodes), ProcessOut)

    @get("/")
    async def list_processes(
        self,
        processes: NamedDependency[ProcessService],
        name: Annotated[str | None, QueryParameter(max_length=200, pattern=NO_NUL, required=False)] = None,
        limit: LimitParam = 50,
        offset: OffsetParam = 0,
    ) -> ProcessPage:
        return out(await processes.list(name=name, limit=limit, offset=offset), ProcessPage)

    @get("/{process_id:uuid}")
    async def get_process(self, process_id: FromPath[UUID], processes: NamedDependency[ProcessService]) -> ProcessOut:
        return out(await processes.get(process_id), ProcessOut)

    @patch("/{process_id:uuid}")
    async def update_process(
        self, process_id: FromPath[UUID], data: JSONBody[ProcessUpdate], processes: NamedDependency[ProcessService]
    ) -> ProcessOut:
        return out(await processes.update(process_id, fields_of(data)), ProcessOut)

    @delete("/{process_id:uuid}")
    async def delete_process(self, process_id: FromPath[UUID], processes: NamedDependency[ProcessService]) -> None:
        await processes.delete(process_id)

    @post("/{process_id:uuid}/nodes")
    async def add_node(
        self, process_id: FromPath[UUID], data: JSONBody[NodeIn], processes: NamedDependency[ProcessService]
    ) -> NodeOut:
        return out(await processes.add_node(process_id, fields_of(data)), NodeOut)

    @post("/{process_id:uuid}/nodes/{node_id:uuid}/sessions")
    async def create_session_from_node(
        self,
        process_id: FromPath[UUID],
        node_id: FromPath[UUID],
        data: JSONBody[NodeSessionCreate],
        request: Request[UUID, Any, Any],
        interviewer: NamedDependency[Interviewer],
    ) -> SessionOut:
        """A session whose intention, constraints and procedure come from the node."""
        fields = fields_of(data)
        session = await interviewer.create_session(
            request.user,
            fields.pop("person_id"),
            fields,
            present_turn,
            node_ref=(process_id, node_id),
            topic_ids=fields.pop("topic_ids"),
            start=fields.pop("start"),
        )
        return out(session, SessionOut)


class TemplateController(Controller):
    path = "/templates"
    tags = ["templates"]
    dependencies = {"templates": service(TemplateService)}

    @post("/")
    async def create_template(
        self, data: JSONBody[TemplateCreate], templates: NamedDependency[TemplateService]
    ) -> TemplateOut:
        return out(await templates.create(fields_of(data)), TemplateOut)

    @get("/")
    async def list_templates(
        self,
        templates: NamedDependency[TemplateService],
        kind: FromQuery[SessionKind | None] = None,
        is_active: FromQuery[bool | None] = None,
        limit: LimitParam = 50,
        offset: OffsetParam = 0,
    ) -> TemplatePage:
        page = await templates.list(kind=kind, is_active=is_active, limit=limit, offset=offset)
        return out(page, TemplatePage)

    @get("/{template_id:uuid}")
    async def get_template(
        self, template_id: FromPath[UUID], templates: NamedDependency[TemplateService]
    ) -> TemplateOut:
        return out(await templates.get(template_id), TemplateOut)

    @patch("/{template_id:uuid}")
    async def update_template(
        self, template_id: FromPath[UUID], data: JSONBody[TemplateUpdate], templates: NamedDependency[TemplateService]
    ) -> TemplateOut:
        return out(await templates.update(template_id, fields_of(data)), TemplateOut)

    @delete("/{template_id:uuid}")
    async def delete_template(self, template_id: FromPath[UUID], templates: NamedDependency[TemplateService]) -> None:
        await templates.delete(template_id)
