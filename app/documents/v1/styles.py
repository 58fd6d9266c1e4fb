"""Renderer version 1's type styles, tables and value formats, frozen with it."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from app.core.invoice_document import PrintedDocument
from app.documents.fonts import BOLD, REGULAR, register_fonts

GREY = colors.HexColor("#5f6b76")
LINE = colors.HexColor("#c9d1d9")


class Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=7.5, leading=9.5, textColor=GREY
        )
        self.bold = ParagraphStyle("bold", parent=self.body, fontName=bold)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.right_bold = ParagraphStyle("right_bold", parent=self.bold, alignment=TA_RIGHT)
        self.title = ParagraphStyle("title", parent=self.bold, fontSize=18, leading=22)
        self.company = ParagraphStyle("company", parent=self.bold, fontSize=13, leading=16)
        self.heading = ParagraphStyle(
            "heading", parent=self.bold, fontSize=11, leading=15, spaceBefore=8, spaceAfter=4
        )


def table(
    rows: list[list[Any]],
    widths: list[float],
    right: tuple[int, ...] = (),
    header: bool = True,
    grid: bool = False,
) -> Table:
    """A table whose short cells are plain strings (much cheaper than paragraphs); cells that may
    wrap are given as paragraphs by the caller."""
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 9, 12),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right]
    if header:
        style.append(("FONTNAME", (0, 0), (-1, 0), BOLD))
    if grid:
        style += [
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, LINE),
        ]
    table.setStyle(TableStyle(style))
    return table


class Formatting:
    """Values as the document's locale writes them (the renderer's own methods in version 1)."""

    doc: PrintedDocument
    locale: str
    zone: ZoneInfo
    s: Styles

    def _p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style or self.s.body)

    def money(self, amount: Decimal) -> str:
        return format_currency(amount, self.doc.currency, locale=self.locale)

    def _date(self, day: Any) -> str:
        return format_date(day, format="medium", locale=self.locale)

    def _time(self, instant: datetime) -> str:
        return format_datetime(
            instant.astimezone(self.zone), format="short", locale=self.locale, tzinfo=self.zone
        )

    def _number(self, value: Decimal) -> str:
        return format_decimal(value.normalize(), locale=self.locale)
