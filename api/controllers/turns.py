"""``POST /sessions/{id}/turns``: one exchange with the interviewer, as JSON or streamed (SSE)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator
from typing import Annotated, Any
from uuid import UUID

import msgspec
from litestar import Controller, Request, Response, post
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.params import FromPath, HeaderParameter, JSONBody
from litestar.response import ServerSentEvent, ServerSentEventMessage

from agent.interviewer import Interviewer
from agent.turns import TurnInput, TurnOutcome
from api.errors import error_body
from api.schemas.common import out
from api.schemas.records import ArtifactOut, InteractionOut, NoteOut
from api.schemas.turns import TurnRequest, TurnResult
from db.errors import InvalidField

IdempotencyKey = Annotated[
    str | None,
    HeaderParameter(
        name="Idempotency-Key",
        required=False,
        max_length=200,
        description="Makes a retried POST return the first result instead of running a second turn",
    ),
]


def present_turn(outcome: TurnOutcome) -> dict[str, Any]:
    """The JSON body of a turn; also what an idempotent replay returns verbatim."""
    interactions = [i for i in (outcome.answer, outcome.prompt) if i is not None]
    result = TurnResult(
        session_id=outcome.session.id,
        status=outcome.session.status,
        version=outcome.session.version,
        started=outcome.started,
        reply=outcome.reply,
        interactions=[out(i, InteractionOut) for i in interactions],
        artifacts=[out(a, ArtifactOut) for a in outcome.effects.artifacts],
        notes=[out(n, NoteOut) for n in outcome.effects.notes],
        indicators=outcome.effects.indicators,
        items=outcome.effects.items,
        topics_linked=outcome.effects.topics,
        proposed_end=outcome.effects.proposed_end,
        followup_session_id=outcome.effects.followup_session_id,
        timings=outcome.timings,
    )
    return msgspec.to_builtins(result)


def turn_input(data: TurnRequest) -> TurnInput:
    if data.skip == (data.text is not None):
        raise InvalidField("text", "send either text or skip: true (not both, not neither)")
    return TurnInput(text=data.text, skip=data.skip, method=data.method)


class TurnController(Controller):
    path = "/sessions/{session_id:uuid}/turns"
    tags = ["conversation"]

    @post("/", status_code=200)
    async def take_turn(
        self,
        session_id: FromPath[UUID],
        data: JSONBody[TurnRequest],
        request: Request[UUID, Any, Any],
        state: State,
        interviewer: NamedDependency[Interviewer],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[TurnResult]:
        """Send the person's answer and get the interviewer's reply.

        With ``Accept: text/event-stream`` the reply streams as server-sent events:
        ``delta`` events carry text pieces, then one ``result`` event carries the same
        object as the JSON response (or an ``error`` event with status and detail).
        A model failure is a 502/503/504: the answer stays stored, and sending the turn
        again continues without storing it twice.
        """
        turn = turn_input(data)
        if "text/event-stream" in request.headers.get("accept", ""):
            return await _stream(interviewer, request.user, session_id, turn, idempotency_key, state)
        body = await interviewer.turn(request.user, session_id, turn, present_turn, idempotency_key=idempotency_key)
        return Response(body)


async def _stream(
    interviewer: Interviewer,
    account_id: UUID,
    session_id: UUID,
    turn: TurnInput,
    key: str | None,
    state: State,
) -> ServerSentEvent:
    """Start the turn; answer once it has produced something.

    A failure before the first word (unknown session, closed session, a reused key, a
    model that fails at once) is raised here and becomes a normal HTTP error with its
    real status. Once the stream has begun, a failure ends it with an ``error`` event.
    """
    queue: asyncio.Queue[tuple[str, Any] | None] = asyncio.Queue()

    async def on_text(piece: str) -> None:
        await queue.put(("delta", piece))

    async def run() -> None:
        try:
            body = await interviewer.turn(
                account_id, session_id, turn, present_turn, idempotency_key=key, on_text=on_text
            )
            await queue.put(("result", body))
        except Exception as exc:  # reported to the client below, as a status or an event
            await queue.put(("error", exc))
        finally:
            await queue.put(None)

    # The turn runs on its own: a client that disconnects mid-stream loses nothing.
    task = asyncio.create_task(run())
    state.background_tasks.add(task)
    task.add_done_callback(state.background_tasks.discard)

    first = await queue.get()
    if first is not None and first[0] == "error":
        raise first[1]

    async def events() -> AsyncGenerator[ServerSentEventMessage, None]:
        item = first
        while item is not None:
            yield _event(*item)
            item = await queue.get()

    return ServerSentEvent(events())


def _event(kind: str, value: Any) -> ServerSentEventMessage:
    if kind == "delta":
        return ServerSentEventMessage(event="delta", data=json.dumps({"text": value}))
    if kind == "result":
        return ServerSentEventMessage(event="result", data=json.dumps(value))
    status, detail, extra = error_body(value)
    payload = {"status_code": status, "detail": detail, **({"extra": extra} if extra else {})}
    return ServerSentEventMessage(event="error", data=json.dumps(payload, default=str))
