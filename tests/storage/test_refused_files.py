"""A SQLite file AssistDesk will not use — another program's database, one from a newer
AssistDesk, a file that is no database — is refused (exit status 2 on the command line) exactly
as it was: its bytes, its mode, its folder's mode, the files beside it (another program's
rollback journal included) and its journal mode. `--db` once made such a file 0600, its folder
0700, removed its journal and switched it to WAL for good before refusing it."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.core.errors import DomainError, UnavailableError
from app.storage.database import DatabaseTooNewError, open_database
from tests.cli.runner import Cli
from tests.storage.damage import write_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def state(folder: Path) -> dict[str, tuple[int, str]]:
    """Each entry of `folder` (and the folder itself, as "."): its mode and its bytes' digest."""
    entries = {".": (os.lstat(folder).st_mode, "")}
    for entry in folder.iterdir():
        status = os.lstat(entry)
        digest = hashlib.sha256(entry.read_bytes()).hexdigest() if entry.is_file() else ""
        entries[entry.name] = (status.st_mode, digest)
    return entries


def journal_mode(path: Path) -> str:
    """The journal mode stored in the file's header: WAL stays WAL, a rollback journal stays."""
    header = path.read_bytes()[:20]
    return "wal" if header[18:20] == b"\x02\x02" else "rollback"


def another_programs_database(folder: Path) -> Path:
    """A bookkeeping program's database, alone in its folder, with the journal it keeps
    (journal_mode=PERSIST leaves it beside the file), readable by everyone."""
    folder.mkdir()
    path = folder / "books.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=PERSIST")
    connection.execute("CREATE TABLE invoices (number INTEGER PRIMARY KEY, total TEXT)")
    connection.execute("INSERT INTO invoices VALUES (1, '10.00')")
    connection.commit()
    connection.close()
    for entry in folder.iterdir():
        entry.chmod(0o644)
    folder.chmod(0o755)
    return path


def newer_assistdesks_database(folder: Path) -> Path:
    """A database a newer AssistDesk wrote (WAL mode, closed), readable by everyone."""
    folder.mkdir()
    path = folder / "assistdesk.sqlite3"
    write_database(path, customers=2)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    assert sorted(p.name for p in folder.iterdir()) == ["assistdesk.sqlite3"]
    path.chmod(0o644)
    folder.chmod(0o755)
    return path


@pytest.mark.parametrize(
    ("make", "error", "says", "journal"),
    [
        (another_programs_database, DomainError, "tables AssistDesk did not create", "rollback"),
        (newer_assistdesks_database, DatabaseTooNewError, "newer version of AssistDesk", "wal"),
    ],
    ids=["another-program", "newer-assistdesk"],
)
def test_a_database_that_is_not_ours_to_use_is_refused_unchanged(
    tmp_path: Path, make: object, error: type[DomainError], says: str, journal: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert callable(make)
    path: Path = make(tmp_path / "folder")
    before = state(path.parent)
    assert journal_mode(path) == journal
    for _attempt in range(2):  # refused the same way again: nothing was changed the first time
        with pytest.raises(error, match=says) as caught:
            open_database(f"sqlite:///{path}")
        assert not isinstance(caught.value, UnavailableError)
        assert state(path.parent) == before
    cli = Cli(capsys, "--db", f"sqlite:///{path}", "--basedir", str(tmp_path / "state"))
    status, out, err = cli("session", "list")
    assert (status, out) == (2, "")
    assert says in err
    assert err.count("\n") == 1
    assert state(path.parent) == before
    assert journal_mode(path) == journal
    assert stat.S_IMODE(os.lstat(path).st_mode) == 0o644


def test_a_file_that_is_not_a_database_is_bad_input_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    notes = folder / "notes.txt"
    notes.write_text("Shopping list: milk, bread, a new hard disk for Ana.\n" * 50)
    notes.chmod(0o644)
    folder.chmod(0o755)
    before = state(folder)
    cli = Cli(capsys, "--db", f"sqlite:///{notes}", "--basedir", str(tmp_path / "state"))
    status, out, err = cli("customer", "add", "--name", "Ana")
    assert (status, out) == (2, "")
    assert err == (
        f"assistdesk: {notes} is not a SQLite database; give the path of AssistDesk's "
        "database, or of a file to create.\n"
    )
    assert state(folder) == before
