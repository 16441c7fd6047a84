"""Settings, one frozen dataclass per area, built explicitly from an environment mapping.

Nothing here runs at import time: the CLI calls ``Settings.from_env(os.environ)`` (then
applies its flags) and hands the result to ``create_app(settings)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from agent.settings import AgentSettings, LLMSettings, LocalModelSettings
from audio import models as speech_models
from audio.pcm import DecodeLimits
from audio.transcribe import SttConfig
from audio.turn_end import THRESHOLD as TURN_THRESHOLD
from audio.vad import VadConfig

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///storyloom.db"


@dataclass(frozen=True, slots=True)
class DatabaseSettings:
    url: str = DEFAULT_DATABASE_URL
    echo: bool = False
    pool_size: int = 10
    migrate_on_start: bool = True


@dataclass(frozen=True, slots=True)
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 8000
    debug: bool = False
    # Whole-request cap; a metrics batch of 10,000 samples is about 1 MB of JSON.
    max_body_bytes: int = 2_000_000


_STT = SttConfig()
_VAD = VadConfig()


@dataclass(frozen=True, slots=True)
class SttSettings:
    """Speech: the local Whisper model, upload limits, stored audio, the voice WebSocket."""

    model_dir: str | None = None  # STORYLOOM_STT_MODEL: a local CTranslate2 Whisper dir; None: bundled tiny.en
    # STORYLOOM_STT_UPLOAD_MODEL: the model for recorded uploads (no one waits word by word), e.g. "base";
    # None: the same as the live one. Not installed: the live model, with a log line (api/controllers/audio.py).
    upload_model: str | None = None
    language: str | None = _STT.language  # None: detect (multilingual models only)
    beam_size: int = _STT.beam_size
    compute_type: str = _STT.compute_type
    cpu_threads: int = _STT.cpu_threads
    concurrency: int = _STT.concurrency  # transcriptions at once per process
    max_upload_bytes: int = 25_000_000  # larger uploads: 413
    max_upload_seconds: float = 600.0  # longer audio: 422
    max_uploads: int = 4  # audio uploads in the server at once (api/uploads.py); more: 503 with Retry-After
    upload_retry_after_seconds: int = 10  # the Retry-After of that 503
    malloc_mmap_threshold: int = 1_048_576  # glibc: larger buffers mmapped, so freed audio leaves RSS; 0: default
    keep_audio: bool = True  # store what was said (the upload, or the utterance as WAV) with the turn
    # End of a spoken turn (voice WebSocket): Smart Turn (audio.turn_end) is asked at each of turn_checks_ms
    # into a silence; turn_agree verdicts in a row over turn_threshold end it, else end_silence_ms of silence does.
    turn_silence_ms: int = _VAD.turn_silence_ms
    turn_checks_ms: tuple[int, ...] = _VAD.turn_checks_ms  # STORYLOOM_STT_TURN_CHECKS_MS="250,600,1000"
    turn_agree: int = _VAD.turn_agree  # STORYLOOM_STT_TURN_AGREE
    end_silence_ms: int = _VAD.end_silence_ms
    turn_model: str | None = None  # STORYLOOM_STT_TURN_MODEL: a Smart Turn ONNX file; None: the installed one
    turn_threshold: float = TURN_THRESHOLD  # probability of "complete" above which a verdict says so
    model_cache: str | None = None  # STORYLOOM_MODEL_CACHE: where `storyloom speech install` puts models
    ws_auth_seconds: float = 5.0  # a browser must send {"type": "auth", "token": …} within this
    ws_max_frame_bytes: int = 32_000  # one binary frame: at most 1 s of 16 kHz PCM16
    ws_max_frames_per_second: int = 200  # 10 ms frames are 100 a second
    ws_max_audio_rate: float = 3.0  # audio may arrive at most this many times faster than real time …
    ws_audio_burst_seconds: float = 10.0  # … after a burst of this much audio
    ws_max_text_chars: int = 10_000
    ws_send_queue: int = 64  # queued outgoing events; past it, partials and reply deltas are dropped

    def config(self) -> SttConfig:
        named = self.model_dir in speech_models.ALIASES or self.model_dir in speech_models.CATALOG
        return SttConfig(
            model_dir=str(speech_models.path(self.model_dir, self.model_cache)) if named else self.model_dir,
            language=self.language,
            beam_size=self.beam_size,
            compute_type=self.compute_type,
            cpu_threads=self.cpu_threads,
            concurrency=self.concurrency,
        )

    def upload_config(self) -> SttConfig | None:
        """The upload model's configuration, or None when uploads use the live model."""
        if not self.upload_model or self.upload_model == self.model_dir:
            return None
        return replace(self, model_dir=self.upload_model, upload_model=None).config()

    def vad(self) -> VadConfig:
        return VadConfig(
            turn_silence_ms=self.turn_silence_ms,
            end_silence_ms=self.end_silence_ms,
            turn_checks_ms=self.turn_checks_ms,
            turn_agree=self.turn_agree,
        )

    def turn_model_path(self) -> Path:
        return Path(self.turn_model) if self.turn_model else speech_models.path("smart-turn", self.model_cache)

    def limits(self) -> DecodeLimits:
        return DecodeLimits(max_bytes=self.max_upload_bytes, max_seconds=self.max_upload_seconds)


