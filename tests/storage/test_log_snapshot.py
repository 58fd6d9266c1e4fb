"""The GUI's early first page (stdlib sqlite3, or psycopg alone) is exactly what
SessionService.list gives, on both backends, and anything doubtful leaves it to the normal path."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.policy import Policy
from app.core.policy_file import load_policy
from app.core.records import SessionFilter
from app.core.remote_tool import RemoteTool
from app.core.session import CorrectedField, Outcome
from app.resources import resource
from app.services.appointments import AppointmentBook
from app.services.charging import SessionCharger
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.storage.database import open_database
from app.storage.direct import postgres_conninfo, sqlite_path
from app.storage.log_snapshot import FIRST_PAGE, read_first_page

FIRST_PAGE_SQL = FIRST_PAGE.format(limit="?")

NEWEST_FIRST = SessionFilter(newest_first=True)


def varied_log(url: str, request: pytest.FixtureRequest) -> SessionService:
    """Ended, priced, unpriced, corrected, paused, connecting and active sessions, run by a
    named technician or by nobody known."""
    clock = ManualClock(datetime(2026, 11, 24, 18, 0, tzinfo=UTC))
    db, _ = open_database(url)
    request.addfinalizer(db.dispose)
    customers = CustomerService(db, clock)

    def policies(pid: str) -> Policy:
        return load_policy(resource("policies", f"{pid}.toml"))

    charger = SessionCharger(policies)
    technician = [""]
    sessions = SessionService(
        db, clock, workstation="desk", charger=charger, technician=lambda: technician[0]
    )
    bert = customers.add_customer(Customer("Bert Peeters", policy_id="page-computers")).id
    ana = customers.add_customer(Customer("Ângela Sousa")).id
    start = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    for i in range(12):
        accepted = start + timedelta(hours=5 * i)
        technician[0] = ("", "Jan Peeters", "Maria Sousa")[i % 3]
        sessions.record_past(
            bert if i % 2 else ana, accepted, accepted + timedelta(minutes=7 + i),
            list(Outcome)[i % 3], notes=f"note {i}", equipment_label="PC" if i % 3 else "",
            tool=RemoteTool.ANYDESK if i % 4 else None, remote_id="123 456 789",
        )  # fmt: skip
    corrected = sessions.list()[0].id
    sessions.correct(corrected, CorrectedField.ENDED_AT, start + timedelta(minutes=30), "late")
    paused = sessions.open(bert)
    sessions.accept(paused.id)
    clock.advance(minutes=3)
    sessions.pause(paused.id)
    sessions.open(ana)  # still connecting
    book = AppointmentBook(db, clock, policies, "desk")
    book.start(book.book(bert, clock.now() + timedelta(minutes=5)).id)  # booked, 5 min early
    return sessions


@pytest.mark.parametrize("limit", [1, 5, 100])
def test_the_early_page_equals_the_services_page(
    db_url: str, limit: int, request: pytest.FixtureRequest
) -> None:
    sessions = varied_log(db_url, request)
    expected = sessions.list(NEWEST_FIRST, 0, limit)
    assert any(r.charge is not None and r.charge.total > Decimal(0) for r in expected) or limit < 5
    assert any(r.appointment_id is not None for r in expected)
    assert any(r.technician for r in expected) or limit < 5
    assert read_first_page(db_url, limit) == expected


def test_postgresql_urls_are_read_by_libpq_itself() -> None:
    url = "postgresql+psycopg://office@db.example:5433/assistdesk?options=-csearch_path%3Dx"
    assert postgres_conninfo(url) == url.replace("+psycopg", "")
    assert (
        postgres_conninfo("postgres://office@db/assistdesk") == "postgresql://office@db/assistdesk"
    )
    assert postgres_conninfo("sqlite:///x.sqlite3") is None


def test_on_postgresql_another_schema_or_no_answer_leaves_the_page_to_the_normal_path(
    pg_url: str, request: pytest.FixtureRequest
) -> None:
    varied_log(pg_url, request)
    db, _ = open_database(pg_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    db.dispose()
    assert read_first_page(pg_url, 10) is None
    # nothing listens on port 1: refused at once, never an exception
    assert read_first_page("postgresql://postgres@127.0.0.1:1/test", 10) is None
    # a parameter libpq does not know (SQLAlchemy's own): refused by libpq, the normal path reads it
    assert read_first_page(pg_url + "&pool_size=5", 10) is None


def test_only_a_plain_sqlite_file_at_this_schema_is_read(
    sqlite_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    assert read_first_page(f"sqlite:///{tmp_path / 'missing.sqlite3'}", 10) is None
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path(f"sqlite:///{tmp_path}/x.sqlite3?mode=ro") is None
    varied_log(sqlite_url, request)
    db, _ = open_database(sqlite_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    db.dispose()
    assert read_first_page(sqlite_url, 10) is None  # another schema: wait for the normal path
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("hello", encoding="utf-8")
    assert read_first_page(f"sqlite:///{not_a_database}", 10) is None


def test_on_sqlite_the_first_page_reads_the_index_instead_of_sorting_the_log(
    sqlite_url: str, request: pytest.FixtureRequest
) -> None:
    varied_log(sqlite_url, request)
    path = sqlite_path(sqlite_url)
    assert path is not None
    with closing(sqlite3.connect(path)) as connection:
        plan = " / ".join(
            row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {FIRST_PAGE_SQL}", (100,))
        )
    assert "USING INDEX ix_sessions_start_id" in plan
    assert "TEMP B-TREE" not in plan  # no sort of the whole log for one page
