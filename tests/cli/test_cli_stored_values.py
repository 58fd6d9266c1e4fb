"""A value that slips past the checks and does not fit its PostgreSQL column is still bad input on
the command line: exit status 2 and one sentence, not "an unexpected problem" (exit status 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import Cli


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_value_too_long_for_postgresql_is_exit_status_2(
    migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    cli = Cli(capsys, "--db", migrated_url, "--basedir", str(tmp_path))
    cli.json("customer", "add", "--name", "Ana")
    monkeypatch.setattr("app.services.sessions.check_remote_id", lambda text: text)  # a gap
    status, out, err = cli("session", "add", "--customer", "Ana", "--accepted",
                           "2026-11-20T10:00Z", "--ended", "2026-11-20T10:10Z",
                           "--remote-id", "1" * 300)  # fmt: skip
    assert (status, out) == (2, "")
    assert err == (
        "assistdesk: The database cannot keep a value given here (value too long for type "
        "character varying(128)); nothing was saved: give a shorter text or a smaller number.\n"
    )
    assert cli.json("session", "list", "--json") == []
