"""A Zoho Assist reports export (CSV), read tolerantly.

ASSUMPTION: the layout of Zoho Assist's exported reports is not known to us. What is known is the
reports API's fields [H] (`session_id`, `start_time`, `end_time`, `duration`, `agent_email`,
`display_name`, `session_type`, …), so the export is taken to be a table with a header row naming
similar columns. Columns are found by their header, whatever the case, spacing, underscores or
order, and whatever the separator (comma, semicolon or tab); unknown columns are ignored:

- start (required): "Start Time", "Started at", "Session Start", "start_time", "Start";
- end: "End Time", "Ended at", "end_time", "End"; else start + "Duration";
- the remote ID AssistDesk logged (required, one of): "Customer Email", "Customer",
  "Computer Name", "Computer", "Device Name", "Device", "Display Name", "Email", "Customer Name"
  (never "Agent Email": that is the technician);
- "Session ID" / "Session Key", "Session Type" are kept as the session ID and mode.

Times: ISO 8601, epoch milliseconds (as the API gives them), `2026-11-24 14:03:12`,
`24 Nov 2026 14:03:12`, `Nov 24, 2026 02:03 PM`, or with slashes (day first unless the first
number cannot be a month). A time without an offset is read in `zone` (the computer's when None).
Durations: seconds, `H:MM:SS`, `MM:SS`, or `1 hr 5 mins 3 secs`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta, tzinfo

from app.core.messages import QT_TRANSLATE_NOOP
from app.core.remote_tool import RemoteTool
from app.tools.evidence import (
    ENDS_BEFORE_START,
    NOT_TEXT,
    OUT_OF_RANGE,
    Connection,
    Direction,
    HistoryParse,
    LineProblems,
    NotHistoryError,
    in_range,
    numbered_lines,
)

NO_START = QT_TRANSLATE_NOOP("Messages", "no start time that can be read").format()
BAD_END = QT_TRANSLATE_NOOP("Messages", "an end time or duration that cannot be read").format()
BAD_CELLS = QT_TRANSLATE_NOOP("Messages", "cells the CSV reader cannot separate").format()

_COLUMNS: dict[str, tuple[str, ...]] = {
    "start": ("start time", "started at", "session start", "session start time", "start",
              "start date", "started", "start date time"),
    "end": ("end time", "ended at", "session end", "session end time", "end", "end date",
            "ended", "end date time"),
    "duration": ("duration", "session duration", "duration hh mm ss", "duration seconds"),
    # never "agent email": that is the technician, the same on every row, not the remote end
    "remote_id": ("customer email", "customer", "computer name", "computer", "device name",
                  "device", "display name", "email", "customer name"),
    "session_id": ("session id", "session key", "key", "session"),
    "mode": ("session type", "type"),
}  # fmt: skip
_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d %b %Y %H:%M:%S", "%d %b %Y %H:%M",
    "%b %d, %Y %I:%M:%S %p", "%b %d, %Y %I:%M %p", "%b %d %Y %I:%M:%S %p", "%b %d %Y %I:%M %p",
    "%d %b %Y %I:%M:%S %p", "%d %b %Y %I:%M %p", "%b %d, %Y %H:%M:%S", "%b %d, %Y %H:%M",
)  # fmt: skip
_SLASHED = re.compile(
    r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})[ T,]+(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
    r"\s*(?P<ampm>[AaPp][Mm])?$"
)
_PARTS = re.compile(r"(\d+)\s*(h|hr|hrs|hour|hours|m|min|mins|minute|minutes|s|sec|secs|second"
                    r"|seconds)\b", re.IGNORECASE)  # fmt: skip


def _key(header: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", header.lower()).split())


def _columns(header: Sequence[str]) -> dict[str, int]:
    """Which column holds what, the first matching column for each (in _COLUMNS' order)."""
    keys = [_key(h) for h in header]
    found: dict[str, int] = {}
    for field, names in _COLUMNS.items():
        for name in names:
            if name in keys:
                found[field] = keys.index(name)
                break
    return found


def parse_instant(text: str, zone: tzinfo | None = None) -> datetime | None:
    """An instant from one of the forms above, in UTC; None when it is none of them."""
    text = " ".join(text.strip().split())
    if not text or len(text) > 64:
        return None
    if text.isdigit() and 12 <= len(text) <= 14:  # epoch milliseconds
        try:
            return datetime.fromtimestamp(int(text) / 1000, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    found: datetime | None = None
    try:
        found = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        found = _formatted(text)
    if found is None:
        return None
    try:
        return (found if found.tzinfo else _in_zone(found, zone)).astimezone(UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _formatted(text: str) -> datetime | None:
    for form in _FORMATS:
        try:
            return datetime.strptime(text, form)  # noqa: DTZ007 - the zone is applied after
        except ValueError:
            continue
    match = _SLASHED.match(text)
    if match is None:
        return None
    a, b = int(match["a"]), int(match["b"])
    day, month = (a, b) if a > 12 or b <= 12 else (b, a)
    time = match["time"] + (f" {match['ampm'].upper()}" if match["ampm"] else "")
    clock = "%I:%M" if match["ampm"] else "%H:%M"
    clock += ":%S" if time.count(":") == 2 else ""
    clock += " %p" if match["ampm"] else ""
    try:
        moment = datetime.strptime(time, clock)  # noqa: DTZ007 - only the time of day
        return datetime(int(match["y"]), month, day, moment.hour, moment.minute, moment.second)  # noqa: DTZ001
    except ValueError:
        return None


def _in_zone(naive: datetime, zone: tzinfo | None) -> datetime:
    return naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()


def parse_duration(text: str) -> int | None:
    """Seconds from `3725`, `1:02:05`, `62:05` or `1 hr 2 mins 5 secs`; None otherwise."""
    text = text.strip()
    if text.isdigit() and len(text) <= 7:
        return int(text)
    if re.fullmatch(r"\d{1,4}(:\d{1,2}){1,2}", text):
        parts = [int(p) for p in text.split(":")]
        if any(p >= 60 for p in parts[1:]):
            return None
        seconds = 0
        for part in parts:
            seconds = seconds * 60 + part
        return seconds
    pieces = _PARTS.findall(text)
    if not pieces or _PARTS.sub("", text).strip(" ,") != "":
        return None
    unit = {"h": 3600, "m": 60, "s": 1}
    return sum(int(n) * unit[u[0].lower()] for n, u in pieces)


def zoho_report(
    lines: Iterable[str], zone: tzinfo | None = None, name: str = "The file"
) -> HistoryParse:
    """Connections in a reports export, one per line after the header; NotHistoryError when the
    first line does not name a start time and a customer, computer or device."""
    rows = list(numbered_lines(lines))
    if not rows:
        return HistoryParse(RemoteTool.ZOHO_ASSIST, (), 0)
    first = rows[0][1]
    delimiter = max(",;\t", key=first.count)
    header = _cells(first, delimiter)
    columns = _columns(header) if header is not None else {}
    if "start" not in columns or "remote_id" not in columns:
        raise NotHistoryError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} is not a Zoho Assist reports export: its first line should name the "
                "columns, among them a start time and the customer, computer or device.",
            ).format(name=name)
        )
    connections: list[Connection] = []
    problems = LineProblems()
    for number, line in rows[1:]:
        row = _cells(line, delimiter)
        if "\ufffd" in line:
            parsed: Connection | str = NOT_TEXT
        else:
            parsed = _connection(row, columns, zone, line) if row is not None else BAD_CELLS
        if isinstance(parsed, Connection):
            connections.append(parsed)
        else:
            problems.add(number, parsed)
    return problems.parse(RemoteTool.ZOHO_ASSIST, connections)


