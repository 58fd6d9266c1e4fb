"""Two workstations invoice the same customer at the same moment (`assistdesk invoice create` in
two processes, on SQLite and PostgreSQL): one issues the invoice, the other is told in one
sentence that the sessions were just invoiced elsewhere (exit 2), and no number is used up — the
next invoice takes the next number.

Both processes are held until each has read the same uninvoiced sessions. On PostgreSQL each is
held inside its issuing transaction, just before it takes the number: both have selected the
sessions, and only the database's unique constraint on invoice lines can stop the second. On
SQLite an issuing transaction holds the write lock from its first statement, so each is held
just before it begins: the second then waits for the first to commit.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.cli.runner import Cli
from tests.conftest import START

WORKSTATION = textwrap.dedent(
    """
    import sys, time
    from datetime import datetime
    from pathlib import Path
    from sqlalchemy import Engine, event
    from app.cli import main
    from app.core.clock import ManualClock

    url, basedir, hold_at, me, other, now = sys.argv[1:]

    def hold(_conn, _cursor, statement, *_rest):
        if statement.lstrip().upper().startswith(hold_at) and not Path(me).exists():
            Path(me).touch()  # I have read the sessions; wait until the other has too
            deadline = time.monotonic() + 60
            while not Path(other).exists() and time.monotonic() < deadline:
                time.sleep(0.005)

    event.listen(Engine, "before_cursor_execute", hold)
    clock = ManualClock(datetime.fromisoformat(now))
    argv = ["--db", url, "--basedir", basedir, "invoice", "create", "--customer", "Ana Silva"]
    sys.exit(main(argv, clock=clock))
    """
)

LOSER = (
    "assistdesk: Ana Silva's sessions were just invoiced on another workstation; nothing was "
    "issued and no invoice number was used.\n"
)


def workstation(url: str, base: Path, hold_at: str, me: Path, other: Path) -> subprocess.Popen[str]:
    """`assistdesk invoice create --customer "Ana Silva"` in a process of its own, held at
    `hold_at` until the other workstation has got there too."""
    argv = [url, str(base), hold_at, str(me), str(other), START.isoformat()]
    return subprocess.Popen(
        [sys.executable, "-c", WORKSTATION, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_one_workstation_invoices_and_the_other_is_told(
    migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "base"
    cli = Cli(capsys, "--db", migrated_url, "--basedir", str(base))
    for key, value in {"company.name": "Page Computers BV", "documents.timezone": "UTC"}.items():
        assert cli("settings", "set", key, value)[0] == 0
    for name in ("Ana Silva", "Bert Peeters"):
        cli.json("customer", "add", "--name", name, "--policy", "page-computers")
        for day in ("10", "11"):
            accepted, ended = f"2026-11-{day}T09:00Z", f"2026-11-{day}T09:12Z"
            cli.json("session", "add", "--customer", name, "--accepted", accepted, "--ended", ended)
    postgres = make_url(migrated_url).get_backend_name() == "postgresql"
    hold_at = "INSERT INTO SERIES_COUNTERS" if postgres else "BEGIN IMMEDIATE"
    flags = [tmp_path / "a-has-read", tmp_path / "b-has-read"]
    children = [
        workstation(migrated_url, base, hold_at, me, other) for me, other in (flags, flags[::-1])
    ]
    results = []
    for child in children:
        out, err = child.communicate(timeout=120)
        results.append((child.returncode, out, err))
    assert all(flag.exists() for flag in flags)  # both were held where they had read
    results.sort()
    assert results == [
        (0, "Issued FT 2026/0001 for Ana Silva: 30.00 EUR.\n", ""),
        (2, "", LOSER),
    ]
    # The loser used up no number, and Ana's sessions are on one invoice only.
    started = time.monotonic()
    assert cli("invoice", "create", "--customer", "Ana Silva")[2] == (
        "assistdesk: Ana Silva has nothing to invoice.\n"
    )
    assert time.monotonic() - started < 5
    status, out, _ = cli("invoice", "create", "--customer", "Bert Peeters")
    assert (status, out) == (0, "Issued FT 2026/0002 for Bert Peeters: 30.00 EUR.\n")
    listed = cli.json("invoice", "list", "--json")
    assert [(i["number"], i["customer"]) for i in listed] == [
        ("FT 2026/0001", "Ana Silva"),
        ("FT 2026/0002", "Bert Peeters"),
    ]


@pytest.mark.slow
def test_sessions_a_credit_note_gave_back_are_invoiced_again_by_one_workstation_only(
    migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same race after a credit note released Ana's sessions: the database's unique
    (session, billing round) on invoice lines stops the second workstation as before."""
    base = tmp_path / "base"
    cli = Cli(capsys, "--db", migrated_url, "--basedir", str(base))
    for key, value in {"company.name": "Page Computers BV", "documents.timezone": "UTC"}.items():
        assert cli("settings", "set", key, value)[0] == 0
    cli.json("customer", "add", "--name", "Ana Silva", "--policy", "page-computers")
    for day in ("10", "11"):
        accepted, ended = f"2026-11-{day}T09:00Z", f"2026-11-{day}T09:12Z"
        cli.json(
            "session", "add", "--customer", "Ana Silva", "--accepted", accepted, "--ended", ended
        )
    assert cli("invoice", "create", "--customer", "Ana Silva")[0] == 0
    note = cli.json("invoice", "credit", "FT 2026/0001", "--reason", "Wrong contract", "--json")
    assert len(note["released_session_ids"]) == 2
    postgres = make_url(migrated_url).get_backend_name() == "postgresql"
    hold_at = "INSERT INTO SERIES_COUNTERS" if postgres else "BEGIN IMMEDIATE"
    flags = [tmp_path / "a-has-read", tmp_path / "b-has-read"]
    children = [
        workstation(migrated_url, base, hold_at, me, other) for me, other in (flags, flags[::-1])
    ]
    results = sorted(
        (child.returncode, out, err)
        for child in children
        for out, err in [child.communicate(timeout=120)]
    )
    assert all(flag.exists() for flag in flags)
    # 2 sessions of 12 minutes: 15.00 each, again
    assert results == [(0, "Issued FT 2026/0002 for Ana Silva: 30.00 EUR.\n", ""), (2, "", LOSER)]
    assert cli("invoice", "create", "--customer", "Ana Silva")[2] == (
        "assistdesk: Ana Silva has nothing to invoice.\n"
    )
    documents = [s["documents"] for s in cli.json("session", "list", "--json")]
    assert [[d["number"] for d in docs] for docs in documents] == [
        ["FT 2026/0001", "NC 2026/0001", "FT 2026/0002"],
    ] * 2
