"""Start-up time: process start → main window shown, and → first page of a 10,000-session log.

Both are compared with a bare PySide6 window opened the same way in the same run (a fresh
`python` process, offscreen), as medians over several runs. Targets (issue 2): shown ≤ 1.5× the bare
window, log filled ≤ 3× it. Run: `.venv/bin/python benchmarks/startup.py [--runs N]`.
Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

SESSIONS = 10_000
SHOWN_TARGET, FILLED_TARGET = 1.5, 3.0

BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 760)
window.show()
app.processEvents()
print("shown", time.perf_counter(), flush=True)
"""


def make_database(basedir: Path, sessions: int) -> None:
    """A realistic log: 200 customers, `sessions` ended sessions over the past years."""
    from app.core.session import Outcome, Session
    from app.storage.database import open_database
    from app.storage.models import CustomerRow, SessionRow
    from app.storage.repositories import SessionRepository

    db, _ = open_database(f"sqlite:///{basedir / 'data' / 'assistdesk.sqlite3'}")
    now = datetime(2026, 11, 1, tzinfo=UTC)
    outcomes = list(Outcome)
    with db.transaction() as orm:
        customers = [CustomerRow(name=f"Customer {i:03d}", created_at=now) for i in range(200)]
        orm.add_all(customers)
        repo = SessionRepository(orm)
        for i in range(sessions):
            accepted = now - timedelta(hours=3 * (sessions - i))
            session = Session.open(now, at=accepted)
            session.accept(accepted, now)
            session.end(accepted + timedelta(minutes=5 + i % 50), now, outcomes[i % 3])
            row = SessionRow(customer=customers[i % 200], workstation="bench", tool="anydesk")
            repo.add(row, session)
    db.dispose()


def timed_run(argv: list[str], env: dict[str, str], wanted: tuple[str, ...]) -> dict[str, float]:
    """Start a process, read `<label> <perf_counter>` lines until every wanted label was seen."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, text=True)
    seen: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        label, _, value = line.strip().partition(" ")
        if label in wanted:
            seen[label] = float(value) - started
        if len(seen) == len(wanted):
            break
    proc.stdout.close()
    if proc.wait(timeout=60) != 0 or len(seen) != len(wanted):
        raise SystemExit(f"{argv} did not report {wanted} (exit {proc.returncode})")
    return seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sessions", type=int, default=SESSIONS)
    args = parser.parse_args()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASSISTDESK_STARTUP_PROBE="quit")
    env.pop("ASSISTDESK_DB", None)
    with tempfile.TemporaryDirectory() as tmp:
        basedir = Path(tmp)
        print(f"Creating a database of {args.sessions} sessions…", flush=True)
        make_database(basedir, args.sessions)
        app = [sys.executable, "-m", "app", "--basedir", str(basedir)]
        bare = [sys.executable, "-c", BARE_WINDOW]
        timed_run(app, env, ("shown", "log-filled"))  # warm the file cache once
        bare_times, shown, filled = [], [], []
        for _ in range(args.runs):
            bare_times.append(timed_run(bare, env, ("shown",))["shown"])
            run = timed_run(app, env, ("shown", "log-filled"))
            shown.append(run["shown"])
            filled.append(run["log-filled"])

    base = statistics.median(bare_times)
    results = [
        ("main window shown", statistics.median(shown), SHOWN_TARGET),
        (f"log of {args.sessions} filled", statistics.median(filled), FILLED_TARGET),
    ]
    print(f"bare PySide6 window: {base * 1000:.0f} ms (median of {args.runs})")
    ok = True
    for name, value, target in results:
        ratio = value / base
        verdict = "ok" if ratio <= target else "MISSED"
        ok &= ratio <= target
        print(f"{name}: {value * 1000:.0f} ms = {ratio:.2f}× bare (target ≤ {target}×) {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
