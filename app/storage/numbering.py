"""Taking the next number of a series inside the issuing transaction.

The counter row is created if missing (insert-or-ignore), then locked (`FOR UPDATE` on PostgreSQL;
on SQLite the issuing transaction already holds the write lock, see engine.py) and advanced. Two
workstations issuing at once therefore wait for each other and get consecutive numbers; a
transaction that fails rolls its number back with it, so there is never a gap.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session as OrmSession

from app.storage.document_models import DocumentRow, SeriesCounterRow


def take_number(orm: OrmSession, series: str, year: int) -> int:
    dialect = orm.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    orm.execute(
        insert(SeriesCounterRow)
        .values(series=series, year=year, next_seq=1)
        .on_conflict_do_nothing(index_elements=["series", "year"])
    )
    current = orm.scalar(
        select(SeriesCounterRow.next_seq)
        .where(SeriesCounterRow.series == series, SeriesCounterRow.year == year)
        .with_for_update()
    )
    assert current is not None
    orm.execute(
        update(SeriesCounterRow)
        .where(SeriesCounterRow.series == series, SeriesCounterRow.year == year)
        .values(next_seq=current + 1)
    )
    return int(current)


def number_taken(orm: OrmSession, number: str) -> bool:
    """Whether a document already has this number: a format changed in the middle of a year can
    make again a number an earlier format made."""
    found = orm.scalar(select(DocumentRow.id).where(DocumentRow.number == number).limit(1))
    return found is not None
