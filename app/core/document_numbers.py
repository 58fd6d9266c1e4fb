"""Document numbers: a series, a year and a gapless sequence, shown through an office's format.

The sequence starts again at 1 for each series and each year (app/storage/numbering.py), so a
format keeps numbers unique only if it shows all three: `{series}`, `{year}` and `{seq}`, each
once, and only if they can be told apart again in the number: "{series}{seq}" makes "FT12" of
both FT 1/2 and FT1 2. The year always has four digits; a series (capital letters, digits,
dashes) or a sequence needs, on one side, text holding a character it cannot hold itself
("{series} {year}/{seq}", "{series}-{year}-{seq}", "{series}{year}-{seq}" are fine). Only `{seq}`
takes a format: a zero-padded width up to 10 (`{seq:04d}`). A number is at most 40 characters
long with the longest series and sequence, which is what the database keeps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from string import Formatter

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.plain_text import control_character

DEFAULT_FORMAT = "{series} {year}/{seq:04d}"
_SERIES = re.compile(r"[A-Z0-9][A-Z0-9-]{0,9}")
_ALPHABETS = {
    "series": frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"),
    "seq": frozenset("0123456789"),
}
_SPECS = {
    "series": re.compile(""),
    "year": re.compile("d?"),
    "seq": re.compile(r"(?:0(?:[1-9]|10))?d?"),
}
MAX_LENGTH = 40  # characters of a number, as documents.number keeps them


@dataclass(frozen=True, slots=True)
class DocumentNumber:
    series: str
    year: int
    seq: int
    text: str


def check_series(series: str) -> str:
    code = series.strip().upper()
    if not _SERIES.fullmatch(code):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{series!r} is not a series name; use up to 10 capital letters, digits and dashes.",
            ).format(series=series)
        )
    return code


def check_format(pattern: str) -> str:
    """A format that makes a different number for every series, year and sequence, and no
    number longer than the database keeps (see the module's docstring)."""
    parts = _parts(pattern)
    fields = [field for _literal, field, _spec in parts if field is not None]
    for field in ("seq", "series", "year"):
        if fields.count(field) != 1:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The number format {pattern!r} must contain {{{field}}} once, so that "
                    "numbers are unique across series and years.",
                ).format(pattern=pattern, field=field)
            )
    for literal, _field, _spec in parts:
        found = control_character(literal)
        if found is not None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The number format {pattern!r} holds a control character ({found})."
                ).format(pattern=pattern, found=found)
            )
    between = [literal for literal, field, _spec in parts if field is not None][1:]
    if not _readable_back(fields, between):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The number format {pattern!r} could give two documents the same number; part "
                "the series from its neighbours with a space, / or . (and the sequence with "
                "anything but a digit).",
            ).format(pattern=pattern)
        )
    longest = _render(parts, "W" * 10, 9999, 2**31 - 1)
    if len(longest) > MAX_LENGTH:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The number format {pattern!r} can make numbers longer than {limit} characters.",
            ).format(pattern=pattern, limit=MAX_LENGTH)
        )
    return pattern


Part = tuple[str, str | None, str]  # the text before a field, the field (None: the end), its spec


def _readable_back(fields: list[str], between: list[str]) -> bool:
    """Whether the series, year and sequence can be told apart in any number the format makes:
    fields are taken off either end of the number one by one — the year always has four digits;
    the series (or the sequence) ends where the text next to it holds a character that the
    series (or a number) cannot — and the last one is what remains."""
    first, last = 0, len(fields) - 1
    while first < last:
        if _ends(fields[first], between[first]):
            first += 1
        elif _ends(fields[last], between[last - 1]):
            last -= 1
        else:
            return False
    return True


def _ends(field: str, beside: str) -> bool:
    return field == "year" or any(c not in _ALPHABETS[field] for c in beside)


def _parts(pattern: str) -> list[Part]:
    """The format's text and fields; only {series}, {year} and {seq} or {seq:04d} are allowed."""
    try:
        parsed = list(Formatter().parse(pattern))
    except ValueError:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "The number format {pattern!r} has a brace without its pair."
            ).format(pattern=pattern)
        ) from None
    parts: list[Part] = []
    for literal, field, spec, conversion in parsed:
        allowed = _SPECS.get(field) if field is not None else None
        if field is not None and (
            allowed is None or conversion is not None or not allowed.fullmatch(spec or "")
        ):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The number format {pattern!r} uses {field}; only {{series}}, {{year}} and "
                    "{{seq}} (with a width such as {{seq:04d}}) are known.",
                ).format(pattern=pattern, field="{" + field + (f":{spec}" if spec else "") + "}")
            )
        parts.append((literal, field, spec or ""))
    return parts


def _render(parts: list[Part], series: str, year: int, seq: int) -> str:
    values: dict[str, object] = {"series": series, "year": year, "seq": seq}
    return "".join(
        literal + (format(values[field], spec) if field is not None else "")
        for literal, field, spec in parts
    )


def format_number(pattern: str, series: str, year: int, seq: int) -> DocumentNumber:
    """E.g. `FT 2026/0007` from the default format."""
    check_format(pattern)
    return DocumentNumber(series, year, seq, _render(_parts(pattern), series, year, seq))
