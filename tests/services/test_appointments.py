"""The appointment book on SQLite and PostgreSQL: booking within opening hours, late tolerance on
start, missed and rescheduled bookings, overrides with their reason, and the iCalendar export."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from app.core.appointment import AppointmentStatus
from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.core.parties import Customer
from app.core.policy import Policy
from app.core.policy_file import load_policy
from app.core.session import EventKind, Outcome, SessionState
from app.resources import resource
from app.services.appointment_calendar import appointments_ics
from app.services.appointments import AppointmentBook
from app.services.charging import SessionCharger
from app.services.customers import CustomerService
from app.services.errors import MissedAppointmentError, OutsideHoursError
from app.services.sessions import SessionService
from app.storage.database import Database

# Tuesday 24 November 2026, 10:00 in São Paulo (UTC−3): inside Pardini's morning window.
TUESDAY_10 = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


def sp(hh_mm: str, day: int = 24) -> datetime:
    return datetime.fromisoformat(f"2026-11-{day:02d}T{hh_mm}:00-03:00")


def lookup(policy_id: str) -> Policy:
    return load_policy(resource("policies", f"{policy_id}.toml"))


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(TUESDAY_10)


@pytest.fixture
def book(db: Database, clock: ManualClock) -> AppointmentBook:
    return AppointmentBook(db, clock, lookup, "desk")


@pytest.fixture
def sessions(db: Database, clock: ManualClock) -> SessionService:
    return SessionService(db, clock, workstation="desk", charger=SessionCharger(lookup))


@pytest.fixture
def pardini(db: Database, clock: ManualClock) -> int:
    return CustomerService(db, clock).add_customer(Customer("Relojoaria", policy_id="pardini")).id


def test_booking_inside_opening_hours(book: AppointmentBook, pardini: int) -> None:
    booked = book.book(pardini, sp("14:00"), expected_minutes=45, note="  printer   driver ")
    assert booked.status is AppointmentStatus.BOOKED
    assert (booked.scheduled_at, booked.expected_minutes, booked.note) == (
        sp("14:00"), 45, "printer driver",
    )  # fmt: skip
    assert booked.tolerance_seconds == 600
    assert book.get(booked.id) == booked


def test_booking_outside_hours_needs_a_reason(book: AppointmentBook, pardini: int) -> None:
    with pytest.raises(OutsideHoursError, match="the next window opens Tue 24 Nov 13:00"):
        book.book(pardini, sp("12:30"))
    assert book.between(sp("00:00"), sp("23:59")) == []
    lunch = book.book(pardini, sp("12:30"), override_reason="only free at lunch")
    assert lunch.reason == "only free at lunch"


def test_times_in_the_past_are_refused(book: AppointmentBook, pardini: int) -> None:
    with pytest.raises(DomainError, match="already passed"):
        book.book(pardini, sp("09:59"))


def test_list_a_range_in_order(book: AppointmentBook, pardini: int) -> None:
    for hh_mm in ("15:00", "11:00", "13:30"):
        book.book(pardini, sp(hh_mm))
    book.book(pardini, sp("09:00", day=25))
    day = book.between(sp("00:00"), sp("00:00", day=25))
    assert [a.scheduled_at for a in day] == [sp("11:00"), sp("13:30"), sp("15:00")]


def test_cancel_and_reschedule_keep_the_history(book: AppointmentBook, pardini: int) -> None:
    first = book.book(pardini, sp("14:00"))
    moved = book.reschedule(first.id, sp("09:00", day=25))
    old = book.get(first.id)
    assert old.status is AppointmentStatus.RESCHEDULED
    assert (old.rescheduled_to_id, moved.rescheduled_from_id) == (moved.id, first.id)
    assert moved.status is AppointmentStatus.BOOKED
    with pytest.raises(DomainError, match="is rescheduled and cannot be cancelled"):
        book.cancel(first.id)
    cancelled = book.cancel(moved.id, "customer solved it")
    assert (cancelled.status, cancelled.reason) == (
        AppointmentStatus.CANCELLED,
        "customer solved it",
    )
    with pytest.raises(DomainError, match="is cancelled and cannot be started"):
        book.start(moved.id)


@pytest.mark.parametrize("late_minutes", [0, 10])
def test_starting_on_time_or_within_tolerance(
    book: AppointmentBook,
    sessions: SessionService,
    pardini: int,
    clock: ManualClock,
    late_minutes: int,
) -> None:
    booked = book.book(pardini, sp("14:00"))
    clock.set(sp("14:00") + timedelta(minutes=late_minutes))  # exactly at the tolerance: fine
    detail = book.start(booked.id)
    assert detail.record.state is SessionState.CONNECTING
    record = book.get(booked.id)
    assert (record.status, record.session_id) == (AppointmentStatus.STARTED, detail.id)
    assert record.session_state is SessionState.CONNECTING
    assert sessions.get(detail.id).record.customer_id == pardini
    with pytest.raises(DomainError, match="is started"):
        book.start(booked.id)


def test_too_late_marks_the_booking_missed_then_a_reason_starts_it(
    db: Database, book: AppointmentBook, sessions: SessionService, pardini: int, clock: ManualClock
) -> None:
    booked = book.book(pardini, sp("14:00"))
    clock.set(sp("14:10") + timedelta(seconds=1))
    with pytest.raises(MissedAppointmentError, match="10 min late, past the 10-minute tolerance"):
        book.start(booked.id)
    assert book.get(booked.id).status is AppointmentStatus.MISSED  # committed, not rolled back
    assert sessions.list() == []
    clock.advance(minutes=4)
    with pytest.raises(MissedAppointmentError):
        book.start(booked.id)  # still missed without a reason
    detail = book.start(booked.id, override_reason="customer's router was down")
    events = detail.session.events
    assert [e.kind for e in events] == [EventKind.CREATED, EventKind.OVERRIDDEN]
    assert events[1].text == "Started 14 min late, past the tolerance: customer's router was down"
    record = book.get(booked.id)
    assert (record.status, record.reason) == (
        AppointmentStatus.STARTED,
        "customer's router was down",
    )


def test_a_missed_booking_can_be_rescheduled(
    book: AppointmentBook, pardini: int, clock: ManualClock
) -> None:
    booked = book.book(pardini, sp("14:00"))
    clock.set(sp("14:30"))
    with pytest.raises(MissedAppointmentError):
        book.start(booked.id)
    moved = book.reschedule(booked.id, sp("08:00", day=25))
    assert book.get(booked.id).status is AppointmentStatus.RESCHEDULED
    clock.set(sp("08:05", day=25))
    assert book.start(moved.id).record.state is SessionState.CONNECTING


def test_an_unbooked_session_outside_refusing_hours_needs_a_reason(
    sessions: SessionService, pardini: int, clock: ManualClock
) -> None:
    clock.set(sp("12:15"))  # lunch
    policy, status = sessions.opening_rules(pardini)
    assert policy is not None
    assert (status.in_window, status.allowed) == (False, False)
    assert status.next_window_start == sp("13:00")
    with pytest.raises(OutsideHoursError, match="takes no sessions at Tue 12:15"):
        sessions.open(pardini)
    assert sessions.list() == []
    opened = sessions.open(pardini, override_reason="line down all morning")
    assert opened.session.events[-1].kind is EventKind.OVERRIDDEN
    assert opened.session.events[-1].text == "Started outside opening hours: line down all morning"


def test_a_surcharge_policy_starts_outside_hours_and_the_price_carries_it(
    db: Database, sessions: SessionService, clock: ManualClock
) -> None:
    ana = CustomerService(db, clock).add_customer(Customer("Ana", policy_id="iponto")).id
    clock.set(datetime(2026, 11, 24, 22, 0, tzinfo=UTC))  # 22:00 in Lisbon
    _policy, status = sessions.opening_rules(ana)
    assert (status.in_window, status.allowed, status.outside_hours.value) == (
        False, True, "surcharge",
    )  # fmt: skip
    opened = sessions.open(ana)
    sessions.accept(opened.id)
    clock.advance(minutes=45)
    charge = sessions.end(opened.id, Outcome.RESOLVED).record.charge
    assert charge is not None
    assert charge.out_of_hours
    assert str(charge.total) == "20.25"  # 13.50 + 50 %


def test_the_calendar_file_reads_back(book: AppointmentBook, pardini: int) -> None:
    kept = book.book(pardini, sp("14:00"), expected_minutes=45, note="printer")
    gone = book.book(pardini, sp("15:00"))
    book.cancel(gone.id)
    data = appointments_ics(book.between(sp("00:00"), sp("00:00", day=25)), TUESDAY_10)
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert str(event["uid"]) == f"appointment-{kept.id}@assistdesk"
    assert event.decoded("dtstart") == sp("14:00")
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(minutes=45)
    assert str(event["summary"]) == "Remote support: Relojoaria"
    assert str(event["description"]) == "printer"
