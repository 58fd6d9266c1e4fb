"""Migration 0011 packs the documents issued before it: each snapshot is kept deflated without its
logo, the logo once for all the documents that print it; every document renders again to the bytes
it was issued with, documents and assets still refuse changes, and a downgrade gives back the JSON
text as it was. Both backends, with the snapshots of tests/documents/issued/."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.core.clock import ManualClock
from app.documents.invoice_pdf import render_pdf
from app.services.document_records import stored_document
from app.storage import migrate
from app.storage.database import open_database
from app.storage.document_models import DocumentAssetRow, DocumentRow
from app.storage.engine import create_engine_for
from tests.documents.test_renderer_versions import ISSUED, SUMS
from tests.storage.test_migrations import create_at

AT = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
NAMES = sorted(SUMS)  # v1 and v2 invoices, receipts, statements and a credit note
WITH_LOGO = ("v1-invoice-en", "v1-receipt-en")  # the same logo on both


def issued_at_0010(db_url: str) -> dict[str, str]:
    """A database at 0010 holding every issued snapshot as that version stored it (the JSON
    text, the logo in it), numbered T 2026/0001 onwards in NAMES order; the texts by name."""
    texts = {n: (ISSUED / f"{n}.json").read_text(encoding="utf-8").rstrip("\n") for n in NAMES}
    engine = create_at(db_url, "0010")
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO customers (id, name, email, phone, address, vat_id, policy_id, "
                 "created_at) VALUES (1, 'Rui Fernandes Lda.', '', '', '', '', '', :at)"),
            {"at": AT},
        )  # fmt: skip
        for seq, name in enumerate(NAMES, 1):
            conn.execute(
                text("INSERT INTO documents (id, kind, series, year, seq, number, customer_id, "
                     "issued_at, currency, net, vat_total, total, content, pdf_sha256) VALUES "
                     "(:id, 'invoice', 'T', 2026, :id, :number, 1, :at, 'EUR', '1', '0', '1', "
                     ":content, :sha)"),
                {"id": seq, "number": f"T 2026/{seq:04d}", "at": AT, "content": texts[name],
                 "sha": SUMS[name]},
            )  # fmt: skip
    engine.dispose()
    return texts


def downgrade(db_url: str, revision: str) -> None:
    engine = create_engine_for(db_url)
    config = migrate.alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def test_documents_issued_before_0011_are_packed_and_render_to_the_same_bytes(
    db_url: str, clock: ManualClock
) -> None:
    texts = issued_at_0010(db_url)
    db, report = open_database(db_url, clock=clock)
    try:
        assert report.from_revision == "0010"
        with db.reading() as orm:
            rows = {n: orm.get_one(DocumentRow, i) for i, n in enumerate(NAMES, 1)}
            for name, row in rows.items():
                document = stored_document(row)
                assert hashlib.sha256(render_pdf(document)).hexdigest() == row.pdf_sha256
                assert row.pdf_sha256 == SUMS[name]
            # one logo, kept once, named by both documents that print it
            assets = orm.scalars(select(DocumentAssetRow)).all()
            assert [a.sha256 for a in assets] == [rows[WITH_LOGO[0]].logo_sha256]
            assert {rows[n].logo_sha256 for n in WITH_LOGO} == {assets[0].sha256}
            assert all(rows[n].logo_sha256 is None for n in NAMES if n not in WITH_LOGO)
            assert assets[0].sha256 == hashlib.sha256(assets[0].data).hexdigest()
            # Measured: each is kept in 1/6 (a one-line credit note) to 1/23 of its JSON text,
            # all nine together in 1/13.6 (three of them lent the dictionary its samples).
            packed = {n: len(rows[n].content) for n in NAMES}
            plain = {n: len(texts[n].encode("utf-8")) for n in NAMES}
        assert min(plain[n] / packed[n] for n in NAMES) > 5
        assert sum(plain.values()) / sum(packed.values()) > 12
        for statement, words in (
            ("UPDATE documents SET pdf_sha256 = ''", "cannot be changed"),
            ("DELETE FROM documents WHERE id = 1", "cannot be changed"),
            ("UPDATE document_assets SET data = data", "assets cannot be changed"),
            ("DELETE FROM document_assets", "assets cannot be changed"),
        ):
            with pytest.raises(DBAPIError, match=words), db.engine.begin() as conn:
                conn.execute(text(statement))
    finally:
        db.dispose()

    downgrade(db_url, "0010")
    engine = create_engine_for(db_url)
    try:
        with engine.connect() as conn:
            back = {r[0]: r[1] for r in conn.execute(text("SELECT id, content FROM documents"))}
            tables = conn.execute(text("SELECT * FROM documents")).keys()
        with pytest.raises(DBAPIError, match="cannot be changed"), engine.begin() as conn:
            conn.execute(text("UPDATE documents SET content = '{}'"))
    finally:
        engine.dispose()
    assert {n: back[i] for i, n in enumerate(NAMES, 1)} == texts  # the JSON text as it was
    assert "logo_sha256" not in tables
    assert all("logo" in json.loads(t) for t in back.values())
