"""The engine factory and the column types: SQLite settings, URLs, UTC instants, constraints."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from app.core.errors import DomainError
from app.storage.database import Database, DatabaseUnavailableError, open_database
from app.storage.engine import BUSY_TIMEOUT_MS, create_engine_for, normalise_url, sqlite_file
from app.storage.models import CustomerRow, SessionRow
from tests.conftest import START

NOON = datetime(2026, 11, 24, 12, 0, 0, 123_456, tzinfo=UTC)


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout(sqlite_url: str) -> None:
    db, _ = open_database(sqlite_url)
    try:
        with db.engine.connect() as first, db.engine.connect() as second:
            for conn in (first, second):  # every pooled connection, not just the first
                assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
                assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
                assert conn.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS
        assert BUSY_TIMEOUT_MS >= 5_000  # long enough for a second workstation's commit
    finally:
        db.dispose()


def test_a_sqlite_database_in_a_new_directory_is_created(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there.sqlite3"
    db, _ = open_database(f"sqlite:///{path}")
    db.dispose()
    assert path.is_file()


def test_foreign_keys_are_enforced(db: Database) -> None:
    def add_session_for_a_missing_customer() -> None:
        with db.transaction() as orm:
            orm.add(SessionRow(customer_id=999, state="connecting", created_at=NOON))

    with pytest.raises(IntegrityError):
        add_session_for_a_missing_customer()
    with db.transaction() as orm:
        assert orm.scalars(select(SessionRow)).all() == []


def test_lower_case_look_ups_know_accented_letters(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT lower('ÂNGELA ÁLVARO Çé')")).scalar() == (
            "ângela álvaro çé"
        )
        assert conn.execute(text("SELECT lower(NULL)")).scalar() is None


@pytest.mark.parametrize(
    "stored",
    [
        NOON,
        NOON.astimezone(timezone(timedelta(hours=1))),
        NOON.astimezone(timezone(-timedelta(hours=9, minutes=30))),
        NOON.astimezone(ZoneInfo("Europe/Lisbon")),
    ],
    ids=["utc", "plus-1", "minus-9-30", "lisbon"],
)
def test_an_instant_comes_back_as_the_same_instant_in_utc(db: Database, stored: datetime) -> None:
    with db.transaction() as orm:
        orm.add(CustomerRow(name="Ana", created_at=stored))
    with db.transaction() as orm:
        loaded = orm.scalars(select(CustomerRow.created_at)).one()
    assert loaded == NOON  # the instant, to the microsecond
    assert loaded.tzinfo is UTC
    assert loaded.isoformat() == "2026-11-24T12:00:00.123456+00:00"


def test_instants_order_and_compare_as_instants_whatever_their_offset(db: Database) -> None:
    plus_two = timezone(timedelta(hours=2))
    with db.transaction() as orm:
        # by wall time "Early" comes later, by instant it comes first
        orm.add(
            CustomerRow(name="Early", created_at=datetime(2026, 11, 24, 10, 30, tzinfo=plus_two))
        )
        orm.add(CustomerRow(name="Late", created_at=datetime(2026, 11, 24, 9, 0, tzinfo=UTC)))
    with db.transaction() as orm:
        by_time = orm.scalars(select(CustomerRow.name).order_by(CustomerRow.created_at)).all()
        bound = datetime(2026, 11, 24, 10, 45, tzinfo=plus_two)  # 08:45 UTC
        before = orm.scalars(select(CustomerRow.name).where(CustomerRow.created_at < bound)).all()
    assert by_time == ["Early", "Late"]
    assert before == ["Early"]


def add_customer(db: Database, name: str, created_at: datetime) -> None:
    with db.transaction() as orm:
        orm.add(CustomerRow(name=name, created_at=created_at))


def test_a_naive_instant_is_refused_and_nothing_is_written(db: Database) -> None:
    naive = datetime(2026, 11, 24, 12)  # noqa: DTZ001
    with pytest.raises(StatementError, match="naive datetimes are not stored") as caught:
        add_customer(db, "Ana", naive)
    assert isinstance(caught.value.orig, ValueError)
    with db.transaction() as orm:
        assert orm.scalars(select(CustomerRow)).all() == []


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://ana@db.example/assistdesk",
        "postgres://ana@db.example/assistdesk",
        "postgresql+psycopg2://ana@db.example/assistdesk",
    ],
)
def test_a_postgresql_url_uses_psycopg_3(url: str) -> None:
    parsed = normalise_url(url)
    assert parsed.drivername == "postgresql+psycopg"
    assert (parsed.username, parsed.host, parsed.database) == ("ana", "db.example", "assistdesk")
    assert sqlite_file(parsed) is None


def test_a_sqlite_url_names_its_file() -> None:
    assert sqlite_file(normalise_url("sqlite:////data/a.sqlite3")) == Path("/data/a.sqlite3")
    assert sqlite_file(normalise_url("sqlite://")) is None
    assert sqlite_file(normalise_url("sqlite:///:memory:")) is None


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "is not a database URL such as sqlite:///"),
        ("mysql://ana@db.example/x", "in SQLite or PostgreSQL, not mysql"),
    ],
)
def test_an_unusable_url_gets_one_sentence(url: str, message: str) -> None:
    with pytest.raises(DomainError, match=message):
        normalise_url(url)
    with pytest.raises(DomainError, match=message):
        open_database(url)


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Shopping list: milk, bread, a new hard disk for Ana.\n" * 50)
    before = path.read_bytes()
    with pytest.raises(DomainError, match="is not a SQLite database") as caught:
        open_database(f"sqlite:///{path}")
    assert not isinstance(caught.value, DatabaseUnavailableError)  # bad input: exit status 2
    assert str(caught.value).startswith(f"{path} is not a SQLite database; give the path")
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_an_unreachable_server_is_named_without_its_password() -> None:
    url = "postgresql://ana:s3cret-pw@127.0.0.1:1/assistdesk?connect_timeout=3"
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(url)
    message = str(caught.value)
    assert message.startswith("Cannot reach the database server 127.0.0.1:1 (")
    assert "s3cret-pw" not in message
    assert "\n" not in message


def test_describe_names_the_place_without_a_password(sqlite_url: str) -> None:
    db, _ = open_database(sqlite_url)
    try:
        assert db.describe() == sqlite_url.removeprefix("sqlite:///")
    finally:
        db.dispose()
    engine = create_engine_for("postgresql://ana:s3cret-pw@db.example/assistdesk")
    assert "s3cret-pw" not in Database(engine).describe()
    engine.dispose()


def test_two_sqlite_writers_that_read_first_wait_for_each_other(sqlite_url: str) -> None:
    """Workstation A reads then writes; B commits a write in between. With deferred transactions A's
    write fails at once with "database is locked"; AssistDesk's transactions wait instead."""
    import threading

    from sqlalchemy import func, select

    from app.storage.database import open_database
    from app.storage.models import CustomerRow

    first, _ = open_database(sqlite_url)
    second, _ = open_database(sqlite_url)
    a_has_read = threading.Event()
    errors: list[BaseException] = []

    def workstation_b() -> None:
        try:
            a_has_read.wait(5)
            with second.transaction() as orm:
                orm.add(CustomerRow(name="From B", created_at=START))
        except BaseException as error:  # handed to the main thread's assertion
            errors.append(error)

    b = threading.Thread(target=workstation_b)
    b.start()
    try:
        with first.transaction() as orm:
            count = orm.scalar(select(func.count()).select_from(CustomerRow))
            a_has_read.set()
            b.join(0.3)  # B is now trying to write
            orm.add(CustomerRow(name=f"From A after {count}", created_at=START))
        b.join(10)
    finally:
        first.dispose()
    assert errors == []
    with second.transaction() as orm:
        names = set(orm.scalars(select(CustomerRow.name)))
    second.dispose()
    assert names == {"From A after 0", "From B"}


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("uri=true", "takes no uri setting; the only one it takes is timeout"),
        ("mode=rwc", "takes no mode setting"),
        ("cache=shared&timeout=5", "takes no cache setting"),
        ("journal=off", "takes no journal setting"),
        ("timeout=1&timeout=2", "gives timeout more than once; give it once."),
    ],
)
def test_a_sqlite_url_takes_no_setting_but_its_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, query: str, says: str
) -> None:
    """`sqlite:///file:/path?uri=true` reached a file other than the one checked (a device, a
    damaged file) and made private; an unknown setting was ignored with a warning."""
    monkeypatch.chdir(tmp_path)
    for url in (f"sqlite:///{tmp_path / 'a.sqlite3'}?{query}", f"sqlite:///file:a.sqlite3?{query}"):
        with pytest.raises(DomainError, match=says) as caught:
            open_database(url)
        assert not isinstance(caught.value, DatabaseUnavailableError)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql://ana:s3cret-pw@db.example:notaport/assistdesk", "a port is a number from 1"),
        ("postgresql://ana:s3cret-pw@db.example:99999/assistdesk", "port '99999' is not a port"),
        ("postgresql://ana:s3cret-pw@db.example:0/assistdesk", "port '0' is not a port number"),
    ],
)
def test_a_port_that_is_no_port_is_bad_input_named_without_the_password(
    url: str, says: str
) -> None:
    with pytest.raises(DomainError, match=says) as caught:
        open_database(url)
    assert not isinstance(caught.value, DatabaseUnavailableError)
    assert "s3cret-pw" not in str(caught.value)
