"""``WS /sessions/{id}/voice``: a live voice conversation (typing allowed too).

Protocol. Authenticate with ``Authorization: Bearer <token>`` on the upgrade request or,
from a browser (which cannot set WebSocket headers), with a first text message
``{"type": "auth", "token": "…"}`` within ``ws_auth_seconds`` (5 s); a logged-in web page
of this site needs neither (its session cookie is enough, see ``api.web.session``). Then send:

- binary frames: 16 kHz mono PCM16 (little-endian), any length up to ``ws_max_frame_bytes``
  (20 ms = 640 bytes is typical);
- ``{"type": "text", "text": "…"}``: a typed answer, taken in order with the spoken ones;
- ``{"type": "end"}``: end of speech now (close the utterance in progress without waiting
  for the trailing silence).

Events out, as JSON text messages: ``ready`` (session, status, the interviewer's current
question), ``speech_started``, ``partial`` (the words so far), ``transcript`` (final; it
becomes a voice turn unless empty; ``end_of_turn`` says whether Smart Turn ended it, see
``audio.stream``), ``reply_delta`` (pieces of the reply), ``reply`` (the
turn's result, as ``POST …/turns`` returns it, under ``result``), ``error`` (status_code,
detail). ``turn`` numbers tie a transcript to its reply.

A spoken turn that goes on the one before (the speaker resumed within ``end_silence_ms`` of their last
word, before answering the new question: ``api.voice_join``) is joined to it: the stored answer becomes
the whole utterance (both halves kept in its ``data["joined"]``), the reply to the first half is
withdrawn, and this turn's ``reply`` carries ``"replaces": <the earlier turn>``: the page merges the two
transcripts into the earlier one and puts this reply in place of the earlier reply (``result`` holds the
amended answer). Without ``replaces`` the turn was stored as an answer of its own.

Close codes: 4401 not authenticated, 4404 no such session (or another account's), 4409 the
session is closed, 1009 a frame too large, 1008 frames or audio too fast, 1013 the server
cannot keep up. Each close follows an ``error`` event saying why.

Nothing said is lost to a dropped connection: recognition and turns run beside the socket,
so an utterance already received is still transcribed and submitted (and the utterance in
progress is closed and submitted too) after the client goes away. A slow reader never
stalls recognition or turns: outgoing events wait in a bounded queue where ``partial`` and
``reply_delta`` events are dropped when it is full (the ``reply`` event carries the whole
text); ``speech_started``, ``transcript``, ``reply`` and ``error`` are never dropped.
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from uuid import UUID

from litestar import WebSocket, websocket
from litestar.datastructures import State
from litestar.params import FromPath

from agent.model import ProviderError
from agent.turns import TurnInput
from api.auth import account_for_token, bearer_token
from api.controllers.audio import answer_data
from api.controllers.turns import present_turn
from api.errors import describe
from api.settings import SttSettings
from api.voice_join import JoinWindow, answer_of
from api.web.session import socket_cookie_account
from audio.pcm import BYTES_PER_SAMPLE, SAMPLE_RATE, duration_seconds, to_wav
from audio.stream import Final, Partial, StreamEvent, StreamingRecognizer
from audio.transcribe import hotwords
from audio.turn_end import SmartTurn
from audio.turn_end import shared as shared_turn_model
from audio.vad import SpeechStarted
from db.errors import NotFound
from db.models.enums import CLOSED_STATUSES
from db.services.audio import AudioService, NewClip
from db.services.rejoin import Join, NotJoined, withdrawable

log = logging.getLogger(__name__)

CLOSE_UNAUTHORIZED = 4401
CLOSE_NOT_FOUND = 4404
CLOSE_SESSION_CLOSED = 4409
CLOSE_POLICY = 1008  # frames or audio arriving too fast
CLOSE_TOO_BIG = 1009
CLOSE_TRY_LATER = 1013
_MAX_QUEUED_AUDIO_SECONDS = 60.0  # received but not yet recognised
_MAX_BACKLOG = 1_000  # undroppable events waiting for a client that reads nothing
_MAX_WAITING_TEXTS = 10  # typed answers queued behind running turns; more are refused (429)


@dataclass(frozen=True, slots=True)
class _Typed:
    turn: int
    text: str


@dataclass(frozen=True, slots=True)
class _Spoken:
    turn: int
    final: Final
    goes_on: int | None = None  # the spoken turn it continues (``api.voice_join``)


class _End:
    pass


@dataclass(frozen=True, slots=True)
class _Close:
    code: int
    reason: str


class Outbox:
    """Events waiting for the client. Droppable ones are dropped once ``limit`` are queued."""

    def __init__(self, limit: int) -> None:
        self.limit = max(1, limit)
        self.items: collections.deque[dict[str, Any] | _Close] = collections.deque()
        self.ready = asyncio.Event()
        self.closed = False
        self.dropped = 0

    def put(self, event: dict[str, Any], *, droppable: bool = False) -> None:
        if self.closed:
            return
        if len(self.items) >= (self.limit if droppable else _MAX_BACKLOG):
            self.dropped += 1
            return
        self.items.append(event)
        self.ready.set()

    def close(self, code: int, reason: str) -> None:
        if not self.closed:
            self.items.append(_Close(code, reason[:120]))
            self.ready.set()

    async def get(self) -> dict[str, Any] | _Close:
        while not self.items:
            self.ready.clear()
            await self.ready.wait()
        return self.items.popleft()


class Limiter:
    """Frames per second (a sliding second) and audio rate (a bucket of seconds of audio)."""

    def __init__(self, stt: SttSettings) -> None:
        self.stt = stt
        self.stamps: collections.deque[float] = collections.deque()
        self.audio_credit = stt.ws_audio_burst_seconds
        self.last = time.monotonic()

    def frame(self, audio_bytes: int = 0) -> str | None:
        """Account for one incoming message; a reason to close if the client is too fast."""
        now = time.monotonic()
        self.stamps.append(now)
        while self.stamps and self.stamps[0] <= now - 1.0:
            self.stamps.popleft()
        if len(self.stamps) > self.stt.ws_max_frames_per_second:
            return f"more than {self.stt.ws_max_frames_per_second} messages a second"
        if audio_bytes:
            refill = (now - self.last) * self.stt.ws_max_audio_rate
            self.audio_credit = min(self.stt.ws_audio_burst_seconds, self.audio_credit + refill)
            self.audio_credit -= audio_bytes / (SAMPLE_RATE * BYTES_PER_SAMPLE)
            if self.audio_credit < 0:
                return f"audio arrives more than {self.stt.ws_max_audio_rate:g} times faster than real time"
        self.last = now
        return None


def _end_of_turn(final: Final) -> dict[str, Any]:
    """What ended the utterance: Smart Turn's verdict ("model"), or the long silence / the stream."""
    verdict = final.verdict
    if verdict is None:
        return {"by": "silence", "probability": None}
    return {"by": "model" if final.by_model else "silence", "probability": verdict.probability}


