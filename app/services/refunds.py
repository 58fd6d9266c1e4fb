"""Giving a customer's credit back: a refund is recorded with its amount, day, method and an
optional note (e.g. the account it went to), in one of the currencies the customer has credit
in, never more than that credit. Refunds are facts like payments: never changed or deleted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.core.clock import Clock
from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.money import at_least_minor_unit
from app.services.customer_credit import CustomerAccounts
from app.services.lookups import customer_row
from app.services.receipts import check_method
from app.storage.database import Database
from app.storage.refund_models import RefundRow

NOTE_LENGTH = 200
REFUND_TOO_SMALL = QT_TRANSLATE_NOOP(
    "Messages", "A refund must be more than zero, at least {smallest}."
)


@dataclass(frozen=True, slots=True)
class Refund:
    id: int
    customer_id: int
    customer: str
    currency: str
    amount: Decimal
    refunded_on: date
    method: str
    note: str
    credit_after: Decimal  # what is left of the customer's credit in that currency


class Refunds:
    def __init__(
        self, db: Database, clock: Clock, today: Callable[[], date], accounts: CustomerAccounts
    ) -> None:
        self._db, self._clock, self._today, self._accounts = db, clock, today, accounts

    def refund(
        self, customer_id: int, amount: Decimal, refunded_on: date, method: str,
        currency: str | None = None, note: str = "",
    ) -> Refund:  # fmt: skip
        """Record `amount` of the customer's credit given back; `currency` may be left out when
        the customer has credit in one currency only."""
        check_method(method)
        note = " ".join(note.split())
        if len(note) > NOTE_LENGTH:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A refund's note is at most {length} characters."
                ).format(length=NOTE_LENGTH)
            )
        if refunded_on > self._today():
            raise DomainError(
                QT_TRANSLATE_NOOP("Messages", "The refund date {date} is in the future.").format(
                    date=refunded_on.isoformat()
                )
            )
        with self._db.transaction() as orm:
            customer = customer_row(orm, customer_id)
            self._accounts.hold(orm, customer_id)
            credits = {
                b.currency: b.credit
                for b in self._accounts.balances(orm, customer_id)
                if b.credit > 0
            }
            currency = _currency(customer.name, currency, credits)
            credit = credits.get(currency)
            if credit is None:
                raise DomainError(
                    QT_TRANSLATE_NOOP("Messages", "{customer} has no credit in {currency}.")
                    .format(customer=customer.name, currency=currency)
                )  # fmt: skip
            amount = at_least_minor_unit(amount, currency, REFUND_TOO_SMALL)
            if amount > credit:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{customer} has {credit} {currency} of credit; a refund of {amount} is "
                        "more than that.",
                    ).format(customer=customer.name, credit=credit, currency=currency,
                             amount=amount)
                )  # fmt: skip
            row = RefundRow(customer_id=customer_id, currency=currency, amount=amount,
                            refunded_on=refunded_on, method=method, note=note,
                            recorded_at=self._clock.now())  # fmt: skip
            orm.add(row)
            orm.flush()
            return Refund(row.id, customer_id, customer.name, currency, amount, refunded_on,
                          method, note, credit - amount)  # fmt: skip


def _currency(customer: str, currency: str | None, credits: dict[str, Decimal]) -> str:
    if currency is not None:
        return currency.strip().upper()
    if len(credits) == 1:
        return next(iter(credits))
    if not credits:
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "{customer} has no credit to refund.").format(
                customer=customer
            )
        )
    raise DomainError(
        QT_TRANSLATE_NOOP(
            "Messages", "{customer} has credit in {currencies}; say which currency to refund."
        ).format(customer=customer, currencies=", ".join(sorted(credits)))
    )
