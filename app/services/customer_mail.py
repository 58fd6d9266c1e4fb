"""What AssistDesk tells a customer, and when: the session summary when a session ends (if the
policy or the technician asks), the invitation with a booking or before a session, the updated
invitation or the cancellation when an invited booking moves or is cancelled, and an issued
document with its PDF. Each is queued in the outbox inside the transaction of its event (held for
review with `mail.review`); the `*_draft` methods render the same message without queueing it, for
a preview."""

from __future__ import annotations

import logging
from datetime import tzinfo

from sqlalchemy.orm import Session as OrmSession

from app.core.clock import Clock
from app.core.errors import DomainError
from app.core.invoice_document import DocumentKind, PrintedDocument
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.policy import CustomerMail as PolicyMail
from app.core.policy import Policy
from app.core.remote_tool import RemoteTool
from app.mail.composer import Attachment
from app.mail.formatting import MailFormat
from app.mail.templates import MailKind, MailTemplates
from app.services import booking_invitations, mail_values
from app.services.appointment_calendar import (
    CANCEL,
    REQUEST,
    CalendarMessage,
    booking_ics,
    booking_uid,
)
from app.services.charging import SessionCharger
from app.services.errors import NotFoundError
from app.services.lookups import customer_row
from app.services.outbox import MailDraft, Outbox, OutboxRecord, record
from app.settings import Settings
from app.storage.database import Database
from app.storage.models import AppointmentRow, CustomerRow, SessionRow
from app.storage.outbox_models import OutboxRow

log = logging.getLogger(__name__)

DOCUMENT_KINDS = {
    DocumentKind.INVOICE: MailKind.INVOICE, DocumentKind.STATEMENT: MailKind.INVOICE,
    DocumentKind.RECEIPT: MailKind.RECEIPT, DocumentKind.CREDIT_NOTE: MailKind.CREDIT_NOTE,
}  # fmt: skip


