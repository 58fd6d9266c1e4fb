"""Tool evidence rows, and the sessions a tool's history may speak of. Works inside the
transaction a service opened."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import joinedload

from app.core.records import SessionRecord
from app.storage.models import SessionRow, ToolEvidenceRow
from app.storage.repositories import session_record


class ToolEvidenceRepository:
    def __init__(self, orm: OrmSession) -> None:
        self._orm = orm

    def sessions_for(
        self, remote_ids: Collection[str], since: datetime, until: datetime
    ) -> list[SessionRecord]:
        """Accepted sessions with one of these remote IDs (compared without spaces, ignoring
        case) that overlap [since, until]."""
        if not remote_ids:
            return []
        compact_id = func.lower(func.replace(SessionRow.remote_id, " ", ""))
        last = func.coalesce(SessionRow.ended_at, SessionRow.accepted_at)
        query = (
            select(SessionRow)
            .where(compact_id.in_(sorted({r.replace(" ", "").lower() for r in remote_ids})))
            .where(SessionRow.accepted_at.is_not(None))
            .where(SessionRow.accepted_at <= until)
            .where(last >= since)
            .options(
                joinedload(SessionRow.customer),
                joinedload(SessionRow.equipment),
                joinedload(SessionRow.charge),
            )
            .order_by(SessionRow.accepted_at, SessionRow.id)
        )
        return [session_record(row) for row in self._orm.scalars(query).unique()]

    def lines_of(self, session_ids: Iterable[int]) -> set[tuple[int, str]]:
        """(session, evidence line) pairs already stored: importing a file twice adds nothing."""
        ids = sorted(set(session_ids))
        if not ids:
            return set()
        query = select(ToolEvidenceRow.session_id, ToolEvidenceRow.line).where(
            ToolEvidenceRow.session_id.in_(ids)
        )
        return {(sid, line) for sid, line in self._orm.execute(query)}

    def add(self, row: ToolEvidenceRow) -> ToolEvidenceRow:
        self._orm.add(row)
        self._orm.flush()
        return row

    def of_session(self, session_id: int) -> list[ToolEvidenceRow]:
        query = (
            select(ToolEvidenceRow)
            .where(ToolEvidenceRow.session_id == session_id)
            .order_by(ToolEvidenceRow.id)
        )
        return list(self._orm.scalars(query))
