"""session releases: credit notes credit chosen lines and release their sessions to bill again

Until now a unique constraint on document_lines.session_id kept a session on one invoice for
ever. Now each invoice line that carries a session has a billing round (1 for every line issued
before), unique per session; a credit note that credits the line writes a row in
session_releases for that session and round. A session can be invoiced when every round it was
billed in has been released, in round releases + 1, so two workstations invoicing it at once
still collide on the unique constraint. Releases, like documents, are never changed or deleted.

A credit note's line names the invoice line it credits (credited_line_id). Credit notes issued
before this revision name none and released nothing: their sessions stay on their invoice.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "issued documents and payments cannot be changed; issue a credit note instead"
RELEASE_MESSAGE = "session releases cannot be changed; invoice the session again instead"
FUNCTIONS = {"session_releases": "assistdesk_refuse_release_change"}
ROUND_RULE = (
    "(session_id IS NULL AND billing_round IS NULL) "
    "OR (session_id IS NOT NULL AND billing_round IS NOT NULL AND billing_round >= 1)"
)


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    _unfreeze("document_lines", postgres)  # only while the lines get their round
    op.add_column("document_lines", sa.Column("billing_round", sa.Integer(), nullable=True))
    op.add_column("document_lines", sa.Column("credited_line_id", sa.Integer(), nullable=True))
    op.execute("UPDATE document_lines SET billing_round = 1 WHERE session_id IS NOT NULL")
    with op.batch_alter_table("document_lines") as batch:  # SQLite rebuilds the table
        batch.drop_constraint("uq_document_lines_session_id", type_="unique")
        batch.create_unique_constraint(
            "uq_document_lines_session_round", ["session_id", "billing_round"]
        )
        batch.create_check_constraint("session_round", ROUND_RULE)
        batch.create_check_constraint(
            "credit_line_no_session", "credited_line_id IS NULL OR session_id IS NULL"
        )
        batch.create_foreign_key(
            "fk_document_lines_credited_line_id_document_lines", "document_lines",
            ["credited_line_id"], ["id"], ondelete="RESTRICT",
        )  # fmt: skip
        batch.create_index("ix_document_lines_credited_line_id", ["credited_line_id"])
    _freeze("document_lines", postgres, MESSAGE)
    op.create_table(
        "session_releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("billing_round", sa.Integer(), nullable=False),
        sa.Column("credit_note_id", sa.Integer(), nullable=False),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id", "billing_round"],
            ["document_lines.session_id", "document_lines.billing_round"],
            name="fk_session_releases_session_id_document_lines", ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["credit_note_id"], ["documents.id"],
            name="fk_session_releases_credit_note_id_documents", ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_session_releases"),
        sa.UniqueConstraint(
            "session_id", "billing_round", name="uq_session_releases_session_round"
        ),
    )  # fmt: skip
    _freeze("session_releases", postgres, RELEASE_MESSAGE)


def downgrade() -> None:
    """Possible only while no session was invoiced a second time."""
    postgres = op.get_bind().dialect.name == "postgresql"
    rebilled = op.get_bind().scalar(
        sa.text("SELECT COUNT(*) FROM document_lines WHERE billing_round > 1")
    )
    if rebilled:
        raise RuntimeError("sessions were invoiced again after a credit note; cannot downgrade")
    _unfreeze("session_releases", postgres)
    op.drop_table("session_releases")
    _unfreeze("document_lines", postgres)
    with op.batch_alter_table("document_lines") as batch:
        batch.drop_index("ix_document_lines_credited_line_id")
        batch.drop_constraint("fk_document_lines_credited_line_id_document_lines", "foreignkey")
        batch.drop_constraint("ck_document_lines_credit_line_no_session", type_="check")
        batch.drop_constraint("ck_document_lines_session_round", type_="check")
        batch.drop_constraint("uq_document_lines_session_round", type_="unique")
        batch.create_unique_constraint("uq_document_lines_session_id", ["session_id"])
        batch.drop_column("credited_line_id")
        batch.drop_column("billing_round")
    _freeze("document_lines", postgres, MESSAGE)


def _freeze(table: str, postgres: bool, message: str) -> None:
    """UPDATE and DELETE refused on `table`, as 0005 does for the documents' tables. On
    PostgreSQL, 0005's function says the documents' sentence; releases get their own."""
    if postgres:
        function = FUNCTIONS.get(table, "assistdesk_refuse_change")
        if table in FUNCTIONS:
            op.execute(
                f"CREATE FUNCTION {function}() RETURNS trigger AS $$ BEGIN "
                f"RAISE EXCEPTION '{message} (%)', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql"
            )
        op.execute(
            f"CREATE TRIGGER {table}_frozen BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
        return
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )


def _unfreeze(table: str, postgres: bool) -> None:
    if postgres:
        op.execute(f"DROP TRIGGER {table}_frozen ON {table}")
        if table in FUNCTIONS:
            op.execute(f"DROP FUNCTION {FUNCTIONS[table]}()")
        return
    for action in ("update", "delete"):
        op.execute(f"DROP TRIGGER {table}_no_{action}")
