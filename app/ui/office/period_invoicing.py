"""Create invoices for a period: list every customer's draft up to a last day, then issue the
ticked ones in the background, one transaction per invoice, one after the other.

A progress dialog shows which customer is being invoiced; Cancel stops before the next invoice
(the one being issued is finished, never half-written). A failure is written on its customer's
row and the others go on.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.core.errors import DomainError
from app.services.invoicing import DraftInvoice, InvoiceDesk, IssuedDocument
from app.ui.background import run_in_background
from app.ui.display import NO_VALUE, money_text
from app.ui.error_dialog import error_text, show_error
from app.ui.i18n import translate
from app.ui.office.draft_model import DraftTableModel
from app.ui.office.period_dialog import PeriodDialog, from_qdate


def previous_month_end(today: date) -> date:
    """The default last day: invoices usually cover the month that has just ended."""
    return date.fromordinal(today.replace(day=1).toordinal() - 1)


def _amounts(drafts: Sequence[DraftInvoice], locale: str) -> str:
    """ "€60.00 + £45.00": the drafts that can be issued, summed per currency."""
    sums: dict[str, Decimal] = {}
    for draft in drafts:
        if draft.total is not None:
            sums[draft.currency] = sums.get(draft.currency, Decimal(0)) + draft.total
    return " + ".join(money_text(v, c, locale) for c, v in sorted(sums.items())) or NO_VALUE


def draft_summary(drafts: Sequence[DraftInvoice], until: date, locale: str) -> str:
    """ "3 invoices to issue: €70.00 + £45.00." — one invoice per customer and currency, one
    sum per currency; drafts with a problem are counted apart."""
    if not drafts:
        text = translate("PeriodInvoicing", "Nobody has sessions to invoice up to {day}.")
        return text.format(day=until.isoformat())
    amounts = _amounts(drafts, locale)
    ready = sum(1 for draft in drafts if draft.total is not None)
    if ready == 1:
        text = translate("PeriodInvoicing", "1 invoice to issue: {amounts}")
    else:
        text = translate("PeriodInvoicing", "{count} invoices to issue: {amounts}")
    text = text.format(count=ready, amounts=amounts)
    blocked = len(drafts) - ready
    if blocked:
        more = translate("PeriodInvoicing", "{count} cannot be issued as it stands (see Result)")
        text += "; " + more.format(count=blocked)
    return text + "."


def issue_question(drafts: Sequence[DraftInvoice], locale: str) -> str:
    """What issuing the ticked drafts will do, asked before anything is issued: how many, for
    whom (the first few names), what total per currency, and that it cannot be undone."""
    names = sorted({draft.customer for draft in drafts})
    shown = ", ".join(names[:3])
    if len(names) > 3:
        more = translate("PeriodInvoicing", "{names} and {count} more")
        shown = more.format(names=shown, count=len(names) - 3)
    amounts = _amounts(drafts, locale)
    if len(drafts) == 1:
        text = translate("PeriodInvoicing", "Issue 1 invoice, for {names}, of {amounts}?")
    else:
        text = translate(
            "PeriodInvoicing", "Issue {count} invoices, for {names}, of {amounts} in all?"
        )
    final = translate(
        "PeriodInvoicing",
        "Issued invoices are numbered and final: a mistake is corrected with a credit note.",
    )
    return text.format(count=len(drafts), names=shown, amounts=amounts) + "\n\n" + final


class PeriodInvoicing(QObject):
    """Wires a PeriodDialog to the desk; lives as long as the dialog (its Qt parent)."""

    issued = Signal(list)  # the numbers issued by one run, once it is over
    finished = Signal()  # a run is over: all issued, failed or cancelled

    def __init__(
        self, desk: InvoiceDesk, locale: str, today: date, parent: QWidget | None = None
    ) -> None:
        self.view = PeriodDialog(previous_month_end(today), parent)
        super().__init__(self.view)
        self._desk = desk
        self._locale = locale
        self.model = DraftTableModel(locale, self)
        self.view.drafts.setModel(self.model)
        self.view.fit_columns()
        self.progress: QProgressDialog | None = None  # while issuing
        self._queue: list[int] = []
        self._done: list[str] = []
        self._failures = 0
        self._total = 0
        self.view.last_day.dateChanged.connect(self.list_drafts)
        self.view.issue_button.clicked.connect(self.issue)
        self.model.dataChanged.connect(self._update_issue_button)
        self.list_drafts()

    @property
    def until(self) -> date:
        return from_qdate(self.view.last_day.date())

    def list_drafts(self) -> None:
        """The drafts up to the last day; when they cannot be listed (the company's name is not
        set, say), the reason in place of the summary, and in a dialog unless the summary says
        it already (another last day picked)."""
        drafts: list[DraftInvoice] = []
        try:
            drafts = self._desk.customers_to_invoice(self.until)
            summary = draft_summary(drafts, self.until, self._locale)
        except DomainError as error:
            summary = error_text(error)
            if summary != self.view.summary.text():
                show_error(self.view, error)
        self.model.set_drafts(drafts)
        self.view.summary.setText(summary)
        self._update_issue_button()

    def _update_issue_button(self) -> None:
        count = len(self.model.chosen())
        button = self.view.issue_button
        if count == 1:
            button.setText(translate("PeriodInvoicing", "Issue 1 invoice"))
        else:
            button.setText(
                translate("PeriodInvoicing", "Issue {count} invoices").format(count=count)
            )
        button.setEnabled(count > 0 and self.progress is None)

    # -- issuing -------------------------------------------------------------------------------

    def issue(self) -> None:
        chosen = self.model.chosen()
        if not chosen or not self._confirmed(chosen):
            return
        self._queue = chosen
        self._done, self._failures, self._total = [], 0, len(self._queue)
        progress = QProgressDialog(
            translate("PeriodInvoicing", "Issuing invoices…"),
            translate("PeriodInvoicing", "Cancel"),
            0,
            self._total,
            self.view,
        )
        progress.setWindowTitle(translate("PeriodDialog", "Create invoices for a period"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        self.view.last_day.setEnabled(False)
        self._update_issue_button()
        progress.setValue(0)
        self._next()

    def _confirmed(self, rows: Sequence[int]) -> bool:
        question = issue_question([self.model.draft(row) for row in rows], self._locale)
        answer = QMessageBox.question(
            self.view,
            translate("PeriodDialog", "Create invoices for a period"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _next(self) -> None:
        progress = self.progress
        assert progress is not None
        issued = self._total - len(self._queue)
        progress.setValue(issued)
        if not self._queue or progress.wasCanceled():
            self._finish(cancelled=bool(self._queue))
            return
        row = self._queue.pop(0)
        draft = self.model.draft(row)
        text = translate("PeriodInvoicing", "Issuing the invoice for {customer} ({n} of {total})…")
        progress.setLabelText(text.format(customer=draft.customer, n=issued + 1, total=self._total))
        until, desk = self.until, self._desk
        run_in_background(
            lambda: desk.create(draft.customer_id, until=until, session_ids=draft.session_ids),
            lambda result: self._issued(row, result),
            lambda error: self._failed(row, error),
        )

    def _issued(self, row: int, issued: IssuedDocument) -> None:
        self.model.set_result(row, issued.document.number)
        self._done.append(issued.document.number)
        self._next()

    def _failed(self, row: int, error: Exception) -> None:
        self.model.set_result(row, error_text(error), failed=True)
        self._failures += 1
        self._next()

    def _finish(self, cancelled: bool) -> None:
        assert self.progress is not None
        self.progress.close()
        self.progress.deleteLater()
        self.progress = None
        self.view.last_day.setEnabled(True)
        issued = len(self._done)
        if issued == 1:
            text = translate("PeriodInvoicing", "Issued 1 invoice")
        else:
            text = translate("PeriodInvoicing", "Issued {count} invoices").format(count=issued)
        if self._failures:
            failed = translate("PeriodInvoicing", "{count} could not be issued (see Result)")
            text += "; " + failed.format(count=self._failures)
        if cancelled:
            stopped = translate("PeriodInvoicing", "stopped before the other {count}")
            text += "; " + stopped.format(count=len(self._queue))
        self.view.summary.setText(text + ".")
        self._queue = []
        self._update_issue_button()
        self.issued.emit(list(self._done))
        self.finished.emit()
