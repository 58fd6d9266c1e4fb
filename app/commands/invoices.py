"""`assistdesk invoice`: issue, list, print, pay and credit documents from the session log
(`invoice credit`: app.commands.credit_notes)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.commands import invoice_create
from app.commands.common import (
    Subcommands,
    check_output_name,
    open_services,
    print_json,
    utc_text,
    write_output,
)
from app.commands.credit_notes import register_credit
from app.commands.receipts import register_pay
from app.core.errors import DomainError
from app.core.money import plain
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.commands.common import Services
    from app.core.invoice_document import PrintedDocument
    from app.services.document_mail import DocumentMail
    from app.services.invoicing import IssuedDocument

STATUSES = ("draft", "issued", "partly_paid", "paid", "overdue", "credited", "settled")
LANGS = "en, pt or nl"
SEND = "also email it to the customer (queued in the outbox, see `assistdesk mail`)"


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    """Add this area's subcommands to the `assistdesk` parser."""
    invoice = commands.add_parser("invoice", help="invoices, receipts and credit notes")
    actions = invoice.add_subparsers(dest="action", metavar="ACTION", required=True)
    invoice_create.register(actions)
    listing = actions.add_parser("list", help="invoices and where each stands")
    listing.add_argument("--customer", metavar="NAME")
    listing.add_argument("--status", metavar="STATUS", help=", ".join(STATUSES))
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=_list)
    pdf = actions.add_parser("pdf", help="write an issued document as PDF")
    pdf.add_argument("number", metavar="NUMBER")
    pdf.add_argument(
        "--output", required=True, metavar="FILE.pdf", help="- writes the PDF to standard output"
    )
    pdf.add_argument("--lang", metavar="LANG", help=LANGS)
    pdf.set_defaults(handler=_pdf)
    send = actions.add_parser(
        "send", help="email an issued document to its customer (queued in the outbox)"
    )
    send.add_argument("number", metavar="NUMBER")
    send.add_argument("--json", action="store_true", help="print the queued message as JSON")
    send.set_defaults(handler=_send)
    register_pay(actions, SEND)
    register_credit(actions, SEND)


def _list(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    if args.status is not None and args.status not in STATUSES:
        raise DomainError(f"Unknown status {args.status!r}; use one of {', '.join(STATUSES)}.")
    with open_services(url, paths, args.clock) as services:
        customer_id = services.customers.find_by_name(args.customer).id if args.customer else None
        summaries = services.ledger.summaries(customer_id)
        mailed = _document_mail(services).states()
    # Drafts are previews in the app; only issued documents are stored.
    chosen = [s for s in summaries if args.status in (None, s.status.value)]
    rows = [
        {
            "number": s.number,
            "kind": s.kind.value,
            "customer": s.customer,
            "issued_on": s.issued_on.isoformat(),
            "due_date": s.due_date.isoformat() if s.due_date else None,
            "currency": s.currency,
            "total": plain(s.total),
            "paid": plain(s.paid),
            "credited": plain(s.credited),
            "open": plain(s.open_amount),
            "status": s.status.value,
            "mail": mailed[s.number].status if s.number in mailed else None,
        }
        for s in chosen
    ]
    if args.json:
        print_json(rows)
    elif not rows:
        print("No invoices.")
    for r in rows if not args.json else []:
        print(f"{r['number']:<16} {r['issued_on']}  {r['status']:<11} {r['total']:>10} "
              f"{r['currency']}  open {r['open']:>9}  {r['customer']}")  # fmt: skip
    return 0


def _send(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.commands.mail import outbox_json

    with open_services(url, paths, args.clock) as services:
        queued = _document_mail(services).send(args.number)
    if args.json:
        print_json(outbox_json(queued))
    else:
        print(f"{args.number} is queued for {queued.recipient} ({queued.status}); "
              "`assistdesk mail send-pending` sends it.")  # fmt: skip
    return 0


def _document_mail(services: Services) -> DocumentMail:
    from app.services.document_mail import DocumentMail

    return DocumentMail(services.db, services.invoices, services.mail)


def _pdf(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    check_output_name(args.output, paths, url)  # one that cannot be written: before any work
    with open_services(url, paths, args.clock) as services:
        data = services.invoices.pdf(args.number, args.lang)
    write_output(args.output, data, paths, url)
    if args.output != "-":
        print(f"Wrote {args.number} to {args.output}.")
    return 0


def _report(issued: IssuedDocument, as_json: bool) -> None:
    if as_json:
        print_json(document_json(issued))
        return
    doc = issued.document
    print(f"Issued {doc.number} for {doc.customer.name}: {doc.totals.total} {doc.currency}.")


def document_json(issued: IssuedDocument) -> dict[str, Any]:
    doc: PrintedDocument = issued.document
    t = doc.totals
    data: dict[str, Any] = {
        "number": doc.number, "kind": doc.kind.value, "customer": doc.customer.name,
        "issued_at": utc_text(doc.issued_at),
        "due_date": doc.due_date.isoformat() if doc.due_date else None, "currency": doc.currency,
        "lines": [
            {"description": ln.description, "quantity": plain(ln.quantity),
             "unit_price": plain(ln.unit_price), "net": plain(ln.net),
             "vat_percent": plain(ln.vat_percent.normalize()),
             "gross": plain(ln.gross) if ln.gross is not None else None,
             "session_id": ln.session_id}
            for ln in t.lines
        ],
        "vat": [{"rate": plain(v.rate.normalize()), "base": plain(v.base),
                 "amount": plain(v.amount)} for v in t.vat],
        "net": plain(t.net), "vat_total": plain(t.vat_total), "total": plain(t.total),
        "session_ids": list(issued.session_ids),
    }  # fmt: skip
    if doc.corrects:
        data["corrects"] = doc.corrects
    if doc.paid_amount is not None:
        data["paid_amount"] = plain(doc.paid_amount)
    return data
