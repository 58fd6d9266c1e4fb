"""documents: invoices, statements, receipts and credit notes, series counters, payments

Issued documents, their lines and payments cannot be updated or deleted: triggers refuse it on
both SQLite and PostgreSQL, whatever program writes to the database.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONEY = sa.Numeric(14, 4).with_variant(sa.String(32), "sqlite")
FROZEN = ("documents", "document_lines", "payments")
MESSAGE = "issued documents and payments cannot be changed; issue a credit note instead"


def upgrade() -> None:
    op.create_table(
        "series_counters",
        sa.Column("series", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series", "year", name=op.f("pk_series_counters")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("series", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("net", MONEY, nullable=False),
        sa.Column("vat_total", MONEY, nullable=False),
        sa.Column("total", MONEY, nullable=False),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["corrects_id"], ["documents.id"],
            name=op.f("fk_documents_corrects_id_documents"), ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"],
            name=op.f("fk_documents_customer_id_customers"), ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("number", name=op.f("uq_documents_number")),
        sa.UniqueConstraint("series", "year", "seq", name="uq_documents_series_year_seq"),
    )  # fmt: skip
    op.create_index("ix_documents_customer_id", "documents", ["customer_id"])
    op.create_table(
        "document_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("quantity", MONEY, nullable=False),
        sa.Column("unit_price", MONEY, nullable=False),
        sa.Column("net", MONEY, nullable=False),
        sa.Column("vat_percent", MONEY, nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"],
            name=op.f("fk_document_lines_document_id_documents"), ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"],
            name=op.f("fk_document_lines_session_id_sessions"), ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_lines")),
        sa.UniqueConstraint("document_id", "seq", name="uq_document_lines_document_seq"),
        sa.UniqueConstraint("session_id", name="uq_document_lines_session_id"),
    )  # fmt: skip
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        sa.Column("receipt_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["documents.id"],
            name=op.f("fk_payments_invoice_id_documents"), ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"], ["documents.id"],
            name=op.f("fk_payments_receipt_id_documents"), ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )  # fmt: skip
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION assistdesk_refuse_change() RETURNS trigger AS $$ BEGIN "
            f"RAISE EXCEPTION '{MESSAGE} (%)', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql"
        )
        for table in FROZEN:
            op.execute(
                f"CREATE TRIGGER {table}_frozen BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION assistdesk_refuse_change()"
            )
    else:
        for table in FROZEN:
            for action in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
                )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in FROZEN:
            op.execute(f"DROP TRIGGER {table}_frozen ON {table}")
        op.execute("DROP FUNCTION assistdesk_refuse_change()")
    else:
        for table in FROZEN:
            for action in ("update", "delete"):
                op.execute(f"DROP TRIGGER {table}_no_{action}")
    op.drop_table("payments")
    op.drop_table("document_lines")
    op.drop_index("ix_documents_customer_id", table_name="documents")
    op.drop_table("documents")
    op.drop_table("series_counters")
