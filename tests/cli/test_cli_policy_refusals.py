"""On the command line, on SQLite and PostgreSQL: `policy check` refuses what cannot be honoured
(exit 2, one line naming the file, the key and the problem); an office's broken copy of a preset
refuses pricing with its problem instead of falling back to the preset; what `policy check`
accepts, however extreme, is priced and stored or refused in a sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.resources import resource
from tests.cli.runner import Cli

TUESDAY_NOON = "2026-11-23T12:00:00Z"


@pytest.fixture
def cli(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(capsys, "--db", db_url, "--basedir", str(tmp_path))


def office_file(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "config" / "policies"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def pardini() -> str:
    return resource("policies/pardini.toml").read_text(encoding="utf-8")


def said_once(err: str) -> str:
    assert err.startswith("assistdesk: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ('timezone = "America/Sao_Paulo"', 'timezone = "Europe"', "schedule.timezone: 'Europe'"),
        ('first_block_price = "120.00"', 'first_block_price = "1_20.00"', "first_block_price:"),
        ('first_block_price = "120.00"', 'first_block_price = "NaN"', "'NaN' is not an amount"),
        ('first_block_price = "120.00"', 'first_block_price = "1e400"', "first_block_price:"),
        ('first_block_price = "120.00"', 'first_block_price = "99999999999"', "too large"),
        ('start = "07:30"', 'start = "07:30\\u0000"', "schedule.windows[1].start: must be a time"),
        ('id = "pardini"', 'id = "pardini"\nx = ' + "[" * 4000 + "]" * 4000, "nested more than"),
    ],
)
def test_policy_check_refuses_what_cannot_be_honoured(
    cli: Cli, tmp_path: Path, old: str, new: str, says: str
) -> None:
    assert old in pardini()
    path = tmp_path / "bad.toml"
    path.write_text(pardini().replace(old, new, 1), encoding="utf-8")
    status, out, err = cli("policy", "check", str(path))
    assert (status, out) == (2, "")
    assert said_once(err).startswith(f"assistdesk: {path}: ")
    assert says in err


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("pardini.toml", "id = [unclosed"),  # not even TOML: its name says which policy it is
        ("our-pardini.toml", pardini().replace('"America/Sao_Paulo"', '"America"')),  # its id
    ],
)
def test_a_broken_office_copy_refuses_pricing_until_it_is_fixed(
    cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    copy = office_file(tmp_path, name, text)
    cli.json("customer", "add", "--name", "Ana", "--policy", "pardini")
    attempts = [
        ("quote", "--policy", "pardini", "--duration", "20m", "--at", TUESDAY_NOON),
        ("schedule", "check", "--policy", "pardini", "--at", TUESDAY_NOON),
        ("session", "add", "--customer", "Ana", "--accepted", "2026-11-23T12:00Z",
         "--ended", "2026-11-23T12:20Z"),
    ]  # fmt: skip
    for args in attempts:
        status, out, err = cli(*args)
        assert (status, out) == (2, ""), args
        assert said_once(err).startswith(f"assistdesk: {copy}: "), args
    assert cli.json("session", "list", "--json") == []  # nothing half-written
    status, out, _ = cli("policy", "list")
    assert "(broken)" in out
    copy.unlink()  # removed: the shipped preset prices again
    assert cli.json("quote", "--policy", "pardini", "--duration", "20m", "--at", TUESDAY_NOON,
                    "--json")["total"] == "120.00"  # fmt: skip


def test_a_link_to_nothing_among_the_office_files_is_a_broken_file(
    cli: Cli, tmp_path: Path
) -> None:
    """`ln -s /nonexistent/x.toml config/policies/d.toml` broke `policy list`, `quote` and
    `session add` with "unexpected problem: FileNotFoundError". It is an office file that does
    not read: listed with its problem, and it stands for its file name's id, so only that
    policy is refused (a link named like a preset refuses the preset, as a broken copy does)."""
    folder = tmp_path / "config" / "policies"
    folder.mkdir(parents=True)
    (folder / "d.toml").symlink_to(tmp_path / "nonexistent" / "x.toml")
    status, out, err = cli("policy", "list")
    assert (status, err) == (0, "")
    assert "(broken)" in out
    assert f"{folder / 'd.toml'}: there is no such file." in out
    cli.json("customer", "add", "--name", "Ana", "--policy", "pardini")
    quote = ("quote", "--duration", "20m", "--at", TUESDAY_NOON, "--json")
    assert cli.json(*quote, "--policy", "pardini")["total"] == "120.00"
    cli.json("session", "add", "--customer", "Ana", "--accepted", "2026-11-23T12:00Z",
             "--ended", "2026-11-23T12:20Z")  # fmt: skip
    status, out, err = cli(*quote, "--policy", "d")
    assert (status, out) == (2, "")
    assert said_once(err) == f"assistdesk: {folder / 'd.toml'}: there is no such file.\n"
    (folder / "pardini.toml").symlink_to(tmp_path / "nonexistent" / "pardini.toml")
    status, out, err = cli(*quote, "--policy", "pardini")
    assert (status, out) == (2, "")
    assert said_once(err).startswith(f"assistdesk: {folder / 'pardini.toml'}: ")


def test_session_price_refuses_while_a_policy_file_is_broken(cli: Cli, tmp_path: Path) -> None:
    # An office copy that prices by offer leaves a session entered without one unpriced ...
    offer = pardini().split("[tariff]")[0] + '[tariff]\nmode = "offer"\n'
    copy = office_file(tmp_path, "pardini.toml", offer)
    cli.json("customer", "add", "--name", "Ana", "--policy", "pardini")
    added = cli.json("session", "add", "--customer", "Ana", "--accepted", "2026-11-23T12:00Z",
                     "--ended", "2026-11-23T12:20Z")  # fmt: skip
    assert added["total"] is None
    # ... and while the copy is broken, pricing what is pending is refused with its problem.
    copy.write_text("id = [unclosed", encoding="utf-8")
    status, out, err = cli("session", "price")
    assert (status, out) == (2, "")
    assert said_once(err).startswith(f"assistdesk: {copy}: ")
    copy.unlink()
    assert cli.json("session", "price") == {"priced": 1, "unpriced": 0}


EXTREME = """
id = "extreme"
name = "Extreme"
currency = "EUR"
vat_percent = "100"
prices_include_vat = false

