"""The body of an invoice, a service statement or a credit note (renderer version 2): its lines,
each session line with its price breakdown and, where the price included VAT, the agreed gross
beside the net; the VAT per rate and the totals; how to pay; the session log."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.core.invoice_document import DocumentKind, PrintedDocument
from app.core.timetext import format_hms
from app.documents.fonts import BOLD
from app.documents.pdf_parts import qr_code
from app.documents.v2.formats import DocumentFormat, tool_name
from app.documents.v2.labels import WORDS
from app.documents.v2.line_text import breakdown_lines, description_text
from app.documents.v2.styles import Styles, fit, headed, table


def invoice_body(doc: PrintedDocument, fmt: DocumentFormat, s: Styles) -> list[Flowable]:
    return _lines(doc, fmt, s) + _totals(doc, fmt) + _payment(doc, fmt, s) + _log(doc, fmt, s)


def _lines(doc: PrintedDocument, fmt: DocumentFormat, s: Styles) -> list[Flowable]:
    w = WORDS[doc.language]
    rows: list[list[Any]] = [
        [w["description"], w["quantity"], w["unit_price"], w["vat_percent"], w["net"]]
    ]
    for line in doc.totals.lines:
        text = [s.p(description_text(line.description, fmt))]
        breakdown = breakdown_lines(line.detail, fmt)
        if breakdown:
            text.append(s.p("\n".join(breakdown), s.small))
        net: Any = fmt.money(line.net)
        if line.gross is not None and line.gross != line.net:
            gross = w["gross"].format(amount=fmt.money(line.gross))
            net = s.with_note(net, gross)
        rows.append(
            [text, fmt.number(line.quantity), fmt.money(line.unit_price),
             f"{fmt.number(line.vat_percent)} %", net]
        )  # fmt: skip
    widths = [84 * mm, 16 * mm, 26 * mm, 18 * mm, 30 * mm]
    return [table(rows, widths, right=(1, 2, 3, 4), grid=True), Spacer(1, 5 * mm)]


def _totals(doc: PrintedDocument, fmt: DocumentFormat) -> list[Flowable]:
    w, t = WORDS[doc.language], doc.totals
    vat_rows: list[list[Any]] = [[w["rate"], w["base"], w["vat"]]]
    for v in t.vat:
        rate = f"{fmt.number(v.rate)} %" if v.rate else f"0 % — {w['exempt']}"
        vat_rows.append([rate, fmt.money(v.base), fmt.money(v.amount)])
    vat_table = table(vat_rows, [38 * mm, 30 * mm, 26 * mm], right=(1, 2), grid=True)
    sums = table(
        [[w["subtotal"], fmt.money(t.net)], [w["vat"], fmt.money(t.vat_total)],
         [w["total"], fmt.money(t.total)]],
        [40 * mm, 34 * mm], right=(1,), header=False,
    )  # fmt: skip
    sums.setStyle(
        [("LINEABOVE", (0, 2), (-1, 2), 0.8, colors.black), ("FONTNAME", (0, 2), (-1, 2), BOLD)]
    )
    block = Table([[vat_table, sums]], colWidths=[100 * mm, 74 * mm])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [KeepTogether([block]), Spacer(1, 6 * mm)]


def _payment(doc: PrintedDocument, fmt: DocumentFormat, s: Styles) -> list[Flowable]:
    w = WORDS[doc.language]
    if doc.bank is None or doc.kind is DocumentKind.CREDIT_NOTE or doc.totals.total <= 0:
        return []
    due = fmt.date(doc.due_date) if doc.due_date else ""
    bank = f"IBAN {doc.bank.iban}" + (f" · BIC {doc.bank.bic}" if doc.bank.bic else "")
    lines = [s.p(w["pay"].format(amount=fmt.money(doc.totals.total), due=due)), s.p(bank, s.bold)]
    if doc.payment_reference:
        lines.append(s.p(f"{w['reference']}: {doc.payment_reference}", s.bold))
    qr: Any = ""
    if doc.qr_payload:
        qr = [qr_code(doc.qr_payload), s.p(w["scan"], s.small)]
    block = Table([[lines, qr]], colWidths=[134 * mm, 40 * mm])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [KeepTogether([block])]


def _log(doc: PrintedDocument, fmt: DocumentFormat, s: Styles) -> list[Flowable]:
    """The sessions as they happened: when (the end as a time of day when it is the same day),
    how long, with which tool, the remote ID and the outcome; the tool's own record below."""
    if not doc.session_log:
        return []
    w = WORDS[doc.language]
    widths = [50 * mm, 20 * mm, 32 * mm, 38 * mm, 34 * mm]
    rows: list[list[Any]] = [[w["when"], w["duration"], w["tool"], w["remote_id"], w["outcome"]]]
    spans: list[int] = []
    for e in doc.session_log:
        same_day = fmt.local_day(e.accepted_at) == fmt.local_day(e.ended_at)
        if same_day:
            when = f"{fmt.moment(e.accepted_at)}–{fmt.time_of(e.ended_at)}"
        else:
            when = f"{fmt.moment(e.accepted_at)} – {fmt.moment(e.ended_at)}"
        cells = [when, format_hms(e.duration_seconds),
                 tool_name(e.tool), e.remote_id, fmt.outcome(e.outcome)]  # fmt: skip
        rows.append([fit(text, width, s) for text, width in zip(cells, widths, strict=True)])
        if e.evidence:
            spans.append(len(rows))
            rows.append([s.p(f"{w['evidence']}: {e.evidence}", s.small), "", "", "", ""])
    log = table(rows, widths, grid=True)
    log.setStyle([("SPAN", (0, i), (-1, i)) for i in spans])
    first_entry = 3 if doc.session_log[0].evidence else 2  # the header, the first session
    first = table(rows[:first_entry], widths, grid=True)
    first.setStyle([("SPAN", (0, i), (-1, i)) for i in spans if i < first_entry])
    return headed(s.p(w["session_log"], s.heading), first, sum(widths), log)
