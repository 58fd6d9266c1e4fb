"""Ending a session: the outcome (which decides what may be charged), notes, and — when a crash
left the session open — the end time the technician confirms."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.records import SessionDetail
from app.core.session import Outcome
from app.ui.display import OUTCOME_LABELS, from_qdatetime, to_qdatetime
from app.ui.error_dialog import reporting_errors

EndSession = Callable[[Outcome, str, datetime | None], SessionDetail]


class EndSessionDialog(QDialog):
    """Asks for the outcome (no default: it must be a choice) and calls `end` with the answers.

    With `time_range=(earliest, now)` the dialog also shows an "Ended at" editor, set to now; the
    session then ends at the time it shows. On a DomainError the dialog stays open.
    """

    def __init__(
        self,
        customer_name: str,
        end: EndSession,
        parent: QWidget | None = None,
        time_range: tuple[datetime, datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("End session")
        self._end = end
        self.detail: SessionDetail | None = None  # the ended session, once saved

        self.outcomes = QButtonGroup(self)
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        outcome_column = QVBoxLayout()
        for outcome in Outcome:
            button = QRadioButton(OUTCOME_LABELS[outcome])
            self.outcomes.addButton(button)
            self.outcome_buttons[outcome] = button
            outcome_column.addWidget(button)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("What was done, what is left to do…")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.ended_at: QDateTimeEdit | None = None
        if time_range is not None:
            earliest, now = time_range
            self.ended_at = QDateTimeEdit(to_qdatetime(now))
            self.ended_at.setDateTimeRange(to_qdatetime(earliest), to_qdatetime(now))
            self.ended_at.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
            self.ended_at.setCalendarPopup(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("End session")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("Customer", QLabel(customer_name))
        if self.ended_at is not None:
            form.addRow("Ended at", self.ended_at)
        form.addRow("Outcome", outcome_column)
        form.addRow("Notes", self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

        self.outcomes.buttonToggled.connect(self._update_ok)
        self._update_ok()

    def chosen_outcome(self) -> Outcome | None:
        for outcome, button in self.outcome_buttons.items():
            if button.isChecked():
                return outcome
        return None

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.chosen_outcome() is not None)

    def accept(self) -> None:
        outcome = self.chosen_outcome()
        if outcome is None:
            return
        at = from_qdatetime(self.ended_at.dateTime()) if self.ended_at is not None else None
        with reporting_errors(self):
            self.detail = self._end(outcome, self.notes.toPlainText(), at)
            super().accept()
