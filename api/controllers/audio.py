"""Speech over HTTP: a recorded answer as a voice turn, stored clips, OpenAI-style transcription.

``POST /sessions/{id}/audio`` takes a recording (``multipart/form-data``, field ``file``),
decodes it with PyAV (in a thread), transcribes it with the local Whisper model and submits
the words as the person's voice answer; the response is the turn's result plus the
transcript. What was uploaded is kept (unless ``STORYLOOM_STT_KEEP_AUDIO=false``) and
referenced from the answer. Rejections store nothing: 413 too large, 415 not audio (or a
format PyAV cannot read), 422 corrupt, empty, silent (no speech), or longer than allowed.

``POST /audio/transcriptions`` answers like OpenAI's endpoint of that name (``file``,
``model``, ``response_format`` json | text | verbose_json, ``language``), so any OpenAI
client can use the local model.

Both are admitted through ``api/uploads.py``: a bounded number at once (else 503 with
``Retry-After``), the body spooled to disk and decoded from there, one decode and
transcription per transcription slot.
"""

from __future__ import annotations

import asyncio
import logging
import mimetypes
import time
import uuid
from typing import Annotated, Any, BinaryIO
from uuid import UUID

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.enums import MediaType, RequestEncodingType
from litestar.params import Body, FromPath, FromQuery

from agent.interviewer import Interviewer
from agent.turns import TurnInput, TurnOutcome
from api.controllers.turns import IdempotencyKey, present_turn
from api.deps import service
from api.schemas.audio import (
    AudioClipList,
    AudioClipOut,
    AudioUpload,
    TranscriptionOut,
    TranscriptionRequest,
    TranscriptionSegmentOut,
    TranscriptionVerboseOut,
    TranscriptOut,
    VoiceTurnResult,
)
from api.settings import SttSettings
from api.uploads import UploadGate, read_all, spooled_file
from audio.models import ModelFilesError
from audio.pcm import AudioError, decode
from audio.transcribe import Transcriber, Transcript, hotwords
from db.errors import InvalidField
from db.services.audio import AudioService, NewClip

log = logging.getLogger(__name__)
Multipart = Body(media_type=RequestEncodingType.MULTI_PART)
# What a stored clip is served as: the file's own signature first, then what the client said.
_SIGNATURES = (
    (0, b"RIFF", "audio/wav"),
    (0, b"OggS", "audio/ogg"),
    (0, b"fLaC", "audio/flac"),
    (0, b"\x1a\x45\xdf\xa3", "audio/webm"),  # Matroska / WebM
    (0, b"ID3", "audio/mpeg"),
    (4, b"ftyp", "audio/mp4"),
    (0, b"FORM", "audio/aiff"),
    (0, b"#!AMR", "audio/amr"),
    (0, b"caff", "audio/x-caf"),
)


async def hear(
    file: BinaryIO, state: State, language: str | None = None, names: str | None = None
) -> tuple[Transcript, float]:
    """Decode the spooled upload (in a thread) and transcribe it, in one of the gate's work slots.

    ``names`` (Whisper hotwords) are the names the session knows, as the voice socket hears with.
    Returns the transcript and the milliseconds spent decoding.
    """
    stt: SttSettings = state.settings.stt
    gate: UploadGate = state.uploads
    async with gate.working():
        t = time.perf_counter()
        pcm = await asyncio.to_thread(decode, file, stt.limits())
        decode_ms = round((time.perf_counter() - t) * 1000.0, 2)
        transcriber = await upload_transcriber(state)
        transcript = await transcriber.transcribe(pcm, language, hotwords=names)
        del pcm  # before the slot is given back and memory trimmed
    return transcript, decode_ms


async def upload_transcriber(state: State) -> Transcriber:
    """The transcriber for uploads: ``STORYLOOM_STT_UPLOAD_MODEL`` when set and installed, else the live one.

    Loaded on the first upload (in a worker thread; the model itself is shared per process).
    A model that is not there is logged once and the live model transcribes instead.
    """
    stt: SttSettings = state.settings.stt
    config = stt.upload_config()
    if config is None:
        return state.transcriber
    cached = getattr(state, "upload_transcriber", None)
    if isinstance(cached, Transcriber):
        return cached
    lock = getattr(state, "upload_transcriber_lock", None)
    if lock is None:  # no await since the look-up: one lock per app
        lock = state.upload_transcriber_lock = asyncio.Lock()
    async with lock:  # two first uploads at once load the model once
        cached = getattr(state, "upload_transcriber", None)
        if isinstance(cached, Transcriber):
            return cached
        return await _load_upload_transcriber(state, stt, config)


