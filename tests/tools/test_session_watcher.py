"""Watchers follow a tool's files on a background thread and report accepted and ended once each,
with the tool's instant and the evidence line; they survive rotation and stop cleanly."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from app.core.remote_tool import RemoteTool
from app.tools.adapter import LaunchRequest
from app.tools.anydesk_files import read_trace_line
from app.tools.catalogue import adapter_for
from app.tools.evidence import Detection, Signal, WatchedFile
from app.tools.host import Host
from app.tools.launcher import run_plan
from app.tools.one_time_password import OneTimePassword
from app.tools.session_watcher import SessionWatcher
from app.tools.teamviewer_files import read_history_entries
from tests.tools.conftest import WAIT_SECONDS, FakeTool
from tests.tools.test_parsers import TV_OUTGOING

BOTH = frozenset({Signal.ACCEPTED, Signal.ENDED})


def trace(time: str, message: str) -> str:
    return f"info 2026-11-24 {time}  front 4668 6440  app.session - {message}\n"


def append(path: Path, *lines: str) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write("".join(line if line.endswith("\n") else f"{line}\n" for line in lines))


class Received:
    """Collects detections from the watcher's thread; waits are bounded."""

    def __init__(self) -> None:
        self.items: list[Detection] = []
        self._changed = threading.Condition()

    def __call__(self, detection: Detection) -> None:
        with self._changed:
            self.items.append(detection)
            self._changed.notify_all()

    def wait_for(self, count: int) -> list[Detection]:
        with self._changed:
            assert self._changed.wait_for(lambda: len(self.items) >= count, WAIT_SECONDS), (
                f"got {self.items} after {WAIT_SECONDS} s"
            )
            return list(self.items)


def test_id_less_trace_lines_count_only_after_connecting_to_our_id(tmp_path: Path) -> None:
    log = tmp_path / "ad.trace"
    append(log, trace("09:00:00.000", "Session closed"))  # before launch: ignored
    got = Received()
    files = [WatchedFile(str(log), read_trace_line, BOTH, True)]
    watcher = SessionWatcher(files, "123 456 789", got)
    try:
        append(
            log,
            trace("10:00:00.000", "Connecting to 999999999"),
            trace("10:00:01.000", "Connection established"),  # someone else's
            trace("10:01:00.000", "Connecting to 123456789"),
            trace("10:01:04.500", "Connection established"),
            trace("10:01:05.000", "Connect request accepted"),  # only the first counts
        )
        assert [d.signal for d in watcher.poll_once()] == [Signal.ACCEPTED]
        append(log, trace("10:20:00.000", "Session closed"))
        (ended,) = watcher.poll_once()
    finally:
        assert watcher.stop()
    accepted = got.items[0]
    assert accepted.at == datetime(2026, 11, 24, 10, 1, 4, 500000, tzinfo=UTC)
    assert "Connection established" in accepted.line
    assert (accepted.source, accepted.remote_id) == (str(log), "123 456 789")
    assert (ended.signal, ended.at) == (Signal.ENDED, datetime(2026, 11, 24, 10, 20, tzinfo=UTC))


def test_a_resumed_watch_reports_only_the_end_of_the_session_already_running(
    tmp_path: Path,
) -> None:
    log = tmp_path / "ad.trace"
    append(log, trace("10:01:00.000", "Connecting to 123456789"))  # before the crash
    got = Received()
    files = [WatchedFile(str(log), read_trace_line, BOTH, True)]
    watcher = SessionWatcher(files, "123 456 789", got, resumed=True)
    try:
        append(log, trace("10:30:00.000", "Connection established"))  # accepted long ago
        assert watcher.poll_once() == []
        append(log, trace("10:40:00.000", "Session closed"))  # ID-less: still ours
        (ended,) = watcher.poll_once()
        append(log, trace("10:41:00.000", "Session closed"))
        assert watcher.poll_once() == []  # once
    finally:
        assert watcher.stop()
    assert (ended.signal, ended.at) == (Signal.ENDED, datetime(2026, 11, 24, 10, 40, tzinfo=UTC))


def test_a_teamviewer_history_line_gives_both_instants_on_the_thread(tmp_path: Path) -> None:
    history = tmp_path / "Connections.txt"
    got = Received()
    files = [WatchedFile(str(history), read_history_entries, BOTH)]
    with SessionWatcher(files, "1660360496", got, poll_seconds=0.01) as watcher:
        append(history, TV_OUTGOING.replace("1660360496", "565955529"))  # another partner
        append(history, TV_OUTGOING)
        accepted, ended = got.wait_for(2)
        assert watcher.stop()
    assert (accepted.signal, ended.signal) == (Signal.ACCEPTED, Signal.ENDED)
    assert (ended.at - accepted.at).total_seconds() == 79
    assert not watcher.running


def test_the_watcher_keeps_going_through_a_rotation(tmp_path: Path) -> None:
    log = tmp_path / "ad.trace"
    append(log, "x")
    got = Received()
    files = [WatchedFile(str(log), read_trace_line, BOTH, True)]
    watcher = SessionWatcher(files, "123456789", got, poll_seconds=0.01).start()
    try:
        append(log, trace("10:00:00.000", "Connecting to 123456789"),
               trace("10:00:02.000", "Connection established"))  # fmt: skip
        got.wait_for(1)
        os.replace(log, tmp_path / "ad.trace.1")
        append(log, trace("10:30:00.000", "Session closed"))
        _, ended = got.wait_for(2)
        assert ended.at == datetime(2026, 11, 24, 10, 30, tzinfo=UTC)
    finally:
        assert watcher.stop()


def test_it_stops_cleanly_when_nothing_happens_and_survives_a_bad_receiver(
    tmp_path: Path,
) -> None:
    log = tmp_path / "quiet.log"

    def broken(_detection: Detection) -> None:
        raise RuntimeError("receiver bug")

    watcher = SessionWatcher([WatchedFile(str(log), read_trace_line, BOTH)], "1", broken,
                             poll_seconds=0.01).start()  # fmt: skip
    append(log, trace("10:00:02.000", "Connect request accepted"))
    append(log, trace("10:00:03.000", "Session closed"))
    assert watcher.stop(timeout=WAIT_SECONDS)
    assert not watcher.running


def test_a_launched_fake_anydesk_is_seen_accepting_and_ending(
    fake_tools: Callable[..., FakeTool], linux_host: Host
) -> None:
    adapter = adapter_for(RemoteTool.ANYDESK)
    trace_file = Path(linux_host.env["HOME"]) / ".anydesk" / "anydesk.trace"
    trace_file.parent.mkdir()
    append(trace_file, trace("08:00:00.000", "Session closed"))  # yesterday's noise
    fake_tools("anydesk", version_output="AnyDesk 8.0.8", log=trace_file, lines=(
        trace("10:00:00.000", "Connecting to {ID}").strip(),
        trace("10:00:04.250", "Connection established").strip(),
        trace("10:12:00.000", "Session closed").strip(),
    ))  # fmt: skip
    plan = adapter.prepare(LaunchRequest("123 456 789", OneTimePassword("pw")), linux_host)
    got = Received()
    files = adapter.observation(linux_host).files
    assert str(trace_file) in [f.path for f in files]
    with SessionWatcher(files, plan.remote_id, got, poll_seconds=0.01):
        run_plan(plan)
        accepted, ended = got.wait_for(2)
    assert accepted.at == datetime(2026, 11, 24, 10, 0, 4, 250000, tzinfo=UTC)
    assert ended.at == datetime(2026, 11, 24, 10, 12, tzinfo=UTC)
    assert accepted.source == str(trace_file)
