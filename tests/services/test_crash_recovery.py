"""A crash after "connection accepted" loses nothing: the next start finds the session running
with the same accepted instant, and the technician can end it at a time they confirm."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.core.clock import ManualClock
from app.core.records import SessionFilter
from app.core.session import Outcome, SessionState
from app.services.sessions import SessionService
from app.storage.database import open_database

WORKSTATION = "crash-test-desk"

CHILD = """
import sys, time
from datetime import UTC, datetime
from app.core.clock import ManualClock
from app.core.parties import Customer
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.storage.database import open_database

url, workstation = sys.argv[1], sys.argv[2]
db, _ = open_database(url)
clock = ManualClock(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
customer = CustomerService(db, clock).add_customer(Customer("Crash Test Lda"))
sessions = SessionService(db, clock, workstation=workstation)
opened = sessions.open(customer.id)
accepted = sessions.accept(opened.id)
print("accepted", accepted.record.accepted_at.isoformat(), flush=True)
time.sleep(120)
"""


def read_line(process: subprocess.Popen[str], timeout: float) -> str:
    """One line from the child's stdout, or fail (with its stderr) instead of hanging."""
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            process.kill()
            pytest.fail(f"the child printed nothing within {timeout} s")
    line = process.stdout.readline()
    if not line:
        _, err = process.communicate(timeout=10)
        pytest.fail(f"the child exited ({process.returncode}) before accepting:\n{err}")
    return line


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_a_session_accepted_before_a_crash_is_found_open_at_the_next_start(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'assistdesk.sqlite3'}"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, WORKSTATION],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        word, iso = read_line(child, timeout=60).split()
        assert word == "accepted"
        os.kill(child.pid, signal.SIGKILL)  # no clean-up, no commit, no closing of files
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            assert stream is not None
            stream.close()
    accepted_at = datetime.fromisoformat(iso)

    db, report = open_database(url)
    try:
        assert not report.changed
        back_an_hour_later = ManualClock(accepted_at + timedelta(hours=1))
        sessions = SessionService(db, back_an_hour_later, workstation=WORKSTATION)
        found = sessions.open_sessions()
        assert len(found) == 1
        session = found[0]
        assert session.record.state is SessionState.ACTIVE
        assert session.record.accepted_at == accepted_at
        assert session.record.customer_name == "Crash Test Lda"
        elsewhere = SessionService(db, back_an_hour_later, workstation="another-desk")
        assert elsewhere.open_sessions() == []

        # the technician confirms it ended ten minutes after acceptance
        ended = sessions.end(session.id, Outcome.RESOLVED, at=accepted_at + timedelta(minutes=10))
        assert ended.record.duration_seconds == 600
        assert sessions.open_sessions() == []
        assert sessions.count(SessionFilter()) == 1
    finally:
        db.dispose()
