"""integer instants on SQLite: every stored time as whole microseconds since 1970 UTC

SQLite has no time type; AssistDesk kept each instant as the UTC wall time in 26 characters of
text ("2026-11-24 09:00:00.000000"). On a log of a million sessions that was about a third of the
file. Each is now the integer number of microseconds since 1970-01-01 00:00 UTC (8 bytes or
fewer), read back to the same aware instant, ordered and compared as before
(app.storage.instants). The columns keep their declared type; only the values change form, to the
microsecond, and the times themselves are the same. Rows of issued documents, payments, refunds
and releases are refused any UPDATE by triggers: those are lifted for the conversion and put back
exactly as they were (their stored SQL). PostgreSQL keeps `timestamptz`: nothing changes there.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every time column as of revision 0011, by table.
INSTANTS: dict[str, tuple[str, ...]] = {
    "customers": ("created_at",),
    "policy_snapshots": ("first_used_at",),
    "documents": ("issued_at",),
    "refunds": ("recorded_at",),
    "appointments": ("scheduled_at", "created_at", "status_changed_at"),
    "paid_services": ("created_at",),
    "payments": ("recorded_at",),
    "sessions": ("created_at", "accepted_at", "ended_at"),
    "outbox": ("due_at", "created_at", "attempted_at", "sent_at"),
    "session_charges": ("priced_at",),
    "session_events": ("at", "recorded_at"),
    "tool_evidence": ("started_at", "ended_at", "recorded_at"),
    "session_releases": ("released_at",),
}
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# "YYYY-MM-DD HH:MM:SS.ffffff", as SQLAlchemy wrote every one: converted by SQLite itself.
_WRITTEN = "length({c}) = 26 AND substr({c}, 11, 1) = ' ' AND substr({c}, 20, 1) = '.'"
_FROM_WRITTEN = (
    "CAST(strftime('%s', substr({c}, 1, 19)) AS INTEGER) * 1000000 "
    "+ CAST(substr({c}, 21, 6) AS INTEGER)"
)


def _micros(text: str) -> int:
    """Any other ISO text (written by hand or by another tool): read as UTC unless it says."""
    instant = datetime.fromisoformat(text)
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    delta = instant - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    bind.connection.driver_connection.create_function(  # type: ignore[union-attr]
        "assistdesk_micros", 1, _micros, deterministic=True
    )
    for table, columns in INSTANTS.items():
        assignments = ", ".join(
            f"{c} = CASE WHEN typeof({c}) <> 'text' THEN {c} "
            f"WHEN {_WRITTEN.format(c=c)} THEN {_FROM_WRITTEN.format(c=c)} "
            f"ELSE assistdesk_micros({c}) END"
            for c in columns
        )
        _rewrite(bind, table, assignments, " OR ".join(f"typeof({c}) = 'text'" for c in columns))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for table, columns in INSTANTS.items():
        assignments = ", ".join(
            f"{c} = strftime('%Y-%m-%d %H:%M:%S', {c} / 1000000, 'unixepoch') || '.' "
            f"|| substr('000000' || ({c} % 1000000), -6, 6)"
            for c in columns
        )
        _rewrite(bind, table, assignments, " OR ".join(f"typeof({c}) = 'integer'" for c in columns))


def _rewrite(bind: sa.Connection, table: str, assignments: str, where: str) -> None:
    """UPDATE `table` with its triggers that refuse updates lifted, then put back as stored."""
    refusals = bind.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
        "AND upper(sql) LIKE '%BEFORE UPDATE%'",
        (table,),
    ).fetchall()
    for name, _sql in refusals:
        op.execute(f'DROP TRIGGER "{name}"')
    op.execute(f"UPDATE {table} SET {assignments} WHERE {where}")  # noqa: S608 - our names
    for _name, sql in refusals:
        op.execute(sql)
