"""Comparing a tool's history with the session log, as pure values: which connection is which
logged session, which connections AssistDesk never logged, and whose lengths differ by more than
a margin. Storing the evidence is app.services.reconciliation's job."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.core.records import SessionRecord
from app.core.remote_tool import RemoteTool
from app.tools.anydesk_files import REJECTED
from app.tools.evidence import Connection

# How far apart a connection and a session may start and still be the same one: a technician may
# press "Connection accepted" late, and AnyDesk's history has minutes only.
MATCH_WINDOW = timedelta(minutes=15)
DEFAULT_MARGIN_SECONDS = 60


@dataclass(frozen=True, slots=True)
class Match:
    session: SessionRecord
    connection: Connection

    @property
    def session_seconds(self) -> int | None:
        """From accepted to ended, pauses included: the connection stays open during a pause."""
        s = self.session
        if s.accepted_at is None or s.ended_at is None:
            return None
        return int((s.ended_at - s.accepted_at).total_seconds())

    @property
    def difference_seconds(self) -> int | None:
        """The tool's length minus the logged length; None when either is not known."""
        tool, logged = self.connection.seconds, self.session_seconds
        return None if tool is None or logged is None else tool - logged


@dataclass(frozen=True, slots=True)
class Reconciliation:
    tool: RemoteTool
    margin_seconds: int
    matches: tuple[Match, ...]
    unknown: tuple[Connection, ...]  # in the tool's history, not in AssistDesk's log
    rejected: int  # connection attempts the customer's side refused (not sessions)

    @property
    def mismatched(self) -> tuple[Match, ...]:
        return tuple(
            m for m in self.matches
            if m.difference_seconds is not None and abs(m.difference_seconds) > self.margin_seconds
        )  # fmt: skip


def same_remote_id(a: str, b: str) -> bool:
    return "".join(a.split()).lower() == "".join(b.split()).lower()


def reconcile(
    tool: RemoteTool,
    connections: Iterable[Connection],
    sessions: Iterable[SessionRecord],
    margin_seconds: int = DEFAULT_MARGIN_SECONDS,
    window: timedelta = MATCH_WINDOW,
) -> Reconciliation:
    """Pair connections with logged sessions of the same remote ID (and tool, where the session
    names one), closest starts first, each used once."""
    usable: list[Connection] = []
    rejected = 0
    for connection in connections:
        if connection.auth.upper() == REJECTED:
            rejected += 1
        else:
            usable.append(connection)
    logged = [s for s in sessions if s.accepted_at is not None and s.tool in (None, tool)]
    pairs: list[tuple[timedelta, int, int]] = []
    for ci, connection in enumerate(usable):
        for si, session in enumerate(logged):
            if _could_be(connection, session, window):
                assert session.accepted_at is not None
                pairs.append((abs(connection.start - session.accepted_at), ci, si))
    taken_c: set[int] = set()
    taken_s: set[int] = set()
    matches: list[Match] = []
    for _gap, ci, si in sorted(pairs):
        if ci not in taken_c and si not in taken_s:
            taken_c.add(ci)
            taken_s.add(si)
            matches.append(Match(logged[si], usable[ci]))
    matches.sort(key=lambda m: (m.connection.start, m.session.id))
    unknown = tuple(c for i, c in enumerate(usable) if i not in taken_c)
    return Reconciliation(tool, margin_seconds, tuple(matches), unknown, rejected)


def _could_be(connection: Connection, session: SessionRecord, window: timedelta) -> bool:
    if not same_remote_id(connection.remote_id, session.remote_id):
        return False
    assert session.accepted_at is not None
    session_end: datetime = session.ended_at or session.accepted_at
    connection_end = connection.end or connection.start
    return (
        connection.start - window <= session_end and session.accepted_at - window <= connection_end
    )