def turn_model(stt: SttSettings) -> SmartTurn | None:
    """The process's Smart Turn model (loaded on first use, in a worker thread), if installed.

    Without it the long ``end_silence_ms`` alone ends a turn: slow, but nobody is cut off.
    ``storyloom speech install smart-turn`` installs it.
    """
    path = stt.turn_model_path()
    if not path.is_file():
        if path not in _WARNED:
            _WARNED.add(path)
            log.warning(
                "no Smart Turn model at %s: spoken turns end after %d ms of silence; "
                "run `storyloom speech install smart-turn`",
                path,
                stt.end_silence_ms,
            )
        return None
    return shared_turn_model(path, stt.turn_threshold)


_WARNED: set[Path] = set()


@websocket("/sessions/{session_id:uuid}/voice", opt={"exclude_from_auth": True})
async def voice(socket: WebSocket[Any, Any, Any], session_id: FromPath[UUID]) -> None:
    """Live voice for a session: 16 kHz mono PCM16 frames in, JSON events out (see the module doc)."""
    await VoiceConnection(socket, session_id).run()


class VoiceConnection:
    def __init__(self, socket: WebSocket[Any, Any, Any], session_id: UUID) -> None:
        self.socket = socket
        self.session_id = session_id
        self.state: State = socket.app.state
        self.stt: SttSettings = self.state.settings.stt
        self.outbox = Outbox(self.stt.ws_send_queue)
        self.account_id: UUID | None = None
        self.audio: asyncio.Queue[bytes | _Typed | _End | None] = asyncio.Queue()
        self.queued_audio = 0  # bytes in ``audio`` not yet recognised
        self.turns: asyncio.Queue[_Typed | _Spoken | None] = asyncio.Queue()
        self.turn_count = 0
        self.waiting_texts = 0  # typed answers not yet answered
        self.turn_model = turn_model(self.stt)
        vad = self.stt.vad()
        self.recognizer = StreamingRecognizer(self.state.transcriber, vad, turn=self.turn_model)
        self.window = JoinWindow(vad.end_silence_ms / 1000.0)
        self.replied: tuple[int, dict[str, Any]] | None = None  # the last spoken turn's number and result

    async def run(self) -> None:
        await self.socket.accept()
        sender = asyncio.create_task(self._send())
        started = False
        try:
            if not await self._authenticate() or not await self._open():
                return
            started = True
            self._background(self._recognise())
            self._background(self._take_turns())
            await self._receive()
        except Exception:
            log.exception("voice connection for session %s failed", self.session_id)
            self._fail(CLOSE_TRY_LATER, 500, "internal error")
        finally:
            if started:
                self.audio.put_nowait(None)  # recognition finishes what was said, then the turns run
            if any(isinstance(item, _Close) for item in self.outbox.items):
                await asyncio.wait({sender}, timeout=2.0)  # the error event, then the close
            self.outbox.closed = True
            sender.cancel()

    # --- connection set-up ------------------------------------------------------------

    async def _authenticate(self) -> bool:
        header = self.socket.headers.get("authorization")
        token = bearer_token(header) if header else None
        if header and token is None:
            return self._fail(CLOSE_UNAUTHORIZED, 401, "malformed Authorization header (Bearer <token>)")
        if token is None:
            # A logged-in page of this site (the browser session cookie; Origin must match).
            self.account_id = await socket_cookie_account(self.socket)
            if self.account_id is not None:
                return True
            token = await self._token_message()
            if token is None:
                return False
        self.account_id = await account_for_token(self.state, token)
        if self.account_id is None:
            return self._fail(CLOSE_UNAUTHORIZED, 401, "invalid or revoked token")
        return True

    async def _token_message(self) -> str | None:
        wanted = 'authenticate first: Authorization header, or a first message {"type": "auth", "token": "…"}'
        try:
            message = await asyncio.wait_for(self.socket.receive(), timeout=self.stt.ws_auth_seconds)
        except TimeoutError:
            self._fail(CLOSE_UNAUTHORIZED, 401, f"no authentication within {self.stt.ws_auth_seconds:g} s; {wanted}")
            return None
        if message["type"] == "websocket.disconnect":
            return None
        try:
            payload = json.loads(message.get("text") or "null")
        except ValueError:
            payload = None
        token = payload.get("token") if isinstance(payload, dict) and payload.get("type") == "auth" else None
        if not isinstance(token, str) or not token.strip():
            self._fail(CLOSE_UNAUTHORIZED, 401, wanted)
            return None
        return token.strip()

    async def _open(self) -> bool:
        assert self.account_id is not None
        try:
            async with self.state.read_session_factory() as db:
                store = AudioService(db, self.account_id, self.state.clock)
                status = await store.ensure_session(self.session_id)
                prompt = await store.latest_prompt(self.session_id)
                self.recognizer.hotwords = hotwords(await store.known_names(self.session_id))
        except NotFound as exc:
            return self._fail(CLOSE_NOT_FOUND, 404, exc.detail)
        if status in CLOSED_STATUSES:
            return self._fail(CLOSE_SESSION_CLOSED, 409, f"session is {status}; it takes no more answers")
        if self.turn_model is not None:
            await asyncio.to_thread(self.turn_model.load)  # once per process; not on the first pause
        self.outbox.put(
            {
                "type": "ready",
                "session_id": str(self.session_id),
                "status": status,
                "prompt": prompt,
                "sample_rate": SAMPLE_RATE,
                "encoding": "pcm_s16le",
                "channels": 1,
                "max_frame_bytes": self.stt.ws_max_frame_bytes,
            }
        )
        return True

    # --- receiving --------------------------------------------------------------------

    async def _receive(self) -> None:
        limiter = Limiter(self.stt)
        max_queued = int(_MAX_QUEUED_AUDIO_SECONDS * SAMPLE_RATE * BYTES_PER_SAMPLE)
        while True:
            message = await self.socket.receive()
            if message["type"] == "websocket.disconnect":
                return
            data = message.get("bytes")
            text = message.get("text")
            size = len(data) if data is not None else len((text or "").encode())
            if size > self.stt.ws_max_frame_bytes:
                self._fail(CLOSE_TOO_BIG, 413, f"a message may hold at most {self.stt.ws_max_frame_bytes} bytes")
                return
            too_fast = limiter.frame(len(data) if data is not None else 0)
            if too_fast:
                self._fail(CLOSE_POLICY, 429, f"too fast: {too_fast}")
                return
            if data is not None:
                if self.queued_audio + len(data) > max_queued:
                    self._fail(CLOSE_TRY_LATER, 503, "the server cannot keep up with this audio; reconnect later")
                    return
                self.queued_audio += len(data)
                self.audio.put_nowait(data)
            elif text is not None:
                self._command(text)

    def _command(self, raw: str) -> None:
        try:
            message = json.loads(raw)
        except ValueError:
            self._error(400, "text messages must be JSON objects")
            return
        kind = message.get("type") if isinstance(message, dict) else None
        if kind == "text":
            text = message.get("text")
            if not isinstance(text, str) or not text.strip() or "\x00" in text:
                self._error(422, "'text' must be a non-empty string", key="text")
            elif len(text) > self.stt.ws_max_text_chars:
                self._error(422, f"'text' may hold at most {self.stt.ws_max_text_chars} characters", key="text")
            elif self.waiting_texts >= _MAX_WAITING_TEXTS:
                self._error(429, "too many typed answers are waiting for replies; wait for one", key="text")
            else:
                self.waiting_texts += 1
                self.audio.put_nowait(_Typed(self._next_turn(), text))
        elif kind == "end":
            self.audio.put_nowait(_End())
        elif kind == "auth":
            pass  # already authenticated
        else:
            self._error(422, "unknown message type; expected 'text' or 'end' (audio goes in binary frames)")

    # --- recognition (a background task: it outlives the socket) ---------------------

    async def _recognise(self) -> None:
        try:
            while True:
                item = await self._next_audio()
                if item is None:  # the socket closed: what was said so far still counts
                    self._heard(await self.recognizer.finish())
                    return
                if isinstance(item, _Typed):
                    self.window.close()
                    self.turns.put_nowait(item)
                elif isinstance(item, _End):
                    self._heard(await self.recognizer.finish())
                    self.window.close()
                else:
                    self.queued_audio -= len(item)
                    self._heard(await self.recognizer.feed(item))
        except Exception:
            log.exception("speech recognition failed on session %s", self.session_id)
            self._error(500, "speech recognition failed")
        finally:
            self.turns.put_nowait(None)

    async def _next_audio(self) -> bytes | _Typed | _End | None:
        """The next item from the client, or ``b""`` as soon as a Smart Turn verdict lands.

        A verdict of "complete" ends the turn at once, not with the next frame (there may be none).
        """
        verdict = self.recognizer.pending_verdict()
        if verdict is None or not self.audio.empty():
            return await self.audio.get()
        getter = asyncio.ensure_future(self.audio.get())
        await asyncio.wait({getter, verdict}, return_when=asyncio.FIRST_COMPLETED)
        if getter.done():
            return getter.result()
        getter.cancel()  # nothing was taken from the queue
        return b""

    def _heard(self, events: list[StreamEvent]) -> None:
        for event in events:
            if isinstance(event, SpeechStarted):
                self.outbox.put({"type": "speech_started", "at": event.at})
            elif isinstance(event, Partial):
                self.outbox.put({"type": "partial", "text": event.text, "at": event.at}, droppable=True)
            elif isinstance(event, Final):
                transcript, utterance = event.transcript, event.utterance
                turn = self._next_turn() if transcript.text else None
                self.outbox.put(
                    {
                        "type": "transcript",
                        "turn": turn,
                        "text": transcript.text,
                        "confidence": transcript.confidence,
                        "start": utterance.start,
                        "end": utterance.end,
                        "transcription_ms": round(transcript.elapsed * 1000.0, 2),
                        "latency_ms": round(event.latency * 1000.0, 2),
                        "end_of_turn": _end_of_turn(event),
                    }
                )
                if turn is not None:
                    self.turns.put_nowait(_Spoken(turn, event, self.window.spoken(turn, utterance)))

    # --- turns (a background task: it outlives the socket) ----------------------------

    async def _take_turns(self) -> None:
        while (item := await self.turns.get()) is not None:
            try:
                await self._turn(item)
            finally:
                if isinstance(item, _Typed):
                    self.waiting_texts -= 1

    async def _turn(self, item: _Typed | _Spoken) -> None:
        assert self.account_id is not None
        n = item.turn

        async def on_text(piece: str) -> None:
            self.outbox.put({"type": "reply_delta", "turn": n, "text": piece}, droppable=True)

        turn_input, replaces = self._turn_input(item), None
        try:
            body, replaces = await self._joined(item, turn_input, on_text)
            if body is None:
                body = await self.state.interviewer.turn(
                    self.account_id, self.session_id, turn_input, present_turn, on_text=on_text
                )
        except Exception as exc:
            info = describe(exc)
            if info.status >= 500 and not isinstance(exc, ProviderError):
                log.exception("voice turn failed on session %s", self.session_id)
            self._error(info.status, info.detail, turn=n, extra=info.extra)
            return
        finally:
            self.replied = None
        event: dict[str, Any] = {"type": "reply", "turn": n, "text": body["reply"], "result": body}
        if replaces is not None:
            event["replaces"] = replaces
        self.outbox.put(event)
        if isinstance(item, _Spoken):
            self.replied = (n, body)
        await self._learn_names()

    async def _joined(
        self, item: _Typed | _Spoken, turn_input: TurnInput, on_text: Any
    ) -> tuple[dict[str, Any] | None, int | None]:
        """The turn as a continuation of the spoken turn before it, if it goes on it (``api.voice_join``)
        and that turn's reply can be withdrawn; ``(None, None)`` when it is to be an answer of its own."""
        assert self.account_id is not None
        if not isinstance(item, _Spoken) or item.goes_on is None or self.replied is None:
            return None, None
        turn, result = self.replied
        answer = answer_of(result)
        if turn != item.goes_on or answer is None or not withdrawable(result):
            return None, None
        join = Join(
            answer["sequence"],
            tuple(UUID(str(a["id"])) for a in result.get("artifacts") or ()),
            tuple(UUID(str(n["id"])) for n in result.get("notes") or ()),
        )
        try:
            body = await self.state.interviewer.turn(
                self.account_id, self.session_id, replace(turn_input, join=join), present_turn, on_text=on_text
            )
        except NotJoined as refused:  # answered or changed since: an answer of its own, nothing was changed
            log.info("voice turn on session %s not joined: %s", self.session_id, refused.detail)
            return None, None
        return body, turn

    async def _learn_names(self) -> None:
        """The turn may have recorded new people or places: the next answers are heard with them."""
        assert self.account_id is not None
        try:
            async with self.state.read_session_factory() as db:
                names = await AudioService(db, self.account_id, self.state.clock).known_names(self.session_id)
        except NotFound:
            return
        self.recognizer.hotwords = hotwords(names)

    def _turn_input(self, item: _Typed | _Spoken) -> TurnInput:
        if isinstance(item, _Typed):
            return TurnInput(text=item.text, method="text")
        transcript, utterance = item.final.transcript, item.final.utterance
        clip = None
        if self.stt.keep_audio:
            clip = NewClip(
                id=uuid.uuid4(),
                source="stream",
                mime_type="audio/wav",
                audio=to_wav(utterance.pcm),
                duration=round(duration_seconds(utterance.pcm), 3),
                start=utterance.start,
                end=utterance.end,
                offset=utterance.audio_start,
            )
        timings = {
            "transcription_ms": round(transcript.elapsed * 1000.0, 2),
            "final_latency_ms": round(item.final.latency * 1000.0, 2),
        }
        if item.final.verdict is not None:
            timings["turn_check_ms"] = round(item.final.verdict.elapsed * 1000.0, 2)
        return TurnInput(
            text=transcript.text,
            method="voice",
            transcript_confidence=transcript.confidence,
            duration_seconds=round(utterance.duration, 3),
            data=answer_data(transcript, timings),
            audio=clip,
        )

    # --- sending ----------------------------------------------------------------------

    async def _send(self) -> None:
        try:
            while True:
                item = await self.outbox.get()
                if isinstance(item, _Close):
                    await self.socket.close(item.code, item.reason)
                    return
                await self.socket.send_text(json.dumps(item, default=str))
        except asyncio.CancelledError:
            raise
        except Exception:  # the client went away: recognition and turns go on without it
            log.debug("voice client of session %s gone", self.session_id, exc_info=True)
        finally:
            self.outbox.closed = True

    def _error(
        self, status: int, detail: str, *, turn: int | None = None, key: str | None = None, extra: Any = None
    ) -> None:
        event: dict[str, Any] = {"type": "error", "status_code": status, "detail": detail}
        if turn is not None:
            event["turn"] = turn
        if key is not None:
            event["key"] = key
        if extra:
            event["extra"] = extra
        self.outbox.put(event)

    def _fail(self, code: int, status: int, detail: str) -> bool:
        """An ``error`` event, then close the socket with ``code``."""
        self._error(status, detail)
        self.outbox.close(code, detail)
        return False

    def _next_turn(self) -> int:
        self.turn_count += 1
        return self.turn_count

    def _background(self, work: Any) -> None:
        task = asyncio.create_task(work)
        self.state.background_tasks.add(task)
        task.add_done_callback(self.state.background_tasks.discard)
