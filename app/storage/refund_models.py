"""Money given back to a customer from their credit: one row per refund, never changed or
deleted (the migration that creates the table adds triggers that refuse it)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.models import Base
from app.storage.types import Money, UTCDateTime


class RefundRow(Base):
    __tablename__ = "refunds"
    __table_args__ = (Index("ix_refunds_customer_id", "customer_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Decimal] = mapped_column(Money)
    refunded_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")  # e.g. the account it went to
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
