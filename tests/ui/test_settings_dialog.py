"""The settings dialog: made from the declared schema, checked before saving, and the SMTP
password stored in the keyring only — refused plainly when there is none, or only a plain file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from keyring.backends import fail
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from app.mail.mail_setup import SMTP_PASSWORD
from app.settings import SCHEMA, SETTINGS_FILE, Settings
from app.tools.secret_store import KeyringSecretStore
from app.ui.office.settings_dialog import SettingsDialog
from tests.memory_keyring import MemoryKeyring
from tests.ui.helpers import click, type_text

if TYPE_CHECKING:
    from keyrings.alt.file import PlaintextKeyring


def make(qtbot: QtBot, config: Path, store: KeyringSecretStore | None = None) -> SettingsDialog:
    dialog = SettingsDialog(
        Settings.load(config), config, store or KeyringSecretStore(MemoryKeyring())
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_declared_setting_has_a_field_of_its_kind(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    assert list(dialog.fields) == [s.key for s in SCHEMA]
    security = dialog.fields["mail.security"]
    assert isinstance(security, QComboBox)
    assert [security.itemText(i) for i in range(security.count())] == ["starttls", "tls", "none"]
    assert isinstance(dialog.fields["mail.port"], QSpinBox)
    assert isinstance(dialog.fields["company.name"], QLineEdit)
    assert all("password" not in key for key in dialog.fields)  # secrets are not settings
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {s.label for s in SCHEMA} <= labels


def test_saving_writes_the_checked_values(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    type_text(dialog.fields["company.name"], "Page Computers BV")
    dialog.fields["mail.port"].setValue(465)  # type: ignore[union-attr]
    dialog.fields["mail.security"].setCurrentText("tls")  # type: ignore[union-attr]
    click(dialog.save_button)
    assert not dialog.isVisible()
    saved = Settings.load(tmp_path)
    assert (saved["company.name"], saved["mail.port"], saved["mail.security"]) == (
        "Page Computers BV", 465, "tls",
    )  # fmt: skip


def test_saving_keeps_what_the_desk_wrote_while_the_dialog_was_open(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make(qtbot, tmp_path)
    Settings().with_value("display.compact_timer", True).save(tmp_path)  # the View menu's toggle
    type_text(dialog.fields["technician.name"], "Jan Peeters")
    click(dialog.save_button)
    saved = Settings.load(tmp_path)
    assert (saved["technician.name"], saved["display.compact_timer"]) == ("Jan Peeters", True)
    assert dialog.saved == saved  # what the desk applies is what the file says


def test_a_bad_value_is_said_under_its_field_and_nothing_is_written(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make(qtbot, tmp_path)
    type_text(dialog.fields["company.name"], "Page Computers")  # fine, but not saved alone
    dialog.fields["technician.name"].setText("T" * 201)  # type: ignore[union-attr]
    dialog.fields["mail.port"].setValue(0)  # type: ignore[union-attr]
    click(dialog.save_button)
    assert dialog.isVisible()
    shown = {
        key: label.text() for key, label in dialog.problems.items() if label.isVisibleTo(dialog)
    }
    assert shown == {
        "technician.name": "Technician's name can be at most 200 characters long.",
        "mail.port": "SMTP port (587 for starttls, 465 for tls) must be from 1 to 65535, not 0.",
    }
    assert dialog.message.text().startswith("Nothing was saved: correct the values")
    assert not (tmp_path / SETTINGS_FILE).exists()
    dialog.fields["technician.name"].setText("Jan Peeters")  # type: ignore[union-attr]
    dialog.fields["mail.port"].setValue(465)  # type: ignore[union-attr]
    click(dialog.save_button)
    assert not dialog.isVisible()
    saved = Settings.load(tmp_path)
    assert (saved["company.name"], saved["technician.name"], saved["mail.port"]) == (
        "Page Computers", "Jan Peeters", 465,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("key", "typed", "says"),
    [
        ("mail.port", 70000, "SMTP port (587 for starttls, 465 for tls) must be from 1 to 65535"),
        ("documents.number_format", "{series}/{seq.real}", "Number format: The number format"),
        ("documents.timezone", "Europe", "(empty: this computer's): 'Europe' is not a time zone"),
        ("company.iban", "BE00 0000", "IBAN for transfers: 'BE00 0000' is not a valid IBAN"),
        ("company.name", "Page\tComputers", "Company name holds a control character (U+0009)"),
        ("company.email", "x@", "Company email 'x@' is not an email address"),
        ("documents.invoice_series", "", "Invoice series: '' is not a series name"),
    ],
)
def test_the_dialog_refuses_what_settings_set_refuses(
    qtbot: QtBot, tmp_path: Path, error_dialogs: list[str], key: str, typed: object, says: str
) -> None:
    """One rule, in the schema: the dialog says the same sentence as the command line, under
    the field, in the field's words; no dialog over the dialog."""
    dialog = make(qtbot, tmp_path)
    field = dialog.fields[key]
    if isinstance(field, QSpinBox):
        field.setValue(int(str(typed)))
    elif isinstance(field, QComboBox):  # the time zone: typed, with completion
        field.setEditText(str(typed))
    else:
        assert isinstance(field, QLineEdit)
        field.setText(str(typed))
    click(dialog.save_button)
    assert error_dialogs == []
    problem = dialog.problems[key]
    assert problem.isVisibleTo(dialog)
    assert says in problem.text()
    assert [k for k, label in dialog.problems.items() if label.isVisibleTo(dialog)] == [key]
    assert dialog.isVisible()
    assert not (tmp_path / SETTINGS_FILE).exists()


