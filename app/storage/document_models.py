"""Issued documents (invoices, statements, receipts, credit notes), their series counters and the
payments recorded against invoices. A document row never changes once written: the services
refuse it and database triggers refuse it too (see the migration that creates these tables)."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.orm import Session as OrmSession

from app.storage.models import Base, CustomerRow
from app.storage.types import Money, UTCDateTime


class SeriesCounterRow(Base):
    """The next number of a series in a year; taken with a row lock inside the issuing
    transaction, never from COUNT or MAX, so numbers are gapless across workstations."""

    __tablename__ = "series_counters"

    series: Mapped[str] = mapped_column(String(10), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_seq: Mapped[int] = mapped_column(Integer)


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("series", "year", "seq", name="uq_documents_series_year_seq"),
        Index("ix_documents_customer_id", "customer_id"),
        Index("ix_documents_kind_issued_at_id", "kind", "issued_at", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # invoice, statement, receipt, credit_note
    series: Mapped[str] = mapped_column(String(10))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_date: Mapped[date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    net: Mapped[Decimal] = mapped_column(Money)
    vat_total: Mapped[Decimal] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="RESTRICT"))
    # The printed document, to render again: its JSON without the logo, deflated (see
    # app.documents.snapshot.pack); the logo is kept once among the assets (revision 0011).
    content: Mapped[bytes] = mapped_column(LargeBinary)
    logo_sha256: Mapped[str | None] = mapped_column(
        String(64), ForeignKey("document_assets.sha256")
    )
    pdf_sha256: Mapped[str] = mapped_column(String(64))

    customer: Mapped[CustomerRow] = relationship()
    lines: Mapped[list[DocumentLineRow]] = relationship(order_by="DocumentLineRow.seq")
    logo: Mapped[DocumentAssetRow | None] = relationship()


class DocumentAssetRow(Base):
    """What many documents print alike, kept once by its SHA-256: the company's logo. Written
    once, never changed (triggers refuse it, see 0011)."""

    __tablename__ = "document_assets"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


# The constraint that keeps a session off a second invoice in the same billing round, whichever
# workstation issues it: a session is billed again only in the round after its last release.
INVOICED_ONCE = "uq_document_lines_session_round"


class DocumentLineRow(Base):
    __tablename__ = "document_lines"
    __table_args__ = (
        UniqueConstraint("document_id", "seq", name="uq_document_lines_document_seq"),
        # Only invoice and statement lines carry a session, each in a billing round (1, 2, ...).
        UniqueConstraint("session_id", "billing_round", name=INVOICED_ONCE),
        CheckConstraint(
            "(session_id IS NULL AND billing_round IS NULL) "
            "OR (session_id IS NOT NULL AND billing_round IS NOT NULL AND billing_round >= 1)",
            name="session_round",
        ),
        CheckConstraint(
            "credited_line_id IS NULL OR session_id IS NULL", name="credit_line_no_session"
        ),
        Index("ix_document_lines_credited_line_id", "credited_line_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="RESTRICT"))
    seq: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(Money)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    net: Mapped[Decimal] = mapped_column(Money)
    vat_percent: Mapped[Decimal] = mapped_column(Money)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="RESTRICT"))
    billing_round: Mapped[int | None] = mapped_column(Integer)
    # On a credit note: the invoice line it credits (none on notes issued before revision 0008).
    credited_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_lines.id", ondelete="RESTRICT")
    )


class SessionReleaseRow(Base):
    """A credit note gave back a session's line of one billing round: the session may be invoiced
    again, in the next round. Written once, never changed (triggers refuse it, see 0008)."""

    __tablename__ = "session_releases"
    __table_args__ = (
        UniqueConstraint("session_id", "billing_round", name="uq_session_releases_session_round"),
        ForeignKeyConstraint(
            ["session_id", "billing_round"],
            ["document_lines.session_id", "document_lines.billing_round"],
            ondelete="RESTRICT",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(Integer)
    billing_round: Mapped[int] = mapped_column(Integer)
    credit_note_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="RESTRICT"))
    released_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PaymentRow(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="RESTRICT"))
    paid_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))
    amount: Mapped[Decimal] = mapped_column(Money)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="RESTRICT"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


def keep_asset(orm: OrmSession, data: bytes) -> str:
    """Keep `data` among the document assets unless it is there already; return its SHA-256.
    Two workstations keeping the same new logo at once both succeed (nothing is inserted twice)."""
    digest = hashlib.sha256(data).hexdigest()
    kept = select(DocumentAssetRow.sha256).where(DocumentAssetRow.sha256 == digest)
    if orm.scalar(kept) is None:  # (the bytes are not read back, nor sent again)
        dialect = orm.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        orm.execute(
            insert(DocumentAssetRow).values(sha256=digest, data=data).on_conflict_do_nothing()
        )
    return digest
