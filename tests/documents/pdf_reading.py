"""Reading a rendered PDF back as its reader sees it: the text of each page (pypdf), and where each
character is drawn (pdfminer.six) to find text drawn over other text or off the page."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTComponent
from pypdf import PdfReader


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def text_of(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def one_line(text: str) -> str:
    """Text with line breaks and runs of spaces as single spaces: a wrapped cell reads whole."""
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Glyph:
    text: str
    page: int
    x0: float
    y0: float
    x1: float
    y1: float


def glyphs(pdf: bytes) -> Iterator[Glyph]:
    """Every character drawn, with its box in points (the origin at the page's bottom left)."""
    for number, page in enumerate(extract_pages(io.BytesIO(pdf)), 1):
        for char in _chars(page):
            if char.get_text().strip():
                yield Glyph(char.get_text(), number, char.x0, char.y0, char.x1, char.y1)


def _chars(item: LTComponent) -> Iterator[LTChar]:
    if isinstance(item, LTChar):
        yield item
    elif hasattr(item, "__iter__"):
        for child in item:
            yield from _chars(child)


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(page.width, page.height) for page in extract_pages(io.BytesIO(pdf))]


def overlaps(pdf: bytes, slack: float = 0.5) -> list[tuple[Glyph, Glyph]]:
    """Pairs of characters drawn over each other (their boxes, each made `slack` points smaller
    on every side, intersect): text that runs into other text."""
    found: list[tuple[Glyph, Glyph]] = []
    boxes = sorted(glyphs(pdf), key=lambda g: (g.page, g.y0))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if b.page != a.page or b.y0 + slack >= a.y1 - slack:
                break
            across = a.x0 + slack < b.x1 - slack and b.x0 + slack < a.x1 - slack
            if across and b.y0 + slack < a.y1 - slack and a.y0 + slack < b.y1 - slack:
                found.append((a, b))
    return found


def outside(pdf: bytes, margin: float) -> list[Glyph]:
    """Characters drawn closer than `margin` points to a page's left or right edge."""
    sizes = page_sizes(pdf)
    return [g for g in glyphs(pdf) if g.x0 < margin or g.x1 > sizes[g.page - 1][0] - margin]
