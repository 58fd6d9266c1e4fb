"""The session history: every session, filtered by customer, dates, outcome, tool and technician,
read a page at a time; the selected one told in full (events, tool evidence, price, the invoices
and credit notes it has been on, notes); and its accepted or end time corrected with a reason,
the original staying visible.

The technician filter lists the names sessions were recorded with (sessions from before
technicians were recorded, or opened with no technician.name set, name nobody and are only
listed under "Any technician").

Nothing here waits on the database for a list: pages, the count and the technicians' names are
read on pool threads and shown as they arrive, so a filter changes as fast on a million sessions
as on a hundred. The count comes after the first page: a long list is seen before it is counted.
With it come the totals of what is listed — the sessions' time and their price per currency,
each price as shown, added exactly.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QDate, QItemSelection, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.clock import Clock
from app.core.errors import DomainError
from app.core.log_totals import LogTotals, totals_of
from app.core.records import SessionDetail, SessionFilter, SessionRecord
from app.core.remote_tool import RemoteTool
from app.core.session import CorrectedField, Outcome, SessionState
from app.core.timetext import format_hms
from app.services.customers import CustomerService
from app.services.session_history import SessionHistory
from app.services.sessions import SessionService
from app.ui.background import run_in_background
from app.ui.display import keep_to_accepted_days, money_text, outcome_label
from app.ui.error_dialog import show_error
from app.ui.history.correction_dialog import CorrectionDialog
from app.ui.history.customer_filter import CustomerFilter
from app.ui.history.history_model import HistoryModel
from app.ui.history.session_details import details_html
from app.ui.history.session_log_model import fit_columns
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

NO_SELECTION = QT_TRANSLATE_NOOP(
    "HistoryWindow", "Select a session to see its events, evidence, price and notes."
)


def history_filter(
    customer_id: int | None,
    since: date | None,
    until: date | None,
    outcome: Outcome | None,
    tool: RemoteTool | None,
    zone: tzinfo | None = None,
    technician: str | None = None,
) -> SessionFilter:
    """The sessions that started on the days `since`..`until` (both included, local days)."""

    def midnight(day: date) -> datetime:
        local = datetime.combine(day, time())
        return local.replace(tzinfo=zone) if zone is not None else local.astimezone()

    return SessionFilter(
        customer_id=customer_id,
        since=midnight(since) if since else None,
        until=midnight(until + timedelta(days=1)) if until else None,
        newest_first=True,
        outcome=outcome,
        tool=tool,
        technician=technician,
    )


class HistoryView(QWidget):
    """Lays out the filters, the sessions table and the details pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("HistoryWindow", "Session history"))
        self.customer = QLineEdit()  # type to find a customer; empty: all customers
        self.customer.setMinimumWidth(self.customer.fontMetrics().horizontalAdvance("M" * 18))
        self.use_since = QCheckBox(translate("HistoryWindow", "&From"))
        self.since = QDateEdit()
        self.use_until = QCheckBox(translate("HistoryWindow", "&To"))
        self.until = QDateEdit()
        for edit in (self.since, self.until):
            keep_to_accepted_days(edit)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.outcome = QComboBox()
        self.outcome.addItem(translate("HistoryWindow", "Any outcome"), "")
        for outcome in Outcome:
            self.outcome.addItem(outcome_label(outcome), outcome.value)
        self.tool = QComboBox()
        self.tool.addItem(translate("HistoryWindow", "Any tool"), "")
        for tool in RemoteTool:
            self.tool.addItem(tool.display_name, tool.value)
        self.technician = QComboBox()  # "Any technician", then the names sessions recorded
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.count = QLabel()
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.correct = QPushButton(translate("HistoryWindow", "&Correct times…"))

        filters = QHBoxLayout()
        customer_label = QLabel(translate("HistoryWindow", "C&ustomer"))
        customer_label.setBuddy(self.customer)
        widgets: tuple[QWidget, ...] = (customer_label, self.customer, self.use_since, self.since)
        widgets += (self.use_until, self.until, self.outcome, self.tool, self.technician)
        for widget in widgets:
            filters.addWidget(widget)
        filters.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 1)
        right_layout.addWidget(self.correct)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 2)  # the table: its dates and names whole at 1200 px
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.count)
        self.resize(1360, 720)


