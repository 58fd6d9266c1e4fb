"""The settings dialog: one field per declared setting (app.ui.office.settings_fields), showing the
file as it is. A value the file holds that breaks a rule is shown as written with the problem
under its field; so is a value typed here that a rule refuses, when Save is pressed — and then
nothing is written. Saving writes only what was changed here, onto the file as it is by then (a
setting the desk wrote meanwhile, or a problem left alone, stays as it is); a file that cannot
be read is replaced by everything the dialog shows. A new language applies at the next start, as
the dialog says (docs/languages.md). The SMTP password is never a field: a button stores it in
the keyring, and on a computer with no usable keyring it says so and stores nothing.

Each value is checked as soon as its field is left (or its choice changed), and what a rule
refuses is said under it then, not only when Save is pressed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.mail_check import SmtpPassword
from app.settings import SCHEMA, Settings
from app.tools.secret_store import KeyringSecretStore, SecretStore
from app.ui.error_dialog import reporting_errors
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.office.setting_problems import attention
from app.ui.office.setting_rows import SettingRows, save_changes
from app.ui.office.settings_fields import Field
from app.ui.office.smtp_password import ask_smtp_password

APPLIES_NEXT_START = QT_TRANSLATE_NOOP(
    "Settings",
    "What you save applies at once, but the language: it changes the next time AssistDesk starts.",
)
PASSWORD_STORED = QT_TRANSLATE_NOOP("Settings", "The SMTP password is stored in the keyring.")
NEED_ATTENTION = QT_TRANSLATE_NOOP(
    "Settings", "Some settings need attention: each problem is said under its field."
)
REPLACES_FILE = QT_TRANSLATE_NOOP("Settings", "Saving replaces it with what this dialog shows.")
NOT_SAVED = QT_TRANSLATE_NOOP(
    "Settings", "Nothing was saved: correct the values whose problem is said under them."
)


class SettingsDialog(QDialog):
    """`fields` maps each setting's key to its editor, `problems` to the line under it; `saved`
    is the Settings last written."""

    def __init__(
        self,
        settings: Settings,
        config_dir: Path,
        store: SecretStore | None = None,
        parent: QWidget | None = None,
        policies: Sequence[tuple[str, str]] | None = None,
    ) -> None:
        """`policies`: the (id, name) of the policies a customer can be given, offered by name
        for new customers (without them, the policy's id is typed)."""
        super().__init__(parent)
        self.setWindowTitle(translate("Settings", "Settings"))
        self._settings, self._config_dir = settings, config_dir
        self._store: SecretStore = store or KeyringSecretStore()
        self.saved: Settings | None = None
        form_widget = QWidget()
        self._form = form = QFormLayout(form_widget)
        keys = [setting.key for setting in SCHEMA]
        self.rows = SettingRows(form, keys, self, policies, sections=True)
        self.fields: dict[str, Field] = self.rows.fields
        self.problems: dict[str, QLabel] = self.rows.problems
        self.password = QPushButton(translate("Settings", "Set the SMTP &password…"))
        self.password.clicked.connect(self.ask_password)
        form.addRow(translate("Settings", "SMTP password"), self.password)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(form_widget)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 640)
        self._show(settings)

    def _show(self, settings: Settings) -> None:
        """Fill the fields from `settings` and say what needs attention."""
        self.rows.show(settings)
        problems = attention(settings)
        marked = {key: text for key, text in problems.items() if key in self.fields}
        self._mark(marked)
        lines = [text for key, text in problems.items() if key not in self.fields]
        if settings.unreadable:
            lines.append(translate("Settings", REPLACES_FILE))
        if marked:
            lines.append(translate("Settings", NEED_ATTENTION))
        self._say(*lines, translate("Settings", APPLIES_NEXT_START))

    def _say(self, *lines: str) -> None:
        self.message.setText(" ".join(line for line in lines if line))

    def _mark(self, problems: dict[str, str]) -> None:
        self.rows.mark(problems)

    def changes(self) -> tuple[dict[str, str | int | bool], dict[str, str]]:
        """(what was changed here, by key; what a rule refuses of it, in the field's words).
        For a file that cannot be read, every field is a change: the dialog's view replaces
        it."""
        return self.rows.changes(every=bool(self._settings.unreadable))

    def accept(self) -> None:
        """Check what was changed here; save it onto the file as it is now, or mark what a
        rule refuses and write nothing."""
        changed, refused = self.changes()
        if refused:
            left = {k: v for k, v in attention(self._settings).items() if k not in changed}
            self._mark(left | refused)
            first = self.fields[next(key for key in self.fields if key in refused)]
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus()
            self._say(translate("Settings", NOT_SAVED))
            return
        with reporting_errors(self):
            settings = save_changes(self._config_dir, changed, bool(self._settings.unreadable))
            self.saved = self._settings = settings  # opened again, the dialog shows the file
            self._show(settings)
            super().accept()

    def ask_password(self) -> None:
        """Ask for the SMTP password and store it in the keyring (refused plainly without one)."""
        if ask_smtp_password(self, SmtpPassword(self._store)):
            stored = translate("Settings", PASSWORD_STORED)
            self._say(stored, translate("Settings", APPLIES_NEXT_START))
