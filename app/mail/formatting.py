"""Values as a customer reads them in a message, in its language: money, dates, times, minutes."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from decimal import Decimal

from babel.dates import format_date, format_time, get_timezone_name
from babel.numbers import format_currency

from app.documents.labels import LOCALES, OUTCOMES

PAYMENT_METHODS = {
    "en": {"transfer": "bank transfer", "cash": "cash", "card": "card", "other": "other",
           "credit": "your credit with us"},
    "pt": {"transfer": "transferência bancária", "cash": "numerário", "card": "cartão",
           "other": "outro", "credit": "o seu crédito connosco"},
    "nl": {"transfer": "overschrijving", "cash": "contant", "card": "kaart", "other": "andere",
           "credit": "uw tegoed bij ons"},
}  # fmt: skip


class MailFormat:
    """Formatting for one language and one time zone."""

    def __init__(self, language: str, zone: tzinfo) -> None:
        self.language = language
        self.locale = LOCALES[language]
        self.zone = zone

    def money(self, amount: Decimal, currency: str) -> str:
        return format_currency(amount, currency, locale=self.locale)

    def day(self, value: date | datetime) -> str:
        if isinstance(value, datetime):
            value = value.astimezone(self.zone).date()
        return format_date(value, format="long", locale=self.locale)

    def time(self, instant: datetime) -> str:
        return format_time(instant.astimezone(self.zone), format="short", locale=self.locale)

    def zone_name(self, instant: datetime) -> str:
        return get_timezone_name(instant.astimezone(self.zone), locale=self.locale)

    def outcome(self, outcome: str) -> str:
        return OUTCOMES[self.language].get(outcome, outcome)

    def method(self, method: str) -> str:
        return PAYMENT_METHODS[self.language].get(method, method)


def minutes(seconds: int) -> str:
    """Whole minutes, rounded down: the free minutes a customer has left are never overstated."""
    return str(max(0, seconds) // 60)
