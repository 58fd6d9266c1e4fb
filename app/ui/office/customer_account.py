"""The selected customer's account in the invoices window: the balance in each currency with the
customer's credit, and what credit is for — "Apply credit…" to the selected invoice while it is
open, or "Refund credit…" to give it back. Each is an explicit act the ledger records (a receipt,
a refund); after it the window reads everything again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QObject

from app.core.errors import DomainError
from app.services.customer_credit import CustomerBalance
from app.services.customers import CustomerService
from app.services.payments import InvoiceLedger
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.office.credit_dialogs import ApplyCreditDialog, RefundDialog
from app.ui.office.invoice_rows import InvoiceRow
from app.ui.office.invoices_view import InvoicesView

NO_SELECTION = QT_TRANSLATE_NOOP("InvoicesView", "Select an invoice to see its customer's balance.")
BALANCE = QT_TRANSLATE_NOOP(
    "InvoicesWindow", "Invoiced {invoiced} · credited {credited} · paid {paid} · <b>open {open}</b>"
)
REFUNDED = QT_TRANSLATE_NOOP("InvoicesWindow", "refunded {refunded}")
CREDIT = QT_TRANSLATE_NOOP("InvoicesWindow", "<b>credit {credit}</b>")
APPLIED = QT_TRANSLATE_NOOP("InvoicesWindow", "Receipt {number} issued for {invoice}.")
REFUND_DONE = QT_TRANSLATE_NOOP("InvoicesWindow", "Refund of {amount} to {customer} recorded.")

Money = Callable[[Decimal, str], str]


class CustomerAccount(QObject):
    """Wires the balance, "Apply credit…" and "Refund credit…" of an InvoicesView. `changed`
    is called after an act with the row, the new document's number (or "") and the message."""

    def __init__(
        self, view: InvoicesView, ledger: InvoiceLedger, customers: CustomerService,
        money: Money, today: Callable[[], date],
        changed: Callable[[InvoiceRow, str, str], None],
    ) -> None:  # fmt: skip
        super().__init__(view)
        self.view, self._ledger, self._customers = view, ledger, customers
        self._money, self._today, self._changed = money, today, changed
        self._row: InvoiceRow | None = None
        self._credit = Decimal(0)  # the customer's, in the selected invoice's currency
        self.apply_dialog: ApplyCreditDialog | None = None
        self.refund_dialog: RefundDialog | None = None
        view.apply_credit_button.clicked.connect(self.apply_credit)
        view.refund_button.clicked.connect(self.refund)

    def show(self, row: InvoiceRow | None) -> None:
        """The balance of the row's customer; the buttons as the credit allows."""
        self._row, self._credit = row, Decimal(0)
        if row is None:
            self.view.balance.setText(translate("InvoicesView", NO_SELECTION))
        else:
            self.view.balance.setText(self._balance_text(row))
        issued = row is not None and not row.is_draft
        open_amount = row.open_amount if row is not None and issued else None
        self.view.apply_credit_button.setEnabled(bool(self._credit > 0 and open_amount))
        self.view.refund_button.setEnabled(self._credit > 0)

    def _balance_text(self, row: InvoiceRow) -> str:
        try:
            balances = self._ledger.balance(row.customer_id)
            contact = self._customers.get(row.customer_id).customer
        except DomainError as error:
            return str(error)
        reach = " · ".join(x for x in (contact.phone, contact.email) if x)
        head = f"<b>{row.customer}</b>" + (f" · {reach}" if reach else "")
        if not balances:
            return f"{head}<br>" + translate("InvoicesWindow", "Nothing invoiced yet.")
        for b in balances:
            if b.currency == row.currency:
                self._credit = b.credit
        return "<br>".join([head, *(self._line(b) for b in balances)])

    def _line(self, b: CustomerBalance) -> str:
        money = self._money
        parts = [
            translate("InvoicesWindow", BALANCE).format(
                invoiced=money(b.invoiced, b.currency), credited=money(b.credited, b.currency),
                paid=money(b.paid, b.currency), open=money(b.open_amount, b.currency),
            )
        ]  # fmt: skip
        if b.refunded:
            refunded = money(b.refunded, b.currency)
            parts.append(translate("InvoicesWindow", REFUNDED).format(refunded=refunded))
        if b.credit:
            credit = money(b.credit, b.currency)
            parts.append(translate("InvoicesWindow", CREDIT).format(credit=credit))
        return " · ".join(parts)

    def apply_credit(self) -> None:
        row = self._row
        if row is None or row.is_draft or not row.open_amount or self._credit <= 0:
            return
        number, currency, ledger = row.number, row.currency, self._ledger
        dialog = ApplyCreditDialog(
            number, self._credit, row.open_amount, lambda a: self._money(a, currency),
            self._today(), lambda amount, day: ledger.pay_from_credit(number, amount, day),
            self.view,
        )  # fmt: skip
        self.apply_dialog = dialog

        def done() -> None:
            receipt = dialog.receipt.document.number if dialog.receipt else ""
            text = translate("InvoicesWindow", APPLIED).format(number=receipt, invoice=number)
            self._changed(row, receipt, text)

        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _r: self._closed("apply_dialog", dialog))
        dialog.open()

    def refund(self) -> None:
        row = self._row
        if row is None or self._credit <= 0:
            return
        customer_id, currency, ledger = row.customer_id, row.currency, self._ledger
        dialog = RefundDialog(
            row.customer, self._credit, lambda a: self._money(a, currency), self._today(),
            lambda amount, day, method, note: ledger.refund(
                customer_id, amount, day, method, currency, note
            ),
            self.view,
        )  # fmt: skip
        self.refund_dialog = dialog

        def done() -> None:
            refund = dialog.refund
            amount = self._money(refund.amount, currency) if refund else ""
            text = translate("InvoicesWindow", REFUND_DONE)
            self._changed(row, "", text.format(amount=amount, customer=row.customer))

        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _r: self._closed("refund_dialog", dialog))
        dialog.open()

    def _closed(self, name: str, dialog: QObject) -> None:
        if getattr(self, name) is dialog:
            setattr(self, name, None)
        dialog.deleteLater()
