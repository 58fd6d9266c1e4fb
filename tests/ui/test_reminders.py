"""When the technician is reminded of an appointment: once when it becomes due, once two minutes
before its late tolerance runs out — decided by a plain object, tested without Qt."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta

from app.core.appointment import AppointmentRecord, AppointmentStatus
from app.core.remote_tool import RemoteTool
from app.core.session import SessionState
from app.ui.today.reminders import AppointmentReminders, Reminder
from tests.ui.conftest import SAO_PAULO

BOOKED = AppointmentRecord(
    id=7,
    customer_id=1,
    customer_name="Relojoaria Central",
    equipment_id=None,
    equipment_label="",
    tool=RemoteTool.ANYDESK,
    scheduled_at=datetime.fromisoformat("2026-11-24T14:00:00-03:00"),
    expected_minutes=30,
    note="",
    status=AppointmentStatus.BOOKED,
    session_id=None,
    session_state=None,
    rescheduled_from_id=None,
    rescheduled_to_id=None,
    reason="",
    tolerance_seconds=600,
)


def sp(hh_mm_ss: str) -> datetime:
    return datetime.fromisoformat(f"2026-11-24T{hh_mm_ss}-03:00")


def test_due_once_then_once_two_minutes_before_the_tolerance_ends() -> None:
    reminders = AppointmentReminders()

    def check(at: str) -> list[Reminder]:
        return reminders.check([BOOKED], sp(at), SAO_PAULO)

    assert check("13:54:59") == []  # upcoming
    assert check("13:55:00") == [
        Reminder(7, "Appointment at 14:00", "Relojoaria Central (AnyDesk): due")
    ]
    assert check("13:58:00") == []
    assert check("14:03:00") == []  # late, but already told
    assert check("14:07:59") == []
    assert check("14:08:00") == [
        Reminder(
            7,
            "Tolerance ends at 14:10",
            "Relojoaria Central (AnyDesk), booked for 14:00, is late by 8 min (tolerance ends "
            "14:10). Start the session now or reschedule it.",
        )
    ]
    assert check("14:09:00") == []
    assert check("14:20:00") == []  # missed: nothing more to say


def test_first_seen_late_is_told_it_is_late() -> None:
    reminders = AppointmentReminders()
    (late,) = reminders.check([BOOKED], sp("14:04:00"), SAO_PAULO)
    assert late.message == "Relojoaria Central (AnyDesk): late by 4 min (tolerance ends 14:10)"


def test_each_appointment_is_reminded_on_its_own() -> None:
    reminders = AppointmentReminders()
    other = replace(BOOKED, id=8, tool=None, customer_name="Bert")
    told = reminders.check([BOOKED, other], sp("13:56:00"), SAO_PAULO)
    assert [(r.appointment_id, r.message) for r in told] == [
        (7, "Relojoaria Central (AnyDesk): due"),
        (8, "Bert: due"),
    ]


def test_started_cancelled_or_missed_bookings_are_not_reminded() -> None:
    reminders = AppointmentReminders()
    started = replace(
        BOOKED, id=1, status=AppointmentStatus.STARTED, session_state=SessionState.ACTIVE
    )
    cancelled = replace(BOOKED, id=2, status=AppointmentStatus.CANCELLED)
    missed = replace(BOOKED, id=3, status=AppointmentStatus.MISSED)
    at = sp("14:09:00")
    assert reminders.check([started, cancelled, missed], at, SAO_PAULO) == []
    assert reminders.check([BOOKED], at + timedelta(minutes=2), SAO_PAULO) == []  # past it


def test_a_policy_without_tolerance_is_reminded_once_when_due() -> None:
    reminders = AppointmentReminders()
    open_ended = replace(BOOKED, tolerance_seconds=None)
    assert len(reminders.check([open_ended], sp("13:56:00"), SAO_PAULO)) == 1
    assert reminders.check([open_ended], sp("15:00:00"), SAO_PAULO) == []


def test_the_reminder_rule_loads_no_qt() -> None:
    probe = "import sys, app.ui.today.reminders; print('PySide6' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert (done.returncode, done.stdout.strip()) == (0, "False"), done.stderr
