"""Pricing throughput: the pure engine against the stored path, in the same run.

A year of sessions for 1,000 customers (about 250,000), most under iPonto's policy (free minutes
with paid-service and known-equipment rules, out-of-hours surcharge), the rest under Page
Computers'. The pure engine prices them in memory in accepted order with the allowance ledger; the
stored path is `assistdesk session price`: load every unpriced session, price it with its allowance
and write the results, in one transaction. Target (issue 3): the stored path runs at no less than a
fifth of the pure engine's rate. Exit status 1 when it does not.

Run: `.venv/bin/python benchmarks/pricing.py [--customers N] [--db URL]`.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from app.core.allowance import AllowanceLedger
from app.core.policy import Policy
from app.core.policy_file import load_policy
from app.core.pricing import price_session
from app.core.session import Outcome
from app.resources import resource
from app.services.charging import SessionCharger
from app.storage.charges import PendingSession
from app.storage.database import Database, open_database
from app.storage.models import CustomerRow, EquipmentRow, PaidServiceRow, SessionRow

TARGET = 0.2
Service = tuple[int, int | None, date]  # customer, equipment, day
YEAR_START = datetime(2025, 1, 1, tzinfo=UTC)


def make_history(customers: int, seed: int = 7) -> tuple[list[PendingSession], list[Service]]:
    """Sessions (in accepted order) and paid services (customer, equipment, day)."""
    rng = random.Random(seed)
    sessions: list[PendingSession] = []
    services: list[Service] = []
    for c in range(1, customers + 1):
        policy = "iponto" if c % 5 else "page-computers"
        laptop, desktop = 2 * c - 1, 2 * c
        if c % 3:
            services.append((c, laptop, date(2025, 1 + c % 6, 1 + c % 28)))
        for _ in range(250):
            at = YEAR_START + timedelta(seconds=rng.randrange(365 * 86400))
            outcome = Outcome.UNRESOLVED if rng.random() < 0.1 else Outcome.RESOLVED
            equipment = laptop if rng.random() < 0.7 else desktop
            sessions.append(
                PendingSession(0, c, equipment, policy, at, rng.randrange(60, 5400), outcome, None)
            )
    sessions.sort(key=lambda s: s.at)
    numbered = [
        PendingSession(i, s.customer_id, s.equipment_id, s.policy_id, s.at, s.duration_seconds,
                       s.outcome, None)
        for i, s in enumerate(sessions, 1)
    ]  # fmt: skip
    return numbered, services


def pure_engine(
    sessions: list[PendingSession], services: list[Service], policies: dict[str, Policy]
) -> float:
    started = time.perf_counter()
    ledger = AllowanceLedger()
    for customer, equipment, day in services:
        ledger.add_paid_service(customer, equipment, day)
    for s in sessions:
        policy = policies[s.policy_id]
        free, period = ledger.free_seconds_left(policy, s.customer_id, s.equipment_id, s.at)
        quote = price_session(policy, s.duration_seconds, s.at, s.outcome, free)
        ledger.add_session(s.equipment_id, s.at)
        if period is not None:
            ledger.add_use(s.customer_id, policy.id, period.label, quote.free_seconds)
    return time.perf_counter() - started


def load(
    db: Database, customers: int, sessions: list[PendingSession], services: list[Service]
) -> None:
    now = datetime(2026, 1, 15, tzinfo=UTC)
    with db.transaction() as orm:
        orm.execute(insert(CustomerRow), [
            {"id": c, "name": f"Customer {c:04d}", "policy_id": "", "created_at": now}
            for c in range(1, customers + 1)
        ])  # fmt: skip
        orm.execute(insert(EquipmentRow), [
            {"id": e, "customer_id": (e + 1) // 2, "label": f"PC {e}", "remote_id": ""}
            for e in range(1, 2 * customers + 1)
        ])  # fmt: skip
        orm.execute(insert(PaidServiceRow), [
            {"customer_id": c, "equipment_id": e, "service_date": d, "description": "Repair",
             "amount": Decimal("45.00"), "created_at": now}
            for c, e, d in services
        ])  # fmt: skip
        orm.execute(insert(SessionRow), [
            {"id": s.id, "customer_id": s.customer_id, "equipment_id": s.equipment_id,
             "policy_id": s.policy_id, "tool": "anydesk", "remote_id": "", "workstation": "bench",
             "state": "ended", "created_at": s.at, "accepted_at": s.at,
             "ended_at": s.at + timedelta(seconds=s.duration_seconds), "paused_seconds": 0,
             "duration_seconds": s.duration_seconds, "outcome": s.outcome.value, "notes": ""}
            for s in sessions
        ])  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    args = parser.parse_args()
    policies = {
        p: load_policy(resource("policies", f"{p}.toml")) for p in ("iponto", "page-computers")
    }
    sessions, services = make_history(args.customers)
    n = len(sessions)
    print(f"{n} sessions for {args.customers} customers", flush=True)

    pure = pure_engine(sessions, services, policies)
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = open_database(args.db or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        load(db, args.customers, sessions, services)
        charger = SessionCharger(lambda pid: policies[pid])
        started = time.perf_counter()
        run = charger.price_pending(db, datetime(2026, 1, 15, tzinfo=UTC))
        stored = time.perf_counter() - started
        db.dispose()
    if run.priced != n:
        raise SystemExit(f"the stored path priced {run.priced} of {n} sessions")
    ratio = pure / stored
    print(f"pure engine:  {n / pure:>9,.0f} sessions/s")
    print(f"stored path:  {n / stored:>9,.0f} sessions/s (load, price with allowance, write)")
    verdict = "ok" if ratio >= TARGET else "MISSED"
    print(f"stored / pure = {ratio:.2f} (target ≥ {TARGET}) {verdict}")
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
