"""RustDesk's peer file `peers/<ID>.toml` is saved again when the customer accepts: a launched
session's watcher reports that save as "accepted at" the file's modification time, once; the
file's contents are never read."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from app.core.remote_tool import RemoteTool
from app.tools.adapter import LaunchRequest
from app.tools.catalogue import adapter_for
from app.tools.evidence import Signal, WatchedFile
from app.tools.host import Host, HostOS
from app.tools.launcher import run_plan
from app.tools.rustdesk_peer import read_peer_stamp, stamp_line
from app.tools.session_watcher import SessionWatcher
from tests.tools.conftest import WINDOWS_ENV, FakeTool, fake_host
from tests.tools.test_session_watcher import Received

ACCEPTED = datetime(2026, 11, 24, 14, 3, 12, 250000, tzinfo=UTC)


def saved_at(path: Path, at: datetime) -> None:
    """The file saved (as RustDesk does) at the instant `at`."""
    path.write_text("[info]\n", encoding="utf-8")  # contents: RustDesk's, never read
    ns = int(at.timestamp()) * 1_000_000_000 + at.microsecond * 1000
    os.utime(path, ns=(ns, ns))


def test_the_peer_file_is_watched_for_the_launched_id_on_each_os() -> None:
    adapter = adapter_for(RemoteTool.RUSTDESK)
    windows = fake_host(HostOS.WINDOWS, set(), **WINDOWS_ENV)
    files = adapter.observation(windows, "123456789").files
    peer = [f for f in files if f.saved]
    assert [f.path for f in peer] == [
        r"C:\Users\tech\AppData\Roaming\RustDesk\config\peers\123456789.toml"
    ]
    assert peer[0].signals == frozenset({Signal.ACCEPTED})  # no end from a save
    linux = fake_host(HostOS.LINUX, HOME="/home/tech")
    macos = fake_host(HostOS.MACOS, HOME="/Users/tech")
    assert adapter.observation(linux, "office_pc1").files[-1].path == (
        "/home/tech/.config/rustdesk/peers/office_pc1.toml"
    )
    assert adapter.observation(macos, "123456789").files[-1].path == (
        "/Users/tech/Library/Preferences/com.carriez.RustDesk/peers/123456789.toml"
    )
    assert not any(f.saved for f in adapter.observation(linux).files)  # no ID, no peer file


def test_a_save_after_launch_is_the_accepted_instant_once(tmp_path: Path) -> None:
    peer = tmp_path / "peers" / "123456789.toml"
    peer.parent.mkdir()
    saved_at(peer, datetime(2026, 11, 20, 9, 0, tzinfo=UTC))  # an earlier session's save
    files = [WatchedFile(str(peer), read_peer_stamp, frozenset({Signal.ACCEPTED}), saved=True)]
    seen: list[object] = []
    watcher = SessionWatcher(files, "123 456 789", seen.append)
    try:
        assert watcher.poll_once() == []  # nothing new since the launch
        saved_at(peer, ACCEPTED)
        (accepted,) = watcher.poll_once()
        saved_at(peer, datetime(2026, 11, 24, 14, 30, tzinfo=UTC))  # saved again: not news
        assert watcher.poll_once() == []
    finally:
        assert watcher.stop()
    assert (accepted.signal, accepted.at, accepted.source) == (Signal.ACCEPTED, ACCEPTED, str(peer))
    assert accepted.line == "saved 2026-11-24T14:03:12.250000+00:00 123456789.toml"


def test_a_launched_fake_rustdesk_is_seen_accepting_through_its_peer_file(
    fake_tools: Callable[..., FakeTool], linux_host: Host
) -> None:
    """The first connection to an ID creates its peer file: that counts as a save too."""
    peer = Path(linux_host.env["HOME"]) / ".config" / "rustdesk" / "peers" / "123456789.toml"
    peer.parent.mkdir(parents=True)
    fake_tools("rustdesk", version_output="1.4.1", log=peer, lines=("[info]",))
    adapter = adapter_for(RemoteTool.RUSTDESK)
    plan = adapter.prepare(LaunchRequest("123 456 789"), linux_host)
    files = adapter.observation(linux_host, plan.remote_id).files
    got = Received()
    with SessionWatcher(files, plan.remote_id, got, poll_seconds=0.01):
        run_plan(plan)
        (accepted,) = got.wait_for(1)
    assert accepted.source == str(peer)
    saved = datetime.fromtimestamp(peer.stat().st_mtime_ns / 1_000_000_000, UTC)
    assert accepted.at == saved  # the instant the file system gave the save, not "now"


@given(st.text())
def test_any_other_text_is_not_a_save(text: str) -> None:
    entries = read_peer_stamp(text)
    assert all(e.signal is Signal.ACCEPTED and e.at.tzinfo is not None for e in entries)


def test_the_stamp_line_reads_back() -> None:
    ns = int(ACCEPTED.timestamp()) * 1_000_000_000 + 250_000_000
    (entry,) = read_peer_stamp(stamp_line("/x/peers/1.toml", ns))
    assert entry.at == ACCEPTED
    assert read_peer_stamp("saved yesterday 1.toml") == ()
    assert read_peer_stamp("saved 2026-11-24T14:03:12 1.toml") == ()  # no zone: not ours
