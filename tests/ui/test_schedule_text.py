"""How opening hours and the policy's rules read on screen, for the presets and edge cases."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from app.core.policy import Policy
from app.core.schedule import Schedule
from app.ui.today.schedule_text import (
    day_bounds,
    day_hours_text,
    opening_line,
    policy_hours_text,
    unbooked_notice,
)
from tests.ui.conftest import LOCALE, SAO_PAULO, preset


def schedule_of(policy: Policy) -> Schedule:
    assert policy.schedule is not None
    return policy.schedule


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 24), "Open 07:30–12:00, 13:00–17:30"),  # a Tuesday
        (date(2026, 11, 28), "Closed on Saturdays"),
        (date(2026, 11, 20), "Closed: public holiday"),  # Black Awareness Day, a Friday
    ],
)
def test_pardini_days(day: date, expected: str) -> None:
    assert day_hours_text(schedule_of(preset("pardini")), day) == expected


def test_an_extra_closed_date() -> None:
    schedule = replace(schedule_of(preset("pardini")), closed_dates=frozenset({date(2026, 12, 24)}))
    assert day_hours_text(schedule, date(2026, 12, 24)) == "Closed: closing day"


def test_the_zone_is_named_when_the_desk_reads_another_clock() -> None:
    iponto, noon = preset("iponto"), datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert policy_hours_text(iponto, noon, ZoneInfo("Europe/Lisbon")) == "Open 10:00–21:00"
    assert policy_hours_text(iponto, noon, SAO_PAULO) == "Open 10:00–21:00 (Lisbon time)"
    assert policy_hours_text(iponto, noon, SAO_PAULO, "pt_PT") == "Open 10:00–21:00 (Lisboa time)"
    assert policy_hours_text(preset("page-computers"), noon, SAO_PAULO) == "Open at any time"


def test_opening_lines() -> None:
    iponto, pardini = preset("iponto"), preset("pardini")
    night = datetime(2026, 11, 24, 22, 0, tzinfo=UTC)
    assert opening_line(iponto, iponto.schedule_status(night), LOCALE) == (
        "Outside opening hours: a 50 % surcharge applies"
    )
    fixed = replace(
        iponto,
        schedule=replace(schedule_of(iponto), surcharge_percent=None, surcharge_fixed=Decimal(15)),
    )
    assert opening_line(fixed, fixed.schedule_status(night), "pt_PT") == (
        "Outside opening hours: a 15,00\xa0€ out-of-hours fee applies"
    )
    friday_evening = datetime.fromisoformat("2026-11-27T18:00:00-03:00")
    assert opening_line(pardini, pardini.schedule_status(friday_evening), LOCALE, SAO_PAULO) == (
        "Outside opening hours (next window opens Mon 07:30)"
    )
    holiday = datetime.fromisoformat("2026-11-20T10:00:00-03:00")
    assert opening_line(pardini, pardini.schedule_status(holiday), LOCALE, SAO_PAULO) == (
        "Outside opening hours, a holiday (next window opens Mon 07:30)"
    )
    inside = datetime.fromisoformat("2026-11-24T10:00:00-03:00")
    assert opening_line(pardini, pardini.schedule_status(inside), LOCALE, SAO_PAULO) == ""


def test_a_time_in_the_policy_s_zone_says_where_when_the_desk_reads_another_clock() -> None:
    pardini, lisbon = preset("pardini"), ZoneInfo("Europe/Lisbon")
    friday_evening = datetime.fromisoformat("2026-11-27T18:00:00-03:00")
    status = pardini.schedule_status(friday_evening)
    assert opening_line(pardini, status, LOCALE, lisbon) == (
        "Outside opening hours (next window opens Mon 07:30 in Sao Paulo)"
    )
    assert opening_line(pardini, status, "nl_BE", lisbon).endswith("ma 07:30 in São Paulo)")


def test_the_unbooked_notice_only_past_the_limit_and_only_unbooked() -> None:
    pardini = preset("pardini")
    assert unbooked_notice(pardini, booked=False, seconds=30 * 60) == ""
    assert unbooked_notice(pardini, booked=False, seconds=30 * 60 + 1) == (
        "Long sessions should be booked (policy: 30 min)"
    )
    assert unbooked_notice(pardini, booked=True, seconds=3600) == ""
    assert unbooked_notice(preset("iponto"), booked=False, seconds=3600) == ""
    assert unbooked_notice(None, booked=False, seconds=3600) == ""


def test_a_day_is_midnight_to_midnight_in_the_desks_zone() -> None:
    lisbon = ZoneInfo("Europe/Lisbon")
    start, end = day_bounds(datetime(2026, 10, 25, 12, 0, tzinfo=UTC), lisbon)
    assert (start.isoformat(), end.isoformat()) == (
        "2026-10-24T23:00:00+00:00",
        "2026-10-26T00:00:00+00:00",
    )
    assert (end - start).total_seconds() == 25 * 3600  # the day summer time ends
