"""Allowance periods and what is left, in the policy's time zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.core.allowance import Eligibility, free_seconds_left, period_of
from app.core.policy import Allowance
from app.core.policy_file import load_policy
from app.resources import resource

IPONTO = load_policy(resource("policies", "iponto.toml"))
ELIGIBLE = Eligibility(has_paid_service=True, equipment_known=True)


def test_yearly_period_follows_the_policy_zone() -> None:
    # Lisbon is on UTC in winter, so the last half hour of the year is still 2026.
    period = period_of(IPONTO, datetime(2026, 12, 31, 23, 30, tzinfo=UTC))
    assert period is not None
    assert period.label == "2026"
    assert period.start == datetime(2026, 1, 1, tzinfo=UTC)
    assert period.end == datetime(2027, 1, 1, tzinfo=UTC)


def test_monthly_period_in_a_zone_ahead_of_utc() -> None:
    assert IPONTO.allowance is not None
    assert IPONTO.schedule is not None
    monthly = replace(
        IPONTO,
        allowance=replace(IPONTO.allowance, period="month"),
        schedule=replace(IPONTO.schedule, timezone="Europe/Berlin"),
    )
    # 23:30 UTC on 31 October is 00:30 on 1 November in Berlin.
    period = period_of(monthly, datetime(2026, 10, 31, 23, 30, tzinfo=UTC))
    assert period is not None
    assert period.label == "2026-11"
    assert period.start == datetime(2026, 10, 31, 23, 0, tzinfo=UTC)
    assert period.end == datetime(2026, 11, 30, 23, 0, tzinfo=UTC)
    december = period_of(monthly, datetime(2026, 12, 15, tzinfo=UTC))
    assert december is not None
    assert december.end == datetime(2026, 12, 31, 23, 0, tzinfo=UTC)


def test_no_allowance_means_no_period_and_nothing_free() -> None:
    plain = replace(IPONTO, allowance=None)
    assert period_of(plain, datetime(2026, 1, 1, tzinfo=UTC)) is None
    assert free_seconds_left(plain, 0, ELIGIBLE) == 0


@pytest.mark.parametrize(("used", "left"), [(0, 7200), (3000, 4200), (7200, 0), (9000, 0)])
def test_what_is_left_never_goes_negative(used: int, left: int) -> None:
    assert free_seconds_left(IPONTO, used, ELIGIBLE) == left


@pytest.mark.parametrize(
    ("paid", "known", "requires_paid", "requires_known", "left"),
    [
        (True, True, True, True, 7200),
        (False, True, True, True, 0),
        (True, False, True, True, 0),
        (False, False, False, False, 7200),
        (False, True, False, True, 7200),
        (True, False, True, False, 7200),
    ],
)
def test_eligibility(
    paid: bool, known: bool, requires_paid: bool, requires_known: bool, left: int
) -> None:
    allowance = Allowance(120, "year", requires_paid, requires_known)
    policy = replace(IPONTO, allowance=allowance)
    assert free_seconds_left(policy, 0, Eligibility(paid, known)) == left