def test_the_smtp_password_goes_to_the_keyring(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = MemoryKeyring()
    dialog = make(qtbot, tmp_path, KeyringSecretStore(backend))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("s3cret", True))
    click(dialog.password)
    assert backend.secrets == {("AssistDesk", SMTP_PASSWORD): "s3cret"}
    assert "stored in the keyring" in dialog.message.text()
    click(dialog.save_button)
    assert "s3cret" not in (tmp_path / SETTINGS_FILE).read_text("utf-8")


def test_without_a_keyring_the_password_is_refused_plainly(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error_dialogs: list[str]
) -> None:
    dialog = make(qtbot, tmp_path, KeyringSecretStore(fail.Keyring()))  # type: ignore[no-untyped-call]
    asked: list[object] = []

    def get_text(*args: object) -> tuple[str, bool]:
        asked.append(args)
        return "x", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    click(dialog.password)
    assert asked == []  # not even asked for
    assert len(error_dialogs) == 1
    assert error_dialogs[0].startswith("This computer has no usable password store (keyring)")
    error_dialogs.clear()


def test_a_plain_file_keyring_is_refused_before_the_password_is_asked_for(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error_dialogs: list[str],
    plaintext_keyring: PlaintextKeyring,
) -> None:
    dialog = make(qtbot, tmp_path / "config", KeyringSecretStore())  # the system's, as the app
    asked: list[object] = []

    def get_text(*args: object) -> tuple[str, bool]:
        asked.append(args)
        return "s3cret", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    click(dialog.password)
    assert asked == []
    assert len(error_dialogs) == 1
    assert error_dialogs[0].startswith(
        "The password store keyrings.alt.file.PlaintextKeyring keeps secrets unencrypted in the "
        f"file {plaintext_keyring.file_path}, so AssistDesk will neither store nor read"
    )
    error_dialogs.clear()
    assert not Path(plaintext_keyring.file_path).exists()
    assert "stored in the keyring" not in dialog.message.text()


POLICIES = [("page-computers", "Page Computers – hulp op afstand"), ("phonetex", "Phonetex")]


def test_the_policy_is_chosen_by_name_and_the_zone_from_the_zones(
    qtbot: QtBot, tmp_path: Path
) -> None:
    Settings().with_value("customers.default_policy", "gone-policy").save(tmp_path)
    dialog = SettingsDialog(
        Settings.load(tmp_path), tmp_path, KeyringSecretStore(MemoryKeyring()), policies=POLICIES
    )
    qtbot.addWidget(dialog)
    policy = dialog.fields["customers.default_policy"]
    assert isinstance(policy, QComboBox)
    names = [policy.itemText(i) for i in range(policy.count())]
    assert names == [
        "None", "Page Computers – hulp op afstand (page-computers)", "Phonetex (phonetex)",
        "gone-policy",  # a policy whose file is gone is shown as written, not lost
    ]  # fmt: skip
    assert policy.currentText() == "gone-policy"
    policy.setCurrentIndex(2)
    zone = dialog.fields["documents.timezone"]
    assert isinstance(zone, QComboBox)
    assert zone.findText("Europe/Lisbon") > 0
    zone.setEditText("America/Sao_Paulo")
    click(dialog.save_button)
    saved = Settings.load(tmp_path)
    assert (saved["customers.default_policy"], saved["documents.timezone"]) == (
        "phonetex", "America/Sao_Paulo",
    )  # fmt: skip


def test_a_value_is_checked_as_soon_as_its_field_is_left(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    iban = dialog.fields["company.iban"]
    assert isinstance(iban, QLineEdit)
    type_text(iban, "BE00 0000")
    iban.editingFinished.emit()  # Tab to the next field
    problem = dialog.problems["company.iban"]
    assert problem.isVisibleTo(dialog)
    assert "'BE00 0000' is not a valid IBAN" in problem.text()
    assert not (tmp_path / SETTINGS_FILE).exists()  # said, nothing written
    iban.setText("BE68 5390 0754 7034")
    iban.editingFinished.emit()
    assert not problem.isVisibleTo(dialog)


def test_a_file_setting_has_a_chooser(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make(qtbot, tmp_path)
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG")
    offered: list[str] = []

    def choose(_parent: object, _title: str, start: str, kinds: str) -> tuple[str, str]:
        offered.append(kinds)
        return str(logo), kinds

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    button = dialog.findChild(QPushButton, "choose:company.logo")
    assert button is not None
    click(button)
    field = dialog.fields["company.logo"]
    assert isinstance(field, QLineEdit)
    assert field.text() == str(logo)
    assert offered == ["Images (*.png *.jpg *.jpeg)"]
    assert dialog.findChild(QPushButton, "choose:tools.anydesk.path") is not None
