"""The session log's first page, read with the standard library's sqlite3 alone.

Starting the app imports SQLAlchemy (about twice the cost of showing a window). So that the log is
on screen at once, the GUI first reads its first page here, read-only, from a SQLite file that is
already at this version's schema; the database is then opened properly in the background and takes
over. Any doubt (another database, another schema, a locked or missing file) returns None and the
page simply waits for the normal path. A test keeps this query equal to SessionService.list.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from app.core.money import quantize
from app.core.records import ChargeSummary, SessionRecord
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome, SessionState
from app.storage.revisions import HEAD

_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")

_FIRST_PAGE = """
SELECT s.id, s.customer_id, c.name, e.label, s.tool, s.remote_id, s.policy_id, s.workstation,
       s.state, s.created_at, s.accepted_at, s.ended_at, s.paused_seconds, s.duration_seconds,
       s.outcome, s.notes, ch.currency, ch.net, ch.vat, ch.total, ch.free_seconds,
       ch.billable_seconds, ch.out_of_hours, ch.over_max, s.appointment_id, s.technician
FROM sessions AS s
JOIN customers AS c ON c.id = s.customer_id
LEFT JOIN equipment AS e ON e.id = s.equipment_id
LEFT JOIN session_charges AS ch ON ch.session_id = s.id
ORDER BY coalesce(s.accepted_at, s.created_at) DESC, s.id DESC
LIMIT ?
"""


def sqlite_path(db_url: str) -> Path | None:
    """The file of a plain `sqlite:///path` URL; None for anything else."""
    for prefix in _PREFIXES:
        if db_url.startswith(prefix):
            rest = db_url[len(prefix) :]
            return Path(rest) if rest and "?" not in rest and rest != ":memory:" else None
    return None


def read_first_page(db_url: str, limit: int) -> list[SessionRecord] | None:
    """The newest `limit` sessions, as SessionService.list(newest first) gives them, or None."""
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
        return [_record(row) for row in connection.execute(_FIRST_PAGE, (limit,))]
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()


def _instant(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None


def _record(row: tuple[object, ...]) -> SessionRecord:
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
    created_at = _instant(str(created))
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
        accepted_at=_instant(str(accepted)) if accepted else None,
        ended_at=_instant(str(ended)) if ended else None,
        paused_seconds=int(str(paused)),
        duration_seconds=int(str(duration)) if duration is not None else None,
        outcome=Outcome(str(outcome)) if outcome else None,
        notes=str(notes),
        charge=charge,
        appointment_id=int(str(appointment_id)) if appointment_id is not None else None,
        technician=str(technician) if technician is not None else "",
    )
