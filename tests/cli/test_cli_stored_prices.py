"""`session add` prices what it stores; `service add` records paid services (both backends)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.runner import Cli


@pytest.fixture
def cli(migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(capsys, "--db", migrated_url, "--basedir", str(tmp_path))


def add(cli: Cli, customer: str, accepted: str, minutes: int, *extra: str) -> Any:
    hour, minute = int(accepted[11:13]), int(accepted[14:16]) + minutes
    ended = f"{accepted[:11]}{hour + minute // 60:02d}:{minute % 60:02d}Z"
    return cli.json(
        "session", "add", "--customer", customer, "--accepted", accepted, "--ended", ended, *extra
    )


def test_session_add_prints_the_stored_price(cli: Cli) -> None:
    cli.json("customer", "add", "--name", "Bert", "--policy", "page-computers")
    added = add(cli, "Bert", "2026-11-20T10:00Z", 12)
    assert (added["currency"], added["net"], added["vat"], added["total"]) == (
        "EUR", "12.40", "2.60", "15.00",
    )  # fmt: skip
    assert added["free_seconds"] == 0
    assert cli.json("session", "list", "--json")[0]["total"] == "15.00"
    unresolved = add(cli, "Bert", "2026-11-20T11:00Z", 20, "--outcome", "unresolved")
    assert unresolved["total"] == "0.00"


def test_a_customer_without_policy_gets_null_prices(cli: Cli) -> None:
    cli.json("customer", "add", "--name", "Ana")
    added = add(cli, "Ana", "2026-11-20T10:00Z", 12)
    assert [added[k] for k in ("currency", "net", "vat", "total", "free_seconds")] == [None] * 5


def test_paid_service_makes_iponto_minutes_free(cli: Cli) -> None:
    cli.json("customer", "add", "--name", "Ana", "--policy", "iponto")
    service = cli.json(
        "service", "add", "--customer", "Ana", "--date", "2026-02-01",
        "--description", "Workshop repair", "--amount", "45.00", "--equipment", "Laptop",
    )  # fmt: skip
    assert service == {
        "id": service["id"], "customer": "Ana", "date": "2026-02-01",
        "description": "Workshop repair", "amount": "45.00", "equipment": "Laptop",
    }  # fmt: skip
    first = add(cli, "Ana", "2026-03-02T10:00Z", 70, "--equipment", "Laptop")
    second = add(cli, "Ana", "2026-03-03T10:00Z", 70, "--equipment", "Laptop")
    assert (first["total"], first["free_seconds"]) == ("0.00", 4200)
    assert (second["total"], second["free_seconds"]) == ("13.50", 3000)


def test_offer_sessions_take_the_offer(cli: Cli) -> None:
    cli.json("customer", "add", "--name", "Asker", "--policy", "justanswer")
    assert add(cli, "Asker", "2026-11-20T10:00Z", 40, "--offer", "35")["total"] == "35.00"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--customer", "Nobody"], "No customer is named 'Nobody'"),
        (["--customer", "Ana", "--date", "01/02/2026"], "not an ISO 8601 date"),
        (["--customer", "Ana", "--amount", "lots"], "not an amount"),
        (["--customer", "Ana", "--amount", "0"], "more than zero"),
        (["--customer", "Ana", "--description", " "], "needs a description"),
    ],
)
def test_bad_service_input_exits_2_and_writes_nothing(cli: Cli, args: list[str], says: str) -> None:
    cli.json("customer", "add", "--name", "Ana")
    base = {"--customer": "Ana", "--date": "2026-02-01", "--description": "Repair", "--amount": "9"}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    status, out, err = cli("service", "add", *[part for pair in base.items() for part in pair])
    assert (status, out) == (2, "")
    assert says in err
    assert len(err.strip().splitlines()) == 1
    status, out, _ = cli("service", "add", "--customer", "Ana", "--date", "2026-02-01",
                         "--description", "Repair", "--amount", "9")  # fmt: skip
    assert json.loads(out)["id"] == 1  # the failed attempt left nothing behind


def test_session_price_prices_what_was_entered_before_the_customer_had_a_policy(
    cli: Cli, db_url: str
) -> None:
    cli.json("customer", "add", "--name", "Bert")
    add(cli, "Bert", "2026-11-20T10:00Z", 12)
    add(cli, "Bert", "2026-11-20T11:00Z", 25, "--policy", "page-computers")
    # The office sets Bert's policy afterwards (no CLI for it yet: straight in the database).
    from sqlalchemy import update

    from app.storage.database import open_database
    from app.storage.models import CustomerRow

    db, _ = open_database(db_url)
    with db.transaction() as orm:
        orm.execute(update(CustomerRow).values(policy_id="page-computers"))
    db.dispose()
    assert cli.json("session", "price") == {"priced": 1, "unpriced": 0}
    assert [s["total"] for s in cli.json("session", "list", "--json")] == ["15.00", "25.00"]
    assert cli.json("session", "price", "--customer", "Bert") == {"priced": 0, "unpriced": 0}


def test_a_new_customer_gets_the_offices_default_policy_unless_one_is_given(cli: Cli) -> None:
    assert cli("settings", "set", "customers.default_policy", "page-computers")[0] == 0
    cli.json("customer", "add", "--name", "Bert")
    cli.json("customer", "add", "--name", "Ana", "--policy", "")  # explicitly none
    assert add(cli, "Bert", "2026-11-20T10:00Z", 12)["total"] == "15.00"
    assert add(cli, "Ana", "2026-11-20T11:00Z", 12)["total"] is None
