"""What the Today tab's buttons do: start the session for a booking (and, when the customer came
too late, offer to reschedule or to start anyway with a reason), book, reschedule and cancel.

Each action is one call to the AppointmentBook; dialogs are opened window-modal without blocking
(one at a time, kept in `dialog` so tests can fill them in), and `changed` tells the Today tab to
read the day again. A started session is handed on through `session_started`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.core.appointment import AppointmentRecord
from app.core.errors import DomainError
from app.core.records import CustomerRecord, EquipmentRecord
from app.services.errors import MissedAppointmentError
from app.ui.display import day_time_text
from app.ui.error_dialog import reporting_errors, show_error
from app.ui.i18n import installed_locale, translate
from app.ui.one_dialog import OneDialog
from app.ui.reason_dialog import ReasonDialog
from app.ui.today.appointment_dialogs import BookDialog, HoursFor, MissedDialog, RescheduleDialog
from app.ui.today.schedule_text import policy_hours_text

if TYPE_CHECKING:
    from app.core.clock import Clock
    from app.services.appointments import AppointmentBook
    from app.services.customers import CustomerService
    from app.services.sessions import SessionService

Step = Callable[[AppointmentRecord], None]
BOOKING_STEP = timedelta(minutes=15)  # a new booking starts on a quarter hour, at least this far


class AppointmentActions(QObject, OneDialog):
    changed = Signal(int)  # this appointment was booked, moved to, cancelled, started or missed
    session_started = Signal(object)  # the SessionDetail opened for a booking

    def __init__(
        self,
        book: AppointmentBook,
        customers: CustomerService,
        sessions: SessionService,
        clock: Clock,
        window: QWidget,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
        locale: str | None = None,  # day names in dialogs (None: the installed language's)
    ) -> None:
        super().__init__(parent)
        self._locale = locale or installed_locale()
        self._book = book
        self._customers = customers
        self._sessions = sessions
        self._clock = clock
        self._window = window
        self._zone = zone
        self.dialog: QDialog | None = None  # the dialog on screen, if any

    # -- starting ----------------------------------------------------------------------------

    def start(self, record: AppointmentRecord, override_reason: str = "") -> None:
        try:
            detail = self._book.start(
                record.id, override_reason, technician=self._sessions.technician_name()
            )
        except MissedAppointmentError as error:
            self.changed.emit(record.id)  # the booking is now missed
            self._offer_missed(record, str(error))
            return
        except DomainError as error:
            show_error(self._window, error)
            self.changed.emit(record.id)  # whatever happened meanwhile, show it
            return
        self.session_started.emit(detail)
        self.changed.emit(record.id)

    def _offer_missed(self, record: AppointmentRecord, message: str) -> None:
        with reporting_errors(self._window):
            record = self._book.get(record.id)  # now missed
        dialog = MissedDialog(message, self._window)
        reschedule, start_anyway = dialog.reschedule_button, dialog.start_button
        reschedule.clicked.connect(lambda: self._then(dialog, self.reschedule, record))
        start_anyway.clicked.connect(lambda: self._then(dialog, self._ask_reason, record))
        self._open(dialog)

    def _ask_reason(self, record: AppointmentRecord) -> None:
        explanation = translate(
            "AppointmentActions",
            "{customer} is past the late tolerance. Say why the session starts "
            "anyway; the reason is kept in the session's history.",
        )
        dialog = ReasonDialog(
            translate("AppointmentActions", "Start anyway"),
            explanation.format(customer=record.customer_name),
            translate("AppointmentActions", "Start session"),
            self._window,
        )
        dialog.accepted.connect(lambda: self.start(record, dialog.text()))
        self._open(dialog)

    # -- booking -----------------------------------------------------------------------------

    def book_for(self, customer: CustomerRecord, equipment: EquipmentRecord | None) -> None:
        now = self._clock.now()
        with reporting_errors(self._window):
            dialog = BookDialog(
                customer.name,
                self._customers.equipment_of(customer.id),
                lambda **fields: self._book.book(customer.id, **fields),
                start=next_quarter_hour(now + BOOKING_STEP),
                earliest=now,
                hours_for=self._hours_for(customer.id),
                parent=self._window,
                selected_equipment_id=equipment.id if equipment else None,
            )
            dialog.accepted.connect(lambda: self._saved(dialog))
            self._open(dialog)

    def reschedule(self, record: AppointmentRecord) -> None:
        with reporting_errors(self._window):
            dialog = RescheduleDialog(
                record,
                lambda at, reason: self._book.reschedule(record.id, at, override_reason=reason),
                earliest=self._clock.now(),
                hours_for=self._hours_for(record.customer_id),
                parent=self._window,
                zone=self._zone,
                locale=self._locale,
            )
            dialog.accepted.connect(lambda: self._saved(dialog))
            self._open(dialog)

    def cancel(self, record: AppointmentRecord) -> None:
        when = day_time_text(record.scheduled_at, self._zone, self._locale)
        question = translate(
            "AppointmentActions",
            "Cancel {customer}'s appointment of {when}? It stays in the history.",
        )
        dialog = ReasonDialog(
            translate("AppointmentActions", "Cancel appointment"),
            question.format(customer=record.customer_name, when=when),
            translate("AppointmentActions", "Cancel appointment"),
            self._window,
            required=False,
            cancel_text=translate("AppointmentActions", "Keep it"),
            placeholder=translate("AppointmentActions", "e.g. the customer solved it"),
        )
        dialog.accepted.connect(lambda: self._cancel(record, dialog.text()))
        self._open(dialog)

    def _cancel(self, record: AppointmentRecord, reason: str) -> None:
        with reporting_errors(self._window):
            self._book.cancel(record.id, reason)
        self.changed.emit(record.id)

    def _saved(self, dialog: BookDialog | RescheduleDialog) -> None:
        if dialog.record is not None:
            self.changed.emit(dialog.record.id)

    # -- helpers -----------------------------------------------------------------------------

    def _hours_for(self, customer_id: int) -> HoursFor | None:
        """That day's opening hours under the customer's policy, for the time editors."""
        policy, _now = self._sessions.opening_rules(customer_id)
        if policy is None or policy.schedule is None:
            return None
        zone, locale = self._zone, self._locale
        text = translate("AppointmentActions", "{policy}: {hours} that day")
        return lambda at: text.format(
            policy=policy.name, hours=policy_hours_text(policy, at, zone, locale)
        )

    def _then(self, dialog: QDialog, action: Step, record: AppointmentRecord) -> None:
        """Close `dialog`, then run the next step (which may open its own dialog)."""
        dialog.accept()
        action(record)


def next_quarter_hour(instant: datetime) -> datetime:
    """The first quarter hour (:00, :15, :30, :45 UTC) at or after `instant`."""
    step = int(BOOKING_STEP.total_seconds())
    seconds = int(instant.timestamp())
    rounded = -(-seconds // step) * step
    return datetime.fromtimestamp(rounded, UTC)
