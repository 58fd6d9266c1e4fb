"""Pairing a tool's connections with logged sessions: closest starts first, same remote ID and
tool, unknown connections and length differences beyond the margin reported."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.core.records import SessionRecord
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome, SessionState
from app.tools.evidence import Connection, Direction
from app.tools.reconciliation import reconcile

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def session(sid: int, remote_id: str, start: timedelta, length: timedelta | None,
            tool: RemoteTool | None = RemoteTool.TEAMVIEWER) -> SessionRecord:  # fmt: skip
    accepted = T0 + start
    ended = accepted + length if length is not None else None
    return SessionRecord(
        id=sid, customer_id=1, customer_name="Ana", equipment_label="", tool=tool,
        remote_id=remote_id, policy_id="", workstation="desk", state=SessionState.ENDED,
        created_at=accepted, accepted_at=accepted, ended_at=ended, paused_seconds=0,
        duration_seconds=None, outcome=Outcome.RESOLVED, notes="",
    )  # fmt: skip


def connection(remote_id: str, start: timedelta, length: timedelta | None,
               auth: str = "") -> Connection:  # fmt: skip
    end = T0 + start + length if length is not None else None
    return Connection(remote_id, T0 + start, end, Direction.OUTGOING, f"line {remote_id} {start}",
                      auth=auth)  # fmt: skip


def test_matches_unknown_and_differences() -> None:
    m = timedelta(minutes=1)
    sessions = [
        session(1, "565 955 529", 0 * m, 20 * m),
        session(2, "565955529", 60 * m, 10 * m),
        session(3, "111222333", 0 * m, 5 * m),
        session(4, "565955529", 0 * m, 5 * m, tool=RemoteTool.ANYDESK),  # another tool
    ]
    connections = [
        connection("565955529", timedelta(seconds=20), 20 * m),  # session 1, 20 s late
        connection("565955529", 61 * m, 14 * m),  # session 2, four minutes longer
        connection("565955529", 300 * m, 5 * m),  # nobody logged this one
        connection("444555666", 0 * m, 5 * m),  # another customer, not logged
    ]
    result = reconcile(RemoteTool.TEAMVIEWER, connections, sessions, margin_seconds=60)
    assert [(x.session.id, x.connection.start) for x in result.matches] == [
        (1, T0 + timedelta(seconds=20)), (2, T0 + 61 * m)]  # fmt: skip
    assert [x.difference_seconds for x in result.matches] == [0, 240]
    assert [x.session.id for x in result.mismatched] == [2]
    assert [c.remote_id for c in result.unknown] == ["565955529", "444555666"]
    assert result.rejected == 0


def test_each_is_used_once_and_the_closest_start_wins() -> None:
    m = timedelta(minutes=1)
    sessions = [session(1, "565955529", 0 * m, 10 * m), session(2, "565955529", 12 * m, 10 * m)]
    connections = [connection("565955529", 11 * m, 10 * m), connection("565955529", 1 * m, 10 * m)]
    result = reconcile(RemoteTool.TEAMVIEWER, connections, sessions)
    assert {(x.session.id, x.connection.start - T0) for x in result.matches} == {
        (1, 1 * m), (2, 11 * m)}  # fmt: skip
    assert result.unknown == ()


def test_no_end_means_no_length_comparison_and_rejections_are_not_sessions() -> None:
    m = timedelta(minutes=1)
    sessions = [session(1, "1108841617", 0 * m, 30 * m, tool=None)]
    connections = [
        connection("1108841617", 0 * m, None, auth="Passwd"),
        connection("1108841617", 40 * m, None, auth="REJECTED"),
    ]
    result = reconcile(RemoteTool.ANYDESK, connections, sessions, margin_seconds=0)
    (match,) = result.matches
    assert match.difference_seconds is None
    assert match.session_seconds == 1800
    assert result.mismatched == ()
    assert (result.unknown, result.rejected) == ((), 1)


def test_too_far_apart_is_not_a_match() -> None:
    sessions = [session(1, "565955529", timedelta(0), timedelta(minutes=5))]
    connections = [connection("565955529", timedelta(minutes=30), timedelta(minutes=5))]
    result = reconcile(RemoteTool.TEAMVIEWER, connections, sessions)
    assert (result.matches, len(result.unknown)) == ((), 1)
