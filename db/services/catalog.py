"""What sessions are made from: versioned processes (with nodes) and templates."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, func, select

from db.errors import InvalidField, NotFound
from db.models import Process, ProcessNode, SessionTemplate
from db.services.common import Page, ScopedService, get_scoped, paginate


class ProcessService(ScopedService):
    async def create(self, fields: dict[str, Any], nodes: list[dict[str, Any]]) -> Process:
        """Create a process; a second process with the same name becomes its next version."""
        latest = await self.db.scalar(
            select(func.max(Process.version)).where(
                Process.account_id == self.account_id, Process.name == fields["name"]
            )
        )
        process = Process(account_id=self.account_id, version=(latest or 0) + 1, **fields)
        process.nodes = [ProcessNode(position=i, **node) for i, node in enumerate(nodes)]
        self.db.add(process)
        await self.commit()
        return process

    async def list(self, *, name: str | None, limit: int, offset: int) -> Page[Process]:
        stmt = select(Process).where(Process.account_id == self.account_id)
        if name is not None:
            stmt = stmt.where(Process.name == name)
        stmt = stmt.order_by(Process.name, Process.version.desc(), Process.id)
        return await paginate(self.db, stmt, limit=limit, offset=offset)

    async def get(self, process_id: uuid.UUID) -> Process:
        return await get_scoped(self.db, Process, process_id, self.account_id, "process")

    async def update(self, process_id: uuid.UUID, changes: dict[str, Any]) -> Process:
        process = await self.get(process_id)
        for key, value in changes.items():
            setattr(process, key, value)
        await self.commit()
        return process

    async def delete(self, process_id: uuid.UUID) -> None:
        await self.get(process_id)
        await self.db.execute(delete(Process).where(Process.id == process_id))
        await self.commit()

    async def add_node(self, process_id: uuid.UUID, fields: dict[str, Any]) -> ProcessNode:
        process = await self.get(process_id)
        node = ProcessNode(process_id=process.id, position=len(process.nodes), **fields)
        self.db.add(node)
        await self.commit()
        return node

    async def get_node(self, process_id: uuid.UUID, node_id: uuid.UUID) -> tuple[Process, ProcessNode]:
        process = await self.get(process_id)
        for node in process.nodes:
            if node.id == node_id:
                return process, node
        raise NotFound("process node", node_id)

    async def node_by_id(self, node_id: uuid.UUID, process_id: uuid.UUID | None) -> tuple[Process, ProcessNode]:
        """A node named in a request body (with its process, if given, checked): 422 when unknown."""
        row = (
            await self.db.execute(
                select(Process, ProcessNode)
                .join(ProcessNode, ProcessNode.process_id == Process.id)
                .where(ProcessNode.id == node_id, Process.account_id == self.account_id)
            )
        ).first()
        if row is None:
            raise InvalidField("process_node_id", f"no process node {node_id}")
        if process_id is not None and row[0].id != process_id:
            raise InvalidField("process_id", f"process node {node_id} belongs to another process (version)")
        return row[0], row[1]


class TemplateService(ScopedService):
    async def create(self, fields: dict[str, Any]) -> SessionTemplate:
        template = SessionTemplate(account_id=self.account_id, **fields)
        self.db.add(template)
        await self.commit()
        return template

    async def list(self, *, kind: str | None, is_active: bool | None, limit: int, offset: int) -> Page[SessionTemplate]:
        stmt = select(SessionTemplate).where(SessionTemplate.account_id == self.account_id)
        if kind is not None:
            stmt = stmt.where(SessionTemplate.kind == kind)
        if is_active is not None:
            stmt = stmt.where(SessionTemplate.is_active == is_active)
        stmt = stmt.order_by(SessionTemplate.created_at.desc(), SessionTemplate.id)
        return await paginate(self.db, stmt, limit=limit, offset=offset)

    async def get(self, template_id: uuid.UUID) -> SessionTemplate:
        return await get_scoped(self.db, SessionTemplate, template_id, self.account_id, "template")

    async def update(self, template_id: uuid.UUID, changes: dict[str, Any]) -> SessionTemplate:
        template = await self.get(template_id)
        for key, value in changes.items():
            setattr(template, key, value)
        await self.commit()
        return template

    async def delete(self, template_id: uuid.UUID) -> None:
        await self.get(template_id)
        await self.db.execute(delete(SessionTemplate).where(SessionTemplate.id == template_id))
        await self.commit()
