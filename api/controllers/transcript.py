"""``GET /sessions/{id}/transcript?format=json|md``: the whole conversation, for download."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from litestar import Controller, Response, get
from litestar.di import NamedDependency
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIType, Operation, Schema
from litestar.params import FromPath, QueryParameter

from api.deps import service
from api.schemas.common import out
from api.schemas.transcript import TranscriptEntry, TranscriptOut
from db.models.enums import SessionKind, SessionStatus
from db.services.transcripts import Transcript, TranscriptService

MARKDOWN = "text/markdown; charset=utf-8"
Format = Annotated[
    Literal["json", "md"], QueryParameter(description="`json` (default) or `md` (Markdown, for reading)")
]


@dataclass
class _JsonOrMarkdown(Operation):
    """The OpenAPI operation also documents the Markdown form of the 200 response."""

    def __post_init__(self) -> None:
        ok = (self.responses or {}).get("200")
        content = getattr(ok, "content", None)
        if content is not None:
            content["text/markdown"] = OpenAPIMediaType(schema=Schema(type=OpenAPIType.STRING))


class TranscriptController(Controller):
    path = "/sessions/{session_id:uuid}/transcript"
    tags = ["exports"]
    dependencies = {"transcripts": service(TranscriptService)}

    @get("/", operation_class=_JsonOrMarkdown)
    async def get_transcript(
        self, session_id: FromPath[UUID], transcripts: NamedDependency[TranscriptService], format: Format = "json"
    ) -> Response[TranscriptOut]:
        """Every question and answer in order (voice and private answers marked), as JSON or Markdown.

        The transcript is the one place a private answer is kept: it is the person's own record."""
        body = present(await transcripts.transcript(session_id))
        filename = f"{_slug(body.name)}-transcript.{format}"
        headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
        if format == "md":
            return Response(markdown(body), media_type=MARKDOWN, headers=headers)  # type: ignore[arg-type]
        return Response(body, headers=headers)


def present(transcript: Transcript) -> TranscriptOut:
    session = transcript.session
    return TranscriptOut(
        session_id=session.id,
        name=session.name,
        kind=SessionKind(session.kind),
        status=SessionStatus(session.status),
        person_id=transcript.person.id,
        person_name=transcript.person.display_name,
        intention=session.intention,
        started_at=session.started_at,
        ended_at=session.ended_at,
        entries=[out(i, TranscriptEntry) for i in transcript.interactions],
    )


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "—"


def markdown(t: TranscriptOut) -> str:
    lines = [
        f"# {_inline(t.name)}",
        "",
        f"- Person: {_inline(t.person_name)}",
        f"- Kind: {t.kind.value} · status: {t.status.value}",
        f"- Started: {_when(t.started_at)} · ended: {_when(t.ended_at)}",
    ]
    if t.intention:
        lines.append(f"- Intention: {_inline(t.intention)}")
    lines += ["", "## Conversation", ""]
    for entry in t.entries:
        if entry.agent_prompt:
            lines += [f"**Interviewer:** {_block(entry.agent_prompt)}", ""]
        if entry.response_method is not None and entry.response_method.value == "skip":
            lines += [f"**{_inline(t.person_name)}:** _(skipped)_", ""]
        elif entry.person_response is not None:
            how = " (spoken)" if entry.response_method is not None and entry.response_method.value == "voice" else ""
            how += " (private)" if entry.is_private else ""
            lines += [f"**{_inline(t.person_name)}{how}:** {_block(entry.person_response)}", ""]
    return "\n".join(lines).rstrip() + "\n"


def _inline(text: str) -> str:
    return " ".join(text.split())


def _block(text: str) -> str:
    """Keep the speaker's line breaks inside one Markdown paragraph."""
    return "  \n".join(line.strip() for line in text.strip().splitlines() if line.strip())


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60] or "session"
