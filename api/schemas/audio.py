"""Speech: a voice turn's result, stored audio clips, and the OpenAI-compatible transcription."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from uuid import UUID

from litestar.datastructures import UploadFile
from msgspec import Struct

from api.schemas.turns import TurnResult


@dataclass
class AudioUpload:
    """``multipart/form-data`` with one ``file``: WAV, OGG/Opus, WebM, MP3, FLAC, M4A…"""

    file: UploadFile


@dataclass
class TranscriptionRequest:
    """The fields of OpenAI's ``POST /audio/transcriptions`` this server uses (others are ignored)."""

    file: UploadFile
    model: str  # any name: the server's local model answers
    response_format: Literal["json", "text", "verbose_json"] = "json"
    language: str | None = None
    prompt: str | None = None
    temperature: float | None = None


class TranscriptOut(Struct):
    text: str
    confidence: float | None  # mean token probability, 0..1
    language: str | None
    duration_seconds: float  # of the audio
    start: float | None  # speech within the recording, seconds
    end: float | None
    transcription_ms: float


class VoiceTurnResult(TurnResult):
    """A turn's result (as ``POST …/turns``) plus what was heard and where the audio is kept."""

    transcript: TranscriptOut
    audio_clip_id: UUID | None  # None when the server keeps no audio (STORYLOOM_STT_KEEP_AUDIO=false)


class AudioClipOut(Struct):
    id: UUID
    session_id: UUID
    interaction_id: UUID
    sequence: int  # of the interaction holding the transcript
    source: Literal["upload", "stream"]
    mime_type: str
    size_bytes: int
    duration_seconds: float
    # Speech on the recording's timeline: the upload's, or the WebSocket stream's; the clip
    # itself begins at ``offset_seconds`` on that timeline (0 for uploads).
    offset_seconds: float
    start_seconds: float
    end_seconds: float
    created_at: datetime


class AudioClipList(Struct):
    items: list[AudioClipOut]


class TranscriptionSegmentOut(Struct):
    id: int
    seek: int
    start: float
    end: float
    text: str
    tokens: list[int]
    temperature: float
    avg_logprob: float
    compression_ratio: float
    no_speech_prob: float


class TranscriptionOut(Struct):
    text: str


class TranscriptionVerboseOut(Struct):
    task: Literal["transcribe"]
    language: str
    duration: float
    text: str
    segments: list[TranscriptionSegmentOut]
