"""Reading a policy file's tables key by key: each value converted and checked, every problem
named with the file and the key, and any key left over refused as unknown."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import time
from decimal import Decimal
from typing import Any, TypeVar

from app.core.errors import DomainError
from app.core.money import parse_amount

T = TypeVar("T")
_MISSING: Any = object()
_ID = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


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


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be non-empty text in quotes")
    return value.strip()


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {value!r}")
    return value


def _whole(minimum: int) -> Callable[[Any], int]:
    def convert(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"must be a whole number, not {value!r}")
        if value < minimum:
            raise ValueError(f"must be at least {minimum}, not {value}")
        return value

    return convert


def _amount(value: Any) -> Decimal:
    amount = parse_amount(value)
    if amount < 0:
        raise ValueError(f"must not be negative, not {value!r}")
    return amount


def _choice(choices: Callable[[str], T]) -> Callable[[Any], T]:
    def convert(value: Any) -> T:
        try:
            return choices(_text(value))
        except ValueError:
            raise ValueError(f"{value!r} is not one of the allowed values") from None

    return convert


def _clock_time(value: Any) -> time:
    match = _HHMM.match(value) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f'must be a time such as "07:30", not {value!r}')
    return time(int(match[1]), int(match[2]))


def _currency(value: Any) -> str:
    from babel.numbers import list_currencies

    code = _text(value).upper()
    if code not in list_currencies():
        raise ValueError(f'{value!r} is not an ISO 4217 currency code such as "EUR"')
    return code


def _zone(value: Any) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = _text(value)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f'{name!r} is not a time zone such as "Europe/Lisbon"') from None
    return name


def _holiday_region(value: Any) -> str:
    import holidays

    code = _text(value).upper()
    country, _, subdivision = code.partition("-")
    try:
        holidays.country_holidays(country, subdiv=subdivision or None)
    except NotImplementedError:
        raise ValueError(
            f"{value!r} is not a country (or country-subdivision) the holidays "
            'calendar knows, such as "PT" or "BR-SP"'
        ) from None
    return code


def _table(value: Any) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("must be a table")
    return value
