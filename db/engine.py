"""Engine and session factory for SQLite (embedded) and PostgreSQL (asyncpg)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str, *, echo: bool = False, pool_size: int = 10) -> AsyncEngine:
    """Create an async engine tuned for the backend named by ``url``.

    SQLite runs in WAL mode with foreign keys on. A transaction that may write starts
    with ``BEGIN IMMEDIATE``, so writers queue on the busy timeout instead of failing
    with "database is locked" when a read later turns into a write; read-only work (see
    ``read_only``) uses a plain deferred ``BEGIN`` and, thanks to WAL, never waits for
    a writer.
    """
    if is_sqlite(url):
        engine = create_async_engine(url, echo=echo, connect_args={"timeout": 30})
        _configure_sqlite(engine)
        return engine
    # No pre-ping: it costs a round trip on every checkout. After a database restart the
    # first query on a dead connection fails, and SQLAlchemy then invalidates the whole pool.
    engine = create_async_engine(url, echo=echo, pool_size=pool_size, max_overflow=pool_size, pool_recycle=1800)
    _configure_postgresql(engine)
    return engine


def _configure_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, issue BEGIN (see the "begin" hook below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")


def _configure_postgresql(engine: AsyncEngine) -> None:
    """Read-only work (``read_only``) sends its reads without BEGIN and ends without ROLLBACK.

    An authenticated GET is then one round trip, not three. Nothing is lost: at READ
    COMMITTED (the default) every statement of a transaction reads its own snapshot anyway,
    and a plain read holds no lock worth keeping. A transaction starts, as usual, before the
    first statement that may write or lock (anything but a plain ``SELECT``), so such work
    stays atomic. The driver starts transactions lazily, at the first statement (asyncpg's
    adapter: ``_started``); this tells it, per statement, whether to. Without that adapter
    (another driver) nothing changes.
    """

    @event.listens_for(engine.sync_engine, "before_cursor_execute")
    def _begin_before_writes(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, *args: Any) -> None:
        adapted = conn.connection.dbapi_connection
        if not hasattr(adapted, "_started") or not hasattr(adapted, "_isolation_setting"):
            return
        options = context.execution_options if context is not None else conn.get_execution_options()
        plain = _plain_read(statement) and not options.get("stream_results")  # a cursor needs a transaction
        if options.get(READ_ONLY) and not adapted._started and plain:
            adapted.isolation_level = "autocommit"  # this statement alone: no BEGIN before it
        else:  # every other statement, on every connection of the pool, as configured
            adapted.isolation_level = adapted._isolation_setting


_LOCKING = (" FOR UPDATE", " FOR SHARE", " FOR NO KEY UPDATE", " FOR KEY SHARE")


def _plain_read(statement: str) -> bool:
    text = statement.lstrip().upper()
    return text.startswith("SELECT") and not any(lock in text for lock in _LOCKING)


READ_ONLY = "storyloom_read_only"


def read_only(engine: AsyncEngine) -> AsyncEngine:
    """The same engine (and pool) for work that only reads: on SQLite a deferred ``BEGIN``, on
    PostgreSQL no ``BEGIN`` before a plain read (see ``_configure_postgresql``)."""
    return engine.execution_options(**{READ_ONLY: True})


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
