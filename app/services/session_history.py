"""What the session history shows beside a session's own events: how its price was made up
(the stored charge lines), what the remote tool recorded about it (tool evidence), and the
invoices and credit notes it has been on. Reads only; plain records, safe to hand to another
thread."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.services.reconciliation import ToolEvidenceRecord, evidence_record
from app.services.session_documents import SessionDocument, session_documents
from app.storage.database import Database
from app.storage.direct import OrmReader
from app.storage.models import SessionChargeLineRow
from app.storage.tool_evidence import ToolEvidenceRepository


@dataclass(frozen=True, slots=True)
class ChargeLine:
    """One line of an ended session's stored price, e.g. "First 10 minutes × 1: 10.00"."""

    description: str
    quantity: int
    unit_price: Decimal
    amount: Decimal


class SessionHistory:
    def __init__(self, db: Database) -> None:
        self._db = db

    def charge_lines(self, session_id: int) -> list[ChargeLine]:
        """The lines the session was priced with when it ended; empty when it was not priced."""
        query = (
            select(SessionChargeLineRow)
            .where(SessionChargeLineRow.session_id == session_id)
            .order_by(SessionChargeLineRow.seq)
        )
        with self._db.reading() as orm:
            return [
                ChargeLine(row.description, row.quantity, row.unit_price, row.amount)
                for row in orm.scalars(query)
            ]

    def evidence(self, session_id: int) -> list[ToolEvidenceRecord]:
        """What the tool's history or a watcher recorded about the session, oldest first."""
        with self._db.reading() as orm:
            return [evidence_record(r) for r in ToolEvidenceRepository(orm).of_session(session_id)]

    def documents(self, session_id: int) -> list[SessionDocument]:
        """The invoices and credit notes the session has been on, as issued."""
        return self.documents_of([session_id]).get(session_id, [])

    def documents_of(self, session_ids: Iterable[int]) -> dict[int, list[SessionDocument]]:
        """The same for many sessions at once (a session on none is left out)."""
        with self._db.reading() as orm:
            return session_documents(OrmReader(orm), session_ids)
