"""Sessions: CRUD, lifecycle actions, items, indicators and topic links."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, delete, get, patch, post, put
from litestar.di import NamedDependency
from litestar.exceptions import ValidationException
from litestar.params import FromPath, FromQuery, JSONBody, PathParameter, QueryParameter

from agent.continuation import plan_followup
from agent.interviewer import Interviewer
from api.controllers.params import IfMatch, LimitParam, OffsetParam, etag, parse_if_match, utc
from api.controllers.turns import present_turn
from api.deps import service
from api.schemas.common import Indicator, UtcDateTime, fields_of, out
from api.schemas.sessions import (
    CancelRequest,
    CompleteRequest,
    CompleteResult,
    ExtendRequest,
    FollowupCreate,
    FollowupDraft,
    IndicatorKind,
    IndicatorUpdate,
    ItemOut,
    ItemUpdate,
    NotificationsRequest,
    OpenThread,
    SessionCreate,
    SessionOut,
    SessionPage,
    SessionTopicOut,
    SessionUpdate,
    TopicLink,
    TopicRef,
)
from db.models import SessionTopic, Topic
from db.models.enums import SessionKind, SessionStatus
from db.services.lifecycle import LifecycleService

StatusFilter = Annotated[
    list[SessionStatus] | None, QueryParameter(description="Repeat to match several statuses", required=False)
]


def _session(session: object) -> Response[SessionOut]:
    body: SessionOut = out(session, SessionOut)
    return Response(body, headers=etag(body.version))


class SessionController(Controller):
    path = "/sessions"
    tags = ["sessions"]
    dependencies = {"sessions": service(LifecycleService)}

    @post("/")
    async def create_session(
        self, data: JSONBody[SessionCreate], request: Request[UUID, Any, Any], interviewer: NamedDependency[Interviewer]
    ) -> SessionOut:
        """Create a blank session, or one from ``template_id`` (its defaults, overridable).

        With ``start: true`` it starts at once and the interviewer's opening question is
        stored as the first interaction.
        """
        fields = fields_of(data)
        session = await interviewer.create_session(
            request.user,
            fields.pop("person_id"),
            fields,
            present_turn,
            template_id=fields.pop("template_id"),
            topic_ids=fields.pop("topic_ids"),
            subject_path=fields.pop("subject_path"),
            start=fields.pop("start"),
            process_node_id=fields.pop("process_node_id", None),
            process_id=fields.pop("process_id", None),
        )
        return out(session, SessionOut)

    @get("/")
    async def list_sessions(
        self,
        sessions: NamedDependency[LifecycleService],
        person_id: FromQuery[UUID | None] = None,
        status: StatusFilter = None,
        kind: FromQuery[SessionKind | None] = None,
        scheduled_from: FromQuery[UtcDateTime | None] = None,
        scheduled_to: FromQuery[UtcDateTime | None] = None,
        limit: LimitParam = 50,
        offset: OffsetParam = 0,
        child_id: Annotated[
            UUID | None, QueryParameter(required=False, description="Seed 002's name for `person_id`")
        ] = None,
    ) -> SessionPage:
        """Most recently created first."""
        if child_id is not None and person_id is not None and child_id != person_id:
            raise _both_spellings("child_id", "`person_id`")
        page = await sessions.list(
            person_id=person_id or child_id,
            status=[s.value for s in status] if status else None,
            kind=kind,
            scheduled_from=utc(scheduled_from, "scheduled_from"),
            scheduled_to=utc(scheduled_to, "scheduled_to"),
            limit=limit,
            offset=offset,
        )
        return out(page, SessionPage)

    @get("/{session_id:uuid}")
    async def get_session(
        self, session_id: FromPath[UUID], sessions: NamedDependency[LifecycleService]
    ) -> Response[SessionOut]:
        """The session; its ``ETag`` is the version to send back in ``If-Match``."""
        return _session(await sessions.get(session_id))

    @patch("/{session_id:uuid}")
    async def update_session(
        self,
        session_id: FromPath[UUID],
        data: JSONBody[SessionUpdate],
        sessions: NamedDependency[LifecycleService],
        if_match: IfMatch = None,
    ) -> Response[SessionOut]:
        """Edit fields; with ``If-Match`` a stale version is a 412. Closed sessions accept only ``review``."""
        return _session(await sessions.update(session_id, fields_of(data), parse_if_match(if_match)))

    @delete("/{session_id:uuid}")
    async def delete_session(self, session_id: FromPath[UUID], sessions: NamedDependency[LifecycleService]) -> None:
        await sessions.delete(session_id)

    # --- lifecycle --------------------------------------------------------------------

    @post("/{session_id:uuid}/start", status_code=200)
    async def start_session(
        self, session_id: FromPath[UUID], request: Request[UUID, Any, Any], interviewer: NamedDependency[Interviewer]
    ) -> Response[SessionOut]:
        """scheduled → in_progress, and the interviewer's opening question becomes the first
        interaction; 409 if the person already has an active session."""
        return _session(await interviewer.start(request.user, session_id, present_turn))

    @post("/{session_id:uuid}/pause", status_code=200)
    async def pause_session(
        self, session_id: FromPath[UUID], sessions: NamedDependency[LifecycleService]
    ) -> Response[SessionOut]:
        return _session(await sessions.pause(session_id))

    @post("/{session_id:uuid}/resume", status_code=200)
    async def resume_session(
        self, session_id: FromPath[UUID], sessions: NamedDependency[LifecycleService]
    ) -> Response[SessionOut]:
        return _session(await sessions.resume(session_id))

    @post("/{session_id:uuid}/complete", status_code=200)
    async def complete_session(
        self,
        session_id: FromPath[UUID],
        request: Request[UUID, Any, Any],
        interviewer: NamedDependency[Interviewer],
        data: JSONBody[CompleteRequest | None] = None,
    ) -> CompleteResult:
        """Complete with a review; without a ``summary`` the interviewer writes one against the
        intention and indicators. Optionally create a follow-up session chained to this one."""
        fields = fields_of(data or CompleteRequest())
        review = fields.pop("review")
        create_followup = fields.pop("create_followup")
        followup_at = fields.pop("followup_scheduled_at")
        session, followup = await interviewer.complete(
            request.user, session_id, fields, review, create_followup, followup_at
        )
        return CompleteResult(
            session=out(session, SessionOut), followup=out(followup, SessionOut) if followup else None
        )

    @get("/{session_id:uuid}/followup-draft")
    async def followup_draft(
        self, session_id: FromPath[UUID], sessions: NamedDependency[LifecycleService]
    ) -> FollowupDraft:
        """What a follow-up of this session would start with: the same kind, indicators and life
        events, and for a story the open threads (people and places mentioned but not explored,
        requests not taken up, indicators not met) as its intention. Nothing is created."""
        plan = await plan_followup(sessions.db, sessions.account_id, sessions.now, session_id)
        fields = plan.fields
        return FollowupDraft(
            previous_session_id=plan.previous_id,
            person_id=plan.person_id,
            template_id=plan.template_id,
            kind=SessionKind(plan.kind),
            name=fields["name"],
            intention=fields["intention"],
            success_indicators=fields["success_indicators"],
            completion_indicators=fields["completion_indicators"],
            constraints=fields["constraints"],
            procedure_notes=fields["procedure_notes"],
            scheduled_duration_minutes=fields["scheduled_duration_minutes"],
            suggestion=plan.suggestion,
            topics=[TopicRef(id=t.id, title=t.title, kind=t.kind) for t in plan.topics],
            open_threads=[OpenThread(**t.to_json()) for t in plan.threads],
            asked_before=plan.asked_before,
        )

    @post("/{session_id:uuid}/followup", status_code=201)
    async def create_followup(
        self,
        session_id: FromPath[UUID],
        request: Request[UUID, Any, Any],
        sessions: NamedDependency[LifecycleService],
        interviewer: NamedDependency[Interviewer],
        data: JSONBody[FollowupCreate | None] = None,
    ) -> SessionOut:
        """Create the follow-up of this session from its draft; any field sent replaces the
        draft's. With ``start: true`` it starts at once, on its first open thread."""
        fields = fields_of(data or FollowupCreate())
        previous = fields.pop("previous_session_id", None)
        if previous is not None and previous != session_id:
            raise ValidationException(
                detail="Validation failed",
                extra=[{"key": "previous_session_id", "message": "is the session in the path; leave it out"}],
            )
        person_id = (await sessions.get(session_id)).person_id
        await sessions.db.rollback()  # end the read: SQLite's write lock is the interviewer's next
        options = {"template_id": fields.pop("template_id"), "start": fields.pop("start")}
        topic_ids = fields.pop("topic_ids") or None
        fields["previous_session_id"] = session_id
        session = await interviewer.create_session(
            request.user, person_id, fields, present_turn, topic_ids=topic_ids, **options
        )
        return out(session, SessionOut)

    @post("/{session_id:uuid}/cancel", status_code=200)
    async def cancel_session(
        self,
        session_id: FromPath[UUID],
        sessions: NamedDependency[LifecycleService],
        data: JSONBody[CancelRequest | None] = None,
    ) -> Response[SessionOut]:
        return _session(await sessions.cancel(session_id, data.reason if data else None))

    @post("/{session_id:uuid}/extend", status_code=200)
    async def extend_session(
        self,
        session_id: FromPath[UUID],
        sessions: NamedDependency[LifecycleService],
        data: JSONBody[ExtendRequest | None] = None,
        minutes: Annotated[
            int | None,
            QueryParameter(ge=1, le=600, required=False, description="Seed 004's spelling (`add-time?minutes=`)"),
        ] = None,
    ) -> Response[SessionOut]:
        """Add minutes to the planned duration: the body's or the query's ``minutes`` (seed 004's
        add-time), else 15. Both, disagreeing, is a 400 rather than one silently winning."""
        body = data or ExtendRequest()
        if minutes is not None and data is not None and data.minutes != minutes:
            raise _both_spellings("minutes", "the body's `minutes`")
        return _session(await sessions.extend(session_id, body.minutes if minutes is None else minutes))

    @put("/{session_id:uuid}/notifications")
    async def set_notifications(
        self,
        session_id: FromPath[UUID],
        data: JSONBody[NotificationsRequest],
        sessions: NamedDependency[LifecycleService],
    ) -> Response[SessionOut]:
        return _session(await sessions.set_notifications(session_id, data.enabled))

    # --- structure, indicators, topics ------------------------------------------------

    @patch("/{session_id:uuid}/items/{item_id:str}")
    async def update_item(
        self,
        session_id: FromPath[UUID],
        item_id: Annotated[str, PathParameter(max_length=32)],
        data: JSONBody[ItemUpdate],
        sessions: NamedDependency[LifecycleService],
    ) -> ItemOut:
        """Tick an exercise done, with notes and the minutes it actually took."""
        return out(await sessions.update_item(session_id, item_id, fields_of(data)), ItemOut)

    @put("/{session_id:uuid}/indicators/{which:str}/{index:int}")
    async def mark_indicator(
        self,
        session_id: FromPath[UUID],
        which: FromPath[IndicatorKind],
        index: Annotated[int, PathParameter(ge=0, le=49)],
        data: JSONBody[IndicatorUpdate],
        sessions: NamedDependency[LifecycleService],
    ) -> Indicator:
        """Mark a success or completion indicator met (with evidence) or unmet."""
        return out(await sessions.mark_indicator(session_id, which, index, data.met, data.evidence), Indicator)

    @get("/{session_id:uuid}/topics")
    async def list_session_topics(
        self, session_id: FromPath[UUID], sessions: NamedDependency[LifecycleService]
    ) -> list[SessionTopicOut]:
        return [_topic_link(link, topic) for link, topic in await sessions.list_topics(session_id)]

    @put("/{session_id:uuid}/topics/{topic_id:uuid}")
    async def link_topic(
        self,
        session_id: FromPath[UUID],
        topic_id: FromPath[UUID],
        data: JSONBody[TopicLink],
        sessions: NamedDependency[LifecycleService],
    ) -> SessionTopicOut:
        """Link one of the person's topics (or update the link): primary focus, coverage level."""
        return _topic_link(*await sessions.link_topic(session_id, topic_id, fields_of(data)))

    @delete("/{session_id:uuid}/topics/{topic_id:uuid}")
    async def unlink_topic(
        self, session_id: FromPath[UUID], topic_id: FromPath[UUID], sessions: NamedDependency[LifecycleService]
    ) -> None:
        await sessions.unlink_topic(session_id, topic_id)


def _both_spellings(key: str, other: str) -> ValidationException:
    """A seed's query spelling sent with Storyloom's, disagreeing: refused, neither silently wins."""
    message = f"`{key}` and {other} are two spellings of one value and differ; send one"
    return ValidationException(detail="Validation failed", extra=[{"key": key, "message": message, "source": "query"}])


def _topic_link(link: SessionTopic, topic: Topic) -> SessionTopicOut:
    return SessionTopicOut(
        topic_id=topic.id,
        title=topic.title,
        kind=topic.kind,
        is_primary_focus=link.is_primary_focus,
        coverage_level=link.coverage_level,
        prompts_completed=link.prompts_completed,
        notes=link.notes,
    )
