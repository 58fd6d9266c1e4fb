"""The Today tab's controller: the day's appointments with their live status, the opening hours
that apply, and the buttons wired to AppointmentActions.

The appointments are read again when they change (a booking, a start, a session ending), every
few minutes for changes made elsewhere (the CLI, another workstation), and when the day turns.
In between, a slow coarse timer only recomputes each row's live status from the clock — a few
comparisons every 15 s, so an idle desk stays idle — and asks AppointmentReminders whether the
technician should be told something, which `reminder` then carries to the tray.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.core.appointment import AppointmentRecord, AppointmentStatus, LiveState
from app.core.records import CustomerRecord, EquipmentRecord
from app.ui.error_dialog import reporting_errors
from app.ui.i18n import installed_locale, translate
from app.ui.today.appointment_actions import AppointmentActions
from app.ui.today.reminders import AppointmentReminders
from app.ui.today.schedule_text import day_bounds, policy_hours_text
from app.ui.today.today_model import TodayModel
from app.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from app.core.clock import Clock
    from app.services.appointments import AppointmentBook
    from app.services.customers import CustomerService
    from app.services.sessions import SessionService

TICK_MS = 15_000  # live statuses are in minutes: a quarter of one is fresh enough
RELOAD_TICKS = 8  # read the day again every 2 minutes, for changes made elsewhere
OPEN = (AppointmentStatus.BOOKED, AppointmentStatus.MISSED)  # can be started, moved, cancelled


class TodayBoard(QObject):
    reminder = Signal(object)  # a Reminder to show (the tray, when there is one)
    title_changed = Signal(str)  # "Today", or "Today (1 due)" while a customer is expected

    def __init__(
        self,
        view: TodayView,
        book: AppointmentBook,
        customers: CustomerService,
        sessions: SessionService,
        clock: Clock,
        *,
        zone: tzinfo | None = None,
        first: Sequence[AppointmentRecord] | None = None,
        locale: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`zone`: where the desk is (None: the system's); `first`: today's appointments when
        already read (on the worker thread that opened the database); `locale`: the day's name
        and month read in it (None: the installed language's)."""
        super().__init__(parent)
        self.view = view
        self._book = book
        self._sessions = sessions
        self._clock = clock
        self._zone = zone
        self._locale = locale or installed_locale()
        self.model = TodayModel(zone, self)
        self.actions = AppointmentActions(
            book, customers, sessions, clock, view.window(), zone, self
        )
        self.reminders = AppointmentReminders()
        self._customer: CustomerRecord | None = None
        self._equipment: EquipmentRecord | None = None
        self._busy = False  # a session is on the panel
        self._day: date | None = None
        self._ticks = 0
        self._title = translate("TodayBoard", "Today")
        self.timer = QTimer(self, interval=TICK_MS, timerType=Qt.TimerType.CoarseTimer)

        view.table.setModel(self.model)
        view.fit_columns()
        self.timer.timeout.connect(self.tick)
        self.actions.changed.connect(self._changed)
        view.table.selectionModel().selectionChanged.connect(self._update_buttons)
        view.start.clicked.connect(lambda: self._with_selected(self.actions.start))
        view.reschedule.clicked.connect(lambda: self._with_selected(self.actions.reschedule))
        view.cancel.clicked.connect(lambda: self._with_selected(self.actions.cancel))
        view.book.clicked.connect(self._book_for_target)
        self.reload(first)
        self.timer.start()

    # -- inputs ------------------------------------------------------------------------------

    def set_target(
        self, customer: CustomerRecord | None, equipment: EquipmentRecord | None
    ) -> None:
        """The customer on the desk: Book… is for them, and their policy's hours are shown."""
        changed = (customer.id if customer else None) != (
            self._customer.id if self._customer else None
        )
        self._customer, self._equipment = customer, equipment
        if changed:
            self._show_hours()
        self._update_buttons()

    def set_busy(self, busy: bool) -> None:
        """While a session is on the panel, no other can be started from here."""
        self._busy = busy
        self._update_buttons()

    @property
    def title(self) -> str:
        """The tab's title: "Today", or "Today (1 due)" while a customer is expected."""
        return self._title

    def selected(self) -> AppointmentRecord | None:
        rows = self.view.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, appointment_id: int) -> None:
        row = self.model.row_of(appointment_id)
        if row is not None:
            self.view.table.selectRow(row)

    # -- reading -----------------------------------------------------------------------------

    def reload(self, records: Sequence[AppointmentRecord] | None = None) -> None:
        """Read today's appointments again (unless given) and keep the selection."""
        now = self._clock.now()
        chosen = self.selected()
        if records is None:
            with reporting_errors(self.view.window()):
                records = self._book.between(*day_bounds(now, self._zone))
        if records is None:
            return
        self._day, self._ticks = now.astimezone(self._zone).date(), 0
        self.model.set_records(records, now)
        if chosen is not None:
            self.select(chosen.id)
        self.view.day.setText(self._day_text(now))
        self.view.table.setVisible(bool(records))
        self.view.empty.setVisible(not records)
        self._show_hours()
        self._update_buttons()
        self._after_change(now)

    def _day_text(self, now: datetime) -> str:
        """ "Tuesday 24 November", "terça-feira, 24 de novembro": the pattern is Babel's (CLDR),
        translated with the language."""
        from babel.dates import format_date

        pattern = translate("TodayBoard", "EEEE d MMMM", "Babel date pattern of the Today tab")
        return format_date(now.astimezone(self._zone).date(), pattern, locale=self._locale)

    def tick(self) -> None:
        """The timer's work: live statuses, reminders, and now and then a fresh read."""
        now = self._clock.now()
        self._ticks += 1
        if now.astimezone(self._zone).date() != self._day or self._ticks >= RELOAD_TICKS:
            self.reload()
            return
        self.model.tick(now)
        self._after_change(now)

    def _changed(self, appointment_id: int) -> None:
        """After an action: read the day again and show the appointment it was about."""
        self.reload()
        self.view.table.clearSelection()
        self.select(appointment_id)

    def _after_change(self, now: datetime) -> None:
        for reminder in self.reminders.check(self.model.records(), now, self._zone):
            self.reminder.emit(reminder)
        expected = self.model.count(LiveState.DUE, LiveState.LATE)
        if expected:
            title = translate("TodayBoard", "Today ({count} due)").format(count=expected)
        else:
            title = translate("TodayBoard", "Today")
        if title != self._title:
            self._title = title
            self.title_changed.emit(title)

    def _show_hours(self) -> None:
        """One line per policy that matters today: those of the booked customers and of the
        customer on the desk."""
        customer_ids = dict.fromkeys(r.customer_id for r in self.model.records())
        if self._customer is not None:
            customer_ids[self._customer.id] = None
        now, lines = self._clock.now(), {}
        with reporting_errors(self.view.window()):
            for customer_id in customer_ids:
                policy, _status = self._sessions.opening_rules(customer_id)
                if policy is not None and policy.schedule is not None:
                    hours = policy_hours_text(policy, now, self._zone, self._locale)
                    lines[policy.id] = f"{policy.name}: {hours}"  # the name is the policy's
        self.view.hours.setText("\n".join(lines.values()))

    # -- actions -----------------------------------------------------------------------------

    def _with_selected(self, action: Callable[[AppointmentRecord], None]) -> None:
        record = self.selected()
        if record is not None:
            action(record)

    def _book_for_target(self) -> None:
        if self._customer is not None:
            self.actions.book_for(self._customer, self._equipment)

    def _update_buttons(self) -> None:
        record = self.selected()
        is_open = record is not None and record.status in OPEN
        view = self.view
        view.start.setEnabled(is_open and not self._busy)
        busy = translate("TodayBoard", "Another session is on the desk.")
        view.start.setToolTip(busy if self._busy else "")
        view.reschedule.setEnabled(is_open)
        view.cancel.setEnabled(is_open)
        view.book.setEnabled(self._customer is not None)
        pick = translate("TodayBoard", "Pick the customer first.")
        view.book.setToolTip("" if self._customer else pick)
