"""charges, policy snapshots, paid services

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Exact amounts: NUMERIC on PostgreSQL, decimal text on SQLite (whose NUMERIC is a float).
MONEY = sa.Numeric(14, 4).with_variant(sa.String(32), "sqlite")


def upgrade() -> None:
    op.create_table(
        "policy_snapshots",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("policy_id", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("first_used_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("digest", name=op.f("pk_policy_snapshots")),
    )
    op.create_table(
        "paid_services",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=True),
        sa.Column("service_date", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_paid_services_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_paid_services_equipment_id_equipment"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paid_services")),
    )
    with op.batch_alter_table("paid_services", schema=None) as batch_op:
        batch_op.create_index(
            "ix_paid_services_customer_date", ["customer_id", "service_date"], unique=False
        )

    op.create_table(
        "session_charges",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("policy_digest", sa.String(length=64), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("duration_seconds", sa.Integer(), nullable=False),
        sa.Column("free_seconds", sa.Integer(), nullable=False),
        sa.Column("billable_seconds", sa.Integer(), nullable=False),
        sa.Column("allowance_period", sa.String(length=16), nullable=False),
        sa.Column("out_of_hours", sa.Boolean(), nullable=False),
        sa.Column("allowed", sa.Boolean(), nullable=False),
        sa.Column("over_max", sa.Boolean(), nullable=False),
        sa.Column("net", MONEY, nullable=False),
        sa.Column("vat", MONEY, nullable=False),
        sa.Column("total", MONEY, nullable=False),
        sa.Column("priced_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["policy_digest"],
            ["policy_snapshots.digest"],
            name=op.f("fk_session_charges_policy_digest_policy_snapshots"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_session_charges_session_id_sessions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_session_charges")),
    )
    op.create_table(
        "session_charge_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", MONEY, nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session_charges.session_id"],
            name=op.f("fk_session_charge_lines_session_id_session_charges"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_charge_lines")),
    )
    with op.batch_alter_table("session_charge_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_charge_lines_session_id"), ["session_id"], unique=False
        )

    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("offer_amount", MONEY, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_column("offer_amount")

    with op.batch_alter_table("session_charge_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_charge_lines_session_id"))

    op.drop_table("session_charge_lines")
    op.drop_table("session_charges")
    with op.batch_alter_table("paid_services", schema=None) as batch_op:
        batch_op.drop_index("ix_paid_services_customer_date")

    op.drop_table("paid_services")
    op.drop_table("policy_snapshots")
