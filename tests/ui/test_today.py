"""The Today tab as a Pardini technician uses it, on a controlled clock in São Paulo time: live
statuses from upcoming to missed, starting a booking on time and too late (start anyway with a
reason, or reschedule), and booking a time outside opening hours."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from app.core.appointment import AppointmentStatus
from app.core.clock import ManualClock
from app.core.parties import Customer, Equipment
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.core.session import EventKind, Outcome, SessionState
from app.services.appointments import AppointmentBook
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.storage.database import Database
from app.ui.reason_dialog import ReasonDialog
from app.ui.shell.desk import Desk
from app.ui.shell.main_window import TODAY_TAB
from app.ui.today.appointment_dialogs import BookDialog, MissedDialog, RescheduleDialog
from app.ui.today.today import TICK_MS, TodayBoard
from app.ui.today.today_model import COL_CUSTOMER, COL_STATUS, COL_TIME
from tests.ui.conftest import SAO_PAULO, WORKSTATION, shown
from tests.ui.helpers import (
    click,
    complete_checklist,
    end_session,
    pick_customer,
    sp,
    start_booking,
    type_text,
)

MakeDesk = Callable[[], Desk]


@pytest.fixture
def relojoaria(customers: CustomerService) -> CustomerRecord:
    """A Pardini customer: Mon–Fri 07:30–12:00 and 13:00–17:30, 10 minutes late tolerance."""
    record = customers.add_customer(Customer("Relojoaria Central", policy_id="pardini"))
    customers.add_equipment(record.id, Equipment("Balcão", RemoteTool.ANYDESK, "987 654 321"))
    return record


def rows(desk: Desk) -> list[tuple[str, str, str]]:
    """The Today table as read on screen: time, customer, status."""
    model = today_of(desk).view.table.model()
    read = [
        tuple(model.index(row, col).data() for col in (COL_TIME, COL_CUSTOMER, COL_STATUS))
        for row in range(model.rowCount(QModelIndex()))
    ]
    return [(time, customer, status) for time, customer, status in read]


def today_of(desk: Desk) -> TodayBoard:
    assert desk.today is not None
    return desk.today


def at(desk: Desk, clock: ManualClock, instant: datetime) -> list[tuple[str, str, str]]:
    """Move the clock to `instant`, let the Today timer fire, and read the table."""
    clock.set(instant)
    today_of(desk).tick()
    return rows(desk)


def status(desk: Desk, row: int = 0) -> str:
    return rows(desk)[row][2]


def test_live_statuses_follow_the_clock_from_upcoming_to_missed(
    make_today_desk: MakeDesk,
    clock: ManualClock,
    book: AppointmentBook,
    relojoaria: CustomerRecord,
) -> None:
    clock.set(sp("13:30"))
    book.book(relojoaria.id, sp("14:00"), expected_minutes=20, note="Cash register")
    desk = make_today_desk()
    window, today = desk.window, today_of(desk)
    assert window.tabs.isTabEnabled(TODAY_TAB)
    assert today.view.day.text() == "Tuesday 24 November"
    assert today.view.hours.text() == (
        "Pardini Relógios – suporte remoto: Open 07:30–12:00, 13:00–17:30"
    )
    assert rows(desk) == [("14:00", "Relojoaria Central", "upcoming (starts in 30 min)")]
    assert today.timer.isActive()
    assert today.timer.interval() == TICK_MS >= 15_000

    assert at(desk, clock, sp("13:48"))[0][2] == "upcoming (starts in 12 min)"
    assert window.tabs.tabText(TODAY_TAB) == "Today"
    assert at(desk, clock, sp("13:56"))[0][2] == "due"
    assert window.tabs.tabText(TODAY_TAB) == "Today (1 due)"
    assert at(desk, clock, sp("14:06"))[0][2] == "late by 6 min (tolerance ends 14:10)"
    assert at(desk, clock, sp("14:10"))[0][2] == "late by 10 min (tolerance ends 14:10)"
    assert at(desk, clock, sp("14:10") + timedelta(seconds=1))[0][2] == "missed"
    assert window.tabs.tabText(TODAY_TAB) == "Today"


def test_a_booking_started_on_time_is_on_the_panel_then_in_session_then_done(
    qtbot: QtBot,
    make_today_desk: MakeDesk,
    clock: ManualClock,
    book: AppointmentBook,
    relojoaria: CustomerRecord,
) -> None:
    clock.set(sp("13:58"))
    booked = book.book(relojoaria.id, sp("14:00"))
    desk = make_today_desk()
    panel = desk.window.panel
    assert not today_of(desk).view.start.isEnabled()  # nothing chosen yet

    start_booking(desk)

    assert panel.state_line.text() == (
        "Connecting to Relojoaria Central — waiting for the customer to accept"
    )
    assert desk.picker.selected_customer() == relojoaria  # the desk follows the session
    assert status(desk) == "in session"
    assert not today_of(desk).view.start.isEnabled()  # one session at a time
    session = desk.panel.current()
    assert session is not None
    assert session.record.appointment_id == booked.id

    complete_checklist(qtbot, desk)
    click(panel.accepted)
    clock.advance(minutes=12)
    qtbot.waitUntil(lambda: panel.timer.text() == "00:12:00")
    end_session(qtbot, desk, Outcome.RESOLVED)
    assert status(desk) == "done"
    assert book.get(booked.id).session_state is SessionState.ENDED


def test_too_late_shows_the_sentence_and_start_anyway_keeps_the_reason(
    make_today_desk: MakeDesk,
    clock: ManualClock,
    book: AppointmentBook,
    priced_sessions: SessionService,
    relojoaria: CustomerRecord,
) -> None:
    clock.set(sp("13:30"))
    booked = book.book(relojoaria.id, sp("14:00"))
    desk = make_today_desk()
    clock.set(sp("14:12"))

    start_booking(desk)

    missed = today_of(desk).actions.dialog
    assert isinstance(missed, MissedDialog)
    assert missed.message.text() == (
        "The customer is 12 min late, past the 10-minute tolerance: the appointment is now "
        "missed; reschedule it, or start anyway with a reason."
    )
    assert status(desk) == "missed"
    assert desk.panel.current() is None

    click(missed.start_button)
    ask = today_of(desk).actions.dialog
    assert isinstance(ask, ReasonDialog)
    assert not ask.ok_button.isEnabled()  # no reason, no start
    type_text(ask.reason, "the shop's router was down")
    click(ask.ok_button)

    session = desk.panel.current()
    assert session is not None
    assert session.record.state is SessionState.CONNECTING
    last = priced_sessions.get(session.id).session.events[-1]
    assert (last.kind, last.text) == (
        EventKind.OVERRIDDEN,
        "Started 12 min late, past the tolerance: the shop's router was down",
    )
    assert status(desk) == "in session"
    assert book.get(booked.id).reason == "the shop's router was down"


def test_too_late_then_reschedule_creates_the_linked_booking(
    make_today_desk: MakeDesk,
    clock: ManualClock,
    book: AppointmentBook,
    relojoaria: CustomerRecord,
) -> None:
    clock.set(sp("13:30"))
    booked = book.book(relojoaria.id, sp("14:00"))
    later = book.book(relojoaria.id, sp("16:00"))
    desk = make_today_desk()
    clock.set(sp("14:20"))
    start_booking(desk)
    missed = today_of(desk).actions.dialog
    assert isinstance(missed, MissedDialog)

    click(missed.reschedule_button)
    dialog = today_of(desk).actions.dialog
    assert isinstance(dialog, RescheduleDialog)
    assert dialog.hours.text() == (
        "Pardini Relógios – suporte remoto: Open 07:30–12:00, 13:00–17:30 that day"
    )
    dialog.set_time(sp("15:30"))
    click(dialog.ok_button)

    assert today_of(desk).actions.dialog is None
    assert rows(desk) == [
        ("14:00", "Relojoaria Central", "rescheduled"),
        ("15:30", "Relojoaria Central", "upcoming (starts in 1 h 10 min)"),
        ("16:00", "Relojoaria Central", "upcoming (starts in 1 h 40 min)"),
    ]
    old = book.get(booked.id)
    assert old.status is AppointmentStatus.RESCHEDULED
    assert old.rescheduled_to_id is not None
    new = book.get(old.rescheduled_to_id)
    assert (new.rescheduled_from_id, new.scheduled_at) == (booked.id, sp("15:30"))
    assert today_of(desk).selected() == new  # the new booking is the one shown selected
    assert book.get(later.id).status is AppointmentStatus.BOOKED


def test_booking_at_lunch_is_refused_with_the_reason_and_booked_with_one(
    qtbot: QtBot,
    make_today_desk: MakeDesk,
    clock: ManualClock,
    book: AppointmentBook,
    relojoaria: CustomerRecord,
) -> None:
    clock.set(sp("10:00"))
    desk = make_today_desk()
    desk.window.tabs.setCurrentIndex(TODAY_TAB)
    view = today_of(desk).view
    assert not view.book.isEnabled()  # for the customer on the desk: none yet
    pick_customer(qtbot, desk, "reloj", "Relojoaria Central")
    assert view.empty.isVisible()
    assert not view.table.isVisible()

    click(view.book)
    dialog = today_of(desk).actions.dialog
    assert isinstance(dialog, BookDialog)
    assert dialog.equipment.currentText() == "Balcão — AnyDesk 987 654 321"
    dialog.set_time(sp("12:30"))
    dialog.minutes.setValue(45)
    type_text(dialog.note, "Printer")
    assert not dialog.problem.isVisible()
    assert not dialog.reason.isVisible()
    click(dialog.ok_button)

    assert today_of(desk).actions.dialog is dialog  # refused: still open, with the reason why
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == (
        "Tue 24 Nov 12:30 is outside Pardini Relógios – suporte remoto's opening hours; the next "
        "window opens Tue 24 Nov 13:00. Give a reason to book it anyway."
    )
    assert dialog.reason.isVisible()
    assert dialog.ok_button.text() == "Book"
    assert book.between(sp("00:00"), sp("00:00", day=25)) == []
    type_text(dialog.reason, "only free at lunch")
    assert dialog.ok_button.text() == "Book anyway"
    click(dialog.ok_button)

    assert today_of(desk).actions.dialog is None
    assert rows(desk) == [("12:30", "Relojoaria Central", "upcoming (starts in 2 h 30 min)")]
    assert view.table.isVisible()
    assert not view.empty.isVisible()
    (stored,) = book.between(sp("00:00"), sp("00:00", day=25))
    assert (stored.reason, stored.expected_minutes, stored.note) == (
        "only free at lunch",
        45,
        "Printer",
    )
    assert stored.equipment_label == "Balcão"


def test_changing_the_time_withdraws_the_override(
    qtbot: QtBot, make_today_desk: MakeDesk, clock: ManualClock, relojoaria: CustomerRecord
) -> None:
    clock.set(sp("10:00"))
    desk = make_today_desk()
    pick_customer(qtbot, desk, "reloj", "Relojoaria Central")
    click(today_of(desk).view.book)
    dialog = today_of(desk).actions.dialog
    assert isinstance(dialog, BookDialog)
    dialog.set_time(sp("12:30"))
    click(dialog.ok_button)
    type_text(dialog.reason, "lunch")

    dialog.set_time(sp("14:00"))

    assert not dialog.problem.isVisible()
    assert not dialog.reason.isVisible()
    assert (dialog.reason.text(), dialog.ok_button.text()) == ("", "Book")
    click(dialog.ok_button)
    assert rows(desk) == [("14:00", "Relojoaria Central", "upcoming (starts in 4 h 00 min)")]


def test_cancel_keeps_the_booking_in_the_day_as_cancelled(
    make_today_desk: MakeDesk, clock: ManualClock, book: AppointmentBook, relojoaria: CustomerRecord
) -> None:
    clock.set(sp("10:00"))
    booked = book.book(relojoaria.id, sp("11:00"))
    desk = make_today_desk()
    view = today_of(desk).view
    view.table.selectRow(0)
    click(view.cancel)
    dialog = today_of(desk).actions.dialog
    assert isinstance(dialog, ReasonDialog)
    assert dialog.ok_button.isEnabled()  # the reason is optional
    type_text(dialog.reason, "solved on the phone")
    click(dialog.ok_button)

    assert rows(desk) == [("11:00", "Relojoaria Central", "cancelled")]
    assert not view.start.isEnabled()
    assert not view.cancel.isEnabled()
    assert book.get(booked.id).reason == "solved on the phone"


def test_the_tab_reminds_once_when_due_and_once_before_the_tolerance_ends(
    make_today_desk: MakeDesk, clock: ManualClock, book: AppointmentBook, relojoaria: CustomerRecord
) -> None:
    clock.set(sp("13:30"))
    book.book(relojoaria.id, sp("14:00"))
    desk = make_today_desk()
    told: list[str] = []
    today_of(desk).reminder.connect(lambda reminder: told.append(reminder.title))
    assert desk.tray is None  # offscreen has no system tray; the tab's title still tells

    for minute in range(50, 60):
        at(desk, clock, sp(f"13:{minute}"))
    assert told == ["Appointment at 14:00"]
    for minute in range(0, 15):
        at(desk, clock, sp(f"14:{minute:02d}"))
    assert told == ["Appointment at 14:00", "Tolerance ends at 14:10"]


def test_a_tick_that_changes_nothing_touches_no_widget(
    make_today_desk: MakeDesk,
    clock: ManualClock,
    book: AppointmentBook,
    relojoaria: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock.set(sp("13:29") + timedelta(seconds=30))
    book.book(relojoaria.id, sp("14:00"))
    desk = make_today_desk()
    today = today_of(desk)
    today.view.table.selectRow(0)
    touched: list[str] = []
    for name, widget in (("start", today.view.start), ("book", today.view.book)):
        monkeypatch.setattr(widget, "setEnabled", lambda _on, name=name: touched.append(name))
    monkeypatch.setattr(desk.window, "set_today_title", lambda title: touched.append(title))
    redrawn: list[int] = []
    today.model.dataChanged.connect(lambda top, _bottom, _roles=(): redrawn.append(top.row()))

    at(desk, clock, sp("13:29") + timedelta(seconds=45))  # still "starts in 30 min"
    assert (touched, redrawn) == ([], [])
    assert (
        at(desk, clock, sp("13:30") + timedelta(seconds=1))[0][2] == "upcoming (starts in 29 min)"
    )
    assert (touched, redrawn) == ([], [0])


def test_without_an_appointment_book_the_today_tab_is_off(desk: Desk) -> None:
    assert desk.today is None
    assert not desk.window.tabs.isTabEnabled(TODAY_TAB)


def test_a_booking_started_from_today_records_the_configured_technician(
    qtbot: QtBot,
    customers: CustomerService,
    database: Database,
    clock: ManualClock,
    book: AppointmentBook,
    relojoaria: CustomerRecord,
) -> None:
    sessions = SessionService(
        database, clock, workstation=WORKSTATION, technician=lambda: "  Ana   Lima "
    )
    clock.set(sp("13:58"))
    book.book(relojoaria.id, sp("14:00"))
    desk = shown(qtbot, Desk(customers, sessions, clock, appointments=book, zone=SAO_PAULO))

    start_booking(desk)

    session = desk.panel.current()
    assert session is not None
    assert session.record.technician == "Ana Lima"
    assert sessions.get(session.id).record.technician == "Ana Lima"  # stored, not only shown
