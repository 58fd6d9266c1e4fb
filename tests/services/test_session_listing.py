"""`session list` reads plain rows (app.services.session_listing) rather than session records:
what it prints must stay what the records made, for every kind of session and every filter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.commands.records import listed_json, session_json
from app.core.clock import ManualClock
from app.core.records import SessionFilter
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome
from app.services.session_documents import session_documents
from app.services.session_listing import SessionListing
from app.storage.database import Database
from app.storage.direct import OrmReader
from tests.services.invoicing_fixtures import NOW, Office


@pytest.fixture
def office(db: Database) -> Office:
    return Office(db, ManualClock(NOW))


def test_listed_sessions_print_as_their_records_do(db: Database, office: Office) -> None:
    ana, bert = office.customer("Ana"), office.customer("Bert", policy="phonetex")
    first = office.session(ana, 10, 12)
    office.session(ana, 11, 40, Outcome.UNRESOLVED)
    office.session(bert, 11, 20)
    start = datetime(2026, 11, 12, 8, tzinfo=UTC)
    office.sessions.record_past(
        bert, start, start + timedelta(minutes=9), Outcome.CANCELLED, "no show", "Laptop",
        RemoteTool.ANYDESK, "123 456 789", technician="Eva",
    )  # fmt: skip
    office.sessions.open(ana, technician="Eva")  # running: no price, no end
    invoice = office.desk.create(ana, session_ids=[first]).document
    office.credits.issue(invoice.number, "Test call")
    office.session(ana, 13, 12)

    listing = SessionListing(db)
    filters = [
        SessionFilter(), SessionFilter(customer_id=bert), SessionFilter(technician=" eva "),
        SessionFilter(since=datetime(2026, 11, 11, tzinfo=UTC),
                      until=datetime(2026, 11, 13, tzinfo=UTC)),
        SessionFilter(newest_first=True, outcome=Outcome.RESOLVED),
    ]  # fmt: skip
    for flt in filters:
        rows, documents = listing.sessions(flt, with_documents=True)
        records = office.sessions.list(flt)
        with db.reading() as orm:
            expected = session_documents(OrmReader(orm), [r.id for r in records])
        assert documents == expected
        assert [listed_json(r, documents.get(r.id, ())) for r in rows] == [
            session_json(r, expected.get(r.id, ())) for r in records
        ]
    rows, documents = listing.sessions(SessionFilter())
    assert len(rows) == 6
    assert documents == {}
