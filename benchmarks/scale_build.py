"""Builds the scale database from benchmarks/scale_plan.py, on SQLite or PostgreSQL, and keeps it.

The schema is the program's own: open_database migrates an empty database to head. Rows go in
with Core executemany inserts in chunks, with ids assigned in time order (PostgreSQL's sequences
are moved past them afterwards). A built database is kept, named by seed, size and schema head:
a SQLite file under build/scale/, a PostgreSQL schema `scale_<seed>_<sessions>_<customers>_h<head>`.
It is built under a temporary name and renamed when complete, so a kept one is always whole.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session as OrmSession

from app.core.policy import Policy
from app.core.policy_file import load_policy
from app.resources import resource_root
from app.storage.database import Database, open_database
from app.storage.revisions import HEAD
from benchmarks import scale_plan as plan
from benchmarks.scale_invoices import MonthlyInvoices, issue_time
from benchmarks.scale_rows import SessionRows, table

PG_SERVER = os.environ.get("ASSISTDESK_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
BUILD_DIR = Path("build/scale")
CHUNK = 5_000
Say = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Built:
    url: str
    backend: str
    seconds: float  # how long building took; 0 when it was kept from an earlier run


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve()}"


def pg_url(schema: str, server: str = PG_SERVER) -> str:
    """A URL whose connections see `schema` first (as tests/conftest.py's pg_url)."""
    url = make_url(server).set(drivername="postgresql+psycopg")
    url = url.update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


def pg_schema(shape: plan.Shape) -> str:
    return f"scale_{shape.key}_h{HEAD}"


def pg_schema_exists(schema: str) -> bool:
    with psycopg.connect(PG_SERVER, autocommit=True) as conn:
        found = conn.execute(
            "SELECT 1 FROM information_schema.schemata WHERE schema_name = %s", (schema,)
        ).fetchone()
    return found is not None


def pg_execute(sql: str) -> None:
    with psycopg.connect(PG_SERVER, autocommit=True) as conn:
        conn.execute(sql)


def ensure(shape: plan.Shape, backend: str, rebuild: bool, say: Say = print) -> Built:
    """The kept database of this shape on `backend`, built first when missing (or `rebuild`)."""
    if backend == "sqlite":
        path = BUILD_DIR / f"scale_{shape.key}_h{HEAD}.sqlite3"
        if path.exists() and not rebuild:
            return Built(sqlite_url(path), backend, 0.0)
        partial = path.with_suffix(".building")
        for stale in (partial, path):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{stale}{suffix}").unlink(missing_ok=True)
        BUILD_DIR.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        build(sqlite_url(partial), shape, say)
        partial.rename(path)
        return Built(sqlite_url(path), backend, time.perf_counter() - started)
    schema = pg_schema(shape)
    if pg_schema_exists(schema) and not rebuild:
        return Built(pg_url(schema), backend, 0.0)
    building = f"{schema}_building"
    pg_execute(f'DROP SCHEMA IF EXISTS "{building}" CASCADE; DROP SCHEMA IF EXISTS "{schema}" '
               f'CASCADE; CREATE SCHEMA "{building}"')  # fmt: skip
    started = time.perf_counter()
    build(pg_url(building), shape, say)
    pg_execute(f'ALTER SCHEMA "{building}" RENAME TO "{schema}"')
    with psycopg.connect(PG_SERVER, autocommit=True) as conn:  # as autovacuum would, in time
        tables = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = %s", (schema,)
        ).fetchall()
        for (name,) in tables:
            conn.execute(f'VACUUM ANALYZE "{schema}"."{name}"')
    return Built(pg_url(schema), backend, time.perf_counter() - started)


def policies() -> dict[str, Policy]:
    folder = resource_root() / "policies"
    return {pid: load_policy(folder / f"{pid}.toml") for pid in sorted(set(plan.POLICIES))}


def build(url: str, shape: plan.Shape, say: Say = print, invoices: bool = True,
          charges: bool = True) -> None:  # fmt: skip
    """Fill an empty database at `url` with `shape`'s content. Without `charges`, sessions are
    left unpriced (and uninvoiced), for a test to price them through the program instead."""
    db, _ = open_database(url)
    try:
        _fill(db, shape, say, invoices and charges, charges)
    finally:
        db.dispose()


def _fill(db: Database, shape: plan.Shape, say: Say, invoices: bool, charges: bool) -> None:
    customers = plan.customers(shape)
    kit = plan.equipment(shape)
    used = {pid: p for pid, p in policies().items() if pid in {c.policy_id for c in customers}}
    with db.transaction() as orm:
        _insert(orm, "customers", [
            {"id": c.id, "name": c.name, "email": c.email, "phone": "", "address": c.address,
             "vat_id": "", "policy_id": c.policy_id, "created_at": _first_moment()}
            for c in customers
        ])  # fmt: skip
        _insert(orm, "equipment", [
            {"id": e.id, "customer_id": e.customer_id, "label": e.label, "tool": e.tool.value,
             "remote_id": e.remote_id}
            for e in kit
        ])  # fmt: skip
        if charges:
            _insert(orm, "policy_snapshots", [
                {"digest": p.digest, "policy_id": p.id, "text": p.text,
                 "first_used_at": _first_moment()}
                for p in used.values()
            ])  # fmt: skip
    rows = SessionRows({c.id: c for c in customers}, used)
    issuer = MonthlyInvoices()
    spans = plan.months()
    done = 0
    started = time.perf_counter()
    for index, month in enumerate(plan.sessions(shape, kit)):
        batch = rows.batch(month)
        with db.transaction() as orm:
            _insert(orm, "sessions", batch.sessions)
            _insert(orm, "session_events", batch.events)
            if charges:
                _insert(orm, "session_charges", batch.charges)
                _insert(orm, "session_charge_lines", batch.lines)
            if invoices and index < len(spans) - 1 and batch.rows:
                documents, lines = issuer.issue(orm, batch.rows, issue_time(spans[index][1]))
                _insert(orm, "documents", documents)
                _insert(orm, "document_lines", lines)
        done += len(month)
        if index % 6 == 5:
            say(f"  {done:,} sessions ({time.perf_counter() - started:.0f} s)")
    with db.transaction() as orm:
        _insert(orm, "series_counters", issuer.counters())
        if db.engine.dialect.name == "postgresql":
            _move_sequences(orm)
    if db.engine.dialect.name == "sqlite":  # all in the file itself, which is renamed alone
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _first_moment() -> datetime:
    return datetime.combine(plan.FIRST_DAY, datetime.min.time(), tzinfo=UTC)


def _insert(orm: OrmSession, name: str, rows: list[dict[str, Any]]) -> None:
    for i in range(0, len(rows), CHUNK):
        orm.execute(insert(table(name)), rows[i : i + CHUNK])


def _move_sequences(orm: OrmSession) -> None:
    """Ids were given explicitly: the next one each table makes must come after them."""
    for name in ("customers", "equipment", "sessions", "session_events", "session_charge_lines",
                 "documents", "document_lines"):  # fmt: skip
        orm.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "  # noqa: S608
                f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"
            )
        )