async def _load_upload_transcriber(state: State, stt: SttSettings, config: Any) -> Transcriber:
    try:
        transcriber = Transcriber(config)
        await transcriber.load_async()
    except (FileNotFoundError, ModelFilesError) as exc:
        if stt.upload_model not in _UPLOAD_WARNED:
            _UPLOAD_WARNED.add(stt.upload_model)
            log.warning(
                "upload model %r is not installed (%s): uploads use %s; run `storyloom speech install whisper-base`",
                stt.upload_model,
                exc,
                state.transcriber.model_dir.name,
            )
        state.upload_transcriber = state.transcriber
        return state.transcriber
    state.upload_transcriber = transcriber
    return transcriber


_UPLOAD_WARNED: set[str | None] = set()


def mime_type(upload: Any, raw: bytes) -> str:
    """An ``audio/…`` type for the stored clip (it decoded, so it is audio whatever it was called)."""
    for offset, signature, mime in _SIGNATURES:
        if raw[offset : offset + len(signature)] == signature:
            return mime
    if len(raw) > 1 and raw[0] == 0xFF and raw[1] & 0xF6 == 0xF0:
        return "audio/aac"  # ADTS
    if len(raw) > 1 and raw[0] == 0xFF and raw[1] & 0xE0 == 0xE0:
        return "audio/mpeg"  # an MPEG audio frame without an ID3 tag
    declared = (getattr(upload, "content_type", None) or "").split(";")[0].strip().lower()
    guessed, _ = mimetypes.guess_type(getattr(upload, "filename", None) or "")
    for candidate in (declared, guessed or ""):
        if candidate.startswith("audio/"):
            return candidate
    return "audio/x-unknown"


def answer_data(transcript: Transcript, timings: dict[str, float]) -> dict[str, Any]:
    """What a spoken answer keeps beside its words: its timings and, when names the session knows
    were snapped into the text (``Transcript.heard``), the words as decoded, as the answer's
    ``original_transcript``: the machine's snap is a correction too, and a correction by hand then
    keeps that original (db.services.records)."""
    data: dict[str, Any] = {"timings": timings}
    if transcript.heard is not None:
        data["original_transcript"] = transcript.heard
    return data


def transcript_out(transcript: Transcript) -> TranscriptOut:
    segments = transcript.segments
    return TranscriptOut(
        text=transcript.text,
        confidence=transcript.confidence,
        language=transcript.language,
        duration_seconds=round(transcript.duration, 3),
        start=round(segments[0].start, 3) if segments else None,
        end=round(min(segments[-1].end, transcript.duration), 3) if segments else None,
        transcription_ms=round(transcript.elapsed * 1000.0, 2),
    )


