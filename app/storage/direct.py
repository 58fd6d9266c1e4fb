"""Reading a database with its own driver alone: no SQLAlchemy, no ORM objects.

Importing SQLAlchemy, the models and the services costs most of a command's time (about half a
second, where `timew export` answers a month in a fifth). A command that only reads, such as
`session list`, first tries a direct connection here: a SQLite file opened read-only with the
standard library's sqlite3, or PostgreSQL with psycopg, and only when the database is already at
this version's schema and, for a SQLite file, its stamp is the one kept when it was last found
whole (app.storage.checked_files), so nothing the normal path would refuse or check is skipped.
Any doubt (another kind of URL, a URL with options, a file changed elsewhere, another schema, a
locked file, a server that refuses) gives None, and the command takes the normal path, which says
what is wrong in its own sentence.

The queries are written once, as SQL with `?` for each value, and run the same way on a direct
connection (DirectReader) and inside a normal transaction (OrmReader), so the two paths cannot
drift apart.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from app.storage.checked_files import is_known_whole
from app.storage.instants import micros_from_utc
from app.storage.revisions import HEAD

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

_SQLITE_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")
_POSTGRES_PREFIXES = ("postgresql+psycopg://", "postgresql://", "postgres://")
_CONNECT_TIMEOUT_S = 3  # libpq's: a server that does not answer leaves it to the normal path
_LOCK_WAIT_S = 0.2  # a file another program holds locked leaves it to the normal path
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

Row = tuple[Any, ...]


class Query(NamedTuple):
    """A query with `?` for each value, and the values."""

    sql: str
    params: tuple[object, ...]


class Reader(Protocol):
    """Somewhere to run a read-only query: `sql` with `?` for each of `params`."""

    @property
    def dialect(self) -> str: ...  # "sqlite" or "postgresql"

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[Row]: ...


def instant_param(reader: Reader, value: datetime) -> object:
    """An aware instant as a query compares it with stored ones: SQLite keeps microseconds
    since 1970 (app.storage.instants), PostgreSQL a timestamptz."""
    return micros_from_utc(value) if reader.dialect == "sqlite" else value


def placeholders(count: int) -> str:
    """`?, ?, …` for `count` values (at least one: `IN ()` is no SQL)."""
    return ", ".join("?" * max(count, 1))


def _driver_sql(sql: str, dialect: str) -> str:
    # psycopg's placeholder is %s (the queries hold no % of their own)
    return sql.replace("?", "%s") if dialect == "postgresql" else sql


class OrmReader:
    """The queries inside a normal transaction (SessionListing, SessionHistory): the same SQL on
    the connection SQLAlchemy holds, its values as the driver gives them."""

    def __init__(self, orm: OrmSession) -> None:
        self._connection = orm.connection()
        self.dialect: str = self._connection.dialect.name

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        result = self._connection.exec_driver_sql(_driver_sql(sql, self.dialect), tuple(params))
        return [tuple(row) for row in result]


class DirectReader:
    """One read-only connection opened by `direct_reading`."""

    def __init__(self, connection: Any, dialect: str) -> None:
        self._connection = connection
        self.dialect = dialect

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        cursor = self._connection.cursor()
        try:
            cursor.execute(_driver_sql(sql, self.dialect), tuple(params))
            return [tuple(row) for row in cursor.fetchall()]
        finally:
            cursor.close()


def sqlite_path(db_url: str) -> Path | None:
    """The file of a plain `sqlite:///path` URL; None for anything else (options included)."""
    for prefix in _SQLITE_PREFIXES:
        if db_url.startswith(prefix):
            rest = db_url[len(prefix) :]
            return Path(rest) if rest and "?" not in rest and rest != ":memory:" else None
    return None


def postgres_conninfo(db_url: str) -> str | None:
    """The libpq URI of a PostgreSQL URL (libpq reads its host, port, user, database and query
    parameters such as `options` itself; a password comes from ~/.pgpass); None for others."""
    for prefix in _POSTGRES_PREFIXES:
        if db_url.startswith(prefix):
            return "postgresql://" + db_url[len(prefix) :]
    return None


@contextmanager
def direct_reading(db_url: str) -> Iterator[DirectReader | None]:
    """A reader on the database at `db_url` in one read-only transaction, or None when the normal
    path must open it (see the module's note). Errors met while reading are raised as the driver
    raises them: the caller falls back to the normal path on them (see `DIRECT_ERRORS`)."""
    conninfo = postgres_conninfo(db_url)
    if conninfo is not None:
        with _postgres(conninfo) as reader:
            yield reader
        return
    path = sqlite_path(db_url)
    if path is None or not _whole_sqlite_file(path):
        yield None
        return
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=_LOCK_WAIT_S
        )
    except sqlite3.Error:
        yield None
        return
    try:
        connection.execute("BEGIN")  # one snapshot for every query
        yield DirectReader(connection, "sqlite") if _at_head(connection) else None
    finally:
        connection.close()


def _whole_sqlite_file(path: Path) -> bool:
    """A regular file, with SQLite's own files beside it (or none), found whole as it is now."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False
        for suffix in SIDE_SUFFIXES:
            with contextlib.suppress(FileNotFoundError):
                if not stat.S_ISREG(os.lstat(path.with_name(path.name + suffix)).st_mode):
                    return False
    except OSError:
        return False
    return is_known_whole(path) is not None


def _at_head(connection: sqlite3.Connection) -> bool:
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return False
    return revision is not None and revision[0] == HEAD


@contextmanager
def _postgres(conninfo: str) -> Iterator[DirectReader | None]:
    try:
        import psycopg
    except ImportError:
        yield None
        return
    try:
        connection = psycopg.connect(
            conninfo, connect_timeout=_CONNECT_TIMEOUT_S, application_name="assistdesk"
        )
    except psycopg.Error:
        yield None
        return
    try:
        connection.read_only = True
        reader = DirectReader(connection, "postgresql")
        try:
            at_head = reader.rows("SELECT version_num FROM alembic_version") == [(HEAD,)]
        except psycopg.Error:
            at_head = False
        yield reader if at_head else None
    finally:
        connection.close()


def direct_errors() -> tuple[type[BaseException], ...]:
    """What a driver raises while a direct reader reads (a file locked or damaged since, a lost
    connection): the caller takes the normal path, which says what is wrong."""
    psycopg = sys.modules.get("psycopg")  # only a PostgreSQL reader has imported it
    return (sqlite3.Error, psycopg.Error) if psycopg is not None else (sqlite3.Error,)
