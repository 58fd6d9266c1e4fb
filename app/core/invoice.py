"""Assembling an invoice's lines and totals the EN 16931 way, once, so screen and paper agree.

Line nets are rounded; VAT is computed per rate on the sum of that rate's nets; total = nets + VAT
(BR-CO-10: the line nets add up to the invoice's net). Lines whose agreed amount includes VAT
(every preset's prices do) keep that gross exactly: per rate, the base is the rounded gross ÷
(1 + rate) and the VAT is gross − base; the line nets are rounded and the cent left over, if any,
goes to the largest line, so the nets still add up to the base. Lines whose agreed amount is net
are taxed once, on their rate's summed nets: a session priced VAT-exclusive brings its net, never
its total (which already holds the VAT). A line with a negative amount is a discount on its rate's
base; a rate's base cannot go below zero.
Every amount of the invoice — each line, each rate's base and VAT, the totals — must be one the
database keeps (app.core.money.LARGEST_AMOUNT): lines that each fit can add up to more.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.money import LARGEST_AMOUNT, ZERO, decimals, minor_unit, plain, quantize

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

    @classmethod
    def priced(
        cls, description: str, net: Decimal, total: Decimal, vat_percent: Decimal,
        includes_vat: bool, detail: str = "", session_id: int | None = None,
    ) -> LineInput:  # fmt: skip
        """One unit of something priced already (a session's stored net and total): its agreed
        amount is the gross `total` where prices include VAT, else the `net`, so that VAT is
        added once — by `assemble`, on the invoice's summed nets."""
        agreed = total if includes_vat else net
        return cls(description, Decimal(1), agreed, vat_percent, includes_vat, detail, session_id)


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
    """The lines and totals of an invoice in `currency` (see the module's docstring)."""
    if not inputs:
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "An invoice needs at least one line.").format()
        )
    by_rate: dict[tuple[Decimal, bool], list[int]] = defaultdict(list)
    for index, line in enumerate(inputs):
        _check(line)
        by_rate[(line.vat_percent, line.includes_vat)].append(index)
    amounts = {i: _amount(line, currency) for i, line in enumerate(inputs)}
    nets: dict[int, Decimal] = {}
    bases: dict[Decimal, Decimal] = defaultdict(lambda: ZERO)
    included_vat: dict[Decimal, Decimal] = defaultdict(lambda: ZERO)  # from gross amounts
    net_only: dict[Decimal, Decimal] = defaultdict(lambda: ZERO)  # bases still to be taxed
    for (rate, inclusive), indexes in by_rate.items():
        divisor = 1 + rate / HUNDRED
        if inclusive:
            gross = sum((amounts[i] for i in indexes), ZERO)
            base = quantize(gross / divisor, currency)
            group = {i: quantize(amounts[i] / divisor, currency) for i in indexes}
            left_over = base - sum(group.values(), ZERO)
            if left_over:  # a cent of rounding: the largest line takes it
                group[max(indexes, key=lambda i: (abs(amounts[i]), -i))] += left_over
            nets.update(group)
            included_vat[rate] += gross - base
        else:
            nets.update((i, amounts[i]) for i in indexes)
            base = sum((amounts[i] for i in indexes), ZERO)
            net_only[rate] += base
        bases[rate] += base
    for rate, base in bases.items():
        if base < 0:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The discounts at {rate} % come to more than the lines at that rate; a "
                    "discount lowers lines of its own VAT rate.",
                ).format(rate=plain(rate.normalize()))
            )
    vats = {
        rate: included_vat[rate] + quantize(net_only[rate] * rate / HUNDRED, currency)
        for rate in bases
    }
    lines = tuple(
        InvoiceLine(
            description=line.description,
            detail=line.detail,
            quantity=line.quantity,
            unit_price=_unit_price(line, nets[i], currency),
            net=nets[i],
            vat_percent=line.vat_percent,
            session_id=line.session_id,
            gross=amounts[i] if line.includes_vat else None,
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


def _check(line: LineInput) -> None:
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


def _amount(line: LineInput, currency: str) -> Decimal:
    """The line's agreed amount (gross or net, as its price is), rounded to the currency."""
    return quantize(line.quantity * line.unit_amount, currency)


def _unit_price(line: LineInput, net: Decimal, currency: str) -> Decimal:
    """The net price of one unit: as written where the price is net (with at least the
    currency's decimals: 45 EUR is 45.00, 0.125 stays 0.125), else the line's net ÷ its
    quantity, rounded."""
    if not line.includes_vat:
        written = line.unit_amount
        places = max(decimals(written.normalize()), decimals(minor_unit(currency)))
        return written.quantize(Decimal(1).scaleb(-places))
    return net if line.quantity == 1 else quantize(net / line.quantity, currency)
