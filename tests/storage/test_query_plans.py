"""The hot queries' plans on PostgreSQL, on a database of tens of thousands of sessions: what the
log, the history, `session list`, pricing and invoicing send is EXPLAINed as the program sends it
(captured from the engine, so a rewritten query is checked too). None runs a subplan once per row
over sessions, their events or document lines (the NOT IN that re-read every invoice line for each
session), and the log's pages read the index on when sessions started instead of sorting the table.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import partial
from typing import Any

import pytest
from sqlalchemy import event, insert

from app.core.clock import ManualClock
from app.core.records import SessionFilter
from app.core.session import Outcome
from app.storage.database import Database, open_database
from app.storage.models import PolicySnapshotRow
from tests.conftest import fresh_schema
from tests.services.invoicing_fixtures import Office
from tests.vat_policies import lookup

# PostgreSQL's plans (SQLite's first page: tests/storage/test_log_snapshot.py).
pytestmark = pytest.mark.postgres

CUSTOMERS, SESSIONS = 400, 40_000  # one session an hour from 2022-01-01: to mid-2026
NOW = datetime(2026, 7, 1, 9, 0, tzinfo=UTC)
BIG_TABLES = {"sessions", "session_events", "document_lines"}

# Customers, and their ended sessions with events and prices; every session before 2026-06 is on
# its customer's invoice of that month (one document per customer and month, as an office's
# monthly run leaves them); June's wait to be invoiced.
FILL = """
INSERT INTO customers (id, name, email, phone, address, vat_id, policy_id, created_at)
SELECT g, 'Customer ' || lpad(g::text, 4, '0'), '', '', '', '', 'page-computers',
       timestamptz '2021-12-01 00:00+00'
FROM generate_series(1, {customers}) AS g;
SELECT setval(pg_get_serial_sequence('customers', 'id'), {customers});

INSERT INTO sessions (id, customer_id, policy_id, tool, remote_id, workstation, state,
                      created_at, accepted_at, ended_at, paused_seconds, duration_seconds,
                      outcome, notes, technician)
SELECT g, 1 + mod(g, {customers}), '', 'anydesk', '123 456 789', 'desk', 'ended',
       timestamptz '2022-01-01 00:00+00' + g * interval '1 hour',
       timestamptz '2022-01-01 00:00:30+00' + g * interval '1 hour',
       timestamptz '2022-01-01 00:20:30+00' + g * interval '1 hour',
       0, 1200, 'resolved', '', 'Ana'
FROM generate_series(1, {sessions}) AS g;
SELECT setval(pg_get_serial_sequence('sessions', 'id'), {sessions});

INSERT INTO session_events (session_id, seq, kind, at, recorded_at, text)
SELECT s.id, e.seq, e.kind, e.at, e.at, ''
FROM sessions AS s, LATERAL (VALUES (1, 'created', s.created_at), (2, 'accepted', s.accepted_at),
                                    (3, 'ended', s.ended_at)) AS e (seq, kind, at);
UPDATE session_events SET outcome = 'resolved' WHERE kind = 'ended';

INSERT INTO session_charges (session_id, policy_digest, currency, duration_seconds, free_seconds,
                             billable_seconds, allowance_period, out_of_hours, allowed, over_max,
                             net, vat, total, priced_at)
SELECT id, '{digest}', 'EUR', 1200, 0, 1200, '', false, true, false, 20, 4.6, 24.6, ended_at
FROM sessions;
INSERT INTO session_charge_lines (session_id, seq, description, quantity, unit_price, amount)
SELECT id, 1, 'First 20 minutes', 1, 20, 20 FROM sessions;

CREATE TEMPORARY TABLE invoiced AS
SELECT s.id AS session_id, s.customer_id,
       date_trunc('month', s.accepted_at AT TIME ZONE 'UTC') AS month,
       dense_rank() OVER (ORDER BY date_trunc('month', s.accepted_at AT TIME ZONE 'UTC'),
                                   s.customer_id) AS document_id,
       row_number() OVER (PARTITION BY s.customer_id,
                                       date_trunc('month', s.accepted_at AT TIME ZONE 'UTC')
                          ORDER BY s.id) AS seq
FROM sessions AS s
WHERE s.accepted_at < timestamptz '2026-06-01 00:00+00';

INSERT INTO documents (id, kind, series, year, seq, number, customer_id, issued_at, currency, net,
                       vat_total, total, content, pdf_sha256)
SELECT document_id, 'invoice', 'FT', 2000 + document_id / 100000, document_id,
       'FT ' || document_id, customer_id, month + interval '1 month', 'EUR', 20 * count(*),
       4.6 * count(*), 24.6 * count(*), '{{}}', repeat('0', 64)
FROM invoiced GROUP BY document_id, customer_id, month;
SELECT setval(pg_get_serial_sequence('documents', 'id'), (SELECT max(id) FROM documents));

INSERT INTO document_lines (document_id, seq, description, detail, quantity, unit_price, net,
                            vat_percent, session_id, billing_round)
