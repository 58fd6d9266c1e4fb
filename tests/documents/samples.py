"""Documents built by hand as the services build them: session lines described and broken down as
app.services writes them (the label in the issuing language, the breakdown in English), a gross on
each line whose price included VAT, a receipt's settlements, a service statement."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from app.core.invoice import InvoiceLine, InvoiceTotals, LineInput, assemble
from app.core.invoice_document import (
    BankDetails,
    DocumentKind,
    Party,
    PrintedDocument,
    SessionLogEntry,
    Settlement,
)
from app.core.money import quantize
from app.core.payment_reference import creditor_reference, epc_qr_payload

ISSUED = datetime(2026, 11, 24, 10, 30, tzinfo=UTC)
SESSION = {"en": "Remote session", "pt": "Assistência remota", "nl": "Hulp op afstand"}
TERMS = {"en": "14 days", "pt": "14 dias", "nl": "14 dagen"}
D = Decimal

# (day, start, end, duration, tool id, detail in English, agreed amount, VAT %, price incl. VAT)
SESSIONS = (
    (17, "10:00", "10:12", "00:12:00", "anydesk",
     "First 10 minutes × 1: 10.00", "10.00", "21", True),
    (18, "14:05", "14:25", "00:20:00", "iperius",
     "First 10 minutes × 1: 10.00; Further 5-minute block × 2: 10.00", "20.00", "21", True),
    (19, "19:30", "19:47", "00:17:00", "zoho-assist",
     "First 10 minutes × 1: 10.00; Further 5-minute block × 2: 10.00; "
     "Out-of-hours surcharge (12.5 %) × 1: 2.50", "22.50", "21", True),
    (20, "09:00", "09:31", "00:31:00", "teamviewer",
     "First 60 minutes × 1: 13.50; free minutes used: 15", "13.50", "6", False),
    (23, "11:00", "11:04", "00:04:00", "rustdesk", "unresolved: not charged", "0.00", "21", True),
)  # fmt: skip


def session_lines(language: str) -> list[LineInput]:
    """Each session's line as app.services describes it in `language` (the breakdown English)."""
    lines = []
    for index, (day, start, end, duration, tool, detail, amount, rate, inclusive) in enumerate(
        SESSIONS, 1
    ):
        text = f"{SESSION[language]} 2026-11-{day} {start}–{end} ({duration}, {tool})"
        lines.append(LineInput(text, D(1), D(amount), D(rate), inclusive, detail, index))
    return lines


def with_gross(lines: list[LineInput], currency: str) -> tuple[InvoiceLine, ...]:
    """The assembled lines, each whose price included VAT with its agreed gross (as
    app.core.invoice fills it)."""
    totals = assemble(lines, currency)
    return tuple(
        replace(line, gross=quantize(given.quantity * given.unit_amount, currency))
        if given.includes_vat
        else line
        for line, given in zip(totals.lines, lines, strict=True)
    )


def invoice(
    language: str = "en", kind: DocumentKind = DocumentKind.INVOICE, currency: str = "EUR"
) -> PrintedDocument:
    lines = [*session_lines(language), LineInput("On-site visit", D(1), D(45), D(21), False)]
    totals = assemble(lines, currency)
    totals = replace(totals, lines=with_gross(lines, currency))
    number = "FT 2026/0007"
    reference = creditor_reference(number)
    start = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)
    tools = ("anydesk", "iperius", "zoho-assist", "teamviewer", "rustdesk")
    outcomes = ("resolved", "resolved", "cancelled", "resolved", "unresolved")
    evidence = ("ad.trace: accepted 10:00:02", "", "", "", "")
    log = [
        SessionLogEntry(start + timedelta(days=i), start + timedelta(days=i, minutes=12), 720,
                        tool, f"{i} 123 456 789", outcome, record)
        for i, (tool, outcome, record) in enumerate(zip(tools, outcomes, evidence, strict=True))
    ]  # fmt: skip
    late = datetime(2026, 11, 21, 22, 50, tzinfo=UTC)  # 23:50 in Brussels, ends the next day
    log.append(SessionLogEntry(late, late + timedelta(minutes=25), 1500, "AnyDesk", "", "resolved"))
    return PrintedDocument(
        kind=kind, number=number, issued_at=ISSUED, currency=currency, language=language,
        timezone="Europe/Brussels",
        company=Party("Page Computers BV", "Kerkstraat 12\n9000 Gent", "BE0403170701",
                      "office@page.example", "+32 9 123 45 67"),
        customer=Party("Bert Peeters", "Lange Nieuwstraat 145\n2000 Antwerpen", "BE0999999999"),
        totals=totals, due_date=date(2026, 12, 8), payment_terms=TERMS[language],
        bank=BankDetails("BE68 5390 0754 7034", "GKCCBEBB"), payment_reference=reference,
        qr_payload=epc_qr_payload("Page Computers BV", "BE68 5390 0754 7034", totals.total,
                                  reference) if currency == "EUR" else "",
        session_log=tuple(log),
    )  # fmt: skip


def credit_note(language: str = "en") -> PrintedDocument:
    return replace(
        invoice(language), kind=DocumentKind.CREDIT_NOTE, number="NC 2026/0002",
        corrects="FT 2026/0007", reason="Session of 18 November was billed twice",
        due_date=None, payment_terms="", qr_payload="", session_log=(),
    )  # fmt: skip


def receipt(language: str = "en") -> PrintedDocument:
    """A payment of 150.00 for two invoices: 41.26 to FT 2026/0007 (what was open of its 121.26
    after 80.00 paid before), 100.00 of 120.00 to FT 2026/0009 (20.00 left to pay);
    150.00 − 41.26 − 100.00 = 8.74 kept as the customer's credit, with none before."""
    settles = (Settlement("FT 2026/0007", D("41.26"), D("0.00")),
               Settlement("FT 2026/0009", D("100.00"), D("20.00")))  # fmt: skip
    lines = [InvoiceLine(f"Invoice {s.invoice}", "", D(1), s.amount, s.amount, D(0), None)
             for s in settles] + [InvoiceLine("Kept as your credit", "", D(1), D("8.74"),
                                              D("8.74"), D(0), None)]  # fmt: skip
    totals = InvoiceTotals(tuple(lines), (), D("150.00"), D("0.00"), D("150.00"))
    return replace(
        invoice(language), kind=DocumentKind.RECEIPT, number="RC 2026/0003", totals=totals,
        issued_at=datetime(2026, 11, 30, 16, 0, tzinfo=UTC), corrects="FT 2026/0007",
        due_date=None, payment_terms="", bank=None, payment_reference="", qr_payload="",
        session_log=(), paid_amount=D("150.00"), paid_on=date(2026, 11, 29),
        payment_method="transfer",
        settles=settles, customer_credit=D("8.74"),
    )  # fmt: skip


def statement(language: str = "pt") -> PrintedDocument:
    return replace(invoice(language), kind=DocumentKind.STATEMENT, number="NS 2026/0001")


KINDS = {
    "invoice": invoice,
    "credit-note": credit_note,
    "receipt": receipt,
    "statement": statement,
}
