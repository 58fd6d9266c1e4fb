"""Reconciling the session log with a tool's history, in one transaction: the tool's times are
appended to each matched session as evidence (never replacing the session's own times), and a
watcher's detection can be kept the same way."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from app.core.clock import Clock
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.remote_tool import RemoteTool
from app.services.errors import NotFoundError
from app.storage.database import Database
from app.storage.models import SessionRow, ToolEvidenceRow
from app.storage.tool_evidence import ToolEvidenceRepository
from app.tools.evidence import Connection, Detection, HistoryParse, Signal
from app.tools.reconciliation import (
    DEFAULT_MARGIN_SECONDS,
    MATCH_WINDOW,
    Reconciliation,
    reconcile,
)

if TYPE_CHECKING:
    from app.services.sessions import SessionService

HISTORY = "history"
DETECTED = "detected"


@dataclass(frozen=True, slots=True)
class ToolEvidenceRecord:
    id: int
    session_id: int
    kind: str  # "history" or "detected"
    tool: RemoteTool
    remote_id: str
    started_at: datetime | None
    ended_at: datetime | None
    direction: str
    mode: str
    auth: str
    tool_session_id: str
    source: str
    line: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class ReconciliationResult:
    reconciliation: Reconciliation
    evidence_added: tuple[int, ...]  # the sessions that received new evidence


class ReconciliationService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    @classmethod
    def beside(cls, sessions: SessionService, clock: Clock) -> ReconciliationService:
        """Over the same database as `sessions` (the desk has that service, not the database)."""
        return cls(sessions._db, clock)

    def compare(
        self, history: HistoryParse, margin_seconds: int = DEFAULT_MARGIN_SECONDS
    ) -> Reconciliation:
        """Compare `history` with the log without keeping anything (to look before keeping)."""
        connections = history.connections
        if not connections:
            return reconcile(history.tool, (), (), margin_seconds)
        with self._db.reading() as orm:
            sessions = ToolEvidenceRepository(orm).sessions_for(
                {c.remote_id for c in connections}, *_span(connections)
            )
        return reconcile(history.tool, connections, sessions, margin_seconds)

    def reconcile(
        self, history: HistoryParse, source: str, margin_seconds: int = DEFAULT_MARGIN_SECONDS
    ) -> ReconciliationResult:
        """Compare `history` (read from `source`) with the log and keep the evidence."""
        connections = history.connections
        if not connections:
            return ReconciliationResult(reconcile(history.tool, (), (), margin_seconds), ())
        since, until = _span(connections)
        now = self._clock.now()
        with self._db.transaction() as orm:
            repo = ToolEvidenceRepository(orm)
            sessions = repo.sessions_for({c.remote_id for c in connections}, since, until)
            result = reconcile(history.tool, connections, sessions, margin_seconds)
            stored = repo.lines_of(m.session.id for m in result.matches)
            added: list[int] = []
            for match in result.matches:
                if (match.session.id, match.connection.line) in stored:
                    continue
                repo.add(_row(match.session.id, history.tool, match.connection, source, now))
                added.append(match.session.id)
        return ReconciliationResult(result, tuple(added))

    def keep_detection(
        self, session_id: int, tool: RemoteTool, detection: Detection
    ) -> ToolEvidenceRecord:
        """Keep what a watcher saw (e.g. the accepted instant the technician took) with the
        session, beside the times the session records; the same line from the same file is
        kept once (a watcher re-reading a rotated file reports it again)."""
        now = self._clock.now()
        with self._db.transaction() as orm:
            if orm.get(SessionRow, session_id) is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Messages", "Session {id} does not exist.").format(
                        id=session_id
                    )
                )
            repo = ToolEvidenceRepository(orm)
            same = (DETECTED, detection.source, detection.line)
            for kept in repo.of_session(session_id):
                if (kept.kind, kept.source, kept.line) == same:
                    return evidence_record(kept)
            accepted = detection.signal is Signal.ACCEPTED
            row = ToolEvidenceRow(
                session_id=session_id, kind=DETECTED, tool=tool.value,
                remote_id=detection.remote_id[:128],
                started_at=detection.at if accepted else None,
                ended_at=None if accepted else detection.at,
                direction="", mode="", auth="", tool_session_id="",
                source=detection.source, line=detection.line, recorded_at=now,
            )  # fmt: skip
            return evidence_record(repo.add(row))

    def evidence(self, session_id: int) -> list[ToolEvidenceRecord]:
        with self._db.reading() as orm:
            return [evidence_record(r) for r in ToolEvidenceRepository(orm).of_session(session_id)]


def _span(connections: Sequence[Connection]) -> tuple[datetime, datetime]:
    """The time the connections cover, widened by the match window on both sides."""
    since = min(c.start for c in connections) - MATCH_WINDOW
    until = max(c.end or c.start for c in connections) + MATCH_WINDOW
    return since, until


def _row(
    session_id: int, tool: RemoteTool, connection: Connection, source: str, now: datetime
) -> ToolEvidenceRow:
    return ToolEvidenceRow(
        session_id=session_id, kind=HISTORY, tool=tool.value,
        remote_id=connection.remote_id[:128], started_at=connection.start,
        ended_at=connection.end, direction=connection.direction.value,
        mode=connection.mode[:64], auth=connection.auth[:64],
        tool_session_id=connection.session_id[:64], source=source, line=connection.line,
        recorded_at=now,
    )  # fmt: skip


def evidence_record(row: ToolEvidenceRow) -> ToolEvidenceRecord:
    return ToolEvidenceRecord(
        id=row.id, session_id=row.session_id, kind=row.kind, tool=RemoteTool(row.tool),
        remote_id=row.remote_id, started_at=row.started_at, ended_at=row.ended_at,
        direction=row.direction, mode=row.mode, auth=row.auth,
        tool_session_id=row.tool_session_id, source=row.source, line=row.line,
        recorded_at=row.recorded_at,
    )  # fmt: skip
