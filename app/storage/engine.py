"""Engines: SQLite (a file, WAL, foreign keys, busy timeout) and PostgreSQL (psycopg 3).

How long a SQLite writer waits for another's write lock is the URL's `timeout` in seconds
(`sqlite:///path/assistdesk.sqlite3?timeout=30`), 15 s when not given; past it the command fails
with one sentence (app.storage.faults).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.storage.sqlite_files import make_private

BUSY_TIMEOUT_MS = 15_000


def normalise_url(url: str) -> URL:
    """Parse a database URL; a bare `postgresql://` means psycopg 3, the driver we ship. A
    SQLite URL takes one query parameter, `timeout`: SQLite's own (`uri`, `mode`, …) would
    reach another file than the one checked and made private here."""
    try:
        parsed = make_url(url)
        _ = parsed.port  # a port that is not a number raises ValueError here
    except (ArgumentError, ValueError):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The URL given is not a database URL such as sqlite:///path/to/file.sqlite3 "
                "or postgresql://user@host:5432/dbname (a port is a number from 1 to 65535).",
            ).format()
        ) from None
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DomainError(
            f"AssistDesk stores its log in SQLite or PostgreSQL, not {parsed.drivername}."
        )
    if parsed.get_backend_name() == "sqlite":
        busy_timeout(parsed)  # a wrong one is refused now, not on the first write
        unknown = sorted(set(parsed.query) - {"timeout"})
        if unknown:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A SQLite database URL takes no {name} setting; the only one it takes is "
                    "timeout (the seconds to wait for a lock).",
                ).format(name=unknown[0])
            )
    given_ports: tuple[str | int | None, ...] = (parsed.port, *_query_values(parsed, "port"))
    for given in given_ports:
        digits = str(given)
        if given is not None and not (
            digits.isascii() and digits.isdigit() and len(digits) <= 5 and 1 <= int(digits) <= 65535
        ):
            raise DomainError(
                f"The database URL's port {digits[:20]!r} is not a port number from 1 to 65535."
            )
    return parsed


def _query_values(url: URL, name: str) -> tuple[str, ...]:
    given = url.query.get(name)
    return (given,) if isinstance(given, str) else tuple(given or ())


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def busy_timeout(url: URL) -> float:
    """Seconds a SQLite writer waits for another's write lock: the URL's `timeout`, else 15."""
    given = url.query.get("timeout")
    if given is None:
        return BUSY_TIMEOUT_MS / 1000
    if not isinstance(given, str):  # `?timeout=1&timeout=2`
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "The database URL gives timeout more than once; give it once."
            ).format()
        )
    try:
        seconds = float(given)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 3600:  # NaN fails both comparisons
        raise DomainError(
            f"The database URL's timeout={given!r} is not a number of seconds from 0 to 3600."
        )
    return seconds


def create_engine_for(url: str | URL, **kwargs: Any) -> Engine:
    parsed = normalise_url(url) if isinstance(url, str) else url
    path = sqlite_file(parsed)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True, **kwargs)
    seconds = busy_timeout(parsed)
    if path is not None:
        make_private(path)  # the folder and file for the owner only, before SQLite makes them
    kwargs.setdefault("connect_args", {"timeout": seconds})
    engine = create_engine(parsed, **kwargs)
    event.listen(engine, "connect", partial(_sqlite_pragmas, busy_timeout_ms=round(seconds * 1000)))
    event.listen(engine, "begin", _begin_immediate)
    return engine


# Execution option of connections that will write: see _begin_immediate.
WRITES = "assistdesk_writes"


def _begin_immediate(connection: Connection) -> None:
    """A transaction that will write takes SQLite's write lock when it starts, not at its first
    write: two workstations that read, then write, wait for each other instead of one failing with
    "database is locked" (a deferred transaction cannot wait once another has committed under it).
    Reads begin deferred, so they never queue behind a writer."""
    writes = connection.get_execution_options().get(WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any, *, busy_timeout_ms: int) -> None:
    dbapi_connection.isolation_level = None  # the driver must not BEGIN; _begin_immediate does
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
    finally:
        cursor.close()
    # SQLite's own lower() only knows ASCII; case-insensitive look-ups of names such as "Ângela"
    # must agree with PostgreSQL's, so use Python's.
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)


def _lower(value: object) -> str | None:
    return None if value is None else str(value).lower()
