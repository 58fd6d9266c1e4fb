"""The GUI's early first page (stdlib sqlite3) is exactly what SessionService.list gives."""

from __future__ import annotations

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
from app.storage.log_snapshot import read_first_page, sqlite_path

NEWEST_FIRST = SessionFilter(newest_first=True)


def varied_log(url: str) -> SessionService:
    """Ended, priced, unpriced, corrected, paused, connecting and active sessions, run by a
    named technician or by nobody known."""
    clock = ManualClock(datetime(2026, 11, 24, 18, 0, tzinfo=UTC))
    db, _ = open_database(url)
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
def test_the_early_page_equals_the_services_page(sqlite_url: str, limit: int) -> None:
    sessions = varied_log(sqlite_url)
    expected = sessions.list(NEWEST_FIRST, 0, limit)
    assert any(r.charge is not None and r.charge.total > Decimal(0) for r in expected) or limit < 5
    assert any(r.appointment_id is not None for r in expected)
    assert any(r.technician for r in expected) or limit < 5
    assert read_first_page(sqlite_url, limit) == expected


def test_only_a_plain_sqlite_file_at_this_schema_is_read(sqlite_url: str, tmp_path: Path) -> None:
    assert read_first_page(f"sqlite:///{tmp_path / 'missing.sqlite3'}", 10) is None
    assert read_first_page("postgresql://localhost/x", 10) is None
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path(f"sqlite:///{tmp_path}/x.sqlite3?mode=ro") is None
    varied_log(sqlite_url)
    db, _ = open_database(sqlite_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    db.dispose()
    assert read_first_page(sqlite_url, 10) is None  # another schema: wait for the normal path
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("hello", encoding="utf-8")
    assert read_first_page(f"sqlite:///{not_a_database}", 10) is None
