"""What the session panel says about the customer's policy before and while a session runs: the
refusal at Pardini's lunch break (and a start only with a reason), iPonto's out-of-hours
surcharge, and the reminder that long unbooked Pardini sessions should be booked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.records import CustomerRecord
from app.core.session import EventKind, SessionState
from app.services.appointments import AppointmentBook
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.ui.shell.desk import Desk
from tests.ui.helpers import (
    click,
    complete_checklist,
    pick_customer,
    run_until,
    sp,
    start_booking,
    type_text,
)

MakeDesk = Callable[[], Desk]
LONG = "Long sessions should be booked (policy: 30 min)"


@pytest.fixture
def relojoaria(customers: CustomerService) -> CustomerRecord:
    return customers.add_customer(
        Customer("Relojoaria Central", phone="+55 11 3333 4444", policy_id="pardini")
    )


def notice(desk: Desk) -> str:
    """The notice line as seen: a hidden line reads as empty."""
    label = desk.window.panel.notice
    return label.text() if label.isVisible() else ""


def test_an_unbooked_start_at_lunch_is_refused_without_a_reason_and_starts_with_one(
    qtbot: QtBot,
    make_today_desk: MakeDesk,
    clock: ManualClock,
    priced_sessions: SessionService,
    relojoaria: CustomerRecord,
) -> None:
    clock.set(sp("12:30"))
    desk = make_today_desk()
    panel = desk.window.panel
    pick_customer(qtbot, desk, "reloj", "Relojoaria Central")
    assert notice(desk) == "Outside opening hours (next window opens Tue 13:00)"
    assert panel.start.text() == "Start session…"  # it will ask why

    click(panel.start)
    ask = desk.panel.reason_dialog
    assert ask is not None
    assert ask.explanation.text() == (
        "Pardini Relógios – suporte remoto takes no sessions at Tue 12:30; the next window opens "
        "Tue 24 Nov 13:00. Give a reason to start anyway. The reason is kept in the session's "
        "history."
    )
    assert not ask.ok_button.isEnabled()
    ask.reject()
    assert desk.panel.current() is None
    assert priced_sessions.list() == []
    assert panel.state_line.text() == "Ready to start a session with Relojoaria Central."

    click(panel.start)
    ask = desk.panel.reason_dialog
    assert ask is not None
    type_text(ask.reason, "urgent: the till is down")
    click(ask.ok_button)

    session = desk.panel.current()
    assert session is not None
    assert session.record.state is SessionState.CONNECTING
    last = priced_sessions.get(session.id).session.events[-1]
    assert (last.kind, last.text) == (
        EventKind.OVERRIDDEN,
        "Started outside opening hours: urgent: the till is down",
    )
    assert notice(desk) == ""  # overridden: the refusal no longer applies to this session


def test_the_refusal_line_goes_when_the_window_opens(
    qtbot: QtBot, make_today_desk: MakeDesk, clock: ManualClock, relojoaria: CustomerRecord
) -> None:
    clock.set(sp("12:59"))
    desk = make_today_desk()
    pick_customer(qtbot, desk, "reloj", "Relojoaria Central")
    assert notice(desk).startswith("Outside opening hours")
    assert desk.panel.notice.timer.isActive()  # worked out again every half minute

    clock.set(sp("13:00"))
    desk.panel.notice.timer.timeout.emit()

    assert notice(desk) == ""
    assert desk.window.panel.start.text() == "Start session"


def test_inside_opening_hours_the_panel_says_nothing_special(
    qtbot: QtBot, make_today_desk: MakeDesk, clock: ManualClock, relojoaria: CustomerRecord
) -> None:
    clock.set(sp("10:00"))
    desk = make_today_desk()
    pick_customer(qtbot, desk, "reloj", "Relojoaria Central")
    assert notice(desk) == ""
    click(desk.window.panel.start)
    assert desk.panel.reason_dialog is None
    assert desk.panel.current() is not None


def test_an_iponto_start_at_22_in_lisbon_says_the_surcharge_applies(
    qtbot: QtBot, make_today_desk: MakeDesk, clock: ManualClock, customers: CustomerService
) -> None:
    clock.set(datetime(2026, 11, 24, 22, 0, tzinfo=UTC))  # 22:00 in Lisbon (WET = UTC)
    customers.add_customer(Customer("Ana Costa", "ana@example.pt", policy_id="iponto"))
    desk = make_today_desk()
    pick_customer(qtbot, desk, "costa", "Ana Costa")

    assert notice(desk) == "Outside opening hours: a 50 % surcharge applies"
    assert desk.window.panel.start.text() == "Start session"
    click(desk.window.panel.start)
    assert desk.panel.reason_dialog is None  # a surcharge, not a refusal
    assert desk.panel.current() is not None
    assert notice(desk) == "Outside opening hours: a 50 % surcharge applies"  # while connecting
    complete_checklist(qtbot, desk)
    click(desk.window.panel.accepted)
    assert notice(desk) == ""  # the cost lines carry it from here
    assert desk.window.panel.cost_detail.text().endswith("Out of hours: surcharge included")


def test_a_long_unbooked_pardini_session_is_reminded_to_be_booked(
    qtbot: QtBot, make_today_desk: MakeDesk, clock: ManualClock, relojoaria: CustomerRecord
) -> None:
    clock.set(sp("10:00"))
    desk = make_today_desk()
    pick_customer(qtbot, desk, "reloj", "Relojoaria Central")
    click(desk.window.panel.start)
    complete_checklist(qtbot, desk)
    click(desk.window.panel.accepted)

    run_until(qtbot, desk, clock, "00:30:00")
    assert notice(desk) == ""
    run_until(qtbot, desk, clock, "00:30:01")
    assert notice(desk) == LONG
    assert desk.window.panel.pause.isEnabled()  # a notice, nothing is blocked


def test_a_booked_pardini_session_is_not_reminded(
    qtbot: QtBot,
    make_today_desk: MakeDesk,
    clock: ManualClock,
    book: AppointmentBook,
    relojoaria: CustomerRecord,
) -> None:
    clock.set(sp("09:55"))
    book.book(relojoaria.id, sp("10:00"), expected_minutes=60)
    desk = make_today_desk()
    start_booking(desk)
    complete_checklist(qtbot, desk)
    click(desk.window.panel.accepted)

    run_until(qtbot, desk, clock, "00:45:00")
    assert notice(desk) == ""
