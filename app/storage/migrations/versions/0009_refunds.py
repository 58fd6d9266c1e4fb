"""refunds: money given back to a customer from their credit

A payment larger than what is open is kept as the customer's credit (worked out from receipts
and payments, not stored); what is given back is a fact of its own, in this table, one row per
refund, in the customer's currency. Like documents and payments, refunds are never changed or
deleted: triggers refuse it on both SQLite and PostgreSQL.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONEY = sa.Numeric(14, 4).with_variant(sa.String(32), "sqlite")
MESSAGE = "refunds cannot be changed or deleted"
FUNCTION = "assistdesk_refuse_refund_change"


def upgrade() -> None:
    op.create_table(
        "refunds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        sa.Column("refunded_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"],
            name=op.f("fk_refunds_customer_id_customers"), ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refunds")),
    )  # fmt: skip
    op.create_index("ix_refunds_customer_id", "refunds", ["customer_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"CREATE FUNCTION {FUNCTION}() RETURNS trigger AS $$ BEGIN "
            f"RAISE EXCEPTION '{MESSAGE} (%)', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER refunds_frozen BEFORE UPDATE OR DELETE ON refunds "
            f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()"
        )
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER refunds_no_{action.lower()} BEFORE {action} ON refunds "
                f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER refunds_frozen ON refunds")
        op.execute(f"DROP FUNCTION {FUNCTION}()")
    else:
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER refunds_no_{action}")
    op.drop_index("ix_refunds_customer_id", table_name="refunds")
    op.drop_table("refunds")
