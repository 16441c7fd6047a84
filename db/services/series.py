"""Recurring series: create, edit, skip or move one occurrence, end, delete; materialise.

A series' occurrences become ordinary scheduled sessions a window ahead (``horizon``),
each tagged with ``series_id`` and its ``occurrence_at`` (the rule's time, UTC); a
unique index on the pair means an occurrence is materialised once, whoever does it.
The worker extends the window (``materialise_due``).

Editing a series changes its *future, not-yet-started* occurrences only: scheduled
sessions whose time is still ahead follow the new rule and fields (moved ones keep their
new time but take the new fields); past, started, missed, skipped (cancelled) ones stay
as they were. Deleting or ending a series removes its future not-yet-started sessions
and keeps the rest (a deleted series' sessions keep living without ``series_id``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update

from db.errors import Conflict, InvalidField, NotFound
from db.models import Person, Series, Session, SessionTemplate
from db.models.base import utcnow
from db.models.enums import EventType, SeriesStatus, SessionKind, SessionStatus
from db.services.common import Clock, Page, ScopedService, paginate
from db.services.lifecycle import LifecycleService
from db.services.outbox import emit
from db.services.recurrence import Recurrence, parse, zone
from db.services.reminders import check_offsets, rearm, replace_reminders
from db.services.structure import indicators, instantiate

DEFAULT_HORIZON = timedelta(days=30)
_RULE_FIELDS = ("rrule", "start", "timezone", "until", "count")
_SESSION_FIELDS = ("name", "intention", "duration_minutes", "kind", "reminders")


def recurrence_of(series: Series) -> Recurrence:
    return Recurrence(
        series.rrule, datetime.fromisoformat(series.start_local), series.timezone, series.until, series.count
    )


def _key(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class Occurrence:
    occurrence_at: datetime
    session: Session | None
    skipped: bool


class SeriesService(ScopedService):
    def __init__(
        self,
        db: Any,
        account_id: uuid.UUID,
        clock: Clock = utcnow,
        *,
        autocommit: bool = True,
        horizon: timedelta = DEFAULT_HORIZON,
    ) -> None:
        super().__init__(db, account_id, clock, autocommit=autocommit)
        self.horizon = horizon

    # --- queries ----------------------------------------------------------------------

    async def get(self, series_id: uuid.UUID, *, for_update: bool = False) -> Series:
        stmt = select(Series).where(Series.id == series_id, Series.account_id == self.account_id)
        series = await self.db.scalar(stmt.with_for_update() if for_update else stmt)
        if series is None:
            raise NotFound("series", series_id)
        return series

    async def list(self, *, person_id: uuid.UUID | None, status: str | None, limit: int, offset: int) -> Page[Series]:
        stmt = select(Series).where(Series.account_id == self.account_id)
        if person_id is not None:
            stmt = stmt.where(Series.person_id == person_id)
        if status is not None:
            stmt = stmt.where(Series.status == status)
        stmt = stmt.order_by(Series.created_at.desc(), Series.id.desc())
        return await paginate(self.db, stmt, limit=limit, offset=offset)

    async def occurrences(self, series_id: uuid.UUID, start: datetime, end: datetime) -> list[Occurrence]:
        """The rule's occurrences in ``[start, end)`` with their sessions (materialised or not)."""
        series = await self.get(series_id)
        if end <= start:
            raise InvalidField("to", "must be after from")
        if end - start > timedelta(days=366):
            raise InvalidField("to", "the window may span at most 366 days")
        times = recurrence_of(series).between(start, end)
        sessions = {
            _key(s.occurrence_at): s
            for s in await self.db.scalars(
                select(Session).where(
                    Session.series_id == series.id, Session.occurrence_at >= start, Session.occurrence_at < end
                )
            )
            if s.occurrence_at is not None
        }
        keys = sorted({_key(t) for t in times} | set(sessions))
        exdates = set(series.exdates)
        result = []
        for key in keys:
            session = sessions.get(key)
            skipped = key in exdates or (
                session is not None and session.status == SessionStatus.CANCELLED and session.started_at is None
            )
            result.append(Occurrence(datetime.fromisoformat(key.replace("Z", "+00:00")), session, skipped))
        return result

    # --- create / edit ----------------------------------------------------------------

    async def create(self, fields: dict[str, Any]) -> Series:
        person = await self.db.scalar(
            select(Person).where(Person.id == fields["person_id"], Person.account_id == self.account_id)
        )
        if person is None:
            raise InvalidField("person_id", f"no person {fields['person_id']}")
        template = await self._template(fields.get("template_id"))
        timezone = fields.get("timezone") or person.timezone
        rule = parse(
            fields["rrule"],
            fields["start"],
            timezone,
            until=fields.get("until"),
            count=fields.get("count"),
            now=self.now(),
        )
        name = fields.get("name") or (template.name if template else None)
        if not name:
            raise InvalidField("name", "is required when no template gives one")
        series = Series(
            id=uuid.uuid4(),
            account_id=self.account_id,
            person_id=person.id,
            template_id=template.id if template else None,
            name=name,
            kind=fields.get("kind"),
            intention=fields.get("intention"),
            duration_minutes=fields.get("duration_minutes"),
            reminders=check_offsets(fields.get("reminders") or []),
            exdates=[],
            status=SeriesStatus.ACTIVE.value,
            **self._rule_columns(rule),
        )
        self.db.add(series)
        await self.db.flush()
        await self.materialise(series)
        await self.commit()
        return series

    async def update(self, series_id: uuid.UUID, changes: dict[str, Any]) -> Series:
        series = await self.get(series_id, for_update=True)
        if series.status != SeriesStatus.ACTIVE:
            raise Conflict("the series has ended; it can no longer change")
        if "reminders" in changes:
            changes["reminders"] = check_offsets(changes["reminders"] or [])
        if "name" in changes and not changes["name"]:
            raise InvalidField("name", "must not be empty")
        rule_changed = any(key in changes for key in _RULE_FIELDS)
        if rule_changed:
            current = recurrence_of(series)
            text = changes.get("rrule") or current.text
            # A new rule's own COUNT/UNTIL replace the series'; otherwise they carry over.
            until = changes["until"] if "until" in changes else (None if "UNTIL=" in text.upper() else current.until)
            count = changes["count"] if "count" in changes else (None if "COUNT=" in text.upper() else current.count)
            rule = parse(
                text,
                changes.get("start") or current.start,
                changes.get("timezone") or current.timezone,
                until=until,
                count=count,
                now=self.now(),
            )
            for key, value in self._rule_columns(rule).items():
                setattr(series, key, value)
        for key in _SESSION_FIELDS:
            if key in changes:
                setattr(series, key, changes[key])
        if rule_changed or any(key in changes for key in _SESSION_FIELDS):
            await self._resync(series, rule_changed=rule_changed, reminders_changed="reminders" in changes)
        await self.commit()
        return series

    async def delete(self, series_id: uuid.UUID) -> None:
        series = await self.get(series_id, for_update=True)
        await self._drop_future(series, self.now())
        await self.db.execute(
            update(Session).where(Session.series_id == series.id).values(series_id=None, occurrence_at=None)
        )
        await self.db.execute(delete(Series).where(Series.id == series.id))
        await self.commit()

    async def end(self, series_id: uuid.UUID, at: datetime | None) -> Series:
        """No occurrences from ``at`` (default: now) on; future not-started sessions go."""
        series = await self.get(series_id, for_update=True)
        now = self.now()
        at = max(at or now, now)
        series.status = SeriesStatus.ENDED.value
        series.ended_at = now
        last = at - timedelta(seconds=1)
        series.until = min(series.until, last) if series.until else last
        series.next_materialise_at = None
        await self._drop_future(series, at)
        await self.commit()
        return series

    # --- one occurrence ---------------------------------------------------------------

    async def skip(self, series_id: uuid.UUID, occurrence_at: datetime) -> Occurrence:
        series = await self.get(series_id, for_update=True)
        key = _key(occurrence_at)
        session = await self._occurrence_session(series, occurrence_at)
        if session is None:
            self._check_occurrence(series, occurrence_at)
            if key not in series.exdates:
                series.exdates = [*series.exdates, key]
        elif session.status == SessionStatus.SCHEDULED or session.status == SessionStatus.MISSED:
            await self.peer(LifecycleService).cancel(session.id, "skipped (series occurrence)")
        elif not (session.status == SessionStatus.CANCELLED and session.started_at is None):
            raise Conflict(f"this occurrence's session is {session.status}; only a scheduled one can be skipped")
        await self.commit()
        return Occurrence(occurrence_at.astimezone(UTC), session, True)

    async def move(self, series_id: uuid.UUID, occurrence_at: datetime, scheduled_at: datetime) -> Session:
        """Give one occurrence another time; it stays in the series (later edits keep the new time)."""
        series = await self.get(series_id, for_update=True)
        now = self.now()
        if scheduled_at <= now:
            raise InvalidField("scheduled_at", "must be in the future")
        session = await self._occurrence_session(series, occurrence_at)
        if session is None:
            self._check_occurrence(series, occurrence_at)
            if _key(occurrence_at) in series.exdates:
                raise Conflict("this occurrence was skipped")
            session = (await self._create_sessions(series, [occurrence_at.astimezone(UTC)], now, announce=False))[0]
        elif session.status != SessionStatus.SCHEDULED:
            raise Conflict(f"this occurrence's session is {session.status}; only a scheduled one can be moved")
        session.scheduled_at = scheduled_at
        await rearm(self.db, session)
        emit(self.db, self.account_id, EventType.SESSION_SCHEDULED, now, session=session, data={"rescheduled": True})
        await self.commit()
        return session

    # --- materialisation --------------------------------------------------------------

    async def materialise(self, series: Series) -> int:
        """Create the sessions of the window ``[max(materialised_until, now), now + horizon)``; no commit."""
        now = self.now()
        if series.status != SeriesStatus.ACTIVE:
            series.next_materialise_at = None
            return 0
        window_end = now + self.horizon
        begin = max(series.materialised_until or now, now)
        created = 0
        times = recurrence_of(series).between(begin, window_end) if begin < window_end else []
        if times:
            taken = await self._taken_keys(series, begin, window_end)
            wanted = [t for t in times if _key(t) not in taken]
            created = len(await self._create_sessions(series, wanted, now, announce=True))
        series.materialised_until = max(window_end, series.materialised_until or window_end)
        series.next_materialise_at = now + min(timedelta(days=1), self.horizon / 2)
        return created

    async def _resync(self, series: Series, *, rule_changed: bool, reminders_changed: bool) -> None:
        """Make the future not-started occurrences match the series again."""
        now = self.now()
        future = list(
            await self.db.scalars(
                select(Session).where(
                    Session.series_id == series.id,
                    Session.status == SessionStatus.SCHEDULED.value,
                    Session.scheduled_at > now,
                )
            )
        )
        window_end = max(series.materialised_until or now, now + self.horizon)
        wanted = {_key(t) for t in recurrence_of(series).between(now, window_end)} if rule_changed else None
        template_values = await self._session_values(series)
        for session in future:
            moved = session.occurrence_at is not None and session.scheduled_at != session.occurrence_at
            if wanted is not None and not moved and _key(session.occurrence_at or now) not in wanted:
                await self.db.delete(session)
                continue
            session.name = template_values["name"]
            session.kind = template_values["kind"]
            session.intention = template_values.get("intention")
            session.scheduled_duration_minutes = template_values.get("scheduled_duration_minutes")
            if reminders_changed:
                await replace_reminders(self.db, session, series.reminders, now)
        await self.db.flush()
        if rule_changed:
            series.materialised_until = None
            await self.materialise(series)

    async def _drop_future(self, series: Series, after: datetime) -> None:
        await self.db.execute(
            delete(Session).where(
                Session.series_id == series.id,
                Session.status == SessionStatus.SCHEDULED.value,
                Session.scheduled_at >= after,
            )
        )

    async def _create_sessions(
        self, series: Series, times: list[datetime], now: datetime, *, announce: bool
    ) -> list[Session]:
        if not times:
            return []
        exdates = set(series.exdates)
        values = await self._session_values(series)
        sessions = []
        for moment in times:
            if _key(moment) in exdates:
                continue
            session = Session(
                id=uuid.uuid4(),
                account_id=series.account_id,
                person_id=series.person_id,
                template_id=series.template_id,
                series_id=series.id,
                occurrence_at=moment,
                scheduled_at=moment,
                status=SessionStatus.SCHEDULED.value,
                **{**values, "data": dict(values["data"])},
            )
            sessions.append(session)
        self.db.add_all(sessions)
        await self.db.flush()
        for session in sessions:
            if series.reminders:
                await replace_reminders(self.db, session, series.reminders, now, fresh=True)
            if announce:
                emit(self.db, series.account_id, EventType.SESSION_SCHEDULED, now, session=session)
        return sessions

    async def _session_values(self, series: Series) -> dict[str, Any]:
        values: dict[str, Any] = {"kind": SessionKind.STORY.value, "data": {}}
        template = await self._template(series.template_id, missing_ok=True)
        if template is not None:
            values.update(
                kind=template.kind,
                intention=template.intention,
                success_indicators=indicators(template.success_indicators),
                completion_indicators=indicators(template.completion_indicators),
                constraints=template.constraints,
                procedure_notes=template.procedure_notes,
                scheduled_duration_minutes=template.duration_minutes,
                data=instantiate(template.structure),
            )
        values["name"] = series.name
        if series.kind:
            values["kind"] = series.kind
        if series.intention is not None:
            values["intention"] = series.intention
        if series.duration_minutes is not None:
            values["scheduled_duration_minutes"] = series.duration_minutes
        return values

    async def _template(self, template_id: uuid.UUID | None, *, missing_ok: bool = False) -> SessionTemplate | None:
        if template_id is None:
            return None
        template = await self.db.scalar(
            select(SessionTemplate).where(
                SessionTemplate.id == template_id, SessionTemplate.account_id == self.account_id
            )
        )
        if template is None and not missing_ok:
            raise InvalidField("template_id", f"no template {template_id}")
        return template

    async def _taken_keys(self, series: Series, start: datetime, end: datetime) -> set[str]:
        rows = await self.db.scalars(
            select(Session.occurrence_at).where(
                Session.series_id == series.id, Session.occurrence_at >= start, Session.occurrence_at < end
            )
        )
        return {_key(t) for t in rows if t is not None}

    async def _occurrence_session(self, series: Series, occurrence_at: datetime) -> Session | None:
        return await self.db.scalar(
            select(Session)
            .where(Session.series_id == series.id, Session.occurrence_at == occurrence_at.astimezone(UTC))
            .with_for_update()
        )

    def _check_occurrence(self, series: Series, occurrence_at: datetime) -> None:
        if occurrence_at.astimezone(UTC) <= self.now():
            raise InvalidField("occurrence_at", "is in the past")
        if not recurrence_of(series).includes(occurrence_at.astimezone(UTC)):
            raise InvalidField("occurrence_at", "is not an occurrence of this series (see its occurrences)")

    @staticmethod
    def _rule_columns(rule: Recurrence) -> dict[str, Any]:
        zone(rule.timezone)
        return {
            "rrule": rule.text,
            "start_local": rule.start.isoformat(timespec="seconds"),
            "timezone": rule.timezone,
            "until": rule.until,
            "count": rule.count,
        }


async def materialise_due(
    db: Any, now: datetime, horizon: timedelta, *, limit: int, account_id: uuid.UUID | None = None
) -> int:
    """Extend the window of series whose ``next_materialise_at`` has come; returns series handled.

    Series rows are claimed ``FOR UPDATE SKIP LOCKED``, the same lock an API edit takes,
    so a series is extended by one worker at a time. The caller commits.
    """
    stmt = select(Series).where(Series.status == SeriesStatus.ACTIVE.value, Series.next_materialise_at <= now)
    if account_id is not None:
        stmt = stmt.where(Series.account_id == account_id)
    claimed = list(
        await db.scalars(stmt.order_by(Series.next_materialise_at).limit(limit).with_for_update(skip_locked=True))
    )
    for series in claimed:
        await SeriesService(db, series.account_id, lambda: now, autocommit=False, horizon=horizon).materialise(series)
    await db.flush()
    return len(claimed)
