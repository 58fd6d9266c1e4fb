"""What a person types — a date, an instant, a duration, an amount — is either a value in the range
docs/cli.md promises or a DomainError of one line; never another exception (an OverflowError at
year 1, a ValueError from `int("²")`), whatever the text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.core.errors import DomainError
from app.core.money import LARGEST_AMOUNT, parse_amount
from app.core.timetext import FIRST_DAY, LAST_DAY, parse_date, parse_duration, parse_instant

DAY = 86_400
# Digits that `str.isdigit()` or `int()` take and AssistDesk does not: superscripts, Arabic-Indic,
# Devanagari, full-width.
FOREIGN_DIGITS = "²³¹٠١٢٣٤٥٦٧٨٩०१२३४५६७८९０１２３４５６７８９"
ZONES = (
    None,
    UTC,
    ZoneInfo("Europe/Lisbon"),
    ZoneInfo("Pacific/Kiritimati"),
    ZoneInfo("Etc/GMT+12"),
)


def one_sentence(error: DomainError) -> str:
    message = str(error)
    assert message, message
    assert "\n" not in message, message
    assert "\r" not in message, message
    assert len(message) < 300, message
    return message


def outcome(parse: Callable[[str], Any], text: str) -> Any:
    """The value parsed, or None after checking that the refusal is one line."""
    try:
        return parse(text)
    except DomainError as error:
        one_sentence(error)
        return None


# Text that comes near the edges: any year, offsets, foreign digits mixed into ISO forms.
iso_like = st.builds(
    "{:04d}-{:02d}-{:02d}{}{}".format,
    st.integers(0, 9999),
    st.integers(0, 13),
    st.integers(0, 32),
    st.sampled_from(["", "T00:00", "T23:59:59", "T12:30", " 14:05", "T24:00", "T10"]),
    st.sampled_from(["", "Z", "+14:00", "-12:00", "+23:59", "-23:59:59", "+01:00:30"]),
)
foreign = st.text(alphabet=st.sampled_from("0123456789:-T+Z hms." + FOREIGN_DIGITS), max_size=25)
anything = st.one_of(st.text(max_size=40), iso_like, foreign)


@given(anything)
@example("0001-01-01")
@example("9999-12-31")
@example("２０２６-11-24")
@example("2026-11-2٤")
def test_a_date_is_in_range_or_one_sentence(text: str) -> None:
    day = outcome(parse_date, text)
    assert day is None or FIRST_DAY <= day <= LAST_DAY


@given(anything, st.sampled_from(ZONES))
@example("0001-01-01T00:00", None)
@example("0001-01-01T00:00+01:00", None)
@example("9999-12-31T23:59-01:00", None)
@example("9999-12-31T23:59", ZoneInfo("Pacific/Kiritimati"))
def test_an_instant_is_in_range_or_one_sentence(text: str, zone: Any) -> None:
    instant = outcome(lambda t: parse_instant(t, zone), text)
    if instant is not None:
        assert instant.tzinfo is UTC
        # the day as written is in range; in UTC it is at most a day off either way
        assert FIRST_DAY - timedelta(days=1) <= instant.date() <= LAST_DAY + timedelta(days=1)
        assert instant + timedelta(days=2) > instant  # its next midnights exist


durations = st.one_of(
    anything,
    st.builds(
        "{}:{:02d}:{:02d}".format, st.integers(0, 10**25), st.integers(0, 99), st.integers(0, 99)
    ),
    st.builds("{}{}".format, st.integers(0, 10**25), st.sampled_from("hms")),
)


@given(durations)
@example("99999999999999999999h")
@example("0:1²:00")
@example("٣h")
@example("1e9h")
@example("9" * 5000 + "s")
def test_a_duration_is_at_most_a_day_or_one_sentence(text: str) -> None:
    seconds = outcome(parse_duration, text)
    assert seconds is None or (isinstance(seconds, int) and 0 <= seconds <= DAY)


@given(st.one_of(anything, st.from_regex(r"-?[0-9]{0,14}[.,]?[0-9]{0,6}(e[+-]?[0-9]{1,3})?")))
@example("1e30")
@example("1e400")
@example("1e-400")
@example("NaN")
@example("-Infinity")
@example("١٠")
def test_an_amount_is_storable_or_one_sentence(text: str) -> None:
    amount = outcome(parse_amount, text)
    if amount is not None:
        assert amount.is_finite()
        assert abs(amount) <= LARGEST_AMOUNT
        assert amount == amount.quantize(Decimal("0.0001"))  # at most the 4 decimals stored


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("1999-12-31", "outside the dates AssistDesk accepts, 2000-01-01 to 2099-12-31"),
        ("2100-01-01", "outside the dates"),
        ("0001-01-01", "outside the dates"),
        ("9999-12-31", "outside the dates"),
        ("2026-11-2٤", "not an ISO 8601 date"),
    ],
)
def test_dates_outside_the_range_are_refused(text: str, says: str) -> None:
    with pytest.raises(DomainError, match=says):
        parse_date(text)


def test_the_first_and_last_days_are_accepted_and_their_midnights_exist() -> None:
    """The range is the day as written, in every zone alike: the first local minutes of 2000 east
    of Greenwich (still 1999 in UTC) and the last of 2099 west of it (2100 in UTC) are accepted."""
    assert parse_date("2000-01-01") == FIRST_DAY
    assert parse_date("2099-12-31") == LAST_DAY
    for zone in ZONES[1:]:
        for text in ("2000-01-01T00:00", "2099-12-31T23:59:59"):
            written = datetime.fromisoformat(text).replace(tzinfo=zone)
            assert parse_instant(text, zone) == written.astimezone(UTC)


@pytest.mark.parametrize(
    "text", ["0001-01-01T00:00+01:00", "9999-12-31T23:59:59-01:00", "1999-12-31T23:59Z"]
)
def test_instants_outside_the_range_are_refused_before_any_conversion(text: str) -> None:
    with pytest.raises(DomainError, match="outside the dates AssistDesk accepts"):
        parse_instant(text, timezone(timedelta(hours=-12)))


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("24:00:00", DAY), ("1440m", DAY), ("86400s", DAY), ("23h59m60s", DAY), ("0:00:00", 0),
     ("007m", 420), ("1h 30m", 5400)],
)  # fmt: skip
def test_durations_up_to_a_day(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("text", "says"),
    [("24:00:01", "longer than 24:00:00"), ("1441m", "longer than"), ("25h", "longer than"),
     ("99999999999999999999h", "longer than"), ("0" * 30 + "1h", None),
     ("0:1²:00", "not a duration"),
     ("٣h", "not a duration"), ("１h", "not a duration"), ("1e9h", "not a duration")],
)  # fmt: skip
def test_durations_beyond_a_day_or_with_foreign_digits_are_refused(
    text: str, says: str | None
) -> None:
    if says is None:  # leading zeros are only zeros
        assert parse_duration(text) == 3600
        return
    with pytest.raises(DomainError, match=says) as caught:
        parse_duration(text)
    one_sentence(caught.value)
