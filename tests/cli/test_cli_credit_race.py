"""Two workstations credit the same line at the same moment (`assistdesk invoice credit` in two
processes, on SQLite and PostgreSQL): credits of one invoice are taken one at a time, so the
second sees the first's credit note and is refused in one sentence (exit 2) instead of crediting
the line beyond what is left of it.

Each process, once it has read what is left and is about to take a number, waits up to a few
seconds for the other to get there too. Were both let through (no lock on the invoice), both
would get there and issue; with the lock the second cannot, so the first goes on alone after the
wait, and the second reads the invoice again once the first has committed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

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

    url, basedir, me, other, now = sys.argv[1:]

    def hold(_conn, _cursor, statement, *_rest):
        if statement.lstrip().upper().startswith("INSERT INTO SERIES_COUNTERS"):
            Path(me).touch()
            deadline = time.monotonic() + 3
            while not Path(other).exists() and time.monotonic() < deadline:
                time.sleep(0.005)

    event.listen(Engine, "before_cursor_execute", hold)
    clock = ManualClock(datetime.fromisoformat(now))
    argv = ["--db", url, "--basedir", basedir, "invoice", "credit", "FT 2026/0001",
            "--reason", "Slow line", "--lines", "1", "--amount", "10"]
    sys.exit(main(argv, clock=clock))
    """
)


@pytest.mark.slow
def test_two_workstations_never_credit_a_line_beyond_what_is_left(
    migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "base"
    cli = Cli(capsys, "--db", migrated_url, "--basedir", str(base))
    for key, value in {"company.name": "Page Computers BV", "documents.timezone": "UTC"}.items():
        assert cli("settings", "set", key, value)[0] == 0
    cli.json("customer", "add", "--name", "Ana Silva", "--policy", "page-computers")
    cli.json("session", "add", "--customer", "Ana Silva", "--accepted", "2026-11-10T09:00Z",
             "--ended", "2026-11-10T09:12Z")  # fmt: skip
    assert cli.json("invoice", "create", "--customer", "Ana Silva", "--json")["total"] == "15.00"
    flags = [tmp_path / "a-is-there", tmp_path / "b-is-there"]
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKSTATION,
                migrated_url,
                str(base),
                str(me),
                str(other),
                START.isoformat(),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for me, other in (flags, flags[::-1])
    ]
    results = sorted(
        (child.returncode, out, err)
        for child in children
        for out, err in [child.communicate(timeout=120)]
    )
    # 10.00 of the line's 15.00 once; the second 10.00 is more than the 5.00 left.
    assert results == [
        (0, "Issued NC 2026/0001 for Ana Silva: 10.00 EUR.\n", ""),
        (2, "", "assistdesk: A credit note on FT 2026/0001 can be up to 5.00 EUR.\n"),
    ]
    listed = cli.json("invoice", "list", "--json")
    assert [(r["credited"], r["open"]) for r in listed] == [("10.00", "5.00")]
