"""Which schema revision a database is at, found cheaply (no Alembic import on a normal start)."""

from __future__ import annotations

from collections.abc import Collection
from enum import Enum
from typing import TYPE_CHECKING

from app.storage.revisions import HEAD, REVISIONS

if TYPE_CHECKING:
    from sqlalchemy import Connection

__all__ = ["HEAD", "REVISIONS", "SchemaStatus", "classify", "schema_status"]
VERSION_TABLE = "alembic_version"


class SchemaStatus(Enum):
    EMPTY = "empty"  # no tables at all: a new database
    OUTDATED = "outdated"  # an older AssistDesk wrote it; upgrade
    CURRENT = "current"
    NEWER = "newer"  # a newer AssistDesk wrote it; refuse
    FOREIGN = "foreign"  # tables, but not ours


def schema_status(connection: Connection) -> tuple[SchemaStatus, str | None]:
    from sqlalchemy import inspect, text  # imported here: sqlite_files reads schemas without it

    inspector = inspect(connection)
    if not inspector.has_table(VERSION_TABLE):
        return classify(inspector.get_table_names(), None)
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return classify([VERSION_TABLE], revision)


def classify(tables: Collection[str], revision: str | None) -> tuple[SchemaStatus, str | None]:
    """The status of a database with these tables and, when it has the version table, this
    revision in it (None: the table is empty)."""
    if VERSION_TABLE not in tables:
        return (SchemaStatus.FOREIGN if tables else SchemaStatus.EMPTY), None
    if revision is None:
        return SchemaStatus.EMPTY, None
    if revision == HEAD:
        return SchemaStatus.CURRENT, revision
    if revision in REVISIONS:
        return SchemaStatus.OUTDATED, revision
    return SchemaStatus.NEWER, revision
