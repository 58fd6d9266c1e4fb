"""`assistdesk invoice credit`: a credit note for a whole invoice, chosen lines, or an amount
against chosen lines; lines credited whole release their sessions to be invoiced again."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.commands.common import Subcommands, open_services, print_json, utc_text
from app.core.money import plain
from app.paths import AppPaths

if TYPE_CHECKING:
    from decimal import Decimal

    from app.core.invoice import InvoiceLine
    from app.services.credit_notes import IssuedCreditNote

LINES_HELP = (
    "the invoice's line numbers as printed, e.g. 1,3 (default: every line); credited whole "
    "unless --amount is given, and their sessions can be invoiced again"
)
AMOUNT_HELP = (
    "an amount with VAT to credit against the lines, split in proportion to what is left of "
    "each; releases no session"
)


def register_credit(actions: Subcommands[argparse.ArgumentParser], send_help: str) -> None:
    """Add `invoice credit` to the invoice subcommands."""
    credit = actions.add_parser("credit", help="issue a credit note for an invoice")
    credit.add_argument("number", metavar="NUMBER")
    credit.add_argument("--reason", required=True, metavar="TEXT", help="printed on the note")
    credit.add_argument("--lines", metavar="N,N...", help=LINES_HELP)
    credit.add_argument("--amount", metavar="AMOUNT", help=AMOUNT_HELP)
    credit.add_argument("--json", action="store_true", help="print the credit note as JSON")
    credit.add_argument("--send", action="store_true", help=send_help)
    credit.set_defaults(handler=_credit)


def _credit(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.credit_note import parse_line_numbers
    from app.core.money import parse_amount

    lines = parse_line_numbers(args.lines) if args.lines is not None else None
    amount = parse_amount(args.amount) if args.amount is not None else None
    with open_services(url, paths, args.clock) as services:
        note = services.credits.issue(
            args.number, args.reason, lines=lines, amount=amount, send=args.send
        )
    if args.json:
        print_json(credit_note_json(note))
        return 0
    doc = note.issued.document
    print(f"Issued {doc.number} for {doc.customer.name}: {doc.totals.total} {doc.currency}.")
    released = note.released_session_ids
    if released:
        which = "Session" if len(released) == 1 else "Sessions"
        print(f"{which} {', '.join(map(str, released))} can be invoiced again.")
    return 0


def credit_note_json(note: IssuedCreditNote) -> dict[str, Any]:
    doc = note.issued.document
    t = doc.totals
    return {
        "number": doc.number, "kind": doc.kind.value, "customer": doc.customer.name,
        "issued_at": utc_text(doc.issued_at), "currency": doc.currency,
        "credits": note.credits, "corrects": note.credits, "reason": doc.reason,
        "lines": [
            {"invoice_line": number, "description": ln.description,
             "quantity": plain(ln.quantity), "unit_price": plain(ln.unit_price),
             "net": plain(ln.net), "vat_percent": plain(ln.vat_percent.normalize()),
             "vat": plain(_gross(ln) - ln.net), "gross": plain(_gross(ln))}
            for number, ln in zip(note.invoice_lines, t.lines, strict=True)
        ],
        "vat": [{"rate": plain(v.rate.normalize()), "base": plain(v.base),
                 "amount": plain(v.amount)} for v in t.vat],
        "net": plain(t.net), "vat_total": plain(t.vat_total), "total": plain(t.total),
        "released_session_ids": list(note.released_session_ids),
    }  # fmt: skip


def _gross(line: InvoiceLine) -> Decimal:
    return line.net if line.gross is None else line.gross