class HistoryWindow(QObject):
    """Wires a HistoryView to the services; lives as long as the view (its Qt parent)."""

    def __init__(
        self,
        sessions: SessionService,
        customers: CustomerService,
        history: SessionHistory | None,
        clock: Clock,
        locale: str,
        parent: QWidget | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        self.view = HistoryView(parent)
        super().__init__(self.view)
        self._sessions, self._history = sessions, history
        self._locale, self._zone = locale, zone
        self.correction: CorrectionDialog | None = None  # while open
        self._reading = 0  # bumped by each apply_filter: answers for an older one are dropped
        self._select: int | None = None  # the session to select when the first page is in
        self._count_known = False
        self._counting = False  # a count is being read (at most one at a time)
        self._naming = True  # the technicians' names are being read
        view = self.view
        self.customer_filter = CustomerFilter(view.customer, customers, self)
        view.technician.addItem(translate("HistoryWindow", "Any technician"), "")
        today = clock.now().astimezone(zone).date()
        for edit in (view.since, view.until):
            edit.setDate(QDate(today.year, today.month, today.day))
        self.filter = self.current_filter()
        self.model = HistoryModel(zone=zone, parent=self, locale=locale)
        view.table.setModel(self.model)
        view.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        fit_columns(view.table)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.page_failed.connect(self._read_failed)
        self.customer_filter.changed.connect(self.apply_filter)
        for combo in (view.outcome, view.tool, view.technician):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for box, edit in ((view.use_since, view.since), (view.use_until, view.until)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(lambda _on: self.apply_filter())
            edit.dateChanged.connect(lambda _d, box=box: self._day_changed(box))
        view.table.selectionModel().selectionChanged.connect(self._selection_changed)
        view.correct.clicked.connect(self.open_correction)
        run_in_background(sessions.technicians, self._technicians_known, self._technicians_failed)
        self.apply_filter()

    def current_filter(self) -> SessionFilter:
        view = self.view
        outcome, tool = view.outcome.currentData(), view.tool.currentData()
        technician = str(view.technician.currentData() or "")
        return history_filter(
            self.customer_filter.customer_id,
            _day(view.since) if view.use_since.isChecked() else None,
            _day(view.until) if view.use_until.isChecked() else None,
            Outcome(outcome) if outcome else None,
            RemoteTool(tool) if tool else None,
            self._zone,
            technician or None,
        )

    def apply_filter(self, select: int | None = None) -> None:
        """List the sessions the filters ask for again; `select` one of them by id. The rows
        shown stay until the first page of the new list arrives."""
        self.filter = flt = self.current_filter()
        self._reading += 1
        self._select, self._count_known = select, False
        self.view.count.setText(translate("HistoryWindow", "Counting sessions…"))
        sessions = self._sessions
        self.model.start(lambda after, limit: sessions.list(flt, limit=limit, after=after))

    def loading(self) -> bool:
        """A page of sessions is being read."""
        return self.model.loading()

    def counting(self) -> bool:
        """The sessions the filters ask for are not counted yet."""
        return not self._count_known

    def busy(self) -> bool:
        """Something is still being read for the window (a page, the count, names)."""
        searching = self.customer_filter.searching()
        return self.loading() or self._counting or self._naming or searching

    def _day_changed(self, box: QCheckBox) -> None:
        if box.isChecked():  # a day not used filters nothing
            self.apply_filter()

    def _page_loaded(self, first: bool) -> None:
        if self.model.complete():  # every row is in: they are what is counted
            records = [self.model.record(row) for row in range(self.model.rowCount())]
            self._show_count(totals_of(records))
        elif first and not self._count_known:
            self._count()
        if not first:
            return
        if self._select is not None:
            for row in range(self.model.rowCount()):
                if self.model.record(row).id == self._select:
                    self.view.table.selectRow(row)
                    break
            self._select = None
        self._show(self.selected())

    def _count(self) -> None:
        """Count the current filter's sessions; one count at a time, the latest filter's."""
        if self._counting:
            return  # when it ends, the count of the filter then current is asked for
        self._counting = True
        reading, flt, sessions = self._reading, self.filter, self._sessions
        run_in_background(
            lambda: sessions.totals(flt),
            lambda total: self._counted(reading, total),
            lambda error: self._count_failed(reading, error),
        )

    def _counted(self, reading: int, total: LogTotals) -> None:
        if not isValid(self):
            return
        self._counting = False
        if reading == self._reading:
            self._show_count(total)
        elif not self._count_known and not self.model.loading():
            self._count()  # the filters changed while counting; their first page is in

    def _count_failed(self, reading: int, error: Exception) -> None:
        if not isValid(self):
            return
        self._counting = False
        if reading == self._reading:
            self._read_failed(error)

    def _show_count(self, totals: LogTotals) -> None:
        self._count_known = True
        count = totals.count
        text = (
            translate("HistoryWindow", "1 session")
            if count == 1
            else translate("HistoryWindow", "{count} sessions").format(count=count)
        )
        if count:
            text += " · " + format_hms(totals.seconds)
            money = [money_text(total, currency, self._locale) for currency, total in totals.money]
            if money:
                text += " · " + " + ".join(money)
        self.view.count.setText(text)

    def _read_failed(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self.view.count.setText(str(error))
        else:
            show_error(self.view, error)

    def _technicians_known(self, names: list[str]) -> None:
        if not isValid(self):
            return
        self._naming = False
        for name in names:
            self.view.technician.addItem(name, name)

    def _technicians_failed(self, error: Exception) -> None:
        if isValid(self):
            self._naming = False
            self._read_failed(error)

    def selected(self) -> SessionRecord | None:
        chosen = self.view.table.selectionModel().selectedRows()
        return self.model.record(chosen[0].row()) if chosen else None

    def _selection_changed(self, *_: QItemSelection) -> None:
        self._show(self.selected())

    def _show(self, record: SessionRecord | None) -> None:
        view = self.view
        view.correct.setEnabled(
            record is not None
            and record.accepted_at is not None
            and record.state is SessionState.ENDED
        )
        if record is None:
            view.details.setPlainText(translate("HistoryWindow", NO_SELECTION))
            return
        try:
            detail = self._sessions.get(record.id)
            evidence = self._history.evidence(record.id) if self._history else []
            lines = self._history.charge_lines(record.id) if self._history else []
            documents = self._history.documents(record.id) if self._history else []
        except DomainError as error:
            view.details.setPlainText(str(error))
            return
        view.details.setHtml(
            details_html(detail, evidence, lines, self._locale, self._zone, documents)
        )

    def open_correction(self) -> None:
        record = self.selected()
        if record is None:
            return
        sessions, session_id = self._sessions, record.id

        def submit(which: CorrectedField, value: datetime, reason: str) -> SessionDetail:
            return sessions.correct(session_id, which, value, reason)

        dialog = CorrectionDialog(sessions.get(session_id), submit, self.view)
        self.correction = dialog
        dialog.accepted.connect(lambda: self.apply_filter(select=record.id))
        dialog.finished.connect(lambda _r: self._correction_closed(dialog))
        dialog.open()

    def _correction_closed(self, dialog: CorrectionDialog) -> None:
        if self.correction is dialog:
            self.correction = None
        dialog.deleteLater()


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())
