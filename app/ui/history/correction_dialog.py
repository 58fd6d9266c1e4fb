"""Correcting a session's accepted or end time: which one, the right time, and why. The reason is
required; the correction is one more event, so the original time stays in the history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.core.records import SessionDetail
from app.core.session import CorrectedField
from app.ui.display import from_qdatetime, keep_to_accepted_days, to_qdatetime
from app.ui.error_dialog import reporting_errors
from app.ui.i18n import translate

Submit = Callable[[CorrectedField, datetime, str], SessionDetail]


class CorrectionDialog(QDialog):
    """OK calls `submit(which, value, reason)`; a refused correction shows the error dialog and
    the dialog stays open. `corrected` is the session after a successful correction."""

    def __init__(self, detail: SessionDetail, submit: Submit, parent: QWidget | None = None):
        super().__init__(parent)
        title = translate("CorrectionDialog", "Correct the times of session {id}")
        self.setWindowTitle(title.format(id=detail.id))
        self._detail, self._submit = detail, submit
        self.corrected: SessionDetail | None = None
        self.which = QComboBox()
        record = detail.record
        if record.accepted_at is not None:
            self.which.addItem(
                translate("CorrectionDialog", "Accepted time"), CorrectedField.ACCEPTED_AT
            )
        if record.ended_at is not None:
            self.which.addItem(translate("CorrectionDialog", "End time"), CorrectedField.ENDED_AT)
        self.when = keep_to_accepted_days(QDateTimeEdit())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.when.setCalendarPopup(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("CorrectionDialog", "Why: kept with the session"))
        self.note = QLabel(
            translate("CorrectionDialog", "The original time stays in the session's history.")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("CorrectionDialog", "Correct"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("CorrectionDialog", "&Time to correct"), self.which)
        form.addRow(translate("CorrectionDialog", "&Correct time"), self.when)
        form.addRow(translate("CorrectionDialog", "&Reason"), self.reason)
        form.addRow(self.note)
        form.addRow(self.buttons)
        self.which.currentIndexChanged.connect(lambda _i: self._show_current())
        self.reason.textChanged.connect(lambda _t: self._update_ok())
        self._show_current()
        self._update_ok()

    def chosen(self) -> CorrectedField:
        return CorrectedField(self.which.currentData())

    def _show_current(self) -> None:
        record = self._detail.record
        current = record.accepted_at if self.chosen() is CorrectedField.ACCEPTED_AT else None
        current = current or record.ended_at
        if current is not None:
            self.when.setDateTime(to_qdatetime(current))

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason.text().strip()) and self.which.count() > 0)

    def accept(self) -> None:
        if not self.reason.text().strip() or self.which.count() == 0:
            return
        with reporting_errors(self):
            self.corrected = self._submit(
                self.chosen(), from_qdatetime(self.when.dateTime()), self.reason.text().strip()
            )
            super().accept()
