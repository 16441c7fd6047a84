"""Alembic migrations against real, empty databases on every engine.

The migrated schema must equal the models (autogenerate finds nothing to do), upgrading
an up-to-date database changes nothing, and every revision can be undone and redone.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import bindparam, inspect, select, text
from sqlalchemy.engine import Connection

from db.engine import create_engine
from db.migrate import alembic_config, compare_type, downgrade, upgrade
from db.models import Account, Base, Person
from db.models.base import GUID, utcnow
from tests.conftest import POSTGRES_URL
from tests.support import Loop, postgres_database

SCRIPTS = ScriptDirectory.from_config(alembic_config())
HEAD = SCRIPTS.get_current_head()
# Oldest first: every revision, so each upgrade and downgrade step is exercised.
REVISIONS = [script.revision for script in reversed(list(SCRIPTS.walk_revisions()))]


class Db:
    """A fresh, empty database and an engine on it; all calls run on the test loop."""

    def __init__(self, url: str, loop: Loop) -> None:
        self.url = url
        self.loop = loop
        self.engine = create_engine(url, pool_size=1)

    def upgrade(self, revision: str = "head") -> None:
        self.loop.run(upgrade(self.engine, revision))

    def downgrade(self, revision: str) -> None:
        self.loop.run(downgrade(self.engine, revision))

    def sync(self, work: Any) -> Any:
        async def run() -> Any:
            async with self.engine.begin() as conn:
                return await conn.run_sync(work)

        return self.loop.run(run())

    def revision(self) -> str | None:
        return self.sync(lambda conn: MigrationContext.configure(conn).get_current_revision())

    def differences(self) -> list[Any]:
        def compare(conn: Connection) -> list[Any]:
            # The same comparison options as db/migrations/env.py uses for autogenerate.
            context = MigrationContext.configure(
                conn, opts={"compare_type": compare_type, "compare_server_default": True, "render_as_batch": True}
            )
            return compare_metadata(context, Base.metadata)

        return self.sync(compare)

    def structure(self) -> dict[str, Any]:
        """Tables with their columns, indexes, unique constraints and foreign keys.

        Index DDL comes from the catalog too: reflection drops partial-index predicates
        such as the one behind "one active session per person".
        """

        def read(conn: Connection) -> dict[str, Any]:
            inspector = inspect(conn)
            if conn.dialect.name == "sqlite":
                ddl = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            else:
                ddl = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
            tables = {
                table: {
                    "columns": [(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)],
                    "indexes": sorted(
                        (i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in inspector.get_indexes(table)
                    ),
                    "unique": sorted(
                        (u["name"], tuple(u["column_names"])) for u in inspector.get_unique_constraints(table)
                    ),
                    "foreign_keys": sorted(
                        (f["name"], tuple(f["constrained_columns"]), f["referred_table"])
                        for f in inspector.get_foreign_keys(table)
                    ),
                }
                for table in sorted(inspector.get_table_names())
            }
            return {**tables, "index DDL": sorted(tuple(row) for row in conn.execute(text(ddl)))}

        return self.sync(read)

    def tables(self) -> set[str]:
        return set(self.sync(lambda conn: inspect(conn).get_table_names()))

    def dispose(self) -> None:
        self.loop.run(self.engine.dispose())


@pytest.fixture
def fresh(engine_name: str, tmp_path: Path, loop: Loop) -> Iterator[Db]:
    """An empty database of the parametrized engine, dropped afterwards."""
    if engine_name == "sqlite":
        db = Db(f"sqlite+aiosqlite:///{tmp_path / 'migrations.db'}", loop)
        yield db
        db.dispose()
        return
    with postgres_database(POSTGRES_URL, loop) as url:
        db = Db(url, loop)
        yield db
        db.dispose()


def test_migrated_schema_equals_the_models(fresh: Db) -> None:
    assert fresh.revision() is None
    fresh.upgrade()
    assert fresh.revision() == HEAD
    assert fresh.tables() == set(Base.metadata.tables) | {"alembic_version"}
    assert fresh.differences() == []


def test_upgrading_an_up_to_date_database_changes_nothing(fresh: Db) -> None:
    fresh.upgrade()
    name = f"kept-{uuid.uuid4().hex[:8]}"

    def add_account(conn: Connection) -> None:
        conn.execute(
            Account.__table__.insert().values(id=uuid.uuid4(), name=name, created_at=utcnow(), updated_at=utcnow())
        )

    fresh.sync(add_account)
    before = fresh.structure()
    fresh.upgrade()
    fresh.upgrade("head")
    assert fresh.revision() == HEAD
    assert fresh.structure() == before
    names = fresh.sync(lambda conn: conn.execute(select(Account.name)).scalars().all())
    assert names == [name]


def test_every_revision_downgrades_and_upgrades_again(fresh: Db) -> None:
    fresh.upgrade()
    at_head = fresh.structure()

    fresh.downgrade("base")
    assert fresh.revision() is None
    assert fresh.tables() <= {"alembic_version"}, "downgrade to base left tables behind"

    # Up one revision at a time, then down one at a time: each step works on its own.
    shapes = {}
    for revision in REVISIONS:
        fresh.upgrade(revision)
        assert fresh.revision() == revision
        shapes[revision] = fresh.structure()
    for previous, revision in reversed(list(zip([None, *REVISIONS], REVISIONS, strict=False))):
        fresh.downgrade(previous or "base")
        assert fresh.revision() == previous
        if previous is not None:
            assert fresh.structure() == shapes[previous], f"downgrade from {revision} did not restore {previous}"

    fresh.upgrade()
    assert fresh.revision() == HEAD
    assert fresh.structure() == at_head
    assert fresh.differences() == []


def test_sqlite_and_postgres_share_one_migration_history() -> None:
    """One linear history: a branch would make ``upgrade head`` ambiguous."""
    assert len(SCRIPTS.get_heads()) == 1
    assert REVISIONS[-1] == HEAD
    assert SCRIPTS.get_base() == REVISIONS[0]


def test_alembic_version_is_the_only_table_outside_the_models(fresh: Db) -> None:
    fresh.upgrade()
    assert fresh.tables() - set(Base.metadata.tables) == {"alembic_version"}
    assert fresh.sync(lambda conn: conn.execute(text("SELECT version_num FROM alembic_version")).scalar()) == HEAD


def test_partial_unique_index_keeps_its_predicate(fresh: Db) -> None:
    """Batch migrations rebuild SQLite tables; the "one active session" index must stay partial."""
    fresh.upgrade()
    ddl = dict(fresh.structure()["index DDL"])["uq_session_one_active_per_person"]
    assert "UNIQUE" in ddl.upper() and "in_progress" in ddl and "paused" in ddl, ddl


def test_guid_columns_are_16_byte_binary_on_sqlite(tmp_path: Path, loop: Loop) -> None:
    """``compare_type`` ignores SQLite's NUMERIC(16) reading of GUID columns; prove the DDL says BINARY(16)."""
    db = Db(f"sqlite+aiosqlite:///{tmp_path / 'guid.db'}", loop)
    try:
        db.upgrade()
        for table in Base.metadata.sorted_tables:
            rows = db.sync(lambda conn, name=table.name: conn.exec_driver_sql(f'PRAGMA table_info("{name}")').all())
            declared = {row[1]: row[2] for row in rows}
            for column in table.columns:
                if isinstance(column.type, GUID):
                    assert declared[column.name] == "BINARY(16)", (table.name, column.name, declared[column.name])
    finally:
        db.dispose()


