"""packed documents: a document's snapshot deflated, its logo kept once

documents.content held the printed document as JSON text, the company's logo in it as base64: on
a large office database most of the file was these snapshots, every one carrying the same logo.
Now the logo is kept once in document_assets, by its SHA-256, which documents.logo_sha256 names;
content is the same JSON without the logo, written compactly and deflated (zlib, with the preset
dictionary of app.documents.snapshot_dictionary), as app.documents.snapshot.pack writes it. What
a document says is unchanged, so it renders to the same bytes. Assets, like documents, are never
changed or deleted: triggers refuse it. The rows are rewritten here with the documents' triggers
lifted, and the triggers put back as they were.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

import base64
import hashlib
import json
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from app.documents.snapshot import deflate, inflate

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "issued documents and payments cannot be changed; issue a credit note instead"
ASSET_MESSAGE = "document assets cannot be changed or deleted"
ASSET_FUNCTION = "assistdesk_refuse_asset_change"
BATCH = 500  # documents read and rewritten at a time, so memory stays small on any database


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    op.create_table(
        "document_assets",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_document_assets")),
    )
    _freeze_assets(postgres)
    _add(postgres, "packed", "BLOB", "bytea", "x''")
    if postgres:
        op.add_column("documents", sa.Column("logo_sha256", sa.String(length=64), nullable=True))
        op.create_foreign_key(
            "fk_documents_logo_sha256_document_assets", "documents", "document_assets",
            ["logo_sha256"], ["sha256"],
        )  # fmt: skip
    else:  # SQLite adds a column with its reference in place, without rebuilding the table
        # (it reflects no ON DELETE there, so none is given: assets are never deleted anyway)
        op.execute(
            "ALTER TABLE documents ADD COLUMN logo_sha256 VARCHAR(64) "
            "CONSTRAINT fk_documents_logo_sha256_document_assets "
            "REFERENCES document_assets (sha256)"
        )
    _unfreeze_documents(postgres)
    assets: set[str] = set()
    for rows in _batches(bind, "content"):
        changes = []
        for id_, text in rows:
            data: dict[str, Any] = json.loads(text)
            logo = data.pop("logo", None)
            digest = None
            if logo:
                raw = base64.b64decode(logo)
                digest = hashlib.sha256(raw).hexdigest()
                if digest not in assets:
                    bind.execute(
                        sa.text("INSERT INTO document_assets (sha256, data) VALUES (:d, :b)"),
                        {"d": digest, "b": raw},
                    )
                    assets.add(digest)
            compact = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            packed = deflate(compact.encode("utf-8"))
            changes.append({"id": id_, "packed": packed, "logo": digest})
        bind.execute(
            sa.text("UPDATE documents SET packed = :packed, logo_sha256 = :logo WHERE id = :id"),
            changes,
        )
    _freeze_documents(postgres)
    _replace("packed", postgres)


def downgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    _add(postgres, "plain", "TEXT", "text", "''")
    _unfreeze_documents(postgres)
    logos: dict[str, str] = {}
    for rows in _batches(bind, "content", "logo_sha256"):
        changes = []
        for id_, packed, digest in rows:
            data = json.loads(inflate(packed).decode("utf-8"))
            if digest is not None and digest not in logos:
                raw = bind.scalar(
                    sa.text("SELECT data FROM document_assets WHERE sha256 = :d"), {"d": digest}
                )
                logos[digest] = base64.b64encode(raw).decode("ascii")
            data["logo"] = logos[digest] if digest is not None else None
            text = json.dumps(data, ensure_ascii=False, sort_keys=True)  # as 0005 to 0010 wrote it
            changes.append({"id": id_, "plain": text})
        bind.execute(sa.text("UPDATE documents SET plain = :plain WHERE id = :id"), changes)
    _freeze_documents(postgres)
    if postgres:
        op.drop_constraint("fk_documents_logo_sha256_document_assets", "documents")
    op.execute("ALTER TABLE documents DROP COLUMN logo_sha256")
    _replace("plain", postgres)
    _unfreeze_assets(postgres)
    op.drop_table("document_assets")


def _batches(bind: sa.Connection, *columns: str) -> Iterator[list[tuple[Any, ...]]]:
    """Every document's id and `columns`, BATCH at a time in id order."""
    table = sa.table("documents", sa.column("id"), *(sa.column(c) for c in columns))
    query = sa.select(table.c.id, *(table.c[c] for c in columns)).order_by(table.c.id)
    last = 0
    while True:
        rows = bind.execute(query.where(table.c.id > last).limit(BATCH)).all()
        if not rows:
            return
        yield [tuple(row) for row in rows]
        last = rows[-1][0]


def _add(postgres: bool, name: str, sqlite_type: str, postgres_type: str, empty: str) -> None:
    """A new column for the rewritten content; NOT NULL once filled. SQLite cannot add a NOT NULL
    column without a default, nor change one later without rebuilding the table (which its
    foreign keys forbid here), so there the column is NOT NULL with an empty default."""
    if postgres:
        op.execute(f"ALTER TABLE documents ADD COLUMN {name} {postgres_type}")
    else:
        op.execute(
            f"ALTER TABLE documents ADD COLUMN {name} {sqlite_type} NOT NULL DEFAULT {empty}"
        )


def _replace(name: str, postgres: bool) -> None:
    """The filled column `name` takes the place of content."""
    if postgres:
        op.execute(f"ALTER TABLE documents ALTER COLUMN {name} SET NOT NULL")
    op.execute("ALTER TABLE documents DROP COLUMN content")
    op.execute(f"ALTER TABLE documents RENAME COLUMN {name} TO content")


def _freeze_documents(postgres: bool) -> None:
    """UPDATE and DELETE refused on documents again, exactly as 0005 made them."""
    if postgres:
        op.execute(
            "CREATE TRIGGER documents_frozen BEFORE UPDATE OR DELETE ON documents "
            "FOR EACH ROW EXECUTE FUNCTION assistdesk_refuse_change()"
        )
        return
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER documents_no_{action.lower()} BEFORE {action} ON documents "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )


def _unfreeze_documents(postgres: bool) -> None:
    if postgres:
        op.execute("DROP TRIGGER documents_frozen ON documents")
        return
    for action in ("update", "delete"):
        op.execute(f"DROP TRIGGER documents_no_{action}")


def _freeze_assets(postgres: bool) -> None:
    if postgres:
        op.execute(
            f"CREATE FUNCTION {ASSET_FUNCTION}() RETURNS trigger AS $$ BEGIN "
            f"RAISE EXCEPTION '{ASSET_MESSAGE} (%)', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER document_assets_frozen BEFORE UPDATE OR DELETE ON document_assets "
            f"FOR EACH ROW EXECUTE FUNCTION {ASSET_FUNCTION}()"
        )
        return
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER document_assets_no_{action.lower()} BEFORE {action} "
            f"ON document_assets BEGIN SELECT RAISE(ABORT, '{ASSET_MESSAGE}'); END"
        )


def _unfreeze_assets(postgres: bool) -> None:
    if postgres:
        op.execute("DROP TRIGGER document_assets_frozen ON document_assets")
        op.execute(f"DROP FUNCTION {ASSET_FUNCTION}()")
        return
    for action in ("update", "delete"):
        op.execute(f"DROP TRIGGER document_assets_no_{action}")
