"""A SQLite database file before AssistDesk opens it for writing: AssistDesk's own, private to
its owner, and whole (see docs/storage.md). Everything here but `make_private` only reads.

`stored_schema` reads which schema the file holds over a read-only connection, so a database of
another program, or of a newer AssistDesk, is refused before anything (its mode, its folder's,
its journal mode, its side files) is changed.

`make_private` gives a new file mode 0600 and a new folder 0700 (app.private_files), and tightens
the existing file, its side files (-wal, -shm, -journal) and its backup copies when they are the
user's regular files (a symbolic link is never followed). An existing folder is tightened only
when it already held the database, holds nothing but this database's files (names starting with
its stem and a dot, as AssistDesk's data folder does) and is not shared (sticky or writable by
everyone): a home, a shared folder or /tmp named with `--db` keeps its mode.

`damage` runs SQLite's `PRAGMA quick_check` over a read-only connection, so a damaged file is
found before anything (an upgrade, its backup copy, the first write) touches it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

from app.private_files import private_file, private_folder, tighten, tighten_own_folder
from app.storage.schema import VERSION_TABLE, SchemaStatus, classify

SIDE_FILES = ("-wal", "-shm", "-journal")
SQLITE_CORRUPT = 11  # primary result codes; extended codes keep them in their low byte
SQLITE_NOTADB = 26
_HEADER = b"SQLite format 3\x00"
_TABLES = (  # as SQLAlchemy's inspector lists them: SQLite's own tables left out
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'"
)


def make_private(path: Path) -> None:
    """Create the folder and an empty database file readable by their owner only, or tighten
    the ones that exist (OSError when the folder cannot be made)."""
    created_folder = private_folder(path.parent)
    try:
        created_file = private_file(path)
    except OSError:
        return  # an unwritable folder or file system: SQLite says so in its own words
    if not (created_folder or created_file):
        tighten_own_folder(path.parent, lambda name: name.startswith(f"{path.stem}."))
    for side in side_files(path):
        tighten(side)
    for copy in path.parent.glob(f"{path.stem}.before-upgrade-from-*"):
        tighten(copy)


def side_files(path: Path) -> list[Path]:
    """Where SQLite keeps the database's write-ahead log, its index and its rollback journal."""
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def odd_side_file(path: Path) -> Path | None:
    """A side file that is not a regular file (a symbolic link, a folder, a pipe): SQLite would
    write its journal through it, so the database is not opened while it is there."""
    for side in side_files(path):
        with contextlib.suppress(OSError):
            if not stat.S_ISREG(os.lstat(side).st_mode):
                return side
    return None


def is_not_a_database(error: sqlite3.Error) -> bool:
    """Whether SQLite refused the file as not a database at all (a text file, an encrypted one)."""
    return getattr(error, "sqlite_errorcode", 0) & 0xFF == SQLITE_NOTADB


def stored_schema(path: Path, timeout: float) -> tuple[SchemaStatus, str | None] | None:
    """The schema status of the file, read without writing anything (EMPTY when there is no
    file yet); None when the file is too damaged to tell (`damage` says how). Other SQLite
    errors (locked, unreadable, not a database) are raised as they are.

    A read-only connection to a database in WAL mode makes its -wal and -shm files; when there
    are none (no connection is open), the file is read as it stands (immutable) instead, and
    read again the careful way should that fail (written meanwhile)."""
    if not path.is_file() or path.stat().st_size == 0:
        return SchemaStatus.EMPTY, None
    uri = path.resolve().as_uri()
    try:
        if _closed_in_wal_mode(path):
            with contextlib.suppress(sqlite3.DatabaseError):
                return classify(*_schema(sqlite3.connect(f"{uri}?immutable=1", uri=True)))
        return classify(*_schema(sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout)))
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF != SQLITE_CORRUPT:
            raise
        return None


def _schema(connection: sqlite3.Connection) -> tuple[list[str], str | None]:
    """The tables of the database and the revision in its version table; closes `connection`."""
    try:
        tables = [str(row[0]) for row in connection.execute(_TABLES)]
        if VERSION_TABLE not in tables:
            return tables, None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return tables, None if row is None else str(row[0])
    finally:
        connection.close()


def damage(
    path: Path, timeout: float, on_connect: Callable[[sqlite3.Connection], None] | None = None
) -> str | None:
    """What SQLite's quick_check finds wrong in the file (its first finding), or None when it
    passes or there is no file yet. Reads only; other SQLite errors (locked, unreadable, not a
    database, interrupted through the connection given to `on_connect`) are raised as they are."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)
    try:
        if on_connect is not None:
            on_connect(connection)
        found = [str(row[0]) for row in connection.execute("PRAGMA quick_check(1)")]
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF != SQLITE_CORRUPT:
            raise
        found = [str(error)]
    finally:
        connection.close()
    if found == ["ok"]:
        return None
    lines = [line for row in found for line in row.splitlines() if not line.startswith("***")]
    return lines[0] if lines else "quick_check failed"


def in_wal_mode(path: Path) -> bool:
    """Whether the file's header says write-ahead logging: opening it then writes nothing."""
    try:
        with path.open("rb") as file:
            header = file.read(20)
    except OSError:
        return False
    return header.startswith(_HEADER) and header[18:20] == b"\x02\x02"


def _closed_in_wal_mode(path: Path) -> bool:
    if any(side.exists() or side.is_symlink() for side in side_files(path)[:2]):
        return False
    try:
        with path.open("rb") as file:
            header = file.read(20)
    except OSError:
        return False
    return header.startswith(_HEADER) and header[18:20] == b"\x02\x02"
