"""A policy in plain words and as a price table, drawn from the pricing engine itself, so what the
office reads is what the engine charges."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal

from app.core.errors import DomainError
from app.core.policy import WEEKDAYS, OutsideHours, Policy, TariffMode
from app.core.pricing import blocks_for, price_session

_ANY_INSTANT = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)  # the table ignores opening hours
MAX_STEPS = 200  # rows of a price table: a 1-minute block over a day-long maximum is enough


@dataclass(frozen=True, slots=True)
class PriceStep:
    """Sessions longer than `above_seconds` and up to `up_to_seconds` cost `total`."""

    above_seconds: int
    up_to_seconds: int
    total: Decimal


def next_price_change(policy: Policy, duration_seconds: int, free_seconds_left: int) -> int | None:
    """The duration (in seconds) at which the price of a running session next goes up, or None
    when it never will (an offer: the price is agreed)."""
    tariff = policy.tariff
    if tariff.mode is TariffMode.OFFER or tariff.first_block_minutes is None:
        return None
    billable = max(0, duration_seconds - free_seconds_left)
    if billable == 0:
        return free_seconds_left + 1
    _first, further = blocks_for(policy, billable)
    if tariff.block_minutes is None:
        return None
    # The blocks charged so far end here; the next one is charged once past its grace seconds.
    charged_until = tariff.first_block_minutes * 60 + further * tariff.block_minutes * 60
    return free_seconds_left + charged_until + tariff.grace_seconds + 1


def price_steps(policy: Policy, up_to_seconds: int, most: int = MAX_STEPS) -> list[PriceStep]:
    """The price of a resolved session by length, inside opening hours, without free minutes:
    at most `most` steps, and none past a price too large to record."""
    if policy.tariff.mode is TariffMode.OFFER:
        return []
    plain = replace(policy, schedule=None)
    steps: list[PriceStep] = []
    above = 0
    while above < up_to_seconds and len(steps) < most:
        upper = next_price_change(plain, above + 1, 0)
        if upper is None:
            break
        try:
            total = price_session(plain, above + 1, _ANY_INSTANT).total
        except DomainError:  # longer sessions would cost more than can be recorded
            break
        steps.append(PriceStep(above, upper - 1, total))
        above = upper - 1
    return steps


def describe(policy: Policy) -> list[str]:
    """The policy as sentences a technician or a customer understands."""
    t, money = policy.tariff, _money(policy)
    vat = "VAT included" if policy.prices_include_vat else "plus VAT"
    lines = []
    if t.mode is TariffMode.OFFER:
        lines.append(f"The price is agreed with the customer for each session ({vat}).")
    else:
        lines.append(
            f"{money(t.first_block_price)} ({vat}) for the first {t.first_block_minutes} minutes, "
            f"then {money(t.block_price)} for every started {t.block_minutes} minutes."
        )
        if t.grace_seconds:
            lines.append(f"The first {t.grace_seconds} seconds of a new block are not charged.")
    lines.append(
        "Nothing is charged when the problem is not solved."
        if not t.charge_unresolved
        else "Sessions are charged whether or not the problem is solved."
    )
    if t.max_session_minutes:
        lines.append(f"Sessions are limited to {t.max_session_minutes} minutes.")
    if policy.allowance is not None:
        a = policy.allowance
        conditions = []
        if a.requires_paid_service:
            conditions.append(f"who bought a paid service in the same {a.period}")
        if a.requires_known_equipment:
            conditions.append("on equipment serviced before")
        who = " for customers " + " and ".join(conditions) if conditions else ""
        lines.append(f"{a.minutes} free minutes per calendar {a.period}{who}, used first.")
    if policy.schedule is not None:
        s = policy.schedule
        windows = "; ".join(f"{_days(w.days)} {w.start:%H:%M}–{w.end:%H:%M}" for w in s.windows)
        lines.append(f"Open {windows} ({s.timezone} time).")
        if s.holidays:
            lines.append(f"Closed on public holidays ({s.holidays}).")
        if s.outside_hours is OutsideHours.REFUSE:
            lines.append("Outside these hours sessions are refused.")
        elif s.outside_hours is OutsideHours.SURCHARGE:
            extra = (
                money(s.surcharge_fixed)
                if s.surcharge_fixed is not None
                else f"{(s.surcharge_percent or Decimal(0)).normalize():f} %"
            )
            lines.append(f"Outside these hours a surcharge of {extra} is added.")
        if s.late_tolerance_minutes:
            lines.append(
                f"A booked session may start up to {s.late_tolerance_minutes} minutes late."
            )
    return lines


def _money(policy: Policy) -> Callable[[Decimal | None], str]:
    def text(amount: Decimal | None) -> str:
        return f"{amount} {policy.currency}"

    return text


def _days(days: frozenset[int]) -> str:
    ordered = sorted(days)
    if len(ordered) == len(WEEKDAYS):
        return "every day"
    if ordered == list(range(ordered[0], ordered[-1] + 1)) and len(ordered) > 2:
        return f"{WEEKDAYS[ordered[0]].title()}–{WEEKDAYS[ordered[-1]].title()}"
    return ", ".join(WEEKDAYS[d].title() for d in ordered)
