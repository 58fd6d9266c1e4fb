"""The outbox's queries. Claiming a message is a compare-and-set on its status, so two workers (two
workstations on one PostgreSQL, or a thread and a command) never both send it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from app.storage.outbox_models import OutboxAttachmentRow, OutboxRow

QUEUED, SENDING, SENT, FAILED, DISCARDED = "queued", "sending", "sent", "failed", "discarded"
STATUSES = (QUEUED, SENDING, SENT, FAILED, DISCARDED)


class OutboxQueue:
    def __init__(self, orm: OrmSession) -> None:
        self._orm = orm

    def add(self, row: OutboxRow) -> OutboxRow:
        self._orm.add(row)
        self._orm.flush()
        return row

    def get(self, message_id: int) -> OutboxRow | None:
        return self._orm.get(OutboxRow, message_id)

    def rows(
        self, status: str | None = None, offset: int = 0, limit: int | None = None
    ) -> Sequence[OutboxRow]:
        """Newest first: what the office looks at."""
        names = selectinload(OutboxRow.attachments).load_only(
            OutboxAttachmentRow.seq, OutboxAttachmentRow.filename
        )  # the list shows attachments by name; their bytes stay in the database
        query = (
            select(OutboxRow)
            .options(names)
            .order_by(OutboxRow.created_at.desc(), OutboxRow.id.desc())
        )
        if status is not None:
            query = query.where(OutboxRow.status == status)
        return self._orm.scalars(query.offset(offset).limit(limit)).all()

    def due(self, now: datetime, limit: int) -> list[int]:
        """Queued messages whose time has come, oldest first."""
        query = (
            select(OutboxRow.id)
            .where(OutboxRow.status == QUEUED, OutboxRow.due_at <= now)
            .order_by(OutboxRow.due_at, OutboxRow.id)
            .limit(limit)
        )
        return list(self._orm.scalars(query))

    def claim(self, message_id: int, now: datetime) -> OutboxRow | None:
        """Mark one due message `sending` and count the attempt; None if another worker has it."""
        taken = self._orm.execute(
            update(OutboxRow)
            .where(OutboxRow.id == message_id, OutboxRow.status == QUEUED)
            .values(status=SENDING, attempts=OutboxRow.attempts + 1, attempted_at=now)
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount != 1:  # type: ignore[attr-defined]
            return None
        row = self._orm.get(OutboxRow, message_id)
        if row is not None:
            self._orm.refresh(row)
        return row

    def stale_sending(self, before: datetime) -> Sequence[OutboxRow]:
        """Messages left `sending` by an attempt that started before `before` and never finished:
        the program stopped, or lost the database, while the server was receiving them."""
        query = select(OutboxRow).where(
            OutboxRow.status == SENDING, OutboxRow.attempted_at < before
        )
        return self._orm.scalars(query.with_for_update()).all()

    def counts(self) -> dict[str, int]:
        query = select(OutboxRow.status, func.count()).group_by(OutboxRow.status)
        return {status: int(n) for status, n in self._orm.execute(query)}
