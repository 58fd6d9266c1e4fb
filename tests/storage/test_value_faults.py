"""The net under the checks: a value that still reaches the database and does not fit its column
(a text too long for PostgreSQL's varchar, a number too large for either backend) is bad input —
one sentence, exit status 2 on the command line, nothing saved — not an unexpected problem."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from app.core.errors import DomainError, UnavailableError
from app.storage.database import Database
from app.storage.faults import StoredValueError
from app.storage.models import CustomerRow

CREATED = datetime(2026, 11, 24, 9, tzinfo=UTC)


def customers_in(db: Database) -> int:
    with db.reading() as orm:
        return int(orm.scalar(select(func.count()).select_from(CustomerRow)) or 0)


def add(db: Database, *rows: CustomerRow) -> None:
    with db.transaction() as orm:
        orm.add_all(rows)


def test_a_number_too_large_for_its_column_is_bad_input(db: Database) -> None:
    ana, bruno = (CustomerRow(name="Ana", created_at=CREATED),
                  CustomerRow(id=2**64, name="Bruno", created_at=CREATED))  # fmt: skip
    with pytest.raises(StoredValueError) as caught:
        add(db, ana, bruno)
    error = caught.value
    assert isinstance(error, DomainError)
    assert not isinstance(error, UnavailableError)  # the input is wrong, not the environment
    message = str(error)
    assert message.startswith("The database cannot keep a value given here (")
    assert message.endswith("); nothing was saved: give a shorter text or a smaller number.")
    assert "\n" not in message
    assert customers_in(db) == 0  # Ana, in the same transaction, is not saved either


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_text_too_long_for_postgresqls_column_is_bad_input(db: Database) -> None:
    with pytest.raises(StoredValueError) as caught:
        add(db, CustomerRow(name="x" * 201, created_at=CREATED))
    assert "(value too long for type character varying(200))" in str(caught.value)
    assert customers_in(db) == 0


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_reading_with_a_value_out_of_range_is_bad_input_too(db: Database) -> None:
    def find() -> None:
        with db.reading() as orm:
            orm.scalar(select(CustomerRow).where(CustomerRow.id == 2**40))

    with pytest.raises(StoredValueError):
        find()
