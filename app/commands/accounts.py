"""`assistdesk customer balance` and `customer refund`: a customer's money in each currency —
invoiced, credited, paid, refunded, open — and the credit the office holds for them; `customer
list`, `archive` and `restore`: the customers as the customers window shows them."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.commands.common import open_services, print_json, utc_text
from app.core.money import plain
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.services.customer_credit import CustomerBalance
    from app.services.customers import CustomerOverview


def register_customer_actions(actions: Any) -> None:
    """Add `list`, `archive`, `restore`, `balance` and `refund` to the `customer` actions."""
    listing = actions.add_parser(
        "list", help="customers by name, with their equipment, last session and what is open"
    )
    listing.add_argument("--search", default="", metavar="TEXT", help="part of a name, email…")
    listing.add_argument("--archived", action="store_true", help="archived customers too")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    listing.set_defaults(handler=_list)
    for action, text in (
        ("archive", "hide a customer from the desk's search; their history stays"),
        ("restore", "bring an archived customer back to the desk's search"),
    ):
        parser = actions.add_parser(action, help=text)
        parser.add_argument("name", metavar="NAME")
        parser.set_defaults(handler=_archive if action == "archive" else _restore)
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


def _list(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    with open_services(url, paths, args.clock) as services:
        rows = services.customers.overview(args.search, archived=args.archived)
    if args.json:
        print_json([overview_json(row) for row in rows])
        return 0
    if not rows:
        print("No customers.")
    for row in rows:
        last = row.last_session.astimezone().strftime("%Y-%m-%d") if row.last_session else "-"
        owed = ", ".join(f"{plain(amount)} {currency}" for currency, amount in row.owed)
        archived = "  (archived)" if row.record.archived_at else ""
        print(f"{row.record.name}{archived}  last session {last}  open {owed or '0'}")
    return 0


def overview_json(row: CustomerOverview) -> dict[str, Any]:
    customer = row.record.customer
    return {
        "id": row.record.id, "name": customer.name, "email": customer.email or None,
        "phone": customer.phone or None, "policy": customer.policy_id or None,
        "archived_at": utc_text(row.record.archived_at), "equipment": row.equipment,
        "last_session": utc_text(row.last_session),
        "open": {currency: plain(amount) for currency, amount in row.owed},
    }  # fmt: skip


def _archive(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    with open_services(url, paths, args.clock) as services:
        customers = services.customers
        record = customers.archive(customers.find_by_name(args.name).id)
    print_json({"id": record.id, "name": record.name, "archived_at": utc_text(record.archived_at)})
    return 0


def _restore(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    with open_services(url, paths, args.clock) as services:
        customers = services.customers
        record = customers.restore(customers.find_by_name(args.name).id)
    print_json({"id": record.id, "name": record.name, "archived_at": None})
    return 0


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
