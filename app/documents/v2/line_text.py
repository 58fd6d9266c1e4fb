"""A line's stored text in the document's language.

Invoices keep each line's text as it was issued: a session line reads "Remote session 2026-11-17
10:00–10:12 (00:12:00, anydesk)" (its label in the issuing language, the day ISO-written, the tool
by its id) and its price breakdown is English, "First 10 minutes × 1: 10.00; Further 5-minute block
× 1: 5.00" (app.services writes both; app.core.pricing names the breakdown's line templates). The
document reads that text back and writes it in its own language, with its date format, the
tools' names, the locale's decimal sign and the currency. Text that is not ours to read (a line
the office typed) stays as written.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from app.core.pricing import line_template
from app.documents.v2.formats import DocumentFormat, tool_name
from app.documents.v2.labels import LINE_WORDS

_LABELS = "|".join(re.escape(words["session"]) for words in LINE_WORDS.values())
_SESSION = re.compile(
    rf"(?P<label>{_LABELS}) (?P<day>\d{{4}}-\d{{2}}-\d{{2}}) "
    r"(?P<start_h>\d{2}):(?P<start_m>\d{2})–(?P<end_h>\d{2}):(?P<end_m>\d{2}) "
    r"\((?P<duration>\d+:\d{2}:\d{2})(?:, (?P<tool>[^()]+))?\)"
)
AGREED_PRICE = "Remote session (agreed price)"  # an offer's one line (app.core.pricing)
_CORRECTION = re.compile(r"Correction of (?P<number>.+)")
_PRICED = re.compile(r"(?P<what>.+) × (?P<quantity>[0-9]+): (?P<amount>-?[0-9]+(?:[.][0-9]+)?)")
_FREE = re.compile(r"free minutes used: (?P<minutes>[0-9]+)")
_NOT_CHARGED = re.compile(r"(?P<outcome>resolved|unresolved|cancelled): not charged")
_DAYS = re.compile(r"(?P<n>[0-9]+) (?:days|dias|dagen)")


def description_text(stored: str, fmt: DocumentFormat) -> str:
    """A line's description: a session line with this document's words, date format and tool
    names; a credit note's correction line in its language; anything else as stored."""
    words = LINE_WORDS[fmt.language]
    session = _SESSION.fullmatch(stored)
    if session is not None:
        g = session.groupdict()
        start = fmt.day_and_time(
            date.fromisoformat(g["day"]), fmt.clock(int(g["start_h"]), int(g["start_m"]))
        )
        end = fmt.clock(int(g["end_h"]), int(g["end_m"]))
        tool = f", {tool_name(g['tool'])}" if g["tool"] else ""
        return f"{words['session']} {start}–{end} ({g['duration']}{tool})"
    correction = _CORRECTION.fullmatch(stored)
    if correction is not None:
        return words["correction"].format(number=correction["number"])
    return stored


def terms_text(stored: str, fmt: DocumentFormat) -> str:
    """The payment term, "14 days", in the document's language; other text as stored."""
    days = _DAYS.fullmatch(stored)
    if days is None:
        return stored
    return LINE_WORDS[fmt.language]["days"].format(n=fmt.number(Decimal(days["n"])))


def breakdown_lines(stored: str, fmt: DocumentFormat) -> list[str]:
    """A session line's price breakdown, one part per line, in the document's language; a detail
    with any part this cannot read is the office's own text, kept whole as written."""
    if not stored:
        return []
    parts = [_part(part, fmt) for part in stored.split("; ")]
    if any(part is None for part in parts):
        return [stored]
    return [part for part in parts if part is not None]


def _part(text: str, fmt: DocumentFormat) -> str | None:
    words = LINE_WORDS[fmt.language]
    priced = _PRICED.fullmatch(text)
    if priced is not None:
        what = _template_text(priced["what"], fmt)
        if what is None:
            return None
        quantity = fmt.number(Decimal(priced["quantity"]))
        return f"{what} × {quantity}: {fmt.money(Decimal(priced['amount']))}"
    free = _FREE.fullmatch(text)
    if free is not None:
        return words["free"].format(minutes=fmt.number(Decimal(free["minutes"])))
    not_charged = _NOT_CHARGED.fullmatch(text)
    if not_charged is not None:
        return words["not_charged"].format(outcome=fmt.outcome(not_charged["outcome"]))
    return None


def _template_text(description: str, fmt: DocumentFormat) -> str | None:
    words = LINE_WORDS[fmt.language]
    if description == AGREED_PRICE:
        return words[description]
    found = line_template(description)
    if found is None:
        return None
    template, values = found
    if "percent" in values:
        values = {**values, "percent": fmt.number(Decimal(values["percent"]))}
    return words[template].format(**values)
