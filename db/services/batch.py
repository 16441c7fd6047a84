"""New rows of several tables in one statement on PostgreSQL: one round trip, not one per table.

The ORM flushes one ``INSERT`` per table (its ``insertmanyvalues`` batches rows of one table
only). A turn that saves an artifact ends with three new rows (the artifact, its outbox
event, the reply) in three tables; on PostgreSQL they go as one ``INSERT`` with the others
in data-modifying CTEs. SQLite has no such statement: there the ORM flushes as usual.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Insert, insert, inspect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import make_transient_to_detached


async def flush_new_rows(db: AsyncSession) -> None:
    """Flush ``db``; on PostgreSQL its new rows as one statement when nothing else is pending
    and every column's value is known before the INSERT (else the ORM's own flush)."""
    sync = db.sync_session
    new = list(sync.new)
    if len(new) < 2 or sync.dirty or sync.deleted or db.get_bind().dialect.name != "postgresql":
        await db.flush()
        return
    rows = [_row(obj) for obj in new]
    if any(row is None for row in rows):
        await db.flush()
        return
    statements = [insert(table).values(values) for table, values in rows]  # type: ignore[misc]
    stmt: Insert = statements[-1]
    for n, inner in enumerate(statements[:-1]):
        stmt = stmt.add_cte(inner.cte(f"new_row_{n}"))
    for obj in new:
        sync.expunge(obj)
    try:
        await db.execute(stmt)
    except BaseException:
        for obj in new:  # as they were: the caller's rollback discards them
            sync.add(obj)
        raise
    for obj in new:  # stored: persistent from here on, as the ORM's flush would leave them
        make_transient_to_detached(obj)
        sync.add(obj)


def _row(obj: Any) -> tuple[Any, dict[Any, Any]] | None:
    """The table and every column's value of a new object (its Python defaults applied to it),
    or None when the ORM must write it (a server default, a version counter, several tables)."""
    mapper = inspect(obj).mapper
    if len(mapper.tables) != 1 or mapper.version_id_col is not None:
        return None
    values: dict[Any, Any] = {}
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if not isinstance(column, Column) or column.table is not mapper.local_table:
            return None
        if prop.key not in obj.__dict__:
            default = column.default
            if default is not None and default.is_scalar:
                setattr(obj, prop.key, default.arg)
            elif default is not None and default.is_callable:
                setattr(obj, prop.key, default.arg(None))
            elif column.server_default is not None or default is not None:
                return None
            else:
                setattr(obj, prop.key, None)
        values[column] = obj.__dict__[prop.key]
    return mapper.local_table, values
