"""Ending a session: the outcome (which decides what may be charged), the closing note (a policy
may ask for a minimum length), the confirmation that no access remains, the price it will be
saved with, and — when a crash left the session open — the end time the technician confirms."""

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
from app.ui.display import from_qdatetime, outcome_label, to_qdatetime
from app.ui.error_dialog import reporting_errors
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

# end(outcome, closing note, ended at (None: now), access closed)
EndSession = Callable[[Outcome, str, datetime | None, bool], SessionDetail]
# preview(outcome, ended at (None: now)): "Will be charged €15.00 (net €12.40, VAT €2.60)"
PricePreview = Callable[[Outcome, datetime | None], str]

ACCESS_CLOSED_TEXT = QT_TRANSLATE_NOOP(
    "EndSessionDialog", "The connection is closed and no access remains"
)
ACCESS_OPEN_TEXT = QT_TRANSLATE_NOOP(
    "EndSessionDialog", "No — access may remain (say why in the note)"
)
CHOOSE_OUTCOME = QT_TRANSLATE_NOOP("EndSessionDialog", "Choose the outcome to see the price.")


class EndSessionDialog(QDialog):
    """Asks for the outcome and the access confirmation (no defaults: each must be a choice) and
    a closing note of at least `note_min_chars`, shows `preview` for the chosen outcome, and calls
    `end` with the answers.

    With `time_range=(earliest, now)` the dialog also shows an "Ended at" editor, set to
    `ended_default` (else now); the session then ends at the time it shows. On a DomainError
    the dialog stays open.
    """

    def __init__(
        self,
        customer_name: str,
        end: EndSession,
        parent: QWidget | None = None,
        time_range: tuple[datetime, datetime] | None = None,
        *,
        ended_default: datetime | None = None,
        note_min_chars: int = 0,
        preview: PricePreview | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("EndSessionDialog", "End session"))
        self._end = end
        self._preview = preview
        self._min_chars = note_min_chars
        self.detail: SessionDetail | None = None  # the ended session, once saved

        self.outcomes = QButtonGroup(self)
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        outcome_column = QVBoxLayout()
        for outcome in Outcome:
            button = QRadioButton(outcome_label(outcome))
            self.outcomes.addButton(button)
            self.outcome_buttons[outcome] = button
            outcome_column.addWidget(button)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(
            translate("EndSessionDialog", "What was done, what is left to do…")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.note_rule = QLabel()  # "At least 20 characters (12 so far)"
        self.note_rule.setVisible(note_min_chars > 0)
        self.access = QButtonGroup(self)
        self.access_closed = QRadioButton(translate("EndSessionDialog", ACCESS_CLOSED_TEXT))
        self.access_open = QRadioButton(translate("EndSessionDialog", ACCESS_OPEN_TEXT))
        access_column = QVBoxLayout()
        for button in (self.access_closed, self.access_open):
            self.access.addButton(button)
            access_column.addWidget(button)
        self.price = QLabel(
            translate("EndSessionDialog", CHOOSE_OUTCOME)
        )  # the priced result, before it is saved
        self.price.setObjectName("endPrice")
        self.price.setVisible(preview is not None)
        self.ended_at: QDateTimeEdit | None = None
        if time_range is not None:
            earliest, now = time_range
            self.ended_at = QDateTimeEdit(to_qdatetime(ended_default or now))
            self.ended_at.setDateTimeRange(to_qdatetime(earliest), to_qdatetime(now))
            self.ended_at.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
            self.ended_at.setCalendarPopup(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("EndSessionDialog", "End session"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(translate("EndSessionDialog", "Customer"), QLabel(customer_name))
        if self.ended_at is not None:
            form.addRow(translate("EndSessionDialog", "Ended at"), self.ended_at)
        form.addRow(translate("EndSessionDialog", "Outcome"), outcome_column)
        form.addRow(translate("EndSessionDialog", "Closing note"), self.notes)
        form.addRow("", self.note_rule)
        form.addRow(translate("EndSessionDialog", "Access"), access_column)
        form.addRow(translate("EndSessionDialog", "Price"), self.price)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.outcomes.buttonToggled.connect(self._update)
        self.access.buttonToggled.connect(self._update)
        self.notes.textChanged.connect(self._update)
        if self.ended_at is not None:
            self.ended_at.dateTimeChanged.connect(self._update)
        self._update()
        # Typing goes to the closing note, where it is seen: on an outcome, a stray space
        # (a note typed as the dialog opened) would choose that outcome unseen.
        self.notes.setFocus()

    def chosen_outcome(self) -> Outcome | None:
        for outcome, button in self.outcome_buttons.items():
            if button.isChecked():
                return outcome
        return None

    def chosen_access(self) -> bool | None:
        """True: the technician confirmed no access remains; False: said it may; None: not yet."""
        if self.access_closed.isChecked():
            return True
        return False if self.access_open.isChecked() else None

    def _end_time(self) -> datetime | None:
        return from_qdatetime(self.ended_at.dateTime()) if self.ended_at is not None else None

    def _note_long_enough(self) -> bool:
        return len(self.notes.toPlainText().strip()) >= self._min_chars

    def _update(self) -> None:
        outcome = self.chosen_outcome()
        if self._min_chars:
            typed = len(self.notes.toPlainText().strip())
            rule = translate(
                "EndSessionDialog",
                "The policy asks for at least {minimum} characters ({typed} so far).",
            )
            self.note_rule.setText(rule.format(minimum=self._min_chars, typed=typed))
        if self._preview is not None:
            self.price.setText(
                self._preview(outcome, self._end_time())
                if outcome
                else translate("EndSessionDialog", CHOOSE_OUTCOME)
            )
        self.ok_button.setEnabled(
            outcome is not None and self.chosen_access() is not None and self._note_long_enough()
        )

    def accept(self) -> None:
        outcome, access = self.chosen_outcome(), self.chosen_access()
        if outcome is None or access is None or not self._note_long_enough():
            return
        with reporting_errors(self):
            self.detail = self._end(outcome, self.notes.toPlainText(), self._end_time(), access)
            super().accept()
