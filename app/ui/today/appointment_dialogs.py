"""Booking and rescheduling an appointment, and what to do when the customer came too late.

Booking and rescheduling share one rule: a time outside a `refuse` policy's opening hours is
refused by the appointment book, and the dialog then shows the book's explanation and a reason
field; with a reason typed, the same button books anyway and the reason is kept with the booking.
Changing the time withdraws the override, since the reason was given for the refused time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.appointment import AppointmentRecord
from app.core.errors import DomainError
from app.core.records import EquipmentRecord
from app.core.remote_tool import RemoteTool
from app.services.errors import OutsideHoursError
from app.ui.customers.customer_picker import equipment_text
from app.ui.display import day_time_text, from_qdatetime, keep_to_accepted_days, to_qdatetime
from app.ui.error_dialog import show_error
from app.ui.i18n import QT_TRANSLATE_NOOP, installed_locale, translate

HoursFor = Callable[[datetime], str]  # the opening hours of the day an instant falls on
PROBLEM_STYLE = "color: #8a5a00;"
STATUS_WORDS = {  # AppointmentStatus values, as a reader sees them
    "booked": QT_TRANSLATE_NOOP("TimeDialog", "booked"),
    "started": QT_TRANSLATE_NOOP("TimeDialog", "started"),
    "missed": QT_TRANSLATE_NOOP("TimeDialog", "missed"),
    "cancelled": QT_TRANSLATE_NOOP("TimeDialog", "cancelled"),
    "rescheduled": QT_TRANSLATE_NOOP("TimeDialog", "rescheduled"),
}


class TimeDialog(QDialog):
    """A start time, that day's opening hours, and the explained override for refused times.
    Subclasses add their fields and say how to save (`_save(at, override_reason)`). The editor
    shows the system's local time, like every date-time editor of the app (see display)."""

    def __init__(
        self,
        title: str,
        ok_text: str,
        anyway_text: str,  # the OK button once a reason overrides the opening hours
        start: datetime,
        earliest: datetime,
        hours_for: HoursFor | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._ok_text, self._anyway_text = ok_text, anyway_text
        self._hours_for = hours_for
        self.record: AppointmentRecord | None = None  # set once saved

        self.when = QDateTimeEdit(to_qdatetime(start))
        self.when.setMinimumDateTime(to_qdatetime(earliest))
        keep_to_accepted_days(self.when)
        self.when.setDisplayFormat(
            translate("TimeDialog", "ddd d MMM yyyy  HH:mm", "Qt date-time editor format")
        )
        self.when.setCalendarPopup(True)
        self.hours = QLabel()
        self.problem = QLabel()  # the appointment book's explanation of a refused time
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            translate("TimeDialog", "Why this time anyway? Kept with the appointment")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.when.dateTimeChanged.connect(self._time_changed)
        self.reason.textChanged.connect(self._update_ok)

    def _add_time_rows(self) -> None:
        """The time, hours and override rows, where the subclass wants them in the form."""
        self.form.addRow(translate("TimeDialog", "Starts at"), self.when)
        self.form.addRow("", self.hours)
        self.form.addRow("", self.problem)
        self.form.addRow(translate("TimeDialog", "Reason"), self.reason)
        self._show_override(False)
        self._show_hours()

    def chosen_time(self) -> datetime:
        return from_qdatetime(self.when.dateTime())

    def set_time(self, instant: datetime) -> None:
        self.when.setDateTime(to_qdatetime(instant))

    def accept(self) -> None:
        try:
            self.record = self._save(self.chosen_time(), self.reason.text())
        except OutsideHoursError as error:
            self.problem.setText(str(error))
            self._show_override(True)
            self.reason.setFocus()
            return
        except DomainError as error:
            show_error(self, error)
            return
        super().accept()

    def _save(self, at: datetime, override_reason: str) -> AppointmentRecord:
        raise NotImplementedError

    def _time_changed(self) -> None:
        self.reason.clear()
        self._show_override(False)
        self._show_hours()

    def _show_override(self, shown: bool) -> None:
        self.form.setRowVisible(self.problem, shown)
        self.form.setRowVisible(self.reason, shown)
        self._update_ok()
        self.adjustSize()  # make room for the explanation, or give it back

    def _show_hours(self) -> None:
        text = self._hours_for(self.chosen_time()) if self._hours_for else ""
        self.hours.setText(text)
        self.form.setRowVisible(self.hours, bool(text))

    def _update_ok(self) -> None:
        override = self.reason.isVisibleTo(self) and bool(self.reason.text().strip())
        self.ok_button.setText(self._anyway_text if override else self._ok_text)


class BookDialog(TimeDialog):
    """A new appointment for the customer chosen on the desk."""

    def __init__(
        self,
        customer_name: str,
        equipment: Sequence[EquipmentRecord],
        book: Callable[..., AppointmentRecord],
        start: datetime,
        earliest: datetime,
        hours_for: HoursFor | None = None,
        parent: QWidget | None = None,
        selected_equipment_id: int | None = None,
    ) -> None:
        super().__init__(
            translate("BookDialog", "Book an appointment"),
            translate("BookDialog", "Book"),
            translate("BookDialog", "Book anyway"),
            start,
            earliest,
            hours_for,
            parent,
        )
        self._book = book
        self.equipment = QComboBox()
        self.equipment.addItem(translate("BookDialog", "No equipment"), None)
        for record in equipment:
            self.equipment.addItem(equipment_text(record), record.id)
            if record.id == selected_equipment_id:
                self.equipment.setCurrentIndex(self.equipment.count() - 1)
        self.tool = QComboBox()
        self.tool.addItem(translate("BookDialog", "The equipment's tool"), None)
        for tool in RemoteTool:
            self.tool.addItem(tool.display_name, tool.value)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 8 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSpecialValueText(translate("BookDialog", "not given"))
        self.minutes.setSuffix(translate("BookDialog", " min"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("BookDialog", "What the customer needs"))

        self.form.addRow(translate("BookDialog", "Customer"), QLabel(customer_name))
        self._add_time_rows()
        self.form.addRow(translate("BookDialog", "Expected length"), self.minutes)
        self.form.addRow(translate("BookDialog", "Equipment"), self.equipment)
        self.form.addRow(translate("BookDialog", "Remote tool"), self.tool)
        self.form.addRow(translate("BookDialog", "Note"), self.note)

    def _save(self, at: datetime, override_reason: str) -> AppointmentRecord:
        tool_id = self.tool.currentData()
        return self._book(
            at=at,
            expected_minutes=self.minutes.value() or None,
            equipment_id=self.equipment.currentData(),
            tool=RemoteTool(tool_id) if tool_id else None,
            note=self.note.text(),
            override_reason=override_reason,
        )


class RescheduleDialog(TimeDialog):
    """A new time for a booking; the old one stays in the history, linked to the new one."""

    def __init__(
        self,
        record: AppointmentRecord,
        reschedule: Callable[[datetime, str], AppointmentRecord],
        earliest: datetime,
        hours_for: HoursFor | None = None,
        parent: QWidget | None = None,
        zone: tzinfo | None = None,
        locale: str | None = None,  # None: the installed language's
    ) -> None:
        tomorrow = record.scheduled_at + timedelta(days=1)
        start = tomorrow if tomorrow > earliest else earliest
        super().__init__(
            translate("RescheduleDialog", "Reschedule"),
            translate("RescheduleDialog", "Reschedule"),
            translate("RescheduleDialog", "Reschedule anyway"),
            start,
            earliest,
            hours_for,
            parent,
        )
        self._reschedule = reschedule
        when = day_time_text(record.scheduled_at, zone, locale or installed_locale())
        status = translate("TimeDialog", STATUS_WORDS.get(record.status, record.status))
        was = f"{when} ({status})"
        self.form.addRow(translate("RescheduleDialog", "Customer"), QLabel(record.customer_name))
        self.form.addRow(translate("RescheduleDialog", "Booked for"), QLabel(was))
        self._add_time_rows()

    def _save(self, at: datetime, override_reason: str) -> AppointmentRecord:
        return self._reschedule(at, override_reason)


class MissedDialog(QDialog):
    """The customer is later than the tolerance: the booking is now missed. Reschedule it, or
    start anyway (a reason is asked next)."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MissedDialog", "Appointment missed"))
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.reschedule_button = QPushButton(translate("MissedDialog", "Reschedule…"))
        self.start_button = QPushButton(translate("MissedDialog", "Start anyway…"))
        self.close_button = QPushButton(translate("MissedDialog", "Close"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.reschedule_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
