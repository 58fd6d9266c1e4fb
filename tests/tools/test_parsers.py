"""The parsers read realistic lines from the reference into typed values, and never crash on
garbage: a line they cannot read yields nothing (or is counted), never an exception."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from app.tools.anydesk_files import (
    read_connection_entry,
    read_connection_line,
    read_trace_line,
    trace_connections,
)
from app.tools.evidence import Direction, LogEntry, Signal
from app.tools.rustdesk_log import read_rustdesk_line
from app.tools.teamviewer_files import (
    read_history_entries,
    read_history_line,
    teamviewer_log_reader,
)

TV_OUTGOING = ("1660360496   20-02-2024 13:10:33   20-02-2024 13:11:52   IEUser   RemoteControl"
               "   {b35110b2-7dc5-4bb9-8d54-ca80953f65f8}")  # fmt: skip
TV_INCOMING = ("565955529\ta1l4m\t04-07-2024 04:34:16\t04-07-2024 04:34:56\tmmox\tRemoteControl\t"
               "{6460e19e-cffe-46d9-9fa6-1803f93f15f4}")  # fmt: skip
AD_CONNECTION = "Incoming    2024-05-16, 09:41    User      1108841617    1108841617"
AD_PASSWD = "Incoming 2022-08-23, 10:23 Passwd 547911884 547911884"
AD_REQUEST = ("info 2024-02-16 20:29:04.298  back 4668 6440  app.backend_session - "
              "Incoming session request: Richard Beard (221436813)")  # fmt: skip
AD_LOGIN = ("info 2022-09-28 12:39:26.845  lsvc 9952 9944 21  anynet.any_socket - "
            "Logged in from 12.xx.xx.21:59562 on relay 80e496c0.")  # fmt: skip


def at(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def trace(time: str, logger: str, message: str) -> str:
    return f"info 2026-11-24 {time}  front 4668 6440  {logger} - {message}"


def test_teamviewer_history_lines() -> None:
    out = read_history_line(TV_OUTGOING)
    assert out is not None
    assert (out.remote_id, out.start, out.end) == ("1660360496", at(2024, 2, 20, 13, 10, 33),
                                                   at(2024, 2, 20, 13, 11, 52))  # fmt: skip
    assert (out.direction, out.mode, out.seconds) == (Direction.OUTGOING, "RemoteControl", 79)
    assert out.session_id == "b35110b2-7dc5-4bb9-8d54-ca80953f65f8"
    incoming = read_history_line(TV_INCOMING)
    assert incoming is not None
    assert (incoming.remote_id, incoming.direction) == ("565955529", Direction.INCOMING)
    assert incoming.line == TV_INCOMING


def test_a_teamviewer_history_line_is_accepted_and_ended_for_a_watcher() -> None:
    accepted, ended = read_history_entries(TV_OUTGOING)
    assert (accepted.signal, accepted.at, accepted.remote_id) == (
        Signal.ACCEPTED, at(2024, 2, 20, 13, 10, 33), "1660360496")  # fmt: skip
    assert (ended.signal, ended.at) == (Signal.ENDED, at(2024, 2, 20, 13, 11, 52))


def test_teamviewer_lines_that_do_not_add_up_are_not_read() -> None:
    backwards = TV_OUTGOING.replace("20-02-2024 13:11:52", "20-02-2024 13:00:00")
    impossible = TV_OUTGOING.replace("20-02-2024 13:10:33", "31-02-2024 13:10:33")
    assert read_history_line(backwards) is None
    assert read_history_line(impossible) is None


def test_anydesk_connection_trace_lines() -> None:
    first = read_connection_line(AD_CONNECTION)
    assert first is not None
    assert (first.remote_id, first.start, first.end) == ("1108841617", at(2024, 5, 16, 9, 41), None)
    assert (first.direction, first.auth) == (Direction.INCOMING, "User")
    second = read_connection_line(AD_PASSWD)
    assert second is not None
    assert (second.remote_id, second.auth) == ("547911884", "Passwd")
    rejected = AD_PASSWD.replace("Passwd", "REJECTED")
    assert read_connection_line(rejected) is not None
    assert read_connection_entry(rejected) == ()  # a refused request is not an acceptance


def test_anydesk_trace_markers() -> None:
    (request,) = read_trace_line(AD_REQUEST)
    assert (request.signal, request.remote_id, request.direction) == (
        Signal.CONNECTING, "221436813", Direction.INCOMING)  # fmt: skip
    assert request.at == datetime(2024, 2, 16, 20, 29, 4, 298000, tzinfo=UTC)
    assert read_trace_line(AD_LOGIN) == ()  # a network login is not a session
    (closed,) = read_trace_line(trace("10:05:00.000", "app.session", "Session closed"))
    assert (closed.signal, closed.remote_id) == (Signal.ENDED, None)


def test_anydesk_trace_connections_pair_connecting_accepted_closed() -> None:
    lines = [
        trace("10:00:00.100", "app.main", "Connecting to 123456789"),
        trace("10:00:03.250", "anynet.managed_client_conn", "Connection established"),
        trace("10:00:03.900", "app.session", "Authenticated by password."),
        "garbage that is no trace line",
        trace("10:21:30.000", "app.session", "Session closed"),
        trace("11:00:00.000", "app.main", "Connecting to office@ad"),
        trace("11:00:05.000", "anynet.any_socket", "Connect request accepted"),
    ]
    parsed = trace_connections(lines)
    assert parsed.unreadable_lines == 1
    first, second = parsed.connections
    assert (first.remote_id, first.start, first.end, first.direction, first.auth) == (
        "123456789", datetime(2026, 11, 24, 10, 0, 3, 250000, tzinfo=UTC),
        at(2026, 11, 24, 10, 21, 30), Direction.OUTGOING, "password",
    )  # fmt: skip
    assert (second.remote_id, second.end) == ("office@ad", None)


def test_teamviewer_log_lines_in_local_time() -> None:
    lisbon_summer = timezone(timedelta(hours=1))
    read = teamviewer_log_reader(lisbon_summer)
    line = (
        "2026/07/01 14:03:12.345  3892  4900 S0   "
        "CPersistentParticipantManager::AddParticipant: [565955529,876631011] type=3 name=Ana"
    )
    (joined,) = read(line)
    assert (joined.signal, joined.remote_id) == (Signal.ACCEPTED, "565955529")
    assert joined.at == datetime(2026, 7, 1, 13, 3, 12, 345000, tzinfo=UTC)
    left = "2026/07/01 14:20:00.000  3892  4900 S0   Net: RoutingSessions: We left session, SLID=2"
    assert read(left)[0].signal is Signal.ENDED
    error = "2026/07/01 14:20:00.000  3892  4900 G1!! LoginOutgoing: ConnectFinished - error: X"
    assert read(error) == ()


def test_rustdesk_log_lines_with_their_offset() -> None:
    accepted = ("[2026-11-24 10:00:03.123456 +01:00] INFO [src/client/io_loop.rs:1210] "
                "peer info supported_encoding: SupportedEncoding { h264: true }")  # fmt: skip
    (entry,) = read_rustdesk_line(accepted)
    assert (entry.signal, entry.remote_id) == (Signal.ACCEPTED, None)
    assert entry.at == datetime(2026, 11, 24, 9, 0, 3, 123456, tzinfo=UTC)
    ended = (
        "[2026-11-24 10:20:00.000001 +0100] DEBUG [src/client/io_loop.rs:300] "
        "Exit io_loop of id=123456789"
    )
    (end,) = read_rustdesk_line(ended)
    assert (end.signal, end.remote_id) == (Signal.ENDED, "123456789")


READERS = [
    read_trace_line,
    read_connection_entry,
    read_history_entries,
    read_rustdesk_line,
    teamviewer_log_reader(),
    teamviewer_log_reader(timezone(timedelta(hours=-5))),
]


def _shaped_garbage() -> st.SearchStrategy[str]:
    """Text close to the real formats (right shapes, wrong values), where parsers break first."""
    digits = st.text("0123456789", min_size=1, max_size=12)
    junk = st.text(max_size=30)
    return st.one_of(
        st.builds(lambda a, b, c, d: f"{a}-{b}-{c} {d}:{a}:{b}\t{d}-{a}-{c} {b}:{c}:{d} x y {{}}",
                  digits, digits, digits, digits),
        st.builds(lambda a, b, j: f"info {a}-{b}-01 99:99:99.999 back 1 2 x.y - {j}", digits,
                  digits, junk),
        st.builds(lambda a, j: f"[{a}-01-01 00:00:00.{a} +{a}] INFO [x] {j}", digits, junk),
        st.builds(lambda a, j: f"{a}/01/01 00:00:00.000 1 2 S0 AddParticipant: [{a}, {j}", digits,
                  junk),
        st.builds(lambda a, j: f"Incoming {a}-01-01, 00:{a} User {j} {a}", digits, junk),
        st.just("0001/01/01 00:00:00.000  1  2 S0 We left session"),
        st.just("[9999-12-31 23:59:59.999999 -23:59] INFO [x] Reset by the peer"),
    )  # fmt: skip


@given(st.one_of(st.text(), _shaped_garbage()))
def test_no_reader_crashes_on_garbage(text: str) -> None:
    for read in READERS:
        for entry in read(text):
            assert isinstance(entry, LogEntry)
            assert entry.at.tzinfo is not None
    read_history_line(text)
    read_connection_line(text)
    parsed = trace_connections(text.splitlines())
    assert parsed.unreadable_lines <= len(text.splitlines())
