"""Printed documents: what the PDF says in each language, and the same bytes every time."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.core.invoice import LineInput, assemble
from app.core.invoice_document import (
    BankDetails,
    DocumentKind,
    Party,
    PrintedDocument,
    SessionLogEntry,
)
from app.core.payment_reference import creditor_reference, epc_qr_payload
from app.documents.invoice_pdf import render_pdf

ISSUED = datetime(2026, 11, 24, 10, 30, tzinfo=UTC)
ARTIFACTS = Path(__file__).resolve().parents[2] / "build" / "test-artifacts"


def invoice(language: str = "en") -> PrintedDocument:
    lines = [
        LineInput(
            "Remote session 2026-11-17 10:00–10:12 (00:12:00, anydesk)",
            Decimal(1),
            Decimal("15.00"),
            Decimal(21),
            True,
            "First 10 minutes × 1: 10.00",
            1,
        ),
        LineInput(
            "Remote session 2026-11-18 " + "with a very long description " * 4,
            Decimal(1),
            Decimal("20.00"),
            Decimal(21),
            True,
            "",
            2,
        ),
    ]
    totals = assemble(lines, "EUR")
    reference = creditor_reference("FT 2026/0007")
    start = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)
    return PrintedDocument(
        kind=DocumentKind.INVOICE,
        number="FT 2026/0007",
        issued_at=ISSUED,
        currency="EUR",
        language=language,
        timezone="Europe/Brussels",
        company=Party("Page Computers BV", "Kerkstraat 12\n9000 Gent", "BE0403170701"),
        customer=Party(
            "Peeters-Vandenberghe en Zonen Handelsonderneming BV " * 2,
            "Lange Nieuwstraat 145 bus 3\n2000 Antwerpen",
        ),
        totals=totals,
        due_date=date(2026, 12, 8),
        payment_terms="14 days",
        bank=BankDetails("BE68 5390 0754 7034", "GKCCBEBB"),
        payment_reference=reference,
        qr_payload=epc_qr_payload(
            "Page Computers BV", "BE68 5390 0754 7034", totals.total, reference
        ),
        session_log=(
            SessionLogEntry(
                start,
                start + timedelta(minutes=12),
                720,
                "AnyDesk",
                "123 456 789",
                "resolved",
                "ad.trace: accepted 10:00:02",
            ),
        ),
    )


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(
    ("language", "title", "total", "due", "log"),
    [
        ("en", "Invoice", "€35.00", "8 Dec 2026", "Session log"),
        ("pt", "Fatura", "35,00 €", "08/12/2026", "Registo das sessões"),
        ("nl", "Factuur", "€ 35,00", "8 dec 2026", "Sessielogboek"),
    ],
)
def test_each_language_prints_the_same_numbers(
    language: str, title: str, total: str, due: str, log: str
) -> None:
    pdf = render_pdf(invoice(language))
    text = text_of(pdf)
    for expected in (
        title,
        "FT 2026/0007",
        total,
        due,
        log,
        "BE68 5390 0754 7034",
        creditor_reference("FT 2026/0007"),
    ):
        assert expected in text, expected
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1  # long names wrap, nothing spills over
    if shutil.which("pdftoppm"):  # a page image to look at, kept with the test run's artefacts
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        source = ARTIFACTS / f"invoice-{language}.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-singlefile",
                str(source),
                str(ARTIFACTS / f"invoice-{language}"),
            ],
            check=True,
            timeout=60,
        )
        assert (ARTIFACTS / f"invoice-{language}.png").stat().st_size > 10_000


def test_the_same_document_gives_the_same_bytes_dated_when_issued() -> None:
    document = invoice()
    first = render_pdf(document)
    assert render_pdf(document) == first
    metadata = PdfReader(io.BytesIO(first)).metadata
    assert metadata is not None
    assert metadata.creation_date is not None
    assert metadata.creation_date.replace(tzinfo=UTC) == ISSUED
    assert render_pdf(replace(document, number="FT 2026/0008")) != first


def test_credit_notes_receipts_and_statements_say_what_they_are() -> None:
    note = text_of(
        render_pdf(
            replace(
                invoice(), kind=DocumentKind.CREDIT_NOTE, corrects="FT 2026/0007", reason="Goodwill"
            )
        )
    )
    assert "Credit note" in note
    assert "Corrects invoice FT 2026/0007" in note
    assert "Please pay" not in note
    receipt = text_of(
        render_pdf(
            replace(
                invoice(),
                kind=DocumentKind.RECEIPT,
                paid_amount=Decimal("35.00"),
                paid_on=date(2026, 11, 30),
                payment_method="transfer",
            )
        )
    )
    assert "Received €35.00 on 30 Nov 2026 (transfer)." in receipt
    statement = text_of(render_pdf(replace(invoice(), kind=DocumentKind.STATEMENT)))
    assert "Service statement" in statement
    assert "not an invoice" in statement
