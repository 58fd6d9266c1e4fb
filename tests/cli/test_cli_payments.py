"""`assistdesk invoice pay` and `customer balance` (SQLite and PostgreSQL): the receipt says the
amount received and what it settled; more than is open is kept as credit and applied later with
--from-credit. Bert's sessions (Page Computers, VAT included): 12 minutes 15.00, 20 min 20.00."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import Cli


@pytest.fixture
def cli(migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    runner = Cli(capsys, "--db", migrated_url, "--basedir", str(tmp_path))
    for key, value in {"company.name": "Page Computers BV",
                       "documents.timezone": "Europe/Brussels"}.items():  # fmt: skip
        assert runner("settings", "set", key, value)[0] == 0
    for name in ("Bert Peeters", "Ana Silva"):
        runner.json("customer", "add", "--name", name, "--policy", "page-computers")
    return runner


def invoice(cli: Cli, name: str, day: str, minutes: str) -> str:
    cli.json("session", "add", "--customer", name, "--accepted", f"2026-11-{day}T09:00Z",
             "--ended", f"2026-11-{day}T09:{minutes}Z")  # fmt: skip
    number: str = cli.json("invoice", "create", "--customer", name, "--json")["number"]
    return number


def test_an_overpayment_and_the_credit_applied_later(cli: Cli) -> None:
    first = invoice(cli, "Bert Peeters", "10", "12")  # 15.00
    receipt = cli.json("invoice", "pay", first, "--amount", "50", "--date", "2026-11-20",
                       "--method", "transfer", "--json")  # fmt: skip
    # 50.00 received; 15.00 settles the invoice; 50.00 − 15.00 = 35.00 kept as credit
    assert receipt["number"] == "RC 2026/0001"
    assert (receipt["amount_received"], receipt["paid_on"], receipt["method"]) == (
        "50.00", "2026-11-20", "transfer",
    )  # fmt: skip
    assert receipt["invoices"] == [{"number": first, "applied": "15.00", "open_after": "0.00"}]
    assert (receipt["open_after"], receipt["kept_as_credit"], receipt["customer_credit"]) == (
        "0.00", "35.00", "35.00",
    )  # fmt: skip
    balance = cli.json("customer", "balance", "Bert Peeters", "--json")
    # invoiced 15.00, paid 50.00; open 0.00; credit 35.00
    assert balance == {"customer": "Bert Peeters", "balances": [
        {"currency": "EUR", "invoiced": "15.00", "credited": "0.00", "paid": "50.00",
         "refunded": "0.00", "open": "0.00", "credit": "35.00"},
    ]}  # fmt: skip

    second = invoice(cli, "Bert Peeters", "11", "20")  # 20.00
    applied = cli.json("invoice", "pay", second, "--from-credit", "--json")
    # nothing received; 20.00 of the 35.00 credit applied; 35.00 − 20.00 = 15.00 left
    assert (applied["amount_received"], applied["credit_applied"], applied["method"]) == (
        "0.00", "20.00", "credit",
    )  # fmt: skip
    assert applied["paid_on"] == "2026-11-24"  # today, in the office's zone
    assert applied["invoices"] == [{"number": second, "applied": "20.00", "open_after": "0.00"}]
    assert applied["customer_credit"] == "15.00"
    listed = cli.json("invoice", "list", "--json")
    assert [(r["number"], r["status"], r["open"]) for r in listed] == [
        (first, "paid", "0.00"), (second, "paid", "0.00"),
    ]  # fmt: skip
    # invoiced 15.00 + 20.00 = 35.00; paid 50.00; credit 50.00 − 35.00 = 15.00
    (eur,) = cli.json("customer", "balance", "Bert Peeters", "--json")["balances"]
    assert (eur["invoiced"], eur["paid"], eur["open"], eur["credit"]) == (
        "35.00", "50.00", "0.00", "15.00",
    )  # fmt: skip


def test_the_text_says_the_amount_received(cli: Cli) -> None:
    first = invoice(cli, "Bert Peeters", "10", "12")  # 15.00
    status, out, err = cli("invoice", "pay", first, "--amount", "10", "--date", "2026-11-20")
    assert (status, err) == (0, "")
    assert out == (
        f"Receipt RC 2026/0001: received 10.00 EUR from Bert Peeters on 2026-11-20.\n"
        f"  {first}: 10.00 applied, 5.00 open.\n"  # 15.00 − 10.00
        "Bert Peeters's credit is now 0.00 EUR.\n"
    )
    status, out, _ = cli("invoice", "pay", first, "--amount", "25", "--date", "2026-11-21",
                         "--method", "cash")  # fmt: skip
    assert out == (
        f"Receipt RC 2026/0002: received 25.00 EUR from Bert Peeters on 2026-11-21.\n"
        f"  {first}: 5.00 applied, 0.00 open.\n"
        "20.00 EUR kept as the customer's credit.\n"  # 25.00 − 5.00
        "Bert Peeters's credit is now 20.00 EUR.\n"
    )
    status, out, _ = cli("customer", "balance", "Bert Peeters")
    assert out == (
        "Bert Peeters, EUR: invoiced 15.00, credited 0.00, paid 35.00, refunded 0.00, "
        "open 0.00, credit 20.00.\n"
    )
    status, out, _ = cli("customer", "balance", "Ana Silva")
    assert (status, out) == (0, "Ana Silva has no invoices, payments or refunds yet.\n")


def test_one_transfer_for_two_invoices(cli: Cli) -> None:
    first = invoice(cli, "Bert Peeters", "10", "12")  # 15.00
    second = invoice(cli, "Bert Peeters", "11", "20")  # 20.00
    receipt = cli.json("invoice", "pay", first, second, "--amount", "30", "--date",
                       "2026-11-20", "--json")  # fmt: skip
    # 15.00 settles the first; the other 15.00 goes to the second: 20.00 − 15.00 = 5.00 open
    assert receipt["invoices"] == [
        {"number": first, "applied": "15.00", "open_after": "0.00"},
        {"number": second, "applied": "15.00", "open_after": "5.00"},
    ]
    assert (receipt["amount_received"], receipt["open_after"], receipt["kept_as_credit"]) == (
        "30.00", "5.00", "0.00",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--amount", "10"], "invoice pay needs --amount and --date (or --from-credit"),
        (["--date", "2026-11-20"], "invoice pay needs --amount and --date"),
        (["--from-credit"], "Bert Peeters has no credit in EUR."),
        (["--from-credit", "--method", "cash"], "takes no --method"),
        (
            ["--amount", "10", "--date", "2026-11-20", "--method", "cheque"],
            "Unknown payment method",
        ),
        (["--amount", "0", "--date", "2026-11-20"], "more than zero, at least 0.01 EUR"),
        (["--amount", "10", "--date", "2026-11-25"], "in the future"),
        (["ANA", "--amount", "10", "--date", "2026-11-20"], "a payment pays one customer's"),
    ],
)
def test_bad_payments_exit_2_and_record_nothing(cli: Cli, args: list[str], says: str) -> None:
    first = invoice(cli, "Bert Peeters", "10", "12")
    anas = invoice(cli, "Ana Silva", "11", "12")
    args = [anas if a == "ANA" else a for a in args]
    status, out, err = cli("invoice", "pay", first, *args)
    assert (status, out) == (2, "")
    assert says in err
    assert len(err.strip().splitlines()) == 1
    assert [r["paid"] for r in cli.json("invoice", "list", "--json")] == ["0.00", "0.00"]
    status, _, err = cli("customer", "balance", "Nobody")
    assert (status, err) == (2, "assistdesk: No customer is named 'Nobody'; add them first.\n")


def test_credit_is_refunded_and_the_balance_shows_it(cli: Cli) -> None:
    first = invoice(cli, "Bert Peeters", "10", "12")  # 15.00
    cli.json("invoice", "pay", first, "--amount", "40", "--date", "2026-11-20", "--json")
    status, out, err = cli("customer", "refund", "Ana Silva", "--amount", "1", "--date",
                           "2026-11-24")  # fmt: skip
    assert (status, out, err) == (2, "", "assistdesk: Ana Silva has no credit to refund.\n")
    refund = cli.json("customer", "refund", "Bert Peeters", "--amount", "20", "--date",
                      "2026-11-24", "--note", "to BE68 5390 0754 7034", "--json")  # fmt: skip
    # 40.00 − 15.00 = 25.00 credit; 25.00 − 20.00 = 5.00 left
    assert refund == {
        "id": refund["id"], "customer": "Bert Peeters", "currency": "EUR", "amount": "20.00",
        "refunded_on": "2026-11-24", "method": "transfer", "note": "to BE68 5390 0754 7034",
        "customer_credit": "5.00",
    }  # fmt: skip
    status, out, err = cli("customer", "refund", "Bert Peeters", "--amount", "6", "--date",
                           "2026-11-24", "--method", "cash")  # fmt: skip
    assert (status, out) == (2, "")
    assert err == (
        "assistdesk: Bert Peeters has 5.00 EUR of credit; a refund of 6.00 is more than that.\n"
    )
    status, out, _ = cli("customer", "refund", "Bert Peeters", "--amount", "5", "--date",
                         "2026-11-24", "--method", "cash")  # fmt: skip
    assert out == (
        "Refunded 5.00 EUR to Bert Peeters on 2026-11-24 (cash); the credit left is 0.00 EUR.\n"
    )
    (eur,) = cli.json("customer", "balance", "Bert Peeters", "--json")["balances"]
    # paid 40.00, refunded 20.00 + 5.00 = 25.00; invoiced 15.00: open 0.00, credit 0.00
    assert (eur["paid"], eur["refunded"], eur["open"], eur["credit"]) == (
        "40.00", "25.00", "0.00", "0.00",
    )  # fmt: skip