@dataclass(frozen=True, slots=True)
class WebSettings:
    """The web pages: the browser session cookie and the one-time login links."""

    # STORYLOOM_SECRET_KEY signs session cookies and CSRF tokens. None: a random key per
    # process, so browser sessions end when the server restarts (serve prints a new link).
    secret_key: str | None = None
    session_hours: float = 168.0  # a browser session lasts a week after login
    login_link_minutes: int = 1440  # a login link works once, within a day of being printed
    cookie_secure: bool = False  # STORYLOOM_COOKIE_SECURE: cookies over HTTPS only (behind TLS)


@dataclass(frozen=True, slots=True)
class ScheduleSettings:
    """Series materialisation, missed sessions and idle sessions (the worker applies them)."""

    horizon_days: float = 30.0  # series occurrences exist as sessions this far ahead
    missed_grace_minutes: float = 15.0  # not started this long after scheduled_at: missed
    idle_pause_minutes: float = 30.0  # in progress with no activity this long: paused
    idle_end_hours: float = 24.0  # paused this long: completed or cancelled …
    idle_end_action: str = "complete"  # … "complete" (with a written summary) or "cancel"

    def __post_init__(self) -> None:
        if self.idle_end_action not in ("complete", "cancel"):
            raise ValueError("STORYLOOM_IDLE_END_ACTION must be 'complete' or 'cancel'")
        if self.horizon_days <= 0:
            raise ValueError("STORYLOOM_SCHEDULE_HORIZON_DAYS must be positive")


@dataclass(frozen=True, slots=True)
class WebhookSettings:
    """Outgoing webhook calls: who may be called, timeouts, retries with backoff."""

    # "any": any http(s) URL, loopback and private addresses included (the default: the
    # service runs on people's own machines); "public": refuse loopback/private/link-local
    # targets (checked at creation and, after DNS, before every call); "loopback": this machine only.
    targets: str = "any"
    timeout_seconds: float = 10.0  # a call that takes longer is a failed attempt
    max_attempts: int = 8  # then the delivery is marked failed (redeliver by hand)
    backoff_base_seconds: float = 30.0  # wait after the first failure; doubles each time …
    backoff_max_seconds: float = 6 * 3600.0  # … up to this
    backoff_jitter: float = 0.2  # each wait is scaled by a random factor in [1 - j, 1 + j]
    event_retention_days: float = 30.0  # delivered events (and their delivery log) are kept this long

    def __post_init__(self) -> None:
        if self.targets not in ("any", "public", "loopback"):
            raise ValueError("STORYLOOM_WEBHOOK_TARGETS must be 'any', 'public' or 'loopback'")
        if not 0 <= self.backoff_jitter < 1:
            raise ValueError("STORYLOOM_WEBHOOK_JITTER must be in [0, 1)")
        if self.max_attempts < 1:
            raise ValueError("STORYLOOM_WEBHOOK_MAX_ATTEMPTS must be at least 1")


@dataclass(frozen=True, slots=True)
class WorkerSettings:
    """The background worker: inside ``storyloom serve`` (unless disabled) and ``storyloom worker``."""

    enabled: bool = True  # STORYLOOM_WORKER: run the worker inside the API process
    poll_seconds: float = 2.0  # how often it looks for due work
    lease_seconds: float = 60.0  # a claimed delivery is another worker's again after this
    batch_size: int = 100  # rows claimed at a time
    concurrency: int = 8  # webhook calls in flight per process


