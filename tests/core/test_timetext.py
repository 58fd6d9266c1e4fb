"""Reading the instants and dates people type, and showing durations like a timer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import DomainError
from app.core.timetext import format_hms, parse_date, parse_instant

LISBON = ZoneInfo("Europe/Lisbon")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-24T14:05+01:00", datetime(2026, 11, 24, 13, 5, tzinfo=UTC)),
        ("2026-11-24T14:05:30-03:30", datetime(2026, 11, 24, 17, 35, 30, tzinfo=UTC)),
        ("2026-11-24T14:05:00Z", datetime(2026, 11, 24, 14, 5, tzinfo=UTC)),
        ("  2026-11-24 14:05:00.250+00:00\n", datetime(2026, 11, 24, 14, 5, 0, 250_000, UTC)),
    ],
)
def test_an_instant_with_an_offset_is_exact_whatever_zone_is_given(
    text: str, expected: datetime
) -> None:
    for zone in (None, LISBON, ZoneInfo("Asia/Tokyo")):
        parsed = parse_instant(text, zone)
        assert parsed == expected
        assert parsed.tzinfo is UTC


@pytest.mark.parametrize(
    ("text", "expected_utc"),
    [
        ("2026-01-15T10:00", datetime(2026, 1, 15, 10, 0, tzinfo=UTC)),  # winter, WET +00:00
        ("2026-07-15T10:00", datetime(2026, 7, 15, 9, 0, tzinfo=UTC)),  # summer, WEST +01:00
        # the spring change: at 01:00 UTC the clocks jump from 01:00 to 02:00
        ("2026-03-29T00:30", datetime(2026, 3, 29, 0, 30, tzinfo=UTC)),
        ("2026-03-29T02:30", datetime(2026, 3, 29, 1, 30, tzinfo=UTC)),
        # the autumn change: 02:00 WEST becomes 01:00 WET
        ("2026-10-25T00:30", datetime(2026, 10, 24, 23, 30, tzinfo=UTC)),
        ("2026-10-25T02:30", datetime(2026, 10, 25, 2, 30, tzinfo=UTC)),
    ],
)
def test_an_instant_without_an_offset_is_read_in_the_given_zone(
    text: str, expected_utc: datetime
) -> None:
    parsed = parse_instant(text, LISBON)
    assert parsed == expected_utc
    assert parsed.tzinfo is UTC


def test_a_session_across_the_spring_change_lasts_real_time_not_wall_time() -> None:
    # 00:30 to 02:30 on the clock in Lisbon on 2026-03-29 is one hour, not two
    accepted = parse_instant("2026-03-29T00:30", LISBON)
    ended = parse_instant("2026-03-29T02:30", LISBON)
    assert ended - accepted == timedelta(hours=1)


def test_an_instant_without_an_offset_defaults_to_the_systems_zone() -> None:
    script = (
        "import json; from app.core.timetext import parse_instant; "
        "print(json.dumps([parse_instant(t).isoformat() "
        "for t in ('2026-01-15T10:00', '2026-07-15T10:00')]))"
    )
    env = {**os.environ, "TZ": "America/New_York"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout) == ["2026-01-15T15:00:00+00:00", "2026-07-15T14:00:00+00:00"]


def test_a_fixed_offset_zone_is_honoured() -> None:
    zone = timezone(timedelta(hours=5, minutes=30))
    assert parse_instant("2026-11-24T14:05", zone) == datetime(2026, 11, 24, 8, 35, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "yesterday", "24/11/2026 14:05", "2026-13-01T10:00", "2026-11-24T25:00", "14:05"],
)
def test_text_that_is_not_an_instant_gets_one_sentence_with_an_example(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_instant(text, LISBON)
    message = str(caught.value)
    assert repr(text) in message
    assert "such as 2026-11-24T14:05" in message
    assert message.endswith(".")
    assert "\n" not in message


def test_a_date_is_read_as_iso_8601() -> None:
    assert parse_date("2026-11-24") == date(2026, 11, 24)
    assert parse_date(" 2026-02-28\n") == date(2026, 2, 28)


@pytest.mark.parametrize("text", ["", "2026-02-30", "24-11-2026", "24/11/2026", "tomorrow"])
def test_text_that_is_not_a_date_gets_one_sentence_with_an_example(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_date(text)
    message = str(caught.value)
    assert repr(text) in message
    assert "such as 2026-11-24" in message


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "00:00:00"),
        (59, "00:00:59"),
        (60, "00:01:00"),
        (300, "00:05:00"),
        (3599, "00:59:59"),
        (3600, "01:00:00"),
        (86_399, "23:59:59"),
        (86_400, "24:00:00"),
        (360_000, "100:00:00"),  # grows past 99 hours rather than wrapping
        (-5, "00:00:00"),
    ],
)
def test_format_hms_shows_a_timer(seconds: int, shown: str) -> None:
    assert format_hms(seconds) == shown


NEW_YORK = ZoneInfo("America/New_York")
SPRING_GAPS = [  # a local time the clocks skip when summer time starts, and the one it was
    ("2026-03-29T01:30", LISBON, "2026-03-29T02:30"),  # 01:00 WET → 02:00 WEST
    ("2026-03-29T01:00", LISBON, "2026-03-29T02:00"),  # the first minute that does not exist
    ("2026-03-08T02:15", NEW_YORK, "2026-03-08T03:15"),  # 02:00 EST → 03:00 EDT
    ("2026-10-04T02:10", ZoneInfo("Australia/Lord_Howe"), "2026-10-04T02:40"),  # half an hour
]


@pytest.mark.parametrize(("text", "zone", "after"), SPRING_GAPS)
def test_a_local_time_that_does_not_exist_is_refused_naming_the_zone(
    text: str, zone: ZoneInfo, after: str
) -> None:
    with pytest.raises(DomainError) as caught:
        parse_instant(text, zone)
    assert str(caught.value) == (
        f"{text!r} does not exist in {zone.key}: the clocks skip it when summer time starts; "
        f"give a time after the change, such as {after}."
    )


def test_the_systems_zone_refuses_its_gap_too() -> None:
    script = (
        "from app.core.errors import DomainError; from app.core.timetext import parse_instant\n"
        "try:\n    print(parse_instant('2026-03-29T01:30'))\n"
        "except DomainError as error:\n    print(error)"
    )
    env = {**os.environ, "TZ": "Europe/Lisbon"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout == (
        "'2026-03-29T01:30' does not exist in this computer's time zone (WET/WEST): the clocks "
        "skip it when summer time starts; give a time after the change, such as 2026-03-29T02:30.\n"
    )


def test_an_ambiguous_local_time_is_the_first_of_the_two() -> None:
    """The autumn hour happens twice (01:00-02:00 in Lisbon on 2026-10-25): a time in it without
    an offset is the first one, still in summer time; an offset chooses the second."""
    assert parse_instant("2026-10-25T01:30", LISBON) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert parse_instant("2026-10-25T01:30+00:00", LISBON) == datetime(
        2026, 10, 25, 1, 30, tzinfo=UTC
    )
    assert parse_instant("2026-11-01T01:30", NEW_YORK) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)


ZONES = [LISBON, NEW_YORK, ZoneInfo("Australia/Lord_Howe"), ZoneInfo("Asia/Tokyo")]


@cache
def change_days(zone: ZoneInfo, year: int) -> tuple[date, ...]:
    """The days of `year` on which `zone`'s clocks change (none for Tokyo)."""
    days = [date(year, 1, 1) + timedelta(days=n) for n in range(366)]

    def offset(day: date) -> timedelta | None:
        return datetime.combine(day, time(), zone).utcoffset()

    return tuple(day for day in days[:-1] if offset(day) != offset(day + timedelta(days=1)))


