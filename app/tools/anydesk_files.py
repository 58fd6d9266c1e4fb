"""AnyDesk's files, read as typed values. Version-specific heuristics, kept in one place so a new
AnyDesk needs one edit.

The trace file (ad.trace, anydesk.trace): one line per event, UTC timestamps; line shape [M]
`level date time.ms role pid tid [counter] logger - message`. The message markers come from forensic
write-ups, not from AnyDesk. "Connection established" names no ID, so it counts only after
"Connecting to <ID>" (the watcher's `needs_connecting`).

connection_trace.txt: one line per incoming connection request, accepted or rejected, written on the
controlled side; UTF-16 in the wild, minute precision, UTC, and no end time [M]:
`Incoming    2024-05-16, 09:41    User      1108841617    1108841617`
(direction, date and time, how it was allowed — User, Passwd, Token or REJECTED —, alias, ID).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime

from app.core.remote_tool import RemoteTool
from app.tools.evidence import (
    INVALID_TIME,
    NOT_A_CONNECTION,
    NOT_TEXT,
    OUT_OF_RANGE,
    Connection,
    Direction,
    HistoryParse,
    LineProblems,
    LogEntry,
    Signal,
    in_range,
    numbered_lines,
)

_TRACE_LINE = re.compile(
    r"^\s*(?P<level>[a-z]+)\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<time>\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)"
    r"\s+(?P<role>[a-z]+)\s+\d+\s+\d+\s+(?:\d+\s+)?(?P<logger>[\w.]+)\s+-\s+(?P<message>.*?)\s*$"
)
_ID = r"(?P<id>[A-Za-z0-9][\w@.\-]*)"
# (pattern, signal, direction); [L] = a single secondary source, [M] = two or more.
_MARKERS: tuple[tuple[re.Pattern[str], Signal, Direction | None], ...] = (
    (re.compile(rf"\bConnecting to {_ID}"), Signal.CONNECTING, Direction.OUTGOING),  # [L]
    (re.compile(r"Incoming session request: .*\((?P<id>\d+)\)"), Signal.CONNECTING,
     Direction.INCOMING),  # [M]
    (re.compile(r"\bAccept request from (?P<id>\d+)"), Signal.CONNECTING,
     Direction.INCOMING),  # [M]
    (re.compile(r"\bConnection established\b"), Signal.ACCEPTED, None),  # [L]
    (re.compile(r"\bConnect request accepted\b"), Signal.ACCEPTED, None),  # [L]
    (re.compile(r"\bSession closed\b"), Signal.ENDED, None),  # [M]
    (re.compile(r"\bReceived quit\b"), Signal.ENDED, None),  # [M]
)  # fmt: skip
_AUTH = re.compile(r"\bAuthenticated (?:by|with) (?P<how>.+?)\.?$")  # [M] controlled side


def trace_time(line: str) -> tuple[datetime, str] | None:
    """The UTC instant and the message of a trace line; None for a line of another shape."""
    parsed = _trace(line)
    return parsed if isinstance(parsed, tuple) else None


def _trace(line: str) -> tuple[datetime, str] | str:
    """The instant and message of a trace line, or why there are none."""
    match = _TRACE_LINE.match(line)
    if match is None:
        return NOT_A_CONNECTION
    try:
        at = datetime.fromisoformat(f"{match['date']}T{match['time']}").replace(tzinfo=UTC)
    except ValueError:
        return INVALID_TIME
    return (at, match["message"]) if in_range(at) else OUT_OF_RANGE


def read_trace_line(line: str) -> tuple[LogEntry, ...]:
    """What one trace line says about a session: connecting, accepted or ended; () otherwise."""
    parsed = trace_time(line)
    if parsed is None:
        return ()
    at, message = parsed
    for pattern, signal, direction in _MARKERS:
        found = pattern.search(message)
        if found:
            remote_id = found.groupdict().get("id")
            return (LogEntry(signal, at, remote_id, line.strip(), direction),)
    auth = _AUTH.search(message)
    if auth:  # an authentication line marks acceptance on the controlled side
        return (LogEntry(Signal.ACCEPTED, at, None, line.strip(), None, auth["how"]),)
    return ()


def trace_connections(lines: Iterable[str]) -> HistoryParse:
    """Connections in a trace file: from "Connecting to <ID>" (or an incoming request), accepted
    at the next acceptance line, ended at the next "Session closed"."""
    connections: list[Connection] = []
    problems = LineProblems()
    target: LogEntry | None = None
    open_: Connection | None = None
    for number, line in numbered_lines(lines):
        parsed = NOT_TEXT if "\ufffd" in line else _trace(line)
        if not isinstance(parsed, tuple):
            problems.add(number, parsed)
            continue
        for entry in read_trace_line(line):
            if entry.signal is Signal.CONNECTING:
                if open_ is not None:
                    connections.append(open_)
                target, open_ = entry, None
            elif entry.signal is Signal.ACCEPTED and target is not None and open_ is None:
                open_ = Connection(
                    target.remote_id or "", entry.at, None,
                    target.direction or Direction.OUTGOING, entry.line, auth=entry.auth,
                )  # fmt: skip
            elif entry.signal is Signal.ACCEPTED and open_ is not None and entry.auth:
                open_ = replace(open_, auth=entry.auth)
            elif entry.signal is Signal.ENDED and open_ is not None:
                connections.append(replace(open_, end=entry.at, line=f"{open_.line}\n{entry.line}"))
                target = open_ = None
    if open_ is not None:
        connections.append(open_)
    return problems.parse(RemoteTool.ANYDESK, connections)


_CONNECTION_LINE = re.compile(
    r"^\s*(?P<direction>Incoming|Outgoing)\s+(?P<date>\d{4}-\d{2}-\d{2}),\s*(?P<time>\d{2}:\d{2})"
    r"\s+(?P<auth>[A-Za-z]+)\s+(?:(?P<alias>.+?)\s+)?(?P<id>\d{6,12})\s*$"
)
REJECTED = "REJECTED"


def read_connection_line(line: str) -> Connection | None:
    parsed = _connection(line)
    return parsed if isinstance(parsed, Connection) else None


def _connection(line: str) -> Connection | str:
    """The connection on a connection_trace.txt line, or why there is none."""
    match = _CONNECTION_LINE.match(line)
    if match is None:
        return NOT_A_CONNECTION
    try:
        start = datetime.fromisoformat(f"{match['date']}T{match['time']}").replace(tzinfo=UTC)
    except ValueError:
        return INVALID_TIME
    if not in_range(start):
        return OUT_OF_RANGE
    direction = Direction(match["direction"].lower())
    return Connection(match["id"], start, None, direction, line.strip(), auth=match["auth"])


def read_connection_entry(line: str) -> tuple[LogEntry, ...]:
    """For a watcher: an accepted incoming connection from the ID (never a rejected one)."""
    connection = read_connection_line(line)
    if connection is None or connection.auth.upper() == REJECTED:
        return ()
    entry = LogEntry(Signal.ACCEPTED, connection.start, connection.remote_id,
                     connection.line, connection.direction, connection.auth)  # fmt: skip
    return (entry,)


def connection_trace(lines: Iterable[str]) -> HistoryParse:
    connections: list[Connection] = []
    problems = LineProblems()
    for number, line in numbered_lines(lines):
        parsed = NOT_TEXT if "\ufffd" in line else _connection(line)
        if isinstance(parsed, Connection):
            connections.append(parsed)
        else:
            problems.add(number, parsed)
    return problems.parse(RemoteTool.ANYDESK, connections)
