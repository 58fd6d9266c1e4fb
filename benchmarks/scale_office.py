"""The office's figures on a built database: its size, `session list` beside `timew export`,
`invoice create` beside the same on a small database, and the drafts (and, on request, issuing)
of "Create invoices for a period".

Issuing writes: on SQLite it runs on a copy of the kept file, opened once by a command that only
reads (as the office's file has been opened before: its integrity check is then behind it, see
app.storage.checked_files); on PostgreSQL the documents it
issued are deleted afterwards and the series counters put back, with triggers off
(session_replication_role = replica, which the `postgres` superuser may set), so the kept schema
keeps its uninvoiced month.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from pathlib import Path

import psycopg
from sqlalchemy import select

from app.core.clock import SystemClock
from app.documents.invoice_pdf import render_pdf
from app.services.invoicing import InvoiceDesk
from app.storage.database import open_database
from app.storage.models import CustomerRow, SessionRow
from benchmarks import scale_plan as plan
from benchmarks.scale_build import BUILD_DIR, PG_SERVER, Built, sqlite_url
from benchmarks.scale_figures import median_time
from benchmarks.scale_invoices import SETTINGS, settings

HOME = BUILD_DIR / "home"  # the CLI's --basedir: its settings are the builder's
LIST_MONTH = (date(2026, 10, 1), date(2026, 10, 31))  # an invoiced month
ONE_CUSTOMER = "Customer 00002"  # a typical customer: all five years of its sessions
BIG_ACCOUNT = "Customer 00001"  # 52 sessions left to invoice in the last month
LAST_MONTH_END = plan.LAST_DAY


def assistdesk(url: str, *args: str) -> list[str]:
    program = Path(sys.executable).with_name("assistdesk")
    return [str(program), "--db", url, "--basedir", str(HOME.resolve()), *args]


def run(argv: list[str], env: dict[str, str] | None = None) -> bytes:
    """Run a command in UTC (the days of `--from`/`--to` and of timew's range alike)."""
    env = dict(env or os.environ, TZ="UTC")
    env.pop("ASSISTDESK_DB", None)
    done = subprocess.run(argv, capture_output=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode().strip()}")
    return done.stdout


def prepare_home() -> None:
    """The settings the builder's invoices were made with, once."""
    marker = HOME / "settings-done"
    if marker.exists():
        return
    HOME.mkdir(parents=True, exist_ok=True)
    for key, value in SETTINGS.items():
        run(assistdesk(sqlite_url(HOME / "unused.sqlite3"), "settings", "set", key, value))
    marker.touch()


def size_mb(built: Built) -> float:
    if built.backend == "sqlite":
        path = Path(built.url.removeprefix("sqlite:///"))
        wal = Path(f"{path}-wal")
        return (path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)) / 1e6
    with psycopg.connect(PG_SERVER) as conn:
        found = conn.execute(
            "SELECT sum(pg_total_relation_size(format('%%I.%%I', schemaname, tablename)::regclass))"
            " FROM pg_tables WHERE schemaname = %s",
            (schema_of(built.url),),
        ).fetchone()
    return float(found[0] if found else 0) / 1e6


def schema_of(url: str) -> str:
    return url.split("search_path%3D")[-1].split("&")[0]


def month_list(built: Built, runs: int) -> tuple[float, int]:
    """`session list --from --to --json` of LIST_MONTH: median seconds, rows listed."""
    first, last = (d.isoformat() for d in LIST_MONTH)
    argv = assistdesk(built.url, "session", "list", "--from", first, "--to", last, "--json")
    rows = len(json.loads(run(argv)))
    return median_time(lambda: run(argv), runs), rows


def cli_start(runs: int) -> float:
    """What any `assistdesk` command costs before it does anything: `assistdesk --version`."""
    argv = [str(Path(sys.executable).with_name("assistdesk")), "--version"]
    return median_time(lambda: run(argv), runs)


def customer_list(built: Built, runs: int) -> float:
    argv = assistdesk(built.url, "session", "list", "--customer", ONE_CUSTOMER, "--json")
    run(argv)
    return median_time(lambda: run(argv), runs)


def timew_export(built: Built, shape: plan.Shape, runs: int) -> tuple[float, int]:
    """`timew export` of the same month's intervals, from a TIMEWARRIORDB made once: median
    seconds, intervals."""
    folder = BUILD_DIR / f"timew_{shape.key}"
    data = folder / "data" / f"{LIST_MONTH[0]:%Y-%m}.data"
    if not data.exists():
        data.parent.mkdir(parents=True, exist_ok=True)
        (folder / "timewarrior.cfg").write_text("")
        data.write_text("".join(_intervals(built.url)))
    env = dict(os.environ, TIMEWARRIORDB=str(folder.resolve()))
    following = LIST_MONTH[1] + timedelta(days=1)
    argv = ["timew", "export", LIST_MONTH[0].isoformat(), "-", following.isoformat()]
    run(argv, env)  # makes its tags database the first time (and says so before the JSON)
    intervals = len(json.loads(run(argv, env)))
    return median_time(lambda: run(argv, env), runs), intervals


