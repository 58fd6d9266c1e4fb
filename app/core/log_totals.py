"""What a list of sessions adds up to: how many, their time, and their price per currency — each
session's price as it is shown (rounded to its currency), added exactly. Money of different
currencies is never added together."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from app.core.money import ZERO, quantize
from app.core.records import SessionRecord


@dataclass(frozen=True, slots=True)
class LogTotals:
    count: int
    seconds: int  # of the sessions that ended (a running one has no duration yet)
    money: tuple[tuple[str, Decimal], ...]  # (currency, total) of the priced ones, by currency


def add_up(rows: Iterable[tuple[int | None, str | None, object]]) -> LogTotals:
    """Totals of (duration in seconds or None, currency or None, price total or None) rows; a
    total comes as the driver gives it (text on SQLite, Decimal on PostgreSQL)."""
    count = seconds = 0
    money: dict[str, Decimal] = {}
    for duration, currency, total in rows:
        count += 1
        seconds += duration or 0
        if currency is not None and total is not None:
            amount = quantize(Decimal(str(total)), currency)
            money[currency] = money.get(currency, ZERO) + amount
    return LogTotals(count, seconds, tuple(sorted(money.items())))


def money_by_currency(
    grouped: Iterable[tuple[str, object, int]],
) -> tuple[tuple[str, Decimal], ...]:
    """(currency, amount as the driver gives it, how many sessions) rows added up per currency,
    each amount rounded to its currency first, as it is shown."""
    money: dict[str, Decimal] = {}
    for currency, total, times in grouped:
        amount = quantize(Decimal(str(total)), currency) * int(times)
        money[currency] = money.get(currency, ZERO) + amount
    return tuple(sorted(money.items()))


def totals_of(records: Iterable[SessionRecord]) -> LogTotals:
    """The totals of sessions already read (a list with every row in)."""
    return add_up(
        (r.duration_seconds, r.charge.currency if r.charge else None,
         r.charge.total if r.charge else None)
        for r in records
    )  # fmt: skip
