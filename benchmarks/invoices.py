"""Invoice rendering throughput: 1,000 one-page invoices through app.documents, beside a bare
reportlab baseline that draws the same text, lines and table with the same embedded font, in the
same run. Targets (issue 7): at least half the baseline's rate, and at most 150 MB peak memory.
Run: `.venv/bin/python benchmarks/invoices.py [--count N]`. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from app.core.invoice import LineInput, assemble
from app.core.invoice_document import (
    BankDetails,
    DocumentKind,
    Party,
    PrintedDocument,
    SessionLogEntry,
)
from app.core.payment_reference import creditor_reference, epc_qr_payload
from app.documents.fonts import register_fonts
from app.documents.invoice_pdf import render_pdf

RATE_TARGET, MEMORY_TARGET_MB = 0.5, 150


def sample(n: int) -> PrintedDocument:
    """A realistic one-page invoice: three sessions, a header, payment details and a QR code."""
    lines = [
        LineInput(f"Remote session 2026-11-{10 + i} 09:00–09:{12 + i} (00:{12 + i}:00, anydesk)",
                  Decimal(1), Decimal(15 + 5 * i), Decimal(21), True,
                  "First 10 minutes × 1: 10.00; Further 5-minute block × 1: 5.00", i)
        for i in range(3)
    ]  # fmt: skip
    totals = assemble(lines, "EUR")
    number = f"FT 2026/{n:04d}"
    reference = creditor_reference(number)
    start = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    return PrintedDocument(
        kind=DocumentKind.INVOICE, number=number, issued_at=datetime(2026, 11, 24, tzinfo=UTC),
        currency="EUR", language="en", timezone="Europe/Brussels",
        company=Party("Page Computers BV", "Kerkstraat 12\n9000 Gent", "BE0403170701"),
        customer=Party(f"Customer {n}", "Lange Nieuwstraat 145\n2000 Antwerpen"),
        totals=totals, due_date=date(2026, 12, 8), payment_terms="14 days",
        bank=BankDetails("BE68 5390 0754 7034", "GKCCBEBB"), payment_reference=reference,
        qr_payload=epc_qr_payload("Page Computers BV", "BE68539007547034", totals.total,
                                  reference, "GKCCBEBB"),
        session_log=tuple(
            SessionLogEntry(start + timedelta(days=i), start + timedelta(days=i, minutes=12),
                            720, "AnyDesk", "123 456 789", "resolved")
            for i in range(3)
        ),
    )  # fmt: skip


def baseline(document: PrintedDocument) -> bytes:
    """The same words, lines and tables, drawn with reportlab directly (no AssistDesk code): the
    same font, paragraphs where text wraps, plain cells elsewhere; no QR code."""
    regular, bold = register_fonts()
    body = ParagraphStyle("b", fontName=regular, fontSize=9, leading=12)
    small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9.5)
    big = ParagraphStyle("t", parent=body, fontName=bold, fontSize=18, leading=22)
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
    d, t = document, document.totals
    lines = [["Description", "Qty", "Unit price", "VAT", "Net"]] + [
        [
            [Paragraph(ln.description, body), Paragraph(ln.detail, small)],
            str(ln.quantity),
            f"€{ln.unit_price}",
            f"{ln.vat_percent} %",
            f"€{ln.net}",
        ]
        for ln in t.lines
    ]
    log = [["Accepted", "Ended", "Duration", "Tool", "Remote ID", "Outcome"]] + [
        [
            e.accepted_at.strftime("%d/%m/%Y %H:%M"),
            e.ended_at.strftime("%d/%m/%Y %H:%M"),
            "00:12:00",
            e.tool,
            e.remote_id,
            e.outcome,
        ]
        for e in d.session_log
    ]
    story = [
        Paragraph(d.company.name, big), Paragraph(d.company.address, body),
        Paragraph(f"VAT number: {d.company.vat_id}", body), Paragraph("Invoice", big),
        Table([[[Paragraph("Customer", small), Paragraph(d.customer.name, body),
                 Paragraph(d.customer.address, body)],
                Table([["Number", d.number], ["Date", "24 Nov 2026"], ["Due date", "8 Dec 2026"],
                       ["Payment term", d.payment_terms]])]]),
        Table(lines, colWidths=[84 * mm, 16 * mm, 26 * mm, 18 * mm, 30 * mm]),
        Table([[Table([["VAT rate", "Taxable amount", "VAT"]]
                      + [[f"{v.rate} %", f"€{v.base}", f"€{v.amount}"] for v in t.vat]),
                Table([["Total excl. VAT", f"€{t.net}"], ["VAT", f"€{t.vat_total}"],
                       ["Total", f"€{t.total}"]])]]),
        Paragraph(f"Please pay €{t.total} by 8 Dec 2026 by bank transfer to", body),
        Paragraph(f"IBAN {d.bank.iban if d.bank else ''} · Reference: {d.payment_reference}", body),
        Paragraph("Session log", body), Table(log),
    ]  # fmt: skip
    for flowable in story:
        if isinstance(flowable, Table):
            flowable.setStyle([("FONT", (0, 0), (-1, -1), regular, 9),
                               ("FONT", (0, 0), (-1, 0), bold, 9)])  # fmt: skip

    def first_page(canvas: Canvas, _doc: object) -> None:
        canvas.setFont(regular, 7.5)
        canvas.drawString(18 * mm, 10 * mm, f"{document.company.name} · {document.number}")

    pdf.build(story, onFirstPage=first_page)
    return buffer.getvalue()


def rate(render: object, documents: list[PrintedDocument]) -> float:
    started = time.perf_counter()
    for document in documents:
        render(document)  # type: ignore[operator]
    return len(documents) / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    documents = [sample(n) for n in range(1, args.count + 1)]
    render_pdf(documents[0])  # fonts registered and modules loaded before timing
    baseline(documents[0])
    base = rate(baseline, documents)
    ours = rate(render_pdf, documents)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ratio = ours / base
    ok = ratio >= RATE_TARGET and peak_mb <= MEMORY_TARGET_MB
    print(f"bare reportlab baseline: {base:7.1f} invoices/s")
    print(f"AssistDesk invoices:     {ours:7.1f} invoices/s = {ratio:.2f}× the baseline "
          f"(target ≥ {RATE_TARGET}×)")  # fmt: skip
    print(f"peak memory: {peak_mb:.0f} MB (target ≤ {MEMORY_TARGET_MB} MB)")
    print("ok" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
