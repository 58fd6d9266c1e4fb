"""Printed documents: the same numbers in each language, the same bytes every time, and each
document drawn by the renderer version it carries."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC

import pytest
from pypdf import PdfReader

from app.core.errors import DomainError
from app.core.payment_reference import creditor_reference
from app.documents.invoice_pdf import render_pdf
from tests.documents.pdf_reading import one_line, text_of
from tests.documents.samples import ISSUED, invoice


@pytest.mark.parametrize(
    ("language", "title", "total", "due", "log"),
    [
        ("en", "Invoice", "€121.26", "8 Dec 2026", "Session log"),
        ("pt", "Fatura", "121,26 €", "08/12/2026", "Registo das sessões"),
        ("nl", "Factuur", "€ 121,26", "8 dec 2026", "Sessielogboek"),
    ],
)
def test_each_language_prints_the_same_numbers(
    language: str, title: str, total: str, due: str, log: str
) -> None:
    text = one_line(text_of(render_pdf(invoice(language))))
    for expected in (title, "FT 2026/0007", total, due, log, "BE68 5390 0754 7034",
                     creditor_reference("FT 2026/0007")):  # fmt: skip
        assert expected in text, expected


@pytest.mark.parametrize("version", [1, 2])
def test_the_same_document_gives_the_same_bytes_dated_when_issued(version: int) -> None:
    document = replace(invoice(), renderer_version=version)
    first = render_pdf(document)
    assert render_pdf(document) == first
    metadata = PdfReader(io.BytesIO(first)).metadata
    assert metadata is not None
    assert metadata.creation_date is not None
    assert metadata.creation_date.replace(tzinfo=UTC) == ISSUED
    assert render_pdf(replace(document, number="FT 2026/0008")) != first


def test_each_version_draws_its_own_way() -> None:
    document = invoice()
    first, second = (render_pdf(replace(document, renderer_version=v)) for v in (1, 2))
    assert "Remote session 2026-11-17 10:00–10:12 (00:12:00, anydesk)" in one_line(text_of(first))
    assert "Remote session 17 Nov 2026, 10:00–10:12" in one_line(text_of(second))


def test_a_document_from_a_newer_assistdesk_is_refused_in_one_sentence() -> None:
    with pytest.raises(DomainError, match=r"^FT 2026/0007 was drawn by a newer AssistDesk"):
        render_pdf(replace(invoice(), renderer_version=3))
