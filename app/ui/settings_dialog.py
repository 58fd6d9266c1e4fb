"""The settings dialog, made from the declared SCHEMA (app.settings): one field per setting, of
its kind — a choice list, a whole number, a tick box or a line of text — with the schema's label
(translated in the context "Settings"; app.settings marks them). A new language applies at the
next start, as the dialog says (docs/languages.md).
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
from app.core.messages import Message
from app.setting_rules import named
from app.settings import SCHEMA, Setting, Settings
from app.tools.secret_store import KeyringSecretStore, NoKeyringError, SecretStore
from app.ui.error_dialog import reporting_errors, show_error
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

Field = QLineEdit | QComboBox | QSpinBox | QCheckBox
APPLIES_NEXT_START = QT_TRANSLATE_NOOP(
    "Settings",
    "The compact timer, the tray icon and the automatic start change at once; other changes, "
    "the language too, apply the next time AssistDesk starts.",
)
PASSWORD_STORED = QT_TRANSLATE_NOOP("Settings", "The SMTP password is stored in the keyring.")
LANGUAGE_NAMES = {"en": "English", "pt": "Português", "nl": "Nederlands"}  # each in its own
# What a choice reads as, where the stored value is not a word a user knows; others show as is.
CHOICE_LABELS = {
    ("display.language", ""): QT_TRANSLATE_NOOP("Settings", "This computer's language"),
    ("documents.type", "invoice"): QT_TRANSLATE_NOOP("Settings", "invoice"),
    ("documents.type", "statement"): QT_TRANSLATE_NOOP("Settings", "statement"),
}
SECTIONS = {
    "company": QT_TRANSLATE_NOOP("Settings", "Company"),
    "technician": QT_TRANSLATE_NOOP("Settings", "Technician"),
    "display": QT_TRANSLATE_NOOP("Settings", "Display"),
    "detection": QT_TRANSLATE_NOOP("Settings", "Detection"),
    "documents": QT_TRANSLATE_NOOP("Settings", "Documents"),
    "tools": QT_TRANSLATE_NOOP("Settings", "Tools"),
    "mail": QT_TRANSLATE_NOOP("Settings", "Mail"),
}


def choice_label(setting: Setting, choice: str) -> str:
    if (setting.key, choice) in CHOICE_LABELS:
        return translate("Settings", CHOICE_LABELS[setting.key, choice])
    if setting.key.endswith(".language"):
        return LANGUAGE_NAMES.get(choice, choice)
    return choice


def field_for(setting: Setting) -> Field:
    """An editor of the setting's kind."""
    if setting.choices:
        combo = QComboBox()
        for choice in setting.choices:
            combo.addItem(choice_label(setting, choice), choice)
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
        field.setCurrentIndex(max(0, field.findData(str(value))))
    elif isinstance(field, QSpinBox):
        field.setValue(int(str(value)))
    elif isinstance(field, QCheckBox):
        field.setChecked(bool(value))
    else:
        field.setText(str(value))


def value_of(field: Field) -> str | int | bool:
    if isinstance(field, QComboBox):
        return str(field.currentData())
    if isinstance(field, QSpinBox):
        return field.value()
    if isinstance(field, QCheckBox):
        return field.isChecked()
    return field.text()


def labelled(error: DomainError, setting: Setting, label: str) -> DomainError:
    """The rule's sentence with the field's label where it names the key ("SMTP port … must be
    from 1 to 65535"), or the label in front of it."""
    message = error.args[0] if error.args else str(error)
    if isinstance(message, Message) and setting.key in message.values.values():
        values = {name: label if v == setting.key else v for name, v in message.values.items()}
        return DomainError(Message(message.template, values))
    return named(label, error)


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
        self.setWindowTitle(translate("Settings", "Settings"))
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
                title = translate("Settings", SECTIONS.get(group, group.capitalize()))
                form.addRow(QLabel(f"<b>{title}</b>"))
            field = field_for(setting)
            set_value(field, settings[setting.key])
            field.setToolTip(setting.key)
            self.fields[setting.key] = field
            form.addRow(translate("Settings", setting.label), field)
        self.password = QPushButton(translate("Settings", "Set the SMTP &password…"))
        self.password.clicked.connect(self.ask_password)
        form.addRow(translate("Settings", "SMTP password"), self.password)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.message = QLabel(translate("Settings", APPLIES_NEXT_START))
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
                raise labelled(error, setting, translate("Settings", setting.label)) from None
        return settings

    def accept(self) -> None:
        """Save what was changed here onto the file as it is now: a setting the desk wrote
        meanwhile (the compact timer's ×) stays as the desk wrote it."""
        with reporting_errors(self):
            wanted = self.checked()
            try:
                settings = Settings.load(self._config_dir)
            except DomainError:  # unreadable: the dialog's whole view replaces it
                settings = self._settings
            for key in (k for k in wanted if wanted[k] != self._settings[k]):
                settings = settings.with_value(key, wanted[key])
            settings.save(self._config_dir)
            self.saved = self._settings = settings  # opened again, the dialog shows the file
            for key, field in self.fields.items():
                set_value(field, settings[key])
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
            self,
            translate("Settings", "SMTP password"),
            translate("Settings", "Password for the SMTP user:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not password:
            return
        with reporting_errors(self):
            self._store.set(SMTP_PASSWORD, password)
            stored = translate("Settings", PASSWORD_STORED)
            self.message.setText(f"{stored} {translate('Settings', APPLIES_NEXT_START)}")
