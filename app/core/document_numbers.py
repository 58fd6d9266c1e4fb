"""Document numbers: a series, a year and a gapless sequence, shown through an office's format."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP

DEFAULT_FORMAT = "{series} {year}/{seq:04d}"
_FIELDS = re.compile(r"{(\w+)(?::[^}]*)?}")
_SERIES = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,9}$")


@dataclass(frozen=True, slots=True)
class DocumentNumber:
    series: str
    year: int
    seq: int
    text: str


def check_series(series: str) -> str:
    code = series.strip().upper()
    if not _SERIES.match(code):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{series!r} is not a series name; use up to 10 capital letters, digits and dashes.",
            ).format(series=series)
        )
    return code


def check_format(pattern: str) -> str:
    """A format must name the sequence, and may name only the series, the year and the sequence."""
    fields = set(_FIELDS.findall(pattern))
    if "seq" not in fields:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "The number format {pattern!r} must contain {{seq}}."
            ).format(pattern=pattern)
        )
    unknown = fields - {"series", "year", "seq"}
    if unknown:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The number format {pattern!r} uses {{{field}}}; only {{series}}, "
                "{{year}} and {{seq}} are known.",
            ).format(pattern=pattern, field=sorted(unknown)[0])
        )
    try:
        pattern.format(series="FT", year=2026, seq=1)
    except (ValueError, IndexError, KeyError):
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "The number format {pattern!r} cannot be used.").format(
                pattern=pattern
            )
        ) from None
    return pattern


def format_number(pattern: str, series: str, year: int, seq: int) -> DocumentNumber:
    """E.g. `FT 2026/0007` from the default format."""
    return DocumentNumber(
        series, year, seq, check_format(pattern).format(series=series, year=year, seq=seq)
    )
