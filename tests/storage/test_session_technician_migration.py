"""Migration 0007 gives sessions a technician: sessions stored before it keep everything they had
and name nobody; new ones are stored with a name. Both backends."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from app.core.clock import ManualClock
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.storage.database import open_database
from tests.storage.test_migrations import create_at

OPENED = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def test_sessions_from_before_0007_name_nobody_and_new_ones_name_their_technician(
    db_url: str, clock: ManualClock
) -> None:
    engine = create_at(db_url, "0006")
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO customers (id, name, email, phone, address, vat_id, policy_id, "
                 "created_at) VALUES (1, 'Ana Silva', '', '', '', '', '', :at)"),
            {"at": OPENED},
        )  # fmt: skip
        conn.execute(
            text("INSERT INTO sessions (id, customer_id, policy_id, remote_id, workstation, "
                 "state, created_at, paused_seconds, notes) "
                 "VALUES (7, 1, '', '', 'desk', 'connecting', :at, 0, 'old')"),
            {"at": OPENED},
        )  # fmt: skip
    engine.dispose()

    db, report = open_database(db_url, clock=clock)
    try:
        assert report.from_revision == "0006"
        sessions = SessionService(db, clock, workstation="desk", technician=lambda: "Jan")
        (old,) = sessions.list()
        assert (old.id, old.notes, old.technician) == (7, "old", "")
        with db.engine.connect() as conn:
            stored = conn.execute(text("SELECT technician FROM sessions WHERE id = 7")).scalar()
        assert stored is None
        ana = CustomerService(db, clock).get(1)
        new = sessions.open(ana.id)
        assert sessions.get(new.id).record.technician == "Jan"
        assert sessions.technicians() == ["Jan"]
    finally:
        db.dispose()
