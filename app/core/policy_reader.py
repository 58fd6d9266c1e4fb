"""Reading a policy file's tables key by key: each value converted and checked, every problem
named with the file and the key, and any key left over refused as unknown.

Every value is refused unless AssistDesk can honour it everywhere later (pricing, opening hours,
storing a session): amounts within what the database keeps and in the currency's decimals, whole
minutes up to a year, text without control characters, real time zones (docs/policies.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import time
from decimal import Decimal
from typing import Any, TypeVar

from app.core.errors import DomainError
from app.core.money import decimals, minor_unit, parse_amount, plain
from app.core.plain_text import control_character

T = TypeVar("T")
_MISSING: Any = object()
POLICY_ID = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_HHMM = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")
_REGION = re.compile(r"[A-Z]{2,3}(?:-[A-Z0-9]{1,10})?")
MAX_MINUTES = 366 * 24 * 60  # a year: any minutes value, so that seconds fit the database
MAX_TEXT = 200  # a name, an id or any other one-line value, in characters
MAX_PERCENT = Decimal(1000)  # a surcharge; VAT is at most 100 %


class PolicyFileError(DomainError):
    """A policy file that cannot be used; the message names the file, the key and the problem."""


class _Section:
    """The keys of one table, taken one by one; whatever is left over is an unknown key."""

    def __init__(self, data: Mapping[str, Any], where: str, source: str) -> None:
        self._data = dict(data)
        self._where = where
        self._source = source

    def fail(self, key: str, problem: str) -> PolicyFileError:
        place = f"{self._where}.{key}" if self._where else key
        return PolicyFileError(f"{self._source}: {place}: {problem}.")

    def take(self, key: str, convert: Callable[[Any], T], default: T = _MISSING) -> T:
        if key not in self._data:
            if default is _MISSING:
                raise self.fail(key, "is required")
            return default
        raw = self._data.pop(key)
        try:
            return convert(raw)
        except (DomainError, ValueError, TypeError) as error:
            raise self.fail(key, str(error).rstrip(".")) from None

    def finish(self) -> None:
        if self._data:
            key = sorted(self._data)[0]
            raise self.fail(key, "is not a key AssistDesk knows (check the spelling)")


def _text(value: Any, longest: int = MAX_TEXT, lines: bool = False) -> str:
    """Non-empty text, stripped; one line unless `lines`, at most `longest` characters."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"must be non-empty text in quotes, not {shown(value)}")
    found = control_character(value.strip(), allow_newlines=lines)
    if found is not None:
        raise ValueError(f"holds a control character ({found}); write plain text")
    if len(value.strip()) > longest:
        raise ValueError(f"is longer than {longest} characters")
    return value.strip()


def shown(value: Any) -> str:
    """A value as a problem quotes it: its repr, cut short when long."""
    text = repr(value) if not isinstance(value, list | dict) else type(value).__name__
    return text if len(text) <= 40 else f"{text[:37]}..."


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {value!r}")
    return value


def _whole(minimum: int, maximum: int = MAX_MINUTES) -> Callable[[Any], int]:
    def convert(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"must be a whole number, not {shown(value)}")
        if value < minimum:
            raise ValueError(f"must be at least {minimum}, not {value}")
        if value > maximum:
            raise ValueError(f"must be at most {maximum}, not {shown(value)}")
        return value

    return convert


def _amount(value: Any) -> Decimal:
    """A non-negative number written as an amount ("10.00"): within what the database keeps."""
    amount = parse_amount(value)
    if amount < 0:
        raise ValueError(f"must not be negative, not {shown(value)}")
    return amount


def _price(currency: str) -> Callable[[Any], Decimal]:
    """An amount of `currency`, with no more decimals than the currency has (10.005 EUR would
    be charged as 10.01: the file would say one price and the invoice another)."""

    def convert(value: Any) -> Decimal:
        amount = _amount(value)
        places = decimals(minor_unit(currency))
        if decimals(amount) > places:
            unit = plain(minor_unit(currency))
            raise ValueError(
                f"{shown(value)} has more decimals than {currency} has ({places}; "
                f"the smallest amount is {unit})"
            )
        return amount

    return convert


def _percent(largest: Decimal) -> Callable[[Any], Decimal]:
    def convert(value: Any) -> Decimal:
        percent = _amount(value)
        if percent > largest:
            raise ValueError(f"must be at most {plain(largest)} %, not {shown(value)}")
        return percent

    return convert


def _choice(choices: Callable[[str], T]) -> Callable[[Any], T]:
    def convert(value: Any) -> T:
        try:
            return choices(_text(value))
        except ValueError:
            raise ValueError(f"{shown(value)} is not one of the allowed values") from None

    return convert


def _clock_time(value: Any) -> time:
    match = _HHMM.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f'must be a time such as "07:30", not {shown(value)}')
    return time(int(match[1]), int(match[2]))


def _currency(value: Any) -> str:
    from babel.numbers import list_currencies

    code = _text(value).upper()
    if code not in list_currencies():
        raise ValueError(f'{shown(value)} is not an ISO 4217 currency code such as "EUR"')
    return code


def _zone(value: Any) -> str:
    from app.core.zones import check_zone

    name = _text(value)
    check_zone(name)  # a DomainError names the problem
    return name


def _holiday_region(value: Any) -> str:
    import holidays

    code = _text(value).upper()
    country, _, subdivision = code.partition("-")
    try:
        if not _REGION.fullmatch(code):
            raise NotImplementedError(code)
        holidays.country_holidays(country, subdiv=subdivision or None)
    except NotImplementedError:
        raise ValueError(
            f"{shown(value)} is not a country (or country-subdivision) the holidays "
            'calendar knows, such as "PT" or "BR-SP"'
        ) from None
    return code


def _table(value: Any) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("must be a table")
    return value
