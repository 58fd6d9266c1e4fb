"""What a session costs under a policy: pure, Decimal, and the same numbers everywhere.

Free minutes are used first; the rest is priced as a session of that length (the first block for any
time above zero, then every started block past the grace seconds). Out of hours is judged at the
accepted instant. VAT is worked out once on the total, so screen, PDF and CLI agree to the cent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.money import LARGEST_AMOUNT, ZERO, at_least_minor_unit, plain, quantize
from app.core.policy import OutsideHours, Policy, TariffMode
from app.core.session import Outcome
from app.core.session_limit import over_max

HUNDRED = Decimal(100)
OFFER_TOO_SMALL = QT_TRANSLATE_NOOP(
    "Messages", "An offer must be more than zero, at least {smallest}."
)

# The descriptions of the lines a quote is made of, in English as they are stored on charges and
# invoices. Screens and printed documents show them in their language by matching a stored
# description back to its template (line_template) and translating the template.
FIRST_BLOCK = "First {minutes} minutes"
FURTHER_BLOCK = "Further {minutes}-minute block"
OUT_OF_HOURS_FEE = "Out-of-hours fee"
OUT_OF_HOURS_SURCHARGE = "Out-of-hours surcharge ({percent} %)"
LINE_TEMPLATES = (FIRST_BLOCK, FURTHER_BLOCK, OUT_OF_HOURS_FEE, OUT_OF_HOURS_SURCHARGE)

# What each placeholder can hold in a description the pricing made: whole minutes, a percentage
# as Decimal.normalize() writes it. Anything else (an office's own text) is not ours to translate.
_VALUE_PATTERNS = {"minutes": "[0-9]+", "percent": "-?[0-9]+(?:[.][0-9]+)?"}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _template_pattern(template: str) -> re.Pattern[str]:
    parts: list[str] = []
    position = 0
    for found in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[position : found.start()]))
        parts.append(f"(?P<{found[1]}>{_VALUE_PATTERNS[found[1]]})")
        position = found.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts))


_TEMPLATE_PATTERNS = tuple((t, _template_pattern(t)) for t in LINE_TEMPLATES)


def line_template(description: str) -> tuple[str, dict[str, str]] | None:
    """(template, values) when `description` is a line the pricing wrote, such that
    `template.format(**values) == description`; None for any other text."""
    for template, pattern in _TEMPLATE_PATTERNS:
        found = pattern.fullmatch(description)
        if found is not None:
            return template, found.groupdict()
    return None


@dataclass(frozen=True, slots=True)
class QuoteLine:
    description: str
    quantity: int
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Quote:
    policy_id: str
    currency: str
    duration_seconds: int
    free_seconds: int  # free minutes used by this session, in seconds
    billable_seconds: int
    out_of_hours: bool
    allowed: bool  # False when the policy refuses sessions out of hours
    over_max: bool  # longer than the policy's max_session_minutes
    lines: tuple[QuoteLine, ...]
    net: Decimal
    vat: Decimal
    total: Decimal

    @property
    def charged(self) -> bool:
        return self.total != ZERO


def price_session(
    policy: Policy,
    duration_seconds: int,
    accepted_at: datetime,
    outcome: Outcome = Outcome.RESOLVED,
    free_seconds_left: int = 0,
    offer: Decimal | None = None,
) -> Quote:
    """Price one session. `free_seconds_left` is what the customer's allowance still holds."""
    if duration_seconds < 0:
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "A session cannot last less than nothing.").format()
        )
    tariff = policy.tariff
    out_of_hours = not policy.is_open(accepted_at)
    schedule = policy.schedule
    allowed = not (
        out_of_hours and schedule is not None and schedule.outside_hours is OutsideHours.REFUSE
    )
    longer = over_max(tariff.max_session_minutes, duration_seconds)
    waived = outcome is Outcome.UNRESOLVED and not tariff.charge_unresolved
    free = 0
    lines: list[QuoteLine] = []
    if tariff.mode is TariffMode.OFFER:
        if offer is None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Policy {id} prices each session by an agreed offer; give the offered amount.",
                ).format(id=policy.id)
            )
        agreed = at_least_minor_unit(offer, policy.currency, OFFER_TOO_SMALL)
        if not waived and duration_seconds > 0:
            lines.append(_line("Remote session (agreed price)", 1, agreed))
    elif not waived and duration_seconds > 0:
        free = min(duration_seconds, max(0, free_seconds_left))
        lines.extend(_block_lines(policy, duration_seconds - free))
    if (
        lines
        and out_of_hours
        and schedule is not None
        and schedule.outside_hours is OutsideHours.SURCHARGE
    ):
        lines.append(_surcharge_line(policy, sum((ln.amount for ln in lines), ZERO)))
    net, vat, total = _totals(policy, sum((ln.amount for ln in lines), ZERO))
    if total > LARGEST_AMOUNT or net > LARGEST_AMOUNT:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This session would cost {total} {currency}, more than AssistDesk can record "
                "({largest}); check the policy's prices and the session's length.",
            ).format(total=plain(total), currency=policy.currency, largest=plain(LARGEST_AMOUNT))
        )
    return Quote(
        policy_id=policy.id,
        currency=policy.currency,
        duration_seconds=duration_seconds,
        free_seconds=free,
        billable_seconds=0 if waived else duration_seconds - free,
        out_of_hours=out_of_hours,
        allowed=allowed,
        over_max=longer,
        lines=tuple(lines),
        net=net,
        vat=vat,
        total=total,
    )


