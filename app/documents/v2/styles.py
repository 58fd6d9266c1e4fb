"""Renderer version 2's type styles, tables and headings."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from app.documents.fonts import BOLD, REGULAR, register_fonts

GREY = colors.HexColor("#5f6b76")
LINE = colors.HexColor("#c9d1d9")
_PADDING = 12  # points: a table cell's left and right padding together


class Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=7.5, leading=9.5, textColor=GREY
        )
        self.bold = ParagraphStyle("bold", parent=self.body, fontName=bold)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.title = ParagraphStyle("title", parent=self.bold, fontSize=18, leading=22)
        self.notice = ParagraphStyle("notice", parent=self.bold, fontSize=11, leading=14)
        self.company = ParagraphStyle("company", parent=self.bold, fontSize=13, leading=16)
        self.heading = ParagraphStyle(
            "heading", parent=self.bold, fontSize=11, leading=15, spaceBefore=14, spaceAfter=4
        )

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """Text as written (escaped), its line breaks kept; long words are split to fit."""
        return Paragraph(escape(text).replace("\n", "<br/>"), style or self.body)

    def with_note(self, text: str, note: str) -> Paragraph:
        """Right-aligned `text` with a small grey `note` on the line below, in one paragraph."""
        small = f'<font size="7.5" color="#{GREY.hexval()[2:]}">{escape(note)}</font>'
        return Paragraph(f"{escape(text)}<br/>{small}", self.right)


def table(
    rows: list[list[Any]],
    widths: list[float],
    right: tuple[int, ...] = (),
    header: bool = True,
    grid: bool = False,
) -> Table:
    """A table whose short cells are plain strings (much cheaper than paragraphs); cells that may
    wrap are given as paragraphs by the caller."""
    result = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
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
    result.setStyle(TableStyle(style))
    return result


def fit(text: str, width: float, s: Styles) -> Any:
    """A table cell `width` wide: plain text where it fits on one line (cheap), a paragraph that
    wraps where it does not."""
    if stringWidth(text, REGULAR, 9) <= width - _PADDING:
        return text
    return s.p(text)


def headed(heading: Paragraph, first: Table, width: float, whole: Flowable) -> list[Flowable]:
    """A heading and what it heads (`whole`), with a page break first unless the heading and the
    first rows (`first`: the table's header and first entry) fit on this page."""
    style = heading.style
    needed = heading.wrap(width, 1e6)[1] + style.spaceBefore + style.spaceAfter
    needed += first.wrap(width, 1e6)[1]
    return [CondPageBreak(needed), heading, whole]
