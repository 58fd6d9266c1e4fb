"""The outbox as the office sees it: what was queued, sent or failed, a preview of each message,
and retrying or discarding the ones that failed. Messages are added by `Outbox.add` inside the
transaction of the event that causes them (a session ending, a document issued, a booking).

With the `mail.review` setting a message is added *held*: the sender never takes it until the
technician has previewed it and released it (held → queued) or discarded it; a failed message
retried then is held again, to be previewed again. `held` is one more value of the outbox's status
column (a String(16)), so it needs no migration.

A calendar message (invitation, update) is about one booking; once that booking has been
rescheduled, cancelled or started it is out of date, and neither released nor retried: the customer
must not get a time that no longer holds (see booking_invitations)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session as OrmSession

from app.core.appointment import AppointmentStatus
from app.core.clock import Clock
from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.mail.composer import Attachment, MailContent, new_message_id
from app.mail.templates import MailKind, RenderedMail
from app.services.errors import NotFoundError
from app.storage.database import Database
from app.storage.models import AppointmentRow, CustomerRow
from app.storage.outbox_models import OutboxAttachmentRow, OutboxRow
from app.storage.outbox_queue import DISCARDED, FAILED, QUEUED, SENDING, SENT, OutboxQueue

HELD = "held"  # waiting for the technician's review; the sender only takes `queued` messages
STATUSES = (QUEUED, HELD, SENDING, SENT, FAILED, DISCARDED)
OPEN_BOOKING = (AppointmentStatus.BOOKED.value, AppointmentStatus.MISSED.value)


@dataclass(frozen=True, slots=True)
class MailDraft:
    """A message ready to be queued, and what it is about."""

    kind: MailKind
    language: str
    recipient: str  # empty: the customer has no address (queued as failed, visibly)
    rendered: RenderedMail
    attachments: tuple[Attachment, ...] = ()
    customer_id: int | None = None
    session_id: int | None = None
    appointment_id: int | None = None
    document_id: int | None = None


@dataclass(frozen=True, slots=True)
class OutboxRecord:
    """One message, for the outbox view and `assistdesk mail outbox`."""

    id: int
    kind: str
    recipient: str
    subject: str
    status: str  # queued, held, sending, sent, failed or discarded
    attempts: int
    last_error: str
    message_id: str
    created_at: datetime
    due_at: datetime
    sent_at: datetime | None
    customer_id: int | None
    attachments: tuple[str, ...]  # file names


class Outbox:
    def __init__(
        self, db: Database, clock: Clock, review: bool | Callable[[], bool] = False
    ) -> None:
        """`review`: the `mail.review` setting, as for queueing (CustomerMail), or what reads it
        when asked: a retried message is held for the technician's preview rather than queued."""
        self._db = db
        self._clock = clock
        self._review = review if callable(review) else (lambda: review)

    @staticmethod
    def add(
        orm: OrmSession, draft: MailDraft, now: datetime, sender: str = "", held: bool = False
    ) -> OutboxRow:
        """Queue `draft` in the caller's transaction: it is kept exactly when the event is. `held`:
        it waits for the technician's release (one without an address fails visibly all the same).
        """
        no_address = not draft.recipient
        row = OutboxRow(
            kind=draft.kind.value, language=draft.language, recipient=draft.recipient,
            subject=draft.rendered.subject, text_body=draft.rendered.text,
            html_body=draft.rendered.html, message_id=new_message_id(sender),
            customer_id=draft.customer_id, session_id=draft.session_id,
            appointment_id=draft.appointment_id, document_id=draft.document_id,
            status=FAILED if no_address else HELD if held else QUEUED, attempts=0, due_at=now,
            created_at=now,
            last_error="The customer has no email address; add one, then retry." if no_address
            else "",
            attachments=[
                OutboxAttachmentRow(seq=i, filename=a.filename, content_type=a.content_type,
                                    data=a.data)
                for i, a in enumerate(draft.attachments, 1)
            ],
        )  # fmt: skip
        return OutboxQueue(orm).add(row)

    def list(
        self, status: str | None = None, offset: int = 0, limit: int | None = None
    ) -> list[OutboxRecord]:
        """Newest first; plain records, safe to hand to another thread."""
        if status is not None and status not in STATUSES:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Unknown status {status!r}; use one of {statuses}."
                ).format(status=status, statuses=", ".join(STATUSES))
            )
        with self._db.reading() as orm:
            return [record(row) for row in OutboxQueue(orm).rows(status, offset, limit)]

    def get(self, message_id: int) -> OutboxRecord:
        with self._db.reading() as orm:
            return record(_row(orm, message_id))

    def preview(self, message_id: int) -> RenderedMail:
        """The message as it will be (or was) sent: subject, text and HTML."""
        with self._db.reading() as orm:
            row = _row(orm, message_id)
            return RenderedMail(row.subject, row.text_body, row.html_body)

    def retry(self, message_id: int) -> OutboxRecord:
        """Queue a failed message again, due now (held for review again with `review`); one
        without an address takes the customer's."""
        with self._db.transaction() as orm:
            row = _row(orm, message_id, lock=True)
            if row.status != FAILED:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Message {id} is {status}; only a failed one is retried."
                    ).format(id=message_id, status=row.status)
                )
            _require_current(orm, row)
            if not row.recipient:
                customer = orm.get(CustomerRow, row.customer_id) if row.customer_id else None
                if customer is None or not customer.email:
                    raise DomainError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Message {id} has no recipient; add the customer's email first.",
                        ).format(id=message_id)
                    )
                row.recipient = customer.email
            row.status = HELD if self._review() else QUEUED
            row.due_at, row.last_error = self._clock.now(), ""
            return record(row)

    def release(self, message_id: int) -> OutboxRecord:
        """Send a held message: the technician has reviewed it. It is queued, due now."""
        with self._db.transaction() as orm:
            row = _row(orm, message_id, lock=True)
            if row.status != HELD:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Message {id} is {status}; only a held one is released."
                    ).format(id=message_id, status=row.status)
                )
            _require_current(orm, row)
            row.status, row.due_at = QUEUED, self._clock.now()
            return record(row)

    def discard(self, message_id: int) -> OutboxRecord:
        """Give up on a queued, held or failed message; it stays listed as discarded."""
        with self._db.transaction() as orm:
            row = _row(orm, message_id, lock=True)
            if row.status not in (QUEUED, HELD, FAILED):
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Message {id} is {status}; only a queued, held or failed one "
                        "can be discarded.",
                    ).format(id=message_id, status=row.status)
                )
            row.status = DISCARDED
            return record(row)

    def counts(self) -> dict[str, int]:
        with self._db.reading() as orm:
            return OutboxQueue(orm).counts()


