"""How issued documents are kept (SQLite and PostgreSQL): the company's logo once however many
documents print it, each document's snapshot a fraction of its JSON, and every document, invoice,
receipt or credit note, rendered again from what is kept to the bytes it was issued with."""

from __future__ import annotations

import base64
import json
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app.core.clock import ManualClock
from app.documents.invoice_pdf import render_pdf
from app.documents.snapshot import to_json
from app.services.document_records import IssuedDocument, stored_document
from app.services.invoicing import InvoiceDesk
from app.storage.database import Database
from app.storage.document_models import DocumentAssetRow, DocumentRow
from tests.documents.test_renderer_versions import ISSUED
from tests.services.invoicing_fixtures import NOW, D, Office


def test_many_documents_keep_one_logo_and_render_again_from_a_fraction_of_their_json(
    db: Database, tmp_path: Path
) -> None:
    issued_with_logo = json.loads((ISSUED / "v1-invoice-en.json").read_text(encoding="utf-8"))
    logo = base64.b64decode(issued_with_logo["logo"])  # a PNG that was printed
    (tmp_path / "logo.png").write_bytes(logo)
    office = Office(db, ManualClock(NOW), renderer=render_pdf,
                    settings={"company.logo": str(tmp_path / "logo.png")})  # fmt: skip
    issued: list[IssuedDocument] = []
    for n in range(5):
        customer = office.customer(f"Customer {n}")
        for day in range(2, 11):  # nine sessions of 13 to 37 minutes
            office.session(customer, day, 7 + 3 * day)
        issued.append(office.desk.create(customer))
    issued.append(office.ledger.pay(issued[0].document.number, D("10"), date(2026, 11, 24), "cash"))
    issued.append(office.credits.issue(issued[1].document.number, "Goodwill", amount=D("5")).issued)

    with db.reading() as orm:
        assert orm.scalar(select(func.count()).select_from(DocumentAssetRow)) == 1
        (asset,) = orm.scalars(select(DocumentAssetRow))
        assert asset.data == logo
        for each in issued:
            row = InvoiceDesk.find(orm, each.document.number)
            assert row.logo_sha256 == asset.sha256
            assert stored_document(row) == each.document
        # Measured: a nine-session invoice's JSON (as kept before 0011) is 13 times what is
        # kept of it now (this logo is 100 bytes; with one of a few kilobytes, far more).
        invoices = [InvoiceDesk.find(orm, each.document.number) for each in issued[:5]]
        kept = sum(len(row.content) for row in invoices)
        assert sum(len(to_json(each.document).encode("utf-8")) for each in issued[:5]) > 10 * kept
        assert orm.scalar(select(func.count()).select_from(DocumentRow)) == 7
    for each in issued:
        assert office.desk.pdf(each.document.number) == each.pdf
