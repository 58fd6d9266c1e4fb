"""Every shipped preset priced with the numbers of its seed document, at the block boundaries."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.core.errors import DomainError
from app.core.policy import Policy
from app.core.policy_file import load_policy
from app.core.pricing import price_session
from app.core.session import Outcome
from app.resources import resource

# A Tuesday, inside every preset's opening hours (11:00 in Lisbon, 09:00 in São Paulo).
WEEKDAY_NOON = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def preset(name: str) -> Policy:
    return load_policy(resource("policies", f"{name}.toml"))


def seconds(text: str) -> int:
    h, m, s = (int(part) for part in text.split(":"))
    return h * 3600 + m * 60 + s


@pytest.mark.parametrize(
    ("duration", "total"),
    [
        ("0:00:00", "0.00"),
        ("0:00:01", "10.00"),
        ("0:10:00", "10.00"),
        ("0:10:01", "15.00"),
        ("0:12:00", "15.00"),  # the example
        ("0:15:00", "15.00"),
        ("0:15:01", "20.00"),
        ("0:30:00", "30.00"),
    ],
)
def test_page_computers_blocks(duration: str, total: str) -> None:
    quote = price_session(preset("page-computers"), seconds(duration), WEEKDAY_NOON)
    assert quote.total == Decimal(total)


def test_page_computers_unresolved_is_free_and_cancelled_is_not() -> None:
    policy = preset("page-computers")
    unresolved = price_session(policy, seconds("0:20:00"), WEEKDAY_NOON, Outcome.UNRESOLVED)
    cancelled = price_session(policy, seconds("0:20:00"), WEEKDAY_NOON, Outcome.CANCELLED)
    assert unresolved.total == Decimal("0.00")
    assert unresolved.lines == ()
    assert cancelled.total == Decimal("20.00")


def test_page_computers_vat_inclusive_split() -> None:
    quote = price_session(preset("page-computers"), seconds("0:12:00"), WEEKDAY_NOON)
    assert (quote.net, quote.vat, quote.total) == (
        Decimal("12.40"), Decimal("2.60"), Decimal("15.00"),
    )  # fmt: skip


def test_page_computers_flags_sessions_over_thirty_minutes() -> None:
    policy = preset("page-computers")
    assert not price_session(policy, seconds("0:30:00"), WEEKDAY_NOON).over_max
    assert price_session(policy, seconds("0:30:01"), WEEKDAY_NOON).over_max


@pytest.mark.parametrize(
    ("duration", "total"),
    [
        ("0:45:00", "13.50"),  # the example
        ("1:00:00", "13.50"),
        ("1:00:01", "20.25"),
        ("1:10:00", "20.25"),  # the example
        ("1:30:00", "20.25"),
        ("1:30:01", "27.00"),
    ],
)
def test_iponto_blocks(duration: str, total: str) -> None:
    assert price_session(preset("iponto"), seconds(duration), WEEKDAY_NOON).total == Decimal(total)


def test_iponto_free_minutes_come_first() -> None:
    policy = preset("iponto")
    covered = price_session(policy, seconds("1:10:00"), WEEKDAY_NOON, free_seconds_left=120 * 60)
    assert (covered.free_seconds, covered.billable_seconds, covered.total) == (4200, 0, Decimal(0))
    partly = price_session(policy, seconds("1:10:00"), WEEKDAY_NOON, free_seconds_left=50 * 60)
    assert (partly.free_seconds, partly.billable_seconds) == (3000, 1200)
    assert partly.total == Decimal("13.50")  # 20 billable minutes: the first block


def test_iponto_out_of_hours_surcharge() -> None:
    evening = datetime(2026, 11, 24, 21, 30, tzinfo=UTC)  # 21:30 in Lisbon
    quote = price_session(preset("iponto"), seconds("0:45:00"), evening)
    assert quote.out_of_hours
    assert quote.allowed
    assert [line.amount for line in quote.lines] == [Decimal("13.50"), Decimal("6.75")]
    assert quote.total == Decimal("20.25")


def test_iponto_public_holiday_is_out_of_hours() -> None:
    christmas = datetime(2026, 12, 25, 12, 0, tzinfo=UTC)
    assert price_session(preset("iponto"), seconds("0:45:00"), christmas).out_of_hours


@pytest.mark.parametrize(
    ("local", "allowed"),
    [
        ("2026-11-24T07:29:59-03:00", False),
        ("2026-11-24T07:30:00-03:00", True),
        ("2026-11-24T11:59:59-03:00", True),
        ("2026-11-24T12:30:00-03:00", False),  # lunch
        ("2026-11-24T13:00:00-03:00", True),
        ("2026-11-24T17:30:00-03:00", False),
        ("2026-11-28T10:00:00-03:00", False),  # Saturday
        ("2026-11-20T10:00:00-03:00", False),  # Consciência Negra, a national holiday
    ],
)
def test_pardini_refuses_outside_its_windows(local: str, allowed: bool) -> None:
    quote = price_session(preset("pardini"), 600, datetime.fromisoformat(local))
    assert quote.allowed is allowed
    assert quote.out_of_hours is not allowed


def test_justanswer_charges_the_accepted_offer_whatever_the_length() -> None:
    policy = preset("justanswer")
    short = price_session(policy, 60, WEEKDAY_NOON, offer=Decimal("35"))
    long = price_session(policy, 3 * 3600, WEEKDAY_NOON, offer=Decimal("35"))
    assert short.total == long.total == Decimal("35.00")


def test_justanswer_needs_an_offer() -> None:
    with pytest.raises(DomainError, match="agreed offer"):
        price_session(preset("justanswer"), 600, WEEKDAY_NOON)


def test_phonetex_charges_unresolved_sessions() -> None:
    quote = price_session(preset("phonetex"), seconds("0:20:00"), WEEKDAY_NOON, Outcome.UNRESOLVED)
    assert quote.total == Decimal("45.00")
