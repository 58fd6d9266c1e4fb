"""Two workstations issuing 100 invoices each at the same moment get distinct, consecutive numbers
with no gap (SQLite and PostgreSQL). Each workstation is a separate process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core.clock import ManualClock
from app.storage.database import Database
from tests.services.invoicing_fixtures import NOW, Office

PER_PROCESS = 100

WORKSTATION = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.core.clock import ManualClock
    from app.services.invoicing import InvoiceDesk
    from app.settings import Settings
    from app.storage.database import open_database
    from datetime import datetime

    url, customer, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    session_ids = [int(x) for x in sys.argv[4].split(",")]
    db, _ = open_database(url)
    settings = Settings({"company.name": "Page Computers BV", "documents.timezone": "UTC"})
    clock = ManualClock(datetime.fromisoformat(sys.argv[5]))
    desk = InvoiceDesk(db, clock, settings, lambda doc: doc.number.encode())
    deadline = time.monotonic() + 30
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    started = time.time()  # real clock: compared with the other process's times
    for session_id in session_ids:
        desk.create(customer, session_ids=[session_id])
    print("done", started, time.time(), flush=True)  # real clock: as above
    db.dispose()
    """
)


@pytest.mark.slow
def test_two_processes_issue_consecutive_numbers_without_gaps(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    office = Office(db, ManualClock(NOW))
    sessions: dict[int, list[int]] = {}
    for name in ("Desk one's customer", "Desk two's customer"):
        customer = office.customer(name)
        sessions[customer] = [office.session(customer, 1 + i % 20, 12) for i in range(PER_PROCESS)]
    go = tmp_path / "go"
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKSTATION,
                db_url,
                str(customer),
                str(go),
                ",".join(map(str, ids)),
                NOW.isoformat(),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for customer, ids in sessions.items()
    ]
    time.sleep(1.0)  # both are connected and waiting
    go.touch()
    spans = []
    for child in children:
        out, err = child.communicate(timeout=240)
        assert child.returncode == 0, err
        word, started, ended = out.split()
        assert word == "done"
        spans.append((float(started), float(ended)))
    (start_a, end_a), (start_b, end_b) = spans
    assert start_a < end_b
    assert start_b < end_a
    with db.reading() as orm:
        rows = orm.execute(
            text("SELECT seq, number, customer_id FROM documents ORDER BY seq")
        ).all()
    assert [seq for seq, _, _ in rows] == list(range(1, 2 * PER_PROCESS + 1))
    assert len({number for _, number, _ in rows}) == 2 * PER_PROCESS
    per_customer = {c: sum(1 for _, _, x in rows if x == c) for c in sessions}
    assert per_customer == dict.fromkeys(sessions, PER_PROCESS)
