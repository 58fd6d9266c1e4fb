"""When the environment fails, every command ends with one sentence on stderr and exit status 1,
without a traceback and without writing anything: the faults are made for real (see
tests/faults.py), on the backend where each exists. A bug gets the last-resort sentence, its
traceback goes to the log file only; Ctrl+C exits 130 quietly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select, table
from sqlalchemy.engine import make_url

from app.storage.database import open_database
from tests.cli.runner import Cli
from tests.databases import MigratedTemplates
from tests.faults import (
    TcpProxy,
    fill,
    read_only,
    small_disk,
    sqlite_write_lock,
    terminated_at,
    throwaway_database,
    with_pg_settings,
    with_query,
)

Result = tuple[int, str, str]

# A command of every area that opens the database, with arguments it would accept; `{out}` is a
# folder for the files a command writes.
DATABASE_COMMANDS = [
    ["db", "upgrade"],
    ["db", "compact"],
    ["customer", "add", "--name", "Bert Peeters"],
    ["session", "add", "--customer", "Ana Silva", "--accepted", "2026-11-20T10:00Z",
     "--ended", "2026-11-20T10:20Z", "--equipment", "Office PC"],
    ["session", "list", "--json"],
    ["session", "price"],
    ["service", "add", "--customer", "Ana Silva", "--date", "2026-11-20",
     "--description", "New disk", "--amount", "40"],
    ["appointment", "add", "--customer", "Ana Silva", "--at", "2026-11-25T10:00Z"],
    ["appointment", "list", "--date", "2026-11-25"],
    ["appointment", "reschedule", "1", "--at", "2026-11-26T10:00Z"],
    ["appointment", "cancel", "1"],
    ["appointment", "export", "--from", "2026-11-01", "--to", "2026-11-30",
     "--output", "{out}/november.ics"],
    ["invoice", "create", "--customer", "Ana Silva"],
    ["invoice", "list"],
    ["invoice", "pdf", "FT 2026/0001", "--output", "{out}/invoice.pdf"],
    ["invoice", "pay", "FT 2026/0001", "--amount", "10", "--date", "2026-11-20"],
    ["invoice", "credit", "FT 2026/0001", "--reason", "Goodwill"],
    ["mail", "outbox"],
    ["mail", "retry", "1"],
    ["mail", "release", "1"],
    ["mail", "discard", "1"],
    ["mail", "preview", "1"],
]  # fmt: skip
COMMAND_IDS = [" ".join(command[:2]) for command in DATABASE_COMMANDS]


def one_sentence(result: Result, status: int, beginning: str) -> str:
    """The contract: `status`, nothing on stdout, one line on stderr beginning as given."""
    code, out, err = result
    assert "Traceback" not in err
    assert (code, out) == (status, ""), err
    assert err.endswith("\n")
    [line] = err.splitlines()
    assert line.startswith("assistdesk: " + beginning), line
    return line.removeprefix("assistdesk: ")


def rows(url: str, name: str) -> int:
    db, _ = open_database(url)
    try:
        with db.reading() as orm:
            return int(orm.scalar(select(func.count()).select_from(table(name))) or 0)
    finally:
        db.dispose()


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """Settings enough to issue invoices, kept under a basedir of their own."""
    return tmp_path / "base"


def prepare(cli: Cli) -> None:
    """Ana, with a priced session to invoice."""
    for key, value in {"company.name": "Page Computers BV", "documents.timezone": "UTC"}.items():
        assert cli("settings", "set", key, value)[0] == 0
    cli.json("customer", "add", "--name", "Ana Silva", "--policy", "page-computers")
    cli.json("session", "add", "--customer", "Ana Silva",
             "--accepted", "2026-11-10T09:00Z", "--ended", "2026-11-10T09:12Z")  # fmt: skip


# -- every command ------------------------------------------------------------------------------


@pytest.mark.parametrize("command", DATABASE_COMMANDS, ids=COMMAND_IDS)
def test_every_command_says_the_server_cannot_be_reached(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    cli = Cli(capsys, "--db", "postgresql://nobody@127.0.0.1:1/x", "--basedir", str(tmp_path))
    assert cli("settings", "set", "company.name", "Page Computers BV")[0] == 0
    result = cli(*(word.format(out=out) for word in command))
    one_sentence(result, 1, "Cannot reach the database server 127.0.0.1:1 (Connection refused);")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("command", DATABASE_COMMANDS, ids=COMMAND_IDS)
def test_every_command_says_the_folder_is_read_only(
    command: list[str],
    tmp_path: Path,
    templates: MigratedTemplates,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    url = templates.fill(f"sqlite:///{folder / 'assistdesk.sqlite3'}")
    out = tmp_path / "out"
    out.mkdir()
    cli = Cli(capsys, "--db", url, "--basedir", str(tmp_path / "base"))
    prepare(cli)
    before = sorted(folder.iterdir()), (folder / "assistdesk.sqlite3").read_bytes()
    with read_only(folder):
        result = cli(*(word.format(out=out) for word in command))
    one_sentence(result, 1, f"The folder {folder} that holds the database is read-only")
    assert (sorted(folder.iterdir()), (folder / "assistdesk.sqlite3").read_bytes()) == before
    assert list(out.iterdir()) == []


# -- SQLite -------------------------------------------------------------------------------------


@pytest.fixture
def sqlite_db(sqlite_url: str, templates: MigratedTemplates) -> str:
    return templates.fill(sqlite_url)


def test_a_locked_database_uses_up_no_invoice_number(
    sqlite_db: str, office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = with_query(sqlite_db, timeout="0.2")
    cli = Cli(capsys, "--db", url, "--basedir", str(office))
    prepare(cli)
    with sqlite_write_lock(Path(make_url(sqlite_db).database or "")):
        sentence = one_sentence(
            cli("invoice", "create", "--customer", "Ana Silva"), 1, "The database "
        )
        one_sentence(cli("customer", "add", "--name", "Bert Peeters"), 1, "The database ")
    assert sentence.endswith(
        "has been locked by another AssistDesk (or another program) for more than 0.2 s; "
        "nothing was saved, try again when it has finished."
    )
    assert (rows(sqlite_db, "documents"), rows(sqlite_db, "customers")) == (0, 1)
    status, out, _ = cli("invoice", "create", "--customer", "Ana Silva")
    assert (status, out) == (0, "Issued FT 2026/0001 for Ana Silva: 15.00 EUR.\n")


def test_a_full_disk_is_one_sentence(
    sqlite_db: str, office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk("1m") as disk:
        path = disk / "assistdesk.sqlite3"
        shutil.copyfile(make_url(sqlite_db).database or "", path)
        cli = Cli(capsys, "--db", f"sqlite:///{path}", "--basedir", str(office))
        prepare(cli)
        fill(disk)
        result = cli("customer", "add", "--name", "Bert Peeters")
        (disk / "filler").unlink()
        assert rows(f"sqlite:///{path}", "customers") == 1
    assert one_sentence(result, 1, "The disk holding the database ") == (
        f"The disk holding the database {path} is full; nothing was saved, free some space on "
        "it and try again."
    )


def test_a_read_only_database_file_is_one_sentence(
    sqlite_db: str, office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(make_url(sqlite_db).database or "")
    cli = Cli(capsys, "--db", sqlite_db, "--basedir", str(office))
    prepare(cli)
    with read_only(path):
        result = cli("customer", "add", "--name", "Bert Peeters")
        listed = cli("session", "list", "--json")
    one_sentence(result, 1, f"The database file {path} is read-only; nothing was saved")
    assert listed[0] == 0  # reading a read-only database still works
    assert rows(sqlite_db, "customers") == 1


# -- PostgreSQL ---------------------------------------------------------------------------------


@pytest.fixture
def pg_db(pg_url: str, templates: MigratedTemplates) -> str:
    return templates.fill(pg_url)


def server(url: str) -> str:
    parsed = make_url(url)
    return f"{parsed.host}:{parsed.port or 5432}"


@pytest.mark.postgres
def test_a_connection_lost_mid_command_leaves_nothing_half_written(
    pg_db: str, postgres_server: str, office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`session add --equipment` writes the new equipment, then the session: the connection dies
    between the two, and neither is kept."""
    cli = Cli(capsys, "--db", pg_db, "--basedir", str(office))
    prepare(cli)
    with terminated_at("INSERT INTO sessions", postgres_server):
        result = cli("session", "add", "--customer", "Ana Silva", "--equipment", "Office PC",
                     "--accepted", "2026-11-12T09:00Z", "--ended", "2026-11-12T09:30Z")  # fmt: skip
    sentence = one_sentence(
        result, 1, f"Lost the connection to the database server {server(pg_db)}"
    )
    assert sentence.endswith("; nothing was saved, try again.")
    assert (rows(pg_db, "sessions"), rows(pg_db, "equipment")) == (1, 0)


