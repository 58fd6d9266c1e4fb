"""The invoices window, laid out: filters over the list of invoices and drafts, the selected
customer's balance, the buttons for payments, credit notes and the customer's credit; beside it
the PDF of the selected document with Print and Save as. A view only — InvoicesWindow wires it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.office.invoice_model import COL_CUSTOMER
from app.ui.office.invoice_rows import PERIODS, STATUS_LABELS
from app.ui.office.pdf_preview import PdfPreview

ALL_STATUSES = QT_TRANSLATE_NOOP("InvoicesView", "All statuses")


def _row(*widgets: QWidget, stretch_at: int | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    for i, widget in enumerate(widgets):
        row.addWidget(widget, 1 if i == stretch_at else 0)
    if stretch_at is None:
        row.addStretch(1)
    return row


class InvoicesView(QWidget):
    """Public widgets: `status`, `customer`, `period`, `refresh`, `create_invoice`,
    `create_period`, `notice`, `table`, `balance`, `pay_button`, `credit_button`,
    `apply_credit_button`, `refund_button`, `message`, `email_issued`; for the shown document:
    `document`, `pages`, `preview`, `print_button`, `save_button`, `email_button`,
    `mail_state`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("InvoicesView", "Invoices"))
        self.status = QComboBox()
        self.status.addItem(translate("InvoicesView", ALL_STATUSES), "")
        for key, label in STATUS_LABELS.items():
            self.status.addItem(translate("Invoices", label), key)
        self.customer = QLineEdit()
        self.customer.setPlaceholderText(translate("InvoicesView", "Customer"))
        self.customer.setClearButtonEnabled(True)
        self.period = QComboBox()  # the data is the period's key (invoice_rows.PERIODS)
        for period in PERIODS:
            self.period.addItem(translate("Invoices", period), period)
        self.refresh = QPushButton(translate("InvoicesView", "Refresh"))
        self.refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.create_invoice = QPushButton(translate("InvoicesView", "Create invoice…"))
        self.create_period = QPushButton(translate("InvoicesView", "Create invoices for a period…"))

        self.notice = QLabel()  # why drafts cannot be listed, when they cannot
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a5a00;")
        self.notice.hide()
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.balance = QLabel(
            translate("InvoicesView", "Select an invoice to see its customer's balance.")
        )
        self.balance.setWordWrap(True)
        self.balance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pay_button = QPushButton(translate("InvoicesView", "Record payment…"))
        self.credit_button = QPushButton(translate("InvoicesView", "Credit note…"))
        self.apply_credit_button = QPushButton(translate("InvoicesView", "Apply credit…"))
        self.refund_button = QPushButton(translate("InvoicesView", "Refund credit…"))
        self.message = QLabel()  # what the last action did
        self.message.setWordWrap(True)

        self.document = QComboBox()  # the invoice, its receipts and credit notes
        self.document.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pages = QLabel()
        self.preview = PdfPreview()
        self.print_button = QPushButton(translate("InvoicesView", "Print…"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_button = QPushButton(translate("InvoicesView", "Save as…"))
        self.email_button = QPushButton(translate("InvoicesView", "Email…"))
        self.email_button.setVisible(False)  # where the office can send mail (DocumentMailing)
        self.mail_state = QLabel()  # what became of the shown document's mail
        self.mail_state.setWordWrap(True)
        self.email_issued = QPushButton()  # "Email the 3 just issued", after a period's run
        self.email_issued.setVisible(False)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        filters = [
            QLabel(translate("InvoicesView", "Status")),
            self.status,
            QLabel(translate("InvoicesView", "Customer")),
            self.customer,
        ]
        period_label = QLabel(translate("InvoicesView", "Period"))
        column.addLayout(_row(*filters, period_label, self.period, stretch_at=3))
        column.addLayout(_row(self.create_invoice, self.create_period, self.refresh))
        column.addWidget(self.notice)
        column.addWidget(self.table, 1)
        column.addWidget(_framed(self.balance))
        column.addLayout(
            _row(self.pay_button, self.credit_button, self.apply_credit_button, self.refund_button)
        )
        column.addWidget(self.message)
        column.addLayout(_row(self.email_issued))

        right = QWidget()
        pane = QVBoxLayout(right)
        pane.setContentsMargins(0, 0, 0, 0)
        document = QLabel(translate("InvoicesView", "Document"))
        pane.addLayout(_row(document, self.document, self.pages))
        pane.addWidget(self.preview, 1)
        pane.addLayout(_row(self.print_button, self.save_button, self.email_button))
        pane.addWidget(self.mail_state)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.resize(1280, 760)

    def fit_columns(self) -> None:
        """After the model is set: the customer column takes the spare width."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CUSTOMER, QHeaderView.ResizeMode.Stretch)
        widest = translate("Invoices", STATUS_LABELS["partly_paid"])
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance(widest) + 16)


def _framed(label: QLabel) -> QWidget:
    """The balance stands out a little from the buttons under it."""
    font = QFont(label.font())
    font.setPointSize(font.pointSize() + 1)
    label.setFont(font)
    label.setStyleSheet("QLabel { background: palette(alternate-base); padding: 6px; }")
    return label
