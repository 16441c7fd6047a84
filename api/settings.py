"""Settings, one frozen dataclass per area, built explicitly from an environment mapping.

Nothing here runs at import time: the CLI calls ``Settings.from_env(os.environ)`` (then
applies its flags) and hands the result to ``create_app(settings)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

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


@dataclass(frozen=True, slots=True)
class Settings:
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    server: ServerSettings = field(default_factory=ServerSettings)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        db = DatabaseSettings()
        server = ServerSettings()
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
        )


def _bool(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}
