"""A failing database is one sentence (DatabaseUnavailableError) and nothing half-written: the
faults are made for real on each backend where they exist — a lock held past the busy timeout, a
full disk, a read-only file, folder or server, a connection killed under a command, a server gone,
a database dropped."""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from app.core.clock import ManualClock
from app.core.errors import DomainError, UnavailableError
from app.core.parties import Customer
from app.services.customers import CustomerService
from app.storage.database import Database, DatabaseUnavailableError, open_database
from app.storage.engine import busy_timeout, normalise_url
from app.storage.faults import database_fault
from app.storage.models import CustomerRow
from tests.databases import MigratedTemplates
from tests.faults import (
    TcpProxy,
    drop_database,
    fill,
    read_only,
    small_disk,
    sqlite_write_lock,
    terminated_at,
    throwaway_database,
    with_pg_settings,
    with_query,
)


def customers_in(db: Database) -> int:
    with db.reading() as orm:
        return int(orm.scalar(select(func.count()).select_from(CustomerRow)) or 0)


def add(db: Database, clock: ManualClock, name: str = "Ana Silva") -> None:
    CustomerService(db, clock).add_customer(Customer(name, address="Rua do Ouro 1, Lisboa"))


@pytest.fixture
def sqlite_db(sqlite_url: str, templates: MigratedTemplates) -> str:
    return templates.fill(sqlite_url)


def sqlite_path(url: str) -> Path:
    database = make_url(url).database
    assert database
    return Path(database)


@pytest.fixture
def opened() -> Iterator[list[Database]]:
    """Databases a test opened, disposed at its end."""
    dbs: list[Database] = []
    yield dbs
    for db in dbs:
        db.dispose()


def open_(url: str, opened: list[Database]) -> Database:
    db, _ = open_database(url)
    opened.append(db)
    return db


# -- SQLite -------------------------------------------------------------------------------------


def test_a_write_lock_held_past_the_busy_timeout_is_one_sentence(
    sqlite_db: str, clock: ManualClock, opened: list[Database]
) -> None:
    db = open_(with_query(sqlite_db, timeout="0.3"), opened)
    path = sqlite_path(sqlite_db)
    started = time.monotonic()
    with sqlite_write_lock(path), pytest.raises(DatabaseUnavailableError) as caught:
        add(db, clock)
    assert time.monotonic() - started >= 0.3  # it waited first, as a second workstation should
    assert str(caught.value) == (
        f"The database {path} has been locked by another AssistDesk (or another program) for "
        "more than 0.3 s; nothing was saved, try again when it has finished."
    )
    assert isinstance(caught.value, UnavailableError)
    assert customers_in(db) == 0
    add(db, clock)  # once the other has finished, the same database works
    assert customers_in(db) == 1


def test_the_busy_timeout_is_15_s_unless_the_url_says_otherwise(
    sqlite_db: str, opened: list[Database]
) -> None:
    from sqlalchemy import text

    db = open_(with_query(sqlite_db, timeout="2.5"), opened)
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 2500
    assert busy_timeout(normalise_url("sqlite:////data/assistdesk.sqlite3")) == 15
    assert busy_timeout(normalise_url("sqlite:////data/assistdesk.sqlite3?timeout=2.5")) == 2.5
    for wrong in ("soon", "-1", "nan", "1e9"):
        with pytest.raises(DomainError, match="is not a number of seconds from 0 to 3600"):
            busy_timeout(normalise_url(f"sqlite:////data/a.sqlite3?timeout={wrong}"))


def test_a_full_disk_is_one_sentence_and_nothing_is_written(
    sqlite_db: str, clock: ManualClock, opened: list[Database]
) -> None:
    with small_disk("1m") as disk:
        path = disk / "assistdesk.sqlite3"
        shutil.copyfile(sqlite_path(sqlite_db), path)
        db = open_(f"sqlite:///{path}", opened)
        fill(disk)
        with pytest.raises(DatabaseUnavailableError) as caught:
            add(db, clock)
        assert str(caught.value) == (
            f"The disk holding the database {path} is full; nothing was saved, free some space "
            "on it and try again."
        )
        (disk / "filler").unlink()
        assert customers_in(db) == 0
        db.dispose()


