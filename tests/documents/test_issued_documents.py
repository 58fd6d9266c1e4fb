"""Documents issued through the services (SQLite and PostgreSQL): new ones carry the renderer
version of the day and are drawn by it, with the words the services wrote read back in the
document's language; an invoice issued under version 1 keeps its bytes, while the receipt and the
credit note issued for it now are drawn by version 2."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.core.clock import ManualClock
from app.core.invoice_document import RENDERER_VERSION, PrintedDocument
from app.core.remote_tool import RemoteTool
from app.documents.invoice_pdf import render_pdf
from app.documents.snapshot import from_json, pack
from app.services.document_records import stored_document
from app.services.invoicing import document_row
from app.storage.database import Database
from app.storage.document_models import DocumentRow
from tests.documents.pdf_reading import one_line, text_of
from tests.services.invoicing_fixtures import NOW, D, Office

ISSUED = Path(__file__).with_name("issued")


def stored(db: Database, number: str) -> tuple[PrintedDocument, str]:
    with db.reading() as orm:
        row = orm.scalars(select(DocumentRow).where(DocumentRow.number == number)).one()
        return stored_document(row), row.pdf_sha256


def test_an_invoice_issued_now_is_drawn_by_today_s_renderer_in_its_words(db: Database) -> None:
    office = Office(db, ManualClock(NOW), renderer=render_pdf,
                    settings={"documents.language": "pt"})  # fmt: skip
    bert = office.customer("Bert")
    start = NOW.replace(day=17, hour=9, minute=0)
    office.sessions.record_past(bert, start, start.replace(minute=17), tool=RemoteTool.IPERIUS,
                                remote_id="123 456 789")  # fmt: skip
    issued = office.desk.create(bert)
    content, sha = stored(db, issued.document.number)
    assert content.renderer_version == RENDERER_VERSION == 2
    assert sha == hashlib.sha256(issued.pdf).hexdigest()
    assert office.desk.pdf(issued.document.number) == issued.pdf
    text = one_line(text_of(issued.pdf))
    # page-computers: 10.00 for the first 10 minutes, 5.00 per further 5 minutes (two blocks for
    # the 7 minutes after them): 10.00 + 2 × 5.00 = 20.00 incl. 21 % VAT; 20.00 / 1.21 = 16.53 net.
    for expected in ("Assistência remota 17/11/2026, 10:00–10:17 (00:17:00, Iperius Remote)",
                     "Primeiros 10 minutos × 1: 10,00 €",
                     "Bloco adicional de 5 minutos × 2: 10,00 €", "Iperius Remote", "Resolvido",
                     "24/11/2026", "08/12/2026", "14 dias", "16,53 €", "20,00 €"):  # fmt: skip
        assert expected in text, expected
    assert "2026-11-17" not in text
    in_dutch = one_line(text_of(office.desk.pdf(issued.document.number, "nl")))
    assert "Hulp op afstand 17 nov 2026, 10:00–10:17" in in_dutch
    assert "Eerste 10 minuten × 1: € 10,00" in in_dutch


def test_what_is_issued_for_a_version_1_invoice_is_drawn_by_version_2(db: Database) -> None:
    """The v1 statement (issued before versions were kept; its stored JSON and PDF hash as they
    were) is paid in part and credited: the receipt and the credit note are today's documents."""
    settings: dict[str, object] = {"documents.language": "pt", "documents.type": "statement"}
    office = Office(db, ManualClock(NOW), renderer=render_pdf, settings=settings)
    rui = office.customer("Rui Fernandes Lda.")
    text = (ISSUED / "v1-statement-pt.json").read_text(encoding="utf-8")
    (sha,) = [line.split()[0] for line in (ISSUED / "SHA256SUMS").read_text().splitlines()
              if line.endswith("  v1-statement-pt.pdf")]  # fmt: skip
    old = from_json(text)
    lines = tuple(replace(line, session_id=None) for line in old.totals.lines)
    with db.transaction() as orm:
        row = document_row(orm, replace(old, totals=replace(old.totals, lines=lines)), rui,
                           "FT", 2026, 1, b"")  # fmt: skip
        row.content, row.pdf_sha256 = pack(old), sha  # as version 1 stored it (packed by 0011)
        orm.add(row)
    assert hashlib.sha256(office.desk.pdf(old.number)).hexdigest() == sha
    # 10.00 of the statement's 40.50 received
    receipt = office.ledger.pay(old.number, D("10.00"), date(2026, 11, 23), "transfer")
    note = office.credits.issue(old.number, "Serviço faturado por engano").issued
    # (until receipts keep their settlements, a receipt names the invoice it was issued for)
    for issued, words in ((receipt, "Valor recebido 10,00 €"), (receipt, "FT 2026/0001 10,00 €"),
                          (note, "Nota de crédito")):  # fmt: skip
        content, stored_sha = stored(db, issued.document.number)
        assert content.renderer_version == 2
        assert stored_sha == hashlib.sha256(render_pdf(content)).hexdigest()
        assert words in one_line(text_of(issued.pdf))
