"""`assistdesk invoice create` (SQLite and PostgreSQL): VAT-exclusive sessions taxed once, lines
typed with --line, one invoice per currency (--currency picks one), and the JSON it prints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli.runner import Cli
from tests.vat_policies import write_test_policies


@pytest.fixture
def cli(migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    runner = Cli(capsys, "--db", migrated_url, "--basedir", str(tmp_path))
    write_test_policies(tmp_path / "config")  # net-23, net-jpy, ... beside the presets
    for key, value in {
        "company.name": "Page Computers BV", "company.iban": "BE68 5390 0754 7034",
        "documents.timezone": "Europe/Brussels",
    }.items():  # fmt: skip
        assert runner("settings", "set", key, value)[0] == 0
    for name, policy in (("Net Shop", "net-23"), ("Bert", "page-computers"), ("Shop", "net-23")):
        runner.json("customer", "add", "--name", name, "--policy", policy)
    return runner


def session(cli: Cli, customer: str, day: int, minutes: int, *more: str) -> dict[str, Any]:
    return cli.json("session", "add", "--customer", customer,  # type: ignore[no-any-return]
                    "--accepted", f"2026-11-{day}T09:00Z",
                    "--ended", f"2026-11-{day}T09:{minutes:02d}Z", *more)  # fmt: skip


def test_vat_exclusive_sessions_are_taxed_once_on_their_summed_nets(cli: Cli) -> None:
    stored = [session(cli, "Net Shop", 10, 20), session(cli, "Net Shop", 11, 45)]
    # Each stored: 24.50 net + 23 % = 5.635 -> 5.64 VAT, 30.14 total.
    assert [(s["net"], s["vat"], s["total"]) for s in stored] == [("24.50", "5.64", "30.14")] * 2
    invoice = cli.json("invoice", "create", "--customer", "Net Shop", "--json")
    assert [(ln["net"], ln["unit_price"], ln["gross"], ln["session_id"])
            for ln in invoice["lines"]] == [
        ("24.50", "24.50", None, stored[0]["id"]), ("24.50", "24.50", None, stored[1]["id"]),
    ]  # fmt: skip
    # 49.00 net x 23 % = 11.27 VAT (on the summed base); 60.27, a cent under 2 x 30.14.
    assert invoice["vat"] == [{"rate": "23", "base": "49.00", "amount": "11.27"}]
    assert (invoice["net"], invoice["vat_total"], invoice["total"]) == ("49.00", "11.27", "60.27")
    listed = cli.json("invoice", "list", "--json")
    assert [(r["number"], r["total"], r["open"]) for r in listed] == [
        (invoice["number"], "60.27", "60.27"),
    ]  # fmt: skip


def test_typed_lines_and_a_discount(cli: Cli) -> None:
    first = session(cli, "Bert", 10, 12)  # 15.00 incl. 21 % (page-computers)
    invoice = cli.json("invoice", "create", "--customer", "Bert", "--json",
                       "--line", "On-site visit;1;45.00;21",
                       "--line", "Cable;2;3,50;21;excl",
                       "--line", "Loyalty discount;1;-10.00;21")  # fmt: skip
    assert [(ln["description"], ln["quantity"], ln["unit_price"], ln["net"], ln["gross"],
             ln["session_id"]) for ln in invoice["lines"][1:]] == [
        ("On-site visit", "1", "37.18", "37.18", "45.00", None),
        ("Cable", "2", "3.50", "7.00", None, None),
        ("Loyalty discount", "1", "-8.26", "-8.26", "-10.00", None),  # -10.00 / 1.21
    ]  # fmt: skip
    # 15.00 + 45.00 - 10.00 = 50.00 incl. VAT / 1.21 = 41.32 base; the lines 12.40 + 37.19 -
    # 8.26 make 41.33, so the largest (45.00 / 1.21 = 37.19) takes the -0.01: 37.18.
    assert invoice["lines"][0]["session_id"] == first["id"]
    assert invoice["session_ids"] == [first["id"]]
    # With VAT: 15.00 + 45.00 - 10.00 = 50.00 -> 41.32 base, 8.68 VAT. Without: 7.00 x 21 % =
    # 1.47. Base 48.32, VAT 10.15, total 58.47.
    assert invoice["vat"] == [{"rate": "21", "base": "48.32", "amount": "10.15"}]
    assert invoice["total"] == "58.47"


def test_an_invoice_of_typed_lines_only(cli: Cli) -> None:
    invoice = cli.json("invoice", "create", "--customer", "Net Shop", "--json",
                       "--line", "On-site visit;2;45.00;21")  # fmt: skip
    # EUR from the customer's policy (net-23), whose prices exclude VAT: 2 x 45.00 = 90.00 net,
    # 18.90 VAT, 108.90 total.
    assert (invoice["currency"], invoice["net"], invoice["total"]) == ("EUR", "90.00", "108.90")
    assert invoice["session_ids"] == []
    cli.json("customer", "add", "--name", "Walk-in", "--policy", "")
    status, out, err = cli("invoice", "create", "--customer", "Walk-in", "--line", "Repair;1;9;10")
    assert (status, out) == (2, "")
    assert err == (
        "assistdesk: Walk-in has no policy to take the invoice's currency from; choose the "
        "currency (--currency).\n"
    )
    yen = cli.json("invoice", "create", "--customer", "Walk-in", "--currency", "jpy",
                   "--line", "Setup;1;4500;10;excl", "--json")  # fmt: skip
    # 4500 JPY x 10 % = 450: 4950 JPY, no decimals.
    assert (yen["currency"], yen["vat_total"], yen["total"]) == ("JPY", "450", "4950")


def test_one_invoice_per_currency(cli: Cli) -> None:
    session(cli, "Shop", 10, 20)  # 30.14 EUR (24.50 + 5.64)
    session(cli, "Shop", 11, 20, "--policy", "phonetex")  # 45.00 GBP incl. 20 %
    session(cli, "Shop", 12, 20, "--policy", "net-jpy")  # 2455 JPY + 246 = 2701 JPY
    gbp = cli.json("invoice", "create", "--customer", "Shop", "--currency", "GBP", "--json")
    assert (gbp["currency"], gbp["total"]) == ("GBP", "45.00")
    both = cli.json("invoice", "create", "--customer", "Shop", "--json",
                    "--line", "Visit;1;10.00;23")  # fmt: skip
    assert isinstance(both, list)  # several invoices: a JSON array, by currency code
    # EUR: 24.50 + 10.00 = 34.50 net (net-23 prices without VAT) x 23 % = 7.94 (7.935): 42.44.
    assert [(i["number"], i["currency"], i["total"]) for i in both] == [
        ("FT 2026/0002", "EUR", "42.44"), ("FT 2026/0003", "JPY", "2701"),
    ]  # fmt: skip
    status, out, err = cli("invoice", "create", "--customer", "Shop")
    assert (status, out, err) == (2, "", "assistdesk: Shop has nothing to invoice.\n")


def test_several_invoices_are_printed_one_line_each(cli: Cli) -> None:
    session(cli, "Shop", 10, 20)
    session(cli, "Shop", 11, 20, "--policy", "phonetex")
    status, out, err = cli("invoice", "create", "--customer", "Shop")
    assert (status, err) == (0, "")
    assert out == (
        "Issued FT 2026/0001 for Shop: 30.14 EUR.\nIssued FT 2026/0002 for Shop: 45.00 GBP.\n"
    )


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--line", "On-site visit;45.00;21"], "is not an invoice line; write DESCRIPTION;"),
        (["--line", ";1;45.00;21"], "An invoice line needs a description"),
        (["--line", "Visit;0;45.00;21"], "The quantity of 'Visit' must be more than zero."),
        (["--line", "Visit;1;4 5;21"], "'4 5' is not an amount such as 10.00."),
        (["--line", "Visit;1;45.00;121"], "must be from 0 to 100 %, not '121'."),
        (["--line", "Visit;1;45;21", "--line", "Off;1;-60;21"], "The discounts at 21 % come to"),
        (["--currency", "EURO"], "'EURO' is not a currency code such as EUR (ISO 4217)."),
        (["--currency", "USD"], "Shop has nothing to invoice in USD; their sessions are in EUR."),
    ],
)
def test_bad_input_is_one_sentence_and_issues_nothing(cli: Cli, args: list[str], says: str) -> None:
    session(cli, "Shop", 10, 20)
    status, out, err = cli("invoice", "create", "--customer", "Shop", "--json", *args)
    assert (status, out) == (2, "")
    assert says in err
    assert len(err.strip().splitlines()) == 1
    assert cli.json("invoice", "list", "--json") == []
    assert cli.json("invoice", "create", "--customer", "Shop", "--json")["number"].endswith("1")
