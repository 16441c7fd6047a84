"""Home: the account's people and their sessions (filters, paging), and adding a person."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

from litestar import Controller, Response, get, post
from litestar.di import NamedDependency
from litestar.params import FromQuery
from litestar.response import Redirect, Template

from api.deps import service
from api.web.login import Form
from api.web.views import STATUS_FILTERS, session_row
from db.errors import InvalidField
from db.models.enums import SessionKind
from db.services.lifecycle import LifecycleService
from db.services.people import PeopleService

PAGE_SIZE = 50
KINDS = [kind.value for kind in SessionKind]


def _uuid(value: str | None) -> UUID | None:
    try:
        return UUID(value) if value else None
    except ValueError:
        return None


async def home_context(
    people: PeopleService,
    sessions: LifecycleService,
    *,
    person: str | None = None,
    status: str | None = None,
    kind: str | None = None,
    offset: int = 0,
) -> dict[str, Any]:
    everyone = (await people.list(limit=200, offset=0)).items
    by_id = {p.id: p for p in everyone}
    person_id = _uuid(person)
    if person_id not in by_id:
        person_id = None
    status = status if status in STATUS_FILTERS else None
    kind = kind if kind in KINDS else None
    offset = max(0, offset)
    page = await sessions.list(
        person_id=person_id,
        status=STATUS_FILTERS[status] if status else None,
        kind=kind,
        limit=PAGE_SIZE,
        offset=offset,
    )
    filters = {k: v for k, v in {"person": person_id and str(person_id), "status": status, "kind": kind}.items() if v}

    def page_link(at: int) -> str:
        return "/?" + urlencode({**filters, "offset": at})

    return {
        "people": sorted(everyone, key=lambda p: p.display_name.lower()),
        "rows": [session_row(s, by_id) for s in page.items],
        "total": page.total,
        "offset": offset,
        "shown_to": offset + len(page.items),
        "previous": page_link(max(0, offset - PAGE_SIZE)) if offset > 0 else None,
        "next": page_link(offset + PAGE_SIZE) if offset + PAGE_SIZE < page.total else None,
        "filter": {"person": str(person_id) if person_id else "", "status": status or "", "kind": kind or ""},
        "filtered": bool(filters),
        "kinds": KINDS,
        "person_error": None,
        "person_draft": {"display_name": "", "timezone": "", "called": ""},
    }


class HomeController(Controller):
    include_in_schema = False
    dependencies = {"people": service(PeopleService), "sessions": service(LifecycleService)}

    @get("/")
    async def home(
        self,
        people: NamedDependency[PeopleService],
        sessions: NamedDependency[LifecycleService],
        person: FromQuery[str | None] = None,
        status: FromQuery[str | None] = None,
        kind: FromQuery[str | None] = None,
        offset: FromQuery[int] = 0,
    ) -> Template:
        context = await home_context(people, sessions, person=person, status=status, kind=kind, offset=offset)
        return Template("home.html", context=context)

    @post("/people")
    async def add_person(
        self,
        data: Annotated[dict[str, str], Form],
        people: NamedDependency[PeopleService],
        sessions: NamedDependency[LifecycleService],
    ) -> Response[Any]:
        name = (data.get("display_name") or "").strip()
        timezone = (data.get("timezone") or "").strip() or "UTC"
        called = (data.get("called") or "").strip()
        try:
            if not name or len(name) > 200:
                raise InvalidField("display_name", "give a name of 1 to 200 characters")
            person = await people.create({"display_name": name, "timezone": timezone, "called": called or None})
        except InvalidField as exc:
            context = await home_context(people, sessions)
            context["person_error"] = exc.detail
            context["person_draft"] = {"display_name": name, "timezone": timezone, "called": called}
            return Template("home.html", context=context, status_code=422)
        return Redirect("/?" + urlencode({"person": str(person.id)}), status_code=303)
