"""customer archive: when a customer was archived (hidden from the desk's search, kept with all
their history); NULL for a customer in use, as every customer was before this revision

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

import sqlite3
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("customers", sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    # SQLite 3.35 and newer drop a plain column in place: rebuilding the table would drop the
    # customers that sessions and documents refer to, which their foreign keys refuse. An older
    # SQLite can only rebuild it (possible while no row refers to a customer).
    if op.get_bind().dialect.name != "sqlite" or sqlite3.sqlite_version_info >= (3, 35):
        op.execute("ALTER TABLE customers DROP COLUMN archived_at")
        return
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("archived_at")
