"""Following a file from launch: appended lines, a rotated file, a truncated one, UTF-16."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from app.tools.file_follower import FileFollower

MODES = [pytest.param(True, id="kept-open"), pytest.param(False, id="reopened-like-windows")]


def append(path: Path, *lines: str, encoding: str = "utf-8") -> None:
    with path.open("ab") as out:
        out.write("".join(f"{line}\n" for line in lines).encode(encoding))


@pytest.mark.parametrize("keep_open", MODES)
def test_only_lines_written_after_it_started(tmp_path: Path, keep_open: bool) -> None:
    log = tmp_path / "ad.trace"
    append(log, "old 1", "old 2")
    follower = FileFollower(log, keep_open)
    assert follower.read_lines() == []
    append(log, "new 1")
    with log.open("ab") as out:
        out.write(b"half a li")
    assert follower.read_lines() == ["new 1"]
    with log.open("ab") as out:
        out.write(b"ne\r\n")
    assert follower.read_lines() == ["half a line"]
    follower.close()


@pytest.mark.parametrize("keep_open", MODES)
def test_a_file_created_after_it_started_is_read_from_the_start(
    tmp_path: Path, keep_open: bool
) -> None:
    log = tmp_path / "later.log"
    follower = FileFollower(log, keep_open)
    assert follower.read_lines() == []
    append(log, "first")
    assert follower.read_lines() == ["first"]
    follower.close()


@pytest.mark.parametrize("keep_open", MODES)
def test_a_rotated_file_is_followed_to_its_successor(tmp_path: Path, keep_open: bool) -> None:
    log = tmp_path / "TeamViewer15_Logfile.log"
    append(log, "before launch")
    follower = FileFollower(log, keep_open)
    append(log, "one")
    assert follower.read_lines() == ["one"]
    append(log, "two")  # written just before the rotation
    os.replace(log, tmp_path / "TeamViewer15_Logfile_OLD.log")
    append(log, "three")
    got = follower.read_lines()
    # Kept open (POSIX), the last line of the old file is still read; reopened each time
    # (Windows), it can be missed, but nothing of the new file is.
    assert got == (["two", "three"] if keep_open else ["three"])
    append(log, "four")
    assert follower.read_lines() == ["four"]
    follower.close()


@pytest.mark.parametrize("keep_open", MODES)
def test_a_file_renamed_away_then_recreated(tmp_path: Path, keep_open: bool) -> None:
    log = tmp_path / "rustdesk_rCURRENT.log"
    follower = FileFollower(log, keep_open)
    append(log, "a")
    assert follower.read_lines() == ["a"]
    os.replace(log, tmp_path / "rustdesk_r2026-11-24.log")
    assert follower.read_lines() == []
    append(log, "b")
    assert follower.read_lines() == ["b"]
    follower.close()


@pytest.mark.parametrize("keep_open", MODES)
def test_a_truncated_file_is_read_again_from_its_start(tmp_path: Path, keep_open: bool) -> None:
    log = tmp_path / "ad.trace"
    append(log, "x" * 200)
    follower = FileFollower(log, keep_open)
    append(log, "y")
    assert follower.read_lines() == ["y"]
    log.write_bytes(b"")  # copytruncate
    append(log, "after truncation")
    assert follower.read_lines() == ["after truncation"]
    follower.close()


def test_utf16_lines_across_reads(tmp_path: Path) -> None:
    log = tmp_path / "connection_trace.txt"
    log.write_bytes(codecs.BOM_UTF16_LE + "Incoming old\r\n".encode("utf-16-le"))
    follower = FileFollower(log)
    data = "Incoming 2026-11-24, 10:00 Passwd 123456789 123456789\r\n".encode("utf-16-le")
    with log.open("ab") as out:
        out.write(data[:7])  # half of a UTF-16 character
    assert follower.read_lines() == []
    with log.open("ab") as out:
        out.write(data[7:])
    assert follower.read_lines() == ["Incoming 2026-11-24, 10:00 Passwd 123456789 123456789"]
    follower.close()
