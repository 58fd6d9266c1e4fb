"""The desk's flow around the timer: the checklist and offer before connecting, notes during the
session, and an end that shows its price and asks that no access remains."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer, Equipment
from app.core.policy import Policy
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome, SessionState
from app.paths import AppPaths
from app.services.charging import SessionCharger
from app.services.customers import CustomerService
from app.services.session_journal import SessionJournal, TermsLibrary
from app.services.sessions import SessionService
from app.storage.database import Database
from app.ui.shell.desk import Desk
from tests.ui.conftest import LOCALE, WORKSTATION, preset, shown
from tests.ui.helpers import click, complete_checklist, pick_customer, press, run_until, type_text

START = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)  # a Tuesday afternoon


def customer(customers: CustomerService, name: str, policy: str) -> CustomerRecord:
    record = customers.add_customer(Customer(name, phone="+32 470 12 34 56", policy_id=policy))
    customers.add_equipment(record.id, Equipment("PC", RemoteTool.ANYDESK, "123 456 789"))
    return record


def with_closing_note(policy_id: str) -> Policy:
    policy = preset(policy_id)
    return replace(policy, session=replace(policy.session, closing_note_min_chars=20))


@pytest.fixture
def ruled_desk(
    qtbot: QtBot, database: Database, customers: CustomerService, clock: ManualClock
) -> Desk:
    """A priced desk in UTC whose policies also ask for a 20-character closing note."""
    clock.set(START)
    charger = SessionCharger(with_closing_note)
    sessions = SessionService(database, clock, workstation=WORKSTATION, charger=charger)
    built = Desk(customers, sessions, clock, locale=LOCALE, zone=UTC)
    return shown(qtbot, built)


def test_the_end_shows_the_price_for_the_outcome_and_records_that_no_access_remains(
    qtbot: QtBot, ruled_desk: Desk, customers: CustomerService, clock: ManualClock
) -> None:
    desk, panel = ruled_desk, ruled_desk.window.panel
    customer(customers, "Bert Peeters", "page-computers")
    pick_customer(qtbot, desk, "bert", "Bert Peeters")
    click(panel.start)
    complete_checklist(qtbot, desk)
    click(panel.accepted)
    run_until(qtbot, desk, clock, "00:12:00")

    click(panel.end)
    dialog = desk.panel.end_dialog
    assert dialog is not None
    assert dialog.price.text() == "Choose the outcome to see the price."
    dialog.outcome_buttons[Outcome.RESOLVED].click()
    assert dialog.price.text() == "Will be charged €15.00 (net €12.40, VAT €2.60)"
    dialog.outcome_buttons[Outcome.UNRESOLVED].click()  # Page Computers: nothing if unsolved
    assert dialog.price.text() == "Will be charged €0.00 (net €0.00, VAT €0.00)"

    assert dialog.note_rule.text() == "The policy asks for at least 20 characters (0 so far)."
    type_text(dialog.notes, "Driver reinstalled")
    assert dialog.note_rule.text() == "The policy asks for at least 20 characters (18 so far)."
    dialog.access_closed.click()
    assert not dialog.ok_button.isEnabled()  # the note is too short
    type_text(dialog.notes, " ok")
    assert dialog.ok_button.isEnabled()
    dialog.access_open.click()  # a "no" is an answer too, and recorded as such
    dialog.access_closed.click()
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: desk.panel.end_dialog is None)

    ended = desk.panel._last_ended
    assert ended is not None
    assert ended.timeline.access_closed is True
    assert ended.record.charge is not None
    assert str(ended.record.charge.total) == "0.00"
    assert panel.cost.text() == "€0.00 charged"


def test_the_checklist_comes_before_the_connection_with_the_terms_in_reach(
    qtbot: QtBot, priced_desk: Desk, customers: CustomerService, priced_sessions: SessionService
) -> None:
    desk, panel = priced_desk, priced_desk.window.panel
    customer(customers, "Harriet Cole", "phonetex")
    pick_customer(qtbot, desk, "harr", "Harriet Cole")
    click(panel.start)

    dialog = desk.panel.before.dialog
    assert dialog is not None
    shown_text = [
        w.text() for w in dialog.findChildren(QWidget) if isinstance(w, QLabel | QCheckBox)
    ]
    assert shown_text == [
        "The customer accepted the terms (version phonetex-2024)",
        "A backup was made (or the customer declined)",
        "Confidential applications are closed",
    ]
    assert dialog.offer is None  # phonetex prices by time, not by offer
    assert not panel.accepted.isEnabled()

    click(next(b for b in dialog.findChildren(QPushButton) if b.text() == "Read the terms…"))
    assert dialog.terms_view is not None
    terms = TermsLibrary(AppPaths.under("/nowhere")).text("phonetex-2024")
    assert dialog.terms_view.toPlainText() == terms
    dialog.terms_view.close()

    dialog.reject()  # closed without answers: still not ready
    qtbot.waitUntil(lambda: desk.panel.before.dialog is None)
    assert not panel.accepted.isEnabled()
    assert desk.panel.connect_view.checklist_summary.text() == "Checklist: 0 of 3"

    click(desk.panel.connect_view.checklist)
    complete_checklist(qtbot, desk)
    assert panel.accepted.isEnabled()
    assert desk.panel.connect_view.checklist_summary.text() == "Checklist complete"
    session = desk.panel.current()
    assert session is not None
    state = SessionJournal(priced_sessions).checklist(session.id)
    assert state.complete
    assert state.answers == {
        "terms_accepted": "phonetex-2024",
        "backup": "made",
        "confidential_closed": "yes",
    }


def test_an_offer_is_recorded_before_connecting_and_becomes_the_live_cost(
    qtbot: QtBot, priced_desk: Desk, customers: CustomerService
) -> None:
    desk, panel = priced_desk, priced_desk.window.panel
    customer(customers, "Jane Doe", "justanswer")
    pick_customer(qtbot, desk, "jane", "Jane Doe")
    click(panel.start)
    complete_checklist(qtbot, desk, offer="25")
    summary = desk.panel.connect_view.checklist_summary.text()
    assert summary == "Checklist complete · offer $25.00 accepted"

    click(panel.accepted)
    assert panel.cost.text() == "$25.00 — agreed price"
    session = desk.panel.current()
    assert session is not None
    assert str(session.timeline.offer) == "25.00"


def test_notes_typed_during_a_session_are_kept_with_their_times(
    qtbot: QtBot,
    database: Database,
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    ana: CustomerRecord,
) -> None:
    clock.set(START)
    desk = shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, zone=UTC))
    notes = desk.panel.notes_view
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    assert not notes.entry.isEnabled()  # no session, no notes
    click(desk.window.panel.start)
    click(desk.window.panel.accepted)
    clock.advance(minutes=3, seconds=12)

    notes.entry.setFocus()
    type_text(notes.entry, "Printer queue cleared")
    press(notes.entry, Qt.Key.Key_Return)
    clock.advance(minutes=1)
    type_text(notes.entry, "Driver updated")
    click(notes.add)

    shown_notes = [notes.notes.item(row).text() for row in range(notes.notes.count())]
    assert shown_notes == ["14:03:12  Printer queue cleared", "14:04:12  Driver updated"]
    assert notes.entry.text() == ""
    session = desk.panel.current()
    assert session is not None
    stored = sessions.get(session.id).timeline.log
    assert [(at.time().isoformat(), text) for at, text in stored] == [
        ("14:03:12", "Printer queue cleared"),
        ("14:04:12", "Driver updated"),
    ]
    assert session.record.state is SessionState.ACTIVE


def test_a_note_typed_but_not_added_is_added_at_the_end_and_never_carried_over(
    qtbot: QtBot,
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    ana: CustomerRecord,
) -> None:
    clock.set(START)
    desk = shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, zone=UTC))
    notes, panel = desk.panel.notes_view, desk.window.panel
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    click(panel.start)
    click(panel.accepted)
    clock.advance(minutes=7)
    type_text(notes.entry, "Backup drive was full")  # no Enter: not added yet
    first = desk.panel.current()
    assert first is not None

    click(panel.end)
    dialog = desk.panel.end_dialog
    assert dialog is not None
    assert notes.entry.text() == ""
    assert [text for _at, text in sessions.get(first.id).timeline.log] == ["Backup drive was full"]
    dialog.outcome_buttons[Outcome.RESOLVED].click()
    dialog.access_closed.click()
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: desk.panel.end_dialog is None)

    notes.entry.setText("left from the last session")  # as a session ended elsewhere leaves it
    click(panel.start)
    click(panel.accepted)
    assert notes.entry.isEnabled()
    assert notes.entry.text() == ""
    assert notes.notes.count() == 0


def test_typing_as_the_end_dialog_opens_goes_to_the_note_and_chooses_nothing(
    qtbot: QtBot,
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    ana: CustomerRecord,
) -> None:
    clock.set(START)
    desk = shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, zone=UTC))
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    click(desk.window.panel.start)
    click(desk.window.panel.accepted)
    click(desk.window.panel.end)
    dialog = desk.panel.end_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.notes)
    type_text(dialog.focusWidget(), "Printer driver reinstalled")  # spaces and all
    assert dialog.notes.toPlainText() == "Printer driver reinstalled"
    assert dialog.chosen_outcome() is None  # still the technician's choice to make
    assert not dialog.ok_button.isEnabled()
