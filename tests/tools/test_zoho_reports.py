"""A Zoho Assist reports export, whose layout is an assumption: columns are found by their header
names in any order, case and separator; unreadable rows are counted, never fatal; a file without
such a header is refused; and the CLI parses and reconciles it like the other tools' histories."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.remote_tool import RemoteTool
from app.tools.evidence import NotHistoryError
from app.tools.history import parse_history
from app.tools.zoho_reports import parse_duration, parse_instant, zoho_report
from tests.cli.runner import main

REPORT = """\
"Session ID","Session Type","Technician","Customer Email","Computer Name","Start Time","End Time","Duration"
"887 441 220","Remote Support","tech@phonetex.example","harriet@example.com","HARRIET-PC","2026-11-20 09:00:12","2026-11-20 09:31:40","00:31:28"
"887 441 221","Remote Support","tech@phonetex.example","ben@example.com","BEN-LAPTOP","Nov 20, 2026 02:05 PM","","00:12:00"
"887 441 222","Remote Support","tech@phonetex.example","carol@example.com","","20 Nov 2026 15:00:00","",""
"887 441 223","Remote Support","tech@phonetex.example","dave@example.com","","soon","",""
"""  # noqa: E501 (a realistic header is long)

T = datetime(2026, 11, 20, tzinfo=UTC)


def test_a_realistic_export_is_read_by_its_headers() -> None:
    history = zoho_report(REPORT.splitlines(), UTC)
    first, second, third = history.connections
    assert history.unreadable_lines == 1  # "soon" is no start time
    assert (first.remote_id, first.session_id, first.mode) == (
        "harriet@example.com", "887 441 220", "Remote Support")  # fmt: skip
    assert (first.start, first.end) == (T + timedelta(hours=9, seconds=12),
                                        T + timedelta(hours=9, minutes=31, seconds=40))  # fmt: skip
    assert second.start == T + timedelta(hours=14, minutes=5)
    assert second.seconds == 720  # no end time: start + duration
    assert (third.remote_id, third.end) == ("carol@example.com", None)
    assert first.line.startswith('"887 441 220"')


def test_semicolons_other_names_and_offsets() -> None:
    text = (
        "device name;start_time;end_time;session_key\n"
        "OFFICE-PC;2026-11-20T10:00:00+01:00;2026-11-20T10:30:00+01:00;K1\n"
        "OFFICE-PC;1795168800000;1795169700000;K2\n"  # epoch milliseconds, as the API gives
    )
    first, second = zoho_report(text.splitlines(), timezone(timedelta(hours=5))).connections
    assert (first.remote_id, first.start, first.seconds) == ("OFFICE-PC", T + timedelta(hours=9),
                                                             1800)  # fmt: skip
    assert (second.session_id, second.seconds) == ("K2", 900)
    assert second.start == datetime.fromtimestamp(1795168800, UTC)


def test_the_agent_email_is_never_taken_for_the_remote_id() -> None:
    """The agent is the technician, the same on every row: the computer is the remote end."""
    text = (
        "Agent Email,Computer Name,Start Time,End Time\n"
        "tech@phonetex.example,HARRIET-PC,2026-11-20 09:00:12,2026-11-20 09:31:40\n"
    )
    (only,) = zoho_report(text.splitlines(), UTC).connections
    assert only.remote_id == "HARRIET-PC"


def test_times_without_an_offset_are_in_the_given_zone() -> None:
    lisbon_summer = timezone(timedelta(hours=1))
    assert parse_instant("2026-07-01 10:00:00", lisbon_summer) == datetime(2026, 7, 1, 9,
                                                                           tzinfo=UTC)  # fmt: skip
    assert parse_instant("24/11/2026 14:03", UTC) == datetime(2026, 11, 24, 14, 3, tzinfo=UTC)
    assert parse_instant("11/24/2026 2:03:12 PM", UTC) == datetime(2026, 11, 24, 14, 3, 12,
                                                                   tzinfo=UTC)  # fmt: skip
    assert parse_instant("05/11/2026 10:00", UTC) == datetime(2026, 11, 5, 10, tzinfo=UTC)
    assert parse_instant("31/31/2026 10:00", UTC) is None


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("3725", 3725), ("1:02:05", 3725), ("62:05", 3725), ("1 hr 2 mins 5 secs", 3725),
     ("12 min", 720), ("1:75", None), ("an hour", None), ("", None)],
)  # fmt: skip
def test_durations(text: str, seconds: int | None) -> None:
    assert parse_duration(text) == seconds


def test_a_file_without_a_report_header_is_refused() -> None:
    teamviewer = "565955529\t20-11-2026 09:00:20\t20-11-2026 09:20:20\ttech\tRemoteControl\t{x}"
    with pytest.raises(NotHistoryError, match="is not a Zoho Assist reports export"):
        parse_history(RemoteTool.ZOHO_ASSIST, teamviewer, "Connections.txt")
    with pytest.raises(NotHistoryError):  # a start time, but no customer, computer or device
        zoho_report(["Session ID,Start Time", "1,2026-11-20 09:00:00"], UTC)
    assert zoho_report([], UTC).connections == ()


@given(st.lists(st.text(), max_size=6))
def test_garbage_never_crashes(lines: list[str]) -> None:
    header = "Customer,Start Time,End Time,Duration"
    for candidate in (lines, [header, *lines]):
        try:
            history = zoho_report(candidate, UTC)
        except NotHistoryError:
            continue
        for c in history.connections:
            assert c.start.tzinfo is not None
            assert c.end is None or c.end >= c.start


def test_the_cli_parses_and_reconciles_a_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sqlite_url: str
) -> None:
    report = tmp_path / "zoho-report.csv"
    report.write_text(
        "Customer Email,Start Time,End Time\n"
        "harriet@example.com,2026-11-20T09:00:12Z,2026-11-20T09:31:40Z\n"
        "harriet@example.com,2026-11-21T09:00:00Z,2026-11-21T09:10:00Z\n"
        "harriet@example.com,yesterday,\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["tools", "parse-history", "--tool", "zoho-assist", str(report), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)[0] == {
        "remote_id": "harriet@example.com", "start": "2026-11-20T09:00:12Z",
        "end": "2026-11-20T09:31:40Z", "direction": "outgoing",
    }  # fmt: skip
    assert "1 line of" in err

    db = ["--db", sqlite_url]
    assert main([*db, "customer", "add", "--name", "Harriet Cole"]) == 0
    assert main([*db, "session", "add", "--customer", "Harriet Cole", "--tool", "zoho-assist",
                 "--remote-id", "harriet@example.com", "--accepted", "2026-11-20T09:00:00Z",
                 "--ended", "2026-11-20T09:30:00Z"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main([*db, "tools", "reconcile", "--tool", "zoho-assist", str(report), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    (match,) = result["matches"]
    assert (match["tool_seconds"], match["session_seconds"]) == (1888, 1800)
    assert result["duration_mismatches"] == [match]
    assert [c["start"] for c in result["not_in_assistdesk"]] == ["2026-11-21T09:00:00Z"]


def test_the_cli_refuses_a_file_that_is_not_a_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("Call Harriet back about the printer.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["tools", "parse-history", "--tool", "zoho-assist", str(other), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "is not a Zoho Assist reports export" in err
