"""`assistdesk invoice pay`: money received for invoices, or the customer's credit applied to
them; either way a receipt is issued and says what it paid."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.commands.common import open_services, print_json
from app.core.errors import DomainError
from app.core.money import ZERO, plain
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.core.invoice_document import PrintedDocument
    from app.services.invoicing import IssuedDocument

CREDIT = "credit"  # app.services.receipt_content.CREDIT, without importing the services here


def register_pay(actions: Any, send_help: str) -> None:
    """Add `invoice pay` to the `invoice` command's actions."""
    pay = actions.add_parser(
        "pay", help="record a payment, or apply the customer's credit; issues a receipt"
    )
    pay.add_argument(
        "numbers", nargs="+", metavar="NUMBER",
        help="the invoice paid (several: one customer's, settled in this order)",
    )  # fmt: skip
    pay.add_argument(
        "--amount", metavar="AMOUNT",
        help="the amount received; more than is open is kept as the customer's credit "
        "(with --from-credit: default as much as is open and the credit covers)",
    )  # fmt: skip
    pay.add_argument(
        "--date", metavar="DATE", help="the day it was paid (with --from-credit: default today)"
    )
    pay.add_argument("--method", help="transfer (default), cash, card or other")
    pay.add_argument(
        "--from-credit", action="store_true",
        help="apply the customer's credit instead of money received",
    )  # fmt: skip
    pay.add_argument("--json", action="store_true", help="print the receipt as JSON")
    pay.add_argument("--send", action="store_true", help=send_help)
    pay.set_defaults(handler=_pay)


def _pay(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.commands.invoices import document_json
    from app.core.money import parse_amount
    from app.core.timetext import parse_date

    amount = parse_amount(args.amount) if args.amount is not None else None
    day = parse_date(args.date) if args.date is not None else None
    if args.from_credit and args.method is not None:
        raise DomainError("--from-credit applies credit the customer has; it takes no --method.")
    if not args.from_credit and (amount is None or day is None):
        raise DomainError(
            "invoice pay needs --amount and --date (or --from-credit to apply the customer's "
            "credit)."
        )
    with open_services(url, paths, args.clock) as services:
        if args.from_credit:
            receipt = services.ledger.pay_from_credit(args.numbers, amount, day, send=args.send)
        else:
            assert amount is not None
            assert day is not None
            method = args.method or "transfer"
            receipt = services.ledger.pay(args.numbers, amount, day, method, send=args.send)
    if args.json:
        print_json(document_json(receipt) | receipt_json(receipt.document))
    else:
        print(receipt_text(receipt))
    return 0


def receipt_json(doc: PrintedDocument) -> dict[str, Any]:
    """What a receipt did: the money received, the invoices it settled (the amount applied to
    each and what stays open), what was kept as credit or taken from it, and the credit left."""
    applied = sum((s.amount for s in doc.settles), ZERO)
    paid = doc.paid_amount if doc.paid_amount is not None else ZERO
    from_credit = doc.payment_method == CREDIT
    return {
        "amount_received": plain(doc.totals.total),
        "paid_on": doc.paid_on.isoformat() if doc.paid_on else None,
        "method": doc.payment_method,
        "invoices": [
            {"number": s.invoice, "applied": plain(s.amount), "open_after": plain(s.open_after)}
            for s in doc.settles
        ],
        "open_after": plain(sum((s.open_after for s in doc.settles), ZERO)),
        "kept_as_credit": plain(_zero_like(paid) if from_credit else paid - applied),
        "credit_applied": plain(paid if from_credit else _zero_like(paid)),
        "customer_credit": plain(doc.customer_credit) if doc.customer_credit is not None else None,
    }


def receipt_text(issued: IssuedDocument) -> str:
    doc = issued.document
    who, cur = doc.customer.name, doc.currency
    day = doc.paid_on.isoformat() if doc.paid_on else ""
    paid = doc.paid_amount if doc.paid_amount is not None else ZERO
    if doc.payment_method == CREDIT:
        head = f"Receipt {doc.number}: {plain(paid)} {cur} of {who}'s credit applied on {day}."
    else:
        head = f"Receipt {doc.number}: received {plain(paid)} {cur} from {who} on {day}."
    lines = [head] + [
        f"  {s.invoice}: {plain(s.amount)} applied, {plain(s.open_after)} open."
        for s in doc.settles
    ]
    kept = paid - sum((s.amount for s in doc.settles), ZERO)
    if doc.payment_method != CREDIT and kept > 0:
        lines.append(f"{plain(kept)} {cur} kept as the customer's credit.")
    if doc.customer_credit is not None:
        lines.append(f"{who}'s credit is now {plain(doc.customer_credit)} {cur}.")
    return "\n".join(lines)


def _zero_like(amount: Decimal) -> Decimal:
    """0 with the decimals of `amount` ("0.00" beside "20.00")."""
    return amount - amount
