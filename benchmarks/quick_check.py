"""The integrity check every start runs on a SQLite database (app.storage.sqlite_files.damage,
SQLite's `PRAGMA quick_check` over a read-only connection), timed on a 10,000-session log as
median and worst of several runs. Target: a few tens of milliseconds, as it runs once per start
of the window and once per `assistdesk` command.
Run: `.venv/bin/python benchmarks/quick_check.py [--runs N]`; exit status 1 when it is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script
from benchmarks.startup import SESSIONS, make_database

TARGET_MS = 50


def main() -> int:
    from app.storage.sqlite_files import damage

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--sessions", type=int, default=SESSIONS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        basedir = Path(tmp)
        print(f"Creating a database of {args.sessions} sessions…", flush=True)
        make_database(basedir, args.sessions)
        path = basedir / "data" / "assistdesk.sqlite3"
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            problem = damage(path, timeout=15)
            times.append((time.perf_counter() - started) * 1000)
            if problem is not None:
                raise SystemExit(f"the new database fails quick_check: {problem}")
        size = path.stat().st_size / 1_000_000
    median = statistics.median(times)
    verdict = "ok" if median <= TARGET_MS else "MISSED"
    print(
        f"quick_check of {args.sessions} sessions ({size:.1f} MB): {median:.1f} ms median, "
        f"{max(times):.1f} ms worst of {args.runs} (target ≤ {TARGET_MS} ms) {verdict}"
    )
    return 0 if median <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
