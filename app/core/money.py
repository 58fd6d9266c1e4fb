"""Money as Decimal: parsing what people write, rounding to the currency's minor unit, and writing
it back without an exponent.

An amount is written with ASCII digits and at most one decimal point (or comma): "10.00", "6,75",
15. It has at most 10 digits before the point and 4 after it — what the database keeps
(NUMERIC(14, 4), app/storage/types.py) — so whatever is read here can be stored.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP, Template

ZERO = Decimal(0)
LARGEST_AMOUNT = Decimal("9999999999.9999")  # NUMERIC(14, 4)
STORED_DECIMALS = 4
_AMOUNT = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)")


@cache
def minor_unit(currency: str) -> Decimal:
    """The smallest amount of `currency` (0.01 for EUR, 1 for JPY), from CLDR via Babel."""
    from babel.numbers import get_currency_precision

    return Decimal(1).scaleb(-get_currency_precision(currency))


def check_currency(text: str) -> str:
    """An ISO 4217 code Babel knows ("eur" is EUR), or one sentence saying it is not one."""
    from babel.numbers import list_currencies

    code = text.strip().upper()
    if code not in list_currencies():
        shown = text if len(text) <= 40 else f"{text[:37]}..."
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{text!r} is not a currency code such as EUR (ISO 4217)."
            ).format(text=shown)
        )
    return code


def quantize(amount: Decimal, currency: str) -> Decimal:
    """Round half up to the currency's minor unit."""
    return amount.quantize(minor_unit(currency), rounding=ROUND_HALF_UP)


def parse_amount(text: str | int) -> Decimal:
    """An amount as written in a policy file or on the command line: "10.00", "6.75", 15."""
    if isinstance(text, bool) or not isinstance(text, str | int):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", '{text!r} is not an amount; write it as a string such as "10.00".'
            ).format(text=text)
        )
    written = str(text).strip()
    if _AMOUNT.fullmatch(written) is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "{text!r} is not an amount such as 10.00.").format(
                text=_shown(text)
            )
        )
    value = Decimal(written.replace(",", "."))
    if abs(value) > LARGEST_AMOUNT:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{text!r} is too large an amount; AssistDesk records amounts up to {largest}.",
            ).format(text=_shown(text), largest=plain(LARGEST_AMOUNT))
        )
    if decimals(value) > STORED_DECIMALS:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{text!r} has more decimals than AssistDesk records ({places})."
            ).format(text=_shown(text), places=STORED_DECIMALS)
        )
    return abs(value) if value == 0 else value  # "-0" is 0


def decimals(value: Decimal) -> int:
    """How many decimals `value` is written with: 2 for 10.50, 0 for 10."""
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def format_plain(amount: Decimal, currency: str) -> str:
    """The amount with exactly the currency's decimals, as machines read it: "15.00"."""
    return plain(quantize(amount, currency))


def plain(value: Decimal) -> str:
    """`value` in positional notation, never with an exponent ("20", not "2E+1"), with the
    decimals it has ("15.00" stays "15.00")."""
    return format(value, "f")


def smallest_text(currency: str) -> str:
    """The currency's minor unit as a user reads it: "0.01 EUR", "1 JPY", "0.001 BHD"."""
    return f"{plain(minor_unit(currency))} {currency}".strip()


def at_least_minor_unit(amount: Decimal, currency: str, sentence: Template) -> Decimal:
    """`amount` rounded to the currency's minor unit; refused with `sentence` (which names
    `{smallest}`) when it is not above zero once rounded: 0.004 EUR is 0.00 EUR, like 0."""
    if not amount.is_finite():
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "{text!r} is not an amount such as 10.00.").format(
                text=_shown(amount)
            )
        )
    if abs(amount) > LARGEST_AMOUNT:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{text!r} is too large an amount; AssistDesk records amounts up to {largest}.",
            ).format(text=_shown(amount), largest=plain(LARGEST_AMOUNT))
        )
    rounded = quantize(amount, currency)
    if rounded <= 0:
        raise DomainError(sentence.format(smallest=smallest_text(currency)))
    return rounded


def _shown(value: object) -> object:
    """A value as echoed in a sentence: as it is, or cut short if it is long."""
    if isinstance(value, Decimal):
        value = str(value)
    text = str(value)
    return value if len(text) <= 40 else f"{text[:37]}..."
