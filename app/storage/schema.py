"""Which schema revision a database is at, found cheaply (no Alembic import on a normal start)."""

from __future__ import annotations

from enum import Enum

from sqlalchemy import Connection, inspect, text

from app.storage.revisions import HEAD, REVISIONS

__all__ = ["HEAD", "REVISIONS", "SchemaStatus", "schema_status"]
VERSION_TABLE = "alembic_version"


class SchemaStatus(Enum):
    EMPTY = "empty"  # no tables at all: a new database
    OUTDATED = "outdated"  # an older AssistDesk wrote it; upgrade
    CURRENT = "current"
    NEWER = "newer"  # a newer AssistDesk wrote it; refuse
    FOREIGN = "foreign"  # tables, but not ours


def schema_status(connection: Connection) -> tuple[SchemaStatus, str | None]:
    inspector = inspect(connection)
    if not inspector.has_table(VERSION_TABLE):
        return (SchemaStatus.FOREIGN if inspector.get_table_names() else SchemaStatus.EMPTY), None
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision is None:
        return SchemaStatus.EMPTY, None
    if revision == HEAD:
        return SchemaStatus.CURRENT, revision
    if revision in REVISIONS:
        return SchemaStatus.OUTDATED, revision
    return SchemaStatus.NEWER, revision
