"""Migration 0012 keeps SQLite's instants as whole microseconds since 1970 UTC: every time an
older AssistDesk wrote as text (and any ISO text written by hand) reads back as the same instant,
to the microsecond; issued documents still refuse changes afterwards; a downgrade gives back the
text form. PostgreSQL is left as it was. Both backends."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.core.clock import ManualClock
from app.storage.database import open_database
from app.storage.document_models import DocumentRow
from app.storage.engine import normalise_url, sqlite_file
from app.storage.instants import micros_from_utc, utc_from_micros
from app.storage.models import CustomerRow, SessionEventRow, SessionRow
from tests.storage.test_migrations import create_at
from tests.storage.test_packed_documents_migration import downgrade

AT = datetime(2026, 11, 24, 15, 0, 7, 123456, tzinfo=UTC)
# Texts as they may stand in a SQLite file at 0011, and the instants they mean.
WRITTEN = {
    "2026-11-24 15:00:07.123456": AT,  # SQLAlchemy's form: every time AssistDesk wrote
    "2026-03-29 01:30:00.000001": datetime(2026, 3, 29, 1, 30, 0, 1, tzinfo=UTC),
    "2028-02-29 23:59:59.999999": datetime(2028, 2, 29, 23, 59, 59, 999999, tzinfo=UTC),
    "2026-11-24T15:00:07Z": AT.replace(microsecond=0),  # by hand, another tool
    "2026-11-24 16:00:07.123456+01:00": AT,  # Python's sqlite3 with an aware time
    "2026-11-24 15:00:07": AT.replace(microsecond=0),
}


def at_0011(db_url: str) -> None:
    """Customers created at each of WRITTEN's texts (on PostgreSQL, at its instants), a session
    with its events, and an issued document, as the AssistDesk of 0011 stored them."""
    engine = create_at(db_url, "0011")
    sqlite = engine.dialect.name == "sqlite"
    with engine.begin() as conn:
        for i, (written, instant) in enumerate(WRITTEN.items(), 1):
            conn.execute(
                text("INSERT INTO customers (id, name, email, phone, address, vat_id, policy_id, "
                     "created_at) VALUES (:id, :name, '', '', '', '', '', :at)"),
                {"id": i, "name": f"Customer {i}", "at": written if sqlite else instant},
            )  # fmt: skip
        start = "2026-11-24 15:00:07.123456" if sqlite else AT
        conn.execute(
            text("INSERT INTO sessions (id, customer_id, remote_id, policy_id, workstation, state, "
                 "created_at, accepted_at, ended_at, paused_seconds, notes) VALUES (1, 1, '', '', "
                 "'desk', 'open', :at, NULL, NULL, 0, '')"),
            {"at": start},
        )  # fmt: skip
        conn.execute(
            text("INSERT INTO session_events (session_id, seq, kind, at, recorded_at, text) "
                 "VALUES (1, 1, 'opened', :at, :at, '')"),
            {"at": start},
        )  # fmt: skip
        conn.execute(
            text("INSERT INTO documents (id, kind, series, year, seq, number, customer_id, "
                 "issued_at, currency, net, vat_total, total, content, pdf_sha256) VALUES "
                 "(1, 'invoice', 'T', 2026, 1, 'T 2026/0001', 1, :at, 'EUR', '1', '0', '1', "
                 ":content, 'x')"),
            {"at": start, "content": b""},
        )  # fmt: skip
    engine.dispose()


def stored(db_url: str, query: str) -> list[tuple[object, ...]]:
    path = sqlite_file(normalise_url(db_url))
    assert path is not None
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(query).fetchall()


def test_every_time_reads_back_as_the_same_instant(db_url: str, clock: ManualClock) -> None:
    at_0011(db_url)
    db, report = open_database(db_url, clock=clock)
    try:
        assert report.from_revision == "0011"
        with db.reading() as orm:
            created = dict(orm.execute(select(CustomerRow.id, CustomerRow.created_at)).all())
            session = orm.get_one(SessionRow, 1)
            event = orm.execute(select(SessionEventRow)).scalar_one()
            document = orm.get_one(DocumentRow, 1)
        assert created == dict(enumerate(WRITTEN.values(), 1))
        assert (session.created_at, session.accepted_at, session.ended_at) == (AT, None, None)
        assert (event.at, event.recorded_at, document.issued_at) == (AT, AT, AT)
        # ordered and compared as instants
        with db.reading() as orm:
            after = orm.scalars(
                select(CustomerRow.id).where(CustomerRow.created_at > AT - timedelta(seconds=1))
                .order_by(CustomerRow.created_at, CustomerRow.id)
            ).all()  # fmt: skip
        assert after == [4, 6, 1, 5, 3]
    finally:
        db.dispose()
    if db_url.startswith("sqlite"):
        kinds = stored(db_url, "SELECT DISTINCT typeof(created_at) FROM customers")
        assert kinds == [("integer",)]
        assert stored(db_url, "SELECT issued_at FROM documents") == [(micros_from_utc(AT),)]


def test_issued_documents_still_refuse_changes_after_it(db_url: str, clock: ManualClock) -> None:
    at_0011(db_url)
    db, _ = open_database(db_url, clock=clock)
    try:
        with pytest.raises(DBAPIError), db.engine.begin() as conn:
            conn.execute(text("UPDATE documents SET total = '0.01' WHERE id = 1"))
    finally:
        db.dispose()


def test_a_downgrade_gives_back_the_text_form(sqlite_url: str, clock: ManualClock) -> None:
    at_0011(sqlite_url)
    open_database(sqlite_url, clock=clock)[0].dispose()

    downgrade(sqlite_url, "0011")

    rows = stored(sqlite_url, "SELECT created_at FROM customers ORDER BY id")
    assert rows[0] == ("2026-11-24 15:00:07.123456",)
    assert rows[3] == ("2026-11-24 15:00:07.000000",)
    assert stored(sqlite_url, "SELECT issued_at FROM documents") == [
        ("2026-11-24 15:00:07.123456",)
    ]
    db, _ = open_database(sqlite_url, clock=clock)  # and up again
    try:
        with db.reading() as orm:
            created = dict(orm.execute(select(CustomerRow.id, CustomerRow.created_at)).all())
        assert created == dict(enumerate(WRITTEN.values(), 1))
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "instant",
    [
        datetime(2000, 1, 1, tzinfo=UTC),
        datetime(2099, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(2026, 3, 29, 2, 30, 0, 500000, tzinfo=timezone(timedelta(hours=1))),
        datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    ],
)
def test_an_instant_is_kept_to_the_microsecond(instant: datetime) -> None:
    assert utc_from_micros(micros_from_utc(instant)) == instant
