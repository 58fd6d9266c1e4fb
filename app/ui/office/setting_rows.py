"""Rows of settings in a form, as the settings dialog and the first-run setup show them: each
setting's editor (app.ui.office.settings_fields) with its label, a Choose… button beside a
setting that names a file, and under it a line that says what a rule refuses of its value —
checked as soon as the field is left or its choice changed. `changes` says what was changed here
and what of it is refused; `save_changes` writes what was changed onto the file as it is by then
(a setting the desk wrote meanwhile stays)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.core.errors import DomainError
from app.settings import SCHEMA, Setting, Settings
from app.ui.i18n import translate
from app.ui.office.setting_problems import problem_text
from app.ui.office.settings_fields import (
    FILE_KEYS,
    SECTIONS,
    Field,
    field_for,
    problem_line,
    set_value,
    shown_value,
    value_of,
)

BY_KEY = {setting.key: setting for setting in SCHEMA}
Value = str | int | bool


class SettingRows(QObject):
    """`fields` maps each key to its editor, `problems` to the line under it; `edited(key)` is
    emitted once a field's value was taken (left, chosen)."""

    edited = Signal(str)

    def __init__(
        self,
        form: QFormLayout,
        keys: Iterable[str],
        parent: QWidget,
        policies: Sequence[tuple[str, str]] | None = None,
        *,
        sections: bool = False,
    ) -> None:
        """`sections`: a bold title before each group of settings (company, mail, …)."""
        super().__init__(parent)
        self._form, self._parent = form, parent
        self.fields: dict[str, Field] = {}
        self.problems: dict[str, QLabel] = {}
        self._shown: dict[str, Value] = {}
        section = ""
        for key in keys:
            setting = BY_KEY[key]
            group = key.split(".")[0]
            if sections and group != section:
                section = group
                title = translate("Settings", SECTIONS.get(group, group.capitalize()))
                form.addRow(QLabel(f"<b>{title}</b>"))
            self._add(setting, policies)

    def _add(self, setting: Setting, policies: Sequence[tuple[str, str]] | None) -> None:
        key = setting.key
        field = field_for(setting, policies)
        field.setToolTip(key)
        self.fields[key] = field
        self._form.addRow(translate("Settings", setting.label), self._with_chooser(key))
        self.problems[key] = problem = problem_line()
        self._form.addRow("", problem)
        self._form.setRowVisible(problem, False)
        self._check_when_changed(key, field)

    def _with_chooser(self, key: str) -> QWidget:
        """The field, with a Choose… button beside it for a setting that names a file."""
        field = self.fields[key]
        if key not in FILE_KEYS or not isinstance(field, QLineEdit):
            return field
        button = QPushButton(translate("Settings", "Choose…"))
        button.setObjectName(f"choose:{key}")
        button.clicked.connect(lambda: self._choose_file(key, field))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        layout.addWidget(button)
        return row

    def _choose_file(self, key: str, field: QLineEdit) -> None:
        start = field.text().strip() or str(Path.home())
        title, kinds = translate("Settings", "Choose a file"), translate("Settings", FILE_KEYS[key])
        chosen, _filter = QFileDialog.getOpenFileName(self._parent, title, start, kinds)
        if chosen:
            field.setText(chosen)
            self.check(key)

    def _check_when_changed(self, key: str, field: Field) -> None:
        if isinstance(field, QLineEdit):
            field.editingFinished.connect(lambda: self.check(key))
        elif isinstance(field, QComboBox) and field.isEditable():
            line = field.lineEdit()
            if line is not None:
                line.editingFinished.connect(lambda: self.check(key))
            field.activated.connect(lambda _index: self.check(key))
        elif isinstance(field, QComboBox):
            field.currentIndexChanged.connect(lambda _index: self.check(key))
        elif isinstance(field, QSpinBox):
            field.editingFinished.connect(lambda: self.check(key))
        elif isinstance(field, QCheckBox):
            field.toggled.connect(lambda _on: self.check(key))

    # -- values ------------------------------------------------------------------------------

    def show(self, settings: Settings) -> None:
        """Fill the fields from `settings` (as the file has it); nothing is said under them."""
        for key, field in self.fields.items():
            set_value(field, shown_value(BY_KEY[key], settings))
        self._shown = {key: value_of(field) for key, field in self.fields.items()}
        self.mark({})

    def value(self, key: str) -> Value:
        return value_of(self.fields[key])

    def refusal(self, key: str) -> str:
        """What a rule refuses of the field's value now, in the field's words; "" when nothing."""
        try:
            Settings().with_value(key, value_of(self.fields[key]))
        except DomainError as error:
            return problem_text(key, error.args[0] if error.args else str(error))
        return ""

    def check(self, key: str) -> bool:
        """Say under the field what a rule refuses of its value now; True when nothing."""
        problem = self.refusal(key)
        label = self.problems[key]
        label.setText(problem)
        self._form.setRowVisible(label, bool(problem))
        self.edited.emit(key)
        return not problem

    def mark(self, problems: dict[str, str]) -> None:
        """Say each of `problems` under its field, and nothing under the others."""
        for key, label in self.problems.items():
            label.setText(problems.get(key, ""))
            self._form.setRowVisible(label, key in problems)

    def changes(self, every: bool = False) -> tuple[dict[str, Value], dict[str, str]]:
        """(what was changed here, by key; what a rule refuses of it, in the field's words).
        With `every`, every field counts as changed (a file that cannot be read is replaced)."""
        changed: dict[str, Value] = {}
        refused: dict[str, str] = {}
        for key, field in self.fields.items():
            value = value_of(field)
            if value == self._shown.get(key) and not every:
                continue
            problem = self.refusal(key)
            if problem:
                refused[key] = problem
            changed[key] = value
        return changed, refused


def save_changes(config_dir: Path, changed: dict[str, Value], replace: bool = False) -> Settings:
    """Write `changed` onto the settings file as it is now (or, with `replace`, onto the
    defaults: a file that cannot be read); the Settings written."""
    settings = Settings() if replace else Settings.load(config_dir)
    for key, value in changed.items():
        settings = settings.with_value(key, value)
    settings.save(config_dir)
    return settings
