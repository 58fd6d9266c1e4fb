"""Renderer version 1, frozen: documents issued before renderer versions were kept (their
snapshot has no "renderer_version") were drawn by this code, and must render again to the same
bytes. Change nothing here; draw differently in a new version (app.documents.invoice_pdf).

A printed document as PDF bytes: A4, the company's header, the customer, the lines, the VAT
breakdown, the totals, how to pay (with the EPC QR code for euros) and the session log appendix.

Rendering is deterministic: the same document gives the same bytes (reportlab's invariant mode with
the issue time as the PDF's creation date), so an issued document's SHA-256 can be checked later.
"""

from __future__ import annotations

import io
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.core.invoice_document import DocumentKind, PrintedDocument
from app.core.timetext import format_hms
from app.documents.fonts import BOLD, register_fonts
from app.documents.pdf_parts import canvas_at as _canvas_at
from app.documents.pdf_parts import qr_code as _qr
from app.documents.v1.labels import LOCALES, OUTCOMES, TITLES, WORDS
from app.documents.v1.styles import GREY, Formatting
from app.documents.v1.styles import Styles as _Styles
from app.documents.v1.styles import table as _table


def render_pdf(document: PrintedDocument) -> bytes:
    """The document as PDF bytes, the same bytes every time for the same document."""
    return _Renderer(document).render()


