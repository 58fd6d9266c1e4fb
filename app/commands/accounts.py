"""`assistdesk customer balance` and `customer refund`: a customer's money in each currency —
invoiced, credited, paid, refunded, open — and the credit the office holds for them."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.commands.common import open_services, print_json
from app.core.money import plain
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.services.customer_credit import CustomerBalance


def register_customer_actions(actions: Any) -> None:
    """Add `balance` and `refund` to the `customer` command's actions."""
    balance = actions.add_parser(
        "balance", help="invoiced, credited, paid, refunded, open and credit, per currency"
    )
    balance.add_argument("name", metavar="NAME")
    balance.add_argument("--json", action="store_true", help="print it as JSON")
    balance.set_defaults(handler=_balance)
    refund = actions.add_parser("refund", help="record credit given back to the customer")
    refund.add_argument("name", metavar="NAME")
    refund.add_argument("--amount", required=True, metavar="AMOUNT", help="at most the credit")
    refund.add_argument("--date", required=True, metavar="DATE", help="the day it was paid back")
    refund.add_argument("--method", default="transfer", help="transfer, cash, card or other")
    refund.add_argument(
        "--currency", metavar="CUR", help="needed when the customer has credit in several"
    )
    refund.add_argument("--note", default="", metavar="TEXT", help="e.g. the account it went to")
    refund.add_argument("--json", action="store_true", help="print the refund as JSON")
    refund.set_defaults(handler=_refund)


def _balance(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    with open_services(url, paths, args.clock) as services:
        customer = services.customers.find_by_name(args.name)
        balances = services.ledger.balance(customer.id)
    rows = [balance_json(b) for b in balances]
    if args.json:
        print_json({"customer": customer.name, "balances": rows})
    elif not rows:
        print(f"{customer.name} has no invoices, payments or refunds yet.")
    for r in rows if not args.json else []:
        print(f"{customer.name}, {r['currency']}: invoiced {r['invoiced']}, credited "
              f"{r['credited']}, paid {r['paid']}, refunded {r['refunded']}, open {r['open']}, "
              f"credit {r['credit']}.")  # fmt: skip
    return 0


def _refund(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.money import parse_amount
    from app.core.timetext import parse_date

    amount, day = parse_amount(args.amount), parse_date(args.date)
    with open_services(url, paths, args.clock) as services:
        customer = services.customers.find_by_name(args.name)
        refund = services.ledger.refund(
            customer.id, amount, day, args.method, args.currency, args.note
        )
    if args.json:
        print_json({
            "id": refund.id, "customer": refund.customer, "currency": refund.currency,
            "amount": plain(refund.amount), "refunded_on": refund.refunded_on.isoformat(),
            "method": refund.method, "note": refund.note,
            "customer_credit": plain(refund.credit_after),
        })  # fmt: skip
    else:
        print(f"Refunded {plain(refund.amount)} {refund.currency} to {refund.customer} on "
              f"{refund.refunded_on.isoformat()} ({refund.method}); the credit left is "
              f"{plain(refund.credit_after)} {refund.currency}.")  # fmt: skip
    return 0


def balance_json(b: CustomerBalance) -> dict[str, str]:
    return {
        "currency": b.currency, "invoiced": plain(b.invoiced), "credited": plain(b.credited),
        "paid": plain(b.paid), "refunded": plain(b.refunded), "open": plain(b.open_amount),
        "credit": plain(b.credit),
    }  # fmt: skip
