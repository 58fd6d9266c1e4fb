"""The settings dialog's fields, made from the declared SCHEMA (app.settings): one editor of each
setting's kind — a choice list, a whole number, a tick box or a line of text — with the schema's
label (translated in the context "Settings"; app.settings marks them), and under it a line that
says what is wrong with the value, shown only then."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox

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


def problem_line() -> QLabel:
    """The line under a field that says what is wrong with its value (its form row is hidden
    while there is nothing to say)."""
    problem = QLabel()
    problem.setWordWrap(True)
    problem.setStyleSheet(PROBLEM_STYLE)
    return problem
