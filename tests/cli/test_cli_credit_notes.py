"""`assistdesk invoice credit NUMBER --reason TEXT [--lines N,N...] [--amount AMOUNT] --json` on
SQLite and PostgreSQL: the note's number, the invoice it credits, its lines and VAT per rate, its
total and the sessions it gives back; those sessions are invoiced again with `invoice create`;
`session list --json` names every document a session has been on; refusals are one sentence
with exit status 2 and nothing issued."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import Cli

INVOICE = "FT 2026/0001"


@pytest.fixture
def cli(migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """Bert Peeters (Page Computers, 21 % included): sessions of 12 and 17 minutes, invoiced as
    FT 2026/0001: 15.00 (12.40 net) + 20.00 (16.53 net) = 35.00."""
    runner = Cli(capsys, "--db", migrated_url, "--basedir", str(tmp_path))
    for key, value in {"company.name": "Page Computers BV", "documents.timezone": "UTC"}.items():
        assert runner("settings", "set", key, value)[0] == 0
    runner.json("customer", "add", "--name", "Bert Peeters", "--policy", "page-computers")
    for day, minutes in (("10", "12"), ("11", "17")):
        runner.json("session", "add", "--customer", "Bert Peeters",
                    "--accepted", f"2026-11-{day}T09:00Z",
                    "--ended", f"2026-11-{day}T09:{minutes}Z")  # fmt: skip
    invoice = runner.json("invoice", "create", "--customer", "Bert Peeters", "--json")
    assert (invoice["number"], invoice["total"]) == (INVOICE, "35.00")
    return runner


def sessions(cli: Cli) -> list[int]:
    return [s["id"] for s in cli.json("session", "list", "--json")]


def test_crediting_a_line_gives_its_session_back_to_be_invoiced_again(cli: Cli) -> None:
    first, second = sessions(cli)
    note = cli.json("invoice", "credit", INVOICE, "--reason", "Follow-up", "--lines", "2",
                    "--json")  # fmt: skip
    assert {k: note[k] for k in ("number", "kind", "credits", "reason", "currency")} == {
        "number": "NC 2026/0001", "kind": "credit_note", "credits": INVOICE,
        "reason": "Follow-up", "currency": "EUR",
    }  # fmt: skip
    # Line 2 whole: the 20.00 agreed = 16.53 net + 3.47 VAT at 21 %
    assert [{k: ln[k] for k in ("invoice_line", "net", "vat_percent", "vat", "gross")}
            for ln in note["lines"]] == [
        {"invoice_line": 2, "net": "16.53", "vat_percent": "21", "vat": "3.47", "gross": "20.00"},
    ]  # fmt: skip
    assert note["vat"] == [{"rate": "21", "base": "16.53", "amount": "3.47"}]
    assert (note["net"], note["vat_total"], note["total"]) == ("16.53", "3.47", "20.00")
    assert note["released_session_ids"] == [second]

    again = cli.json("invoice", "create", "--customer", "Bert Peeters", "--json")
    assert (again["number"], again["session_ids"], again["total"]) == (
        "FT 2026/0002", [second], "20.00",  # at the price it was priced at
    )  # fmt: skip
    listed = {s["id"]: s["documents"] for s in cli.json("session", "list", "--json")}
    assert listed[first] == [
        {"number": INVOICE, "kind": "invoice", "issued_at": "2026-11-24T09:00:00Z", "line": 1,
         "credits": None, "released": False},
    ]  # fmt: skip
    assert [(d["number"], d["kind"], d["line"], d["credits"], d["released"])
            for d in listed[second]] == [
        (INVOICE, "invoice", 2, None, False),
        ("NC 2026/0001", "credit_note", 2, INVOICE, True),
        ("FT 2026/0002", "invoice", 1, None, False),
    ]  # fmt: skip


def test_the_whole_invoice_and_an_amount(cli: Cli) -> None:
    first, second = sessions(cli)
    part = cli.json("invoice", "credit", INVOICE, "--reason", "Slow line", "--lines", "1",
                    "--amount", "5", "--json")  # fmt: skip
    # 5.00 of line 1: VAT 5.00 x 2.60 / 15.00 = 0.8667 -> 0.87; no session given back
    assert (part["total"], part["vat"], part["released_session_ids"]) == (
        "5.00", [{"rate": "21", "base": "4.13", "amount": "0.87"}], [],
    )  # fmt: skip
    status, out, err = cli("invoice", "credit", INVOICE, "--reason", "Cancelled")
    assert (status, err) == (0, "")
    # What is left: 35.00 - 5.00 = 30.00, and both sessions
    assert out == (
        f"Issued NC 2026/0002 for Bert Peeters: 30.00 EUR.\n"
        f"Sessions {first}, {second} can be invoiced again.\n"
    )
    listed = cli.json("invoice", "list", "--status", "credited", "--json")
    assert [(r["number"], r["credited"], r["open"]) for r in listed] == [(INVOICE, "35.00", "0.00")]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--lines", "3"], f"{INVOICE} has lines 1 to 2; there is no line 3."),
        (["--lines", "x"], "'x' is not a list of line numbers such as 1,3."),
        (["--lines", "0"], "Line numbers start at 1 and go up to 99999; 0 is not one."),
        (["--amount", "0"], f"A credit note on {INVOICE} can be up to 35.00 EUR."),
        (["--amount", "35.01"], f"A credit note on {INVOICE} can be up to 35.00 EUR."),
        (["--lines", "1", "--amount", "15.01"],
         f"A credit note on {INVOICE} can be up to 15.00 EUR."),
        (["--amount", "ten"], "'ten' is not an amount such as 10.00."),
    ],
)  # fmt: skip
def test_refusals_are_one_sentence_and_issue_nothing(cli: Cli, args: list[str], says: str) -> None:
    status, out, err = cli("invoice", "credit", INVOICE, "--reason", "x", *args)
    assert (status, out, err) == (2, "", f"assistdesk: {says}\n")
    assert cli.json("invoice", "list", "--json")[0]["credited"] == "0.00"
    note = cli.json("invoice", "credit", INVOICE, "--reason", "Now right", "--json")
    assert note["number"] == "NC 2026/0001"  # no number was used by the refusal


def test_an_invoice_of_nothing_is_settled(cli: Cli) -> None:
    cli.json("session", "add", "--customer", "Bert Peeters", "--accepted", "2026-11-12T09:00Z",
             "--ended", "2026-11-12T09:20Z", "--outcome", "unresolved")  # fmt: skip
    nothing = cli.json("invoice", "create", "--customer", "Bert Peeters", "--json")
    assert nothing["total"] == "0.00"  # Page Computers charges nothing when unresolved
    listed = cli.json("invoice", "list", "--status", "settled", "--json")
    assert [(r["number"], r["credited"], r["open"]) for r in listed] == [
        (nothing["number"], "0.00", "0.00"),
    ]  # fmt: skip
    assert cli.json("invoice", "list", "--status", "credited", "--json") == []
    status, _, err = cli("invoice", "credit", nothing["number"], "--reason", "x")
    assert (status, err) == (
        2, f"assistdesk: {nothing['number']} comes to 0.00 EUR; there is nothing to credit.\n",
    )  # fmt: skip
