"""Values as a document in one language writes them: one date format throughout (Babel's medium
date for the language's locale, "24 Nov 2026", "24/11/2026", "24 nov 2026"), times of day in the
document's zone, money with the locale's decimal sign and the currency, tools by their makers'
names and outcomes and payment methods in words of the language."""

from __future__ import annotations

import datetime as dt
from datetime import datetime, time
from decimal import Decimal
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_currency, format_decimal

from app.core.remote_tool import RemoteTool
from app.documents.v2.labels import LOCALES, METHODS, OUTCOMES

# A tool as stored (its id, "anydesk") or already by name ("AnyDesk"), in any case.
_TOOLS = {key: tool.display_name for tool in RemoteTool for key in (tool.value, tool.display_name)}
_TOOLS_BY_KEY = {key.lower(): name for key, name in _TOOLS.items()}


def tool_name(stored: str) -> str:
    """A remote tool as its maker writes it ("Iperius Remote"); other text as stored."""
    return _TOOLS_BY_KEY.get(stored.strip().lower(), stored)


class DocumentFormat:
    """Formatting for one document: its language, its time zone and its currency."""

    def __init__(self, language: str, zone: str, currency: str) -> None:
        self.language = language
        self.locale = LOCALES[language]
        self.zone = ZoneInfo(zone)
        self.currency = currency
        self._joined = _locale(self.locale).datetime_formats["medium"]  # "{1}, {0}"

    def date(self, day: dt.date) -> str:
        return _date(day, self.locale)

    def clock(self, hour: int, minute: int) -> str:
        return _clock(hour, minute, self.locale)

    def moment(self, instant: datetime) -> str:
        """An instant as the local date and time of day, "17 Nov 2026, 10:00"."""
        local = instant.astimezone(self.zone)
        return self.day_and_time(local.date(), self.clock(local.hour, local.minute))

    def day_and_time(self, day: dt.date, clock: str) -> str:
        return str(self._joined).format(clock, self.date(day))

    def time_of(self, instant: datetime) -> str:
        local = instant.astimezone(self.zone)
        return self.clock(local.hour, local.minute)

    def local_day(self, instant: datetime) -> dt.date:
        return instant.astimezone(self.zone).date()

    def money(self, amount: Decimal) -> str:
        return _money(amount, self.currency, self.locale)

    def number(self, value: Decimal) -> str:
        return _number(value.normalize(), self.locale)

    def outcome(self, stored: str) -> str:
        return OUTCOMES[self.language].get(stored, stored)

    def method(self, stored: str) -> str:
        return METHODS[self.language].get(stored, stored)


# Babel works the same out each time; documents repeat the same few values (a thousand invoices
# a minute in the benchmark), so each is formatted once. Equal amounts format alike.


@cache
def _locale(code: str) -> Locale:
    return Locale.parse(code)


@lru_cache(maxsize=4096)
def _date(day: dt.date, locale: str) -> str:
    return format_date(day, format="medium", locale=_locale(locale))


@lru_cache(maxsize=4096)
def _clock(hour: int, minute: int, locale: str) -> str:
    return format_time(time(hour, minute), format="short", locale=_locale(locale))


@lru_cache(maxsize=4096)
def _money(amount: Decimal, currency: str, locale: str) -> str:
    return format_currency(amount, currency, locale=_locale(locale))


@lru_cache(maxsize=4096)
def _number(value: Decimal, locale: str) -> str:
    return format_decimal(value, locale=_locale(locale))
