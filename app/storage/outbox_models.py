"""The outbox: every message to a customer is written here first, in the transaction of the event
that causes it, and sent later by the mail worker. A row's status says where it stands:

queued → sending → sent; sending → queued (a temporary problem: tried again later) or failed (the
server refused it, or the attempt was interrupted and may or may not have arrived); failed → queued
(retried by the office) or discarded. The sender's address is added when the message is sent, so a
message queued before mail was set up goes out once it is.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.storage.models import Base
from app.storage.types import UTCDateTime


class OutboxRow(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_status_due_at", "status", "due_at"),
        Index("ix_outbox_customer_id", "customer_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))  # invitation, session_summary, invoice, …
    language: Mapped[str] = mapped_column(String(5))
    recipient: Mapped[str] = mapped_column(String(254))  # empty: the customer had no address
    subject: Mapped[str] = mapped_column(Text)
    text_body: Mapped[str] = mapped_column(Text)
    html_body: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(255), unique=True)  # kept across retries
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="RESTRICT"))
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="RESTRICT")
    )
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the next attempt, while queued
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    attempted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the latest attempt
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    attachments: Mapped[list[OutboxAttachmentRow]] = relationship(
        order_by="OutboxAttachmentRow.seq", cascade="all, delete-orphan"
    )


class OutboxAttachmentRow(Base):
    __tablename__ = "outbox_attachments"
    __table_args__ = (
        UniqueConstraint("message_id", "seq", name="uq_outbox_attachments_message_seq"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("outbox.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))  # e.g. application/pdf
    data: Mapped[bytes] = mapped_column(LargeBinary)
