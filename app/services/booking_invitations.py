"""Which bookings the customer was invited to, read from the outbox rather than stored on the
appointment: an invitation queued for a booking (or for the booking it was rescheduled from) and
not discarded means the customer has, or will have, the event in their calendar, so a later
reschedule or cancellation must tell that calendar. The outbox rows also give the next SEQUENCE of
the event: one more than the calendar messages ever queued for it, discarded ones included, so it
only increases.

When a booking moves or is cancelled, its chain's calendar messages that have not gone out yet
(held for review or queued) are withdrawn — discarded, with the reason — in the same transaction:
they carry a time that no longer holds. What did go out (sending, sent, or failed, which may have
arrived) is what the customer was told: the update is "instead of" that, and a customer told
nothing yet is sent the invitation for the new time instead."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from app.mail.templates import MailKind
from app.services.outbox import HELD
from app.storage.models import AppointmentRow
from app.storage.outbox_models import OutboxRow
from app.storage.outbox_queue import DISCARDED, QUEUED

CALENDAR_KINDS = (MailKind.INVITATION.value, MailKind.RESCHEDULED.value,
                  MailKind.CANCELLATION.value)  # fmt: skip
INVITING_KINDS = (MailKind.INVITATION.value, MailKind.RESCHEDULED.value)


def bookings(orm: OrmSession, row: AppointmentRow) -> list[int]:
    """`row`'s id, then the bookings it replaced, back to the first one (the event's UID)."""
    ids = [row.id]
    earlier = row.rescheduled_from_id
    while earlier is not None and earlier not in ids:
        ids.append(earlier)
        earlier = orm.scalar(
            select(AppointmentRow.rescheduled_from_id).where(AppointmentRow.id == earlier)
        )
    return ids


def sequence(orm: OrmSession, ids: list[int]) -> int:
    """The SEQUENCE of the next calendar message about these bookings: 0 for the first."""
    query = select(func.count()).where(
        OutboxRow.appointment_id.in_(ids), OutboxRow.kind.in_(CALENDAR_KINDS)
    )
    return int(orm.scalar(query) or 0)


def invited(orm: OrmSession, ids: list[int]) -> bool:
    """Whether an invitation (or an update) for these bookings is in the outbox, not discarded."""
    query = select(OutboxRow.id).where(
        OutboxRow.appointment_id.in_(ids),
        OutboxRow.kind.in_(INVITING_KINDS),
        OutboxRow.status != DISCARDED,
    )
    return orm.scalar(query.limit(1)) is not None


def withdraw(orm: OrmSession, ids: list[int], reason: str) -> bool:
    """Discard the held or queued calendar messages about these bookings, with `reason`; whether
    an invitation or update was among them (the customer was about to be invited)."""
    query = select(OutboxRow).where(
        OutboxRow.appointment_id.in_(ids),
        OutboxRow.kind.in_(CALENDAR_KINDS),
        OutboxRow.status.in_((QUEUED, HELD)),
    )
    inviting = False
    for row in orm.scalars(query.with_for_update()):  # the sender claims only a queued one
        row.status, row.last_error = DISCARDED, reason
        inviting = inviting or row.kind in INVITING_KINDS
    orm.flush()
    return inviting


def last_shown(orm: OrmSession, ids: list[int]) -> AppointmentRow | None:
    """The booking of the newest invitation or update not discarded: the time the customer was
    last told of (None: none went out)."""
    query = (
        select(OutboxRow.appointment_id)
        .where(
            OutboxRow.appointment_id.in_(ids),
            OutboxRow.kind.in_(INVITING_KINDS),
            OutboxRow.status != DISCARDED,
        )
        .order_by(OutboxRow.id.desc())
        .limit(1)
    )
    appointment_id = orm.scalar(query)
    return orm.get(AppointmentRow, appointment_id) if appointment_id is not None else None


def invited_among(orm: OrmSession, appointment_ids: Iterable[int]) -> set[int]:
    """The given bookings the customer was invited to (directly or before a reschedule)."""
    found = set()
    for appointment_id in appointment_ids:
        row = orm.get(AppointmentRow, appointment_id)
        if row is not None and invited(orm, bookings(orm, row)):
            found.add(appointment_id)
    return found
