"""Around a session (SQLite and PostgreSQL): the offer accepted, the policy's checklist, notes, the
closing note a policy asks for and the answer that no access remains."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.core.checklist import ChecklistItem
from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.core.parties import Customer
from app.core.policy_file import load_policy
from app.core.session import EventKind, Outcome, SessionState
from app.paths import AppPaths
from app.resources import resource
from app.services.charging import SessionCharger
from app.services.customers import CustomerService
from app.services.session_journal import SessionJournal, TermsLibrary
from app.services.sessions import SessionService
from app.storage.database import Database
from tests.services.invoicing_fixtures import lookup


@pytest.fixture
def sessions(db: Database, clock: ManualClock) -> SessionService:
    return SessionService(db, clock, workstation="desk", charger=SessionCharger(lookup))


@pytest.fixture
def journal(sessions: SessionService) -> SessionJournal:
    return SessionJournal(sessions)


def customer(db: Database, clock: ManualClock, policy: str) -> int:
    return (
        CustomerService(db, clock).add_customer(Customer(f"Customer {policy}", policy_id=policy)).id
    )


def test_the_checklist_is_what_the_policy_asks(
    db: Database, clock: ManualClock, sessions: SessionService, journal: SessionJournal
) -> None:
    session = sessions.open(customer(db, clock, "phonetex")).id
    state = journal.checklist(session)
    assert state.missing == (
        ChecklistItem.TERMS_ACCEPTED, ChecklistItem.BACKUP, ChecklistItem.CONFIDENTIAL_CLOSED,
    )  # fmt: skip
    with pytest.raises(DomainError, match="terms version 'phonetex-2024'"):
        journal.answer(session, "terms_accepted", "phonetex-2019")
    with pytest.raises(DomainError, match="does not ask about recording_consent"):
        journal.answer(session, "recording_consent", "yes")
    journal.answer(session, "terms_accepted", "phonetex-2024")
    journal.answer(session, "backup", "Declined")
    journal.answer(session, "confidential_closed", "yes")
    state = journal.checklist(session)
    assert state.complete
    assert state.answers == {
        "terms_accepted": "phonetex-2024", "backup": "declined", "confidential_closed": "yes",
    }  # fmt: skip


def test_an_accepted_offer_is_the_price(
    db: Database, clock: ManualClock, sessions: SessionService, journal: SessionJournal
) -> None:
    session = sessions.open(customer(db, clock, "justanswer")).id
    journal.accept_offer(session, Decimal("35"), "USD")
    sessions.accept(session)
    clock.advance(minutes=50)
    ended = sessions.end(session, Outcome.RESOLVED, access_closed=True)
    assert ended.record.charge is not None
    assert ended.record.charge.total == Decimal("35.00")
    assert ended.timeline.offer == Decimal("35.00")


def test_notes_are_kept_with_their_times(
    db: Database, clock: ManualClock, sessions: SessionService, journal: SessionJournal
) -> None:
    session = sessions.open(customer(db, clock, "iponto")).id
    sessions.accept(session)
    clock.advance(minutes=3)
    journal.note(session, "Reinstalled the printer driver")
    assert sessions.get(session).timeline.log == (
        (clock.now(), "Reinstalled the printer driver"),
    )  # fmt: skip


def test_the_end_records_access_and_honours_the_closing_note_rule(
    db: Database, clock: ManualClock, tmp_path: Path
) -> None:
    text = resource("policies", "phonetex.toml").read_text(encoding="utf-8")
    (tmp_path / "phonetex.toml").write_text(
        text + "\n[session]\nclosing_note_min_chars = 20\n", encoding="utf-8"
    )
    sessions = SessionService(
        db, clock, charger=SessionCharger(lambda pid: load_policy(tmp_path / f"{pid}.toml"))
    )
    session = sessions.open(customer(db, clock, "phonetex")).id
    sessions.accept(session)
    clock.advance(minutes=20)
    with pytest.raises(DomainError, match="at least 20 characters"):
        sessions.end(session, Outcome.RESOLVED, "Fixed.", access_closed=True)
    assert sessions.get(session).record.state is SessionState.ACTIVE  # nothing was stored
    ended = sessions.end(
        session, Outcome.RESOLVED, "Outlook profile rebuilt, mail flows again.", access_closed=True
    )
    kinds = [e.kind for e in ended.session.events]
    assert kinds[-2:] == [EventKind.ENDED, EventKind.ACCESS_CLOSED]
    assert ended.timeline.access_closed is True


def test_terms_texts_by_version_office_first(tmp_path: Path) -> None:
    library = TermsLibrary(AppPaths.under(tmp_path))
    assert "back up" in library.text("phonetex-2024") or "backing up" in library.text(
        "phonetex-2024"
    )
    own = tmp_path / "config" / "terms"
    own.mkdir(parents=True)
    (own / "phonetex-2024.txt").write_text("Our own wording.", encoding="utf-8")
    assert library.text("phonetex-2024") == "Our own wording."
    with pytest.raises(DomainError, match="terms text 'nope' is missing"):
        library.text("nope")
