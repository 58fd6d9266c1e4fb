"""Reconciliation on SQLite and PostgreSQL: the tool's times are appended to the matched sessions
as evidence, in one transaction, never replacing the session's own times; importing twice adds
nothing; and no session password reaches any row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect, select, text

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.remote_tool import RemoteTool
from app.core.session import SessionState
from app.services.customers import CustomerService
from app.services.errors import NotFoundError
from app.services.reconciliation import ReconciliationService
from app.services.sessions import SessionService
from app.storage.database import Database
from app.storage.models import SessionEventRow, SessionRow
from app.tools.adapter import LaunchRequest
from app.tools.catalogue import adapter_for
from app.tools.evidence import Detection, Signal
from app.tools.history import parse_history
from app.tools.host import Host, HostOS
from app.tools.one_time_password import OneTimePassword

SECRET = "k7#Qx-91"
HISTORY = "\n".join([
    "565955529\t04-07-2026 09:00:20\t04-07-2026 09:20:20\ttech\tRemoteControl\t"
    "{6460e19e-cffe-46d9-9fa6-1803f93f15f4}",
    "565955529\t04-07-2026 10:01:00\t04-07-2026 10:15:00\ttech\tRemoteControl\t"
    "{b35110b2-7dc5-4bb9-8d54-ca80953f65f8}",
    "777888999\t04-07-2026 11:00:00\t04-07-2026 11:05:00\ttech\tFileTransfer\t"
    "{00000000-0000-0000-0000-000000000001}",
])  # fmt: skip


def at(hour: int, minute: int) -> datetime:
    return datetime(2026, 7, 4, hour, minute, tzinfo=UTC)


@pytest.fixture
def logged(db: Database, clock: ManualClock) -> list[int]:
    """Two TeamViewer sessions for 565 955 529: one as long as the tool says, one 4 min short."""
    clock.set(datetime(2026, 7, 5, 9, 0, tzinfo=UTC))
    customer = CustomerService(db, clock).add_customer(Customer("Ana Silva")).id
    sessions = SessionService(db, clock, workstation="desk-1")
    return [
        sessions.record_past(customer, at(9, 0), at(9, 20), tool=RemoteTool.TEAMVIEWER,
                             remote_id="565 955 529").id,
        sessions.record_past(customer, at(10, 1), at(10, 11), tool=RemoteTool.TEAMVIEWER,
                             remote_id="565955529").id,
    ]  # fmt: skip


def session_rows(db: Database) -> list[tuple[datetime | int | None, ...]]:
    with db.reading() as orm:
        rows = orm.execute(select(SessionRow.id, SessionRow.accepted_at, SessionRow.ended_at,
                                  SessionRow.duration_seconds).order_by(SessionRow.id))  # fmt: skip
        events = orm.execute(select(SessionEventRow.id, SessionEventRow.at))
        return [tuple(r) for r in rows] + [tuple(e) for e in events]


def test_evidence_is_appended_and_the_sessions_keep_their_times(
    db: Database, clock: ManualClock, logged: list[int]
) -> None:
    before = session_rows(db)
    service = ReconciliationService(db, clock)
    history = parse_history(RemoteTool.TEAMVIEWER, HISTORY)
    result = service.reconcile(history, "C:/Users/tech/AppData/Roaming/TeamViewer/Connections.txt")
    report = result.reconciliation
    assert [m.session.id for m in report.matches] == logged
    assert [m.difference_seconds for m in report.matches] == [0, 240]
    assert [m.session.id for m in report.mismatched] == [logged[1]]
    assert [c.remote_id for c in report.unknown] == ["777888999"]
    assert result.evidence_added == tuple(logged)
    assert session_rows(db) == before  # the session's own times are untouched

    first = service.evidence(logged[0])
    assert len(first) == 1
    evidence = first[0]
    assert (evidence.kind, evidence.tool, evidence.remote_id) == ("history", RemoteTool.TEAMVIEWER,
                                                                  "565955529")  # fmt: skip
    tool_times = (evidence.started_at, evidence.ended_at)
    assert tool_times == (at(9, 0) + timedelta(seconds=20), at(9, 20) + timedelta(seconds=20))
    assert (evidence.direction, evidence.mode) == ("outgoing", "RemoteControl")
    assert evidence.tool_session_id == "6460e19e-cffe-46d9-9fa6-1803f93f15f4"
    assert evidence.line.startswith("565955529\t04-07-2026 09:00:20")
    assert evidence.source.endswith("Connections.txt")
    assert evidence.recorded_at == clock.now()

    again = service.reconcile(history, "Connections.txt")
    assert again.evidence_added == ()
    assert len(service.evidence(logged[0])) == 1


def test_an_empty_history_touches_nothing(db: Database, clock: ManualClock) -> None:
    result = ReconciliationService(db, clock).reconcile(
        parse_history(RemoteTool.TEAMVIEWER, ""), "Connections.txt"
    )
    assert (result.reconciliation.matches, result.evidence_added) == ((), ())


def test_a_detection_is_kept_and_no_password_reaches_any_row(
    db: Database, clock: ManualClock, logged: list[int]
) -> None:
    password = OneTimePassword(SECRET)
    host = Host(HostOS.LINUX, {"PATH": "/nowhere", "HOME": "/home/tech"}, probe=lambda p: True)
    adapter_for(RemoteTool.ANYDESK).prepare(LaunchRequest("123456789", password), host)
    line = ("info 2026-07-04 10:01:04.250  front 1 2  anynet.managed_client_conn - "
            "Connection established")  # fmt: skip
    detection = Detection(Signal.ACCEPTED, datetime(2026, 7, 4, 10, 1, 4, 250000, tzinfo=UTC),
                          "565955529", line, "/home/tech/.anydesk/anydesk.trace")  # fmt: skip
    service = ReconciliationService(db, clock)
    kept = service.keep_detection(logged[1], RemoteTool.ANYDESK, detection)
    assert (kept.kind, kept.started_at, kept.ended_at) == ("detected", detection.at, None)
    service.reconcile(parse_history(RemoteTool.TEAMVIEWER, HISTORY), "Connections.txt")
    with pytest.raises(NotFoundError):
        service.keep_detection(9999, RemoteTool.ANYDESK, detection)
    password.wipe()

    with db.reading() as orm:
        connection = orm.connection()
        tables = inspect(connection).get_table_names()
        dump = " ".join(
            repr(row) for table in tables
            for row in connection.execute(text(f'SELECT * FROM "{table}"'))
        )  # fmt: skip
    assert "Connection established" in dump
    assert SECRET not in dump
    assert SessionService(db, clock).get(logged[1]).record.state is SessionState.ENDED
