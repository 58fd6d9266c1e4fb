"""RustDesk's log (flexi_logger) [M]: `[YYYY-MM-DD HH:MM:SS.ffffff +HH:MM] LEVEL [src/file.rs:line]
message`, with its offset; the current file is `rustdesk_rCURRENT.log`, rotated daily or at 16 MB.
The messages are internal to RustDesk: the markers are version-specific heuristics, kept here."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from app.tools.evidence import LogEntry, Signal, first_marker

_LINE = re.compile(
    r"^\[(?P<stamp>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,9})?)"
    r" ?(?P<offset>[+-]\d{2}:?\d{2})?\]"
    r"\s+(?P<level>[A-Z]+)\s+\[(?P<where>[^\]]*)\]\s+(?P<message>.*?)\s*$"
)
_MARKERS: tuple[tuple[re.Pattern[str], Signal], ...] = (
    (re.compile(r"peer info supported_encoding"), Signal.ACCEPTED),  # [M] after login
    (re.compile(r"Exit io_loop of id=(?P<id>[\w-]+)"), Signal.ENDED),  # [M]
    (re.compile(r"Reset by the peer"), Signal.ENDED),  # [M]
)


def read_rustdesk_line(line: str) -> tuple[LogEntry, ...]:
    match = _LINE.match(line)
    if match is None or match["offset"] is None:
        return ()
    offset = match["offset"]
    if ":" not in offset:
        offset = f"{offset[:3]}:{offset[3:]}"
    stamp = match["stamp"]
    if "." in stamp:  # Python reads at most microseconds
        head, fraction = stamp.split(".")
        stamp = f"{head}.{fraction[:6].ljust(6, '0')}"
    try:
        at = datetime.fromisoformat(f"{stamp.replace(' ', 'T')}{offset}").astimezone(UTC)
    except (ValueError, OverflowError):
        return ()
    return first_marker(_MARKERS, match["message"], at, line)