def blocks_for(policy: Policy, billable_seconds: int) -> tuple[int, int]:
    """(first blocks, further blocks) charged for `billable_seconds`: (0, 0) for nothing."""
    tariff = policy.tariff
    if billable_seconds <= 0 or tariff.first_block_minutes is None:
        return 0, 0
    rest = billable_seconds - tariff.first_block_minutes * 60
    if rest <= 0 or tariff.block_minutes is None:
        return 1, 0
    full, into_last = divmod(rest, tariff.block_minutes * 60)
    return 1, full + (1 if into_last > tariff.grace_seconds else 0)


def _block_lines(policy: Policy, billable_seconds: int) -> list[QuoteLine]:
    tariff = policy.tariff
    first, further = blocks_for(policy, billable_seconds)
    lines = []
    if first and tariff.first_block_price is not None:
        lines.append(
            _line(
                FIRST_BLOCK.format(minutes=tariff.first_block_minutes),
                1,
                quantize(tariff.first_block_price, policy.currency),
            )
        )
    if further and tariff.block_price is not None:
        lines.append(
            _line(
                FURTHER_BLOCK.format(minutes=tariff.block_minutes),
                further,
                quantize(tariff.block_price, policy.currency),
            )
        )
    return lines


def _surcharge_line(policy: Policy, time_amount: Decimal) -> QuoteLine:
    schedule = policy.schedule
    assert schedule is not None
    if schedule.surcharge_fixed is not None:
        return _line(OUT_OF_HOURS_FEE, 1, quantize(schedule.surcharge_fixed, policy.currency))
    percent = schedule.surcharge_percent or ZERO
    amount = quantize(time_amount * percent / HUNDRED, policy.currency)
    description = OUT_OF_HOURS_SURCHARGE.format(percent=f"{percent.normalize():f}")
    return _line(description, 1, amount)


def _line(description: str, quantity: int, unit_price: Decimal) -> QuoteLine:
    return QuoteLine(description, quantity, unit_price, unit_price * quantity)


def _totals(policy: Policy, amount: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    """(net, VAT, total) from the sum of the lines, which are gross when prices include VAT."""
    rate = policy.vat_percent / HUNDRED
    if policy.prices_include_vat:
        total = quantize(amount, policy.currency)
        net = quantize(total / (1 + rate), policy.currency)
        return net, total - net, total
    net = quantize(amount, policy.currency)
    vat = quantize(net * rate, policy.currency)
    return net, vat, net + vat


@dataclass(frozen=True, slots=True)
class LivePricing:
    """What a running session will cost as it goes on: its policy and the free minutes it may use.
    Read once from the record when the connection is accepted; each tick is then arithmetic."""

    policy: Policy
    accepted_at: datetime
    free_seconds_left: int
    offer: Decimal | None = None

    def quote(self, duration_seconds: int, outcome: Outcome = Outcome.RESOLVED) -> Quote | None:
        """The price if the session ended now with `outcome` (resolved unless said); None for an
        offer not yet agreed. The end dialog asks with the chosen outcome before saving."""
        if self.policy.tariff.mode is TariffMode.OFFER and self.offer is None:
            return None
        return price_session(
            self.policy, duration_seconds, self.accepted_at, outcome,
            self.free_seconds_left, self.offer,
        )  # fmt: skip
