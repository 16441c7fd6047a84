"""Alembic environment: runs on a connection handed in by ``db.migrate`` or on the URL."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from db.engine import create_engine
from db.migrate import compare_type
from db.models import Base
from db.models.base import GUID, DateTimeUTC, JsonB

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Write the portable column types by their short names (imported by the script template)."""
    if type_ != "type":
        return False
    if obj is JsonB or (getattr(obj, "_variant_mapping", None) and "postgresql" in obj._variant_mapping):
        return "JsonB"
    if isinstance(obj, GUID):
        return "GUID(length=16)"
    if isinstance(obj, DateTimeUTC):
        return "DateTimeUTC(timezone=True)"
    return False


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds the table
        compare_type=compare_type,
        compare_server_default=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_on_url(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(_configure)
    finally:
        await engine.dispose()


connection = config.attributes.get("connection")
if connection is not None:
    _configure(connection)
else:
    asyncio.run(_run_on_url(config.get_main_option("sqlalchemy.url")))
