"""Session summary page: the summary, stats for its kind, approved artifacts (titles editable), what comes next."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from litestar import Controller, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Template

from api.deps import service
from api.web.login import Form
from api.web.views import is_open, status_label
from db.errors import NotFound
from db.services.lifecycle import LifecycleService
from db.services.people import PeopleService
from db.services.records import RecordService
from db.services.reports import ReportService


class SummaryPage(Controller):
    path = "/sessions/{session_id:uuid}/summary"
    include_in_schema = False
    dependencies = {
        "sessions": service(LifecycleService),
        "records": service(RecordService),
        "reports": service(ReportService),
        "people": service(PeopleService),
    }

    @get("/")
    async def summary(
        self,
        session_id: FromPath[UUID],
        sessions: NamedDependency[LifecycleService],
        records: NamedDependency[RecordService],
        reports: NamedDependency[ReportService],
        people: NamedDependency[PeopleService],
    ) -> Template:
        session = await sessions.get(session_id)
        summary = await reports.summary(session_id)
        approved = await records.list_artifacts(session_id, artifact_type=None, approved=True, limit=200, offset=0)
        return Template(
            "summary.html",
            context={
                "session": session,
                "s": summary,
                "person": await people.get(session.person_id),
                "approved": approved.items,
                "missed": await reports.missed_questions(session_id) if summary["study"] else [],
                "private_count": len(await records.private_sequences(session_id)),
                "open": is_open(session.status),
                "status_text": status_label(session.status),
            },
        )

    @post("/artifacts/{artifact_id:uuid}/title")
    async def rename(
        self,
        session_id: FromPath[UUID],
        artifact_id: FromPath[UUID],
        data: Annotated[dict[str, str], Form],
        records: NamedDependency[RecordService],
    ) -> Redirect:
        """The title form's plain fallback (the page's script PATCHes the artifact instead)."""
        _artifact, owner = await records.get_artifact(artifact_id)
        if owner.id != session_id:
            raise NotFound("artifact", artifact_id)
        await records.update_artifact(artifact_id, {"title": data.get("title") or ""})
        return Redirect(f"/sessions/{session_id}/summary#approved-title", status_code=303)