def test_a_database_at_its_size_limit_reads_as_a_full_disk(
    sqlite_db: str, clock: ManualClock, opened: list[Database]
) -> None:
    """SQLite's own limit (max_page_count) gives the same SQLITE_FULL as a full disk, without a
    tmpfs: the same sentence wherever these tests run."""
    from sqlalchemy import event

    db = open_(sqlite_db, opened)
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def at_its_limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    with pytest.raises(DatabaseUnavailableError, match=r"^The disk holding the database .* full"):
        CustomerService(db, clock).add_customer(Customer("Ana", address="Rua do Ouro " * 2000))
    assert customers_in(db) == 0


def test_a_read_only_database_file_is_one_sentence(
    sqlite_db: str, clock: ManualClock, opened: list[Database]
) -> None:
    path = sqlite_path(sqlite_db)
    db = open_(sqlite_db, opened)
    db.engine.dispose()  # connections opened from now on meet the read-only file
    with read_only(path):
        with pytest.raises(DatabaseUnavailableError) as caught:
            add(db, clock)
        assert str(caught.value) == (
            f"The database file {path} is read-only; nothing was saved, make it writable for "
            "your user and try again."
        )
        assert customers_in(db) == 0  # reading still works
        db.engine.dispose()


def test_a_read_only_folder_is_one_sentence(sqlite_db: str) -> None:
    """SQLite writes its journal beside the file: a folder that refuses new files refuses the
    database, though the file itself is writable."""
    path = sqlite_path(sqlite_db)
    with read_only(path.parent), pytest.raises(DatabaseUnavailableError) as caught:
        open_database(sqlite_db)
    assert str(caught.value) == (
        f"The folder {path.parent} that holds the database is read-only, and AssistDesk must "
        "write beside the file; nothing was saved, make the folder writable and try again."
    )


def test_a_database_folder_that_cannot_be_made_is_one_sentence(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    with read_only(shared), pytest.raises(DatabaseUnavailableError) as caught:
        open_database(f"sqlite:///{shared / 'office' / 'assistdesk.sqlite3'}")
    assert str(caught.value).startswith(f"AssistDesk may not write {shared / 'office'} (")
    assert str(caught.value).endswith(
        "); nothing was saved, make it writable for your user or give another database, then "
        "try again."
    )
    assert not (shared / "office").exists()


def test_the_sqlite_errors_themselves_are_translated(tmp_path: Path) -> None:
    """The errors sqlite3 raises, made without root or a special file system: a connection
    opened read-only (mode=ro) that writes, a second writer that gives up at once."""
    path = tmp_path / "a.sqlite3"
    url = normalise_url(f"sqlite:///{path}")
    setup = sqlite3.connect(path, isolation_level=None)
    setup.execute("CREATE TABLE t (x)")
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as read_only_error:
        reader.execute("INSERT INTO t VALUES (1)")
    reader.close()
    setup.execute("BEGIN IMMEDIATE")
    writer = sqlite3.connect(path, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError) as busy_error:
        writer.execute("BEGIN IMMEDIATE")
    writer.close()
    setup.close()
    fault = database_fault(read_only_error.value, url)
    assert fault is not None
    assert str(fault).startswith(f"The database file {path} is read-only;")
    fault = database_fault(busy_error.value, url)
    assert fault is not None
    assert str(fault).startswith(f"The database {path} has been locked by another AssistDesk")
    assert "more than 15 s" in str(fault)
    assert database_fault(sqlite3.OperationalError("no such table: t"), url) is None  # a bug


# -- PostgreSQL ---------------------------------------------------------------------------------


@pytest.fixture
def pg_db(pg_url: str, templates: MigratedTemplates) -> str:
    return templates.fill(pg_url)


def server_of(url: str) -> str:
    parsed = make_url(url)
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}"


@pytest.mark.postgres
def test_a_connection_killed_mid_command_is_one_sentence_and_nothing_is_saved(
    pg_db: str, postgres_server: str, clock: ManualClock, opened: list[Database]
) -> None:
    db = open_(pg_db, opened)
    with (
        terminated_at("INSERT INTO customers", postgres_server, db.engine),
        pytest.raises(DatabaseUnavailableError) as caught,
    ):
        add(db, clock)
    message = str(caught.value)
    assert message.startswith(f"Lost the connection to the database server {server_of(pg_db)} (")
    assert message.endswith("); nothing was saved, try again.")
    assert "\n" not in message
    assert customers_in(db) == 0
    add(db, clock)  # trying again works: the pool connects anew
    assert customers_in(db) == 1


