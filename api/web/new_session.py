"""New session: person, template (pre-fills the form, which stays editable), topics, schedule or start now.

``?after=<session id>`` plans the next session of that one: the form is filled with its follow-up
draft (``agent.continuation``: the suggestion, the life events, the open threads as the intention)
and the session made from it continues the earlier one.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from uuid import UUID

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.datastructures import FormMultiDict
from litestar.di import NamedDependency
from litestar.params import FromQuery
from litestar.response import Redirect, Template

from agent.continuation import FollowupPlan, plan_followup
from agent.interviewer import Interviewer
from api.controllers.turns import present_turn
from api.deps import service
from api.schemas.common import fields_of
from api.schemas.sessions import SessionCreate
from api.web.template_form import FormError
from api.web.views import lines, split_lines, zone
from db.errors import Conflict, InvalidField
from db.models.enums import SessionKind, TopicKind
from db.services.catalog import TemplateService
from db.services.people import PeopleService, TopicService

KINDS = [kind.value for kind in SessionKind]
_TEXT = ("name", "kind", "intention", "constraints", "procedure_notes", "success_indicators", "completion_indicators")


def _uuid(value: str | None) -> UUID | None:
    try:
        return UUID(value) if value else None
    except ValueError:
        return None


def prefill(template: Any) -> dict[str, str]:
    return {
        "name": template.name,
        "kind": template.kind,
        "intention": template.intention or "",
        "success_indicators": lines(template.success_indicators),
        "completion_indicators": lines(template.completion_indicators),
        "constraints": template.constraints or "",
        "procedure_notes": template.procedure_notes or "",
        "duration": "" if template.duration_minutes is None else str(template.duration_minutes),
    }


def blank_draft() -> dict[str, Any]:
    return {
        **{key: "" for key in _TEXT},
        "kind": "story",
        "duration": "",
        "date": "",
        "time": "",
        "person_id": "",
        "template_id": "",
        "prefilled_from": "",
        "topic_ids": [],
        "new_topic": "",
        "new_topic_year": "",
        "after": "",
    }


def followup_draft(plan: FollowupPlan) -> dict[str, Any]:
    """The form filled with a follow-up's plan (its template counts as applied: nothing overwrites it)."""
    fields = plan.fields
    return {
        **blank_draft(),
        "name": fields["name"],
        "kind": plan.kind,
        "intention": fields["intention"] or "",
        "success_indicators": lines(fields["success_indicators"]),
        "completion_indicators": lines(fields["completion_indicators"]),
        "constraints": fields["constraints"] or "",
        "procedure_notes": fields["procedure_notes"] or "",
        "duration": "" if fields["scheduled_duration_minutes"] is None else str(fields["scheduled_duration_minutes"]),
        "person_id": str(plan.person_id),
        "template_id": str(plan.template_id or ""),
        "prefilled_from": str(plan.template_id or ""),
        "topic_ids": [str(t) for t in plan.topic_ids],
        "after": str(plan.previous_id),
    }


def draft_from_form(form: FormMultiDict) -> dict[str, Any]:
    draft = blank_draft()
    for key in draft:
        if key != "topic_ids":
            draft[key] = (form.get(key) or "").strip()
    draft["topic_ids"] = [t for t in form.getall("topic_ids", []) if _uuid(t)]
    return draft