SELECT document_id, seq, 'Remote session', '', 1, 20, 20, 23, session_id, 1 FROM invoiced;
"""


@pytest.fixture(scope="module")
def big(postgres_server: str) -> Iterator[Database]:
    """Built once for the module (the tests' own writes are a few rows among tens of
    thousands)."""
    with fresh_schema(postgres_server) as url:
        db, _ = open_database(url)
        try:
            fill(db)
            yield db
        finally:
            db.dispose()


def fill(db: Database) -> None:
    policy = lookup("page-computers")
    fill = FILL.format(customers=CUSTOMERS, sessions=SESSIONS, digest=policy.digest)
    with db.engine.begin() as connection:
        connection.execute(
            insert(PolicySnapshotRow),
            {"digest": policy.digest, "policy_id": policy.id, "text": policy.text,
             "first_used_at": datetime(2021, 12, 1, tzinfo=UTC)},
        )  # fmt: skip
        for statement in fill.split(";\n"):
            if statement.strip():
                connection.exec_driver_sql(statement)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("ANALYZE")


@contextmanager
def sent(db: Database) -> Iterator[list[tuple[str, Any]]]:
    """Every SELECT the program sends meanwhile, with its parameters."""
    queries: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            queries.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        yield queries
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)


def plans(db: Database, queries: list[tuple[str, Any]]) -> list[dict[str, Any]]:
    found = []
    with db.engine.connect() as connection:
        for statement, parameters in queries:
            raw = connection.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {statement}", parameters)
            document = raw.scalar_one()
            found.append((json.loads(document) if isinstance(document, str) else document)[0])
    return found


def nodes(plan: dict[str, Any], in_subplan: bool = False) -> Iterator[tuple[dict[str, Any], bool]]:
    """Every node of a plan, and whether it runs inside a per-row subplan."""
    per_row = in_subplan or plan.get("Parent Relationship") == "SubPlan"
    yield plan, per_row
    for child in plan.get("Plans", []):
        yield from nodes(child, per_row)


def per_row_scans(plan: dict[str, Any]) -> list[str]:
    return [
        f"{node['Node Type']} on {node['Relation Name']}"
        for node, per_row in nodes(plan["Plan"])
        if per_row and node.get("Relation Name") in BIG_TABLES
    ]


def scans(plan: dict[str, Any]) -> set[tuple[str, str]]:
    """(how, what) for each table read: ("Seq Scan", "sessions"), ("Index", "ix_...")."""
    found = set()
    for node, _ in nodes(plan["Plan"]):
        if node["Node Type"] == "Seq Scan":
            found.add(("Seq Scan", node["Relation Name"]))
        if "Index Name" in node:
            found.add(("Index", node["Index Name"]))
    return found


def explained(db: Database, run: Callable[[], object]) -> list[dict[str, Any]]:
    with sent(db) as queries:
        run()
    assert queries, "the operation sent no query"
    return plans(db, queries)


@pytest.fixture
def office(big: Database) -> Office:
    return Office(big, ManualClock(NOW), settings={"documents.timezone": "UTC"})


def test_the_logs_pages_read_the_index_on_when_sessions_started(
    office: Office, big: Database
) -> None:
    sessions = office.sessions
    newest = SessionFilter(newest_first=True)
    june = SessionFilter(
        since=datetime(2026, 6, 1, tzinfo=UTC), until=datetime(2026, 7, 1, tzinfo=UTC)
    )
    customer = SessionFilter(customer_id=7, newest_first=True)
    for flt, index in (
        (newest, "ix_sessions_start_id"),
        (june, "ix_sessions_start_id"),
        (customer, "ix_sessions_customer_start_id"),
    ):
        (plan,) = explained(big, partial(sessions.list, flt, 0, 100))
        assert ("Index", index) in scans(plan), (flt, scans(plan))
        assert ("Seq Scan", "sessions") not in scans(plan)
        assert per_row_scans(plan) == []


def test_invoicing_one_customer_runs_no_subplan_per_session(office: Office, big: Database) -> None:
    for run in (
        lambda: office.desk.drafts_of(7, date(2026, 6, 30)),
        lambda: office.desk.create(7, date(2026, 6, 30)),
    ):
        for plan in explained(big, run):
            assert per_row_scans(plan) == [], plan
            assert ("Seq Scan", "sessions") not in scans(plan)
            assert ("Seq Scan", "document_lines") not in scans(plan)


def test_the_period_draft_list_runs_no_subplan_per_session(office: Office, big: Database) -> None:
    for plan in explained(big, lambda: office.desk.customers_to_invoice(date(2026, 6, 30))):
        assert per_row_scans(plan) == [], plan


def test_pricing_a_session_reads_its_customers_and_equipments_rows_only(
    office: Office, big: Database
) -> None:
    customer = 7
    start = datetime(2026, 6, 30, 10, 0, tzinfo=UTC)

    def price() -> object:
        return office.sessions.record_past(
            customer, start, start.replace(minute=25), Outcome.RESOLVED, equipment_label="PC"
        )

    for plan in explained(big, price):
        assert per_row_scans(plan) == [], plan
        assert ("Seq Scan", "sessions") not in scans(plan)


def test_the_sessions_left_open_are_found_without_reading_the_ended_ones(
    office: Office, big: Database
) -> None:
    (plan,) = explained(big, office.sessions.open_sessions)
    assert ("Index", "ix_sessions_open") in scans(plan), scans(plan)
    assert ("Seq Scan", "sessions") not in scans(plan)


def test_the_technicians_names_are_walked_along_their_index(office: Office, big: Database) -> None:
    (plan,) = explained(big, office.sessions.technicians)
    assert ("Index", "ix_sessions_technician") in scans(plan), scans(plan)
    assert ("Seq Scan", "sessions") not in scans(plan)
