"""The first-run setup: every value checked as typed (a page with a refused value does not go on),
the logo previewed, the policy described in plain words, the tools found listed, a test message
sent through a real SMTP server with the values as typed; finishing writes the settings, and
skipping the first run's setup keeps it from being offered again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.services.mail_check import SmtpPassword, send_test
from app.settings import SETTINGS_FILE, Settings
from app.tools.secret_store import KeyringSecretStore
from app.ui.office.setup_wizard import SetupSources, SetupWizard, is_first_run
from tests.cli.mail_cli import smtp_server
from tests.conftest import START
from tests.mail.smtp_server import SmtpServer
from tests.memory_keyring import MemoryKeyring
from tests.ui.helpers import type_text

POLICIES = [("page-computers", "Page Computers"), ("phonetex", "Phonetex")]
FOUND = [("AnyDesk", "found: /usr/bin/anydesk"), ("TeamViewer", "not found on this computer")]


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with smtp_server() as server:
        yield server


def described(policy_id: str) -> str:
    return {"phonetex": "€25.00 (VAT included) for the first 15 minutes."}.get(policy_id, "?")


def make(qtbot: QtBot, config: Path, first_run: bool = True) -> SetupWizard:
    clock = ManualClock(START)
    password = SmtpPassword(KeyringSecretStore(MemoryKeyring()))
    sources = SetupSources(
        POLICIES, described,
        lambda: FOUND,
        password, clock, lambda typed, to: send_test(typed, to, clock.now(), password),
    )  # fmt: skip
    wizard = SetupWizard(Settings.load(config), config, sources, None, first_run)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def line(wizard: SetupWizard, key: str) -> QLineEdit:
    for page in wizard.pages:
        if key in page.rows.fields:
            field = page.rows.fields[key]
            assert isinstance(field, QLineEdit)
            return field
    raise KeyError(key)


def test_the_office_is_set_up_page_by_page_and_written_at_the_end(
    qtbot: QtBot, tmp_path: Path, smtp: SmtpServer
) -> None:
    assert is_first_run(tmp_path)
    wizard = make(qtbot, tmp_path)
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Skip setup"
    type_text(line(wizard, "company.name"), "Page Computers BV")
    type_text(line(wizard, "company.email"), "office@page.example")
    type_text(line(wizard, "company.iban"), "BE00 0000")
    wizard.next()
    assert wizard.currentPage() is wizard.company  # refused: it does not go on
    problem = wizard.company.rows.problems["company.iban"]
    assert "'BE00 0000' is not a valid IBAN" in problem.text()
    line(wizard, "company.iban").setText("BE68 5390 0754 7034")
    logo = tmp_path / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1e6b2f"))
    assert image.save(str(logo))
    line(wizard, "company.logo").setText(str(logo))
    line(wizard, "company.logo").editingFinished.emit()
    assert not wizard.logo.pixmap().isNull()  # previewed as it will be printed
    wizard.next()

    assert wizard.currentPage() is wizard.desk
    type_text(line(wizard, "technician.name"), "Jan")
    policy = wizard.desk.rows.fields["customers.default_policy"]
    assert isinstance(policy, QComboBox)
    policy.setCurrentIndex(policy.findData("phonetex"))
    assert wizard.policy_text.text() == "€25.00 (VAT included) for the first 15 minutes."
    wizard.next()

    assert wizard.currentPage() is wizard.tools
    assert "AnyDesk</b>: found: /usr/bin/anydesk" in wizard.found.text()
    assert "TeamViewer</b>: not found on this computer" in wizard.found.text()
    wizard.next()

    assert wizard.currentPage() is wizard.mail
    assert wizard.test_to.text() == "office@page.example"  # the company's, as typed
    type_text(line(wizard, "mail.server"), "127.0.0.1")
    port = wizard.mail.rows.fields["mail.port"]
    port.setValue(smtp.port)  # type: ignore[union-attr]
    security = wizard.mail.rows.fields["mail.security"]
    assert isinstance(security, QComboBox)
    security.setCurrentIndex(security.findData("none"))
    type_text(line(wizard, "mail.sender"), "office@page.example")
    wizard.test_to.setText("jan@page.example")
    wizard.test_button.click()
    qtbot.waitUntil(lambda: not wizard.testing, timeout=10_000)
    assert wizard.test_result.text().startswith("The mail server took the test message (")
    assert [m.message["To"] for m in smtp.received] == ["jan@page.example"]
    assert not (tmp_path / SETTINGS_FILE).exists()  # nothing written before Finish

    wizard.accept()
    saved = Settings.load(tmp_path)
    assert wizard.saved is not None
    assert (saved["company.name"], saved["company.iban"], saved["technician.name"]) == (
        "Page Computers BV", "BE68 5390 0754 7034", "Jan",
    )  # fmt: skip
    assert (saved["customers.default_policy"], saved["mail.port"]) == ("phonetex", smtp.port)
    assert saved["company.logo"] == str(logo)
    assert not is_first_run(tmp_path)


def test_a_refused_test_message_says_why(qtbot: QtBot, tmp_path: Path, smtp: SmtpServer) -> None:
    wizard = make(qtbot, tmp_path)
    wizard.test_button.click()  # no server yet
    assert wizard.test_result.text() == "Give the SMTP server above first."
    type_text(line(wizard, "mail.server"), "127.0.0.1")
    port = wizard.mail.rows.fields["mail.port"]
    port.setValue(smtp.port)  # type: ignore[union-attr]
    security = wizard.mail.rows.fields["mail.security"]
    assert isinstance(security, QComboBox)
    security.setCurrentIndex(security.findData("none"))
    type_text(line(wizard, "mail.sender"), "office@page.example")
    smtp.recorder.refuse.add("nobody@page.example")
    wizard.test_to.setText("nobody@page.example")
    wizard.test_button.click()
    qtbot.waitUntil(lambda: not wizard.testing, timeout=10_000)
    assert wizard.test_result.text().startswith(
        "The test message was not sent: The mail server refused the recipient nobody@page."
    )
    assert wizard.test_button.isEnabled()


def test_skipping_the_first_run_is_remembered_and_a_later_cancel_writes_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = make(qtbot, tmp_path)
    type_text(line(wizard, "company.name"), "Not kept")
    wizard.reject()
    assert not is_first_run(tmp_path)  # not offered again at the next start
    assert Settings.load(tmp_path).preference("company.name") == ""  # what was typed: not kept
    written = (tmp_path / SETTINGS_FILE).read_bytes()
    later = make(qtbot, tmp_path, first_run=False)
    assert later.button(QWizard.WizardButton.CancelButton).text() != "Skip setup"
    type_text(line(later, "company.name"), "Nor this")
    later.reject()
    assert (tmp_path / SETTINGS_FILE).read_bytes() == written


def test_closing_the_setup_while_a_test_message_is_on_its_way_is_no_error(
    qtbot: QtBot, tmp_path: Path
) -> None:
    import threading

    from app.ui.background import wait_for_background_work

    release = threading.Event()

    def slow_send(_typed: Settings, _to: str) -> str:
        release.wait(10)  # a server that takes its time to answer
        return "250 OK"

    password = SmtpPassword(KeyringSecretStore(MemoryKeyring()))
    sources = SetupSources(
        POLICIES, described, lambda: FOUND, password, ManualClock(START), slow_send
    )
    wizard = SetupWizard(Settings.load(tmp_path), tmp_path, sources, None, True)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    line(wizard, "mail.server").setText("127.0.0.1")
    wizard.test_to.setText("jan@page.example")
    wizard.test_button.click()
    assert wizard.testing
    wizard.reject()  # Skip setup while the message is on its way
    wizard.close()
    qtbot.wait(20)  # deleted
    release.set()
    assert wait_for_background_work()
    qtbot.wait(50)  # the answer arrives to nobody: nothing raised
