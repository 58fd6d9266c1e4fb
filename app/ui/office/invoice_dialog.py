"""The "Create invoice" dialog, laid out: the customer, the last day of the sessions to bill, the
currency, what is waiting, the lines typed by the office (with a form to add one or a discount),
and the totals the invoice will have. A view only — InvoiceCreation wires it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialog_buttons import ok_cancel_buttons
from app.ui.display import keep_to_accepted_days
from app.ui.i18n import translate
from app.ui.office.manual_lines_model import COL_DESCRIPTION
from app.ui.office.period_dialog import to_qdate


class InvoiceDialog(QDialog):
    """Public widgets: `customer`, `last_day`, `currency` (editable), `waiting`, `lines` (table),
    the line form `description`, `quantity`, `price`, `vat`, `includes_vat`, its buttons
    `add_line`, `add_discount`, `remove_line`; `totals`, `issue_button`."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("InvoiceDialog", "Create an invoice"))
        self.customer = QLineEdit()
        self.customer.setPlaceholderText(translate("InvoiceDialog", "Type a customer's name"))
        self.last_day = keep_to_accepted_days(QDateEdit(to_qdate(today)))
        self.last_day.setDisplayFormat("yyyy-MM-dd")
        self.last_day.setCalendarPopup(True)
        self.currency = QComboBox()
        self.currency.setEditable(True)  # an invoice of typed lines may be in any currency
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)

        self.lines = QTableView()
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setWordWrap(False)
        self.description = QLineEdit()
        self.description.setPlaceholderText(translate("InvoiceDialog", "e.g. On-site visit"))
        self.quantity = QLineEdit("1")
        self.price = QLineEdit()
        self.price.setPlaceholderText("45.00")
        self.vat = QLineEdit()
        self.vat.setMaximumWidth(70)
        self.includes_vat = QCheckBox(translate("InvoiceDialog", "Price includes VAT"))
        self.add_line = QPushButton(translate("InvoiceDialog", "Add line"))
        self.add_discount = QPushButton(translate("InvoiceDialog", "Add as discount"))
        self.remove_line = QPushButton(translate("InvoiceDialog", "Remove line"))
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.buttons = ok_cancel_buttons(self, translate("InvoiceDialog", "Issue invoice"))
        self.issue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout()
        form.addRow(translate("InvoiceDialog", "Customer"), self.customer)
        form.addRow(translate("InvoiceDialog", "Sessions up to"), self.last_day)
        form.addRow(translate("InvoiceDialog", "Currency"), self.currency)
        form.addRow(translate("InvoiceDialog", "Waiting"), self.waiting)
        typed = QGroupBox(translate("InvoiceDialog", "Lines typed by you"))
        entry = QFormLayout()
        entry.addRow(translate("InvoiceDialog", "Description"), self.description)
        numbers = QHBoxLayout()
        for label, widget in (
            (translate("InvoiceDialog", "Quantity"), self.quantity),
            (translate("InvoiceDialog", "Unit price"), self.price),
            (translate("InvoiceDialog", "VAT %"), self.vat),
        ):
            numbers.addWidget(QLabel(label))
            numbers.addWidget(widget)
        numbers.addWidget(self.includes_vat)
        entry.addRow(numbers)
        actions = QHBoxLayout()
        for button in (self.add_line, self.add_discount, self.remove_line):
            actions.addWidget(button)
        actions.addStretch(1)
        column = QVBoxLayout(typed)
        column.addWidget(self.lines, 1)
        column.addLayout(entry)
        column.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(typed, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.buttons)
        self.resize(720, 560)

    def fit_columns(self) -> None:
        """After the model is set, and when lines come and go: the numbers as wide as they
        need, the description the spare width."""
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in range(header.count()):
            if column != COL_DESCRIPTION:
                self.lines.resizeColumnToContents(column)
