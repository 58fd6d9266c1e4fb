"""The scale benchmark's bulk builder writes what the program writes (SQLite and PostgreSQL): a
tiny database built by it is read back through the program's services, and a twin of it whose
sessions were priced by SessionCharger and invoiced by InvoiceDesk holds the same rows."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.core.clock import ManualClock
from app.core.records import SessionFilter
from app.core.session_events import EventKind
from app.documents.invoice_pdf import render_pdf
from app.documents.snapshot import unpack
from app.paths import AppPaths
from app.services.charging import SessionCharger
from app.services.invoicing import InvoiceDesk
from app.services.policies import PolicyCatalogue
from app.services.sessions import SessionService
from app.storage.database import Database, open_database
from app.storage.models import Base, SessionRow
from app.storage.repositories import SessionRepository
from benchmarks import scale_plan as plan
from benchmarks.scale_build import build
from benchmarks.scale_invoices import issue_time, settings, stand_in_pdf
from benchmarks.scale_rows import values
from tests.databases import MigratedTemplates

SHAPE = plan.Shape(seed=7, sessions=72, customers=3)  # about one session a month
LATER = datetime(2026, 12, 3, 9, tzinfo=UTC)


@pytest.fixture
def twin_url(
    db_url: str, tmp_path: Path, request: pytest.FixtureRequest, templates: MigratedTemplates
) -> Iterator[str]:
    """A second database on the same backend as `db_url`, at the schema's head, empty."""
    if db_url.startswith("sqlite"):
        yield templates.fill(f"sqlite:///{tmp_path / 'twin.sqlite3'}")
        return
    import psycopg

    server = str(request.getfixturevalue("postgres_server"))
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield templates.fill(db_url.split("-csearch_path%3D")[0] + f"-csearch_path%3D{schema}")
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def rows_of(db: Database, name: str, skip: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    table = Base.metadata.tables[name]
    keys = [c.key for c in table.columns if c.key not in skip]
    with db.reading() as orm:
        found = orm.execute(select(table).order_by(*table.primary_key.columns)).mappings()
        return [{k: row[k] for k in keys} for row in found]


def test_the_builder_writes_what_pricing_and_invoicing_write(
    migrated_url: str, twin_url: str, tmp_path: Path
) -> None:
    build(migrated_url, SHAPE, say=lambda _line: None)
    build(twin_url, SHAPE, say=lambda _line: None, charges=False)
    built, _ = open_database(migrated_url)
    twin, _ = open_database(twin_url)
    try:
        clock = ManualClock(LATER)
        catalogue = PolicyCatalogue(AppPaths.under(tmp_path))
        # The twin's sessions priced as `assistdesk session price` does.
        run = SessionCharger(catalogue.resolve).price_pending(twin, LATER)
        assert (run.priced, run.unpriced) == (SHAPE.sessions, 0)
        # ... and invoiced month by month as "Create invoices for a period" does.
        desk = InvoiceDesk(twin, clock, settings(), lambda doc: stand_in_pdf(doc.number))
        for _first, following in plan.months()[:-1]:
            clock.set(issue_time(following))
            for draft in desk.customers_to_invoice(following - timedelta(days=1)):
                desk.create(draft.customer_id, until=following - timedelta(days=1))
        for name, skip in (
            ("sessions", ()), ("session_events", ()), ("policy_snapshots", ("first_used_at",)),
            ("session_charges", ("priced_at",)), ("session_charge_lines", ("id",)),
            ("documents", ()), ("document_lines", ()), ("series_counters", ()),
        ):  # fmt: skip
            assert rows_of(built, name, skip) == rows_of(twin, name, skip), name
        assert len(rows_of(built, "documents")) > 3
        # The last month is left to invoice.
        last = plan.months()[-1][0]
        waiting = {s.id for s in SessionService(built, clock).list(SessionFilter(
            since=datetime(last.year, last.month, 1, tzinfo=UTC)))}  # fmt: skip
        assert waiting
        drafts = InvoiceDesk(built, clock, settings(), lambda d: b"").customers_to_invoice()
        assert {i for d in drafts for i in d.session_ids} == waiting
    finally:
        built.dispose()
        twin.dispose()


def test_sessions_and_invoices_read_back_through_the_program(migrated_url: str) -> None:
    build(migrated_url, SHAPE, say=lambda _line: None)
    db, _ = open_database(migrated_url)
    try:
        service = SessionService(db, ManualClock(LATER))
        records = service.list()
        assert [r.id for r in records] == list(range(1, SHAPE.sessions + 1))
        for record in records:
            detail = service.get(record.id)
            kinds = [e.kind for e in detail.session.events]
            assert kinds == [EventKind.CREATED, EventKind.ACCEPTED, EventKind.ENDED]
            assert detail.session.timeline.accepted_at == record.accepted_at
        with db.reading() as orm:  # each row's summary is what its events make
            for row in orm.scalars(select(SessionRow)):
                before = values(row, "sessions")
                SessionRepository.sync(row, SessionRepository(orm).load(row))
                assert values(row, "sessions") == before
        stand_in = InvoiceDesk(db, ManualClock(LATER), settings(), lambda d: stand_in_pdf(d.number))
        documents = rows_of(db, "documents")
        for document in documents:
            printed = unpack(document["content"], None)  # no logo in these documents
            assert (printed.number, printed.totals.total) == (document["number"], document["total"])
            pdf = stand_in.pdf(document["number"])
            assert hashlib.sha256(pdf).hexdigest() == document["pdf_sha256"]
        desk = InvoiceDesk(db, ManualClock(LATER), settings(), render_pdf)
        assert desk.pdf(documents[-1]["number"]).startswith(b"%PDF")
    finally:
        db.dispose()
