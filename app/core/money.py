"""Money as Decimal: parsing what people write, rounding to the currency's minor unit."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP

ZERO = Decimal(0)


@cache
def minor_unit(currency: str) -> Decimal:
    """The smallest amount of `currency` (0.01 for EUR, 1 for JPY), from CLDR via Babel."""
    from babel.numbers import get_currency_precision

    return Decimal(1).scaleb(-get_currency_precision(currency))


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
    try:
        value = Decimal(str(text).strip().replace(",", "."))
    except InvalidOperation:
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "{text!r} is not an amount such as 10.00.").format(
                text=text
            )
        ) from None
    if not value.is_finite():
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "{text!r} is not an amount such as 10.00.").format(
                text=text
            )
        )
    return value


def format_plain(amount: Decimal, currency: str) -> str:
    """The amount with exactly the currency's decimals, as machines read it: "15.00"."""
    return str(quantize(amount, currency))