[tariff]
first_block_minutes = 1
first_block_price = "9999999999.99"
block_minutes = 1
block_price = "9999999999.99"
"""


def test_an_extreme_accepted_policy_is_stored_or_refused_never_crashes(
    cli: Cli, tmp_path: Path
) -> None:
    office_file(tmp_path, "extreme.toml", EXTREME)
    status, _, err = cli("policy", "check", str(tmp_path / "config/policies/extreme.toml"))
    assert status == 0, err
    cheap = EXTREME.replace('"9999999999.99"', '"4999999999.99"').replace('"100"', '"0"')
    office_file(tmp_path, "cheap.toml", cheap.replace('"extreme"', '"cheap"'))
    cli.json("customer", "add", "--name", "Ana", "--policy", "cheap")
    # One minute at the largest price that still fits: stored to the cent on both backends.
    added = cli.json("session", "add", "--customer", "Ana", "--accepted", "2026-11-23T12:00Z",
                     "--ended", "2026-11-23T12:01Z")  # fmt: skip
    assert added["total"] == "4999999999.99"
    assert cli.json("session", "list", "--json")[0]["total"] == "4999999999.99"
    # Two minutes would cost more than the database keeps: the quote says so in a sentence, and
    # the session is kept, unpriced (its end is never lost).
    status, _, err = cli("quote", "--policy", "extreme", "--duration", "2m", "--at", TUESDAY_NOON)
    assert status == 2
    assert "more than AssistDesk can record" in said_once(err)
    cli.json("customer", "add", "--name", "Bert", "--policy", "extreme")
    kept = cli.json("session", "add", "--customer", "Bert", "--accepted", "2026-11-23T12:00Z",
                    "--ended", "2026-11-23T12:02Z")  # fmt: skip
    assert kept["total"] is None


@pytest.mark.parametrize(
    ("currency", "nothing", "smallest", "stored"),
    [("EUR", "0.004", "0.01 EUR", "0.01"), ("JPY", "0.4", "1 JPY", "1"),
     ("BHD", "0.0004", "0.001 BHD", "0.001")],
)  # fmt: skip
def test_amounts_that_round_to_nothing_in_their_currency_are_refused_like_zero(
    cli: Cli, tmp_path: Path, currency: str, nothing: str, smallest: str, stored: str
) -> None:
    text = (
        resource("policies/justanswer.toml").read_text(encoding="utf-8")
        .replace('currency = "USD"', f'currency = "{currency}"')
        .replace('id = "justanswer"', 'id = "local"')
    )  # fmt: skip
    assert f'currency = "{currency}"' in text
    office_file(tmp_path, "local.toml", text)
    cli.json("customer", "add", "--name", "Ana", "--policy", "local")
    for amount in ("0", nothing):
        status, out, err = cli("service", "add", "--customer", "Ana", "--date", "2026-11-20",
                               "--description", "Repair", "--amount", amount)  # fmt: skip
        assert (status, out) == (2, "")
        assert f"must be more than zero, at least {smallest}." in said_once(err)
        status, out, err = cli("session", "add", "--customer", "Ana", "--accepted",
                               "2026-11-23T12:00Z", "--ended", "2026-11-23T12:20Z",
                               "--offer", amount)  # fmt: skip
        assert (status, out) == (2, "")
        assert f"An offer must be more than zero, at least {smallest}." in said_once(err)
        status, _, err = cli("quote", "--policy", "local", "--duration", "20m", "--offer", amount,
                             "--at", TUESDAY_NOON)  # fmt: skip
        assert status == 2
        assert f"at least {smallest}" in said_once(err)
    assert cli.json("session", "list", "--json") == []
    service = cli.json("service", "add", "--customer", "Ana", "--date", "2026-11-20",
                       "--description", "Repair", "--amount", stored)  # fmt: skip
    assert service["amount"] == stored
    offered = cli.json("session", "add", "--customer", "Ana", "--accepted", "2026-11-23T12:00Z",
                       "--ended", "2026-11-23T12:20Z", "--offer", stored)  # fmt: skip
    assert offered["total"] == stored


def test_json_writes_a_20_percent_rate_as_20_never_2e1(cli: Cli) -> None:
    for key, value in {"company.name": "Phonetex", "documents.timezone": "Europe/London"}.items():
        assert cli("settings", "set", key, value)[0] == 0
    cli.json("customer", "add", "--name", "Ana", "--policy", "phonetex")
    cli.json("session", "add", "--customer", "Ana", "--accepted", "2026-11-23T12:00Z",
             "--ended", "2026-11-23T12:20Z")  # fmt: skip
    status, out, err = cli("invoice", "create", "--customer", "Ana", "--json")
    assert status == 0, err
    assert "E+" not in out.upper()
    invoice = json.loads(out)
    assert invoice["lines"][0]["vat_percent"] == "20"
    assert invoice["vat"][0]["rate"] == "20"
