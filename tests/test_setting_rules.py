"""`assistdesk settings set` checks a value at once, by the same rules the settings dialog and a
settings file read at start use (app.setting_rules via the schema): exit 2 with one sentence that
names the key, and nothing written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.core.errors import DomainError
from app.settings import SCHEMA, Settings
from tests.cli.runner import main

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


def settings_set(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, key: str, value: str
) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(["--basedir", str(tmp_path), "settings", "set", key, value])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("documents.number_format", "{series} {year}/{seq.real}", "uses {seq.real}"),
        ("documents.number_format", "{series} {year}/{seq[0]}", "uses {seq[0]}"),
        ("documents.number_format", "{series} {year}/{seq:{year}}", "uses {seq:{year}}"),
        ("documents.number_format", "{series} {year}/{seq!r}", "uses {seq}"),
        ("documents.number_format", "{series} {year}/{seq} {month}", "uses {month}"),
        ("documents.number_format", "{series} {seq:04d}", "must contain {year} once"),
        ("documents.number_format", "{year}/{seq:04d}", "must contain {series} once"),
        ("documents.number_format", "{series}{year}{seq}", "could give two documents the same"),
        ("documents.number_format", "{series} {year}/{seq}\x1b[2J", "control character (U+001B)"),
        ("documents.number_format", "x" * 30 + "{series} {year}/{seq}", "longer than 40"),
        ("company.name", "Page\x00Computers", "company.name holds a control character (U+0000)"),
        ("company.name", "Page\u202eComputers", "holds a control character (U+202E)"),
        ("company.address", "Kerkstraat 12\n9000 Gent", "company.address holds a control"),
        ("company.name", "P" * 201, "company.name can be at most 200 characters long"),
        ("documents.timezone", "Europe", "documents.timezone: 'Europe' is not a time zone"),
        ("documents.timezone", "../../etc/passwd", "is not a time zone"),
        ("mail.port", "0", "mail.port must be from 1 to 65535, not 0"),
        ("mail.port", "65536", "mail.port must be from 1 to 65535, not 65536"),
        ("mail.port", "99999999999999999999", "mail.port must be from 1 to 65535"),
        ("documents.payment_days", "99999999999", "documents.payment_days must be from 0 to 365"),
        ("company.iban", "BE68 5390 0754 7035", "company.iban: 'BE68 5390 0754 7035' is not a"),
        ("company.bic", "GKCC", "company.bic: 'GKCC' is not a valid BIC"),
        ("company.vat_id", "BE0403170702", "company.vat_id: 'BE0403170702' is not a valid VAT"),
        ("documents.invoice_series", "FT 2026", "documents.invoice_series: 'FT 2026' is not a"),
        ("documents.invoice_series", "", "documents.invoice_series: '' is not a series name"),
        ("documents.credit_series", " ", "documents.credit_series: '' is not a series name"),
        ("documents.receipt_series", "", "documents.receipt_series: '' is not a series name"),
        ("documents.number_format", "", "must contain {seq} once"),
        ("documents.timezone", "localtime", "documents.timezone: 'localtime' is not a time zone"),
        ("documents.timezone", "Factory", "documents.timezone: 'Factory' is not a time zone"),
        ("documents.timezone", "posixrules", "is not a time zone"),
        ("company.email", "x@", "company.email 'x@' is not an email address"),
        ("company.email", "Office <office@example.com>", "is not an email address"),
        ("mail.sender", "x@", "mail.sender 'x@' is not an email address"),
        ("mail.sender", "office@localhost", "is not an email address"),
        ("technician.name", "T" * 201, "technician.name can be at most 200 characters long"),
    ],
)
def test_a_bad_value_is_refused_naming_the_key_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, key: str, value: str, says: str
) -> None:
    status, out, err = settings_set(capsys, tmp_path, key, value)
    assert (status, out) == (2, "")
    assert err.startswith("assistdesk: ")
    assert err.count("\n") == 1
    assert says in err
    assert key.split(".")[-1] in err or key in err
    assert not (tmp_path / "config" / "settings.toml").exists()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("documents.number_format", "{series}-{year}-{seq:05d}"),
        ("documents.number_format", "{series}{year}-{seq}"),
        ("company.name", "Café Ñandú — 東京 Ltd."),
        ("documents.timezone", "America/Sao_Paulo"),
        ("mail.port", "465"),
        ("company.iban", "PT50 0002 0123 1234 5678 9015 4"),
        ("company.bic", "GKCCBEBB"),
        ("company.vat_id", "BE 0403.170.701"),
        ("company.email", "office@example.com"),
        ("mail.sender", "facturas@page-computers.pt"),
        ("documents.timezone", "UTC"),
        ("documents.timezone", ""),
        ("documents.invoice_series", "FT-2"),
    ],
)
def test_good_values_are_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, key: str, value: str
) -> None:
    status, _, err = settings_set(capsys, tmp_path, key, value)
    assert status == 0, err
    assert Settings.load(tmp_path / "config")[key] == (int(value) if key == "mail.port" else value)


def test_the_logo_is_a_small_png_or_jpeg_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "logo.png").write_bytes(PNG)
    (tmp_path / "logo.jpg").write_bytes(JPEG)
    (tmp_path / "logo.gif").write_bytes(b"GIF89a" + b"\x00" * 64)
    (tmp_path / "huge.png").write_bytes(PNG + b"\x00" * (5 << 20))
    os.mkfifo(tmp_path / "pipe.png")
    refused = {
        "logo.gif": "company.logo: " + str(tmp_path / "logo.gif") + " is not a PNG or JPEG",
        "huge.png": "is larger than 5 MB",
        "pipe.png": "is not a regular file (a device or a pipe)",
        "missing.png": "there is no such file",
        ".": "is a folder",
    }
    for name, says in refused.items():
        status, _, err = settings_set(capsys, tmp_path, "company.logo", str(tmp_path / name))
        assert status == 2
        assert says in err
        assert err.startswith("assistdesk: company.logo: ")
    status, _, err = settings_set(capsys, tmp_path, "company.logo", "/dev/zero")
    assert (status, "is not a regular file" in err) == (2, True)
    for name in ("logo.png", "logo.jpg"):
        assert settings_set(capsys, tmp_path, "company.logo", str(tmp_path / name))[0] == 0


def test_a_file_with_a_bad_value_is_named_but_another_key_can_still_be_set(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.toml").write_text("[mail]\nport = 0\n", encoding="utf-8")
    with pytest.raises(DomainError, match=r"settings\.toml: mail\.port must be from 1 to 65535"):
        Settings.load(config)["mail.port"]
    assert settings_set(capsys, tmp_path, "company.name", "Page Computers")[0] == 0
    assert Settings.load(config).written("mail.port") == 0  # kept as written meanwhile
    assert settings_set(capsys, tmp_path, "mail.port", "587")[0] == 0
    assert Settings.load(config)["mail.port"] == 587
    (config / "settings.toml").write_text("x = " + "[" * 5000 + "]" * 5000, encoding="utf-8")
    with pytest.raises(DomainError, match="the settings cannot be read"):
        Settings.load(config)["company.name"]
    status, _, err = settings_set(capsys, tmp_path, "company.name", "Page Computers")
    assert status == 2
    assert "the settings cannot be read (RecursionError), so nothing was written" in err


TEXT_KEYS = [s.key for s in SCHEMA if s.kind is str and not s.choices and s.key != "company.logo"]


@given(st.sampled_from(TEXT_KEYS), st.text(max_size=60))
@example("documents.number_format", "{year}/{seq}")
@example("company.address", "Rua 1\n1000 Lisboa")
@example("documents.timezone", "localtime")
def test_what_settings_set_accepts_reads_back_without_a_problem(key: str, text: str) -> None:
    """One rule for setting and for reading: a value `settings set` (or the dialog) keeps is
    never one the file is later found to get wrong, and one it refuses is refused in a sentence
    that names the key."""
    try:
        changed = Settings().with_value(key, text)
    except DomainError as error:
        refusal = str(error)
    else:
        refusal = ""
    if refusal:
        assert key in refusal
        assert "\n" not in refusal
        return
    with tempfile.TemporaryDirectory() as folder:
        changed.save(Path(folder))
        read = Settings.load(Path(folder))
    assert read.problems == {}
    assert read[key] == changed[key]


def test_the_logo_is_kept_by_its_absolute_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`settings set company.logo logo.png` stored "logo.png": a later command (or the window)
    started in another folder could not find it."""
    from app.setting_rules import logo_bytes

    office = tmp_path / "office"
    office.mkdir()
    (office / "logo.png").write_bytes(PNG)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(office)
    for typed in ("logo.png", "./sub/../logo.png", "~/office/logo.png"):
        if typed.startswith("./sub"):
            (office / "sub").mkdir(exist_ok=True)
        status, out, err = settings_set(capsys, tmp_path / "state", "company.logo", typed)
        assert (status, err) == (0, "")
        assert out == f"company.logo = {office / 'logo.png'}\n"
    monkeypatch.chdir(tmp_path)
    stored = Settings.load(tmp_path / "state" / "config")["company.logo"]
    assert stored == str(office / "logo.png")
    assert logo_bytes(stored) == PNG