@st.composite
def local_times(draw: st.DrawFn) -> tuple[str, ZoneInfo]:
    """A time as written without an offset, mostly on a day when the zone's clocks change."""
    zone = draw(st.sampled_from(ZONES))
    year = draw(st.integers(2001, 2098))
    day = draw(st.sampled_from(change_days(zone, year) or (date(year, 6, 1),)))
    minute = draw(st.integers(0, 2 * 24 * 60 - 1))  # that day or the next
    local = datetime.combine(day, time()) + timedelta(minutes=minute)
    return local.isoformat(), zone


@given(local_times())
def test_a_local_time_is_read_as_written_or_refused(written: tuple[str, ZoneInfo]) -> None:
    """Whatever the zone and the day: the instant read shows, in that zone, the time written (the
    first of two in an ambiguous hour), or the time does not exist there and is refused."""
    text, zone = written
    naive = datetime.fromisoformat(text)
    back = naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
    if back.replace(tzinfo=None) != naive:  # the clocks skip it
        with pytest.raises(DomainError, match="does not exist in"):
            parse_instant(text, zone)
        return
    instant = parse_instant(text, zone)
    assert instant.tzinfo is UTC
    assert instant.astimezone(zone).replace(tzinfo=None) == naive
    both = {naive.replace(tzinfo=zone, fold=fold).astimezone(UTC) for fold in (0, 1)}
    assert instant == min(both)  # in a repeated hour, the first of the two


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("2000-01-01T00:10+05:00", datetime(1999, 12, 31, 19, 10, tzinfo=UTC)),
        ("2099-12-31T23:30-05:00", datetime(2100, 1, 1, 4, 30, tzinfo=UTC)),
    ],
)
def test_a_day_inside_the_years_as_written_is_accepted_whatever_its_offset(
    text: str, utc: datetime
) -> None:
    """The range is the day as written, so the same text is accepted in every zone; in UTC it is
    then at most a day outside the range."""
    assert parse_instant(text, LISBON) == utc


@pytest.mark.parametrize("text", ["1999-12-31T23:30-05:00", "2100-01-01T00:10+05:00"])
def test_a_day_outside_the_years_as_written_is_refused_whatever_its_utc_instant(text: str) -> None:
    with pytest.raises(DomainError, match="outside the dates AssistDesk accepts"):
        parse_instant(text, LISBON)


def test_a_local_time_on_the_first_day_is_accepted_in_a_zone_ahead_of_utc() -> None:
    instant = parse_instant("2000-01-01T00:10", ZoneInfo("Asia/Tokyo"))
    assert instant == datetime(1999, 12, 31, 15, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2000-01-01T00:00Z", datetime(2000, 1, 1, tzinfo=UTC)),
        ("2099-12-31T23:59:59Z", datetime(2099, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ("2000-01-01T05:00+05:00", datetime(2000, 1, 1, tzinfo=UTC)),
    ],
)
def test_the_first_and_last_instants_are_accepted(text: str, expected: datetime) -> None:
    assert parse_instant(text, LISBON) == expected
