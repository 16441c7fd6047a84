"""What a session records (interactions, artifacts, notes, metrics) and its reports."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID
from zoneinfo import ZoneInfo

from litestar import Controller, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody, PathParameter, QueryParameter

from agent.answers import told
from agent.guided.summary import write_summary
from api.controllers.params import LimitParam, OffsetParam, utc
from api.deps import service
from api.schemas.common import MAX_SEQUENCE, NO_NUL, UtcDateTime, fields_of, out
from api.schemas.records import (
    ArtifactCreate,
    ArtifactOut,
    ArtifactPage,
    ArtifactUpdate,
    InteractionCreate,
    InteractionOut,
    InteractionPage,
    InteractionUpdate,
    MetricBatch,
    MetricIngestResult,
    MetricSeries,
    NoteCreate,
    NoteOut,
    NotePage,
)
from api.schemas.reports import Progress, Summary
from db.models import Note
from db.models.enums import ArtifactType
from db.services.metrics import MetricService
from db.services.records import RecordService, repeats_private
from db.services.reports import ReportService


class RecordController(Controller):
    path = "/sessions/{session_id:uuid}"
    tags = ["records"]
    dependencies = {
        "records": service(RecordService),
        "metrics": service(MetricService),
        "reports": service(ReportService),
    }

    @get("/interactions")
    async def list_interactions(
        self,
        session_id: FromPath[UUID],
        records: NamedDependency[RecordService],
        after_sequence: Annotated[int | None, QueryParameter(ge=0, le=MAX_SEQUENCE, required=False)] = None,
        limit: LimitParam = 100,
        offset: OffsetParam = 0,
    ) -> InteractionPage:
        """The exchange in order of ``sequence``."""
        page = await records.list_interactions(session_id, after_sequence=after_sequence, limit=limit, offset=offset)
        return out(page, InteractionPage)

    @post("/interactions")
    async def add_interaction(
        self, session_id: FromPath[UUID], data: JSONBody[InteractionCreate], records: NamedDependency[RecordService]
    ) -> InteractionOut:
        """Record one exchange by hand, e.g. a study question attempt with ``is_correct``."""
        return out(await records.add_interaction(session_id, fields_of(data)), InteractionOut)

    @patch("/interactions/{sequence:int}")
    async def update_interaction(
        self,
        session_id: FromPath[UUID],
        sequence: Annotated[int, PathParameter(ge=1, le=MAX_SEQUENCE)],
        data: JSONBody[InteractionUpdate],
        records: NamedDependency[RecordService],
        reports: NamedDependency[ReportService],
    ) -> InteractionOut:
        """Add what became known after a prompt was stored: the answer, how it was given, what
        it was about (sentiment, themes, people, places, topic); ``data`` merges. ``is_private``
        alone may also be set after the session closed (the person's choice outlives it)."""
        fields = fields_of(data)
        private = fields.pop("is_private", None)
        interaction = await records.annotate(session_id, sequence, fields) if fields or private is None else None
        if private is not None:
            interaction = await records.set_private(session_id, sequence, private)
            if private:
                await unquote_summary(session_id, interaction.person_response or "", records, reports)
        return out(interaction, InteractionOut)

    @get("/artifacts")
    async def list_artifacts(
        self,
        session_id: FromPath[UUID],
        records: NamedDependency[RecordService],
        artifact_type: FromQuery[ArtifactType | None] = None,
        approved: FromQuery[bool | None] = None,
        limit: LimitParam = 100,
        offset: OffsetParam = 0,
    ) -> ArtifactPage:
        page = await records.list_artifacts(
            session_id, artifact_type=artifact_type, approved=approved, limit=limit, offset=offset
        )
        return out(page, ArtifactPage)

    @post("/artifacts")
    async def add_artifact(
        self, session_id: FromPath[UUID], data: JSONBody[ArtifactCreate], records: NamedDependency[RecordService]
    ) -> ArtifactOut:
        return out(await records.add_artifact(session_id, fields_of(data)), ArtifactOut)

    @get("/notes")
    async def list_notes(
        self,
        session_id: FromPath[UUID],
        records: NamedDependency[RecordService],
        requires_followup: FromQuery[bool | None] = None,
        limit: LimitParam = 100,
        offset: OffsetParam = 0,
    ) -> NotePage:
        page = await records.list_notes(session_id, requires_followup=requires_followup, limit=limit, offset=offset)
        zone = ZoneInfo(await records.timezone_of(session_id))
        return NotePage(
            items=[_note(note, zone) for note in page.items], total=page.total, limit=page.limit, offset=page.offset
        )

    @post("/notes")
    async def add_note(
        self, session_id: FromPath[UUID], data: JSONBody[NoteCreate], records: NamedDependency[RecordService]
    ) -> NoteOut:
        """A timestamped note, anchored to the latest interaction unless told otherwise."""
        note = await records.add_note(session_id, fields_of(data))
        return _note(note, ZoneInfo(await records.timezone_of(session_id)))

    @post("/metrics", status_code=202)
    async def ingest_metrics(
        self, session_id: FromPath[UUID], data: JSONBody[MetricBatch], metrics: NamedDependency[MetricService]
    ) -> MetricIngestResult:
        """Store a batch of samples (up to 10,000) in one transaction: all or nothing."""
        accepted = await metrics.ingest(session_id, [fields_of(sample) for sample in data.samples])
        return MetricIngestResult(accepted=accepted)

    @get("/metrics")
    async def get_metrics(
        self,
        session_id: FromPath[UUID],
        metrics: NamedDependency[MetricService],
        name: Annotated[str | None, QueryParameter(max_length=64, pattern=NO_NUL, required=False)] = None,
        start: FromQuery[UtcDateTime | None] = None,
        end: FromQuery[UtcDateTime | None] = None,
        bucket_seconds: Annotated[int | None, QueryParameter(ge=1, le=86_400, required=False)] = None,
        limit: Annotated[int, QueryParameter(ge=1, le=10_000)] = 1_000,
    ) -> MetricSeries:
        """Samples (or per-bucket mean/min/max when ``bucket_seconds`` is set) and aggregates."""
        series = await metrics.series(
            session_id,
            name=name,
            start=utc(start, "start"),
            end=utc(end, "end"),
            bucket_seconds=bucket_seconds,
            limit=limit,
        )
        return out(
            {
                "points": None if bucket_seconds else series,
                "buckets": series if bucket_seconds else None,
                "aggregates": await metrics.aggregates(session_id),
            },
            MetricSeries,
        )

    @get("/progress")
    async def get_progress(self, session_id: FromPath[UUID], reports: NamedDependency[ReportService]) -> Progress:
        """Indicators with evidence, counts, time so far (pauses excluded), ``can_complete``."""
        return out(await reports.progress(session_id), Progress)

    @get("/summary")
    async def get_summary(self, session_id: FromPath[UUID], reports: NamedDependency[ReportService]) -> Summary:
        """Summary text plus stats for the session's kind (story, practice or study)."""
        return out(await reports.summary(session_id), Summary)


async def unquote_summary(session_id: UUID, answer: str, records: RecordService, reports: ReportService) -> None:
    """A summary or suggestion already written that quotes an answer now private, or names what
    only it named, is written again without it (by the guided template: no model call from a PATCH)."""
    session = await records.sessions.get(session_id)
    public = await told(records.db, session_id)
    spoken = " ".join(public["answers"])
    old_summary, old_suggestion = session.summary, session.next_session_suggestion
    summary_leaks = repeats_private(old_summary, answer, spoken)
    suggestion_leaks = repeats_private(old_suggestion, answer, spoken)
    if not (summary_leaks or suggestion_leaks):
        return
    stats = await reports.summary(session_id)
    summary, suggestion = write_summary({**stats, **public})
    await records.replace_summary(
        session_id, summary if summary_leaks else old_summary, suggestion if suggestion_leaks else old_suggestion
    )


def _note(note: Note, zone: ZoneInfo) -> NoteOut:
    created: datetime = note.created_at
    body: NoteOut = out(note, NoteOut)
    body.line = f"[{created.astimezone(zone):%H:%M}] {note.content}"
    return body


class ArtifactController(Controller):
    path = "/artifacts"
    tags = ["records"]
    dependencies = {"records": service(RecordService)}

    @get("/{artifact_id:uuid}")
    async def get_artifact(self, artifact_id: FromPath[UUID], records: NamedDependency[RecordService]) -> ArtifactOut:
        artifact, _session = await records.get_artifact(artifact_id)
        return out(artifact, ArtifactOut)

    @patch("/{artifact_id:uuid}")
    async def update_artifact(
        self, artifact_id: FromPath[UUID], data: JSONBody[ArtifactUpdate], records: NamedDependency[RecordService]
    ) -> ArtifactOut:
        """Edit the content (open sessions only), or its title, approval and ``included_in_synthesis``
        (any time). A title is 1 to 300 characters; its spaces are tidied."""
        return out(await records.update_artifact(artifact_id, fields_of(data)), ArtifactOut)

    @post("/{artifact_id:uuid}/approve", status_code=200)
    async def approve_artifact(
        self, artifact_id: FromPath[UUID], records: NamedDependency[RecordService]
    ) -> ArtifactOut:
        return out(await records.update_artifact(artifact_id, {"is_approved": True}), ArtifactOut)
