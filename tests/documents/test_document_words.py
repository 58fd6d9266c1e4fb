"""What a customer reads on each kind of document, in each language (renderer version 2): one date
format throughout, tools by their makers' names, outcomes and price breakdowns in the document's
words with its locale's decimal sign and the currency, the agreed gross beside the net, a receipt
that says what it paid, a statement that says it is not an invoice. Every page is also drawn as a
picture (tests/documents/conftest.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest

from app.core.invoice_document import RENDERER_VERSION, PrintedDocument, Settlement
from app.documents.invoice_pdf import render_pdf
from tests.documents.conftest import Pictures
from tests.documents.pdf_reading import one_line, pages_text, text_of
from tests.documents.samples import credit_note, invoice, receipt, statement

LANGUAGES = ("en", "pt", "nl")

# Every way a date could be written; each language must use exactly one of them.
_MONTHS = "jan|feb|mar|apr|may|mei|jun|jul|aug|sep|oct|okt|nov|dec"
DATE_SHAPES = {
    "iso": re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    "dd/mm/yyyy": re.compile(r"\b\d{2}/\d{2}/\d{4}\b"),
    "dd/mm/yy": re.compile(r"\b\d{2}/\d{2}/\d{2}\b(?!/)"),
    "dd-mm-yyyy": re.compile(r"\b\d{2}-\d{2}-\d{4}\b"),
    "d Mon yyyy": re.compile(rf"\b\d{{1,2}} (?:{_MONTHS})\w* \d{{4}}\b", re.IGNORECASE),
}
SHAPE = {"en": "d Mon yyyy", "pt": "dd/mm/yyyy", "nl": "d Mon yyyy"}
DATES = {  # issued 24 Nov, due 8 Dec, the first session on 17 Nov at 10:00 in Brussels
    "en": ("24 Nov 2026", "8 Dec 2026", "17 Nov 2026, 10:00–10:12"),
    "pt": ("24/11/2026", "08/12/2026", "17/11/2026, 10:00–10:12"),
    "nl": ("24 nov 2026", "8 dec 2026", "17 nov 2026, 10:00–10:12"),
}
TOOLS = ("AnyDesk", "Iperius Remote", "Zoho Assist", "TeamViewer", "RustDesk")
OUTCOMES = {
    "en": ("Resolved", "Cancelled", "Unresolved"),
    "pt": ("Resolvido", "Cancelado", "Não resolvido"),
    "nl": ("Opgelost", "Geannuleerd", "Niet opgelost"),
}
BREAKDOWN = {
    "en": ("First 10 minutes × 1: €10.00", "Further 5-minute block × 2: €10.00",
           "Out-of-hours surcharge (12.5 %) × 1: €2.50", "First 60 minutes × 1: €13.50",
           "Free minutes used: 15", "Unresolved: not charged"),
    "pt": ("Primeiros 10 minutos × 1: 10,00 €", "Bloco adicional de 5 minutos × 2: 10,00 €",
           "Sobretaxa fora de horas (12,5 %) × 1: 2,50 €", "Primeiros 60 minutos × 1: 13,50 €",
           "Minutos gratuitos usados: 15", "Não resolvido: não cobrado"),
    "nl": ("Eerste 10 minuten × 1: € 10,00", "Bijkomend blok van 5 minuten × 2: € 10,00",
           "Toeslag buiten de openingsuren (12,5 %) × 1: € 2,50", "Eerste 60 minuten × 1: € 13,50",
           "Gebruikte gratis minuten: 15", "Niet opgelost: niet aangerekend"),
}  # fmt: skip
# The first session was agreed at 10.00 incl. 21 % VAT: 10.00 / 1.21 = 8.264 -> 8.26 net; the
# surcharged one 22.50 incl. VAT: 22.50 / 1.21 = 18.595 -> 18.60 net. The lines at 21 % sum to
# 10.00 + 20.00 + 22.50 + 0.00 = 52.50 gross -> 43.39 net, plus 45.00 net on-site: 88.39 base,
# 52.50 - 43.39 = 9.11 + 45.00 × 21 % = 9.45 -> 18.56 VAT; 13.50 at 6 % -> 0.81 VAT.
# Total 88.39 + 13.50 + 18.56 + 0.81 = 121.26.
AMOUNTS = {
    "en": ("€8.26", "€10.00 incl. VAT", "€18.60", "€22.50 incl. VAT", "€88.39", "€18.56",
           "€0.81", "€121.26"),
    "pt": ("8,26 €", "10,00 € com IVA", "18,60 €", "22,50 € com IVA", "88,39 €", "18,56 €",
           "0,81 €", "121,26 €"),
    "nl": ("€ 8,26", "€ 10,00 incl. btw", "€ 18,60", "€ 22,50 incl. btw", "€ 88,39", "€ 18,56",
           "€ 0,81", "€ 121,26"),
}  # fmt: skip
ENGLISH_LEFT_OVER = ("minutes", "block", "not charged", "surcharge", " days")


def rendered(document: PrintedDocument, pictures: Pictures, name: str) -> str:
    assert document.renderer_version == RENDERER_VERSION == 2
    pdf = render_pdf(document)
    pages = pictures.take(name, pdf)
    assert all(page.stat().st_size > 5_000 for page in pages)
    return one_line(text_of(pdf))


def date_shapes(text: str) -> set[str]:
    return {shape for shape, pattern in DATE_SHAPES.items() if pattern.search(text)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_invoice_in_its_language(language: str, pictures: Pictures) -> None:
    text = rendered(invoice(language), pictures, f"invoice-{language}")
    assert date_shapes(text) == {SHAPE[language]}
    for expected in (*DATES[language], *TOOLS, *OUTCOMES[language], *BREAKDOWN[language],
                     *AMOUNTS[language]):  # fmt: skip
        assert expected in text, expected
    if language != "en":
        for english in ENGLISH_LEFT_OVER:
            assert english not in text.lower(), english
    assert not re.search(r"\b(anydesk|iperius|zoho-assist|teamviewer|rustdesk)\b", text)
    # A gross beside each net whose price included VAT: 10.00, 20.00 and 22.50; not beside the
    # 0.00 of the session not charged, nor the VAT-exclusive lines.
    assert text.count({"en": "incl. VAT", "pt": "com IVA", "nl": "incl. btw"}[language]) == 3


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_credit_note_in_its_language(language: str, pictures: Pictures) -> None:
    text = rendered(credit_note(language), pictures, f"credit-note-{language}")
    title, corrects, pay = {
        "en": ("Credit note", "Corrects invoice FT 2026/0007", "Please pay"),
        "pt": ("Nota de crédito", "Corrige a fatura FT 2026/0007", "Pague"),
        "nl": ("Creditnota", "Corrigeert factuur FT 2026/0007", "Gelieve"),
    }[language]
    assert title in text
    assert corrects in text
    assert "billed twice" in text
    assert pay not in text
    assert date_shapes(text) == {SHAPE[language]}
    for expected in (DATES[language][0], *BREAKDOWN[language], *AMOUNTS[language]):
        assert expected in text, expected
    assert DATES[language][1] not in text  # a credit note has no due date


RECEIPTS = {  # 150.00 received: 41.26 + 100.00 applied, 150.00 - 141.26 = 8.74 kept as credit
    "en": ("Receipt", "Amount received €150.00", "Date of payment 29 Nov 2026",
           "Payment method Bank transfer", "Document Amount applied Left to pay",
           "FT 2026/0007 €41.26 €0.00", "FT 2026/0009 €100.00 €20.00",
           "Kept as your credit €8.74", "Your credit with us after this payment: €8.74"),
    "pt": ("Recibo", "Valor recebido 150,00 €", "Data do pagamento 29/11/2026",
           "Meio de pagamento Transferência bancária", "Documento Valor aplicado Por pagar",
           "FT 2026/0007 41,26 € 0,00 €", "FT 2026/0009 100,00 € 20,00 €",
           "Fica como crédito a seu favor 8,74 €", "O seu crédito após este pagamento: 8,74 €"),
    "nl": ("Ontvangstbewijs", "Ontvangen bedrag € 150,00", "Datum van betaling 29 nov 2026",
           "Betaalwijze Overschrijving", "Document Toegepast bedrag Nog te betalen",
           "FT 2026/0007 € 41,26 € 0,00", "FT 2026/0009 € 100,00 € 20,00",
           "Blijft als tegoed in uw voordeel € 8,74", "Uw tegoed na deze betaling: € 8,74"),
}  # fmt: skip
NOT_ON_A_RECEIPT = {  # no due date, no payment term, no invoice total, nothing to pay
    "en": ("Due date", "Payment term", "8 Dec 2026", "14 days", "Total", "121.26", "Please pay"),
    "pt": ("Vencimento", "Prazo de pagamento", "08/12/2026", "14 dias", "Total", "121,26",
           "Pague"),
    "nl": ("Vervaldatum", "Betalingstermijn", "8 dec 2026", "14 dagen", "Totaal", "121,26",
           "Gelieve"),
}  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_receipt_says_what_it_paid(language: str, pictures: Pictures) -> None:
    text = rendered(receipt(language), pictures, f"receipt-{language}")
    for expected in RECEIPTS[language]:
        assert expected in text, expected
    for absent in NOT_ON_A_RECEIPT[language]:
        assert absent not in text, absent
    assert date_shapes(text) == {SHAPE[language]}


STATEMENTS = {
    "en": ("Service statement", "Not an invoice", "Service statement — not an invoice"),
    "pt": ("Nota de serviços", "Este documento não serve de fatura",
           "Nota de serviços — este documento não serve de fatura"),
    "nl": ("Dienstenoverzicht", "Dit is geen factuur", "Dienstenoverzicht — dit is geen factuur"),
}  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_service_statement_says_it_is_not_an_invoice_on_every_page(
    language: str, pictures: Pictures
) -> None:
    title, notice, footer = STATEMENTS[language]
    document = statement(language)
    text = rendered(document, pictures, f"statement-{language}")
    assert f"{title} {notice}" in text  # the notice right under the title
    pages = [one_line(page) for page in pages_text(render_pdf(document))]
    assert len(pages) == 2
    assert all(footer in page for page in pages)
    invoice_text = one_line(text_of(render_pdf(invoice(language))))
    assert notice not in invoice_text
    assert footer not in invoice_text


@pytest.mark.parametrize(
    ("currency", "expected"),
    [
        # 10.00 agreed incl. 21 % VAT: 10.00 / 1.21 = 8.2644 -> 8.26 net (cents)
        ("EUR", ("First 10 minutes × 1: €10.00", "€10.00 incl. VAT", "€8.26")),
        # yen have no minor unit: 10 / 1.21 = 8.26 -> 8 net
        ("JPY", ("First 10 minutes × 1: JP¥10", "JP¥10 incl. VAT", "JP¥8")),
        # dinars have three decimals: 10.000 / 1.21 = 8.2644 -> 8.264 net
        ("KWD", ("First 10 minutes × 1: KWD10.000", "KWD10.000 incl. VAT", "KWD8.264")),
    ],
)
def test_amounts_keep_their_currency_s_decimals(currency: str, expected: tuple[str, ...]) -> None:
    text = one_line(text_of(render_pdf(invoice("en", currency=currency))))
    for amount in expected:
        assert re.search(rf"{re.escape(amount)}(?![0-9])", text), amount


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_receipt_for_credit_applied_says_nothing_was_received(language: str) -> None:
    """The customer's credit of 8.74 applied to FT 2026/0009: 8.74 applied, 20.00 - 8.74 = 11.26
    left to pay; nothing kept, no credit left."""
    document = replace(
        receipt(language), paid_amount=Decimal("8.74"), payment_method="credit",
        settles=(Settlement("FT 2026/0009", Decimal("8.74"), Decimal("11.26")),),
        customer_credit=Decimal("0.00"),
    )  # fmt: skip
    text = one_line(text_of(render_pdf(document)))
    paid, left, received, kept = {
        "en": ("Paid from your credit €8.74", "FT 2026/0009 €8.74 €11.26", "Amount received",
               "Kept as"),
        "pt": ("Pago com o seu crédito 8,74 €", "FT 2026/0009 8,74 € 11,26 €", "Valor recebido",
               "Fica como"),
        "nl": ("Betaald met uw tegoed € 8,74", "FT 2026/0009 € 8,74 € 11,26", "Ontvangen bedrag",
               "Blijft als"),
    }[language]  # fmt: skip
    assert paid in text
    assert left in text
    assert received not in text
    assert kept not in text
    assert RECEIPTS[language][-1].split(":")[0] not in text  # no credit left to speak of
