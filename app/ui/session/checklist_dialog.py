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
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

# The questions of app.core.checklist, marked here for translation (app.core has no Qt).
QUESTIONS = {
    ChecklistItem.TERMS_ACCEPTED: QT_TRANSLATE_NOOP(
        "ChecklistDialog", "The customer accepted the terms"
    ),
    ChecklistItem.RECORDING_CONSENT: QT_TRANSLATE_NOOP(
        "ChecklistDialog", "The customer agrees that the session may be recorded"
    ),
    ChecklistItem.BACKUP: QT_TRANSLATE_NOOP(
        "ChecklistDialog", "A backup was made (or the customer declined)"
    ),
    ChecklistItem.CONFIDENTIAL_CLOSED: QT_TRANSLATE_NOOP(
        "ChecklistDialog", "Confidential applications are closed"
    ),
    ChecklistItem.RESPONSIBLE_PERSON: QT_TRANSLATE_NOOP(
        "ChecklistDialog", "A responsible person is present (name)"
    ),
    ChecklistItem.CUSTOMER_PRESENT: QT_TRANSLATE_NOOP(
        "ChecklistDialog", "The customer is at the computer with a phone"
    ),
}
# The stored answer of each choice, and its label.
_CHOICES = {
    ChecklistItem.RECORDING_CONSENT: (
        ("yes", QT_TRANSLATE_NOOP("ChecklistDialog", "yes")),
        ("no", QT_TRANSLATE_NOOP("ChecklistDialog", "no")),
    ),
    ChecklistItem.BACKUP: (
        ("made", QT_TRANSLATE_NOOP("ChecklistDialog", "made")),
        ("declined", QT_TRANSLATE_NOOP("ChecklistDialog", "declined")),
    ),
}
CHOICE_PROPERTY = "answer"  # on each choice's radio button: the answer stored when it is chosen
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
        self.setWindowTitle(translate("ChecklistDialog", "Before connecting"))
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
            placeholder = translate("ChecklistDialog", "Amount in {currency}")
            self.offer.setPlaceholderText(placeholder.format(currency=currency))
            label = translate("ChecklistDialog", "Offer accepted ({currency})")
            form.addRow(label.format(currency=currency), self.offer)
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
        question = translate("ChecklistDialog", QUESTIONS[item])
        if item is ChecklistItem.TERMS_ACCEPTED:
            version = self._state.checklist.terms
            text = translate("ChecklistDialog", "{question} (version {version})")
            box = QCheckBox(text.format(question=question, version=version))
            box.setChecked(given == version)
            read = QPushButton(translate("ChecklistDialog", "Read the terms…"))
            read.clicked.connect(self.show_terms)
            line.addWidget(box, 1)
            line.addWidget(read)
            self.values[item] = lambda: version if box.isChecked() else ""
            self.inputs[item] = box
        elif item is ChecklistItem.RESPONSIBLE_PERSON:
            line.addWidget(QLabel(question))
            name = QLineEdit(given)
            line.addWidget(name, 1)
            self.values[item] = name.text
            self.inputs[item] = name
        elif item in _TICKED:
            box = QCheckBox(question)
            box.setChecked(given == "yes")
            line.addWidget(box)
            self.values[item] = lambda: "yes" if box.isChecked() else ""
            self.inputs[item] = box
        else:
            line.addWidget(QLabel(question), 1)
            group = QButtonGroup(row)
            for choice, label in _CHOICES[item]:
                radio = QRadioButton(translate("ChecklistDialog", label))
                radio.setProperty(CHOICE_PROPERTY, choice)
                radio.setChecked(given == choice)
                group.addButton(radio)
                line.addWidget(radio)
            self.values[item] = lambda: next(
                (str(b.property(CHOICE_PROPERTY)) for b in group.buttons() if b.isChecked()), ""
            )
            self.inputs[item] = row
        return row

    def show_terms(self) -> None:
        """The terms text the customer accepts, read-only, in a window of its own."""
        with reporting_errors(self):
            text = self._terms_text(self._state.checklist.terms)
            view = QPlainTextEdit(text)
            view.setReadOnly(True)
            title = translate("ChecklistDialog", "Terms {version}")
            view.setWindowTitle(title.format(version=self._state.checklist.terms))
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
        message = translate("ChecklistDialog", "{text} is not an amount; type it as 25.00.")
        raise DomainError(message.format(text=repr(text.strip()))) from None
    if amount <= 0 or not amount.is_finite():
        raise DomainError(
            translate("ChecklistDialog", "The accepted offer must be more than nothing.")
        )
    return amount
