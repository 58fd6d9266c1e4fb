"""The `assistdesk` command line is a contract other programs rely on; these tests hold it."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import version
from app.storage.revisions import REVISIONS
from tests.cli.runner import Cli, main
from tests.storage.damage import damaged_database, fingerprint, side_files_hold_nothing


@pytest.fixture
def cli(migrated_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(capsys, "--db", migrated_url)


def session_count(cli: Cli) -> int:
    sessions = cli.json("session", "list", "--json")
    assert isinstance(sessions, list)
    return len(sessions)


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Pretend the system's time zone is Lisbon (UTC+0 in winter, UTC+1 in summer)."""
    monkeypatch.setenv("TZ", "Europe/Lisbon")
    time.tzset()
    yield "Europe/Lisbon"
    monkeypatch.undo()
    time.tzset()


def test_customer_add_prints_id_and_name(cli: Cli) -> None:
    first = cli.json("customer", "add", "--name", "Ana Silva", "--email", "ana@example.com")
    second = cli.json("customer", "add", "--name", "Page Computers", "--policy", "page-computers")
    assert first == {"id": first["id"], "name": "Ana Silva"}
    assert second["name"] == "Page Computers"
    assert first["id"] != second["id"]


def test_session_add_prints_the_stored_session(cli: Cli) -> None:
    cli.json("customer", "add", "--name", "Ana Silva")
    added = cli.json(
        "session", "add", "--customer", "Ana Silva",
        "--accepted", "2026-11-20T10:00:00+01:00", "--ended", "2026-11-20T10:23:30+01:00",
        "--outcome", "unresolved", "--tool", "anydesk", "--remote-id", "123 456 789",
        "--equipment", "Office PC", "--notes", "printer driver",
    )  # fmt: skip
    assert isinstance(added, dict)
    assert added["customer"] == "Ana Silva"
    assert added["accepted_at"] == "2026-11-20T09:00:00Z"
    assert added["ended_at"] == "2026-11-20T09:23:30Z"
    assert added["duration_seconds"] == 23 * 60 + 30
    assert added["outcome"] == "unresolved"
    assert (added["tool"], added["remote_id"], added["equipment"]) == (
        "anydesk", "123 456 789", "Office PC",
    )  # fmt: skip
    assert added["notes"] == "printer driver"
    assert cli.json("session", "list", "--json") == [added]


def test_time_without_offset_is_read_in_the_local_zone(cli: Cli, local_zone: str) -> None:
    cli.json("customer", "add", "--name", "Ana")
    summer = cli.json(
        "session", "add", "--customer", "Ana",
        "--accepted", "2026-07-01T10:00", "--ended", "2026-07-01T10:30",
    )  # fmt: skip
    winter = cli.json(
        "session", "add", "--customer", "Ana",
        "--accepted", "2026-01-05T10:00", "--ended", "2026-01-05T10:30",
    )  # fmt: skip
    assert summer["accepted_at"] == "2026-07-01T09:00:00Z"
    assert winter["accepted_at"] == "2026-01-05T10:00:00Z"


def test_session_list_is_oldest_first_and_filters(cli: Cli, local_zone: str) -> None:
    for name in ("Ana", "Bruno"):
        cli.json("customer", "add", "--name", name)
    for customer, day in (("Bruno", "2026-11-03"), ("Ana", "2026-11-01"), ("Ana", "2026-11-02")):
        cli.json(
            "session", "add", "--customer", customer,
            "--accepted", f"{day}T23:30", "--ended", f"{day}T23:50",
        )  # fmt: skip
    listed = cli.json("session", "list", "--json")
    assert isinstance(listed, list)
    assert [s["accepted_at"][:10] for s in listed] == ["2026-11-01", "2026-11-02", "2026-11-03"]
    ana = cli.json("session", "list", "--customer", "ana", "--json")
    assert [s["customer"] for s in ana] == ["Ana", "Ana"]
    window = cli.json("session", "list", "--from", "2026-11-02", "--to", "2026-11-03", "--json")
    assert [s["accepted_at"][:10] for s in window] == ["2026-11-02", "2026-11-03"]
    assert cli.json("session", "list", "--to", "2026-11-01", "--json") == [listed[0]]


def test_session_list_without_json_is_a_readable_table(cli: Cli) -> None:
    cli.json("customer", "add", "--name", "Ana")
    cli.json(
        "session", "add", "--customer", "Ana",
        "--accepted", "2026-11-20T10:00Z", "--ended", "2026-11-20T11:02:03Z",
    )  # fmt: skip
    status, out, _ = cli("session", "list")
    assert status == 0
    assert "01:02:03" in out
    assert "Ana" in out


def when(accepted: str, ended: str) -> list[str]:
    return ["--accepted", accepted, "--ended", ended]


