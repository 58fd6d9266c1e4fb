"""The settings dialog, made from the declared SCHEMA (app.settings): one field per setting, of
its kind — a choice list, a whole number, a tick box or a line of text — with the schema's label.
Every value is checked (Settings.with_value) before anything is written; a bad one is named and
nothing is saved. The SMTP password is never a field: a button stores it in the keyring, and on
a computer with no usable keyring it says so and stores nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import DomainError
from app.settings import SCHEMA, Setting, Settings
from app.tools.secret_store import KeyringSecretStore, NoKeyringError, SecretStore
from app.ui.error_dialog import reporting_errors, show_error

Field = QLineEdit | QComboBox | QSpinBox | QCheckBox
APPLIES_NEXT_START = "Changes apply the next time AssistDesk starts."
PASSWORD_STORED = "The SMTP password is stored in the keyring."


def field_for(setting: Setting) -> Field:
    """An editor of the setting's kind."""
    if setting.choices:
        combo = QComboBox()
        combo.addItems(list(setting.choices))
        return combo
    if setting.kind is int:
        spin = QSpinBox()
        spin.setRange(0, 1_000_000)
        return spin
    if setting.kind is bool:
        return QCheckBox()
    return QLineEdit()


def set_value(field: Field, value: object) -> None:
    if isinstance(field, QComboBox):
        field.setCurrentText(str(value))
    elif isinstance(field, QSpinBox):
        field.setValue(int(str(value)))
    elif isinstance(field, QCheckBox):
        field.setChecked(bool(value))
    else:
        field.setText(str(value))


def value_of(field: Field) -> str | int | bool:
    if isinstance(field, QComboBox):
        return field.currentText()
    if isinstance(field, QSpinBox):
        return field.value()
    if isinstance(field, QCheckBox):
        return field.isChecked()
    return field.text()


class SettingsDialog(QDialog):
    """`fields` maps each setting's key to its editor; `saved` is the Settings last written."""

    def __init__(
        self,
        settings: Settings,
        config_dir: Path,
        store: SecretStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._settings, self._config_dir = settings, config_dir
        self._store: SecretStore = store or KeyringSecretStore()
        self.saved: Settings | None = None
        self.fields: dict[str, Field] = {}
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        section = ""
        for setting in SCHEMA:
            group = setting.key.split(".")[0]
            if group != section:
                section = group
                form.addRow(QLabel(f"<b>{group.capitalize()}</b>"))
            field = field_for(setting)
            set_value(field, settings[setting.key])
            field.setToolTip(setting.key)
            self.fields[setting.key] = field
            form.addRow(setting.label, field)
        self.password = QPushButton("Set the SMTP &password…")
        self.password.clicked.connect(self.ask_password)
        form.addRow("SMTP password", self.password)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.message = QLabel(APPLIES_NEXT_START)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 640)

    def checked(self) -> Settings:
        """The settings the fields describe; a DomainError names the first bad value."""
        settings = self._settings
        for setting in SCHEMA:
            try:
                settings = settings.with_value(setting.key, value_of(self.fields[setting.key]))
            except DomainError as error:
                raise DomainError(f"{setting.label}: {error}") from None
        return settings

    def accept(self) -> None:
        with reporting_errors(self):
            settings = self.checked()
            settings.save(self._config_dir)
            self.saved = settings
            super().accept()

    def ask_password(self) -> None:
        """Ask for the SMTP password and store it in the keyring (refused plainly without one)."""
        from app.mail.mail_setup import SMTP_PASSWORD

        try:
            self._store.get(SMTP_PASSWORD)  # no usable keyring: said before a password is typed
        except NoKeyringError as error:
            show_error(self, error)
            return
        password, ok = QInputDialog.getText(
            self, "SMTP password", "Password for the SMTP user:", QLineEdit.EchoMode.Password
        )
        if not ok or not password:
            return
        with reporting_errors(self):
            self._store.set(SMTP_PASSWORD, password)
            self.message.setText(f"{PASSWORD_STORED} {APPLIES_NEXT_START}")