def _cells(line: str, delimiter: str) -> list[str] | None:
    """One line's cells; None for a line the CSV reader refuses (a quote left open, say)."""
    try:
        rows = list(csv.reader([line], delimiter=delimiter, strict=True))
    except csv.Error:
        return None
    return rows[0] if len(rows) == 1 else None


def _connection(
    row: Sequence[str], columns: dict[str, int], zone: tzinfo | None, line: str
) -> Connection | str:
    """The connection on one row, or why there is none."""

    def cell(field: str) -> str:
        index = columns.get(field)
        return row[index].strip() if index is not None and index < len(row) else ""

    start = parse_instant(cell("start"), zone)
    if start is None:
        return NO_START
    end: datetime | None = None
    if cell("end"):
        end = parse_instant(cell("end"), zone)
        if end is None:
            return BAD_END
    elif cell("duration"):
        seconds = parse_duration(cell("duration"))
        if seconds is None:
            return BAD_END
        try:
            end = start + timedelta(seconds=seconds)
        except OverflowError:
            return OUT_OF_RANGE
    if not in_range(start) or (end is not None and not in_range(end)):
        return OUT_OF_RANGE
    if end is not None and end < start:
        return ENDS_BEFORE_START
    return Connection(
        cell("remote_id")[:128], start, end, Direction.OUTGOING, line.strip()[:2000],
        mode=cell("mode")[:64], session_id=cell("session_id")[:64],
    )  # fmt: skip
