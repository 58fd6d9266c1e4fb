"""Issuing a credit note: the reason printed on it, the invoice's lines to credit (each line with
something left, to begin with) and, optionally, an amount with VAT against them. What the note
would credit, and how many sessions it gives back to be invoiced again, is read from the credit
notes' preview as the choice changes; a refusal shows there in a sentence, and issuing anyway
shows it in the error dialog with the dialog left open. A note is numbered and final, so issuing
asks first, saying what it will credit (the whole invoice, all that is left of it, or an amount)
and what it gives back; Cancel leaves the dialog open as it was."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import DomainError
from app.core.money import plain
from app.services.credit_notes import CreditNotes, CreditPlan, IssuedCreditNote
from app.services.credited_lines import CreditableLine, InvoiceCredits
from app.services.invoicing import IssuedDocument
from app.ui.dialog_buttons import ok_cancel_buttons
from app.ui.display import money_text
from app.ui.error_dialog import error_text, reporting_errors
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.office.ledger_dialogs import parse_amount

Preview = Callable[[Sequence[int], Decimal | None], CreditPlan]
Issue = Callable[[str, Sequence[int], Decimal | None], IssuedCreditNote]

COL_LINE, COL_DESCRIPTION, COL_VAT, COL_WORTH, COL_LEFT = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("CreditDialog", "Line"),
    QT_TRANSLATE_NOOP("CreditDialog", "Description"),
    QT_TRANSLATE_NOOP("CreditDialog", "VAT"),
    QT_TRANSLATE_NOOP("CreditDialog", "Amount"),
    QT_TRANSLATE_NOOP("CreditDialog", "Left to credit"),
)
EXPLANATION = QT_TRANSLATE_NOOP(
    "CreditDialog",
    "Ticked lines are credited in full, and their sessions can be invoiced again. With an "
    "amount, it is shared among the ticked lines in proportion to what is left of each, and no "
    "session is given back: that is how a session is waived for good.",
)

RELEASED_ONE = QT_TRANSLATE_NOOP(
    "CreditDialog",
    "Credit note {number} issued for {invoice}; 1 session waits to be invoiced again.",
)
RELEASED = QT_TRANSLATE_NOOP(
    "CreditDialog",
    "Credit note {number} issued for {invoice}; {count} sessions wait to be invoiced again.",
)


def credit_dialog_for(
    credits: CreditNotes, number: str, locale: str, parent: QWidget | None = None
) -> CreditDialog:
    """The dialog for invoice `number`, its lines read now, wired to the credit notes."""
    return CreditDialog(
        credits.lines(number), lambda chosen, amount: credits.preview(number, chosen, amount),
        lambda reason, chosen, amount: credits.issue(number, reason, chosen, amount),
        locale, parent,
    )  # fmt: skip


def credit_question(
    credits: InvoiceCredits, plan: CreditPlan, money: Callable[[Decimal], str]
) -> str:
    """What issuing the note will do, asked before it is issued: how much it credits of which
    invoice (the whole of it, or all that is left), what it gives back, and that it is final."""
    total = money(plan.totals.total)
    worth = sum((line.value.gross for line in credits.lines), Decimal(0))
    if plan.totals.total == worth and credits.left == worth:
        text = translate("CreditDialog", "Issue a credit note for the whole of {invoice}, {total}?")
    elif plan.totals.total == credits.left:
        text = translate(
            "CreditDialog", "Issue a credit note for all that is left of {invoice}, {total}?"
        )
    else:
        text = translate("CreditDialog", "Issue a credit note of {total} against {invoice}?")
    final = translate(
        "CreditDialog", "A credit note is numbered and final: it cannot be changed or withdrawn."
    )
    question = text.format(invoice=credits.number, total=total)
    return f"{question} {released_sentence(plan)}\n\n{final}"


def released_sentence(plan: CreditPlan) -> str:
    """How many sessions the note gives back to be invoiced again, as a sentence."""
    count = len(plan.released_session_ids)
    if count == 0:
        return translate("CreditDialog", "No session is given back to invoice again.")
    if count == 1:
        return translate("CreditDialog", "1 session can be invoiced again.")
    text = translate("CreditDialog", "{count} sessions can be invoiced again.")
    return text.format(count=count)


def released_text(issued: IssuedCreditNote) -> str:
    """What the invoices window says after a credit note that gave sessions back."""
    count = len(issued.released_session_ids)
    text = translate("CreditDialog", RELEASED_ONE if count == 1 else RELEASED)
    return text.format(number=issued.issued.document.number, invoice=issued.credits, count=count)


class CreditDialog(QDialog):
    """Public widgets: `reason`, `lines` (a row per invoice line, ticked to credit it),
    `amount`, `summary`, `ok_button`. After issuing: `issued` and `note` (its document)."""

    def __init__(
        self, credits: InvoiceCredits, preview: Preview, issue: Issue, locale: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        title = translate("CreditDialog", "Credit note for {number}")
        self.setWindowTitle(title.format(number=credits.number))
        self._preview, self._issue = preview, issue
        self._credits = credits
        self._currency, self._locale = credits.currency, locale
        self.issued: IssuedCreditNote | None = None
        self.note: IssuedDocument | None = None  # once issued
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("CreditDialog", "Printed on the credit note"))
        self.lines = QTableWidget(len(credits.lines), len(HEADERS))
        self.lines.setHorizontalHeaderLabels([translate("CreditDialog", h) for h in HEADERS])
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().setVisible(False)
        for row, line in enumerate(credits.lines):
            self._fill(row, line)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(translate("CreditDialog", "Empty: the ticked lines in full"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        explanation = QLabel(translate("CreditDialog", EXPLANATION))
        explanation.setWordWrap(True)
        self.buttons = ok_cancel_buttons(self, translate("CreditDialog", "Issue credit note"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(translate("CreditDialog", "Reason"), self.reason)
        form.addRow(translate("CreditDialog", "Amount (incl. VAT)"), self.amount)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines, 1)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        self.lines.itemChanged.connect(lambda _item: self.show_preview())
        self.amount.textChanged.connect(lambda _text: self.show_preview())
        self.show_preview()

    def _fill(self, row: int, line: CreditableLine) -> None:
        """The line's number (ticked when something is left of it), what it is and is worth."""
        tick = QTableWidgetItem(str(line.number))
        flags = Qt.ItemFlag.ItemIsUserCheckable
        tick.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if line.creditable else flags)
        tick.setCheckState(Qt.CheckState.Checked if line.creditable else Qt.CheckState.Unchecked)
        self.lines.setItem(row, COL_LINE, tick)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for column, value in (
            (COL_DESCRIPTION, line.description),
            (COL_VAT, f"{plain(line.vat_percent.normalize())} %"),
            (COL_WORTH, self._money(line.value.gross)),
            (COL_LEFT, self._money(line.left.gross)),
        ):
            item = QTableWidgetItem(value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if column != COL_DESCRIPTION:
                item.setTextAlignment(right)
            self.lines.setItem(row, column, item)

    def chosen(self) -> list[int]:
        """The ticked lines' numbers."""
        ticked = []
        for row in range(self.lines.rowCount()):
            item = self.lines.item(row, COL_LINE)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ticked.append(int(item.text()))
        return ticked

    def wanted_amount(self) -> Decimal | None:
        text = self.amount.text().strip()
        return parse_amount(text) if text else None

    def show_preview(self) -> None:
        """What the note would credit with the current choice, or why it cannot be issued."""
        try:
            plan = self._preview(self.chosen(), self.wanted_amount())
        except DomainError as error:
            self.summary.setText(error_text(error))
            self.ok_button.setEnabled(False)
            return
        total = translate("CreditDialog", "Credits {total}, of which VAT {vat}.").format(
            total=self._money(plan.totals.total), vat=self._money(plan.totals.vat_total)
        )
        self.summary.setText(f"{total} {released_sentence(plan)}")
        self.ok_button.setEnabled(True)

    def accept(self) -> None:
        with reporting_errors(self):
            chosen, amount = self.chosen(), self.wanted_amount()
            plan = self._preview(chosen, amount)  # a refusal: said in the error dialog
            # without a reason the note is refused anyway (said in the error dialog): not asked
            if self.reason.text().strip() and not self._confirmed(plan):
                return
            self.issued = self._issue(self.reason.text(), chosen, amount)
            self.note = self.issued.issued
            super().accept()

    def _confirmed(self, plan: CreditPlan) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            credit_question(self._credits, plan, self._money),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _money(self, amount: Decimal) -> str:
        return money_text(amount, self._currency, self._locale)
