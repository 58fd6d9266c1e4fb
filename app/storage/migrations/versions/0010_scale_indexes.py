"""scale indexes: the log's order, a customer's sessions, open sessions, an equipment's first
session, an appointment's sessions, documents by date

The log (and the history, and `session list`) is ordered by when a session started: accepted,
else opened, newest first. Without an index on that expression every page, the first included,
sorted the whole table. The customer's index now carries the same order, so one customer's page is
read in order too; the few sessions not ended (recovered at start) have a small partial index of
their own instead of one on every session's state; the equipment's index answers "was this
equipment seen before" (free minutes) and the appointment's "which session started it" without
reading every session; the technicians named on sessions are walked along an index of the names;
documents are listed by kind and date.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

START = sa.text("coalesce(accepted_at, created_at)")
OPEN = sa.text("state <> 'ended'")
BOOKED = sa.text("appointment_id IS NOT NULL")


def upgrade() -> None:
    op.create_index("ix_sessions_start_id", "sessions", [START, "id"])
    op.drop_index("ix_sessions_created_at_id", table_name="sessions")  # the log's order before
    op.create_index("ix_sessions_customer_start_id", "sessions", ["customer_id", START, "id"])
    op.drop_index("ix_sessions_customer_id", table_name="sessions")
    op.drop_index("ix_sessions_state_workstation", table_name="sessions")
    op.create_index(
        "ix_sessions_open", "sessions", ["workstation", "created_at", "id"],
        sqlite_where=OPEN, postgresql_where=OPEN,
    )  # fmt: skip
    op.create_index("ix_sessions_equipment_accepted", "sessions", ["equipment_id", "accepted_at"])
    op.create_index(
        "ix_sessions_appointment_id", "sessions", ["appointment_id"],
        sqlite_where=BOOKED, postgresql_where=BOOKED,
    )  # fmt: skip
    op.create_index("ix_sessions_technician", "sessions", ["technician"])
    op.create_index("ix_documents_kind_issued_at_id", "documents", ["kind", "issued_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_documents_kind_issued_at_id", table_name="documents")
    op.drop_index("ix_sessions_technician", table_name="sessions")
    op.drop_index("ix_sessions_appointment_id", table_name="sessions")
    op.drop_index("ix_sessions_equipment_accepted", table_name="sessions")
    op.drop_index("ix_sessions_open", table_name="sessions")
    op.create_index("ix_sessions_state_workstation", "sessions", ["state", "workstation"])
    op.create_index("ix_sessions_customer_id", "sessions", ["customer_id"])
    op.drop_index("ix_sessions_customer_start_id", table_name="sessions")
    op.create_index("ix_sessions_created_at_id", "sessions", ["created_at", "id"])
    op.drop_index("ix_sessions_start_id", table_name="sessions")
