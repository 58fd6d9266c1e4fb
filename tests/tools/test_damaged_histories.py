"""A damaged history file is read all the same: a line that cannot be read — garbage, a date that
does not exist or lies outside 1970–2999 (year 0001 or 9999, which overflow once converted), a
byte that is not text, an end before the start — is counted and named by its line number with
why, and every other line is still read. Fuzzed per parser: any lines, any bytes."""

from __future__ import annotations

import codecs
import io
import json
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from datetime import UTC, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.remote_tool import RemoteTool
from app.tools.evidence import EARLIEST, LATEST, MAX_PROBLEMS, HistoryParse, NotHistoryError
from app.tools.history import decode_history, file_lines, parse_history
from tests.cli.runner import Cli, main
from tests.tools.test_parsers import AD_CONNECTION, TV_INCOMING, TV_OUTGOING

TV_YEAR_1 = TV_OUTGOING.replace("20-02-2024", "01-01-0001")
TV_YEAR_9999 = TV_OUTGOING.replace("20-02-2024", "31-12-9999")
TV_NO_DAY = TV_OUTGOING.replace("20-02-2024", "31-02-2024")
TV_BACKWARDS = TV_OUTGOING.replace("13:11:52", "13:00:00")
ZOHO_HEADER = "Customer Email,Start Time,End Time,Duration"


def problems(history: HistoryParse) -> list[tuple[int, str]]:
    return [(p.number, p.problem) for p in history.problems]


def test_teamviewer_lines_are_named_by_number_and_why(tmp_path: Path) -> None:
    path = tmp_path / "Connections.txt"
    lines = [TV_OUTGOING, TV_YEAR_1, "", TV_YEAR_9999, TV_NO_DAY, TV_BACKWARDS, "garbage",
             TV_INCOMING]  # fmt: skip
    data = "\n".join(lines).encode() + b"\n565955529\t\xff\xfe\t" + b"\n"
    path.write_bytes(data)
    from app.tools.history import read_history

    history = read_history(RemoteTool.TEAMVIEWER, path)
    assert [c.remote_id for c in history.connections] == ["1660360496", "565955529"]
    assert history.unreadable_lines == 6
    assert problems(history) == [
        (2, "a time outside the years 1970 to 2999"),
        (4, "a time outside the years 1970 to 2999"),
        (5, "a date or time that does not exist"),
        (6, "it ends before it starts"),
        (7, "not a line of this file's kind"),
        (9, "bytes that are not text"),
    ]


def test_anydesk_and_zoho_lines_are_named_too() -> None:
    anydesk = [AD_CONNECTION, AD_CONNECTION.replace("2024-05-16", "0001-01-01"),
               AD_CONNECTION.replace("2024-05-16", "9999-12-31"),
               AD_CONNECTION.replace("User", "Us\ufffder")]  # fmt: skip
    history = parse_history(RemoteTool.ANYDESK, "\r\n".join(anydesk))
    assert len(history.connections) == 1
    assert problems(history) == [(2, "a time outside the years 1970 to 2999"),
                                 (3, "a time outside the years 1970 to 2999"),
                                 (4, "bytes that are not text")]  # fmt: skip
    zoho = [
        ZOHO_HEADER,
        "a@example.com,2026-11-20 09:00:00,,00:10:00",
        "b@example.com,0001-01-01 00:00:00,,",
        "c@example.com,9999-12-31 23:59:00,,",
        "d@example.com,2026-11-20 09:00:00,,99999999999999 hours",
        "e@example.com,2026-11-20 09:00:00,2026-11-20 08:00:00,",
        'f@example.com,"open',
    ]
    history = parse_history(
        RemoteTool.ZOHO_ASSIST, "\n".join(zoho), zone=timezone(-timedelta(hours=5))
    )
    assert [c.remote_id for c in history.connections] == ["a@example.com"]
    assert problems(history) == [
        (3, "a time outside the years 1970 to 2999"),
        (4, "no start time that can be read"),  # 9999-12-31 23:59 at -05:00 is past year 9999
        (5, "a time outside the years 1970 to 2999"),
        (6, "it ends before it starts"),
        (7, "cells the CSV reader cannot separate"),
    ]


def test_lines_are_numbered_as_an_editor_numbers_them() -> None:
    assert file_lines("a\r\nb\x0cc\n\nd") == ["a", "b\x0cc", "", "d"]
    assert file_lines("a\n") == ["a"]
    assert file_lines("") == []


def test_many_bad_lines_are_all_counted_and_the_first_hundred_named() -> None:
    text = "\n".join([TV_OUTGOING] + ["garbage"] * 1000)
    history = parse_history(RemoteTool.TEAMVIEWER, text)
    assert history.unreadable_lines == 1000
    assert len(history.problems) == MAX_PROBLEMS
    assert history.problems[0].number == 2


