"""`assistdesk customer list`, `archive` and `restore`: the customers window's rows on the
command line, and archiving by name; unknown names are one sentence and exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import Cli


@pytest.fixture
def cli(migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    runner = Cli(capsys, "--db", migrated_url, "--basedir", str(tmp_path))
    for key, value in {"company.name": "Page Computers BV", "documents.timezone": "UTC"}.items():
        assert runner("settings", "set", key, value)[0] == 0
    for name in ("Bert Peeters", "Ana Silva"):
        runner.json("customer", "add", "--name", name, "--policy", "page-computers")
    runner.json(
        "session", "add", "--customer", "Bert Peeters",
        "--accepted", "2026-11-10T09:00Z", "--ended", "2026-11-10T09:12Z",
    )  # fmt: skip
    runner.json("invoice", "create", "--customer", "Bert Peeters", "--json")
    return runner


def test_customers_are_listed_with_their_last_session_and_what_is_open(cli: Cli) -> None:
    listed = cli.json("customer", "list", "--json")
    assert [(c["name"], c["last_session"], c["open"]) for c in listed] == [
        ("Ana Silva", None, {}),
        ("Bert Peeters", "2026-11-10T09:00:00Z", {"EUR": "15.00"}),
    ]
    assert cli.json("customer", "list", "--search", "bert", "--json")[0]["policy"] == (
        "page-computers"
    )
    status, out, _ = cli("customer", "list")
    assert (status, out.splitlines()[1]) == (
        0, "Bert Peeters  last session 2026-11-10  open 15.00 EUR",
    )  # fmt: skip


def test_an_archived_customer_is_listed_only_when_asked_and_can_be_restored(cli: Cli) -> None:
    archived = cli.json("customer", "archive", "bert peeters")
    assert archived["archived_at"] == "2026-11-24T09:00:00Z"  # the tests' "now"
    assert [c["name"] for c in cli.json("customer", "list", "--json")] == ["Ana Silva"]
    both = cli.json("customer", "list", "--archived", "--json")
    assert [(c["name"], c["archived_at"]) for c in both] == [
        ("Ana Silva", None), ("Bert Peeters", "2026-11-24T09:00:00Z"),
    ]  # fmt: skip
    status, _, err = cli("customer", "add", "--name", "Bert Peeters")
    assert status == 2
    assert "already exists, archived" in err
    assert cli.json("customer", "restore", "Bert Peeters")["archived_at"] is None
    assert len(cli.json("customer", "list", "--json")) == 2


def test_an_unknown_name_is_one_sentence(cli: Cli) -> None:
    for action in ("archive", "restore"):
        status, out, err = cli("customer", action, "Zoe")
        assert (status, out) == (2, "")
        assert err == "assistdesk: No customer is named 'Zoe'; add them first.\n"