def test_0010_adds_what_a_person_likes_to_be_called_and_keeps_people(fresh: Db) -> None:
    """``person.called`` arrives empty for the people already there, holds a name, and goes again on downgrade."""
    fresh.upgrade("0009")
    account, person = uuid.uuid4(), uuid.uuid4()

    def add_person(conn: Connection) -> None:
        conn.execute(
            Account.__table__.insert().values(id=account, name="kept", created_at=utcnow(), updated_at=utcnow())
        )
        columns = {c["name"] for c in inspect(conn).get_columns("person")}
        assert "called" not in columns
        conn.execute(
            text(
                "INSERT INTO person (id, account_id, display_name, timezone, locale, created_at, updated_at)"
                " VALUES (:id, :account, 'Opa (Hendrik Verhoeven)', 'UTC', 'en', :now, :now)"
            ).bindparams(
                bindparam("id", type_=GUID(length=16)),
                bindparam("account", type_=GUID(length=16)),
                bindparam("now", type_=Person.__table__.c.created_at.type),
            ),
            {"id": person, "account": account, "now": utcnow()},
        )

    fresh.sync(add_person)
    fresh.upgrade("0010")
    table = Person.__table__
    assert (
        fresh.sync(lambda conn: conn.execute(select(table.c.called).where(table.c.id == person)).scalar_one()) is None
    )
    fresh.sync(lambda conn: conn.execute(table.update().where(table.c.id == person).values(called="Henk")))
    assert fresh.sync(lambda conn: conn.execute(select(table.c.called)).scalar_one()) == "Henk"
    fresh.downgrade("0009")
    assert "called" not in {c["name"] for c in fresh.sync(lambda conn: inspect(conn).get_columns("person"))}
    names = fresh.sync(lambda conn: conn.execute(text("SELECT display_name FROM person")).scalars().all())
    assert names == ["Opa (Hendrik Verhoeven)"]
