"""The appointment book: book, list, cancel, reschedule, and start the session for a booking.

Times outside a `refuse` policy's opening hours are booked only with a reason. Starting a session
for a booking checks how late the customer is: within the policy's tolerance the session opens and
records the lateness; beyond it the booking becomes missed (committed) and the caller is told to
reschedule — or to start anyway with a reason, kept in the session's events.

A booking the customer was invited to (see booking_invitations) keeps the customer's calendar
right: rescheduling it queues the updated invitation and cancelling it the cancellation, each in
the transaction of the change, which also withdraws the chain's calendar messages not sent yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from app.core.appointment import AppointmentRecord, AppointmentStatus
from app.core.clock import Clock
from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.policy import Policy
from app.core.records import SessionDetail
from app.core.remote_tool import RemoteTool
from app.core.schedule import Lateness, lateness
from app.core.session import Session, SessionState
from app.services import booking_invitations
from app.services.charging import PolicyLookup
from app.services.errors import MissedAppointmentError, NotFoundError, OutsideHoursError
from app.services.lookups import customer_row
from app.services.sessions import session_row
from app.storage.database import Database
from app.storage.models import AppointmentRow, EquipmentRow, SessionRow
from app.storage.repositories import SessionRepository

if TYPE_CHECKING:
    from app.services.customer_mail import CustomerMail

# Why a booking that is no longer open cannot be changed, by what was asked (the status stays as
# stored: scheduled, cancelled, missed, started).
_NOT_OPEN = {
    "cancelled": QT_TRANSLATE_NOOP(
        "Messages", "This appointment is {status} and cannot be cancelled."
    ),
    "rescheduled": QT_TRANSLATE_NOOP(
        "Messages", "This appointment is {status} and cannot be rescheduled."
    ),
    "started": QT_TRANSLATE_NOOP("Messages", "This appointment is {status} and cannot be started."),
}


class AppointmentBook:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        policies: PolicyLookup | None,
        workstation: str,
        mail: CustomerMail | Callable[[], CustomerMail] | None = None,
    ) -> None:
        """Without `mail`, bookings cannot send an invitation (`invite=True` is refused, and so is
        moving or cancelling an invited booking). `mail` may be a function that makes it, called
        only when a message is due (a command that only lists bookings never reads the settings).
        """
        self._db = db
        self._clock = clock
        self._policies = policies
        self.workstation = workstation
        self._mail = mail

    def book(
        self,
        customer_id: int,
        at: datetime,
        expected_minutes: int | None = None,
        equipment_id: int | None = None,
        tool: RemoteTool | None = None,
        note: str = "",
        override_reason: str = "",
        invite: bool = False,
    ) -> AppointmentRecord:
        """Book a start; with `invite`, the customer's invitation (with its .ics) is queued in the
        same transaction."""
        now = self._clock.now()
        if expected_minutes is not None and expected_minutes < 1:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "An appointment's expected length must be at least one minute."
                ).format()
            )
        with self._db.transaction() as orm:
            customer = customer_row(orm, customer_id)
            if equipment_id is not None:
                equipment = orm.get(EquipmentRow, equipment_id)
                if equipment is None or equipment.customer_id != customer_id:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "That equipment does not belong to this customer."
                        ).format()
                    )
            self._check_time(customer.policy_id, at, now, override_reason)
            row = AppointmentRow(
                customer_id=customer_id,
                equipment_id=equipment_id,
                tool=tool.value if tool else None,
                scheduled_at=at,
                expected_minutes=expected_minutes,
                note=" ".join(note.split()),
                status=AppointmentStatus.BOOKED.value,
                reason=override_reason.strip(),
                created_at=now,
                status_changed_at=now,
            )
            orm.add(row)
            orm.flush()
            if invite:
                self._invite(orm, row)
            return self._record(orm, row)

    def get(self, appointment_id: int) -> AppointmentRecord:
        with self._db.reading() as orm:
            return self._record(orm, self._row(orm, appointment_id))

    def between(self, start: datetime, end: datetime) -> list[AppointmentRecord]:
        """Appointments scheduled in [start, end), in order, whatever their state."""
        with self._db.reading() as orm:
            query = (
                select(AppointmentRow)
                .where(AppointmentRow.scheduled_at >= start, AppointmentRow.scheduled_at < end)
                .order_by(AppointmentRow.scheduled_at, AppointmentRow.id)
            )
            return [self._record(orm, row) for row in orm.scalars(query)]

    def invited_among(self, appointment_ids: Iterable[int]) -> set[int]:
        """Those of the bookings whose customer was invited (the invitation was not discarded)."""
        with self._db.reading() as orm:
            return booking_invitations.invited_among(orm, appointment_ids)

    def cancel(self, appointment_id: int, reason: str = "") -> AppointmentRecord:
        """Cancel a booking; an invited customer gets the cancellation, in the same transaction.
        An invitation not sent yet is withdrawn instead: the customer never had the event."""
        with self._db.transaction() as orm:
            row = self._row(orm, appointment_id, lock=True)
            self._require_open(row, "cancelled")
            self._set_status(row, AppointmentStatus.CANCELLED, reason)
            ids = booking_invitations.bookings(orm, row)
            booking_invitations.withdraw(orm, ids, "Not sent: the booking was cancelled.")
            if booking_invitations.invited(orm, ids):
                self._customer_mail().booking_cancelled(orm, row)
            return self._record(orm, row)

    def reschedule(
        self, appointment_id: int, at: datetime, override_reason: str = "", invite: bool = False
    ) -> AppointmentRecord:
        """A new booking at `at` replaces this one, which stays in the history, linked. If the
        customer was invited, the updated invitation is queued in the same transaction; if not,
        `invite` queues a first invitation (see _tell_moved)."""
        now = self._clock.now()
        with self._db.transaction() as orm:
            old = self._row(orm, appointment_id, lock=True)
            self._require_open(old, "rescheduled")
            self._check_time(old.customer.policy_id, at, now, override_reason)
            self._set_status(old, AppointmentStatus.RESCHEDULED, "")
            new = AppointmentRow(
                customer_id=old.customer_id,
                equipment_id=old.equipment_id,
                tool=old.tool,
                scheduled_at=at,
                expected_minutes=old.expected_minutes,
                note=old.note,
                status=AppointmentStatus.BOOKED.value,
                reason=override_reason.strip(),
                rescheduled_from_id=old.id,
                created_at=now,
                status_changed_at=now,
            )
            orm.add(new)
            orm.flush()
            self._tell_moved(orm, old, new, invite)
            return self._record(orm, new)

    def start(
        self, appointment_id: int, override_reason: str = "", technician: str | None = None
    ) -> SessionDetail:
        """Open the session for a booking (connecting), recorded as run by `technician`. Beyond
        the late tolerance the booking becomes missed and MissedAppointmentError is raised,
        unless `override_reason` is given."""
        now = self._clock.now()
        reason = " ".join(override_reason.split())
        with self._db.transaction() as orm:
            row = self._row(orm, appointment_id, lock=True)
            self._require_open(row, "started")
            policy = self._policy(row.customer.policy_id)
            tolerance = policy.late_tolerance_seconds if policy else None
            late = lateness(row.scheduled_at, now, tolerance)
            too_late = late.must_reschedule or row.status == AppointmentStatus.MISSED
            detail = None
            if not too_late or reason:
                session = Session.open(now)
                if too_late:
                    minutes = late.late_seconds // 60
                    session.override(
                        f"Started {minutes} min late, past the tolerance: {reason}", now
                    )
                detail = self._open_session(orm, row, session, late.late_seconds, technician)
                self._set_status(row, AppointmentStatus.STARTED, reason)
            else:
                self._set_status(row, AppointmentStatus.MISSED, "")
        if detail is None:  # committed as missed first, so the booking shows it
            raise MissedAppointmentError(_missed_message(late), appointment_id)
        return detail

    # -- helpers -----------------------------------------------------------------------------

    def _tell_moved(
        self, orm: OrmSession, old: AppointmentRow, new: AppointmentRow, invite: bool
    ) -> None:
        """What has not gone out about the old time is withdrawn. A customer told of a time gets
        the update "instead of" that time; one who was about to be invited but told nothing yet
        (the invitation was held or queued) gets the invitation for the new time, as does a first
        `invite`. Either way it is the chain's event: the first booking's UID, the next SEQUENCE.
        """
        ids = booking_invitations.bookings(orm, old)
        reason = f"Not sent: the booking was rescheduled (appointment {new.id})."
        pending = booking_invitations.withdraw(orm, ids, reason)
        shown = booking_invitations.last_shown(orm, ids)
        if shown is not None:
            self._customer_mail().booking_moved(orm, shown, new)
        elif pending or invite:
            self._invite(orm, new)

    def _invite(self, orm: OrmSession, row: AppointmentRow) -> None:
        from app.services.customer_mail import booking_tool

        self._customer_mail().invitation(orm, row.customer, booking_tool(row), row)

    def _customer_mail(self) -> CustomerMail:
        if self._mail is None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Mail is not available here, so the customer's invitation or calendar update "
                    "cannot be sent.",
                ).format()
            )
        if callable(self._mail):
            self._mail = self._mail()
        return self._mail

    def _open_session(
        self,
        orm: OrmSession,
        row: AppointmentRow,
        session: Session,
        late_seconds: int,
        technician: str | None,
    ) -> SessionDetail:
        tool = RemoteTool(row.tool) if row.tool else None
        new = session_row(row.customer, row.equipment, tool, "", None, self.workstation, technician)
        new.appointment_id = row.id
        new.late_seconds = late_seconds
        repo = SessionRepository(orm)
        repo.add(new, session)
        return repo.detail(new, session)

    def _check_time(self, policy_id: str, at: datetime, now: datetime, reason: str) -> None:
        if at <= now:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{at} has already passed; book a time in the future."
                ).format(at=at.isoformat())
            )
        policy = self._policy(policy_id)
        if policy is None:
            return
        status = policy.schedule_status(at)
        if status.allowed or reason.strip():
            return
        zone = policy.local_zone()
        nxt = status.next_window_start
        if nxt is None:
            refusal = QT_TRANSLATE_NOOP(
                "Messages",
                "{at:%a %d %b %H:%M} is outside {policy}'s opening hours. "
                "Give a reason to book it anyway.",
            ).format(at=at.astimezone(zone), policy=policy.name)
        else:
            refusal = QT_TRANSLATE_NOOP(
                "Messages",
                "{at:%a %d %b %H:%M} is outside {policy}'s opening hours; the next window opens "
                "{next:%a %d %b %H:%M}. Give a reason to book it anyway.",
            ).format(at=at.astimezone(zone), policy=policy.name, next=nxt)
        raise OutsideHoursError(refusal)

    def _policy(self, policy_id: str) -> Policy | None:
        if not policy_id or self._policies is None:
            return None
        try:
            return self._policies(policy_id)
        except DomainError:
            return None

    @staticmethod
    def _row(orm: OrmSession, appointment_id: int, lock: bool = False) -> AppointmentRow:
        query = select(AppointmentRow).where(AppointmentRow.id == appointment_id)
        row = orm.scalars(query.with_for_update() if lock else query).one_or_none()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "Appointment {id} does not exist.").format(
                    id=appointment_id
                )
            )
        return row

    @staticmethod
    def _require_open(row: AppointmentRow, verb: str) -> None:
        if row.status not in (AppointmentStatus.BOOKED, AppointmentStatus.MISSED):
            raise DomainError(_NOT_OPEN[verb].format(status=row.status))

    def _set_status(self, row: AppointmentRow, status: AppointmentStatus, reason: str) -> None:
        row.status = status.value
        row.status_changed_at = self._clock.now()
        if reason.strip():
            row.reason = reason.strip()

    def _record(self, orm: OrmSession, row: AppointmentRow) -> AppointmentRecord:
        session = orm.execute(
            select(SessionRow.id, SessionRow.state).where(SessionRow.appointment_id == row.id)
        ).first()
        successor = orm.scalar(
            select(AppointmentRow.id).where(AppointmentRow.rescheduled_from_id == row.id)
        )
        policy = self._policy(row.customer.policy_id)
        tolerance = (
            policy.lateness(row.scheduled_at, row.scheduled_at).tolerance_seconds
            if policy
            else None
        )
        return AppointmentRecord(
            id=row.id,
            customer_id=row.customer_id,
            customer_name=row.customer.name,
            equipment_id=row.equipment_id,
            equipment_label=row.equipment.label if row.equipment else "",
            tool=RemoteTool(row.tool) if row.tool else None,
            scheduled_at=row.scheduled_at,
            expected_minutes=row.expected_minutes,
            note=row.note,
            status=AppointmentStatus(row.status),
            session_id=session[0] if session else None,
            session_state=SessionState(session[1]) if session else None,
            rescheduled_from_id=row.rescheduled_from_id,
            rescheduled_to_id=successor,
            reason=row.reason,
            tolerance_seconds=tolerance,
        )


def _missed_message(late: Lateness) -> str:
    limit, minutes = late.tolerance_seconds, late.late_seconds // 60
    if limit is None:
        return QT_TRANSLATE_NOOP(
            "Messages",
            "The customer is {minutes} min late, past the tolerance: the appointment "
            "is now missed; reschedule it, or start anyway with a reason.",
        ).format(minutes=minutes)
    return QT_TRANSLATE_NOOP(
        "Messages",
        "The customer is {minutes} min late, past the {tolerance}-minute tolerance: the "
        "appointment is now missed; reschedule it, or start anyway with a reason.",
    ).format(minutes=minutes, tolerance=limit // 60)