class AudioTurnController(Controller):
    path = "/sessions/{session_id:uuid}/audio"
    tags = ["conversation"]
    dependencies = {"audio_store": service(AudioService)}

    @post("/", status_code=200)
    async def upload_answer(
        self,
        session_id: FromPath[UUID],
        data: Annotated[AudioUpload, Multipart],
        request: Request[UUID, Any, Any],
        state: State,
        interviewer: NamedDependency[Interviewer],
        idempotency_key: IdempotencyKey = None,
    ) -> VoiceTurnResult:
        """Answer with a recording: transcribed locally, then submitted as the person's voice turn.

        Formats: anything PyAV decodes (WAV, OGG/Opus, WebM, MP3, FLAC, M4A…), resampled to
        16 kHz mono. Errors (nothing is stored): 413 larger than the upload limit, 415 not a
        recognised audio format, 422 corrupt, empty, without speech, or longer than the
        duration limit (``extra.reason`` says which).
        """
        stt: SttSettings = state.settings.stt
        # 404 before any decoding work. A short read: the turn takes the write lock itself.
        async with state.read_session_factory() as db:
            store = AudioService(db, request.user, state.clock)
            await store.ensure_session(session_id)
            names = hotwords(await store.known_names(session_id))  # as the voice socket hears
        file = await spooled_file(data.file, stt)
        transcript, decode_ms = await hear(file, state, names=names)
        if not transcript.text:
            raise AudioError("no_speech", "no speech was recognised in the recording")
        heard = transcript_out(transcript)
        clip = None
        if stt.keep_audio:
            raw = await asyncio.to_thread(read_all, file)
            clip = NewClip(
                id=uuid.uuid4(),
                source="upload",
                mime_type=mime_type(data.file, raw),
                audio=raw,
                duration=round(transcript.duration, 3),
                start=heard.start or 0.0,
                end=heard.end if heard.end is not None else transcript.duration,
            )
        turn = TurnInput(
            text=transcript.text,
            method="voice",
            transcript_confidence=transcript.confidence,
            duration_seconds=round(transcript.duration, 3),
            data=answer_data(transcript, {"decode_ms": decode_ms, "transcription_ms": heard.transcription_ms}),
            audio=clip,
        )

        def present(outcome: TurnOutcome) -> dict[str, Any]:
            return {
                **present_turn(outcome),
                "transcript": msgspec.to_builtins(heard),
                "audio_clip_id": str(clip.id) if clip else None,
            }

        body = await interviewer.turn(request.user, session_id, turn, present, idempotency_key=idempotency_key)
        return msgspec.convert(body, VoiceTurnResult)

    @get("/")
    async def list_clips(self, session_id: FromPath[UUID], audio_store: NamedDependency[AudioService]) -> AudioClipList:
        """The session's recorded answers (metadata; each clip's audio at ``…/audio/{clip_id}``)."""
        rows = await audio_store.list_clips(session_id)
        return AudioClipList(items=[msgspec.convert(dict(row), AudioClipOut) for row in rows])

    @get("/{clip_id:uuid}", media_type="audio/*")
    async def get_clip(
        self, session_id: FromPath[UUID], clip_id: FromPath[UUID], audio_store: NamedDependency[AudioService]
    ) -> Response[bytes]:
        """The recording as stored (the uploaded file, or a WAV of a live utterance)."""
        clip = await audio_store.get_clip(session_id, clip_id)
        return Response(
            clip.audio,
            media_type=clip.mime_type,
            headers={"Content-Disposition": f'inline; filename="{clip.id}"', "Cache-Control": "private"},
        )


class TranscriptionController(Controller):
    path = "/audio"
    tags = ["speech"]

    @post("/transcriptions", status_code=200)
    async def transcribe(
        self,
        data: Annotated[TranscriptionRequest, Multipart],
        request: Request[UUID, Any, Any],
        state: State,
        session_id: FromQuery[UUID | None] = None,
    ) -> Response[Any]:
        """OpenAI-compatible transcription by the server's local Whisper model.

        ``model`` is accepted whatever it names. ``language`` must match the server's
        configured language when one is set (the bundled model is English-only). Silence
        transcribes to an empty text, as OpenAI's does; unreadable audio is a 413/415/422
        like an upload to a session. Spelling: the query parameter ``session_id`` (an
        extension; OpenAI clients send it with ``extra_query``) hears the recording with the
        names that session knows, as its voice socket does (404 if it is not this account's);
        ``prompt`` adds words of the caller's own.
        """
        stt: SttSettings = state.settings.stt
        language = (data.language or "").strip().lower() or None
        if language and stt.language and language != stt.language.lower():
            raise InvalidField("language", f"this server's speech model transcribes {stt.language!r} only")
        known: list[str] = []
        if session_id is not None:  # 404 before any decoding work
            async with state.read_session_factory() as db:
                store = AudioService(db, request.user, state.clock)
                await store.ensure_session(session_id)
                known = await store.known_names(session_id)
        file = await spooled_file(data.file, stt)
        transcript, _ = await hear(file, state, language, hotwords([*known, *[(data.prompt or "").strip()]]))
        if data.response_format == "text":
            return Response(transcript.text + "\n", media_type=MediaType.TEXT)
        if data.response_format == "verbose_json":
            segments = [
                TranscriptionSegmentOut(
                    id=i,
                    seek=0,
                    start=round(s.start, 3),
                    end=round(s.end, 3),
                    text=s.text,
                    tokens=[],
                    temperature=0.0,
                    avg_logprob=s.avg_logprob,
                    compression_ratio=s.compression_ratio,
                    no_speech_prob=s.no_speech_prob,
                )
                for i, s in enumerate(transcript.segments)
            ]
            verbose = TranscriptionVerboseOut(
                task="transcribe",
                language=transcript.language or stt.language or "",
                duration=round(transcript.duration, 3),
                text=transcript.text,
                segments=segments,
            )
            return Response(verbose)
        return Response(TranscriptionOut(text=transcript.text))
