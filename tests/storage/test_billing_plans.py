"""On PostgreSQL, "which sessions may be invoiced" is planned as an anti-join, never as a
subplan run once per session: with a million sessions that was a re-read of every invoice line
per session (75 s for one customer's invoice)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Select, text

from app.storage.billing_rounds import billable_query
from app.storage.database import open_database

pytestmark = pytest.mark.postgres


def plan(url: str, query: Select[Any]) -> str:
    db, _ = open_database(url)
    try:
        with db.engine.connect() as connection:
            sql = query.compile(connection, compile_kwargs={"literal_binds": True})
            found = connection.execute(text(f"EXPLAIN (FORMAT JSON) {sql}")).scalar_one()
    finally:
        db.dispose()
    return json.dumps(found)


@pytest.mark.parametrize("customer_id", [None, 7], ids=["every customer", "one customer"])
def test_uninvoiced_sessions_are_an_anti_join(pg_url: str, customer_id: int | None) -> None:
    before = datetime(2026, 12, 1, tzinfo=UTC)
    found = plan(pg_url, billable_query(customer_id, before))
    assert "SubPlan" not in found
    assert found.count("Anti") == 2  # not on an invoice line, or on a released one
