"""What a tool's files say, as typed values: a signal read from one log line, a connection read from
a history file, and which files an adapter can follow."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.remote_tool import RemoteTool


class Signal(StrEnum):
    CONNECTING = "connecting"  # the technician's side is reaching out to an ID
    ACCEPTED = "accepted"
    ENDED = "ended"


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One line of a tool's file that means something; `remote_id` when the line names one."""

    signal: Signal
    at: datetime  # aware UTC
    remote_id: str | None
    line: str
    direction: Direction | None = None
    auth: str = ""


@dataclass(frozen=True, slots=True)
class Detection:
    """What a watcher reports: "accepted at T" or "ended at T", the line that says so and where."""

    signal: Signal
    at: datetime
    remote_id: str
    line: str
    source: str


@dataclass(frozen=True, slots=True)
class Connection:
    """One connection from a tool's history: start and (where the file has it) end, in UTC."""

    remote_id: str
    start: datetime
    end: datetime | None
    direction: Direction
    line: str
    mode: str = ""
    auth: str = ""
    session_id: str = ""

    @property
    def seconds(self) -> int | None:
        return None if self.end is None else int((self.end - self.start).total_seconds())


@dataclass(frozen=True, slots=True)
class LineProblem:
    """A line of a history file that was skipped: its number in the file (from 1) and why."""

    number: int
    problem: str  # a Message: translated where it is shown


@dataclass(frozen=True, slots=True)
class HistoryParse:
    """What a history file holds. `unreadable_lines` counts every line skipped; `problems`
    names the first MAX_PROBLEMS of them, with why."""

    tool: RemoteTool
    connections: tuple[Connection, ...]
    unreadable_lines: int
    problems: tuple[LineProblem, ...] = ()


MAX_PROBLEMS = 100  # lines named one by one; the rest are counted

# Instants a history may hold: from 1970 (before any remote-support tool) to the end of 2999. A
# time outside them is a damaged line; it would also overflow when shown in a time zone.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(3000, 1, 1, tzinfo=UTC)

NOT_A_CONNECTION = QT_TRANSLATE_NOOP("Messages", "not a line of this file's kind").format()
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Messages", "a time outside the years 1970 to 2999").format()
INVALID_TIME = QT_TRANSLATE_NOOP("Messages", "a date or time that does not exist").format()
NOT_TEXT = QT_TRANSLATE_NOOP("Messages", "bytes that are not text").format()
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Messages", "it ends before it starts").format()


def in_range(at: datetime) -> bool:
    return EARLIEST <= at < LATEST


class LineProblems:
    """Collects the lines a parser skips: all counted, the first MAX_PROBLEMS named."""

    def __init__(self) -> None:
        self.count = 0
        self.named: list[LineProblem] = []

    def add(self, number: int, problem: str) -> None:
        self.count += 1
        if len(self.named) < MAX_PROBLEMS:
            self.named.append(LineProblem(number, problem))

    def parse(self, tool: RemoteTool, connections: list[Connection]) -> HistoryParse:
        return HistoryParse(tool, tuple(connections), self.count, tuple(self.named))


def numbered_lines(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(line number from 1, line) for each line that is not blank."""
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield number, line


class NotHistoryError(DomainError):
    """The file is not that tool's history (nor one of its logs) at all."""


LineReader = Callable[[str], tuple[LogEntry, ...]]  # what one line means; () when nothing


def first_marker(
    markers: tuple[tuple[re.Pattern[str], Signal], ...], message: str, at: datetime, line: str
) -> tuple[LogEntry, ...]:
    """The entry for the first marker found in a log message (with the ID it names, if any)."""
    for pattern, signal in markers:
        found = pattern.search(message)
        if found:
            return (LogEntry(signal, at, found.groupdict().get("id"), line.strip()),)
    return ()


@dataclass(frozen=True, slots=True)
class WatchedFile:
    """A file an adapter can follow from the moment of launch, and how to read its lines.
    `needs_connecting`: a signal line without an ID counts only after a CONNECTING line for the
    remote ID (AnyDesk's trace says "Connection established" without saying to whom).
    `saved`: the news is the file being saved, not its lines (RustDesk's peer file): each new
    modification time becomes one line for `read_line` (see rustdesk_peer)."""

    path: str
    read_line: LineReader = field(compare=False)
    signals: frozenset[Signal]
    needs_connecting: bool = False
    saved: bool = False


@dataclass(frozen=True, slots=True)
class Observation:
    """What an adapter can see of a session, so the GUI knows whether to offer detection or only
    the manual "Connection accepted" button (which is always there)."""

    files: tuple[WatchedFile, ...] = ()

    @property
    def can_observe(self) -> bool:
        return bool(self.files)

    def sources_of(self, signal: Signal) -> tuple[str, ...]:
        return tuple(f.path for f in self.files if signal in f.signals)
