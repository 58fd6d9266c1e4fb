"""What a customer's credit is for: applying it to an invoice that is open, or giving it back.
Two small dialogs that call the ledger through the callables they are given; on a refusal the
one error dialog says why and the dialog stays open with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import DomainError
from app.services.invoicing import IssuedDocument
from app.services.refunds import Refund
from app.ui.dialog_buttons import ok_cancel_buttons
from app.ui.error_dialog import reporting_errors
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.office.ledger_dialogs import Money, day_edit, day_of, method_choice, parse_amount

Apply = Callable[[Decimal, date], IssuedDocument]
GiveBack = Callable[[Decimal, date, str, str], Refund]

CREDIT_LEFT = QT_TRANSLATE_NOOP("CreditDialogs", "{left} of credit will be left.")


class ApplyCreditDialog(QDialog):
    """Credit applied to one invoice: as much as is open and the credit covers, to start with."""

    def __init__(
        self, number: str, credit: Decimal, open_amount: Decimal, money: Money, today: date,
        apply: Apply, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        title = translate("CreditDialogs", "Apply credit to {number}")
        self.setWindowTitle(title.format(number=number))
        self._apply, self._credit, self._money = apply, credit, money
        self.receipt: IssuedDocument | None = None  # once applied
        self.amount = QLineEdit(f"{min(credit, open_amount):f}")
        self.applied_on = day_edit(today)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = ok_cancel_buttons(self, translate("CreditDialogs", "Apply credit"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(translate("CreditDialogs", "Customer's credit"), QLabel(money(credit)))
        form.addRow(translate("CreditDialogs", "Open"), QLabel(money(open_amount)))
        form.addRow(translate("CreditDialogs", "Amount to apply"), self.amount)
        form.addRow("", self.note)
        form.addRow(translate("CreditDialogs", "Applied on"), self.applied_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        text = translate("CreditDialogs", "A receipt is issued: paid from the customer's credit.")
        layout.addWidget(QLabel(text))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.amount.textChanged.connect(self._amount_changed)
        self._amount_changed(self.amount.text())

    def _amount_changed(self, text: str) -> None:
        self.note.setText(_left_text(text, self._credit, self._money))

    def accept(self) -> None:
        with reporting_errors(self):
            amount = parse_amount(self.amount.text())
            self.receipt = self._apply(amount, day_of(self.applied_on))
            super().accept()


class RefundDialog(QDialog):
    """Credit given back to the customer: how much (all of it, to start with), when, how."""

    def __init__(
        self, customer: str, credit: Decimal, money: Money, today: date, give_back: GiveBack,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        title = translate("CreditDialogs", "Refund {customer}'s credit")
        self.setWindowTitle(title.format(customer=customer))
        self._give_back, self._credit, self._money = give_back, credit, money
        self.refund: Refund | None = None  # once recorded
        self.amount = QLineEdit(f"{credit:f}")
        self.refunded_on = day_edit(today)
        self.method = method_choice()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(translate("CreditDialogs", "Optional, e.g. the IBAN"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = ok_cancel_buttons(self, translate("CreditDialogs", "Record refund"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(translate("CreditDialogs", "Customer's credit"), QLabel(money(credit)))
        form.addRow(translate("CreditDialogs", "Amount refunded"), self.amount)
        form.addRow("", self.note)
        form.addRow(translate("CreditDialogs", "Refunded on"), self.refunded_on)
        form.addRow(translate("CreditDialogs", "Method"), self.method)
        form.addRow(translate("CreditDialogs", "Note"), self.reference)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)
        self.amount.textChanged.connect(self._amount_changed)
        self._amount_changed(self.amount.text())

    def _amount_changed(self, text: str) -> None:
        self.note.setText(_left_text(text, self._credit, self._money))

    def accept(self) -> None:
        with reporting_errors(self):
            amount = parse_amount(self.amount.text())
            method = str(self.method.currentData())
            day = day_of(self.refunded_on)
            self.refund = self._give_back(amount, day, method, self.reference.text())
            super().accept()


def _left_text(text: str, credit: Decimal, money: Money) -> str:
    """What stays of the credit once `text` (an amount being typed) is taken from it."""
    try:
        amount = parse_amount(text)
    except DomainError:
        return ""
    if amount <= 0 or amount > credit:
        return ""
    return translate("CreditDialogs", CREDIT_LEFT).format(left=money(credit - amount))
