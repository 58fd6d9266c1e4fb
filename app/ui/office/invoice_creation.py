"""Create one invoice: choose the customer (search as you type), the last day of the sessions to
bill and the currency, add lines typed by the office — a visit, a part, a discount — and see the
totals the invoice will have, worked out by the desk's own preview, before issuing it.

A customer's sessions in several currencies make one invoice per currency: the currency chosen
here is the one issued (the others stay drafts). Typed lines start with the VAT rate of the
customer's policy and, ticked or not, whether its prices include VAT.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QWidget

from app.core.errors import DomainError
from app.core.invoice_document import PrintedDocument
from app.core.manual_lines import manual_line
from app.core.money import plain
from app.services.customers import CustomerService
from app.services.invoicing import DraftInvoice, InvoiceDesk, IssuedDocument
from app.ui.display import money_text
from app.ui.error_dialog import error_text, reporting_errors
from app.ui.i18n import translate
from app.ui.office.invoice_dialog import InvoiceDialog
from app.ui.office.manual_lines_model import ManualLinesModel
from app.ui.office.period_dialog import from_qdate

SEARCH_LIMIT = 20


class InvoiceCreation(QObject):
    """Wires an InvoiceDialog to the desk; lives as long as the dialog (its Qt parent)."""

    issued = Signal(object)  # the IssuedDocument

    def __init__(
        self, desk: InvoiceDesk, customers: CustomerService, locale: str, today: date,
        customer_id: int | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        self.view = InvoiceDialog(today, parent)
        super().__init__(self.view)
        self._desk, self._customers, self._locale = desk, customers, locale
        self.model = ManualLinesModel(self)
        self.customer_id: int | None = None
        self.result: IssuedDocument | None = None
        self._names: dict[str, int] = {}
        self._completions = QStringListModel(self)
        view = self.view
        view.lines.setModel(self.model)
        view.fit_columns()
        self.model.rowsInserted.connect(lambda *_: view.fit_columns())
        completer = QCompleter(self._completions, view)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        view.customer.setCompleter(completer)
        view.customer.textEdited.connect(self._search)
        completer.activated.connect(self._choose_name)
        view.customer.editingFinished.connect(lambda: self._choose_name(view.customer.text()))
        view.last_day.dateChanged.connect(lambda _day: self._load())
        view.currency.currentTextChanged.connect(lambda _text: self.update_totals())
        view.add_line.clicked.connect(lambda: self.add(discount=False))
        view.add_discount.clicked.connect(lambda: self.add(discount=True))
        view.remove_line.clicked.connect(self.remove)
        view.buttons.accepted.disconnect(view.accept)
        view.buttons.accepted.connect(self.issue)
        if customer_id is not None:
            self.choose(customer_id)
        self.update_totals()

    # -- the customer ----------------------------------------------------------------------------

    def _search(self, text: str) -> None:
        records = self._customers.search(text.strip(), SEARCH_LIMIT)
        self._names = {r.customer.name: r.id for r in records}
        self._completions.setStringList(list(self._names))

    def _choose_name(self, name: str) -> None:
        name = name.strip()
        if not name:
            return
        chosen = self._names.get(name)
        if chosen is None:
            try:
                chosen = self._customers.find_by_name(name).id
            except DomainError as error:
                self._forget_customer(error_text(error))
                return
        if chosen != self.customer_id:
            self.choose(chosen)

    def choose(self, customer_id: int) -> None:
        """Invoice this customer: their waiting sessions, currencies and policy's defaults."""
        self.customer_id = customer_id
        with reporting_errors(self.view):
            self.view.customer.setText(self._customers.get(customer_id).customer.name)
        self._load(defaults=True)

    def _forget_customer(self, why: str) -> None:
        self.customer_id = None
        self.view.waiting.setText(why)
        self.view.currency.clear()
        self.update_totals()

    def _load(self, defaults: bool = False) -> None:
        """What waits up to the last day, by currency; with `defaults`, the policy's VAT too."""
        if self.customer_id is None:
            return
        view, chosen = self.view, self.view.currency.currentText()
        try:
            drafts = self._desk.drafts_of(self.customer_id, self.until)
            policy = self._desk.typed_line_policy(self.customer_id)
        except DomainError as error:
            self._forget_customer(error_text(error))
            return
        currencies = [d.currency for d in drafts if d.currency]
        if policy is not None and policy.currency not in currencies:
            currencies.append(policy.currency)
        view.currency.blockSignals(True)
        view.currency.clear()
        view.currency.addItems(currencies)
        if chosen and not defaults:
            view.currency.setCurrentText(chosen)
        view.currency.blockSignals(False)
        view.waiting.setText(self._waiting_text(drafts))
        if defaults and policy is not None:
            view.vat.setText(plain(policy.vat_percent.normalize()))
            view.includes_vat.setChecked(policy.prices_include_vat)
        self.update_totals()

    def _waiting_text(self, drafts: list[DraftInvoice]) -> str:
        if not drafts:
            return translate("InvoiceCreation", "No sessions waiting for an invoice.")
        parts = []
        for draft in drafts:
            if draft.total is None:
                parts.append(draft.problem)
                continue
            count = len(draft.session_ids)
            if count == 1:
                text = translate("InvoiceCreation", "1 session: {total}")
            else:
                text = translate("InvoiceCreation", "{count} sessions: {total}")
            total = money_text(draft.total, draft.currency, self._locale)
            parts.append(text.format(count=count, total=total))
        return "; ".join(parts)

    @property
    def until(self) -> date:
        return from_qdate(self.view.last_day.date())

    # -- typed lines -----------------------------------------------------------------------------

    def add(self, discount: bool) -> None:
        """Add the form's line (a discount: its price taken off); the form is cleared."""
        view = self.view
        with reporting_errors(view):
            line = manual_line(view.description.text(), view.quantity.text(), view.price.text(),
                               view.vat.text(), view.includes_vat.isChecked())  # fmt: skip
            if discount:
                line = line.discounted()
            self.model.add(line)
            view.description.clear()
            view.price.clear()
            view.quantity.setText("1")
            view.description.setFocus()
            self.update_totals()

    def remove(self) -> None:
        chosen = self.view.lines.selectionModel().selectedRows()
        if chosen:
            self.model.remove(chosen[0].row())
            self.update_totals()

    # -- the invoice -----------------------------------------------------------------------------

    def update_totals(self) -> None:
        """The totals the invoice would have now, or why it cannot be issued."""
        view = self.view
        draft: PrintedDocument | None = None
        text = ""
        if self.customer_id is not None:
            try:
                draft = self._desk.preview(
                    self.customer_id, until=self.until, extra=self.model.lines(),
                    currency=self._currency(),
                )  # fmt: skip
                text = self._totals_text(draft)
            except DomainError as error:
                text = error_text(error)
        view.totals.setText(text)
        view.issue_button.setEnabled(draft is not None)

    def _totals_text(self, draft: PrintedDocument) -> str:
        t, currency = draft.totals, draft.currency

        def money(amount: Decimal) -> str:
            return money_text(amount, currency, self._locale)

        vat = " · ".join(
            translate("InvoiceCreation", "VAT {rate} % on {base}: {amount}").format(
                rate=plain(v.rate.normalize()), base=money(v.base), amount=money(v.amount)
            )
            for v in t.vat
        )
        text = translate("InvoiceCreation", "Net {net} · {vat} · <b>Total {total}</b>")
        return text.format(net=money(t.net), vat=vat, total=money(t.total))

    def _currency(self) -> str | None:
        return self.view.currency.currentText().strip() or None

    def issue(self) -> None:
        """Issue the invoice as previewed; the dialog closes and `issued` says which it is."""
        if self.customer_id is None:
            return
        with reporting_errors(self.view):
            self.result = self._desk.create(
                self.customer_id, until=self.until, extra=self.model.lines(),
                currency=self._currency(),
            )  # fmt: skip
            self.view.accept()
            self.issued.emit(self.result)
