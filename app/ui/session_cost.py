"""What a session costs, as the lines shown under the big timer.

`running_cost` turns the LivePricing read when the connection was accepted and the duration so
far into three lines — the cost and when the next block starts; a detail line with the free
minutes left and whether it is out of hours; and a warning near or past the policy's maximum
length — with plain arithmetic, so it can run on the timer's tick. `ended_cost` shows the price
stored when the session ended. `CostLines` puts a readout on the panel's labels, touching a label
only when its text changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from math import ceil

from PySide6.QtWidgets import QLabel

from app.core.policy import OutsideHours
from app.core.pricing import LivePricing
from app.core.records import ChargeSummary
from app.core.session import Outcome
from app.core.tariff_text import next_price_change
from app.core.timetext import format_hms
from app.ui.display import money_text

WARN_BEFORE_SECONDS = 5 * 60  # the "n min left" warning starts this long before the maximum
NOT_PRICED = "No policy: not priced"
OFFER_NOT_AGREED = "Price agreed per session"


class Level(StrEnum):
    """How urgent the warning line is; also the label's `level` property, for styling."""

    NONE = ""
    NEAR = "near"  # amber: the maximum is close
    REACHED = "reached"  # red: at or past the maximum


@dataclass(frozen=True, slots=True)
class CostReadout:
    cost: str = ""
    detail: str = ""  # free minutes (policies with an allowance), out of hours, net and VAT
    warning: str = ""
    level: Level = Level.NONE


def running_cost(
    pricing: LivePricing | None, seconds: int, locale: str, policy_id: str = ""
) -> CostReadout:
    """The readout of a running session that has lasted `seconds` so far."""
    if pricing is None:
        cost = f"Policy {policy_id} is unavailable: not priced" if policy_id else NOT_PRICED
        return CostReadout(cost)
    policy = pricing.policy
    # The first block is due from the first second: show it from the moment of acceptance
    # rather than "0.00, next block at 00:00:00" for the first second.
    priced = max(seconds, 1)
    quote = pricing.quote(priced)
    if quote is None:
        cost = OFFER_NOT_AGREED
    else:
        cost = money_text(quote.total, quote.currency, locale)
        change = next_price_change(policy, priced, pricing.free_seconds_left)
        # The price goes up one second past the block's start (plus any grace seconds).
        cost += f" — next block at {format_hms(change - 1)}" if change else " — agreed price"
    details = []
    if policy.allowance is not None:
        used = quote.free_seconds if quote is not None else 0
        left = max(0, pricing.free_seconds_left - used)
        details.append(f"Free minutes left: {ceil(left / 60)} min")
    if quote is not None and quote.out_of_hours:
        surcharge = policy.schedule and policy.schedule.outside_hours is OutsideHours.SURCHARGE
        details.append("Out of hours" + (": surcharge included" if surcharge else ""))
    warning, level = _limit_warning(policy.tariff.max_session_minutes, seconds)
    return CostReadout(cost, " · ".join(details), warning, level)


def _limit_warning(max_minutes: int | None, seconds: int) -> tuple[str, Level]:
    if max_minutes is None:
        return "", Level.NONE
    limit = max_minutes * 60
    if seconds >= limit:
        return f"Maximum of {max_minutes} minutes reached — {format_hms(seconds)}", Level.REACHED
    if seconds >= limit - WARN_BEFORE_SECONDS:
        left = ceil((limit - seconds) / 60)
        return f"{left} min left of the {max_minutes}-minute maximum", Level.NEAR
    return "", Level.NONE


def ended_cost(charge: ChargeSummary | None, locale: str) -> CostReadout:
    """The readout of an ended session: its stored price, which never changes."""
    if charge is None:
        return CostReadout()

    def money(amount: Decimal) -> str:
        return money_text(amount, charge.currency, locale)

    cost = f"{money(charge.total)} charged"
    detail = f"Net {money(charge.net)} + VAT {money(charge.vat)}"
    if charge.free_seconds:
        detail += f" · free time used {format_hms(charge.free_seconds)}"
    if charge.out_of_hours:
        detail += " · out of hours"
    if charge.over_max:
        return CostReadout(cost, detail, "Longer than the policy's maximum", Level.REACHED)
    return CostReadout(cost, detail)


def end_price_text(pricing: LivePricing | None, seconds: int, outcome: Outcome, locale: str) -> str:
    """What ending now with `outcome` will charge, shown before it is saved."""
    if pricing is None:
        return "Not priced"
    quote = pricing.quote(seconds, outcome)
    if quote is None:
        return "Not priced: no offer was agreed"

    def money(amount: Decimal) -> str:
        return money_text(amount, quote.currency, locale)

    return f"Will be charged {money(quote.total)} (net {money(quote.net)}, VAT {money(quote.vat)})"


def price_text(charge: ChargeSummary | None, locale: str) -> str:
    """An ended session's price for a sentence: "€15.00", or "not priced"."""
    return money_text(charge.total, charge.currency, locale) if charge else "not priced"


_STYLES = {
    Level.NONE: "",
    Level.NEAR: "color: #6b4700; background: #ffe7a3; padding: 2px 6px; border-radius: 3px;",
    Level.REACHED: "color: #ffffff; background: #b3261e; padding: 2px 6px; border-radius: 3px;",
}


class CostLines:
    """Shows readouts on three labels; an empty line is hidden, an unchanged one left alone."""

    def __init__(self, cost: QLabel, detail: QLabel, warning: QLabel) -> None:
        self._labels = (cost, detail, warning)
        self._shown = CostReadout()
        for label in self._labels:
            label.setVisible(False)
        warning.setProperty("level", str(Level.NONE))

    def show(self, readout: CostReadout) -> None:
        if readout == self._shown:
            return
        old = self._shown
        before = (old.cost, old.detail, old.warning)
        after = (readout.cost, readout.detail, readout.warning)
        for label, was, text in zip(self._labels, before, after, strict=True):
            if text != was:
                label.setText(text)
                label.setVisible(bool(text))
        if readout.level is not old.level:
            warning = self._labels[2]
            warning.setProperty("level", str(readout.level))
            warning.setStyleSheet(_STYLES[readout.level])
        self._shown = readout
