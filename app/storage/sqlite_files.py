"""A SQLite database file before AssistDesk opens it for writing: private to its owner, and
whole (see docs/storage.md).

`make_private` gives a new file mode 0600 and a new folder 0700 (app.private_files), and tightens
the existing file, its side files (-wal, -shm, -journal) and its backup copies when they are the
user's. An existing folder is tightened only when it holds nothing but this database's files
(names starting with its stem and a dot, as AssistDesk's data folder does): a folder named with
`--db` that holds other things (a home or a shared folder) keeps its mode.

`damage` runs SQLite's `PRAGMA quick_check` over a read-only connection, so a damaged file is
found before anything (an upgrade, its backup copy, the first write) touches it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.private_files import private_file, private_folder, tighten

SIDE_FILES = ("-wal", "-shm", "-journal")
SQLITE_CORRUPT = 11  # the primary result code; extended codes keep it in their low byte


def make_private(path: Path) -> None:
    """Create the folder and an empty database file readable by their owner only, or tighten
    the ones that exist (OSError when the folder cannot be made)."""
    created = private_folder(path.parent)
    try:
        private_file(path)
    except OSError:
        return  # an unwritable folder or file system: SQLite says so in its own words
    if not created and _holds_only(path):
        tighten(path.parent, folder=True)
    for side in (path.with_name(path.name + suffix) for suffix in SIDE_FILES):
        tighten(side)
    for copy in path.parent.glob(f"{path.stem}.before-upgrade-from-*"):
        tighten(copy)


def _holds_only(path: Path) -> bool:
    """Whether everything in the file's folder is this database's: the file, its side files and
    its backup copies."""
    prefix = f"{path.stem}."
    try:
        return all(entry.name.startswith(prefix) for entry in path.parent.iterdir())
    except OSError:
        return False


def damage(path: Path, timeout: float) -> str | None:
    """What SQLite's quick_check finds wrong in the file (its first finding), or None when it
    passes or there is no file yet. Reads only; other SQLite errors (locked, unreadable, not a
    database) are raised as they are."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)
    try:
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
