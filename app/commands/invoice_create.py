"""`assistdesk invoice create`: issue a customer's invoice — one per currency their sessions are
in, unless `--currency` picks one — with lines typed on the command line (`--line`).

With `--json`, one invoice prints as one JSON object (the same fields as ever); when sessions in
several currencies make several invoices, they print as a JSON array of those objects, by
currency code. `--line` text is read before the database is opened: a bad line is one sentence
and exit status 2, and nothing is issued.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.commands.common import Subcommands, open_services, print_json
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.services.invoicing import IssuedDocument

LANGS = "en, pt or nl"
SEND = "also email it to the customer (queued in the outbox, see `assistdesk mail`)"
LINE = (
    'a typed line, "DESCRIPTION;QUANTITY;UNIT PRICE;VAT %%" (e.g. "On-site visit;1;45.00;21"), '
    "optionally ending ;incl or ;excl (default: as the customer's policy prices); a negative "
    "price is a discount on its VAT rate; repeat for more lines"
)
CURRENCY = (
    "invoice only the sessions priced in this currency, and put the typed lines in it "
    "(default: one invoice per currency)"
)


def register(actions: Subcommands[argparse.ArgumentParser]) -> None:
    """Add `invoice create` to the `invoice` subcommands."""
    create = actions.add_parser("create", help="issue an invoice for a customer's sessions")
    create.add_argument("--customer", required=True, metavar="NAME")
    create.add_argument("--until", metavar="DATE", help="sessions accepted up to this day")
    create.add_argument("--currency", metavar="CUR", help=CURRENCY)
    create.add_argument("--line", action="append", default=[], metavar="LINE", help=LINE)
    create.add_argument("--series", metavar="S", help="default: the invoice series setting")
    create.add_argument("--lang", metavar="LANG", help=LANGS)
    create.add_argument(
        "--json", action="store_true", help="print the invoice as JSON (an array for several)"
    )
    create.add_argument("--send", action="store_true", help=SEND)
    create.set_defaults(handler=_create)


def _create(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.manual_lines import parse_manual_line
    from app.core.money import check_currency
    from app.core.timetext import parse_date

    until = parse_date(args.until) if args.until else None
    lines = [parse_manual_line(text) for text in args.line]
    currency = check_currency(args.currency) if args.currency is not None else None
    with open_services(url, paths, args.clock) as services:
        customer = services.customers.find_by_name(args.customer)
        issued = services.invoices.create_each_currency(
            customer.id, until=until, extra=lines, series=args.series, language=args.lang,
            send=args.send, currency=currency,
        )  # fmt: skip
    _report(issued, args.json)
    return 0


def _report(issued: tuple[IssuedDocument, ...], as_json: bool) -> None:
    from app.commands.invoices import document_json

    if as_json:
        documents = [document_json(one) for one in issued]
        print_json(documents[0] if len(documents) == 1 else documents)
        return
    for one in issued:
        doc = one.document
        print(f"Issued {doc.number} for {doc.customer.name}: {doc.totals.total} {doc.currency}.")