@pytest.mark.postgres
def test_a_server_gone_mid_command_is_one_sentence(
    pg_db: str, office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upstream = make_url(pg_db)
    proxy = TcpProxy(upstream.host or "127.0.0.1", upstream.port or 5432)
    url = upstream.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    cli = Cli(capsys, "--db", url, "--basedir", str(office))
    prepare(cli)
    from sqlalchemy import Engine, event

    def server_goes(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.startswith("INSERT INTO customers"):
            proxy.stop()

    event.listen(Engine, "before_cursor_execute", server_goes)
    try:
        result = cli("customer", "add", "--name", "Bert Peeters")
    finally:
        event.remove(Engine, "before_cursor_execute", server_goes)
    one_sentence(result, 1, f"Lost the connection to the database server 127.0.0.1:{proxy.port}")
    assert rows(pg_db, "customers") == 1
    again = cli("customer", "add", "--name", "Bert Peeters")
    one_sentence(again, 1, f"Cannot reach the database server 127.0.0.1:{proxy.port} (")


@pytest.mark.postgres
def test_a_dropped_database_is_one_sentence(
    postgres_server: str,
    templates: MigratedTemplates,
    office: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with throwaway_database(postgres_server) as url:
        cli = Cli(capsys, "--db", templates.fill(url), "--basedir", str(office))
        prepare(cli)
        from tests.faults import drop_database

        drop_database(postgres_server, url)
        result = cli("invoice", "create", "--customer", "Ana Silva")
    name = make_url(url).database
    one_sentence(result, 1, f"The database {name} no longer exists on the server {server(url)};")


@pytest.mark.postgres
def test_a_read_only_server_is_one_sentence(
    pg_db: str, office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys, "--db", pg_db, "--basedir", str(office))
    prepare(cli)
    reading = Cli(
        capsys,
        "--db", with_pg_settings(pg_db, "default_transaction_read_only=on"),
        "--basedir", str(office),
    )  # fmt: skip
    result = reading("invoice", "create", "--customer", "Ana Silva")
    one_sentence(result, 1, f"The database server {server(pg_db)} only allows reading")
    assert reading("invoice", "list")[0] == 0
    status, out, _ = cli("invoice", "create", "--customer", "Ana Silva")
    assert (status, out) == (0, "Issued FT 2026/0001 for Ana Silva: 15.00 EUR.\n")


# -- the last-resort net ------------------------------------------------------------------------


def test_a_bug_is_one_sentence_and_its_traceback_goes_to_the_log(
    sqlite_db: str,
    office: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.services.customers import CustomerService

    def broken(*_args: object) -> None:
        raise RuntimeError("policy_id  missing\n[SQL: SELECT policy_id FROM customers]")

    monkeypatch.setattr(CustomerService, "add_customer", broken)
    cli = Cli(capsys, "--db", sqlite_db, "--basedir", str(office))
    log_file = office.resolve() / "logs" / "assistdesk.log"
    sentence = one_sentence(cli("customer", "add", "--name", "Ana"), 1, "AssistDesk hit")
    assert sentence == (
        "AssistDesk hit an unexpected problem: RuntimeError: policy_id missing; details are "
        f"in {log_file}."
    )
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error in `assistdesk customer add`" in logged
    assert "Traceback (most recent call last)" in logged
    assert "in broken" in logged
    assert "[SQL: SELECT policy_id FROM customers]" in logged


def test_a_bug_is_one_sentence_even_when_the_log_cannot_be_written(
    sqlite_db: str,
    office: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.services.customers import CustomerService

    monkeypatch.setattr(CustomerService, "add_customer", lambda *_: 1 / 0)
    (office / "logs").mkdir(parents=True)
    cli = Cli(capsys, "--db", sqlite_db, "--basedir", str(office))
    with read_only(office / "logs"):
        result = cli("customer", "add", "--name", "Ana")
    assert one_sentence(result, 1, "AssistDesk hit") == (
        "AssistDesk hit an unexpected problem: ZeroDivisionError: division by zero; the details "
        "could not be logged."
    )


def test_ctrl_c_exits_130_quietly(
    sqlite_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.session_listing import SessionListing

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(SessionListing, "sessions", interrupted)
    assert Cli(capsys, "--db", sqlite_db)("session", "list") == (130, "", "")
