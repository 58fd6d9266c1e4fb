"""Column types shared by the models."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Numeric, String
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

from app.storage.instants import micros_from_utc, utc_from_stored


class _SQLiteInstant(sqlite.DATETIME):
    """A DATETIME column holding whole microseconds since 1970 as an integer: 8 bytes where the
    text form took 26, and compared and sorted as numbers. Values pass through untouched (the
    conversion is UTCDateTime's); the column's declared type stays DATETIME."""

    def bind_processor(self, dialect: Dialect) -> None:
        return None

    def result_processor(self, dialect: Dialect, coltype: object) -> None:
        return None


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC in, aware UTC out. PostgreSQL keeps `timestamptz`; SQLite, which has no time
    type, keeps whole microseconds since 1970-01-01 00:00 UTC as an integer (revision 0012;
    before, the UTC wall time as text), so ordering by the column is ordering by instant."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return _SQLiteInstant()  # type: ignore[no-untyped-call]  # SQLAlchemy's, untyped
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetimes are not stored; give a time zone")
        if dialect.name == "sqlite":
            return micros_from_utc(value)
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return utc_from_stored(value)


class Money(TypeDecorator[Decimal]):
    """Exact Decimal amounts. PostgreSQL keeps NUMERIC(14, 4), room for any currency's minor unit;
    SQLite, whose NUMERIC is a float, keeps the decimal text. Rounding happens in app.core."""

    impl = Numeric(14, 4)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(32))
        return dialect.type_descriptor(Numeric(14, 4, asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError("money is stored from Decimal, never from float")
        return str(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)
