"""`assistdesk invoice ...`: the office's contract, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.runner import Cli


@pytest.fixture
def cli(migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    runner = Cli(capsys, "--db", migrated_url, "--basedir", str(tmp_path))
    for key, value in {
        "company.name": "Page Computers BV", "company.address": "Kerkstraat 12, 9000 Gent",
        "company.iban": "BE68 5390 0754 7034", "company.bic": "GKCCBEBB",
        "documents.timezone": "Europe/Brussels",
    }.items():  # fmt: skip
        assert runner("settings", "set", key, value)[0] == 0
    runner.json("customer", "add", "--name", "Bert Peeters", "--policy", "page-computers")
    for day, minutes in (("10", "12"), ("11", "17"), ("12", "20")):
        runner.json("session", "add", "--customer", "Bert Peeters",
                    "--accepted", f"2026-11-{day}T09:00Z",
                    "--ended", f"2026-11-{day}T09:{minutes}Z")  # fmt: skip
    return runner


def test_create_prints_the_invoice(cli: Cli) -> None:
    invoice = cli.json("invoice", "create", "--customer", "Bert Peeters", "--until", "2026-11-11",
                       "--json")  # fmt: skip
    assert set(invoice) >= {
        "number", "customer", "issued_at", "due_date", "currency", "lines", "vat", "net",
        "vat_total", "total", "session_ids",
    }  # fmt: skip
    assert invoice["number"].endswith("/0001")
    assert (invoice["customer"], invoice["currency"], invoice["total"]) == (
        "Bert Peeters", "EUR", "35.00",
    )  # fmt: skip
    assert [ln["net"] for ln in invoice["lines"]] == ["12.40", "16.53"]
    assert invoice["lines"][0]["vat_percent"] == "21"
    assert invoice["vat"] == [{"rate": "21", "base": "28.93", "amount": "6.07"}]
    assert (invoice["net"], invoice["vat_total"]) == ("28.93", "6.07")
    assert len(invoice["session_ids"]) == 2
    second = cli.json("invoice", "create", "--customer", "Bert Peeters", "--json")
    assert second["total"] == "20.00"
    status, out, err = cli("invoice", "create", "--customer", "Bert Peeters", "--json")
    assert (status, out) == (2, "")
    assert err == "assistdesk: Bert Peeters has nothing to invoice.\n"


@pytest.mark.parametrize(
    ("lang", "total", "title"),
    [("en", "€35.00", "Invoice"), ("pt", "35,00 €", "Fatura"), ("nl", "€ 35,00", "Factuur")],
)
def test_the_pdf_says_what_the_json_says(
    cli: Cli, tmp_path: Path, lang: str, total: str, title: str
) -> None:
    invoice = cli.json("invoice", "create", "--customer", "Bert Peeters", "--until",
                       "2026-11-11", "--lang", lang, "--json")  # fmt: skip
    target = tmp_path / f"{lang}.pdf"
    status, _, err = cli("invoice", "pdf", invoice["number"], "--output", str(target))
    assert status == 0, err
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert invoice["number"] in text
    assert total in text
    assert title in text
    assert "BE68 5390 0754 7034" in text


def test_pay_credit_and_list(cli: Cli) -> None:
    number = cli.json("invoice", "create", "--customer", "Bert Peeters", "--json")["number"]
    receipt = cli.json("invoice", "pay", number, "--amount", "20", "--date", "2026-11-20",
                       "--method", "transfer", "--json")  # fmt: skip
    assert (receipt["kind"], receipt["corrects"], receipt["paid_amount"]) == (
        "receipt", number, "20.00",
    )  # fmt: skip
    note = cli.json("invoice", "credit", number, "--reason", "Goodwill", "--amount", "5",
                    "--json")  # fmt: skip
    assert (note["kind"], note["corrects"], note["total"]) == ("credit_note", number, "5.00")
    listed = cli.json("invoice", "list", "--json")
    assert [(r["number"], r["status"], r["open"]) for r in listed] == [
        (number, "partly_paid", "30.00"),
    ]  # fmt: skip
    assert cli.json("invoice", "list", "--status", "paid", "--json") == []
    assert cli.json("invoice", "list", "--status", "draft", "--json") == []


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["create", "--customer", "Nobody"], "No customer is named 'Nobody'"),
        (["create", "--customer", "Bert Peeters", "--lang", "fr"], "en, pt or nl"),
        (["create", "--customer", "Bert Peeters", "--until", "tomorrow"], "ISO 8601 date"),
        (["create", "--customer", "Bert Peeters", "--series", "F T"], "not a series name"),
        (["pdf", "FT 2099/9999", "--output", "x.pdf"], "No document is numbered"),
        (["pay", "FT 2099/9999", "--amount", "x", "--date", "2026-11-20"], "not an amount"),
        (["list", "--status", "late"], "Unknown status 'late'"),
        (["credit", "FT 2099/9999", "--reason", "x"], "No document is numbered"),
    ],
)
def test_bad_invoice_input_exits_2_and_issues_nothing(cli: Cli, args: list[str], says: str) -> None:
    status, out, err = cli("invoice", *args)
    assert (status, out) == (2, "")
    assert says in err
    assert len(err.strip().splitlines()) == 1
    assert cli.json("invoice", "list", "--json") == []
