"""Reading the instants and dates people type, and showing durations like a timer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

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