def _intervals(url: str) -> Iterator[str]:
    first = datetime.combine(LIST_MONTH[0], time(), tzinfo=UTC)
    last = datetime.combine(LIST_MONTH[1], time(), tzinfo=UTC)
    db, _ = open_database(url)
    try:
        with db.reading() as orm:
            query = (
                select(SessionRow.accepted_at, SessionRow.ended_at, CustomerRow.name,
                       SessionRow.tool)
                .join(CustomerRow, CustomerRow.id == SessionRow.customer_id)
                .where(SessionRow.accepted_at >= first, SessionRow.accepted_at
                       < last + timedelta(days=1))
                .order_by(SessionRow.accepted_at)
            )  # fmt: skip
            for accepted, ended, name, tool in orm.execute(query):
                yield f'inc {accepted:%Y%m%dT%H%M%SZ} - {ended:%Y%m%dT%H%M%SZ} # "{name}" {tool}\n'
    finally:
        db.dispose()


@contextmanager
def writable(built: Built) -> Iterator[str]:
    """A URL to issue on, left as it was found afterwards (see the module's docstring)."""
    if built.backend == "sqlite":
        path = Path(built.url.removeprefix("sqlite:///"))
        copy = BUILD_DIR / "work.sqlite3"
        for suffix in ("-wal", "-shm", "-checked"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(path, copy)
        _flushed(copy)  # the copy's own writes are not the measured command's to wait for
        run(assistdesk(sqlite_url(copy), "session", "list", "--customer", BIG_ACCOUNT, "--json"))
        try:
            yield sqlite_url(copy)
        finally:
            for suffix in ("", "-checked"):
                Path(f"{copy}{suffix}").unlink(missing_ok=True)
        return
    schema = schema_of(built.url)
    with psycopg.connect(PG_SERVER, options=f"-csearch_path={schema}") as conn:
        last = conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()
        counters = conn.execute("SELECT series, year, next_seq FROM series_counters").fetchall()
    try:
        yield built.url
    finally:
        with psycopg.connect(PG_SERVER, options=f"-csearch_path={schema}") as conn:
            conn.execute("SET session_replication_role = replica")
            top = last[0] if last else 0
            conn.execute("DELETE FROM document_lines WHERE document_id > %s", (top,))
            conn.execute("DELETE FROM documents WHERE id > %s", (top,))
            conn.execute("DELETE FROM series_counters")
            with conn.cursor() as cursor:
                cursor.executemany("INSERT INTO series_counters VALUES (%s, %s, %s)", counters)


def _flushed(path: Path) -> None:
    """Write the file's pages to the disk now: SQLite's first checkpoint syncs the file, and it
    would otherwise wait for the whole copy just made to reach the disk."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def invoice_create(built: Built, runs: int) -> float:
    """`invoice create` for the big account's 52 uninvoiced sessions, median of `runs`."""
    times = []
    for _ in range(runs):
        with writable(built) as url:
            argv = assistdesk(url, "invoice", "create", "--customer", BIG_ACCOUNT, "--json")
            times.append(median_time(partial(run, argv), 1))
    return sorted(times)[len(times) // 2]


def _desk(url: str) -> tuple[InvoiceDesk, Callable[[], None]]:
    db, _ = open_database(url)
    return InvoiceDesk(db, SystemClock(), settings(), render_pdf), db.dispose


def draft_list(built: Built, runs: int) -> tuple[float, int]:
    """InvoiceDesk.customers_to_invoice for the last month: median seconds, drafts."""
    desk, close = _desk(built.url)
    try:
        count = len(desk.customers_to_invoice(LAST_MONTH_END))
        return median_time(lambda: desk.customers_to_invoice(LAST_MONTH_END), runs), count
    finally:
        close()


def issue_all(built: Built) -> tuple[float, int]:
    """The drafts listed and every one issued (PDF rendered), as the period dialog does."""
    with writable(built) as url:
        desk, close = _desk(url)
        try:
            issued = 0

            def everything() -> None:
                nonlocal issued
                for draft in desk.customers_to_invoice(LAST_MONTH_END):
                    desk.create(draft.customer_id, until=LAST_MONTH_END,
                                session_ids=draft.session_ids)  # fmt: skip
                    issued += 1

            return median_time(everything, 1), issued
        finally:
            close()
