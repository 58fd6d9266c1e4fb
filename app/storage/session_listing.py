"""The session log as plain rows, for lists of many sessions at once (`session list`): one query
of the columns they print, joined to the customer, equipment and price, with no ORM objects and
no per-row conversion into records. The same sessions, in the same order, as
SessionRepository.records for the same filter. Plain SQL on any Reader (app.storage.direct): a
direct connection without SQLAlchemy, or the one a normal transaction holds."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import NamedTuple

from app.core.log_totals import LogTotals, money_by_currency
from app.core.money import quantize
from app.core.records import SessionFilter
from app.storage.direct import Query, Reader, Row, instant_param
from app.storage.instants import utc_from_stored


class ListedSession(NamedTuple):
    """One session as a list shows it; the price fields are None for a session not priced, and
    amounts are rounded to the currency's minor unit as on a SessionRecord's charge."""

    id: int
    customer_id: int
    customer_name: str
    equipment_label: str | None
    tool: str | None
    remote_id: str
    policy_id: str
    state: str
    created_at: datetime
    accepted_at: datetime | None
    ended_at: datetime | None
    paused_seconds: int
    duration_seconds: int | None
    outcome: str | None
    notes: str
    workstation: str
    technician: str | None
    currency: str | None
    net: Decimal | None
    vat: Decimal | None
    total: Decimal | None
    free_seconds: int | None


_LIST = """
SELECT s.id, s.customer_id, c.name, e.label, s.tool, s.remote_id, s.policy_id, s.state,
       s.created_at, s.accepted_at, s.ended_at, s.paused_seconds, s.duration_seconds, s.outcome,
       s.notes, s.workstation, s.technician, ch.currency, ch.net, ch.vat, ch.total,
       ch.free_seconds
FROM sessions AS s
JOIN customers AS c ON c.id = s.customer_id
LEFT JOIN equipment AS e ON e.id = s.equipment_id
LEFT JOIN session_charges AS ch ON ch.session_id = s.id
"""
_IDS = "SELECT s.id FROM sessions AS s\n"
# the expression the indexes of revision 0010 are on (models.SESSION_START)
_START = "coalesce(s.accepted_at, s.created_at)"


def listed_sessions(reader: Reader, flt: SessionFilter) -> list[ListedSession]:
    """The sessions `flt` picks, by when they started (accepted, else opened), then id."""
    where, params = _where(reader, flt)
    order = "DESC" if flt.newest_first else "ASC"
    sql = f"{_LIST}{where}\nORDER BY {_START} {order}, s.id {order}"
    return [_listed(row) for row in reader.rows(sql, params)]


def listed_ids(reader: Reader, flt: SessionFilter) -> Query:
    """The query of the ids of the sessions `flt` picks (to read what belongs to them)."""
    where, params = _where(reader, flt)
    return Query(_IDS + where, params)


_COUNTED = """
SELECT count(*), coalesce(sum(s.duration_seconds), 0) FROM sessions AS s
"""
# The prices, one row per distinct (currency, amount) with how many sessions have it: a few
# hundred rows for a million sessions, added up exactly in Python (SQLite would add the amounts'
# text as floats), whatever the list's length.
_PRICED = """
SELECT ch.currency, ch.total, count(*)
FROM sessions AS s
JOIN session_charges AS ch ON ch.session_id = s.id
"""


def listed_totals(reader: Reader, flt: SessionFilter) -> LogTotals:
    """How many sessions `flt` picks, their time and their price per currency, each price as
    shown (rounded to its currency), added exactly."""
    where, params = _where(reader, flt)
    ((count, seconds),) = reader.rows(_COUNTED + where, params)
    grouped = reader.rows(_PRICED + where + "\nGROUP BY ch.currency, ch.total", params)
    return LogTotals(int(count), int(seconds), money_by_currency(grouped))


def customer_named(reader: Reader, name: str) -> int | None:
    """The id of the customer named `name` as CustomerRepository.by_name finds them (spaces
    collapsed, case ignored), or None."""
    normalised = " ".join(name.split()).lower()
    found = reader.rows("SELECT id FROM customers WHERE lower(name) = ? LIMIT 1", (normalised,))
    return int(found[0][0]) if found else None


def _where(reader: Reader, flt: SessionFilter) -> Query:
    """The WHERE clause (over sessions as `s`) of what `flt` picks, or nothing."""
    terms: list[str] = []
    params: list[object] = []
    if flt.customer_id is not None:
        terms.append("s.customer_id = ?")
        params.append(flt.customer_id)
    if flt.since is not None:
        terms.append(f"? <= {_START}")
        params.append(instant_param(reader, flt.since))
    if flt.until is not None:
        terms.append(f"{_START} < ?")
        params.append(instant_param(reader, flt.until))
    if flt.outcome is not None:
        terms.append("s.outcome = ?")
        params.append(flt.outcome.value)
    if flt.tool is not None:
        terms.append("s.tool = ?")
        params.append(flt.tool.value)
    if flt.technician is not None:
        terms.append("lower(s.technician) = ?")
        params.append(" ".join(flt.technician.split()).lower())
    return Query(("WHERE " + " AND ".join(terms) if terms else ""), tuple(params))


def _instant(value: object) -> datetime | None:
    return None if value is None else utc_from_stored(value)


def _listed(row: Row) -> ListedSession:
    created, accepted, ended = utc_from_stored(row[8]), _instant(row[9]), _instant(row[10])
    currency = row[17]
    if currency is None:
        return ListedSession._make((*row[:8], created, accepted, ended, *row[11:]))
    net, vat, total = (quantize(Decimal(amount), currency) for amount in row[18:21])
    return ListedSession._make(
        (*row[:8], created, accepted, ended, *row[11:18], net, vat, total, row[21])
    )