def check(history: HistoryParse, lines: list[str]) -> None:
    """What holds for any parse: problems name non-blank lines in order, all counted; every
    connection lies in the accepted years."""
    numbers = [p.number for p in history.problems]
    assert numbers == sorted(set(numbers))
    assert all(1 <= n <= len(lines) and lines[n - 1].strip() for n in numbers)
    assert len(numbers) == min(history.unreadable_lines, MAX_PROBLEMS)
    written = sum(1 for line in lines if line.strip())
    assert history.unreadable_lines + len(history.connections) <= written + 1
    for c in history.connections:
        assert EARLIEST <= c.start < LATEST
        assert c.end is None or (c.start <= c.end < LATEST)


GOOD = {RemoteTool.TEAMVIEWER: TV_OUTGOING, RemoteTool.ANYDESK: AD_CONNECTION,
        RemoteTool.ZOHO_ASSIST: "a@example.com,2026-11-20 09:00:00,,00:10:00"}  # fmt: skip
shaped = st.one_of(
    st.text(max_size=80),
    st.sampled_from([TV_YEAR_1, TV_YEAR_9999, TV_NO_DAY, TV_BACKWARDS, "\ufffd", "\x00\x0c\x0b"]),
    st.builds("{},{},{},{}".format, st.text(max_size=8), st.text(max_size=24),
              st.text(max_size=24), st.text(max_size=12)),
    st.builds(lambda y, d: AD_CONNECTION.replace("2024-05-16", f"{y:04d}-{d}"),
              st.integers(0, 9999), st.sampled_from(["01-01", "02-30", "12-31", "13-01"])),
)  # fmt: skip


@pytest.mark.parametrize("tool", list(GOOD))
@given(lines=st.lists(shaped, max_size=12), good=st.integers(0, 3))
def test_any_lines_leave_the_readable_ones_read(
    tool: RemoteTool, lines: list[str], good: int
) -> None:
    head = [ZOHO_HEADER] if tool is RemoteTool.ZOHO_ASSIST else []
    body = [line.replace("\n", " ").replace("\r", " ") for line in lines] + [GOOD[tool]] * good
    text = "\n".join(head + body)
    try:
        history = parse_history(tool, text, zone=UTC)
    except NotHistoryError:
        assert good == 0
        return
    check(history, file_lines(text))
    assert len(history.connections) >= good or tool is RemoteTool.ANYDESK


@pytest.mark.parametrize("tool", list(GOOD))
@given(data=st.binary(max_size=300), good=st.booleans())
def test_any_bytes_parse_or_are_refused_as_another_file(
    tool: RemoteTool, data: bytes, good: bool
) -> None:
    if good:
        data = (GOOD[tool] + "\n").encode() + data
    if tool is RemoteTool.ZOHO_ASSIST:
        data = (ZOHO_HEADER + "\n").encode() + data
    text = decode_history(data)
    try:
        history = parse_history(tool, text, zone=UTC)
    except NotHistoryError:
        return
    check(history, file_lines(text))


@given(data=st.binary(max_size=200), tool=st.sampled_from(list(GOOD)), bom=st.booleans())
def test_the_command_ends_with_json_or_one_sentence_never_a_traceback(
    data: bytes, tool: RemoteTool, bom: bool
) -> None:
    if bom:
        data = codecs.BOM_UTF16_LE + data
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.txt"
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            status = main(["--basedir", folder, "tools", "parse-history", "--tool", tool.value,
                           str(path), "--json"])  # fmt: skip
    assert status in (0, 2)
    assert "Traceback" not in err.getvalue()
    if status == 0:
        assert isinstance(json.loads(out.getvalue()), list)
        assert err.getvalue().count("\n") <= 1
    else:
        assert (out.getvalue(), err.getvalue().count("\n")) == ("", 1)


def test_reconcile_names_the_unreadable_lines_in_its_json(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys, "--db", db_url, "--basedir", str(tmp_path))
    path = tmp_path / "Connections.txt"
    path.write_text("\n".join([TV_OUTGOING, TV_YEAR_9999, "garbage"]) + "\n", encoding="utf-8")
    status, out, err = cli("tools", "reconcile", "--tool", "teamviewer", str(path), "--json")
    assert status == 0
    assert err == (f"assistdesk: 2 lines of {path} could not be read and were skipped: line 2 "
                   "(a time outside the years 1970 to 2999), line 3 (not a line of this file's "
                   "kind).\n")  # fmt: skip
    report = json.loads(out)
    assert (report["connections"], report["unreadable_lines"]) == (1, 2)
    assert report["unreadable"] == [
        {"line": 2, "problem": "a time outside the years 1970 to 2999"},
        {"line": 3, "problem": "not a line of this file's kind"},
    ]


def test_a_device_or_a_pipe_is_refused_not_read_for_ever(tmp_path: Path) -> None:
    import os

    from app.core.errors import DomainError
    from app.tools.history import read_history

    os.mkfifo(tmp_path / "pipe")
    for path in (tmp_path / "pipe", Path("/dev/zero")):
        with pytest.raises(DomainError, match="is not a regular file"):
            read_history(RemoteTool.TEAMVIEWER, path)
