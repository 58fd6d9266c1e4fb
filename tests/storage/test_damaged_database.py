"""At start, SQLite's quick_check: a damaged database is refused in one sentence (exit status 1
in the CLI, being the environment's fault) and nothing is written to it — no upgrade, no backup
copy, no page in its write-ahead log, not even a change of its mode."""

from __future__ import annotations

import sqlite3
import stat
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import app.storage.database
from app.storage.database import DatabaseDamagedError, DatabaseUnavailableError, open_database
from app.storage.models import CustomerRow
from app.storage.revisions import REVISIONS
from app.storage.sqlite_files import damage as quick_check
from tests.storage.damage import (
    CREATED,
    damage,
    damaged_database,
    fingerprint,
    side_files_hold_nothing,
    write_database,
)

SENTENCE_END = (
    "so AssistDesk will not write to it; close AssistDesk and put your latest backup of it in "
    "its place."
)


def folder_state(path: Path) -> dict[str, int]:
    """Each file beside `path` (side files left out) with its mode."""
    return {
        entry.name: stat.S_IMODE(entry.stat().st_mode)
        for entry in path.parent.iterdir()
        if not entry.name.endswith(("-wal", "-shm"))
    }


@pytest.mark.parametrize("revision", ["head", REVISIONS[0]], ids=["current", "outdated"])
def test_a_damaged_database_is_refused_and_left_exactly_as_it_was(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "assistdesk.sqlite3"
    before = damaged_database(path, revision)
    path.chmod(0o644)  # as an older AssistDesk left it: not even this is changed
    files = folder_state(path)

    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(f"sqlite:///{path}")

    message = str(caught.value)
    assert message.startswith(f"The database {path} is damaged (On tree page ")
    assert message.endswith(SENTENCE_END)
    assert "\n" not in message
    assert isinstance(caught.value, DatabaseUnavailableError)  # the CLI's exit status 1
    assert fingerprint(path) == before
    assert side_files_hold_nothing(path)
    assert folder_state(path) == files  # no backup copy, no mode changed


def test_quick_check_passes_a_whole_database_and_names_the_first_problem(tmp_path: Path) -> None:
    path = tmp_path / "assistdesk.sqlite3"
    write_database(path)
    assert quick_check(path, timeout=1) is None
    damage(path)
    problem = quick_check(path, timeout=1)
    assert problem is not None
    assert problem.startswith("On tree page ")
    assert "out of range" in problem
    assert quick_check(tmp_path / "missing.sqlite3", timeout=1) is None  # a new database


def test_a_whole_database_opens_after_the_check(tmp_path: Path) -> None:
    path = tmp_path / "assistdesk.sqlite3"
    write_database(path)
    db, report = open_database(f"sqlite:///{path}")
    db.dispose()
    assert not report.changed


def test_checked_in_the_background_a_damaged_database_is_never_written(tmp_path: Path) -> None:
    """The GUI opens a file at this schema at once and checks it meanwhile: the first write
    waits for the check and is refused with the same sentence; the file stays as it was."""
    path = tmp_path / "assistdesk.sqlite3"
    before = damaged_database(path)

    db, report = open_database(f"sqlite:///{path}", check_in_background=True)
    try:
        assert not report.changed
        with pytest.raises(DatabaseDamagedError) as caught, db.transaction() as orm:
            orm.add(CustomerRow(name="Never written", created_at=CREATED))
        assert str(caught.value).endswith(SENTENCE_END)
        with pytest.raises(DatabaseDamagedError):
            db.integrity_checked()
    finally:
        db.dispose()
    assert fingerprint(path) == before
    assert side_files_hold_nothing(path)


def test_checked_in_the_background_a_whole_database_is_written_once_checked(
    tmp_path: Path,
) -> None:
    path = tmp_path / "assistdesk.sqlite3"
    write_database(path)
    db, _ = open_database(f"sqlite:///{path}", check_in_background=True)
    try:
        with db.transaction() as orm:
            orm.add(CustomerRow(name="Written", created_at=CREATED))
        db.integrity_checked()  # passed
        with db.reading() as orm:
            assert orm.scalar(select(func.count()).select_from(CustomerRow)) == 301
    finally:
        db.dispose()


def test_an_outdated_database_is_checked_before_its_upgrade_even_when_asked_for_later(
    tmp_path: Path,
) -> None:
    path = tmp_path / "assistdesk.sqlite3"
    before = damaged_database(path, REVISIONS[0])
    with pytest.raises(DatabaseDamagedError):
        open_database(f"sqlite:///{path}", check_in_background=True)
    assert fingerprint(path) == before


def test_closing_during_the_check_stops_it_and_refuses_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def endless_check(path: Path, timeout: float, on_connect: Any) -> str | None:
        with closing(sqlite3.connect(":memory:")) as connection:
            on_connect(connection)
            endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
            connection.execute(endless + "SELECT count(*) FROM c").fetchone()
        return None

    monkeypatch.setattr(app.storage.database, "damage", endless_check)
    path = tmp_path / "assistdesk.sqlite3"
    write_database(path)
    db, _ = open_database(f"sqlite:///{path}", check_in_background=True)
    try:
        db.stop_checking()  # returns: the check is stopped, not waited for
        with pytest.raises(DatabaseUnavailableError, match="not checked to the end"):
            db.integrity_checked()
        with pytest.raises(DatabaseUnavailableError), db.transaction():
            pass
    finally:
        db.dispose()
