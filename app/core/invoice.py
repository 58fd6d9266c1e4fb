"""Assembling an invoice's lines and totals the EN 16931 way, once, so screen and paper agree.

Line nets are rounded; VAT is computed per rate on the sum of that rate's nets; total = nets + VAT.
Lines whose agreed amount includes VAT (every seed's prices do) keep that gross exactly: per rate,
the base is the rounded gross ÷ (1 + rate) and the VAT is gross − base; the line nets are rounded
and the cent left over, if any, goes to the largest line, so the nets still add up to the base.
Every amount of the invoice — each line, each rate's base and VAT, the totals — must be one the
database keeps (app.core.money.LARGEST_AMOUNT): sessions that each fit can add up to more.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.money import LARGEST_AMOUNT, ZERO, plain, quantize

HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class LineInput:
    """What is to be invoiced: a priced session, or a line the office adds."""

    description: str
    quantity: Decimal
    unit_amount: Decimal  # per unit; gross when `includes_vat`, else net
    vat_percent: Decimal
    includes_vat: bool
    detail: str = ""  # how the price was made, shown under the description
    session_id: int | None = None


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    description: str
    detail: str
    quantity: Decimal
    unit_price: Decimal  # net
    net: Decimal
    vat_percent: Decimal
    session_id: int | None
    gross: Decimal | None = None  # the agreed amount with VAT, where the price included it


@dataclass(frozen=True, slots=True)
class VatAmount:
    rate: Decimal
    base: Decimal
    amount: Decimal


@dataclass(frozen=True, slots=True)
class InvoiceTotals:
    lines: tuple[InvoiceLine, ...]
    vat: tuple[VatAmount, ...]  # one per rate, by rate
    net: Decimal
    vat_total: Decimal
    total: Decimal


def assemble(inputs: Sequence[LineInput], currency: str) -> InvoiceTotals:
    if not inputs:
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "An invoice needs at least one line.").format()
        )
    by_rate: dict[tuple[Decimal, bool], list[int]] = defaultdict(list)
    for index, line in enumerate(inputs):
        if line.quantity <= 0:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The quantity of {description!r} must be more than zero."
                ).format(description=line.description)
            )
        if line.vat_percent < 0:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The VAT rate of {description!r} cannot be negative."
                ).format(description=line.description)
            )
        by_rate[(line.vat_percent, line.includes_vat)].append(index)
    nets: dict[int, Decimal] = {}
    bases: dict[Decimal, Decimal] = defaultdict(lambda: ZERO)
    included_vat: dict[Decimal, Decimal] = defaultdict(lambda: ZERO)  # from gross amounts
    net_only: dict[Decimal, Decimal] = defaultdict(lambda: ZERO)  # bases still to be taxed
    for (rate, inclusive), indexes in by_rate.items():
        divisor = 1 + rate / HUNDRED
        amounts = {
            i: quantize(inputs[i].quantity * inputs[i].unit_amount, currency) for i in indexes
        }
        if inclusive:
            gross = sum(amounts.values(), ZERO)
            base = quantize(gross / divisor, currency)
            group = {i: quantize(amount / divisor, currency) for i, amount in amounts.items()}
            left_over = base - sum(group.values(), ZERO)
            if left_over:  # a cent of rounding: the largest line takes it
                group[max(indexes, key=lambda i: (abs(amounts[i]), -i))] += left_over
            nets.update(group)
            included_vat[rate] += gross - base
        else:
            nets.update(amounts)
            base = sum(amounts.values(), ZERO)
            net_only[rate] += base
        bases[rate] += base
    vats = {
        rate: included_vat[rate] + quantize(net_only[rate] * rate / HUNDRED, currency)
        for rate in bases
    }
    lines = tuple(
        InvoiceLine(
            description=line.description,
            detail=line.detail,
            quantity=line.quantity,
            unit_price=quantize(nets[i] / line.quantity, currency)
            if line.quantity != 1
            else nets[i],
            net=nets[i],
            vat_percent=line.vat_percent,
            session_id=line.session_id,
        )
        for i, line in enumerate(inputs)
    )
    vat = tuple(VatAmount(rate, bases[rate], vats[rate]) for rate in sorted(bases))
    net = sum((v.base for v in vat), ZERO)
    vat_total = sum((v.amount for v in vat), ZERO)
    totals = InvoiceTotals(lines, vat, net, vat_total, net + vat_total)
    _check_storable(totals, currency)
    return totals


def _check_storable(totals: InvoiceTotals, currency: str) -> None:
    amounts = [totals.net, totals.vat_total, totals.total]
    amounts += [a for line in totals.lines for a in (line.net, line.unit_price)]
    amounts += [a for v in totals.vat for a in (v.base, v.amount)]
    if max(abs(a) for a in amounts) > LARGEST_AMOUNT:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This invoice would total {total} {currency}, more than AssistDesk can record "
                "({largest}); invoice fewer sessions at a time (up to an earlier day).",
            ).format(total=plain(totals.total), currency=currency, largest=plain(LARGEST_AMOUNT))
        )
