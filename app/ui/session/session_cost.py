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
from math import ceil

from PySide6.QtWidgets import QLabel

from app.core.errors import DomainError
from app.core.policy import OutsideHours
from app.core.pricing import LivePricing
from app.core.records import ChargeSummary
from app.core.session import Outcome
from app.core.session_limit import LimitLevel, limit_level
from app.core.tariff_text import next_price_change
from app.core.timetext import format_hms
from app.ui.display import money_text
from app.ui.error_dialog import error_text
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

NOT_PRICED = QT_TRANSLATE_NOOP("SessionCost", "No policy: not priced")
OFFER_NOT_AGREED = QT_TRANSLATE_NOOP("SessionCost", "Price agreed per session")


Level = LimitLevel  # how urgent the warning line is; also the label's `level`, for styling


@dataclass(frozen=True, slots=True)
class CostReadout:
    cost: str = ""
    detail: str = ""  # free minutes (policies with an allowance), out of hours, net and VAT
    warning: str = ""
    level: Level = Level.NONE


def running_cost(
    pricing: LivePricing | None, seconds: int, locale: str, policy_id: str = "", problem: str = ""
) -> CostReadout:
    """The readout of a running session that has lasted `seconds` so far. `problem`: why its
    policy cannot price it, shown instead of a price."""
    if pricing is None:
        if problem:
            return CostReadout(problem)
        if policy_id:
            text = translate("SessionCost", "Policy {policy} is unavailable: not priced")
            return CostReadout(text.format(policy=policy_id))
        return CostReadout(translate("SessionCost", NOT_PRICED))
    policy = pricing.policy
    # The first block is due from the first second: show it from the moment of acceptance
    # rather than "0.00, next block at 00:00:00" for the first second.
    priced = max(seconds, 1)
    try:
        quote = pricing.quote(priced)
    except DomainError as error:  # e.g. a price too large to record
        return CostReadout(error_text(error))
    if quote is None:
        cost = translate("SessionCost", OFFER_NOT_AGREED)
    else:
        money = money_text(quote.total, quote.currency, locale)
        change = next_price_change(policy, priced, pricing.free_seconds_left)
        # The price goes up one second past the block's start (plus any grace seconds).
        if change:
            cost = translate("SessionCost", "{money} — next block at {time}").format(
                money=money, time=format_hms(change - 1)
            )
        else:
            cost = translate("SessionCost", "{money} — agreed price").format(money=money)
    details = []
    if policy.allowance is not None:
        used = quote.free_seconds if quote is not None else 0
        left = max(0, pricing.free_seconds_left - used)
        text = translate("SessionCost", "Free minutes left: {minutes} min")
        details.append(text.format(minutes=ceil(left / 60)))
    if quote is not None and quote.out_of_hours:
        surcharge = policy.schedule and policy.schedule.outside_hours is OutsideHours.SURCHARGE
        if surcharge:
            details.append(translate("SessionCost", "Out of hours: surcharge included"))
        else:
            details.append(translate("SessionCost", "Out of hours"))
    warning, level = _limit_warning(policy.tariff.max_session_minutes, seconds)
    return CostReadout(cost, " · ".join(details), warning, level)


def _limit_warning(max_minutes: int | None, seconds: int) -> tuple[str, Level]:
    level = limit_level(max_minutes, seconds)
    if max_minutes is None or level is Level.NONE:
        return "", level
    if level is Level.REACHED:
        text = translate("SessionCost", "Maximum of {max} minutes reached — {time}")
        return text.format(max=max_minutes, time=format_hms(seconds)), level
    left = ceil((max_minutes * 60 - seconds) / 60)
    text = translate("SessionCost", "{left} min left of the {max}-minute maximum")
    return text.format(left=left, max=max_minutes), level


def ended_cost(charge: ChargeSummary | None, locale: str) -> CostReadout:
    """The readout of an ended session: its stored price, which never changes."""
    if charge is None:
        return CostReadout()

    def money(amount: Decimal) -> str:
        return money_text(amount, charge.currency, locale)

    cost = translate("SessionCost", "{money} charged").format(money=money(charge.total))
    detail = translate("SessionCost", "Net {net} + VAT {vat}").format(
        net=money(charge.net), vat=money(charge.vat)
    )
    if charge.free_seconds:
        text = translate("SessionCost", "free time used {time}")
        detail += " · " + text.format(time=format_hms(charge.free_seconds))
    if charge.out_of_hours:
        detail += " · " + translate("SessionCost", "out of hours")
    if charge.over_max:
        warning = translate("SessionCost", "Longer than the policy's maximum")
        return CostReadout(cost, detail, warning, Level.REACHED)
    return CostReadout(cost, detail)


def end_price_text(
    pricing: LivePricing | None, seconds: int, outcome: Outcome, locale: str, problem: str = ""
) -> str:
    """What ending now with `outcome` will charge, shown before it is saved; `problem`: why the
    policy cannot price it."""
    if pricing is None:
        return problem or translate("SessionCost", "Not priced")
    try:
        quote = pricing.quote(seconds, outcome)
    except DomainError as error:
        return error_text(error)
    if quote is None:
        return translate("SessionCost", "Not priced: no offer was agreed")

    def money(amount: Decimal) -> str:
        return money_text(amount, quote.currency, locale)

    text = translate("SessionCost", "Will be charged {total} (net {net}, VAT {vat})")
    return text.format(total=money(quote.total), net=money(quote.net), vat=money(quote.vat))


def price_text(charge: ChargeSummary | None, locale: str) -> str:
    """An ended session's price for a sentence: "€15.00", or "not priced"."""
    if charge is None:
        return translate("SessionCost", "not priced")
    return money_text(charge.total, charge.currency, locale)


WARNING_STYLES = {
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
            warning.setStyleSheet(WARNING_STYLES[readout.level])
        self._shown = readout
