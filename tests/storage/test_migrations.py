"""Opening a database: an empty one is migrated to head, ours is left alone, a newer or a foreign
one is refused without being touched, an outdated one is upgraded after a copy is taken."""

from __future__ import annotations

import hashlib
import warnings
from datetime import UTC, datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, Engine, inspect, text

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.storage import migrate
from app.storage.database import Database, DatabaseTooNewError, open_database
from app.storage.engine import create_engine_for, normalise_url, sqlite_file
from app.storage.models import Base, CustomerRow
from app.storage.schema import HEAD, REVISIONS, SchemaStatus, schema_status

OUR_TABLES = {"alembic_version", "customers", "equipment", "technicians", "sessions"}
OUR_TABLES |= {"session_events", "policy_snapshots", "session_charges", "session_charge_lines"}
OUR_TABLES |= {"paid_services", "appointments", "tool_evidence"}
OUR_TABLES |= {"series_counters", "documents", "document_lines", "payments"}
OUR_TABLES |= {"outbox", "outbox_attachments", "session_releases"}
OUR_TABLES |= {"refunds", "document_assets"}
UPGRADED = datetime(2026, 11, 24, 9, 30, 15, tzinfo=UTC)


def snapshot(url: str) -> dict[str, object]:
    """Everything a refused open must leave as it was: tables, their rows, and for SQLite the
    file's bytes."""
    engine = create_engine_for(url)
    try:
        with engine.connect() as conn:
            tables = sorted(inspect(conn).get_table_names())
            rows = {
                t: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"')))) for t in tables
            }
    finally:
        engine.dispose()
    state: dict[str, object] = {"tables": tables, "rows": rows}
    path = sqlite_file(normalise_url(url))
    if path is not None:
        state["files"] = sorted(p.name for p in path.parent.iterdir())
        state["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return state


def add_customer(db: Database, name: str) -> None:
    with db.transaction() as orm:
        orm.add(CustomerRow(name=name, created_at=datetime(2026, 11, 24, 9, tzinfo=UTC)))


def test_an_empty_database_is_migrated_to_head(db_url: str) -> None:
    db, report = open_database(db_url)
    try:
        assert (report.from_revision, report.to_revision, report.backup) == (None, HEAD, None)
        assert report.changed
        with db.engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) == OUR_TABLES
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            assert schema_status(conn) == (SchemaStatus.CURRENT, HEAD)
    finally:
        db.dispose()


EXPRESSION_INDEXES = {"ix_sessions_start_id", "ix_sessions_customer_start_id"}


def test_the_migrated_schema_matches_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        with warnings.catch_warnings():  # neither dialect reflects an index on an expression
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based")
            warnings.filterwarnings("ignore", ".*expression-based index.*can't be compared")
            assert compare_metadata(context, Base.metadata) == []
        # so those are compared by name: the models' and the database's
        modelled = {i.name for i in Base.metadata.tables["sessions"].indexes}
        assert modelled >= EXPRESSION_INDEXES
        assert index_names(conn, "sessions") >= EXPRESSION_INDEXES


def index_names(conn: Connection, table: str) -> set[str]:
    if conn.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :t"
    else:
        query = "SELECT indexname FROM pg_indexes WHERE tablename = :t"
    return set(conn.execute(text(query), {"t": table}).scalars())


def test_schema_revisions_list_every_migration_script_in_order() -> None:
    # a new migration must also be named in app/storage/schema.py, or startup would call a
    # database at that revision "newer" and refuse it
    assert list(REVISIONS) == migrate.script_revisions()
    assert REVISIONS[-1] == HEAD


def test_opening_twice_changes_nothing(db_url: str) -> None:
    db, _ = open_database(db_url)
    add_customer(db, "Ana")
    db.dispose()
    before = snapshot(db_url)
    again, report = open_database(db_url)
    try:
        assert (report.from_revision, report.to_revision, report.backup) == (HEAD, HEAD, None)
        assert not report.changed
    finally:
        again.dispose()
    assert snapshot(db_url) == before


def make_newer(db_url: str) -> None:
    """What a later AssistDesk would leave: an unknown revision and a table we do not know."""
    db, _ = open_database(db_url)
    add_customer(db, "Ana")
    with db.transaction() as orm:
        orm.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        orm.execute(text("CREATE TABLE future_feature (id INTEGER PRIMARY KEY)"))
    db.dispose()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(db_url: str) -> None:
    make_newer(db_url)
    before = snapshot(db_url)
    for upgrade in (True, False):
        with pytest.raises(DatabaseTooNewError) as caught:
            open_database(db_url, upgrade=upgrade)
        message = str(caught.value)
        assert "newer version of AssistDesk" in message
        assert "9999" in message
        assert HEAD in message
        assert message.endswith("update AssistDesk to open it.")
        assert "\n" not in message
        assert ". " not in message
    assert snapshot(db_url) == before


def test_a_database_with_foreign_tables_is_refused_and_left_untouched(db_url: str) -> None:
    engine = create_engine_for(db_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (number INTEGER PRIMARY KEY, total TEXT)"))
        conn.execute(text("INSERT INTO invoices VALUES (1, '10.00')"))
    engine.dispose()
    before = snapshot(db_url)
    with pytest.raises(DomainError, match="tables AssistDesk did not create") as caught:
        open_database(db_url)
    assert not isinstance(caught.value, DatabaseTooNewError)
    assert snapshot(db_url) == before


def test_without_upgrading_an_empty_database_is_refused_and_left_empty(db_url: str) -> None:
    with pytest.raises(DomainError, match="run `assistdesk db upgrade`"):
        open_database(db_url, upgrade=False)
    assert snapshot(db_url)["tables"] == []


def create_at(db_url: str, revision: str) -> Engine:
    """A database as the AssistDesk of `revision` would have left it."""
    engine = create_engine_for(db_url)
    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    return engine


EARLIER = [pytest.param(rev, id=rev) for rev in REVISIONS[:-1]] or [
    pytest.param(None, id="none", marks=pytest.mark.skip(reason="no earlier schema revision yet"))
]


@pytest.mark.parametrize("revision", EARLIER)
def test_an_outdated_database_is_upgraded_after_copying_a_sqlite_file_aside(
    db_url: str, revision: str
) -> None:
    engine = create_at(db_url, revision)
    with engine.connect() as conn:
        assert schema_status(conn) == (SchemaStatus.OUTDATED, revision)
    engine.dispose()

    db, report = open_database(db_url, clock=ManualClock(UPGRADED))
    try:
        assert (report.from_revision, report.to_revision) == (revision, HEAD)
        with db.engine.connect() as conn:
            assert schema_status(conn) == (SchemaStatus.CURRENT, HEAD)
    finally:
        db.dispose()

    path = sqlite_file(normalise_url(db_url))
    if path is None:
        assert report.backup is None  # PostgreSQL: backups are the server's business
        return
    assert report.backup is not None
    assert report.backup.exists()
    assert report.backup.parent == path.parent
    assert report.backup.name == (  # named by the Clock it was given, never the wall clock
        f"{path.stem}.before-upgrade-from-{revision}-20261124T093015Z.sqlite3"
    )
    copy = create_engine_for(f"sqlite:///{report.backup}")
    try:
        with copy.connect() as conn:  # the copy was taken before the upgrade
            assert schema_status(conn) == (SchemaStatus.OUTDATED, revision)
    finally:
        copy.dispose()
