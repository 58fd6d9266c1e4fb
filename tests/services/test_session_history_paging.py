"""Reading the session log a page at a time, each page the sessions after the last one read (as
the history window scrolls): every session comes exactly once and in order, across page
boundaries that fall between sessions started at the same instant, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.clock import ManualClock
from app.core.records import SessionFilter, SessionRecord
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome
from app.storage.database import Database
from tests.services.invoicing_fixtures import Office

NINE = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def office(db: Database, clock: ManualClock) -> Office:
    return Office(db, clock)


@pytest.fixture
def customers(office: Office) -> list[int]:
    """Three customers with 7 sessions each: four of them accepted at 09:00 on the 20th (the same
    instant for every customer), the others an hour apart; one opened at 09:00 and never
    accepted, which starts when it was opened."""
    ids = [office.customer(name) for name in ("Ana Silva", "Bruno Costa", "Carla Reis")]
    for customer in ids:
        for n in range(6):
            start = NINE if n < 4 else NINE + timedelta(hours=n)
            office.sessions.record_past(
                customer, start, start + timedelta(minutes=15 + n),
                Outcome.UNRESOLVED if n == 5 else Outcome.RESOLVED, tool=RemoteTool.ANYDESK,
            )  # fmt: skip
    office.clock.set(NINE)
    for customer in ids:
        office.sessions.open(customer)
    return ids


def read_in_pages(office: Office, flt: SessionFilter, size: int) -> list[SessionRecord]:
    rows: list[SessionRecord] = []
    while True:
        page = office.sessions.list(flt, limit=size, after=rows[-1] if rows else None)
        rows.extend(page)
        if len(page) < size:
            return rows


def start_and_id(record: SessionRecord) -> tuple[datetime, int]:
    return (record.accepted_at or record.created_at, record.id)


@pytest.mark.parametrize("newest_first", [True, False])
@pytest.mark.parametrize("size", [1, 4, 5, 7, 21])
def test_pages_read_on_from_the_last_row_give_every_session_once_in_order(
    office: Office, customers: list[int], newest_first: bool, size: int
) -> None:
    flt = SessionFilter(newest_first=newest_first)
    whole = office.sessions.list(flt)
    assert len(whole) == 21
    keys = [start_and_id(r) for r in whole]
    assert keys == sorted(keys, reverse=newest_first)
    assert [r.id for r in read_in_pages(office, flt, size)] == [r.id for r in whole]


def test_paging_keeps_to_the_filter(office: Office, customers: list[int]) -> None:
    bruno = customers[1]
    flt = SessionFilter(customer_id=bruno, newest_first=True)
    paged = read_in_pages(office, flt, 2)
    assert [r.id for r in paged] == [r.id for r in office.sessions.list(flt)]
    assert len(paged) == 7
    assert {r.customer_name for r in paged} == {"Bruno Costa"}
    since = SessionFilter(since=NINE + timedelta(hours=4), newest_first=True)
    assert [r.accepted_at for r in read_in_pages(office, since, 2)] == [
        NINE + timedelta(hours=5), NINE + timedelta(hours=5), NINE + timedelta(hours=5),
        NINE + timedelta(hours=4), NINE + timedelta(hours=4), NINE + timedelta(hours=4),
    ]  # fmt: skip


def test_a_listed_session_is_the_session_as_stored(office: Office, customers: list[int]) -> None:
    """What the list shows (customer, equipment, price...) is what the session itself says."""
    for record in office.sessions.list(SessionFilter(newest_first=True)):
        assert record == office.sessions.get(record.id).record
    priced = office.sessions.list(SessionFilter(customer_id=customers[0]))[0]
    assert priced.charge is not None
    assert str(priced.charge.total) == "15.00"  # Page Computers, 15 minutes: 10 € + 5 €
