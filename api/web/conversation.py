"""The conversation page, its side panel, and the plain-form fallbacks of its controls.

With JavaScript the page talks to the JSON API (turns streamed over SSE, lifecycle
actions, notes, artifacts) and to the voice WebSocket; without it, the same forms post
here and come back to the page. Either way the same services do the work.
"""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Template

from agent.interviewer import Interviewer
from agent.turns import TurnInput
from api.controllers.records import unquote_summary
from api.controllers.turns import present_turn
from api.deps import service
from api.schemas.common import fields_of
from api.schemas.records import NoteCreate
from api.web.login import Form
from api.web.views import bubbles, is_active, is_open, status_label
from db.errors import InvalidField, NotFound
from db.models.enums import SessionStatus
from db.services.lifecycle import LifecycleService
from db.services.people import PeopleService
from db.services.records import RecordService
from db.services.reports import ReportService

EXTEND_MINUTES = 15
MAX_SHOWN = 2_000  # interactions on the page; the transcript download has them all


async def panel_context(
    session_id: UUID, sessions: LifecycleService, records: RecordService, reports: ReportService
) -> dict[str, Any]:
    session = await sessions.get(session_id)
    return {
        "session": session,
        "open": is_open(session.status),
        "progress": await reports.progress(session_id),
        "artifacts": (
            await records.list_artifacts(session_id, artifact_type=None, approved=None, limit=200, offset=0)
        ).items,
        "notes": (await records.list_notes(session_id, requires_followup=None, limit=200, offset=0)).items,
        "topics": await sessions.list_topics(session_id),
        "timezone": await records.timezone_of(session_id),  # times are shown in the person's zone
    }


class ConversationPage(Controller):
    path = "/sessions/{session_id:uuid}"
    include_in_schema = False
    dependencies = {
        "sessions": service(LifecycleService),
        "records": service(RecordService),
        "reports": service(ReportService),
        "people": service(PeopleService),
    }

    @get("/")
    async def conversation(
        self,
        session_id: FromPath[UUID],
        sessions: NamedDependency[LifecycleService],
        records: NamedDependency[RecordService],
        reports: NamedDependency[ReportService],
        people: NamedDependency[PeopleService],
    ) -> Template:
        context = await panel_context(session_id, sessions, records, reports)
        session = context["session"]
        interactions = await records.list_interactions(session_id, after_sequence=None, limit=MAX_SHOWN, offset=0)
        return Template(
            "conversation.html",
            context={
                **context,
                "person": await people.get(session.person_id),
                "bubbles": bubbles(interactions.items),
                "private": {i.sequence for i in interactions.items if i.is_private},  # shown as such
                "status_text": status_label(session.status),
                "active": is_active(session.status),
                "scheduled": session.status == SessionStatus.SCHEDULED,
                "extend_minutes": EXTEND_MINUTES,
            },
        )

    @get("/panel")
    async def panel(
        self,
        session_id: FromPath[UUID],
        sessions: NamedDependency[LifecycleService],
        records: NamedDependency[RecordService],
        reports: NamedDependency[ReportService],
    ) -> Template:
        """The side panel alone: the page's script swaps it in after each turn or action."""
        return Template("partials/panel.html", context=await panel_context(session_id, sessions, records, reports))

    # --- plain-form fallbacks (the page's script uses the JSON API instead) -------------

    @post("/turn")
    async def say(
        self,
        session_id: FromPath[UUID],
        data: Annotated[dict[str, str], Form],
        request: Request[UUID, Any, Any],
        interviewer: NamedDependency[Interviewer],
    ) -> Redirect:
        text = (data.get("text") or "").strip()
        skip = data.get("op") == "skip"
        if not skip and not text:
            raise InvalidField("text", "write an answer, or skip the question")
        turn = TurnInput(text=None if skip else text, skip=skip, method="text")
        await interviewer.turn(request.user, session_id, turn, present_turn)
        return Redirect(f"/sessions/{session_id}#composer", status_code=303)

    @post("/action")
    async def act(
        self,
        session_id: FromPath[UUID],
        data: Annotated[dict[str, str], Form],
        request: Request[UUID, Any, Any],
        sessions: NamedDependency[LifecycleService],
        interviewer: NamedDependency[Interviewer],
    ) -> Redirect:
        action = data.get("action")
        if action == "start":
            await interviewer.start(request.user, session_id, present_turn)
        elif action == "pause":
            await sessions.pause(session_id)
        elif action == "resume":
            await sessions.resume(session_id)
        elif action == "extend":
            await sessions.extend(session_id, EXTEND_MINUTES)
        else:
            raise InvalidField("action", "unknown action")
        return Redirect(f"/sessions/{session_id}", status_code=303)

    @post("/complete")
    async def complete(
        self,
        session_id: FromPath[UUID],
        data: Annotated[dict[str, str], Form],
        request: Request[UUID, Any, Any],
        interviewer: NamedDependency[Interviewer],
    ) -> Redirect:
        review: dict[str, Any] = {}
        for key, top in (("review.satisfaction_score", 5), ("review.focus_score", 10), ("review.energy_level", 10)):
            value = (data.get(key) or "").strip()
            if value:
                if not value.isdigit() or not 1 <= int(value) <= top:
                    raise InvalidField(key, f"must be a whole number from 1 to {top}")
                review[key.removeprefix("review.")] = int(value)
        if notes := (data.get("review.notes") or "").strip():
            review["notes"] = notes
        followup = data.get("create_followup") in ("on", "true")
        await interviewer.complete(request.user, session_id, {}, review or None, followup, None)
        return Redirect(f"/sessions/{session_id}/summary", status_code=303)

    @post("/note")
    async def add_note(
        self, session_id: FromPath[UUID], data: Annotated[dict[str, str], Form], records: NamedDependency[RecordService]
    ) -> Redirect:
        content = (data.get("content") or "").strip()
        if not content:
            raise InvalidField("content", "write the note first")
        note = NoteCreate(content=content, is_important=data.get("is_important") in ("on", "true"))
        await records.add_note(session_id, fields_of(note))  # the API's defaults: an observation by the user
        return Redirect(f"/sessions/{session_id}#notes", status_code=303)

    @post("/answers/{sequence:int}/private")
    async def mark_private(
        self,
        session_id: FromPath[UUID],
        sequence: FromPath[int],
        data: Annotated[dict[str, str], Form],
        records: NamedDependency[RecordService],
        reports: NamedDependency[ReportService],
    ) -> Redirect:
        """Keep an answer private, or share it again (the toggle's plain-form fallback)."""
        private = data.get("private") in ("on", "true")
        answer = await records.set_private(session_id, sequence, private)
        if private:
            await unquote_summary(session_id, answer.person_response or "", records, reports)
        return Redirect(f"/sessions/{session_id}#transcript", status_code=303)

    @post("/artifacts/{artifact_id:uuid}")
    async def change_artifact(
        self,
        session_id: FromPath[UUID],
        artifact_id: FromPath[UUID],
        data: Annotated[dict[str, str], Form],
        records: NamedDependency[RecordService],
    ) -> Redirect:
        _artifact, owner = await records.get_artifact(artifact_id)
        if owner.id != session_id:
            raise NotFound("artifact", artifact_id)
        if data.get("op") == "approve":
            await records.update_artifact(artifact_id, {"is_approved": True})
        elif content := (data.get("content") or "").strip():
            await records.update_artifact(artifact_id, {"content": content})
        return Redirect(f"/sessions/{session_id}#artifacts", status_code=303)