class _Renderer(Formatting):
    def __init__(self, document: PrintedDocument) -> None:
        self.doc = document
        self.words = WORDS[document.language]
        self.locale = LOCALES[document.language]
        self.zone = ZoneInfo(document.timezone)
        self.s = _Styles()

    def render(self) -> bytes:
        buffer = io.BytesIO()
        title = f"{TITLES[self.doc.language][self.doc.kind]} {self.doc.number}"
        pdf = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=16 * mm,
            bottomMargin=18 * mm,
            title=title,
            author=self.doc.company.name,
            subject=title,
            creator="AssistDesk",
            invariant=1,
        )
        story = self._header() + self._lines() + self._totals() + self._payment() + self._log()
        pdf.build(
            story,
            onFirstPage=self._footer,
            onLaterPages=self._footer,
            canvasmaker=_canvas_at(self.doc.issued_at),
        )
        return buffer.getvalue()

    def _header(self) -> list[Any]:
        d, w = self.doc, self.words
        company = [self._p(d.company.name, self.s.company), self._p(d.company.address)]
        if d.company.vat_id:
            company.append(self._p(f"{w['vat_id']}: {d.company.vat_id}"))
        contact = " · ".join(x for x in (d.company.email, d.company.phone) if x)
        if contact:
            company.append(self._p(contact, self.s.small))
        logo: Any = ""
        if d.logo:
            logo = Image(io.BytesIO(d.logo), width=40 * mm, height=20 * mm, kind="proportional")
        top = Table([[company, logo]], colWidths=[120 * mm, 54 * mm])
        top.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")])
        )
        facts = [[w["number"], d.number], [w["issued"], self._date(d.issued_at.date())]]
        if d.due_date:
            facts.append([w["due"], self._date(d.due_date)])
        if d.payment_terms:
            facts.append([w["terms"], d.payment_terms])
        customer = [
            self._p(w["customer"], self.s.small),
            self._p(d.customer.name, self.s.bold),
            self._p(d.customer.address),
        ]
        if d.customer.vat_id:
            customer.append(self._p(f"{w['vat_id']}: {d.customer.vat_id}"))
        fact_table = _table(facts, [33 * mm, 41 * mm], header=False)
        fact_table.setStyle(
            [("FONTSIZE", (0, 0), (0, -1), 7.5), ("TEXTCOLOR", (0, 0), (0, -1), GREY)]
        )
        middle = Table([[customer, fact_table]], colWidths=[100 * mm, 74 * mm])
        middle.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story: list[Any] = [
            top,
            Spacer(1, 8 * mm),
            self._p(TITLES[d.language][d.kind], self.s.title),
            Spacer(1, 3 * mm),
            middle,
            Spacer(1, 6 * mm),
        ]
        if d.kind is DocumentKind.CREDIT_NOTE and d.corrects:
            story.append(self._p(w["corrects"].format(number=d.corrects), self.s.bold))
            if d.reason:
                story.append(self._p(d.reason))
            story.append(Spacer(1, 4 * mm))
        if d.kind is DocumentKind.STATEMENT:
            story += [self._p(w["statement"], self.s.small), Spacer(1, 3 * mm)]
        return story

    def _lines(self) -> list[Any]:
        w, s = self.words, self.s
        rows: list[list[Any]] = [
            [w["description"], w["quantity"], w["unit_price"], w["vat_percent"], w["net"]]
        ]
        for line in self.doc.totals.lines:
            text = [self._p(line.description)]
            if line.detail:
                text.append(self._p(line.detail, s.small))
            rows.append(
                [
                    text,
                    self._number(line.quantity),
                    self.money(line.unit_price),
                    f"{self._number(line.vat_percent)} %",
                    self.money(line.net),
                ]
            )
        widths = [84 * mm, 16 * mm, 26 * mm, 18 * mm, 30 * mm]
        return [_table(rows, widths, right=(1, 2, 3, 4), grid=True), Spacer(1, 5 * mm)]

    def _totals(self) -> list[Any]:
        w, t = self.words, self.doc.totals
        vat_rows: list[list[Any]] = [[w["rate"], w["base"], w["vat"]]]
        for v in t.vat:
            rate = f"{self._number(v.rate)} %" if v.rate else f"0 % — {w['exempt']}"
            vat_rows.append([rate, self.money(v.base), self.money(v.amount)])
        vat_table = _table(vat_rows, [38 * mm, 30 * mm, 26 * mm], right=(1, 2), grid=True)
        sums = _table(
            [
                [w["subtotal"], self.money(t.net)],
                [w["vat"], self.money(t.vat_total)],
                [w["total"], self.money(t.total)],
            ],
            [40 * mm, 34 * mm],
            right=(1,),
            header=False,
        )
        sums.setStyle(
            [("LINEABOVE", (0, 2), (-1, 2), 0.8, colors.black), ("FONTNAME", (0, 2), (-1, 2), BOLD)]
        )
        block = Table([[vat_table, sums]], colWidths=[100 * mm, 74 * mm])
        block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [KeepTogether([block]), Spacer(1, 6 * mm)]

    def _payment(self) -> list[Any]:
        d, w = self.doc, self.words
        if d.kind is DocumentKind.RECEIPT and d.paid_amount is not None and d.paid_on:
            text = w["received"].format(
                amount=self.money(d.paid_amount),
                date=self._date(d.paid_on),
                method=d.payment_method,
            )
            return [self._p(text, self.s.bold)]
        if d.bank is None or d.kind is DocumentKind.CREDIT_NOTE or d.totals.total <= 0:
            return []
        due = self._date(d.due_date) if d.due_date else ""
        lines = [
            self._p(w["pay"].format(amount=self.money(d.totals.total), due=due)),
            self._p(
                f"IBAN {d.bank.iban}" + (f" · BIC {d.bank.bic}" if d.bank.bic else ""), self.s.bold
            ),
        ]
        if d.payment_reference:
            lines.append(self._p(f"{w['reference']}: {d.payment_reference}", self.s.bold))
        qr: Any = ""
        if d.qr_payload:
            qr = [_qr(d.qr_payload), self._p(w["scan"], self.s.small)]
        table = Table([[lines, qr]], colWidths=[134 * mm, 40 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [KeepTogether([table])]

    def _log(self) -> list[Any]:
        if not self.doc.session_log:
            return []
        w, s = self.words, self.s
        keys = ("accepted", "ended", "duration", "tool", "remote_id", "outcome")
        rows: list[list[Any]] = [[w[k] for k in keys]]
        spans = []
        for e in self.doc.session_log:
            rows.append(
                [
                    self._time(e.accepted_at),
                    self._time(e.ended_at),
                    format_hms(e.duration_seconds),
                    e.tool,
                    e.remote_id,
                    OUTCOMES[self.doc.language].get(e.outcome, e.outcome),
                ]
            )
            if e.evidence:
                spans.append(len(rows))
                rows.append(
                    [self._p(f"{w['evidence']}: {e.evidence}", s.small), "", "", "", "", ""]
                )
        widths = [34 * mm, 34 * mm, 20 * mm, 28 * mm, 30 * mm, 28 * mm]
        table = _table(rows, widths, grid=True)
        table.setStyle([("SPAN", (0, i), (-1, i)) for i in spans])
        return [Spacer(1, 8 * mm), self._p(w["session_log"], s.heading), table]

    def _footer(self, canvas: Canvas, pdf: Any) -> None:
        regular, _bold = register_fonts()
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(GREY)
        page = self.words["page"].format(page=canvas.getPageNumber())
        text = f"{self.doc.company.name} · {self.doc.number} · {page}"
        canvas.drawString(18 * mm, 10 * mm, text)
        canvas.restoreState()
