"""Recording a payment: a small dialog that calls the ledger through the callable it is given, and
says under the amount what it will do (the credit note's dialog is credit_dialog.py; applying or
refunding the customer's credit, credit_dialogs.py). On a refusal (a DomainError) the one error
dialog says why and the dialog stays open with what was typed, so the user can correct it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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
from app.services.receipts import METHODS
from app.ui.dialog_buttons import ok_cancel_buttons
from app.ui.display import keep_to_accepted_days
from app.ui.error_dialog import reporting_errors
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

METHOD_LABELS = {
    "transfer": QT_TRANSLATE_NOOP("PaymentDialog", "Bank transfer"),
    "cash": QT_TRANSLATE_NOOP("PaymentDialog", "Cash"),
    "card": QT_TRANSLATE_NOOP("PaymentDialog", "Card"),
    "other": QT_TRANSLATE_NOOP("PaymentDialog", "Other"),
}
KEPT_AS_CREDIT = QT_TRANSLATE_NOOP(
    "PaymentDialog", "{open} open; {excess} will be kept as the customer's credit."
)
_AMOUNT = re.compile(r"(-?[0-9][0-9.,]*?)(?:[.,]([0-9]{1,2}))?")  # ASCII digits only

Pay = Callable[[Decimal, date, str], IssuedDocument]
Money = Callable[[Decimal], str]  # an amount in the invoice's currency, as the locale writes it


def parse_amount(text: str) -> Decimal:
    """ "35", "35.5", "35,50", "1.234,50", "€ 1,234.50": the last separator followed by one or two
    digits is the decimal one, whichever the locale; any other is a thousands separator. Spaces
    and currency signs are left out; anything else is not an amount."""
    cleaned = "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Sc")
    match = _AMOUNT.fullmatch(cleaned)
    if not cleaned or match is None:
        message = translate("PaymentDialog", "{text} is not an amount; write it like 12.50.")
        raise DomainError(message.format(text=repr(text.strip())))
    whole = re.sub(r"[.,]", "", match.group(1))
    return Decimal(f"{whole}.{match.group(2) or '0'}")


def day_edit(today: date) -> QDateEdit:
    """A day up to `today`, with a calendar."""
    edit = QDateEdit(QDate(today.year, today.month, today.day))
    edit.setMaximumDate(edit.date())
    keep_to_accepted_days(edit)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def day_of(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def method_choice() -> QComboBox:
    """How money moved: transfer, cash, card or other (the item data)."""
    choice = QComboBox()
    for method in METHODS:
        choice.addItem(translate("PaymentDialog", METHOD_LABELS[method]), method)
    return choice


class PaymentDialog(QDialog):
    """Amount (the open amount to start with), date (today at the latest) and method. Money is
    recorded as it arrived: an amount over what is open is accepted, and a note under it says
    what will stay open or be kept as the customer's credit."""

    def __init__(
        self, number: str, open_amount: Decimal, money: Money, today: date, pay: Pay,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        title = translate("PaymentDialog", "Record a payment for {number}")
        self.setWindowTitle(title.format(number=number))
        self._pay, self._open, self._money = pay, open_amount, money
        self.receipt: IssuedDocument | None = None  # once recorded
        self.amount = QLineEdit(f"{open_amount:f}")
        self.paid_on = day_edit(today)
        self.method = method_choice()
        self.note = QLabel()  # what the amount typed will do
        self.note.setWordWrap(True)
        self.buttons = ok_cancel_buttons(self, translate("PaymentDialog", "Record payment"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(translate("PaymentDialog", "Open"), QLabel(money(open_amount)))
        form.addRow(translate("PaymentDialog", "Amount received"), self.amount)
        form.addRow("", self.note)
        form.addRow(translate("PaymentDialog", "Paid on"), self.paid_on)
        form.addRow(translate("PaymentDialog", "Method"), self.method)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("PaymentDialog", "A receipt is issued for the payment.")))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.amount.textChanged.connect(self._amount_changed)
        self._amount_changed(self.amount.text())

    def _amount_changed(self, text: str) -> None:
        try:
            amount = parse_amount(text)
        except DomainError:
            amount = None
        self.note.setText(payment_note(amount, self._open, self._money))

    def accept(self) -> None:
        with reporting_errors(self):
            amount = parse_amount(self.amount.text())
            paid_on = day_of(self.paid_on)
            self.receipt = self._pay(amount, paid_on, str(self.method.currentData()))
            super().accept()


def payment_note(amount: Decimal | None, open_amount: Decimal, money: Money) -> str:
    """What a payment of `amount` does to an invoice with `open_amount` open, in a sentence:
    settles it, leaves some open, or leaves some over as the customer's credit."""
    if amount is None or amount <= 0:
        return ""
    if amount > open_amount:
        text = translate("PaymentDialog", KEPT_AS_CREDIT)
        return text.format(open=money(open_amount), excess=money(amount - open_amount))
    if amount < open_amount:
        text = translate("PaymentDialog", "{left} will stay open.")
        return text.format(left=money(open_amount - amount))
    return translate("PaymentDialog", "This settles the invoice.")
