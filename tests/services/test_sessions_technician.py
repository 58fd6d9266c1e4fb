"""Who ran a session, on SQLite and PostgreSQL: the configured technician is recorded when a
session is opened (as configured at that moment), a caller may name someone else, and the log
is filtered by technician whatever the case and spacing of the name typed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.core.parties import Customer
from app.core.records import SessionFilter
from app.services.customers import CustomerService
from app.services.sessions import SessionService, technician_setting
from app.settings import SETTINGS_FILE
from app.storage.database import Database


@pytest.fixture
def configured() -> list[str]:
    """The technician.name setting, as the test changes it."""
    return ["Jan Peeters"]


@pytest.fixture
def sessions(db: Database, clock: ManualClock, configured: list[str]) -> SessionService:
    return SessionService(db, clock, workstation="desk", technician=lambda: configured[0])


@pytest.fixture
def ana(db: Database, clock: ManualClock) -> int:
    return CustomerService(db, clock).add_customer(Customer("Ana Silva")).id


def test_a_session_records_the_technician_configured_when_it_opens(
    sessions: SessionService, ana: int, configured: list[str], clock: ManualClock
) -> None:
    first = sessions.open(ana)
    configured[0] = "  Maria   Sousa "  # changed in the settings while the desk runs
    second = sessions.open(ana)
    assert first.record.technician == "Jan Peeters"
    assert second.record.technician == "Maria Sousa"
    assert sessions.get(first.id).record.technician == "Jan Peeters"  # stored, not re-read
    sessions.accept(first.id)
    clock.advance(minutes=5)
    assert sessions.accept(second.id).record.technician == "Maria Sousa"


def test_a_named_technician_overrides_the_setting_and_a_blank_one_is_refused(
    sessions: SessionService, ana: int, clock: ManualClock
) -> None:
    accepted = clock.now() - timedelta(hours=1)
    past = sessions.record_past(ana, accepted, accepted + timedelta(minutes=9), technician="Rui")
    assert past.record.technician == "Rui"
    assert sessions.record_past(ana, accepted, accepted).record.technician == "Jan Peeters"
    with pytest.raises(DomainError, match=r"A technician needs a name\."):
        sessions.open(ana, technician="   ")
    assert sessions.count() == 2


def test_without_a_configured_technician_nobody_is_recorded(
    sessions: SessionService, ana: int, configured: list[str]
) -> None:
    configured[0] = ""
    assert sessions.open(ana).record.technician == ""
    assert sessions.technicians() == []


def test_the_log_is_filtered_by_technician(
    sessions: SessionService, ana: int, configured: list[str], clock: ManualClock
) -> None:
    accepted = clock.now() - timedelta(hours=3)
    for name in ("Jan Peeters", "Maria Sousa", "Jan Peeters", ""):
        configured[0] = name
        sessions.record_past(ana, accepted, accepted + timedelta(minutes=5))
        accepted += timedelta(minutes=30)

    jan = sessions.list(SessionFilter(technician="jan  PEETERS"))
    assert [r.technician for r in jan] == ["Jan Peeters", "Jan Peeters"]
    assert sessions.count(SessionFilter(technician="Maria Sousa")) == 1
    assert sessions.count(SessionFilter(technician="Maria")) == 0  # a name, not a part of one
    assert sessions.count() == 4
    assert sessions.technicians() == ["Jan Peeters", "Maria Sousa"]


def test_the_setting_is_read_from_the_settings_file_each_time(tmp_path: Path) -> None:
    name = technician_setting(tmp_path)
    assert name() == ""  # no file yet: the default names nobody
    (tmp_path / SETTINGS_FILE).write_text('[technician]\nname = "Jan"\n', encoding="utf-8")
    assert name() == "Jan"
    (tmp_path / SETTINGS_FILE).write_text("[technician\n", encoding="utf-8")
    assert name() == ""  # unreadable: the session still opens, with nobody named
