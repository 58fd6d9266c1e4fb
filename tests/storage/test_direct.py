"""Reading without SQLAlchemy (app.storage.direct): `session list` reads what a normal
transaction reads, on both backends, and anything the normal path would check, refuse or
upgrade leaves the reading to it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage.database import open_database
from app.storage.direct import direct_reading, sqlite_path
from tests.cli.runner import Cli
from tests.conftest import START
from tests.databases import MigratedTemplates

ROOT = Path(__file__).resolve().parents[2]
# `assistdesk ARGS` in a fresh interpreter; prints its exit status and whether SQLAlchemy was
# imported, after what the command printed
PROBE = """
import sys
from app.cli import main
from app.core.clock import ManualClock
from datetime import datetime
status = main(sys.argv[1:], clock=ManualClock(datetime.fromisoformat(%r)))
sys.stdout.flush()
print("\\nPROBE", status, "sqlalchemy" in sys.modules)
"""


def probe(*args: str) -> tuple[int, str, bool, str]:
    """(exit status, what it printed, whether SQLAlchemy was imported, stderr)."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE % START.isoformat(), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "TZ": "UTC"},
    )  # fmt: skip
    out, _, tail = done.stdout.rpartition("\nPROBE ")
    status, imported = tail.split()
    return int(status), out, imported == "True", done.stderr


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The system's zone is UTC here as in the probe's process (dates and the table's times)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def cli(migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return office_log(Cli(capsys, "--db", migrated_url, "--basedir", str(tmp_path / "home")))


def office_log(cli: Cli) -> Cli:
    """Two customers' sessions, one invoiced and credited."""
    assert cli("settings", "set", "company.name", "Page Computers BV")[0] == 0
    for name in ("Ana Silva", "Bruno"):
        cli.json("customer", "add", "--name", name, "--policy", "page-computers")
    for customer, day in (("Bruno", "2026-11-04"), ("Ana Silva", "2026-11-03")):
        cli.json(
            "session", "add", "--customer", customer,
            "--accepted", f"{day}T09:00Z", "--ended", f"{day}T09:12Z",
        )  # fmt: skip
    invoiced = cli.json("invoice", "create", "--customer", "Ana Silva", "--json")
    cli.json("invoice", "credit", invoiced["number"], "--reason", "Test", "--json")
    return cli


def test_session_list_reads_without_sqlalchemy_and_prints_the_same(
    cli: Cli, migrated_url: str, tmp_path: Path
) -> None:
    for args in (["--json"], ["--customer", "ana  SILVA", "--json"], ["--from", "2026-11-04"], []):
        status, out, imported, err = probe(*cli.prefix, "session", "list", *args)
        assert (status, err) == (0, "")
        assert not imported, args
        _, normal, _ = cli("session", "list", *args)
        assert out == normal
    listed = json.loads(probe(*cli.prefix, "session", "list", "--json")[1])
    assert [len(s["documents"]) for s in listed] == [2, 0]  # Ana's invoice and credit note


def test_an_unknown_customer_is_said_by_the_normal_path(cli: Cli, migrated_url: str) -> None:
    status, out, _, err = probe(*cli.prefix, "session", "list", "--customer", "Zoe")
    assert (status, out) == (2, "")
    assert err == "assistdesk: No customer is named 'Zoe'; add them first.\n"


def test_a_file_changed_elsewhere_is_checked_first(
    sqlite_url: str,
    templates: MigratedTemplates,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    migrated_url = templates.fill(sqlite_url)
    cli = office_log(Cli(capsys, "--db", migrated_url, "--basedir", str(tmp_path / "home")))
    path = sqlite_path(migrated_url)
    assert path is not None
    with direct_reading(migrated_url) as reader:
        assert reader is not None  # AssistDesk's own writes keep the stamp
    before = path.stat()
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns - 10**10))  # as a copy might
    with direct_reading(migrated_url) as reader:
        assert reader is None
    status, _, imported, _ = probe(*cli.prefix, "session", "list", "--json")
    assert status == 0
    assert imported  # the normal path checked the whole file...
    status, _, imported, _ = probe(*cli.prefix, "session", "list", "--json")
    assert not imported  # ...and kept its stamp


def test_another_schema_is_left_to_the_normal_path(cli: Cli, migrated_url: str) -> None:
    db, _ = open_database(migrated_url)
    try:
        with db.transaction() as orm:
            orm.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    finally:
        db.dispose()
    with direct_reading(migrated_url) as reader:
        assert reader is None
    status, out, imported, err = probe(*cli.prefix, "session", "list")
    assert (status, out) == (2, "")
    assert imported
    assert "written by a newer version of AssistDesk (schema 9999" in err


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:///{tmp}/assistdesk.sqlite3?timeout=5",  # options: the normal path reads them
        "sqlite:///{tmp}/missing.sqlite3",
        "sqlite:///{tmp}",  # a folder
        "sqlite:///:memory:",
        "postgresql+psycopg://nobody@127.0.0.1:1/none",  # no server there
        "mysql://127.0.0.1/test",
    ],
)
def test_doubtful_places_are_left_to_the_normal_path(url: str, tmp_path: Path) -> None:
    db, _ = open_database(f"sqlite:///{tmp_path}/assistdesk.sqlite3")
    db.dispose()
    with direct_reading(url.format(tmp=tmp_path)) as reader:
        assert reader is None