class CustomerMail:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: Settings,
        templates: MailTemplates,
        charger: SessionCharger | None = None,
    ) -> None:
        self._db, self._clock, self._settings = db, clock, settings
        self._templates, self._charger = templates, charger

    # -- inside the event's transaction ----------------------------------------------------------

    def session_ended(self, orm: OrmSession, row: SessionRow, requested: bool | None) -> None:
        """Queue the summary if the technician asked (`True`), or did not say (`None`) and the
        session's policy asks. A customer without an address gets a visibly failed message."""
        policy = self._policy(row.policy_id or row.customer.policy_id)
        wanted = bool(policy and policy.mail.session_summary) if requested is None else requested
        if not wanted:
            return
        try:
            draft = self.summary_draft(orm, row, policy)
        except (OSError, DomainError):  # AssistDesk's own templates are missing or unreadable
            log.exception("session %s ended without its summary", row.id)
            return  # the session's end matters more than its summary
        self._queue(orm, draft)

    @property
    def server_set(self) -> bool:
        """Whether the settings name an SMTP server: without one, messages wait in the outbox
        (they go once one is given)."""
        return bool(self._settings.written("mail.server"))

    def document_issued(
        self, orm: OrmSession, document: PrintedDocument, pdf: bytes, customer_id: int,
        document_id: int,
    ) -> OutboxRow:  # fmt: skip
        """Queue the document for its customer (who must have an email address)."""
        return self._queue(orm, self.document_draft(orm, document, pdf, customer_id, document_id))

    def document_draft(
        self, orm: OrmSession, document: PrintedDocument, pdf: bytes, customer_id: int,
        document_id: int,
    ) -> MailDraft:  # fmt: skip
        """The message that carries the document, its PDF attached, as it would be queued."""
        customer = self._customer(orm, customer_id, required_email=True)
        kind = DOCUMENT_KINDS[document.kind]
        fmt = MailFormat(document.language, mail_values.office_zone(self._settings))
        values = mail_values.document(self._settings, fmt, document, customer)
        attachment = Attachment(values["attachment_name"], "application/pdf", pdf)
        return MailDraft(kind, fmt.language, customer.email,
                         self._templates.render(kind, fmt.language, values), (attachment,),
                         customer_id=customer_id, document_id=document_id)  # fmt: skip

    def invitation(
        self,
        orm: OrmSession,
        customer: CustomerRow,
        tool: RemoteTool | None = None,
        appointment: AppointmentRow | None = None,
    ) -> OutboxRow:
        if not customer.email:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{name} has no email address; add one to send an invitation."
                ).format(name=customer.name)
            )
        return self._queue(orm, self.invitation_draft(orm, customer, tool, appointment))

    def booking_moved(self, orm: OrmSession, old: AppointmentRow, new: AppointmentRow) -> OutboxRow:
        """Queue the updated invitation of an invited booking (same event, next SEQUENCE); `old`
        is the booking the customer was last told of, the time it replaces. Without an address it
        is queued as failed, visibly: the reschedule itself stands."""
        policy = self._policy(new.customer.policy_id)
        fmt = MailFormat(self._language(policy), self._zone(policy))
        mail = policy.mail if policy else PolicyMail()
        values = mail_values.rescheduled(self._settings, fmt, self._tool(booking_tool(new), policy),
                                         mail, new, old)  # fmt: skip
        rendered = self._templates.render(MailKind.RESCHEDULED, fmt.language, values)
        ics = self._calendar(orm, new, new.customer, REQUEST, fmt.language)
        return self._queue(orm, MailDraft(MailKind.RESCHEDULED, fmt.language, new.customer.email,
                                          rendered, (ics,), customer_id=new.customer_id,
                                          appointment_id=new.id))  # fmt: skip

    def booking_cancelled(self, orm: OrmSession, row: AppointmentRow) -> OutboxRow:
        """Queue the cancellation of an invited booking (METHOD:CANCEL); as above without an
        address: the cancellation stands, the message fails visibly."""
        policy = self._policy(row.customer.policy_id)
        fmt = MailFormat(self._language(policy), self._zone(policy))
        values = mail_values.cancellation(self._settings, fmt, row)
        rendered = self._templates.render(MailKind.CANCELLATION, fmt.language, values)
        ics = self._calendar(orm, row, row.customer, CANCEL, fmt.language)
        return self._queue(orm, MailDraft(MailKind.CANCELLATION, fmt.language, row.customer.email,
                                          rendered, (ics,), customer_id=row.customer_id,
                                          appointment_id=row.id))  # fmt: skip

    # -- on their own --------------------------------------------------------------------------

    def invite(self, customer_id: int, tool: RemoteTool | None = None) -> OutboxRecord:
        """Queue an invitation before a session that has no booking."""
        with self._db.transaction() as orm:
            row = self.invitation(orm, self._customer(orm, customer_id, True), tool)
            return record(row)

    def send_summary(self, session_id: int) -> OutboxRecord:
        """Queue the summary of an ended session now (the technician asked afterwards)."""
        with self._db.transaction() as orm:
            row = self._ended(orm, session_id)
            policy = self._policy(row.policy_id or row.customer.policy_id)
            return record(self._queue(orm, self.summary_draft(orm, row, policy)))

    def preview_summary(self, session_id: int) -> MailDraft:
        with self._db.reading() as orm:
            row = self._ended(orm, session_id)
            policy = self._policy(row.policy_id or row.customer.policy_id)
            return self.summary_draft(orm, row, policy)

    def preview_invitation(
        self, customer_id: int, tool: RemoteTool | None = None, appointment_id: int | None = None
    ) -> MailDraft:
        with self._db.reading() as orm:
            appointment = orm.get(AppointmentRow, appointment_id) if appointment_id else None
            customer = self._customer(orm, customer_id, False)
            return self.invitation_draft(orm, customer, tool, appointment)

    # -- drafts --------------------------------------------------------------------------------

    def summary_draft(self, orm: OrmSession, row: SessionRow, policy: Policy | None) -> MailDraft:
        fmt = MailFormat(self._language(policy), self._zone(policy))
        free = self._charger.allowance_after(orm, row) if self._charger else None
        values = mail_values.summary(self._settings, fmt, row, free)
        rendered = self._templates.render(MailKind.SESSION_SUMMARY, fmt.language, values)
        return MailDraft(MailKind.SESSION_SUMMARY, fmt.language, row.customer.email, rendered,
                         customer_id=row.customer_id, session_id=row.id)  # fmt: skip

    def invitation_draft(
        self,
        orm: OrmSession,
        customer: CustomerRow,
        tool: RemoteTool | None,
        appointment: AppointmentRow | None,
    ) -> MailDraft:
        policy = self._policy(customer.policy_id)
        tool = self._tool(tool, policy)
        fmt = MailFormat(self._language(policy), self._zone(policy))
        mail = policy.mail if policy else PolicyMail()
        values = mail_values.invitation(self._settings, fmt, customer, tool, mail, appointment)
        rendered = self._templates.render(MailKind.INVITATION, fmt.language, values)
        attachments: tuple[Attachment, ...] = ()
        if appointment is not None:
            attachments = (self._calendar(orm, appointment, customer, REQUEST, fmt.language),)
        return MailDraft(MailKind.INVITATION, fmt.language, customer.email, rendered, attachments,
                         customer_id=customer.id,
                         appointment_id=appointment.id if appointment else None)  # fmt: skip

    # -- helpers -------------------------------------------------------------------------------

    def queue(self, orm: OrmSession, draft: MailDraft) -> OutboxRow:
        """Queue a message made here (document_draft, say) in the caller's transaction."""
        return self._queue(orm, draft)

    def _queue(self, orm: OrmSession, draft: MailDraft) -> OutboxRow:
        held = bool(self._settings["mail.review"])  # the technician previews, then releases it
        row = Outbox.add(orm, draft, self._clock.now(), self._sender(), held)
        if not draft.recipient:
            log.warning("mail %s (%s) has no recipient: the customer has no email address",
                        row.id, draft.kind.value)  # fmt: skip
        return row

    def _calendar(
        self, orm: OrmSession, row: AppointmentRow, customer: CustomerRow, method: str,
        language: str,
    ) -> Attachment:  # fmt: skip
        """The booking's calendar file: the first booking's UID, the next SEQUENCE."""
        ids = booking_invitations.bookings(orm, row)
        company = self._settings["company.name"]
        message = CalendarMessage(
            booking_uid(ids[-1]), booking_invitations.sequence(orm, ids), method, row.scheduled_at,
            row.expected_minutes, mail_values.event_title(language, company), self._sender(),
            company, customer.email, customer.name,
        )  # fmt: skip
        name = "cancellation.ics" if method == CANCEL else "appointment.ics"
        data = booking_ics(message, self._clock.now())
        return Attachment(name, f"text/calendar; method={method}", data)

    def _sender(self) -> str:
        return str(self._settings["mail.sender"] or self._settings["company.email"])

    @staticmethod
    def _tool(tool: RemoteTool | None, policy: Policy | None) -> RemoteTool | None:
        """The booking's program, else the policy's first."""
        if tool is None and policy is not None and policy.tools.preferred:
            return policy.tools.preferred[0]
        return tool

    def _policy(self, policy_id: str) -> Policy | None:
        return self._charger.policy(policy_id) if self._charger and policy_id else None

    def _language(self, policy: Policy | None) -> str:
        return (policy.mail.language if policy else "") or self._settings["documents.language"]

    def _zone(self, policy: Policy | None) -> tzinfo:
        zone = policy.local_zone() if policy else None
        return zone or mail_values.office_zone(self._settings)

    @staticmethod
    def _customer(orm: OrmSession, customer_id: int, required_email: bool) -> CustomerRow:
        customer = customer_row(orm, customer_id)
        if required_email and not customer.email:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{name} has no email address; add one to send mail."
                ).format(name=customer.name)
            )
        return customer

    @staticmethod
    def _ended(orm: OrmSession, session_id: int) -> SessionRow:
        row = orm.get(SessionRow, session_id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "Session {id} does not exist.").format(id=session_id)
            )
        if row.ended_at is None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Session {id} has not ended; a summary follows its end."
                ).format(id=session_id)
            )
        return row


def booking_tool(row: AppointmentRow) -> RemoteTool | None:
    """The program named on the booking, else on its equipment."""
    if row.tool:
        return RemoteTool(row.tool)
    if row.equipment is not None and row.equipment.tool:
        return RemoteTool(row.equipment.tool)
    return None
