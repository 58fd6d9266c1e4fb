"""A settings file that breaks a rule does not lock an office out after an upgrade: the commands
that do not use the bad value work as before, and the one that uses it is refused with one
sentence (exit status 2) naming the key and the command that fixes it, with nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import Cli
from tests.cli.test_cli_out_of_range import database_rows

SETTINGS = """\
[company]
name = "Page Computers BV"
iban = "BE68 5390 0754 7034"
address = "{address}"

[documents]
timezone = "Europe/Brussels"
number_format = "{number_format}"
"""
GOOD = {"address": "Kerkstraat 12, 9000 Gent", "number_format": "{series} {year}/{seq:04d}"}


def write_settings(tmp_path: Path, **values: str) -> Path:
    path = tmp_path / "config" / "settings.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SETTINGS.format(**(GOOD | values)), encoding="utf-8")
    return path


@pytest.fixture
def cli(migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """An office with a customer and a priced session, its settings file fine so far."""
    write_settings(tmp_path)
    runner = Cli(capsys, "--db", migrated_url, "--basedir", str(tmp_path))
    runner.json("customer", "add", "--name", "Bert", "--policy", "page-computers")
    runner.json("session", "add", "--customer", "Bert", "--accepted", "2026-11-10T09:00Z",
                "--ended", "2026-11-10T09:12Z")  # fmt: skip
    return runner


PROBLEMS = [  # (the value written by an older version or by hand, the key, the rule's sentence)
    ({"address": "Kerkstraat 12\\n9000 Gent"}, "company.address",
     "company.address holds a control character (U+000A); type plain text"),
    ({"number_format": "{year}/{seq}"}, "documents.number_format",
     "documents.number_format: The number format '{year}/{seq}' must contain {series} once, so "
     "that numbers are unique across series and years"),
]  # fmt: skip


@pytest.mark.parametrize(("values", "key", "problem"), PROBLEMS)
def test_commands_that_do_not_use_the_value_work_and_the_one_that_does_is_refused(
    cli: Cli, tmp_path: Path, migrated_url: str, values: dict[str, str], key: str, problem: str
) -> None:
    path = write_settings(tmp_path, **values)
    assert cli.json("customer", "add", "--name", "Carla")["name"] == "Carla"
    assert cli.json("invoice", "list", "--json") == []
    assert cli.json("session", "list", "--json")
    before = database_rows(migrated_url)
    status, out, err = cli("invoice", "create", "--customer", "Bert")
    assert (status, out) == (2, "")
    assert err == (
        f"assistdesk: {path}: {problem}; fix it with `assistdesk settings set {key} …`.\n"
    )
    assert database_rows(migrated_url) == before  # no invoice, no number taken


def test_once_fixed_with_settings_set_the_invoice_is_issued(cli: Cli, tmp_path: Path) -> None:
    write_settings(tmp_path, number_format="{year}/{seq}")
    assert cli("invoice", "create", "--customer", "Bert")[0] == 2
    assert cli("settings", "set", "documents.number_format", "{series}-{year}-{seq:04d}")[0] == 0
    invoice = cli.json("invoice", "create", "--customer", "Bert", "--json")
    assert invoice["number"] == "FT-2026-0001"


def test_settings_list_shows_the_values_as_written_and_says_what_needs_attention(
    cli: Cli, tmp_path: Path
) -> None:
    path = write_settings(tmp_path, number_format="{year}/{seq}")
    status, out, err = cli("settings", "list")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    row = next(line for line in lines if line.startswith("documents.number_format"))
    assert "{year}/{seq}" in row
    assert lines[-2:] == [
        "Needs attention (fix with `assistdesk settings set KEY VALUE`):",
        f"  {path}: documents.number_format: The number format '{{year}}/{{seq}}' must contain "
        "{series} once, so that numbers are unique across series and years.",
    ]
    status, out, err = cli("settings", "list", "--json")
    assert status == 0
    assert json.loads(out)["documents.number_format"] == "{year}/{seq}"  # as written
    assert err == (
        f"assistdesk: {path}: documents.number_format: The number format '{{year}}/{{seq}}' "
        "must contain {series} once, so that numbers are unique across series and years.\n"
    )


def test_a_port_out_of_range_in_the_file_stops_mail_with_a_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "config" / "settings.toml"
    path.parent.mkdir(parents=True)
    path.write_text('[mail]\nserver = "localhost"\nsender = "office@example.com"\nport = 99999\n',
                    encoding="utf-8")  # fmt: skip
    cli = Cli(capsys, "--basedir", str(tmp_path))
    refusal = (
        f"assistdesk: {path}: mail.port must be from 1 to 65535, not 99999; fix it with "
        "`assistdesk settings set mail.port …`.\n"
    )
    assert cli("mail", "test", "--to", "me@example.com") == (2, "", refusal)
    assert cli("mail", "send-pending") == (2, "", refusal)