@pytest.mark.postgres
def test_a_connection_killed_between_commands_is_replaced_unnoticed(
    pg_db: str, postgres_server: str, clock: ManualClock, opened: list[Database]
) -> None:
    db = open_(pg_db, opened)
    add(db, clock)
    with db.engine.connect() as connection:
        pid = connection.connection.driver_connection.info.backend_pid  # type: ignore[union-attr]
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    add(db, clock, "Bert Peeters")
    assert customers_in(db) == 2


@pytest.mark.postgres
def test_a_server_that_goes_away_is_one_sentence(
    pg_db: str, clock: ManualClock, opened: list[Database]
) -> None:
    upstream = make_url(pg_db)
    proxy = TcpProxy(upstream.host or "127.0.0.1", upstream.port or 5432)
    url = upstream.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    db = open_(url, opened)
    add(db, clock)
    proxy.stop()
    with pytest.raises(DatabaseUnavailableError) as caught:
        add(db, clock, "Bert Peeters")
    assert str(caught.value) == (
        f"Cannot reach the database server 127.0.0.1:{proxy.port} (Connection refused); nothing "
        "was saved, check that it is running and that this computer can reach it, then try again."
    )


@pytest.mark.postgres
def test_a_dropped_database_is_one_sentence(
    postgres_server: str, templates: MigratedTemplates, clock: ManualClock, opened: list[Database]
) -> None:
    with throwaway_database(postgres_server) as url:
        db = open_(templates.fill(url), opened)
        add(db, clock)
        drop_database(postgres_server, url)
        with pytest.raises(DatabaseUnavailableError) as caught:
            add(db, clock, "Bert Peeters")
    assert str(caught.value) == (
        f"The database {make_url(url).database} no longer exists on the server "
        f"{server_of(url)}; nothing was saved, ask its administrator to restore it or point "
        "AssistDesk at another database."
    )


@pytest.mark.postgres
def test_a_read_only_server_is_one_sentence(
    pg_db: str, clock: ManualClock, opened: list[Database]
) -> None:
    """A standby or a database set read-only refuses every write (made here with
    default_transaction_read_only, which is what a hot standby reports too)."""
    db = open_(with_pg_settings(pg_db, "default_transaction_read_only=on"), opened)
    with pytest.raises(DatabaseUnavailableError) as caught:
        add(db, clock)
    assert str(caught.value) == (
        f"The database server {server_of(pg_db)} only allows reading (a read-only or standby "
        "server); nothing was saved, point AssistDesk at the main server."
    )
    assert customers_in(db) == 0


