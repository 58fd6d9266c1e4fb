"""`assistdesk session add` records who ran the session (the technician.name setting unless
`--technician` names someone), `session list --technician` lists theirs, and the JSON says who."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import Cli

GOOD = ["--accepted", "2026-11-20T10:00Z", "--ended", "2026-11-20T10:30Z"]


@pytest.fixture
def cli(migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    made = Cli(capsys, "--db", migrated_url, "--basedir", str(tmp_path / "base"))
    made.json("customer", "add", "--name", "Ana Silva")
    return made


def add(cli: Cli, *extra: str) -> dict[str, object]:
    added = cli.json("session", "add", "--customer", "Ana Silva", *GOOD, *extra)
    assert isinstance(added, dict)
    return added


def test_the_configured_technician_is_recorded_unless_another_is_named(cli: Cli) -> None:
    assert add(cli)["technician"] is None  # nobody configured yet
    status, _, err = cli("settings", "set", "technician.name", "Jan Peeters")
    assert status == 0, err
    assert add(cli)["technician"] == "Jan Peeters"
    assert add(cli, "--technician", " Maria  Sousa")["technician"] == "Maria Sousa"

    listed = cli.json("session", "list", "--json")
    assert [s["technician"] for s in listed] == [None, "Jan Peeters", "Maria Sousa"]
    jan = cli.json("session", "list", "--technician", "jan peeters", "--json")
    assert [s["id"] for s in jan] == [listed[1]["id"]]
    assert cli.json("session", "list", "--technician", "Rui", "--json") == []
    status, out, _ = cli("session", "list", "--technician", "Maria Sousa")
    assert status == 0
    assert "Ana Silva  (Maria Sousa)" in out


def test_a_blank_technician_is_one_sentence_and_exit_2(cli: Cli) -> None:
    for command in (["session", "add", "--customer", "Ana Silva", *GOOD], ["session", "list"]):
        status, out, err = cli(*command, "--technician", "  ")
        assert (status, out) == (2, "")
        assert "A technician needs a name." in err
    assert cli.json("session", "list", "--json") == []
