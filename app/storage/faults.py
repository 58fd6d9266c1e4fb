"""A database that fails, in one sentence: the one place where errors of SQLite, PostgreSQL and
the file system under them become a DatabaseUnavailableError (exit status 1 on the CLI, the error
dialog in the GUI). Database.transaction() and reading() and open_database go through it, so
every service says the same thing whichever screen or command called it.

What is translated is the environment failing — a lock held too long, a full disk, a read-only
file or folder or server, a lost or refused connection, a dropped database. A broken constraint
or a mistake in a statement is not: it stays the exception it is, for the service to explain or
for the last-resort net to report as unexpected.

One kind of input is translated too, as a net under the checks that come first (app.core.parties,
app.core.money…): a value its column cannot keep — PostgreSQL's data exceptions (SQLSTATE class
22: a varchar too long, a numeric overflow), SQLite's DataError and a Python int too large for it —
becomes a StoredValueError, bad input (exit status 2), with nothing saved.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.core.errors import DomainError, UnavailableError
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.storage.engine import busy_timeout, sqlite_file
from app.storage.sqlite_files import SQLITE_CORRUPT


class DatabaseUnavailableError(UnavailableError):
    """The database cannot be used just now; the message says why and what to do."""


class DamagedPageError(DatabaseUnavailableError):
    """SQLite met a damaged page while reading: the file is no longer trusted as whole."""


class StoredValueError(DomainError):
    """A value the database cannot keep reached it: bad input that no check above caught."""


@contextmanager
def translating_faults(url: URL) -> Iterator[None]:
    """Run database work; an environment fault leaves it as a DatabaseUnavailableError, a value
    its column cannot keep as a StoredValueError (the original is kept as the cause, for the
    log)."""
    try:
        yield
    except (DBAPIError, sqlite3.Error, OSError, OverflowError) as error:
        fault = value_fault(error) or database_fault(error, url)
        if fault is None:
            raise
        raise fault from error


def value_fault(error: BaseException) -> StoredValueError | None:
    """The sentence for a value the database refused to keep, or None for any other error."""
    cause = error.orig if isinstance(error, DBAPIError) else error
    state = str(getattr(cause, "sqlstate", None) or "")
    too_large_for_sqlite = isinstance(cause, OverflowError) and "SQLite" in str(cause)
    if not (state.startswith("22") or isinstance(cause, sqlite3.DataError) or too_large_for_sqlite):
        return None
    return StoredValueError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database cannot keep a value given here ({reason}); nothing was saved: give a "
            "shorter text or a smaller number.",
        ).format(reason=_first_line(cause))
    )


def database_fault(error: BaseException, url: URL) -> DatabaseUnavailableError | None:
    """The sentence for `error` met while using the database at `url`, or None when it is not
    the environment failing."""
    if isinstance(error, IntegrityError):
        return None
    cause = error.orig if isinstance(error, DBAPIError) else error
    path = sqlite_file(url)
    if isinstance(cause, sqlite3.Error) and path is not None:
        message = _sqlite_fault(cause, path, busy_timeout(url))
        if getattr(cause, "sqlite_errorcode", 0) & 0xFF == SQLITE_CORRUPT:
            from app.storage.checked_files import remember

            remember(path, None)  # the next start reads the whole file again
            return DamagedPageError(str(message))
    elif isinstance(cause, OSError) and path is not None:
        message = _file_fault(cause, path)
    elif url.get_backend_name() == "postgresql" and isinstance(error, DBAPIError):
        message = _server_fault(error, url)
    else:
        message = None
    return None if message is None else DatabaseUnavailableError(message)


def _sqlite_fault(error: sqlite3.Error, path: Path, timeout: float) -> Message | None:
    extended = getattr(error, "sqlite_errorcode", 0)
    code = extended & 0xFF  # the primary result code
    folder = path.parent
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return QT_TRANSLATE_NOOP(
            "Messages",
            "The database {path} has been locked by another AssistDesk (or another program) for "
            "more than {seconds} s; nothing was saved, try again when it has finished.",
        ).format(path=str(path), seconds=f"{timeout:g}")
    if code == sqlite3.SQLITE_FULL or (code == sqlite3.SQLITE_IOERR and _no_room(folder)):
        return _disk_full(path)  # a full disk also fails to grow the WAL index: an I/O error
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN) and not _writable(folder):
        return QT_TRANSLATE_NOOP(
            "Messages",
            "The folder {folder} that holds the database is read-only, and AssistDesk must write "
            "beside the file; nothing was saved, make the folder writable and try again.",
        ).format(folder=str(folder))
    if code == sqlite3.SQLITE_READONLY:
        return QT_TRANSLATE_NOOP(
            "Messages",
            "The database file {path} is read-only; nothing was saved, make it writable for your "
            "user and try again.",
        ).format(path=str(path))
    if code == sqlite3.SQLITE_CANTOPEN:
        return QT_TRANSLATE_NOOP(
            "Messages",
            "The database file {path} cannot be opened; check that your user may read and write "
            "it and its folder, then try again.",
        ).format(path=str(path))
    if code == SQLITE_CORRUPT:  # a damaged page, met while reading it
        return QT_TRANSLATE_NOOP(
            "Messages",
            "The database {file} is damaged ({problem}), so AssistDesk will not write to it; "
            "close AssistDesk and put your latest backup of it in its place.",
        ).format(file=str(path), problem=_first_line(error))
    if code == sqlite3.SQLITE_IOERR:
        return QT_TRANSLATE_NOOP(
            "Messages",
            "The disk holding the database {path} failed to read or write it ({reason}); nothing "
            "was saved, check the disk and try again.",
        ).format(path=str(path), reason=_first_line(error))
    return None


def _file_fault(error: OSError, path: Path) -> Message | None:
    """The database's file or folder refused by the operating system (creating the folder,
    copying the file aside before an upgrade)."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _disk_full(path)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QT_TRANSLATE_NOOP(
            "Messages",
            "AssistDesk may not write {file} ({reason}); nothing was saved, make it writable for "
            "your user or give another database, then try again.",
        ).format(file=str(error.filename or path), reason=error.strerror)
    return None