class NewSessionPage(Controller):
    path = "/sessions/new"
    include_in_schema = False
    dependencies = {
        "people": service(PeopleService),
        "topics": service(TopicService),
        "templates": service(TemplateService),
    }

    @get("/")
    async def new_session(
        self,
        people: NamedDependency[PeopleService],
        topics: NamedDependency[TopicService],
        templates: NamedDependency[TemplateService],
        person: FromQuery[str | None] = None,
        template: FromQuery[str | None] = None,
        after: FromQuery[str | None] = None,
    ) -> Template:
        previous = _uuid(after)
        if previous is not None:  # another account's session is a 404, as everywhere
            plan = await plan_followup(people.db, people.account_id, people.now, previous)
            return await self._page(followup_draft(plan), people, topics, templates, continues=plan)
        draft = blank_draft()
        draft["person_id"] = person or ""
        draft["template_id"] = template or ""
        return await self._page(draft, people, topics, templates)

    @post("/")
    async def create(
        self,
        request: Request[UUID, Any, Any],
        people: NamedDependency[PeopleService],
        topics: NamedDependency[TopicService],
        templates: NamedDependency[TemplateService],
        interviewer: NamedDependency[Interviewer],
    ) -> Response[Any]:
        form = await request.form()
        draft = draft_from_form(form)
        op = form.get("op") or "schedule"
        if op not in ("start", "schedule"):
            return await self._page(draft, people, topics, templates)
        try:
            body = await self._body(draft, op == "start", people, topics)
            # End this request's read transaction: on SQLite it holds the write lock the
            # interviewer's own transaction needs next.
            await people.db.rollback()
            fields = fields_of(body)
            session = await interviewer.create_session(
                request.user,
                fields.pop("person_id"),
                fields,
                present_turn,
                template_id=fields.pop("template_id"),
                topic_ids=fields.pop("topic_ids"),
                subject_path=fields.pop("subject_path"),
                start=fields.pop("start"),
            )
        except (FormError, InvalidField, Conflict) as exc:
            return await self._page(draft, people, topics, templates, error=exc)
        return Redirect(f"/sessions/{session.id}", status_code=303)

    async def _body(
        self, draft: dict[str, Any], start: bool, people: PeopleService, topics: TopicService
    ) -> SessionCreate:
        person_id = _uuid(draft["person_id"])
        if person_id is None:
            raise FormError("Choose the person this session is for.", "person_id")
        person = await people.get(person_id)
        topic_ids = list(draft["topic_ids"])
        if draft["new_topic"]:
            year = draft["new_topic_year"]
            if year and not (year.isdigit() and 1 <= int(year) <= 9999):
                raise FormError("The year of the life event must be a year such as 1962.", "new_topic_year")
            period = {"period_start": date(int(year), 1, 1), "period_end": date(int(year), 12, 31)} if year else {}
            topic = await topics.create(
                person_id, {"kind": TopicKind.LIFE_EVENT.value, "title": draft["new_topic"], **period}
            )
            topic_ids.append(str(topic.id))
            draft["topic_ids"] = topic_ids
            draft["new_topic"] = draft["new_topic_year"] = ""
        scheduled_at = None
        if not start and draft["date"]:
            try:
                day = date.fromisoformat(draft["date"])
                at = time.fromisoformat(draft["time"]) if draft["time"] else time(9, 0)
            except ValueError:
                raise FormError("The date or time is not valid.", "date") from None
            scheduled_at = datetime.combine(day, at, tzinfo=zone(person.timezone))
        duration = draft["duration"]
        if duration and not (duration.isdigit() and int(duration) <= 1440):
            raise FormError("The duration must be a whole number of minutes (up to 1440).", "duration")
        payload = {
            "person_id": str(person_id),
            "template_id": draft["template_id"] or None,
            "topic_ids": topic_ids,
            "start": start,
            "kind": draft["kind"] or "story",
            "name": draft["name"] or None,
            "intention": draft["intention"] or None,
            "success_indicators": split_lines(draft["success_indicators"]),
            "completion_indicators": split_lines(draft["completion_indicators"]),
            "constraints": draft["constraints"] or None,
            "procedure_notes": draft["procedure_notes"] or None,
            "scheduled_at": scheduled_at.isoformat() if scheduled_at else None,
            "scheduled_duration_minutes": int(duration) if duration else None,
            "previous_session_id": draft["after"] or None,
        }
        if payload["name"] is None:
            if not payload["template_id"]:
                raise FormError("Give the session a name (or choose a template).", "name")
            del payload["name"]  # the template's
        try:
            return msgspec.convert(payload, SessionCreate)
        except msgspec.ValidationError as exc:
            raise FormError(f"Please check the form: {exc}") from None

    async def _page(
        self,
        draft: dict[str, Any],
        people: PeopleService,
        topics: TopicService,
        templates: TemplateService,
        error: Exception | None = None,
        continues: FollowupPlan | None = None,
    ) -> Template:
        everyone = sorted((await people.list(limit=200, offset=0)).items, key=lambda p: p.display_name.lower())
        active = (await templates.list(kind=None, is_active=True, limit=200, offset=0)).items
        person_id = _uuid(draft["person_id"])
        if person_id not in {p.id for p in everyone}:
            person_id = everyone[0].id if everyone else None
        draft["person_id"] = str(person_id) if person_id else ""
        template_id = _uuid(draft["template_id"])
        chosen = next((t for t in active if t.id == template_id), None)
        draft["template_id"] = str(chosen.id) if chosen else ""
        if chosen is not None and draft["prefilled_from"] != draft["template_id"]:
            draft.update(prefill(chosen))  # a newly chosen template fills the form; edits after that stay
        draft["prefilled_from"] = draft["template_id"]
        person_topics = (
            (await topics.list_for_person(person_id, kind=None, parent_id=None, limit=200, offset=0)).items
            if person_id
            else []
        )
        message = None
        active_session_id = None
        if isinstance(error, Conflict):
            message = error.detail
            active_session_id = error.context.get("active_session_id")
        elif isinstance(error, FormError):
            message = error.message
        elif isinstance(error, InvalidField):
            message = error.detail
        return Template(
            "session_new.html",
            context={
                "draft": draft,
                "people": everyone,
                "templates": sorted(active, key=lambda t: t.name.lower()),
                "topics": person_topics,
                "kinds": KINDS,
                "error": message,
                "active_session_id": active_session_id,
                "threads": [t for t in continues.threads if t.kind != "indicator"] if continues else [],
            },
            status_code=(409 if isinstance(error, Conflict) else 422) if error else 200,
        )
