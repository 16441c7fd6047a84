"""People, their topic trees, and a person's active session."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody

from agent.interviewer import Interviewer
from api.controllers.params import LimitParam, OffsetParam
from api.controllers.turns import present_turn
from api.deps import service
from api.schemas.common import fields_of, out
from api.schemas.people import (
    PersonCreate,
    PersonOut,
    PersonPage,
    PersonUpdate,
    TopicCreate,
    TopicOut,
    TopicPage,
    TopicUpdate,
)
from api.schemas.sessions import ActiveSessionRequest, ActiveSessionResult, SessionOut
from db.errors import InvalidField, NotFound
from db.models.enums import TopicKind
from db.services.lifecycle import LifecycleService
from db.services.people import PERSON_BY_ID, PeopleService, TopicService


class PeopleController(Controller):
    path = "/people"
    tags = ["people"]
    dependencies = {
        "people": service(PeopleService),
        "topics": service(TopicService),
        "lifecycle": service(LifecycleService),
    }

    @post("/")
    async def create_person(self, data: JSONBody[PersonCreate], people: NamedDependency[PeopleService]) -> PersonOut:
        return out(await people.create(fields_of(data)), PersonOut)

    @get("/")
    async def list_people(
        self, people: NamedDependency[PeopleService], limit: LimitParam = 50, offset: OffsetParam = 0
    ) -> PersonPage:
        return out(await people.list(limit=limit, offset=offset), PersonPage)

    @get("/{person_id:uuid}")
    async def get_person(self, person_id: FromPath[UUID], request: Request[UUID, Any, Any], state: State) -> PersonOut:
        # One statement, no ORM session (db.services.rows): the API's hottest read.
        row = await PERSON_BY_ID.fetch(state.read_engine, person_id=person_id, account_id=request.user)
        if row is None:
            raise NotFound("person", person_id)
        return PersonOut(*row)

    @patch("/{person_id:uuid}")
    async def update_person(
        self, person_id: FromPath[UUID], data: JSONBody[PersonUpdate], people: NamedDependency[PeopleService]
    ) -> PersonOut:
        return out(await people.update(person_id, fields_of(data)), PersonOut)

    @delete("/{person_id:uuid}")
    async def delete_person(self, person_id: FromPath[UUID], people: NamedDependency[PeopleService]) -> None:
        await people.delete(person_id)

    @post("/{person_id:uuid}/topics")
    async def create_topic(
        self, person_id: FromPath[UUID], data: JSONBody[TopicCreate], topics: NamedDependency[TopicService]
    ) -> TopicOut:
        return out(await topics.create(person_id, fields_of(data)), TopicOut)

    @get("/{person_id:uuid}/topics")
    async def list_topics(
        self,
        person_id: FromPath[UUID],
        topics: NamedDependency[TopicService],
        kind: FromQuery[TopicKind | None] = None,
        parent_id: FromQuery[UUID | None] = None,
        limit: LimitParam = 200,
        offset: OffsetParam = 0,
    ) -> TopicPage:
        page = await topics.list_for_person(person_id, kind=kind, parent_id=parent_id, limit=limit, offset=offset)
        return out(page, TopicPage)

    @get("/{person_id:uuid}/active-session")
    async def get_active_session(
        self, person_id: FromPath[UUID], lifecycle: NamedDependency[LifecycleService]
    ) -> SessionOut:
        session = await lifecycle.active_for_person(person_id)
        if session is None:
            raise NotFound("active session for person", person_id)
        return out(session, SessionOut)

    @post("/{person_id:uuid}/active-session", status_code=200)
    async def get_or_create_active_session(
        self,
        person_id: FromPath[UUID],
        data: JSONBody[ActiveSessionRequest],
        request: Request[UUID, Any, Any],
        interviewer: NamedDependency[Interviewer],
    ) -> Response[ActiveSessionResult]:
        """The person's active session; if there is none, create one from the body and start it
        (201), with the interviewer's opening question as its first interaction. With a
        ``previous_session_id`` the new one is planned as a follow-up of it (its open threads,
        life events and the questions asked before; the body's fields win)."""
        fields = fields_of(data)
        child_id = fields.pop("child_id", person_id)
        if child_id != person_id:
            raise InvalidField("child_id", "is not the person in the path (send one or the other)")
        create = {
            "template_id": fields.pop("template_id", None),
            "topic_ids": fields.pop("topic_ids", []),
            "subject_path": fields.pop("subject_path", None),
            "fields": fields,
        }
        session, created = await interviewer.get_or_create_active(request.user, person_id, create, present_turn)
        result = ActiveSessionResult(session=out(session, SessionOut), created=created)
        return Response(result, status_code=201 if created else 200)


class TopicsController(Controller):
    path = "/topics"
    tags = ["people"]
    dependencies = {"topics": service(TopicService)}

    @get("/{topic_id:uuid}")
    async def get_topic(self, topic_id: FromPath[UUID], topics: NamedDependency[TopicService]) -> TopicOut:
        return out(await topics.get(topic_id), TopicOut)

    @patch("/{topic_id:uuid}")
    async def update_topic(
        self, topic_id: FromPath[UUID], data: JSONBody[TopicUpdate], topics: NamedDependency[TopicService]
    ) -> TopicOut:
        return out(await topics.update(topic_id, fields_of(data)), TopicOut)

    @delete("/{topic_id:uuid}")
    async def delete_topic(self, topic_id: FromPath[UUID], topics: NamedDependency[TopicService]) -> None:
        await topics.delete(topic_id)
