"""How the text sits on the page (renderer version 2): no heading alone at the foot of a page, and
long names and addresses wrap without running into other text or off the page, for every kind of
document in every language."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from reportlab.lib.units import mm

from app.core.invoice import LineInput, assemble
from app.core.invoice_document import Party, PrintedDocument
from app.documents.invoice_pdf import render_pdf
from tests.documents.conftest import Pictures
from tests.documents.pdf_reading import one_line, outside, overlaps, pages_text, text_of
from tests.documents.samples import KINDS, invoice


def with_extra_lines(document: PrintedDocument, count: int) -> PrintedDocument:
    """The document with `count` more one-line lines, pushing what follows down the page."""
    extra = [LineInput(f"Extra line {i}", Decimal(1), Decimal("1.00"), Decimal(21), True)
             for i in range(count)]  # fmt: skip
    given = [LineInput(ln.description, ln.quantity, ln.net, ln.vat_percent, False, ln.detail,
                       ln.session_id) for ln in document.totals.lines]  # fmt: skip
    return replace(document, totals=assemble(given + extra, document.currency))


def after_heading(pdf: bytes, heading: str) -> str:
    """What is drawn after the heading on its page (the footer is drawn before the page's text)."""
    (page,) = [page for page in pages_text(pdf) if heading in page]
    return one_line(page.split(heading, 1)[1])


def test_the_session_log_heading_is_never_alone_at_the_foot_of_a_page() -> None:
    """Whatever the number of lines before it, the heading has the log's column headings and its
    first session under it on its page. Version 1 left it alone for some counts."""
    alone_in_version_1 = []
    for count in range(0, 26):
        document = with_extra_lines(invoice("en"), count)
        under = after_heading(render_pdf(document), "Session log")
        assert under.startswith("Accepted – ended Duration Tool Remote ID Outcome "
                                "17 Nov 2026, 10:00–10:12 00:12:00 AnyDesk")  # fmt: skip
        old = replace(document, renderer_version=1)
        if not after_heading(render_pdf(old), "Session log"):
            alone_in_version_1.append(count)
    assert alone_in_version_1  # the defect this test would have caught


LONG_NAME = (
    "Peeters-Vandenberghe en Zonen Handelsonderneming voor Informatica, Kantoorbenodigdheden "
    "en Telecommunicatie, Bijkantoor Antwerpen-Noord, Afdeling Boekhouding en Administratie, "
    "Dienst Facturatie 123 BV"
)
SIX_LINE_ADDRESS = (
    "Lange Nieuwstraat 145 bus 3\nGebouw C, derde verdieping\nIndustriepark Noord\n"
    "Havennummer 1234\n2000 Antwerpen\nBelgië"
)


def long_names(document: PrintedDocument) -> PrintedDocument:
    assert len(LONG_NAME) == 200
    customer = Party(LONG_NAME, SIX_LINE_ADDRESS, "BE0999999999", "x@example.org")
    company = Party(LONG_NAME.replace("Peeters", "Page"), SIX_LINE_ADDRESS, "BE0403170701",
                    "facturatie-en-administratie@" + "boekhouding" * 5 + ".example")  # fmt: skip
    log = tuple(replace(e, remote_id="https://assist.zoho.eu/join/1234-5678-9012-3456")
                for e in document.session_log)  # fmt: skip
    return replace(document, customer=customer, company=company, session_log=log)


@pytest.mark.parametrize("language", ["en", "pt", "nl"])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_long_names_and_addresses_wrap_and_never_overlap(
    kind: str, language: str, pictures: Pictures
) -> None:
    pdf = render_pdf(long_names(KINDS[kind](language)))
    pictures.take(f"long-names-{kind}-{language}", pdf)
    assert overlaps(pdf) == []
    assert outside(pdf, 15 * mm) == []  # the margins are 18 mm
    text = one_line(text_of(pdf))
    assert LONG_NAME in text  # the whole name, wrapped
    assert one_line(SIX_LINE_ADDRESS) in text


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_name_without_spaces_is_broken_to_fit(kind: str) -> None:
    document = replace(KINDS[kind]("nl"), customer=Party("X" * 200, SIX_LINE_ADDRESS))
    pdf = render_pdf(document)
    assert overlaps(pdf) == []
    assert outside(pdf, 15 * mm) == []
