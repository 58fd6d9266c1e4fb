"""An issued document emailed to its customer after it was issued (the Invoices window's *Email…*,
`assistdesk invoice send`), and what became of each document's mail.

The message is the one `--send` queues when a document is issued: the document's own template in
its language, the PDF rendered again from what was stored (the same bytes as when issued)
attached, to the customer's email address as it is now. It goes through the outbox like every
message (held for review when the office reviews mail first) and is sent by the mail worker; a
document may be sent again (a customer who lost it), each time as a message of its own. A
document's mail state is its latest message's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from app.services.customer_mail import CustomerMail
from app.services.document_records import stored_document
from app.services.invoicing import InvoiceDesk
from app.services.outbox import MailDraft, OutboxRecord, record
from app.storage.database import Database
from app.storage.document_models import DocumentRow
from app.storage.outbox_models import OutboxRow


@dataclass(frozen=True, slots=True)
class MailState:
    """The latest message about one document."""

    status: str  # queued, held, sending, sent, failed or discarded (app.storage.outbox_models)
    recipient: str
    when: datetime  # when it was sent, else when it was queued
    error: str  # why it failed, when it did


class DocumentMail:
    def __init__(self, db: Database, desk: InvoiceDesk, mail: CustomerMail) -> None:
        self._db, self._desk, self._mail = db, desk, mail

    def preview(self, number: str) -> MailDraft:
        """The message `send` would queue for document `number`, not queued."""
        with self._db.reading() as orm:
            return self._draft(orm, number)

    def send(self, number: str) -> OutboxRecord:
        """Queue document `number` for its customer now; refused (one sentence) when the
        customer has no email address, nothing queued."""
        with self._db.transaction() as orm:
            queued = self._mail.queue(orm, self._draft(orm, number))
            orm.flush()
            return record(queued)

    def _draft(self, orm: OrmSession, number: str) -> MailDraft:
        """The document's message, its PDF rendered again from what was stored (the same bytes
        as when issued), read in the caller's transaction."""
        row = self._desk.find(orm, number)
        document = stored_document(row)
        pdf = self._desk.renderer(document)
        return self._mail.document_draft(orm, document, pdf, row.customer_id, row.id)

    @property
    def server_set(self) -> bool:
        """Whether mail can go now: without an SMTP server in the settings, what is queued waits
        in the outbox until one is given."""
        return self._mail.server_set

    def states(self) -> dict[str, MailState]:
        """By document number, the latest message about each document that has one."""
        query = (
            select(DocumentRow.number, OutboxRow.status, OutboxRow.recipient, OutboxRow.sent_at,
                   OutboxRow.created_at, OutboxRow.last_error)
            .join(DocumentRow, DocumentRow.id == OutboxRow.document_id)
            .order_by(OutboxRow.id)
        )  # fmt: skip
        with self._db.reading() as orm:
            return {
                number: MailState(status, recipient, sent_at or created_at, error)
                for number, status, recipient, sent_at, created_at, error in orm.execute(query)
            }
