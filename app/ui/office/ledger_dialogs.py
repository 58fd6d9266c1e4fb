"""Recording a payment: a small dialog that calls the ledger through the callable it is given (the
credit note's dialog is credit_dialog.py). On a refusal (a DomainError) the one error dialog says
why and the dialog stays open with what was typed, so the user can correct it."""

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
from app.services.payments import METHODS
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
_AMOUNT = re.compile(r"(-?[0-9][0-9.,]*?)(?:[.,]([0-9]{1,2}))?")  # ASCII digits only

Pay = Callable[[Decimal, date, str], IssuedDocument]


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


class PaymentDialog(QDialog):
    """Amount (the open amount to start with), date (today at the latest) and method."""

    def __init__(
        self, number: str, open_text: str, open_amount: Decimal, today: date, pay: Pay,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        title = translate("PaymentDialog", "Record a payment for {number}")
        self.setWindowTitle(title.format(number=number))
        self._pay = pay
        self.receipt: IssuedDocument | None = None  # once recorded
        self.amount = QLineEdit(f"{open_amount:f}")
        self.paid_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.paid_on.setMaximumDate(self.paid_on.date())
        keep_to_accepted_days(self.paid_on)
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        self.paid_on.setCalendarPopup(True)
        self.method = QComboBox()
        for method in METHODS:
            self.method.addItem(translate("PaymentDialog", METHOD_LABELS[method]), method)
        self.buttons = ok_cancel_buttons(self, translate("PaymentDialog", "Record payment"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(translate("PaymentDialog", "Open"), QLabel(open_text))
        form.addRow(translate("PaymentDialog", "Amount received"), self.amount)
        form.addRow(translate("PaymentDialog", "Paid on"), self.paid_on)
        form.addRow(translate("PaymentDialog", "Method"), self.method)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("PaymentDialog", "A receipt is issued for the payment.")))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def accept(self) -> None:
        with reporting_errors(self):
            day = self.paid_on.date()
            paid_on = date(day.year(), day.month(), day.day())
            amount = parse_amount(self.amount.text())
            self.receipt = self._pay(amount, paid_on, str(self.method.currentData()))
            super().accept()
