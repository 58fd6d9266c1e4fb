"""The "Create invoices for a period" dialog, laid out: the last day, the drafts (customer,
sessions, total, result) and the button that issues them. A view only — PeriodInvoicing wires it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.display import keep_to_accepted_days
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.office.draft_model import COL_CUSTOMER, COL_RESULT

EXPLANATION = QT_TRANSLATE_NOOP(
    "PeriodDialog",
    "Every customer's ended, priced sessions that are on no invoice yet (or that a credit note "
    "gave back), up to and including the last day, make one invoice per customer and currency. "
    "Untick an invoice to leave it for later.",
)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodDialog(QDialog):
    """Public widgets: `last_day`, `summary`, `drafts` (table), `issue_button`, `close_button`."""

    def __init__(self, last_day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PeriodDialog", "Create invoices for a period"))
        self.last_day = keep_to_accepted_days(QDateEdit(to_qdate(last_day)))
        self.last_day.setDisplayFormat("yyyy-MM-dd")
        self.last_day.setCalendarPopup(True)
        explanation = QLabel(translate("PeriodDialog", EXPLANATION))
        explanation.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.drafts = QTableView()
        self.drafts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.drafts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drafts.verticalHeader().setVisible(False)
        self.drafts.setAlternatingRowColors(True)
        self.drafts.setWordWrap(True)  # a refusal is read whole, not cut at the column's edge
        self.drafts.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.issue_button = QPushButton(translate("PeriodDialog", "Issue invoices"))
        self.issue_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(translate("PeriodDialog", "Last day"), self.last_day)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.drafts, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    def fit_columns(self) -> None:
        """After the model is set: the customer and result columns take the spare width."""
        header = self.drafts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_RESULT, QHeaderView.ResizeMode.Stretch)
