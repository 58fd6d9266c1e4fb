"""Which invoices one "invoice this customer" makes: one currency per invoice, and where the lines
the office typed go.

- Sessions are grouped by the currency they were priced in; each currency is its own invoice.
  With a currency chosen, only that one is issued (the others wait for their own invoice).
- Typed lines go on the invoice in the chosen currency; else in the currency of the customer's
  sessions when they are all in one; else in the currency of the customer's policy (with no
  policy: the policy offered for new customers) — when there are no sessions, or when it is one
  of theirs. Otherwise the user is asked to choose the currency: a sentence that lists them.
- A typed line that does not say whether its price includes VAT follows that same policy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.core.errors import DomainError
from app.core.invoice import LineInput
from app.core.manual_lines import ManualLine
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.policy import Policy
from app.storage.billing_rounds import BillableSession

PolicyOf = Callable[[], Policy | None]  # the customer's policy, read only when it is needed
Typed = ManualLine | LineInput  # a LineInput says already whether its price includes VAT


@dataclass(frozen=True, slots=True)
class PlannedInvoice:
    currency: str
    sessions: tuple[BillableSession, ...]
    manual: tuple[LineInput, ...] = ()


def plan_invoices(
    customer: str,
    sessions: Sequence[BillableSession],
    manual: Sequence[Typed],
    currency: str | None,
    policy_of: PolicyOf,
    each_currency: bool,
) -> list[PlannedInvoice]:
    """The invoices to issue, by currency. Without `each_currency` there is exactly one, and
    sessions in several currencies with none chosen are refused with the choices named."""
    grouped: dict[str, list[BillableSession]] = defaultdict(list)
    for row in sessions:
        grouped[row.charge.currency].append(row)
    found = sorted(grouped)
    if currency is not None:
        if not grouped[currency] and not manual:
            raise _nothing_in(customer, currency, found)
        chosen = [currency]
    elif not each_currency and len(found) > 1:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name}'s sessions are in {currencies}; choose one currency per invoice.",
            ).format(name=customer, currencies=", ".join(found))
        )
    else:
        chosen = found
    typed = _typed_currency(customer, found, manual, currency, policy_of)
    if typed and typed not in chosen:
        chosen = sorted([*chosen, typed])
    if not chosen:
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "{name} has nothing to invoice.").format(name=customer)
        )
    lines = _line_inputs(customer, manual, policy_of)
    return [
        PlannedInvoice(code, tuple(grouped[code]), lines if code == typed else ())
        for code in chosen
    ]


def _typed_currency(
    customer: str, found: list[str], manual: Sequence[Typed], currency: str | None,
    policy_of: PolicyOf,
) -> str:  # fmt: skip
    """The currency the typed lines are in ("" when there are none)."""
    if not manual:
        return ""
    if currency is not None:
        return currency
    if len(found) == 1:
        return found[0]
    policy = policy_of()
    if policy is not None and (not found or policy.currency in found):
        return policy.currency
    if not found:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} has no policy to take the invoice's currency from; choose the currency "
                "(--currency).",
            ).format(name=customer)
        )
    raise DomainError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{name}'s sessions are in {currencies}; choose the currency of the typed lines "
            "(--currency).",
        ).format(name=customer, currencies=", ".join(found))
    )


def _line_inputs(
    customer: str, manual: Sequence[Typed], policy_of: PolicyOf
) -> tuple[LineInput, ...]:
    if all(line.includes_vat is not None for line in manual):
        return tuple(_input(line, False) for line in manual)
    policy = policy_of()
    if policy is None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} has no policy to say whether typed prices include VAT; end each line "
                "with ;incl or ;excl.",
            ).format(name=customer)
        )
    return tuple(_input(line, policy.prices_include_vat) for line in manual)


def _input(line: Typed, includes_vat: bool) -> LineInput:
    return line if isinstance(line, LineInput) else line.line_input(includes_vat)


def _nothing_in(customer: str, currency: str, found: list[str]) -> DomainError:
    if not found:
        return DomainError(
            QT_TRANSLATE_NOOP("Messages", "{name} has nothing to invoice.").format(name=customer)
        )
    return DomainError(
        QT_TRANSLATE_NOOP(
            "Messages", "{name} has nothing to invoice in {currency}; their sessions are in "
            "{currencies}.",
        ).format(name=customer, currency=currency, currencies=", ".join(found))
    )  # fmt: skip
