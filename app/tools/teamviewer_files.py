"""TeamViewer's files, read as typed values.

Connection history [M]: `Connections.txt` (outgoing, the technician's side) and
`Connections_incoming.txt` (incoming). One line per session, appended when the session ends,
separated by tabs (or runs of spaces), times `DD-MM-YYYY HH:MM:SS` in UTC:

    <partner ID> [<partner name>] <start> <end> <local user> <mode> {<session GUID>}

The incoming file has the partner-name column; the outgoing one does not.

The running log `TeamViewer<major>_Logfile.log` [M]:
`YYYY/MM/DD HH:MM:SS.mmm  PID  TID  TAG  message`, in the computer's local time. Its messages are
internal to TeamViewer: the markers below are version-specific heuristics [L], kept in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, tzinfo

from app.core.remote_tool import RemoteTool
from app.tools.evidence import (
    ENDS_BEFORE_START,
    INVALID_TIME,
    NOT_A_CONNECTION,
    NOT_TEXT,
    OUT_OF_RANGE,
    Connection,
    Direction,
    HistoryParse,
    LineProblems,
    LineReader,
    LogEntry,
    Signal,
    first_marker,
    in_range,
    numbered_lines,
)

_STAMP = r"\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}"
_HISTORY_LINE = re.compile(
    rf"^\s*(?P<id>\d{{6,12}})(?:\s+(?P<name>.*?))??\s+(?P<start>{_STAMP})\s+(?P<end>{_STAMP})"
    r"\s+(?P<user>.*?)\s+(?P<mode>[A-Za-z]+)\s+\{(?P<guid>[0-9A-Fa-f-]{36})\}\s*$"
)


def _instant(text: str) -> datetime:
    return datetime.strptime(text, "%d-%m-%Y %H:%M:%S").replace(tzinfo=UTC)


def read_history_line(line: str) -> Connection | None:
    parsed = _history_line(line)
    return parsed if isinstance(parsed, Connection) else None


def _history_line(line: str) -> Connection | str:
    """The connection on a Connections.txt line, or why there is none."""
    match = _HISTORY_LINE.match(line)
    if match is None:
        return NOT_A_CONNECTION
    try:
        start, end = _instant(match["start"]), _instant(match["end"])
    except ValueError:
        return INVALID_TIME
    if not (in_range(start) and in_range(end)):
        return OUT_OF_RANGE
    if end < start:
        return ENDS_BEFORE_START
    direction = Direction.INCOMING if match["name"] is not None else Direction.OUTGOING
    return Connection(
        match["id"], start, end, direction, line.strip(),
        mode=match["mode"], session_id=match["guid"].lower(),
    )  # fmt: skip


def read_history_entries(line: str) -> tuple[LogEntry, ...]:
    """For a watcher: a new history line says when the session was accepted and when it ended."""
    connection = read_history_line(line)
    if connection is None or connection.end is None:
        return ()
    return (
        LogEntry(Signal.ACCEPTED, connection.start, connection.remote_id, connection.line,
                 connection.direction),
        LogEntry(Signal.ENDED, connection.end, connection.remote_id, connection.line,
                 connection.direction),
    )  # fmt: skip


def connections_file(lines: Iterable[str]) -> HistoryParse:
    connections: list[Connection] = []
    problems = LineProblems()
    for number, line in numbered_lines(lines):
        parsed = NOT_TEXT if "\ufffd" in line else _history_line(line)
        if isinstance(parsed, Connection):
            connections.append(parsed)
        else:
            problems.add(number, parsed)
    return problems.parse(RemoteTool.TEAMVIEWER, connections)


_LOG_LINE = re.compile(
    r"^(?P<date>\d{4}/\d{2}/\d{2}) (?P<time>\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)\s+\d+\s+\d+\s+"
    r"(?P<tag>[A-Z]+\d*!{0,2})\s+(?P<message>.*?)\s*$"
)
_LOG_MARKERS: tuple[tuple[re.Pattern[str], Signal], ...] = (
    (re.compile(r"AddParticipant: \[(?P<id>\d{6,12}),"), Signal.ACCEPTED),  # [L]
    (re.compile(r"RemoveParticipant: \[(?P<id>\d{6,12}),"), Signal.ENDED),  # [L]
    (re.compile(r"\bTerminateSession\b"), Signal.ENDED),  # [L] controlling side
    (re.compile(r"We left session"), Signal.ENDED),  # [M]
)


def teamviewer_log_reader(zone: tzinfo | None = None) -> LineReader:
    """A reader of TeamViewer log lines whose local times are in `zone` (None: this computer's
    zone, daylight saving included)."""

    def read(line: str) -> tuple[LogEntry, ...]:
        match = _LOG_LINE.match(line)
        if match is None:
            return ()
        stamp = f"{match['date'].replace('/', '-')}T{match['time']}"
        try:  # a local time at the ends of the calendar has no UTC instant
            naive = datetime.fromisoformat(stamp)
            at = naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()
            at = at.astimezone(UTC)
        except (ValueError, OverflowError, OSError):
            return ()
        if not in_range(at):
            return ()
        return first_marker(_LOG_MARKERS, match["message"], at, line)

    return read
