"""The first-run setup (and *Office → Setup…* later): the company printed on documents, with its
logo previewed; the technician and the policy offered to new customers, in plain words; the
remote tools found on this computer; the mail server, with *Send a test message*. Every value is
checked as it is typed (the same rules as the settings dialog and `assistdesk settings set`), and
a page with a value a rule refuses says so under it and does not go on.

It is skippable: nothing here is needed to run calls, and invoicing asks for exactly what it
still lacks when it needs it. Skipping the first-run setup (or finishing it) writes the settings
file, so it is not offered again at the next start; *Office → Setup…* opens it any time. What is
finished is written onto the settings file as it is by then, and applies at once."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from shiboken6 import isValid

from app.core.clock import Clock
from app.core.errors import DomainError
from app.services.mail_check import SmtpPassword
from app.settings import SETTINGS_FILE, Settings
from app.ui.background import run_in_background
from app.ui.error_dialog import error_text
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.office.setting_rows import SettingRows, Value, save_changes
from app.ui.office.smtp_password import ask_smtp_password

COMPANY_KEYS = (
    "company.name", "company.address", "company.vat_id", "company.iban", "company.email",
    "company.logo",
)  # fmt: skip
DESK_KEYS = ("technician.name", "customers.default_policy")
TOOL_KEYS = ("tools.anydesk.path", "tools.iperius.path", "tools.rustdesk.path",
             "tools.teamviewer.path")  # fmt: skip
MAIL_KEYS = ("mail.server", "mail.port", "mail.security", "mail.user", "mail.sender")
LOGO_SIZE = (240, 90)
PASSWORD_STORED = QT_TRANSLATE_NOOP("SetupWizard", "The SMTP password is stored in the keyring.")
NO_SERVER = QT_TRANSLATE_NOOP("SetupWizard", "Give the SMTP server above first.")
NO_POLICY = QT_TRANSLATE_NOOP(
    "SetupWizard", "New customers get no policy: their sessions are not priced until one is chosen."
)


def is_first_run(config_dir: Path) -> bool:
    """No settings file yet: AssistDesk was never set up (nor its setup skipped) here."""
    return not (config_dir / SETTINGS_FILE).exists()


@dataclass(frozen=True)
class SetupSources:
    """What the setup offers: the policies (id, name), a policy's description in plain words,
    each remote tool found on this computer (its name and where, or why not), the keyring that
    keeps the SMTP password, and "now" for the test message."""

    policies: Sequence[tuple[str, str]]
    describe: Callable[[str], str]
    tools_found: Callable[[], Sequence[tuple[str, str]]]
    password: SmtpPassword
    clock: Clock
    send_test: Callable[[Settings, str], str]  # (settings as typed, to) -> the server's reply


class SettingsPage(QWizardPage):
    """A page of setting rows that does not go on while a rule refuses one of its values."""

    def __init__(
        self, title: str, subtitle: str, keys: Sequence[str], policies: Sequence[tuple[str, str]]
    ) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = QFormLayout()
        self.rows = SettingRows(self.form, keys, self, policies)
        self.box = QVBoxLayout(self)
        self.box.addLayout(self.form)

    def validatePage(self) -> bool:
        return all([self.rows.check(key) for key in self.rows.fields])


class SetupWizard(QWizard):
    """`saved`: the Settings written once finished (None until then)."""

    def __init__(
        self,
        settings: Settings,
        config_dir: Path,
        sources: SetupSources,
        parent: QWidget | None = None,
        first_run: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SetupWizard", "Set up AssistDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self._settings, self._config_dir, self._sources = settings, config_dir, sources
        self._first_run = first_run
        self.saved: Settings | None = None
        if first_run:
            self.setButtonText(
                QWizard.WizardButton.CancelButton, translate("SetupWizard", "Skip setup")
            )
        policies = sources.policies
        self.company = SettingsPage(
            translate("SetupWizard", "Your company"),
            translate(
                "SetupWizard",
                "Printed on invoices, receipts and credit notes. Nothing here is needed to run "
                "calls: leave what you do not have yet, invoicing will ask for it.",
            ),
            COMPANY_KEYS,
            policies,
        )
        self.logo = QLabel()
        self.logo.setFixedSize(*LOGO_SIZE)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px solid palette(mid);")
        self.company.form.addRow(translate("SetupWizard", "Logo as printed"), self.logo)
        self.company.rows.edited.connect(
            lambda key: self._show_logo() if key == "company.logo" else None
        )
        self.desk = SettingsPage(
            translate("SetupWizard", "You and your customers"),
            translate(
                "SetupWizard",
                "Your name is kept with each session you run. The policy is what a new "
                "customer is given to begin with; each customer can have another.",
            ),
            DESK_KEYS,
            policies,
        )
        self.policy_text = QLabel()
        self.policy_text.setWordWrap(True)
        self.desk.box.addWidget(self.policy_text)
        self.desk.rows.edited.connect(  # a choice is taken (and checked) as soon as it is made
            lambda key: self._show_policy() if key == "customers.default_policy" else None
        )
        self.tools = SettingsPage(
            translate("SetupWizard", "Remote tools"),
            translate(
                "SetupWizard",
                "Connect starts the customer's tool. These were looked for on this computer; "
                "give a program's place only where it is not found by itself.",
            ),
            TOOL_KEYS,
            policies,
        )
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.tools.box.insertWidget(0, self.found)
        self.mail = SettingsPage(
            translate("SetupWizard", "Mail"),
            translate(
                "SetupWizard",
                "For invoices, session summaries and invitations to customers. Leave the "
                "server empty to set mail up later.",
            ),
            MAIL_KEYS,
            policies,
        )
        self.password = QPushButton(translate("SetupWizard", "Set the SMTP &password…"))
        self.password.clicked.connect(self.ask_password)
        self.mail.form.addRow(translate("Settings", "SMTP password"), self.password)
        self.test_to = QLineEdit()
        self.test_to.setPlaceholderText(translate("SetupWizard", "Your own address"))
        self.test_button = QPushButton(translate("SetupWizard", "Send a &test message"))
        self.test_button.clicked.connect(self.send_test)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        self.mail.form.addRow(translate("SetupWizard", "Test message to"), test_row)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.mail.box.addWidget(self.test_result)
        self.testing = False  # a test message is on its way
        for page in (self.company, self.desk, self.tools, self.mail):
            self.addPage(page)
            page.rows.show(settings)
        known = settings.preference("company.email") or settings.preference("mail.sender")
        self.test_to.setText(str(known or ""))
        self._show_logo()
        self._show_policy()
        self.resize(640, 560)

    @property
    def pages(self) -> tuple[SettingsPage, ...]:
        return (self.company, self.desk, self.tools, self.mail)

    # -- what the pages show -------------------------------------------------------------------

    def _show_logo(self) -> None:
        path = str(self.company.rows.value("company.logo")).strip()
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo.setPixmap(QPixmap())
            self.logo.setText(
                translate("SetupWizard", "Not an image AssistDesk reads")
                if path
                else translate("SetupWizard", "No logo")
            )
            return
        self.logo.setPixmap(
            pixmap.scaled(
                *LOGO_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _show_policy(self) -> None:
        policy_id = str(self.desk.rows.value("customers.default_policy")).strip()
        if not policy_id:
            self.policy_text.setText(translate("SetupWizard", NO_POLICY))
            return
        try:
            self.policy_text.setText(self._sources.describe(policy_id))
        except DomainError as error:
            self.policy_text.setText(error_text(error))

    def _show_tools(self) -> None:
        lines = [f"<b>{name}</b>: {where}" for name, where in self._sources.tools_found()]
        self.found.setText("<br>".join(lines))

    def initializePage(self, page_id: int) -> None:
        """The tools are looked for when their page is reached (not as the setup opens, at
        the first start); the mail page offers the test message to the company's address, as
        typed."""
        super().initializePage(page_id)
        if self.page(page_id) is self.tools:
            self._show_tools()
        if self.page(page_id) is self.mail and not self.test_to.text().strip():
            self.test_to.setText(str(self.company.rows.value("company.email")).strip())

    # -- mail --------------------------------------------------------------------------------

    def ask_password(self) -> None:
        if ask_smtp_password(self, self._sources.password):
            self.test_result.setText(translate("SetupWizard", PASSWORD_STORED))

    def send_test(self) -> None:
        """Send the test message through the server as typed on the page (not saved yet)."""
        if self.testing:
            return
        if not str(self.mail.rows.value("mail.server")).strip():
            self.test_result.setText(translate("SetupWizard", NO_SERVER))
            self.mail.rows.fields["mail.server"].setFocus()
            return
        typed = self._settings
        try:
            for key in (*MAIL_KEYS, "company.email"):
                page = self.mail if key in MAIL_KEYS else self.company
                typed = typed.with_value(key, page.rows.value(key))
        except DomainError as error:
            self.mail.validatePage()  # each problem under its field
            self.test_result.setText(error_text(error))
            return
        to = self.test_to.text()
        self.testing = True
        self.test_button.setEnabled(False)
        self.test_result.setText(translate("SetupWizard", "Sending the test message…"))
        run_in_background(
            lambda: self._sources.send_test(typed, to), self._test_sent, self._test_failed
        )

    def _test_sent(self, reply: str) -> None:
        if not isValid(self):  # skipped or finished while the message was on its way
            return
        self._tested()
        text = translate("SetupWizard", "The mail server took the test message ({reply}).")
        self.test_result.setText(text.format(reply=reply))

    def _test_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._tested()
        reply = getattr(error, "reply", "")
        text = translate("SetupWizard", "The test message was not sent: {problem}")
        self.test_result.setText(text.format(problem=reply or error_text(error)))

    def _tested(self) -> None:
        self.testing = False
        self.test_button.setEnabled(True)

    # -- the end -----------------------------------------------------------------------------

    def changes(self) -> tuple[dict[str, Value], dict[str, str]]:
        changed: dict[str, Value] = {}
        refused: dict[str, str] = {}
        for page in self.pages:
            page_changed, page_refused = page.rows.changes()
            changed |= page_changed
            refused |= page_refused
        return changed, refused

    def accept(self) -> None:
        """Write what was set here onto the settings file as it is now (one refused value:
        its page is shown with the problem under it, nothing written)."""
        changed, refused = self.changes()
        for page in self.pages:
            if any(key in refused for key in page.rows.fields):
                page.rows.mark({k: v for k, v in refused.items() if k in page.rows.fields})
                while self.currentPage() is not page and self.currentId() > 0:
                    self.back()
                return
        try:
            self.saved = save_changes(self._config_dir, changed)
        except DomainError as error:
            self.test_result.setText(error_text(error))
            return
        super().accept()

    def reject(self) -> None:
        """Skip: the first run's setup is not offered again (the settings file is written as it
        is); later, Cancel changes nothing."""
        if self._first_run and is_first_run(self._config_dir):
            with contextlib.suppress(OSError, DomainError):  # else offered again: no harm
                Settings.load(self._config_dir).save(self._config_dir)
        super().reject()
