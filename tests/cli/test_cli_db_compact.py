"""`assistdesk db compact`: the space SQLite no longer uses goes back to the disk (after the
upgrade to integer instants, say), nothing stored changes, and a locked file is one sentence."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.storage.checked_files import checked_stamp, stamp
from tests.cli.runner import Cli
from tests.cli.test_cli_faults import one_sentence
from tests.faults import sqlite_write_lock, with_query


def customers(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT id, name, created_at FROM customers").fetchall()


@pytest.fixture
def database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A database that once held 3,000 customers and now holds one: its pages are free."""
    path = tmp_path / "assistdesk.sqlite3"
    cli = Cli(capsys, "--db", f"sqlite:///{path}", "--basedir", str(tmp_path))
    assert cli("customer", "add", "--name", "Ana Silva")[0] == 0
    with closing(sqlite3.connect(path)) as connection:
        connection.executemany(
            "INSERT INTO customers (name, email, phone, address, vat_id, policy_id, created_at) "
            "VALUES (?, ?, '', '', '', '', 0)",
            [(f"Customer {i}", "x" * 500) for i in range(3000)],
        )
        connection.execute("DELETE FROM customers WHERE name LIKE 'Customer %'")
        connection.commit()
    return path


def test_the_free_space_goes_back_and_nothing_stored_changes(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys, "--db", f"sqlite:///{database}", "--basedir", str(database.parent))
    before = customers(database)
    size = database.stat().st_size

    status, out, err = cli("db", "compact")

    assert (status, err) == (0, "")
    assert database.stat().st_size < size / 4
    assert out.startswith(f"{database} compacted: {size / 1e6:,.1f} MB before, ")
    assert out.endswith(f" {database.stat().st_size / 1e6:,.1f} MB now.\n")
    assert customers(database) == before
    assert checked_stamp(database) == stamp(database)  # its own change: no check at next start


def test_a_locked_database_is_one_sentence_and_left_as_it_was(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = with_query(f"sqlite:///{database}", timeout="0.2")
    cli = Cli(capsys, "--db", url, "--basedir", str(database.parent))
    size = database.stat().st_size

    with sqlite_write_lock(database):
        sentence = one_sentence(cli("db", "compact"), 1, "The database ")

    assert "locked by another AssistDesk" in sentence
    assert database.stat().st_size == size


@pytest.mark.postgres
def test_postgresql_reclaims_space_itself(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys, "--db", pg_url, "--basedir", str(tmp_path))

    status, out, _ = cli("db", "compact")

    assert status == 0
    assert out.endswith(" is on PostgreSQL, which reclaims space itself; nothing was done.\n")