@dataclass(frozen=True, slots=True)
class Settings:
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    server: ServerSettings = field(default_factory=ServerSettings)
    agent: AgentSettings = field(default_factory=AgentSettings)
    stt: SttSettings = field(default_factory=SttSettings)
    web: WebSettings = field(default_factory=WebSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    webhooks: WebhookSettings = field(default_factory=WebhookSettings)
    worker: WorkerSettings = field(default_factory=WorkerSettings)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        db = DatabaseSettings()
        server = ServerSettings()
        agent = AgentSettings()
        llm = agent.llm
        stt = SttSettings()
        language = env.get("STORYLOOM_STT_LANGUAGE", stt.language or "").strip()
        return cls(
            database=replace(
                db,
                url=env.get("STORYLOOM_DATABASE_URL", db.url),
                echo=_bool(env.get("STORYLOOM_DATABASE_ECHO"), db.echo),
                pool_size=int(env.get("STORYLOOM_DATABASE_POOL_SIZE", db.pool_size)),
                migrate_on_start=_bool(env.get("STORYLOOM_MIGRATE_ON_START"), db.migrate_on_start),
            ),
            server=replace(
                server,
                host=env.get("STORYLOOM_HOST", server.host),
                port=int(env.get("STORYLOOM_PORT", server.port)),
                debug=_bool(env.get("STORYLOOM_DEBUG"), server.debug),
                max_body_bytes=int(env.get("STORYLOOM_MAX_BODY_BYTES", server.max_body_bytes)),
            ),
            agent=replace(
                agent,
                provider=env.get("STORYLOOM_LLM_PROVIDER", agent.provider),
                max_steps=int(env.get("STORYLOOM_AGENT_MAX_STEPS", agent.max_steps)),
                history_token_budget=int(env.get("STORYLOOM_AGENT_HISTORY_TOKENS", agent.history_token_budget)),
                turn_wait_seconds=float(env.get("STORYLOOM_TURN_WAIT_SECONDS", agent.turn_wait_seconds)),
                turn_lease_seconds=float(env.get("STORYLOOM_TURN_LEASE_SECONDS", agent.turn_lease_seconds)),
                turn_heartbeat_seconds=float(env.get("STORYLOOM_TURN_HEARTBEAT_SECONDS", agent.turn_heartbeat_seconds)),
                llm=LLMSettings(
                    base_url=env.get("STORYLOOM_LLM_BASE_URL") or llm.base_url,
                    model=env.get("STORYLOOM_LLM_MODEL", llm.model),
                    api_key=env.get("STORYLOOM_LLM_API_KEY") or llm.api_key,
                    timeout_seconds=float(env.get("STORYLOOM_LLM_TIMEOUT", llm.timeout_seconds)),
                    max_retries=int(env.get("STORYLOOM_LLM_MAX_RETRIES", llm.max_retries)),
                    tool_mode=env.get("STORYLOOM_LLM_TOOL_MODE", llm.tool_mode).strip().lower(),
                    max_tokens=int(env.get("STORYLOOM_LLM_MAX_TOKENS", llm.max_tokens)),
                    record_max_tokens=int(env.get("STORYLOOM_LLM_RECORD_MAX_TOKENS", llm.record_max_tokens)),
                    temperature=float(env.get("STORYLOOM_LLM_TEMPERATURE", llm.temperature)),
                ),
                local=_local_model(env),
            ),
            stt=replace(
                stt,
                model_dir=env.get("STORYLOOM_STT_MODEL") or stt.model_dir,
                upload_model=env.get("STORYLOOM_STT_UPLOAD_MODEL", stt.upload_model or "").strip() or None,
                language=language or None,
                beam_size=int(env.get("STORYLOOM_STT_BEAM_SIZE", stt.beam_size)),
                compute_type=env.get("STORYLOOM_STT_COMPUTE_TYPE", stt.compute_type),
                cpu_threads=int(env.get("STORYLOOM_STT_CPU_THREADS", stt.cpu_threads)),
                concurrency=int(env.get("STORYLOOM_STT_CONCURRENCY", stt.concurrency)),
                max_upload_bytes=int(env.get("STORYLOOM_STT_MAX_UPLOAD_BYTES", stt.max_upload_bytes)),
                max_upload_seconds=float(env.get("STORYLOOM_STT_MAX_UPLOAD_SECONDS", stt.max_upload_seconds)),
                max_uploads=int(env.get("STORYLOOM_STT_MAX_UPLOADS", stt.max_uploads)),
                upload_retry_after_seconds=int(
                    env.get("STORYLOOM_STT_UPLOAD_RETRY_AFTER", stt.upload_retry_after_seconds)
                ),
                malloc_mmap_threshold=int(env.get("STORYLOOM_STT_MALLOC_MMAP_THRESHOLD", stt.malloc_mmap_threshold)),
                keep_audio=_bool(env.get("STORYLOOM_STT_KEEP_AUDIO"), stt.keep_audio),
                turn_silence_ms=int(env.get("STORYLOOM_STT_TURN_SILENCE_MS", stt.turn_silence_ms)),
                end_silence_ms=int(env.get("STORYLOOM_STT_END_SILENCE_MS", stt.end_silence_ms)),
                turn_checks_ms=tuple(
                    int(ms) for ms in env.get("STORYLOOM_STT_TURN_CHECKS_MS", "").split(",") if ms.strip()
                )
                or stt.turn_checks_ms,
                turn_agree=int(env.get("STORYLOOM_STT_TURN_AGREE", stt.turn_agree)),
                turn_model=env.get("STORYLOOM_STT_TURN_MODEL") or stt.turn_model,
                turn_threshold=float(env.get("STORYLOOM_STT_TURN_THRESHOLD", stt.turn_threshold)),
                model_cache=env.get("STORYLOOM_MODEL_CACHE") or stt.model_cache,
                ws_max_frame_bytes=int(env.get("STORYLOOM_WS_MAX_FRAME_BYTES", stt.ws_max_frame_bytes)),
                ws_max_frames_per_second=int(
                    env.get("STORYLOOM_WS_MAX_FRAMES_PER_SECOND", stt.ws_max_frames_per_second)
                ),
            ),
            web=_web(env),
            schedule=_schedule(env),
            webhooks=_webhooks(env),
            worker=_worker(env),
        )


def _local_model(env: Mapping[str, str]) -> LocalModelSettings:
    d = LocalModelSettings()
    return LocalModelSettings(
        model=env.get("STORYLOOM_LOCAL_MODEL", d.model),
        gguf=env.get("STORYLOOM_LLM_GGUF") or d.gguf,
        cache_dir=env.get("STORYLOOM_MODEL_CACHE") or d.cache_dir,
        threads=int(env.get("STORYLOOM_LLM_THREADS", d.threads)),
        n_ctx=int(env.get("STORYLOOM_LLM_CTX", d.n_ctx)),
    )


def _web(env: Mapping[str, str]) -> WebSettings:
    web = WebSettings()
    return WebSettings(
        secret_key=env.get("STORYLOOM_SECRET_KEY") or None,
        session_hours=float(env.get("STORYLOOM_SESSION_HOURS", web.session_hours)),
        login_link_minutes=int(env.get("STORYLOOM_LOGIN_LINK_MINUTES", web.login_link_minutes)),
        cookie_secure=_bool(env.get("STORYLOOM_COOKIE_SECURE"), web.cookie_secure),
    )


def _schedule(env: Mapping[str, str]) -> ScheduleSettings:
    d = ScheduleSettings()
    return ScheduleSettings(
        horizon_days=float(env.get("STORYLOOM_SCHEDULE_HORIZON_DAYS", d.horizon_days)),
        missed_grace_minutes=float(env.get("STORYLOOM_MISSED_GRACE_MINUTES", d.missed_grace_minutes)),
        idle_pause_minutes=float(env.get("STORYLOOM_IDLE_PAUSE_MINUTES", d.idle_pause_minutes)),
        idle_end_hours=float(env.get("STORYLOOM_IDLE_END_HOURS", d.idle_end_hours)),
        idle_end_action=env.get("STORYLOOM_IDLE_END_ACTION", d.idle_end_action).strip().lower(),
    )


def _webhooks(env: Mapping[str, str]) -> WebhookSettings:
    d = WebhookSettings()
    return WebhookSettings(
        targets=env.get("STORYLOOM_WEBHOOK_TARGETS", d.targets).strip().lower(),
        timeout_seconds=float(env.get("STORYLOOM_WEBHOOK_TIMEOUT", d.timeout_seconds)),
        max_attempts=int(env.get("STORYLOOM_WEBHOOK_MAX_ATTEMPTS", d.max_attempts)),
        backoff_base_seconds=float(env.get("STORYLOOM_WEBHOOK_BACKOFF_BASE", d.backoff_base_seconds)),
        backoff_max_seconds=float(env.get("STORYLOOM_WEBHOOK_BACKOFF_MAX", d.backoff_max_seconds)),
        backoff_jitter=float(env.get("STORYLOOM_WEBHOOK_JITTER", d.backoff_jitter)),
        event_retention_days=float(env.get("STORYLOOM_EVENT_RETENTION_DAYS", d.event_retention_days)),
    )


def _worker(env: Mapping[str, str]) -> WorkerSettings:
    d = WorkerSettings()
    return WorkerSettings(
        enabled=_bool(env.get("STORYLOOM_WORKER"), d.enabled),
        poll_seconds=float(env.get("STORYLOOM_WORKER_POLL_SECONDS", d.poll_seconds)),
        lease_seconds=float(env.get("STORYLOOM_WORKER_LEASE_SECONDS", d.lease_seconds)),
        batch_size=int(env.get("STORYLOOM_WORKER_BATCH", d.batch_size)),
        concurrency=int(env.get("STORYLOOM_WORKER_CONCURRENCY", d.concurrency)),
    )


def _bool(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}
