"""The invoices window: every issued invoice with what is paid and open, and every customer's
draft (sessions waiting for an invoice), filtered by status, customer and period; the selected
customer's balance; payments, credit notes and "Create invoices for a period".

`open_invoices_window` is the one way in. Reads are quick and run here; issuing a batch of
invoices runs in the background (period_invoicing.py). After each change the list is read again
and the same invoice stays selected.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QItemSelection, QObject, Qt
from PySide6.QtWidgets import QWidget

from app.core.clock import Clock
from app.core.errors import DomainError
from app.services.credit_notes import CreditNotes
from app.services.customers import CustomerService
from app.services.document_mail import DocumentMail, MailState
from app.services.invoicing import DraftInvoice, InvoiceDesk, IssuedDocument
from app.services.own_files import OwnFiles
from app.services.payments import InvoiceLedger
from app.ui.display import money_text
from app.ui.error_dialog import error_text, reporting_errors
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.office.credit_dialog import CreditDialog, credit_dialog_for, released_text
from app.ui.office.customer_account import CustomerAccount
from app.ui.office.document_mailing import DocumentMailing, mail_line
from app.ui.office.document_pane import DocumentPane
from app.ui.office.invoice_creation import InvoiceCreation
from app.ui.office.invoice_model import InvoiceFilter, InvoiceTableModel
from app.ui.office.invoice_rows import InvoiceRow, invoice_rows, period_range
from app.ui.office.invoices_view import InvoicesView
from app.ui.office.ledger_dialogs import PaymentDialog
from app.ui.office.period_invoicing import PeriodInvoicing

RECEIPT = QT_TRANSLATE_NOOP("InvoicesWindow", "Receipt {number} issued for {invoice}.")
CREDIT_NOTE = QT_TRANSLATE_NOOP("InvoicesWindow", "Credit note {number} issued for {invoice}.")


def open_invoices_window(
    parent: QWidget | None, desk: InvoiceDesk, ledger: InvoiceLedger, credits: CreditNotes,
    customers: CustomerService, clock: Clock, locale: str, own_files: OwnFiles | None = None,
    mail: DocumentMail | None = None,
) -> QWidget:  # fmt: skip
    """Show the invoices window; the one already made under `parent` is read again and brought
    to the front."""
    existing = parent.findChild(InvoicesView) if parent is not None else None
    if existing is not None:
        controller = existing.findChild(InvoicesWindow)
        if controller is not None:
            controller.refresh()
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    window = InvoicesWindow(
        desk, ledger, credits, customers, clock, locale, parent, own_files, mail
    )
    window.view.show()
    return window.view


def refresh_invoices_window(parent: QWidget) -> None:
    """Read the invoices window made under `parent` again, if there is one (the settings it
    depends on were saved)."""
    view = parent.findChild(InvoicesView)
    controller = view.findChild(InvoicesWindow) if view is not None else None
    if controller is not None:
        controller.refresh()


RowKey = tuple[str, int, str]


def _key(row: InvoiceRow) -> RowKey:
    """What stays selected across a refresh: the number, or the customer and currency of a
    draft (a customer has one draft per currency)."""
    if row.is_draft:
        return (row.number, row.customer_id, row.currency)
    return (row.number, 0, "")


class InvoicesWindow(QObject):
    """Wires an InvoicesView to the services; lives as long as the view (its Qt parent)."""

    def __init__(
        self, desk: InvoiceDesk, ledger: InvoiceLedger, credits: CreditNotes,
        customers: CustomerService, clock: Clock, locale: str, parent: QWidget | None = None,
        own_files: OwnFiles | None = None, mail: DocumentMail | None = None,
    ) -> None:  # fmt: skip
        """`mail`: issued documents emailed from here (without it, no Email buttons)."""
        self.view = InvoicesView(parent)
        super().__init__(self.view)
        self._desk, self._ledger, self._customers = desk, ledger, customers
        self._credits = credits
        self._clock, self._locale = clock, locale
        self.model = InvoiceTableModel(locale, self)
        self.rows = InvoiceFilter(self.model, self.today())
        self.pane = DocumentPane(self.view, desk, ledger, self.today, own_files)
        self.account = CustomerAccount(
            self.view, ledger, customers, self._money, self.today, self._changed
        )
        self.mailing = DocumentMailing(mail, self.view, self._said) if mail else None
        self._mail_states: dict[str, MailState] = {}  # by number, read with the list
        self.just_issued: list[str] = []  # by the last period's run: "Email the ones just issued"
        self.period: PeriodInvoicing | None = None  # while its dialog is open
        self.creation: InvoiceCreation | None = None  # the same for "Create invoice"
        self.payment_dialog: PaymentDialog | None = None
        self.credit_dialog: CreditDialog | None = None
        view = self.view
        view.table.setModel(self.rows)
        view.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.table.setSortingEnabled(True)  # by the given order until a header is clicked
        view.fit_columns()
        view.status.currentIndexChanged.connect(
            lambda _i: self.rows.set_status(str(view.status.currentData()))
        )
        view.customer.textChanged.connect(self.rows.set_customer_text)
        view.period.currentIndexChanged.connect(lambda _i: self._set_period(self._period_key()))
        view.refresh.clicked.connect(self.refresh)
        view.create_period.clicked.connect(self.create_for_period)
        view.create_invoice.clicked.connect(self.create_invoice)
        view.pay_button.clicked.connect(self.record_payment)
        view.credit_button.clicked.connect(self.credit)
        view.email_button.setVisible(self.mailing is not None)
        view.email_button.clicked.connect(self.email)
        view.email_issued.clicked.connect(self.email_just_issued)
        self.pane.shown.connect(lambda _number: self._show_mail_state())  # a receipt, say
        view.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.rows.modelReset.connect(lambda: self._selection_changed())
        self.rows.layoutChanged.connect(lambda: self._selection_changed())
        self.refresh()

    def today(self) -> date:
        return self._clock.now().astimezone(self._desk.zone()).date()

    # -- the list ------------------------------------------------------------------------------

    def refresh(self, select: RowKey | None = None) -> None:
        """Read the invoices and drafts again; keep (or move to) the selected invoice."""
        chosen = self.selected()
        keep = select or (_key(chosen) if chosen else None)
        today = self.today()
        drafts: list[DraftInvoice] = []
        try:
            drafts = self._desk.customers_to_invoice(today)
            self.view.notice.hide()
        except DomainError as error:
            text = translate("InvoicesWindow", "Drafts cannot be listed: {problem}")
            self.view.notice.setText(text.format(problem=error_text(error)))
            self.view.notice.show()
        self._mail_states = self.mailing.states() if self.mailing is not None else {}
        self.model.set_rows(invoice_rows(self._ledger.summaries(), drafts, self._mail_states))
        self.rows.set_period(period_range(self._period_key(), today), today)
        if keep is not None:
            self.select(keep)

    def select(self, key: RowKey) -> bool:
        for proxy_row, row in enumerate(self.rows.rows()):
            if _key(row) == key:
                self.view.table.selectRow(proxy_row)
                return True
        return False

    def selected(self) -> InvoiceRow | None:
        chosen = self.view.table.selectionModel().selectedRows()
        return self.rows.row_at(chosen[0].row()) if chosen else None

    def _period_key(self) -> str:
        return str(self.view.period.currentData() or "")

    def _set_period(self, period: str) -> None:
        today = self.today()
        self.rows.set_period(period_range(period, today), today)

    def _selection_changed(self, *_: QItemSelection) -> None:
        self._show(self.selected())

    def _show(self, row: InvoiceRow | None, pick: str = "") -> None:
        issued = row is not None and not row.is_draft
        self.view.pay_button.setEnabled(issued)  # money that arrives is recorded, whatever is open
        settled = row is not None and row.status in ("credited", "settled")
        self.view.credit_button.setEnabled(issued and not settled)
        self.account.show(row)
        self.pane.show_row(row, pick)
        self._show_mail_state()

    def _show_mail_state(self) -> None:
        """Email… for the document the pane shows, and what became of its mail."""
        number = self.pane.number if self.mailing is not None else ""
        self.view.email_button.setEnabled(bool(number))
        self.view.mail_state.setText(mail_line(self._mail_states.get(number)) if number else "")

    def _money(self, amount: Decimal, currency: str) -> str:
        return money_text(amount, currency, self._locale)

    # -- actions -------------------------------------------------------------------------------

    def record_payment(self) -> None:
        row = self.selected()
        if row is None or row.is_draft or row.open_amount is None:
            return
        number, ledger, currency = row.number, self._ledger, row.currency
        dialog = PaymentDialog(
            number, row.open_amount, lambda amount: self._money(amount, currency), self.today(),
            lambda amount, day, method: ledger.pay(number, amount, day, method), self.view,
        )  # fmt: skip
        self.payment_dialog = dialog
        dialog.accepted.connect(lambda: self._issued_for(row, dialog.receipt, RECEIPT))
        dialog.finished.connect(lambda _r: self._closed("payment_dialog", dialog))
        dialog.open()

    def credit(self) -> None:
        row = self.selected()
        if row is None or row.is_draft or row.total is None:
            return
        with reporting_errors(self.view):  # the invoice's lines are read first
            dialog = credit_dialog_for(self._credits, row.number, self._locale, self.view)
            self.credit_dialog = dialog
            dialog.accepted.connect(lambda: self._credited(row, dialog))
            dialog.finished.connect(lambda _r: self._closed("credit_dialog", dialog))
            dialog.open()

    def _credited(self, row: InvoiceRow, dialog: CreditDialog) -> None:
        self._issued_for(row, dialog.note, CREDIT_NOTE)
        if dialog.issued is not None and dialog.issued.released_session_ids:
            self.view.message.setText(released_text(dialog.issued))

    def _issued_for(self, row: InvoiceRow, issued: IssuedDocument | None, what: str) -> None:
        number = issued.document.number if issued is not None else ""
        text = translate("InvoicesWindow", what)  # RECEIPT or CREDIT_NOTE
        self._changed(row, number, text.format(number=number, invoice=row.number))

    def _changed(self, row: InvoiceRow, number: str, message: str) -> None:
        """After a payment, a credit note, credit applied or a refund: read again, keep the
        invoice, say what was done and show the new document, if any."""
        self.refresh(select=_key(row))
        self.view.message.setText(message)
        current = self.selected()
        if number and current is not None:
            self.pane.show_row(current, pick=number)

    def _closed(self, name: str, dialog: QObject) -> None:
        if getattr(self, name) is dialog:
            setattr(self, name, None)
        dialog.deleteLater()

    def create_invoice(self) -> None:
        """One invoice, for the selected row's customer to start with, with typed lines."""
        row = self.selected()
        creation = InvoiceCreation(self._desk, self._customers, self._locale, self.today(),
                                   row.customer_id if row else None, self.view)  # fmt: skip
        self.creation = creation
        creation.issued.connect(lambda issued: self._issued([issued.document.number]))
        creation.view.finished.connect(lambda _r: self._closed("creation", creation))
        creation.view.open()

    def create_for_period(self) -> None:
        period = PeriodInvoicing(self._desk, self._locale, self.today(), self.view)
        self.period = period
        period.issued.connect(lambda numbers: self._issued(list(numbers)))
        period.view.finished.connect(lambda _r: self._closed("period", period))
        period.view.open()

    def _issued(self, numbers: list[str]) -> None:
        self.refresh(select=(numbers[0], 0, "") if len(numbers) == 1 else None)
        if numbers:
            text = translate("InvoicesWindow", "Issued {numbers}.")
            self.view.message.setText(text.format(numbers=", ".join(numbers)))
        self.just_issued = list(numbers) if self.mailing is not None else []
        button = self.view.email_issued
        button.setVisible(bool(self.just_issued))
        if len(self.just_issued) == 1:
            button.setText(translate("InvoicesWindow", "Email the one just issued"))
        else:
            text = translate("InvoicesWindow", "Email the {count} just issued")
            button.setText(text.format(count=len(self.just_issued)))

    # -- email -------------------------------------------------------------------------------

    def email(self) -> None:
        """Preview, then queue, the document the pane shows, for its customer."""
        number = self.pane.number
        if self.mailing is None or not number:
            return
        row = self.selected()
        self.mailing.email(number, lambda: self.refresh(select=_key(row) if row else None))

    def email_just_issued(self) -> None:
        """Queue every invoice the last period's run issued, each for its customer."""
        numbers, self.just_issued = self.just_issued, []
        self.view.email_issued.setVisible(False)
        if self.mailing is not None and numbers:
            self.mailing.email_all(numbers, self.refresh)

    def _said(self, text: str) -> None:
        self.view.message.setText(text)
