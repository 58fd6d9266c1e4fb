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


def balance_json(b: CustomerBalance) -> dict[str, str]:
    return {
        "currency": b.currency, "invoiced": plain(b.invoiced), "credited": plain(b.credited),
        "paid": plain(b.paid), "refunded": plain(b.refunded), "open": plain(b.open_amount),
        "credit": plain(b.credit),
    }  # fmt: skip
