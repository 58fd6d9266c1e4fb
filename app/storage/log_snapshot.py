"""The session log's first page, read with the database's own driver alone.

Starting the app imports SQLAlchemy (about twice the cost of showing a window). So that the log is
on screen at once, the GUI first reads its first page here, read-only: from a SQLite file with the
standard library's sqlite3 (on the UI thread: a local file, an indexed query, a 0.2 s lock wait at
most), or from PostgreSQL with psycopg (on a worker thread: a server may be slow to answer), once
the database is already at this version's schema; the database is then opened properly in the
background and takes over. Any doubt (another database, another schema, a locked or missing file,
a server that refuses or does not answer within seconds) returns None and the page simply waits
for the normal path. The query reads the index on when sessions started (revision 0010), so the
first page costs the same on a log of a million sessions as on an empty one. A test keeps it equal
to SessionService.list on both backends.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from app.core.money import quantize
from app.core.records import ChargeSummary, SessionRecord
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome, SessionState
from app.storage.direct import postgres_conninfo as postgres_conninfo  # launch reads it here
from app.storage.direct import sqlite_path
from app.storage.instants import utc_from_stored
from app.storage.revisions import HEAD

_CONNECT_TIMEOUT_S = 3  # libpq's: a server that does not answer leaves the page to the normal path

FIRST_PAGE = """
SELECT s.id, s.customer_id, c.name, e.label, s.tool, s.remote_id, s.policy_id, s.workstation,
       s.state, s.created_at, s.accepted_at, s.ended_at, s.paused_seconds, s.duration_seconds,
       s.outcome, s.notes, ch.currency, ch.net, ch.vat, ch.total, ch.free_seconds,
       ch.billable_seconds, ch.out_of_hours, ch.over_max, s.appointment_id, s.technician
FROM sessions AS s
JOIN customers AS c ON c.id = s.customer_id
LEFT JOIN equipment AS e ON e.id = s.equipment_id
LEFT JOIN session_charges AS ch ON ch.session_id = s.id
ORDER BY coalesce(s.accepted_at, s.created_at) DESC, s.id DESC
LIMIT {limit}
"""


def read_first_page(db_url: str, limit: int) -> list[SessionRecord] | None:
    """The newest `limit` sessions, as SessionService.list(newest first) gives them, or None.
    On PostgreSQL this waits for the server: call it off the UI thread."""
    conninfo = postgres_conninfo(db_url)
    if conninfo is not None:
        return _postgres_first_page(conninfo, limit)
    path = sqlite_path(db_url)
    if path is None or not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != HEAD:
            return None
        return [
            listed_record(row) for row in connection.execute(FIRST_PAGE.format(limit="?"), (limit,))
        ]
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()


def _postgres_first_page(conninfo: str, limit: int) -> list[SessionRecord] | None:
    try:
        import psycopg
    except ImportError:
        return None
    try:
        with psycopg.connect(
            conninfo, connect_timeout=_CONNECT_TIMEOUT_S, application_name="assistdesk"
        ) as connection:
            connection.read_only = True
            with connection.cursor() as cursor:
                cursor.execute("SELECT version_num FROM alembic_version")
                revision = cursor.fetchone()
                if revision is None or revision[0] != HEAD:
                    return None
                cursor.execute(FIRST_PAGE.format(limit="%s"), (limit,))
                return [listed_record(row) for row in cursor.fetchall()]
    except (psycopg.Error, ValueError):
        return None


def _instant(value: object) -> datetime | None:
    """SQLite gives microseconds since 1970 (app.storage.instants); PostgreSQL an aware datetime
    in its own zone."""
    if value is None or value == "":
        return None
    return utc_from_stored(value)


def listed_record(row: Sequence[object]) -> SessionRecord:
    """A session record from a row of FIRST_PAGE's columns, in that order, as any driver gives
    them: SQLite's text and integers, psycopg's or SQLAlchemy's typed values alike."""
    (sid, customer_id, customer, label, tool, remote_id, policy_id, workstation, state, created,
     accepted, ended, paused, duration, outcome, notes, currency, net, vat, total, free, billable,
     out_of_hours, over_max, appointment_id, technician) = row  # fmt: skip
    charge = None
    if currency is not None:
        code = str(currency)
        charge = ChargeSummary(
            currency=code,
            net=quantize(Decimal(str(net)), code),
            vat=quantize(Decimal(str(vat)), code),
            total=quantize(Decimal(str(total)), code),
            free_seconds=int(str(free)),
            billable_seconds=int(str(billable)),
            out_of_hours=bool(out_of_hours),
            over_max=bool(over_max),
        )
    created_at = _instant(created)
    assert created_at is not None
    return SessionRecord(
        id=int(str(sid)),
        customer_id=int(str(customer_id)),
        customer_name=str(customer),
        equipment_label=str(label) if label is not None else "",
        tool=RemoteTool(str(tool)) if tool else None,
        remote_id=str(remote_id),
        policy_id=str(policy_id),
        workstation=str(workstation),
        state=SessionState(str(state)),
        created_at=created_at,
        accepted_at=_instant(accepted),
        ended_at=_instant(ended),
        paused_seconds=int(str(paused)),
        duration_seconds=int(str(duration)) if duration is not None else None,
        outcome=Outcome(str(outcome)) if outcome else None,
        notes=str(notes),
        charge=charge,
        appointment_id=int(str(appointment_id)) if appointment_id is not None else None,
        technician=str(technician) if technician is not None else "",
    )
