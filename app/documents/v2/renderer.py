"""Renderer version 2: a printed document as PDF bytes, A4, in the document's language.

The company's header, the title (a service statement says under it, and at the foot of every
page, that it is not an invoice), the customer and the document's facts; then an invoice's,
statement's or credit note's lines, totals, how to pay and session log (app.documents.v2.lines),
or a receipt's payment and what it settled (app.documents.v2.receipt).

Every date is written one way (app.documents.v2.formats). Rendering is deterministic: reportlab's
invariant mode with the issue time as the PDF's creation date; documents drawn by this version
must render again to the same bytes, so change what it draws in a later version.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, SimpleDocTemplate, Spacer, Table, TableStyle

from app.core.invoice_document import DocumentKind, PrintedDocument
from app.documents.fonts import BOLD, REGULAR
from app.documents.pdf_parts import canvas_at
from app.documents.v2.formats import DocumentFormat
from app.documents.v2.labels import NOT_AN_INVOICE, TITLES, WORDS
from app.documents.v2.line_text import terms_text
from app.documents.v2.lines import invoice_body
from app.documents.v2.receipt import receipt_body
from app.documents.v2.styles import GREY, Styles, fit, table

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN  # 174 mm


def render_pdf(document: PrintedDocument) -> bytes:
    """The document as PDF bytes, the same bytes every time for the same document."""
    return _Renderer(document).render()


class _Renderer:
    def __init__(self, document: PrintedDocument) -> None:
        self.doc = document
        self.fmt = DocumentFormat(document.language, document.timezone, document.currency)
        self.words = WORDS[document.language]
        self.s = Styles()

    def render(self) -> bytes:
        buffer = io.BytesIO()
        title = f"{TITLES[self.doc.language][self.doc.kind]} {self.doc.number}"
        pdf = SimpleDocTemplate(
            buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=16 * mm,
            bottomMargin=22 * mm, title=title, author=self.doc.company.name, subject=title,
            creator="AssistDesk", invariant=1,
        )  # fmt: skip
        if self.doc.kind is DocumentKind.RECEIPT:
            body = receipt_body(self.doc, self.fmt, self.s)
        else:
            body = invoice_body(self.doc, self.fmt, self.s)
        pdf.build(
            self._header() + body,
            onFirstPage=self._footer,
            onLaterPages=self._footer,
            canvasmaker=canvas_at(self.doc.issued_at),
        )
        return buffer.getvalue()

    def _header(self) -> list[Flowable]:
        d, w, s = self.doc, self.words, self.s
        company = [s.p(d.company.name, s.company), s.p(d.company.address)]
        if d.company.vat_id:
            company.append(s.p(f"{w['vat_id']}: {d.company.vat_id}"))
        contact = " · ".join(x for x in (d.company.email, d.company.phone) if x)
        if contact:
            company.append(s.p(contact, s.small))
        logo: Any = ""
        if d.logo:
            logo = Image(io.BytesIO(d.logo), width=40 * mm, height=20 * mm, kind="proportional")
        top = Table([[company, logo]], colWidths=[120 * mm, 54 * mm])
        top.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")])
        )
        story: list[Flowable] = [top, Spacer(1, 8 * mm), s.p(TITLES[d.language][d.kind], s.title)]
        if d.kind is DocumentKind.STATEMENT:
            story += [Spacer(1, 1 * mm), s.p(NOT_AN_INVOICE[d.language]["notice"], s.notice)]
        customer = [s.p(w["customer"], s.small), s.p(d.customer.name, s.bold)]
        customer.append(s.p(d.customer.address))
        if d.customer.vat_id:
            customer.append(s.p(f"{w['vat_id']}: {d.customer.vat_id}"))
        middle = Table([[customer, self._facts()]], colWidths=[100 * mm, 74 * mm])
        middle.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [Spacer(1, 3 * mm), middle, Spacer(1, 6 * mm)]
        if d.kind is DocumentKind.CREDIT_NOTE and d.corrects:
            story.append(s.p(w["corrects"].format(number=d.corrects), s.bold))
            if d.reason:
                story.append(s.p(d.reason))
            story.append(Spacer(1, 4 * mm))
        if d.kind is DocumentKind.STATEMENT:
            story += [s.p(NOT_AN_INVOICE[d.language]["note"], s.small), Spacer(1, 3 * mm)]
        return story

    def _facts(self) -> Table:
        """Number and date; an invoice's or statement's due date and payment term (a receipt and
        a credit note have none)."""
        d, w, s = self.doc, self.words, self.s
        issued = self.fmt.date(self.fmt.local_day(d.issued_at))
        facts: list[list[Any]] = [[w["number"], fit(d.number, 41 * mm, s)], [w["issued"], issued]]
        if d.kind in (DocumentKind.INVOICE, DocumentKind.STATEMENT):
            if d.due_date:
                facts.append([w["due"], self.fmt.date(d.due_date)])
            if d.payment_terms:
                facts.append([w["terms"], fit(terms_text(d.payment_terms, self.fmt), 41 * mm, s)])
        facts_table = table(facts, [33 * mm, 41 * mm], header=False)
        facts_table.setStyle(
            [("FONTSIZE", (0, 0), (0, -1), 7.5), ("TEXTCOLOR", (0, 0), (0, -1), GREY)]
        )
        return facts_table

    def _footer(self, canvas: Canvas, _pdf: Any) -> None:
        d = self.doc
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setFont(REGULAR, 7.5)
        page = self.words["page"].format(page=canvas.getPageNumber())
        canvas.drawRightString(MARGIN + WIDTH, 10 * mm, page)
        number = f" · {d.number}"
        room = WIDTH - stringWidth(page + number, REGULAR, 7.5) - 6 * mm
        canvas.drawString(MARGIN, 10 * mm, _fit(d.company.name, room) + number)
        if d.kind is DocumentKind.STATEMENT:
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setFont(BOLD, 8)
            canvas.drawString(MARGIN, 14 * mm, NOT_AN_INVOICE[d.language]["footer"])
        canvas.restoreState()


def _fit(text: str, width: float) -> str:
    """`text` in the footer's font, shortened with "…" to fit `width`."""
    if stringWidth(text, REGULAR, 7.5) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, 7.5) > width:
        text = text[:-1]
    return text.rstrip() + "…"