GOOD = when("2026-11-20T10:00Z", "2026-11-20T10:30Z")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--customer", "Nobody", *GOOD], "No customer is named 'Nobody'"),
        (["--customer", "Ana", *when("2026-11-20T10:00Z", "2026-11-20T09:00Z")], "ended"),
        (["--customer", "Ana", *when("last tuesday", "2026-11-20T10:30Z")], "ISO 8601"),
        (["--customer", "Ana", *GOOD, "--outcome", "maybe"], "Unknown outcome 'maybe'"),
        (["--customer", "Ana", *GOOD, "--tool", "skype"], "Unknown remote tool 'skype'"),
        (["--customer", "Ana", *GOOD, "--policy", "Not A Policy"], "not a policy id"),
        (["--customer", "Ana", "--accepted", "2026-11-20T10:00Z"], "required: --ended"),
        (["--customer", "Ana", *when("2099-01-01T10:00Z", "2099-01-01T11:00Z")], "future"),
    ],
    ids=["unknown-customer", "ended-before-accepted", "bad-time", "bad-outcome", "bad-tool",
         "bad-policy", "missing-ended", "future"],
)  # fmt: skip
def test_bad_session_input_exits_2_with_one_sentence_and_writes_nothing(
    cli: Cli, args: list[str], says: str
) -> None:
    cli.json("customer", "add", "--name", "Ana")
    status, out, err = cli("session", "add", *args)
    assert status == 2
    assert out == ""
    assert says in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert session_count(cli) == 0


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["customer", "add", "--name", "  "], "needs a name"),
        (["customer", "add", "--name", "Ana", "--email", "not-an-email"], "not an email address"),
        (["session", "list", "--from", "24/11/2026"], "not an ISO 8601 date"),
        (["session", "list", "--from", "2026-11-05", "--to", "2026-11-01"], "is after"),
        (["session", "list", "--customer", "Nobody"], "No customer is named"),
        (["session", "frobnicate"], "invalid choice"),
    ],
)
def test_other_bad_input_exits_2(cli: Cli, args: list[str], says: str) -> None:
    status, out, err = cli(*args)
    assert (status, out) == (2, "")
    assert says in err
    assert len(err.strip().splitlines()) == 1


def test_duplicate_customer_is_refused(cli: Cli) -> None:
    cli.json("customer", "add", "--name", "Ana Silva")
    status, _, err = cli("customer", "add", "--name", "ana  silva")
    assert status == 2
    assert "already exists" in err


def test_equipment_named_in_session_add_is_reused(cli: Cli) -> None:
    cli.json("customer", "add", "--name", "Ana")
    for _ in range(2):
        cli.json("session", "add", "--customer", "Ana", *GOOD, "--equipment", "Office PC")
    sessions = cli.json("session", "list", "--json")
    assert [s["equipment"] for s in sessions] == ["Office PC", "Office PC"]


def test_db_upgrade_creates_then_reports_up_to_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--basedir", str(tmp_path), "db", "upgrade"]) == 0
    assert "upgraded from schema none" in capsys.readouterr().out
    assert (tmp_path / "data" / "assistdesk.sqlite3").exists()
    assert main(["--basedir", str(tmp_path), "db", "upgrade"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_assistdesk_db_environment_variable_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setenv("ASSISTDESK_DB", f"sqlite:///{target}")
    assert main(["--basedir", str(tmp_path / "base"), "customer", "add", "--name", "Ana"]) == 0
    assert target.exists()
    assert not (tmp_path / "base" / "data" / "assistdesk.sqlite3").exists()


def test_unsupported_database_url_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "mysql://localhost/x", "session", "list"]) == 2
    assert "SQLite or PostgreSQL" in capsys.readouterr().err


def test_unreachable_database_exits_1_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--db", "postgresql://nobody@127.0.0.1:1/x", "session", "list"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.startswith("assistdesk: Cannot reach the database server 127.0.0.1:1 (")
    assert "Traceback" not in err


@pytest.mark.slow
@pytest.mark.parametrize(
    "entry", [["-m", "app"], ["-c", "from app.cli import main; raise SystemExit(main())"]]
)
def test_version_from_python_m_app_and_entry_point(entry: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, *entry, "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"assistdesk {version()}"


@pytest.mark.slow
def test_console_script_reports_bad_input_without_traceback(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("assistdesk")
    done = subprocess.run(
        [str(script), "--basedir", str(tmp_path), "session", "add", "--customer", "X", *GOOD],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == "assistdesk: No customer is named 'X'; add them first.\n"


@pytest.mark.parametrize(
    "command",
    [["session", "list"], ["customer", "add", "--name", "Ana"], ["db", "upgrade"]],
    ids=["read", "write", "upgrade"],
)
def test_a_damaged_database_exits_1_in_one_sentence_and_is_left_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = tmp_path / "assistdesk.sqlite3"
    before = damaged_database(path, REVISIONS[0])  # outdated too: not upgraded, not copied
    status = main(["--db", f"sqlite:///{path}", *command])
    out, err = capsys.readouterr()
    assert (status, out) == (1, "")
    assert err.startswith(f"assistdesk: The database {path} is damaged (On tree page ")
    assert err.endswith("put your latest backup of it in its place.\n")
    assert err.count("\n") == 1
    assert fingerprint(path) == before
    assert side_files_hold_nothing(path)
    assert [p.name for p in tmp_path.glob("*.sqlite3")] == [path.name]  # no backup copy


@pytest.mark.slow
def test_the_console_script_refuses_a_damaged_database(tmp_path: Path) -> None:
    path = tmp_path / "assistdesk.sqlite3"
    before = damaged_database(path)
    script = Path(sys.executable).with_name("assistdesk")
    done = subprocess.run(
        [str(script), "--db", f"sqlite:///{path}", "session", "list"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.startswith(f"assistdesk: The database {path} is damaged")
    assert done.stderr.count("\n") == 1
    assert (fingerprint(path), side_files_hold_nothing(path)) == (before, True)
