"""How the history words a session's events: an automatic start the technician undid reads as
such (not as its stored name), and an accepted offer reads as money in the session's currency,
written the way the desk's locale writes money."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.records import CustomerRecord
from app.core.session import EventKind, Outcome
from app.services.customers import CustomerService
from app.services.session_history import SessionHistory
from app.services.session_journal import SessionJournal
from app.services.sessions import SessionService
from app.storage.database import Database
from app.ui.history.history_window import HistoryWindow
from app.ui.history.session_details import event_line
from app.ui.session.auto_start import undo_start
from tests.ui.history.settle import settled


def at(hh_mm_ss: str) -> datetime:
    return datetime.fromisoformat(f"2026-11-24T{hh_mm_ss}+00:00")


def test_an_undone_automatic_start_reads_as_such(
    sessions: SessionService, clock: ManualClock, ana: CustomerRecord
) -> None:
    clock.set(at("14:00:00"))
    session = sessions.open(ana.id)
    clock.set(at("14:05:00"))
    sessions.accept(session.id, at("14:03:12"))  # started from the tool's report, unasked
    clock.set(at("14:05:20"))
    undone = undo_start(sessions)(session.id)  # the technician pressed Undo

    last = undone.session.events[-1]
    assert last.kind is EventKind.UNACCEPTED
    assert event_line(last, UTC) == (
        "2026-11-24 14:05:20 — Automatic start undone: the technician pressed Undo"
    )


def test_an_accepted_offer_reads_as_money_in_the_desks_locale(
    qtbot: QtBot,
    priced_sessions: SessionService,
    customers: CustomerService,
    database: Database,
    clock: ManualClock,
) -> None:
    """JustAnswer's offers are in US dollars; a Portuguese desk writes them "39,90 US$"."""
    joan = customers.add_customer(
        Customer("Joan Clarke", "joan@example.com", policy_id="justanswer")
    )
    clock.set(at("14:00:00"))
    session = priced_sessions.open(joan.id)
    SessionJournal(priced_sessions).accept_offer(session.id, Decimal("39.90"), "USD")
    priced_sessions.accept(session.id)
    clock.set(at("14:20:00"))
    priced_sessions.end(session.id, Outcome.RESOLVED, "Mailbox restored", access_closed=True)

    history = HistoryWindow(
        priced_sessions, customers, SessionHistory(database), clock, "pt_PT", zone=UTC
    )
    qtbot.addWidget(history.view)
    settled(qtbot, history).view.table.selectRow(0)
    text = history.view.details.toPlainText().replace("\xa0", " ")  # Babel: no-break spaces
    assert "2026-11-24 14:00:00 — Offer accepted: 39,90 US$" in text
    assert "Total\n39,90 US$" in text  # the same money as the price it became