def content(row: OutboxRow) -> MailContent:
    attachments = tuple(Attachment(a.filename, a.content_type, a.data) for a in row.attachments)
    return MailContent(row.recipient, row.subject, row.text_body, row.html_body, row.message_id,
                       attachments)  # fmt: skip


def record(row: OutboxRow) -> OutboxRecord:
    return OutboxRecord(
        row.id, row.kind, row.recipient, row.subject, row.status, row.attempts, row.last_error,
        row.message_id, row.created_at, row.due_at, row.sent_at, row.customer_id,
        tuple(a.filename for a in row.attachments),
    )  # fmt: skip


def _require_current(orm: OrmSession, row: OutboxRow) -> None:
    """Refuse an invitation or update whose booking is no longer the open one of its chain (it
    was rescheduled, cancelled or started): its time no longer holds. A cancellation is always
    about a cancelled booking, so it stays sendable."""
    if row.appointment_id is None or row.kind == MailKind.CANCELLATION.value:
        return
    booking = orm.get(AppointmentRow, row.appointment_id)
    if booking is not None and booking.status not in OPEN_BOOKING:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Message {id} is about appointment {appointment}, which is {status}, so "
                "it is out of date and cannot be sent.",
            ).format(id=row.id, appointment=booking.id, status=booking.status)
        )


def _row(orm: OrmSession, message_id: int, lock: bool = False) -> OutboxRow:
    row = orm.get(OutboxRow, message_id, with_for_update=lock)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "There is no message {id} in the outbox.").format(
                id=message_id
            )
        )
    return row
