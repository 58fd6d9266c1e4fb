"""At start, SQLite's quick_check: a damaged database is refused in one sentence (exit status 1
in the CLI, being the environment's fault) and nothing is written to it — no upgrade, no backup
copy, no page in its write-ahead log, not even a change of its mode."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.storage.database import DatabaseDamagedError, DatabaseUnavailableError, open_database
from app.storage.revisions import REVISIONS
from app.storage.sqlite_files import damage as quick_check
from tests.storage.damage import (
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