def _disk_full(path: Path) -> Message:
    return QT_TRANSLATE_NOOP(
        "Messages",
        "The disk holding the database {path} is full; nothing was saved, free some space on it "
        "and try again.",
    ).format(path=str(path))


# SQLSTATE codes of a server that went away under a command: administrator or crash shutdown,
# or not accepting connections right now.
_SHUTDOWN = ("57P01", "57P02", "57P03")
_NO_DATABASE = re.compile(r'database "(?P<name>[^"]+)" does not exist')


def _server_fault(error: DBAPIError, url: URL) -> Message | None:
    cause = error.orig
    state = getattr(cause, "sqlstate", None)
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    reason = _first_line(cause)
    dropped = _NO_DATABASE.search(reason)
    if state == "3D000" or dropped:
        name = dropped["name"] if dropped else url.database
        return QT_TRANSLATE_NOOP(
            "Messages",
            "The database {name} no longer exists on the server {server}; nothing was saved, ask "
            "its administrator to restore it or point AssistDesk at another database.",
        ).format(name=name, server=where)
    refusal = reason.rsplit(" failed: ", 1)[-1].strip()
    if reason.startswith("connection failed") and not refusal.startswith("FATAL"):
        return QT_TRANSLATE_NOOP(
            "Messages",
            "Cannot reach the database server {server} ({reason}); nothing was saved, check that "
            "it is running and that this computer can reach it, then try again.",
        ).format(server=where, reason=refusal)
    if error.connection_invalidated or state in _SHUTDOWN:
        return QT_TRANSLATE_NOOP(
            "Messages",
            "Lost the connection to the database server {server} ({reason}); nothing was saved, "
            "try again.",
        ).format(server=where, reason=reason)
    if state == "53100":
        return QT_TRANSLATE_NOOP(
            "Messages",
            "The disk of the database server {server} is full; nothing was saved, ask its "
            "administrator to free some space, then try again.",
        ).format(server=where)
    if state == "25006":
        return QT_TRANSLATE_NOOP(
            "Messages",
            "The database server {server} only allows reading (a read-only or standby server); "
            "nothing was saved, point AssistDesk at the main server.",
        ).format(server=where)
    if state == "55P03":
        return QT_TRANSLATE_NOOP(
            "Messages",
            "The records this needs on {server} stayed locked by another workstation for longer "
            "than the server waits; nothing was saved, try again when it has finished.",
        ).format(server=where)
    if state in ("40001", "40P01"):
        return QT_TRANSLATE_NOOP(
            "Messages",
            "Another workstation changed the same records at the same moment; nothing was "
            "saved, try again.",
        ).format()
    return None


def breaks_unique(error: IntegrityError, constraint: str, table: str, *columns: str) -> bool:
    """Whether the write broke the unique constraint `constraint` on `table`'s `columns`
    (PostgreSQL names the constraint, SQLite the table and columns)."""
    cause = error.orig
    diag = getattr(cause, "diag", None)
    if diag is not None:
        return bool(getattr(diag, "constraint_name", None) == constraint)
    named = ", ".join(f"{table}.{column}" for column in columns)
    return str(cause) == f"UNIQUE constraint failed: {named}"


def _no_room(folder: Path) -> bool:
    """Whether the disk holding `folder` is (all but) full."""
    try:
        return shutil.disk_usage(folder).free < _ROOM
    except OSError:
        return False


_ROOM = 1 << 20  # less free space than this, and an I/O error is the disk being full


def _writable(folder: Path) -> bool:
    """Whether new files can be made in `folder` (an immutable folder or a read-only mount
    refuses even the superuser, and os.access says so)."""
    return os.access(folder, os.W_OK)


def _first_line(error: BaseException | None) -> str:
    lines = str(error).strip().splitlines()
    return lines[0].strip() if lines else type(error).__name__
