"""Opening hours as the seeds state them: windows, lunch, weekends, holidays, daylight saving,
extra closed dates, the next window, and late tolerance."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from app.core.policy import Policy
from app.core.policy_file import load_policy
from app.core.schedule import OutsideHours, Schedule
from app.resources import resource


def schedule_of(name: str) -> Schedule:
    policy: Policy = load_policy(resource("policies", f"{name}.toml"))
    assert policy.schedule is not None
    return policy.schedule


PARDINI = schedule_of("pardini")
IPONTO = schedule_of("iponto")


def sp(text: str) -> datetime:
    """A wall time in São Paulo (UTC−3 all year)."""
    return datetime.fromisoformat(f"{text}-03:00")


@pytest.mark.parametrize(
    ("local", "inside"),
    [
        ("2026-11-24T07:29:59", False),
        ("2026-11-24T07:30:00", True),  # a window's start is inside
        ("2026-11-24T11:59:59", True),
        ("2026-11-24T12:00:00", False),  # its end is not
        ("2026-11-24T12:59:59", False),  # lunch
        ("2026-11-24T13:00:00", True),
        ("2026-11-24T17:29:59", True),
        ("2026-11-24T17:30:00", False),
        ("2026-11-28T10:00:00", False),  # Saturday
        ("2026-11-29T10:00:00", False),  # Sunday
    ],
)
def test_pardini_windows(local: str, inside: bool) -> None:
    status = PARDINI.status(sp(local))
    assert status.in_window is inside
    assert status.allowed is inside  # Pardini refuses outside its windows
    assert status.outside_hours is OutsideHours.REFUSE


def test_a_national_holiday_of_each_presets_country_is_closed() -> None:
    tiradentes = PARDINI.status(sp("2026-04-21T10:00:00"))  # Brazil, a Tuesday
    assert (tiradentes.in_window, tiradentes.holiday) == (False, True)
    liberty = IPONTO.status(datetime(2026, 4, 25, 12, 0, tzinfo=UTC))  # Portugal, Freedom Day
    assert (liberty.in_window, liberty.holiday, liberty.allowed) == (False, True, True)
    assert liberty.outside_hours is OutsideHours.SURCHARGE
    assert PARDINI.status(sp("2026-04-22T10:00:00")).in_window


def test_extra_closed_dates() -> None:
    closed = replace(PARDINI, closed_dates=frozenset({date(2026, 11, 25)}))
    status = closed.status(sp("2026-11-25T10:00:00"))
    assert (status.in_window, status.holiday) == (False, True)
    assert status.next_window_start == sp("2026-11-26T07:30:00")


@pytest.mark.parametrize(
    ("local", "next_start"),
    [
        ("2026-11-24T06:00:00", "2026-11-24T07:30:00"),
        ("2026-11-24T07:30:00", "2026-11-24T13:00:00"),  # inside: the next one after this
        ("2026-11-24T12:10:00", "2026-11-24T13:00:00"),  # lunch
        ("2026-11-27T18:00:00", "2026-11-30T07:30:00"),  # Friday evening → Monday
        ("2026-04-20T18:00:00", "2026-04-22T07:30:00"),  # the day before Tiradentes
    ],
)
def test_next_window_start(local: str, next_start: str) -> None:
    found = PARDINI.next_window_start(sp(local))
    assert found == sp(next_start)
    assert found is not None
    assert found.utcoffset() == timedelta(hours=-3)  # reported in the policy's zone


def test_daylight_saving_change_in_lisbon() -> None:
    # Clocks go forward on Sunday 29 March 2026 at 01:00 UTC: 10:00 that day is 09:00 UTC.
    saturday_night = datetime(2026, 3, 28, 21, 30, tzinfo=UTC)
    assert not IPONTO.is_open(saturday_night)
    assert IPONTO.next_window_start(saturday_night) == datetime(2026, 3, 29, 9, 0, tzinfo=UTC)
    assert not IPONTO.is_open(datetime(2026, 3, 29, 8, 59, tzinfo=UTC))
    assert IPONTO.is_open(datetime(2026, 3, 29, 9, 0, tzinfo=UTC))
    assert IPONTO.is_open(datetime(2026, 3, 29, 19, 59, tzinfo=UTC))  # 20:59 summer time
    assert not IPONTO.is_open(datetime(2026, 3, 29, 20, 0, tzinfo=UTC))  # 21:00
    # And back on 25 October: 21:00 local is 21:00 UTC again.
    assert IPONTO.is_open(datetime(2026, 10, 25, 20, 30, tzinfo=UTC))


@pytest.mark.parametrize(
    ("late", "within"),
    [(0, True), (-300, True), (599, True), (600, True), (601, False), (3600, False)],
)
def test_late_tolerance_boundaries(late: int, within: bool) -> None:
    booked = sp("2026-11-24T14:00:00")
    lateness = PARDINI.lateness(booked, booked + timedelta(seconds=late))
    assert lateness.late_seconds == max(0, late)
    assert lateness.within_tolerance is within
    assert lateness.must_reschedule is not within


def test_a_schedule_with_no_window_ever_open_has_no_next_window() -> None:
    never = replace(PARDINI, windows=(), holidays=None)
    assert never.next_window_start(sp("2026-11-24T10:00:00")) is None