@pytest.mark.postgres
def test_a_lock_held_past_the_servers_lock_timeout_is_one_sentence(
    pg_db: str, clock: ManualClock, opened: list[Database]
) -> None:
    db = open_(with_pg_settings(pg_db, "lock_timeout=300ms"), opened)
    holder = psycopg.connect(make_url(pg_db).set(drivername="postgresql").render_as_string(False))
    try:
        holder.execute("LOCK TABLE customers IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(DatabaseUnavailableError) as caught:
            add(db, clock)
    finally:
        holder.rollback()
        holder.close()
    assert str(caught.value) == (
        f"The records this needs on {server_of(pg_db)} stayed locked by another workstation for "
        "longer than the server waits; nothing was saved, try again when it has finished."
    )
    assert customers_in(db) == 0


@pytest.fixture
def tiny_tablespace(postgres_server: str) -> Iterator[str]:
    """A tablespace on a small tmpfs, for a server on this machine run by the `postgres` user."""
    import pwd

    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("the PostgreSQL server does not run as a local `postgres` user")
    with small_disk("512k", owner="postgres") as disk:
        name = f"tiny_{disk.name.rsplit('-', 1)[-1]}"
        with psycopg.connect(postgres_server, autocommit=True) as admin:
            try:
                admin.execute(f"CREATE TABLESPACE {name} LOCATION '{disk}'")
            except psycopg.Error as error:
                pytest.skip(f"the server cannot use a local tablespace: {error}")
        try:
            yield name
        finally:
            with psycopg.connect(postgres_server, autocommit=True) as admin:
                admin.execute(f"DROP TABLESPACE {name}")


def fill_table(admin: psycopg.Connection) -> None:
    """Insert into `filler` until the server says its disk is full."""
    while True:
        try:
            admin.execute("INSERT INTO filler SELECT repeat('x', 2000) FROM generate_series(1, 20)")
        except psycopg.errors.DiskFull:
            return


@pytest.mark.postgres
def test_a_full_disk_on_the_server_is_one_sentence(
    pg_db: str, tiny_tablespace: str, clock: ManualClock, opened: list[Database]
) -> None:
    db = open_(pg_db, opened)
    admin = psycopg.connect(
        make_url(pg_db).set(drivername="postgresql").render_as_string(False), autocommit=True
    )
    try:
        admin.execute(f"ALTER TABLE customers SET TABLESPACE {tiny_tablespace}")
        admin.execute(f"CREATE TABLE filler (x text) TABLESPACE {tiny_tablespace}")
        fill_table(admin)
        with pytest.raises(DatabaseUnavailableError) as caught:
            add(db, clock)
        assert str(caught.value) == (
            f"The disk of the database server {server_of(pg_db)} is full; nothing was saved, ask "
            "its administrator to free some space, then try again."
        )
        admin.execute("DROP TABLE filler")
        assert customers_in(db) == 0
    finally:
        admin.execute("DROP TABLE IF EXISTS filler")
        admin.execute("ALTER TABLE customers SET TABLESPACE pg_default")
        admin.close()


@pytest.mark.postgres
def test_a_statement_error_is_not_mistaken_for_a_fault(pg_db: str, opened: list[Database]) -> None:
    """A mistake in a statement is a bug, not the environment: it stays what it is, for the
    last-resort net to report with its details."""
    from sqlalchemy import text

    db = open_(pg_db, opened)
    with pytest.raises(ProgrammingError) as caught, db.reading() as orm:
        orm.execute(text("SELECT no_such_column FROM customers"))
    assert database_fault(caught.value, db.url) is None


@pytest.mark.postgres
def test_a_deadlock_with_another_workstation_is_one_sentence(
    pg_db: str, clock: ManualClock, opened: list[Database]
) -> None:
    """This workstation updates Ana then Bert while another updates Bert then Ana: the server
    ends one of the two transactions (here this one, whose deadlock_timeout is the shorter)."""
    import threading

    from sqlalchemy import text

    setup = open_(pg_db, opened)
    add(setup, clock, "Ana")
    add(setup, clock, "Bert")
    db = open_(with_pg_settings(pg_db, "deadlock_timeout=100ms"), opened)
    other = psycopg.connect(make_url(pg_db).set(drivername="postgresql").render_as_string(False))
    other.execute("SET deadlock_timeout = '10s'")
    other.execute("UPDATE customers SET phone = '2' WHERE name = 'Ana'")
    failures: list[BaseException] = []
    pids: list[int] = []

    def this_workstation() -> None:
        try:
            with db.transaction() as orm:
                pids.append(orm.scalar(text("SELECT pg_backend_pid()")))
                orm.execute(text("UPDATE customers SET phone = '1' WHERE name = 'Bert'"))
                orm.execute(text("UPDATE customers SET phone = '1' WHERE name = 'Ana'"))
        except BaseException as error:  # handed to the assertion below
            failures.append(error)

    worker = threading.Thread(target=this_workstation)
    worker.start()
    try:
        deadline = time.monotonic() + 10
        waiting = "SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s"
        while time.monotonic() < deadline:  # until this workstation waits for Ana
            if pids and other.execute(waiting, pids).fetchone() == ("Lock",):
                break
            time.sleep(0.02)
        other.execute("UPDATE customers SET phone = '2' WHERE name = 'Bert'")
        other.commit()
    finally:
        worker.join(10)
        other.close()
    [failure] = failures
    assert isinstance(failure, DatabaseUnavailableError)
    assert str(failure) == (
        "Another workstation changed the same records at the same moment; nothing was saved, "
        "try again."
    )
    with db.reading() as orm:
        phones = orm.execute(text("SELECT name, phone FROM customers ORDER BY name")).all()
    assert [tuple(row) for row in phones] == [("Ana", "2"), ("Bert", "2")]
