"""Before connecting: the price the customer accepted (offer policies) and each check the policy
asks for, with the terms text a click away. Saving stores each changed answer through `answer`
and the offer through `accept_offer`; a refused answer keeps the dialog open."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.checklist import ChecklistItem
from app.core.errors import DomainError
from app.services.session_journal import ChecklistState
from app.ui.error_dialog import reporting_errors

_CHOICES = {
    ChecklistItem.RECORDING_CONSENT: ("yes", "no"),
    ChecklistItem.BACKUP: ("made", "declined"),
}
_TICKED = (ChecklistItem.CONFIDENTIAL_CLOSED, ChecklistItem.CUSTOMER_PRESENT)


class ChecklistDialog(QDialog):
    """`state`: what the policy asks and what was answered; `currency`: ask for the accepted offer
    (None: not an offer policy); `terms_text(version)` reads the terms the customer accepts."""

    def __init__(
        self,
        state: ChecklistState,
        currency: str | None,
        agreed: Decimal | None,
        answer: Callable[[str, str], object],
        accept_offer: Callable[[Decimal], object],
        terms_text: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Before connecting")
        self._state = state
        self._answer = answer
        self._accept_offer = accept_offer
        self._terms_text = terms_text
        self._agreed = agreed
        self.terms_view: QPlainTextEdit | None = None  # once the technician opened the terms
        self.values: dict[ChecklistItem, Callable[[], str]] = {}
        self.inputs: dict[ChecklistItem, QWidget] = {}
        form = QFormLayout()
        self.offer: QLineEdit | None = None
        if currency is not None:
            self.offer = QLineEdit("" if agreed is None else f"{agreed:f}")
            self.offer.setPlaceholderText(f"Amount in {currency}")
            form.addRow(f"Offer accepted ({currency})", self.offer)
        for item in state.checklist.items:
            form.addRow(self._row(item, state.answers.get(item.value, "")))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _row(self, item: ChecklistItem, given: str) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        if item is ChecklistItem.TERMS_ACCEPTED:
            version = self._state.checklist.terms
            box = QCheckBox(f"{item.question} (version {version})")
            box.setChecked(given == version)
            read = QPushButton("Read the terms…")
            read.clicked.connect(self.show_terms)
            line.addWidget(box, 1)
            line.addWidget(read)
            self.values[item] = lambda: version if box.isChecked() else ""
            self.inputs[item] = box
        elif item is ChecklistItem.RESPONSIBLE_PERSON:
            line.addWidget(QLabel(item.question))
            name = QLineEdit(given)
            line.addWidget(name, 1)
            self.values[item] = name.text
            self.inputs[item] = name
        elif item in _TICKED:
            box = QCheckBox(item.question)
            box.setChecked(given == "yes")
            line.addWidget(box)
            self.values[item] = lambda: "yes" if box.isChecked() else ""
            self.inputs[item] = box
        else:
            line.addWidget(QLabel(item.question), 1)
            group = QButtonGroup(row)
            for choice in _CHOICES[item]:
                radio = QRadioButton(choice)
                radio.setChecked(given == choice)
                group.addButton(radio)
                line.addWidget(radio)
            self.values[item] = lambda: next(
                (b.text() for b in group.buttons() if b.isChecked()), ""
            )
            self.inputs[item] = row
        return row

    def show_terms(self) -> None:
        """The terms text the customer accepts, read-only, in a window of its own."""
        with reporting_errors(self):
            text = self._terms_text(self._state.checklist.terms)
            view = QPlainTextEdit(text)
            view.setReadOnly(True)
            view.setWindowTitle(f"Terms {self._state.checklist.terms}")
            view.resize(560, 420)
            view.setParent(self, Qt.WindowType.Window)
            self.terms_view = view
            view.show()

    def accept(self) -> None:
        with reporting_errors(self):
            if self.offer is not None and self.offer.text().strip():
                amount = _amount(self.offer.text())
                if amount != self._agreed:
                    self._accept_offer(amount)
            for item, value in self.values.items():
                text = value()
                if text and text != self._state.answers.get(item.value):
                    self._answer(item.value, text)
            super().accept()


def _amount(text: str) -> Decimal:
    try:
        amount = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise DomainError(f"{text.strip()!r} is not an amount; type it as 25.00.") from None
    if amount <= 0 or not amount.is_finite():
        raise DomainError("The accepted offer must be more than nothing.")
    return amount
