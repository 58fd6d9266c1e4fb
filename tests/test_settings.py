"""Settings: one declared schema, checked values, JSON in the configuration directory."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from app.core.errors import DomainError
from app.settings import SCHEMA, Settings
from tests.cli.runner import main


def test_defaults_round_trip_and_only_changes_are_written(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path)
    assert dict(settings) == {s.key: s.default for s in SCHEMA}
    changed = settings.with_value("company.name", " Page Computers ").with_value(
        "documents.payment_days", "30"
    )
    path = changed.save(tmp_path)
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "company": {"name": "Page Computers"}, "documents": {"payment_days": 30},
    }  # fmt: skip
    assert Settings.load(tmp_path) == changed
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("documents.payment_days", "soon", "must be a whole number"),
        ("documents.language", "fr", "must be one of en, pt, nl"),
        ("documents.type", "bill", "must be one of invoice, statement"),
        ("company.password", "x", "is not a setting"),
    ],
)
def test_bad_values_are_refused(key: str, value: str, says: str) -> None:
    with pytest.raises(DomainError, match=says):
        Settings().with_value(key, value)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("name = [", "cannot be read"),
        ("[documents]\npayment_days = 'soon'", "must be int"),
    ],
)
def test_a_broken_settings_file_is_named_where_a_value_is_used(
    tmp_path: Path, content: str, says: str
) -> None:
    (tmp_path / "settings.toml").write_text(content, encoding="utf-8")
    settings = Settings.load(tmp_path)  # reading it is not using it
    with pytest.raises(DomainError, match=says):
        settings["documents.payment_days"]


def test_cli_set_and_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--basedir", str(tmp_path)]
    assert main([*base, "settings", "set", "company.iban", "BE68 5390 0754 7034"]) == 0
    assert main([*base, "settings", "set", "documents.language", "xx"]) == 2
    capsys.readouterr()
    assert main([*base, "settings", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["company.iban"] == "BE68 5390 0754 7034"
    assert (tmp_path / "config" / "settings.toml").exists()
