"""A small dialog that asks why: why start a session outside opening hours or for a missed
booking (a reason is required and kept in the session's history), or why an appointment is
cancelled (optional). It only collects the text; the caller acts on `accepted`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import translate


class ReasonDialog(QDialog):
    """`explanation` says what is being set aside; OK stays disabled until a required reason is
    typed, so nothing starts without one."""

    def __init__(
        self,
        title: str,
        explanation: str,
        ok_text: str,
        parent: QWidget | None = None,
        *,
        required: bool = True,
        cancel_text: str | None = None,  # None: "Cancel"
        placeholder: str | None = None,  # None: "The reason is kept in the record"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._required = required
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.reason = QLineEdit()
        if placeholder is None:
            placeholder = translate("ReasonDialog", "The reason is kept in the record")
        self.reason.setPlaceholderText(placeholder)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        if cancel_text is None:
            cancel_text = translate("ReasonDialog", "Cancel")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        if required:
            layout.addWidget(QLabel(translate("ReasonDialog", "Reason")))
        else:
            layout.addWidget(QLabel(translate("ReasonDialog", "Reason (optional)")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

        self.reason.textChanged.connect(self._update_ok)
        self._update_ok()

    def text(self) -> str:
        """The reason typed, with surrounding space removed."""
        return " ".join(self.reason.text().split())

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.text()) or not self._required)

    def accept(self) -> None:
        if self._required and not self.text():
            return
        super().accept()
