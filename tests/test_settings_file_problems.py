"""A settings file that breaks a rule (written by hand, or by an older version that allowed what
this one refuses) is read leniently: every value as written, the problems known. A value with a
problem is refused where it is used, with one sentence that names the key and how to fix it;
the rest of the file keeps working, and saving one change keeps the file as it is."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.core.errors import DomainError, SettingProblemError
from app.settings import SETTINGS_FILE, Settings

OLDER_FILE = """\
[company]
name = "Page Computers"
iban = "BE68 5390 0754 7034"
address = "Rua do Ouro 1\\n1100-060 Lisboa"

[documents]
number_format = "{year}/{seq}"
payment_days = "soon"

[mail]
server = "smtp.example.com"
user = "office"

[display]
colour = "blue"
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    (tmp_path / SETTINGS_FILE).write_text(OLDER_FILE, encoding="utf-8")
    return tmp_path


def test_the_values_that_keep_the_rules_are_used(config: Path) -> None:
    settings = Settings.load(config)
    assert settings["company.name"] == "Page Computers"
    assert settings["company.iban"] == "BE68 5390 0754 7034"
    assert (settings["mail.server"], settings["mail.user"]) == ("smtp.example.com", "office")
    assert settings["documents.language"] == "en"  # not in the file: the default


@pytest.mark.parametrize(
    ("key", "problem"),
    [
        ("company.address", "company.address holds a control character (U+000A); type plain text"),
        ("documents.number_format", "documents.number_format: The number format '{year}/{seq}' "
         "must contain {series} once, so that numbers are unique across series and years"),
        ("documents.payment_days", "documents.payment_days must be int, not 'soon'"),
    ],
)  # fmt: skip
def test_a_value_that_breaks_a_rule_is_refused_where_it_is_used(
    config: Path, key: str, problem: str
) -> None:
    settings = Settings.load(config)
    with pytest.raises(SettingProblemError) as caught:
        settings[key]
    error = caught.value
    assert isinstance(error, DomainError)
    assert (error.key, error.problem) == (key, f"{problem}.")
    assert str(error) == (
        f"{config / SETTINGS_FILE}: {problem}; fix it with `assistdesk settings set {key} …`."
    )
    assert settings.problems[key] == f"{problem}."


def test_the_problems_are_known_and_the_values_kept_as_written(config: Path) -> None:
    settings = Settings.load(config)
    assert list(settings.problems) == [
        "company.address", "documents.number_format", "documents.payment_days", "display.colour",
    ]  # fmt: skip
    assert settings.problems["display.colour"] == (
        "'display.colour' is not a setting AssistDesk knows: it is ignored, and left out when "
        "the settings are next saved."
    )
    assert settings.written("company.address") == "Rua do Ouro 1\n1100-060 Lisboa"
    assert settings.written("documents.payment_days") == "soon"
    assert settings.written("company.name") == "Page Computers"
    assert settings.preference("documents.payment_days") == 14  # what a preference falls back to
    assert "company.address" in settings  # a setting, with a problem
    assert "display.colour" not in settings


def test_saving_one_change_keeps_the_file_as_it_is(config: Path) -> None:
    Settings.load(config).with_value("company.address", "Rua do Ouro 1, 1100-060 Lisboa").save(
        config
    )
    saved = tomllib.loads((config / SETTINGS_FILE).read_text(encoding="utf-8"))
    assert saved == {
        "company": {"name": "Page Computers", "iban": "BE68 5390 0754 7034",
                    "address": "Rua do Ouro 1, 1100-060 Lisboa"},
        "documents": {"number_format": "{year}/{seq}", "payment_days": "soon"},
        "mail": {"server": "smtp.example.com", "user": "office"},
    }  # fmt: skip
    settings = Settings.load(config)
    assert settings["company.address"] == "Rua do Ouro 1, 1100-060 Lisboa"
    assert list(settings.problems) == ["documents.number_format", "documents.payment_days"]


def test_a_file_that_cannot_be_read_refuses_every_use_and_every_save(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_text("[company\nname = 'x'", encoding="utf-8")
    settings = Settings.load(tmp_path)
    assert settings.unreadable is not None
    assert str(settings.unreadable).startswith(f"{tmp_path / SETTINGS_FILE}: the settings cannot")
    for key in ("company.name", "display.tray", "mail.server"):
        with pytest.raises(SettingProblemError, match="the settings cannot be read"):
            settings[key]
    with pytest.raises(DomainError, match="nothing was written"):
        settings.with_value("company.name", "Page Computers").save(tmp_path)
    assert (tmp_path / SETTINGS_FILE).read_text(encoding="utf-8") == "[company\nname = 'x'"


def test_values_given_in_code_are_still_checked_strictly() -> None:
    with pytest.raises(DomainError, match=r"company\.address holds a control character"):
        Settings({"company.address": "a\nb"})
    with pytest.raises(DomainError, match=r"company\.address holds a control character"):
        Settings().with_value("company.address", "a\nb")
