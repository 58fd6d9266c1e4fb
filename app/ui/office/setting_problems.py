"""What the window says about a setting the settings file gets wrong: each problem in the words of
its field (the rule's sentence with the field's label), the sentence when such a value is used
(correct it in Office → Settings, rather than the command line's `settings set`), and the notice
in the status bar that names the fields needing attention — shown, never a blocking dialog — and
opens the settings dialog when clicked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton

from app.core.errors import SettingProblemError
from app.setting_rules import labelled
from app.ui.i18n import QT_TRANSLATE_NOOP, message_text, translate

if TYPE_CHECKING:
    from app.settings import Settings

NOTICE = QT_TRANSLATE_NOOP(
    "SettingProblems", "Settings need attention: {fields}. Open Office → Settings…"
)


def field_label(key: str) -> str:
    """The field's label in the installed language; a name that is no setting as it is."""
    from app.setting_schema import BY_KEY

    spec = BY_KEY.get(key)
    return translate("Settings", spec.label) if spec is not None else key


def problem_text(key: str, problem: str) -> str:
    """The rule's sentence, translated, with the field's label for the key."""
    if not key:  # the whole file (it cannot be read)
        return message_text(problem)
    return message_text(labelled(problem, key, field_label(key)))


def refusal_text(error: SettingProblemError) -> str:
    """What the error dialog says when a value with a problem was needed."""
    problem = problem_text(error.key, error.problem).rstrip(".")
    return translate("SettingProblems", "{problem}; correct it in Office → Settings.").format(
        problem=problem
    )


def attention(settings: Settings) -> dict[str, str]:
    """Each field (by key) that needs attention, with its problem in its words; "" for a file
    that cannot be read."""
    if settings.unreadable:
        return {"": message_text(settings.unreadable)}
    return {key: problem_text(key, problem) for key, problem in settings.problems.items()}


class SettingsNotice:
    """The status bar's button that says which settings need attention; hidden when none do."""

    def __init__(self, button: QPushButton, open_settings: Callable[[], None]) -> None:
        self.button = button
        button.clicked.connect(open_settings)

    def show(self, settings: Settings) -> None:
        problems = attention(settings)
        fields = [
            field_label(key) if key else translate("SettingProblems", "the file cannot be read")
            for key in problems
        ]
        text = translate("SettingProblems", NOTICE).format(fields=", ".join(fields))
        self.button.setText(text if problems else "")
        self.button.setToolTip("\n".join(problems.values()))
        self.button.setVisible(bool(problems))
