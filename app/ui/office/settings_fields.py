"""The settings dialog's fields, made from the declared SCHEMA (app.settings): one editor of each
setting's kind — a choice list, a whole number, a tick box or a line of text — with the schema's
label (translated in the context "Settings"; app.settings marks them), and under it a line that
says what is wrong with the value, shown only then. Some settings get a better editor: the
policy offered to new customers is chosen from the policies by name, the documents' time zone
from the zones (typed, with completion), and a file (the logo, a tool's program) has a Choose…
button beside its line (the dialog adds it: FILE_KEYS)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QLabel, QLineEdit, QSpinBox

from app.settings import Setting, Settings
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

Field = QLineEdit | QComboBox | QSpinBox | QCheckBox
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
PROBLEM_STYLE = "color: #b3261e;"  # a dark red that reads on light and dark backgrounds
POLICY_KEY = "customers.default_policy"
ZONE_KEY = "documents.timezone"
IMAGE_FILES = QT_TRANSLATE_NOOP("Settings", "Images (*.png *.jpg *.jpeg)")
ANY_FILE = QT_TRANSLATE_NOOP("Settings", "All files (*)")
# settings that name a file, and what the Choose… button offers
FILE_KEYS = {
    "company.logo": IMAGE_FILES,
    "tools.anydesk.path": ANY_FILE,
    "tools.iperius.path": ANY_FILE,
    "tools.rustdesk.path": ANY_FILE,
    "tools.teamviewer.path": ANY_FILE,
}
NO_POLICY = QT_TRANSLATE_NOOP("Settings", "None")
THIS_COMPUTERS_ZONE = QT_TRANSLATE_NOOP("Settings", "This computer's")


def choice_label(setting: Setting, choice: str) -> str:
    if (setting.key, choice) in CHOICE_LABELS:
        return translate("Settings", CHOICE_LABELS[setting.key, choice])
    if setting.key.endswith(".language"):
        return LANGUAGE_NAMES.get(choice, choice)
    return choice


def field_for(setting: Setting, policies: Sequence[tuple[str, str]] | None = None) -> Field:
    """An editor of the setting's kind; `policies`: the (id, name) of each policy a customer
    can be given, for the policy offered to new customers (without them: its id, typed)."""
    if setting.key == POLICY_KEY and policies is not None:
        combo = _narrow(QComboBox())
        combo.addItem(translate("Settings", NO_POLICY), "")
        for policy_id, name in policies:
            combo.addItem(f"{name} ({policy_id})", policy_id)
        return combo
    if setting.key == ZONE_KEY:
        zones = _narrow(QComboBox())
        zones.setEditable(True)
        zones.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones.addItems(["", *sorted(available_timezones())])
        line = zones.lineEdit()
        assert line is not None  # editable
        line.setPlaceholderText(translate("Settings", THIS_COMPUTERS_ZONE))
        completer = zones.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return zones
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


def _narrow(combo: QComboBox) -> QComboBox:
    """A list of long names that does not widen the dialog: as wide as the other fields."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def shown_value(setting: Setting, settings: Settings) -> Any:
    """What the field shows: the value as the file has it (a problem included, to be corrected)
    where the field can hold it; else the default, the problem said under the field."""
    written = settings.written(setting.key)
    if setting.kind is str and not setting.choices:
        return str(written)
    fits = isinstance(written, setting.kind) and not (
        setting.kind is int and isinstance(written, bool)
    )
    if fits and (not setting.choices or written in setting.choices):
        return written
    return settings.preference(setting.key)


def set_value(field: Field, value: object) -> None:
    if isinstance(field, QComboBox) and field.isEditable():
        field.setEditText(str(value))
    elif isinstance(field, QComboBox):
        index = field.findData(str(value))
        if index < 0 and value:  # a policy whose file is gone, say: shown as written
            field.addItem(str(value), str(value))
            index = field.count() - 1
        field.setCurrentIndex(max(0, index))
    elif isinstance(field, QSpinBox):
        field.setValue(int(str(value)))
    elif isinstance(field, QCheckBox):
        field.setChecked(bool(value))
    else:
        field.setText(str(value))


def value_of(field: Field) -> str | int | bool:
    if isinstance(field, QComboBox) and field.isEditable():
        return field.currentText().strip()
    if isinstance(field, QComboBox):
        return str(field.currentData())
    if isinstance(field, QSpinBox):
        return field.value()
    if isinstance(field, QCheckBox):
        return field.isChecked()
    return field.text()


def problem_line() -> QLabel:
    """The line under a field that says what is wrong with its value (its form row is hidden
    while there is nothing to say)."""
    problem = QLabel()
    problem.setWordWrap(True)
    problem.setStyleSheet(PROBLEM_STYLE)
    return problem
