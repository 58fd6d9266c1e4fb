"""`assistdesk quote` and `assistdesk policy`: the pricing contract on the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.resources import resource
from tests.cli.runner import run


def quote(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str) -> Any:
    status, out, err = run(capsys, "--basedir", str(tmp_path), "quote", *args, "--json")
    assert status == 0, err
    return json.loads(out)


TUESDAY_NOON = "2026-11-24T12:00:00Z"


@pytest.mark.parametrize(
    ("policy", "duration", "outcome", "total"),
    [
        ("page-computers", "12m", "resolved", "15.00"),
        ("page-computers", "0:12:00", "resolved", "15.00"),
        ("page-computers", "20m", "unresolved", "0.00"),
        ("iponto", "45m", "resolved", "13.50"),
        ("iponto", "1h10m", "resolved", "20.25"),
        ("iponto", "4200s", "resolved", "20.25"),
    ],
)
def test_quote_reproduces_the_seed_examples(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    policy: str,
    duration: str,
    outcome: str,
    total: str,
) -> None:
    data = quote(
        capsys, tmp_path, "--policy", policy, "--duration", duration, "--outcome", outcome,
        "--at", TUESDAY_NOON,
    )  # fmt: skip
    assert data["total"] == total
    assert data["policy"] == policy
    assert data["currency"] == "EUR"


def test_quote_json_has_every_documented_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = quote(
        capsys, tmp_path, "--policy", "iponto", "--duration", "1:10:00", "--free-minutes", "50",
        "--at", "2026-11-24T21:30:00Z",
    )  # fmt: skip
    assert set(data) == {
        "policy", "currency", "duration_seconds", "free_seconds", "billable_seconds",
        "out_of_hours", "allowed", "over_max", "lines", "net", "vat", "total",
    }  # fmt: skip
    assert (data["duration_seconds"], data["free_seconds"], data["billable_seconds"]) == (
        4200, 3000, 1200,
    )  # fmt: skip
    assert data["out_of_hours"] is True
    first, surcharge = data["lines"]
    assert first == {
        "description": "First 60 minutes", "quantity": 1, "unit_price": "13.50", "amount": "13.50",
    }  # fmt: skip
    assert (surcharge["description"], surcharge["amount"]) == (
        "Out-of-hours surcharge (50 %)",
        "6.75",
    )
    assert (data["net"], data["vat"], data["total"]) == ("16.46", "3.79", "20.25")


def test_quote_says_when_a_policy_refuses_and_when_over_max(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    saturday = quote(capsys, tmp_path, "--policy", "pardini", "--duration", "10m", "--at",
                     "2026-11-28T13:00:00Z")  # fmt: skip
    assert saturday["allowed"] is False
    long = quote(capsys, tmp_path, "--policy", "page-computers", "--duration", "31m")
    assert long["over_max"] is True


def test_quote_accepts_a_policy_file_and_an_offer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = str(resource("policies", "justanswer.toml"))
    data = quote(capsys, tmp_path, "--policy", path, "--duration", "20m", "--offer", "35")
    assert (data["total"], data["currency"]) == ("35.00", "USD")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--policy", "justanswer", "--duration", "20m"], "give the offered amount"),
        (["--policy", "nope", "--duration", "20m"], "No policy has the id 'nope'"),
        (["--policy", "iponto", "--duration", "twenty"], "not a duration"),
        (["--policy", "iponto", "--duration", "12:30"], "not a duration"),
        (["--policy", "iponto", "--duration", "1h", "--outcome", "meh"], "Unknown outcome"),
        (["--policy", "iponto", "--duration", "1h", "--at", "noon"], "ISO 8601"),
        (["--policy", "justanswer", "--duration", "1h", "--offer", "lots"], "not an amount"),
        (["--policy", "iponto", "--duration", "1h", "--free-minutes", "-5"], "whole number"),
    ],
)
def test_bad_quote_input_exits_2_with_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], says: str
) -> None:
    status, out, err = run(capsys, "--basedir", str(tmp_path), "quote", *args, "--json")
    assert (status, out) == (2, "")
    assert says in err
    assert len(err.strip().splitlines()) == 1


def test_policy_list_shows_presets_and_the_offices_own_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    own = tmp_path / "config" / "policies"
    own.mkdir(parents=True)
    text = resource("policies", "page-computers.toml").read_text(encoding="utf-8")
    (own / "mine.toml").write_text(text.replace('id = "page-computers"', 'id = "mine"'), "utf-8")
    (own / "broken.toml").write_text("id = 'x'\n", "utf-8")
    status, out, _ = run(capsys, "--basedir", str(tmp_path), "policy", "list")
    assert status == 0
    ids = [line.split()[0] for line in out.splitlines()]
    assert ids[:6] == ["iponto", "justanswer", "mine", "page-computers", "pardini", "phonetex"]
    assert "name: is required" in out
    assert quote(capsys, tmp_path, "--policy", "mine", "--duration", "12m")["total"] == "15.00"


def test_policy_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = str(resource("policies", "iponto.toml"))
    status, out, _ = run(capsys, "policy", "check", good)
    assert status == 0
    assert out.strip().endswith("13.50 EUR for the first 60 min, then 6.75 per 30 min.")
    bad = tmp_path / "bad.toml"
    bad.write_text(
        resource("policies", "iponto.toml").read_text(encoding="utf-8").replace("13.50", "-1"),
        encoding="utf-8",
    )
    status, out, err = run(capsys, "policy", "check", str(bad))
    assert (status, out) == (2, "")
    assert err == f"assistdesk: {bad}: tariff.first_block_price: must not be negative, not '-1'.\n"


def test_an_edited_policy_file_is_read_again(tmp_path: Path) -> None:
    from app.paths import AppPaths
    from app.services.policies import PolicyCatalogue

    own = tmp_path / "config" / "policies"
    own.mkdir(parents=True)
    text = resource("policies", "page-computers.toml").read_text(encoding="utf-8")
    path = own / "page-computers.toml"
    path.write_text(text, encoding="utf-8")
    catalogue = PolicyCatalogue(AppPaths.under(tmp_path))
    first = catalogue.resolve("page-computers")
    assert catalogue.resolve("page-computers") is first  # unchanged file: parsed once
    path.write_text(text.replace('block_price = "5.00"', 'block_price = "12.50"'), "utf-8")
    assert str(catalogue.resolve("page-computers").tariff.block_price) == "12.50"
