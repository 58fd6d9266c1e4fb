"""What a credit note credits: whole lines of an invoice, or an amount against chosen lines, each
at the line's own VAT rate and never more than is left of a line.

Each invoice line is worth its net and a share of its rate's VAT (`line_values`). A line whose
price included VAT takes its gross − net, so crediting it gives back the gross the customer
agreed; the rest of a rate's VAT (VAT added to net prices) is shared among that rate's other
lines in proportion to their nets. Per rate the shares add up to the invoice's VAT exactly, so
crediting every line gives back the invoice's total to the cent.

Crediting a line whole credits what is left of it, net and VAT (`credit_whole`). An amount, VAT
included, is split across the chosen lines in proportion to what is left of each, gross
(`credit_amount`); each part is then split into net and VAT in the proportion of what is left
of its line, rounded half up.

Both proportions are shared to the currency's minor unit by the largest remainder (`share`):
each exact share rounded down, then the units still missing one by one to the largest
remainders. Unlike rounding each share half up and giving the cent left over to the largest line
(app.core.invoice's rule for a rate's base), this never gives a line more than is left of it,
and every share is within one unit of its exact value.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from app.core.errors import DomainError
from app.core.invoice import InvoiceLine, InvoiceTotals, VatAmount
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.money import ZERO, minor_unit, quantize

MAX_LINE_NUMBER = 99_999  # more lines than any invoice has
_LINE_NUMBERS = re.compile(r"\s*[0-9]{1,9}\s*(?:,\s*[0-9]{1,9}\s*)*,?\s*")


@dataclass(frozen=True, slots=True)
class LineValue:
    """What an invoice line is worth, or what is left of it: its net and VAT."""

    net: Decimal
    vat: Decimal

    @property
    def gross(self) -> Decimal:
        return self.net + self.vat

    def minus(self, other: LineValue) -> LineValue:
        return LineValue(self.net - other.net, self.vat - other.vat)


@dataclass(frozen=True, slots=True)
class CreditPart:
    """What a credit note credits of one invoice line (numbered from 1, as printed)."""

    line: int
    net: Decimal
    vat: Decimal
    whole: bool  # all that was left of the line

    @property
    def value(self) -> LineValue:
        return LineValue(self.net, self.vat)


def line_values(totals: InvoiceTotals, currency: str) -> tuple[LineValue, ...]:
    """Each line's net and share of its rate's VAT (see the module's docstring)."""
    rate_vat = {v.rate: v.amount for v in totals.vat}
    by_rate: dict[Decimal, list[int]] = defaultdict(list)
    for index, line in enumerate(totals.lines):
        by_rate[line.vat_percent].append(index)
    shares: dict[int, Decimal] = {}
    for rate, indexes in by_rate.items():
        agreed = [i for i in indexes if totals.lines[i].gross is not None]
        for i in agreed:
            gross = totals.lines[i].gross
            assert gross is not None
            shares[i] = gross - totals.lines[i].net
        rest = rate_vat.get(rate, ZERO) - sum((shares[i] for i in agreed), ZERO)
        others = [i for i in indexes if i not in shares] or agreed
        for i, part in share(rest, {i: totals.lines[i].net for i in others}, currency).items():
            shares[i] = shares.get(i, ZERO) + part
    return tuple(LineValue(line.net, shares[i]) for i, line in enumerate(totals.lines))


def share(amount: Decimal, weights: Mapping[int, Decimal], currency: str) -> dict[int, Decimal]:
    """`amount` shared in proportion to `weights`, to the currency's minor unit: each exact share
    rounded down, then the units still missing one by one to the largest remainders (the larger
    weight, then the first, on a tie). The shares add up to `amount`, and each is within one unit
    of its exact share and never beyond its weight when `amount` is within their sum."""
    unit = minor_unit(currency)
    total = sum(weights.values(), ZERO)
    if not total:  # nothing to go by: the largest line takes it all
        largest = max(weights, key=lambda i: (abs(weights[i]), -i))
        return {i: amount if i == largest else ZERO for i in weights}
    exact = {i: amount * weight / total for i, weight in weights.items()}
    shares = {i: (value / unit).to_integral_value(ROUND_FLOOR) * unit for i, value in exact.items()}
    missing = int((amount - sum(shares.values(), ZERO)) / unit)
    by_remainder = sorted(weights, key=lambda i: (shares[i] - exact[i], -abs(weights[i]), i))
    for i in by_remainder[:missing]:
        shares[i] += unit
    return shares


def credit_whole(left: Mapping[int, LineValue], lines: Sequence[int]) -> tuple[CreditPart, ...]:
    """All that is left of each chosen line."""
    return tuple(CreditPart(n, left[n].net, left[n].vat, whole=True) for n in lines)


def credit_amount(
    left: Mapping[int, LineValue], lines: Sequence[int], amount: Decimal, currency: str
) -> tuple[CreditPart, ...]:
    """`amount` (VAT included, at most what is left of the chosen lines that have something
    left) split across them as the module's docstring says; lines that get nothing are left
    out."""
    chosen = [n for n in lines if left[n].gross > 0]
    whole = sum((left[n].gross for n in chosen), ZERO)
    if not chosen or not ZERO < amount <= whole:
        raise ValueError(f"{amount} is not within what is left of lines {lines}")
    parts = share(amount, {n: left[n].gross for n in chosen}, currency)
    credited = []
    for n in chosen:
        part, rest = parts[n], left[n]
        if part == 0:
            continue
        vat = rest.vat if part == rest.gross else quantize(part * rest.vat / rest.gross, currency)
        credited.append(CreditPart(n, part - vat, vat, whole=False))
    return tuple(credited)


def credit_note_totals(
    invoice: Sequence[InvoiceLine], values: Sequence[LineValue], parts: Sequence[CreditPart]
) -> InvoiceTotals:
    """The credit note's lines (the invoice lines' descriptions, amounts credited) and its VAT per
    rate: the sum of what each line gives back at that rate."""
    lines = []
    bases: dict[Decimal, Decimal] = defaultdict(lambda: ZERO)
    vats: dict[Decimal, Decimal] = defaultdict(lambda: ZERO)
    for part in parts:
        source = invoice[part.line - 1]
        untouched = part.whole and part.value == values[part.line - 1]
        lines.append(
            InvoiceLine(
                description=source.description,
                detail=source.detail if part.whole else "",
                quantity=source.quantity if untouched else Decimal(1),
                unit_price=source.unit_price if untouched else part.net,
                net=part.net,
                vat_percent=source.vat_percent,
                session_id=None,
                gross=part.net + part.vat,
            )
        )
        bases[source.vat_percent] += part.net
        vats[source.vat_percent] += part.vat
    vat = tuple(VatAmount(rate, bases[rate], vats[rate]) for rate in sorted(bases))
    net = sum(bases.values(), ZERO)
    vat_total = sum(vats.values(), ZERO)
    return InvoiceTotals(tuple(lines), vat, net, vat_total, net + vat_total)


def parse_line_numbers(text: str) -> tuple[int, ...]:
    """Invoice line numbers as written on the command line, "1,3" or "2, 4": each once, in
    order."""
    if _LINE_NUMBERS.fullmatch(text) is None or not text.strip(" ,"):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{text!r} is not a list of line numbers such as 1,3."
            ).format(text=text if len(text) <= 40 else f"{text[:37]}...")
        )
    numbers = sorted({int(part) for part in text.split(",") if part.strip()})
    if numbers[0] < 1 or numbers[-1] > MAX_LINE_NUMBER:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "Line numbers start at 1 and go up to {largest}; {number} is not one."
            ).format(largest=MAX_LINE_NUMBER, number=numbers[0] if numbers[0] < 1 else numbers[-1])
        )
    return tuple(numbers)
