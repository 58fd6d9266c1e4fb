"""The desk's sign of life (app.services.life_signs): what the last run left is read before this
run writes its own, and only a moment the session can have ended at is offered."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.core.clock import ManualClock
from app.services.life_signs import FILE_NAME, LifeSigns
from tests.conftest import START


def test_the_last_run_s_last_beat_is_read_before_this_run_beats(tmp_path: Path) -> None:
    clock = ManualClock(START)
    assert LifeSigns(tmp_path / "new", clock).previous is None  # no file, no folder yet
    first = LifeSigns(tmp_path / "new", clock)
    first.beat()
    clock.advance(seconds=30)
    first.beat()
    clock.advance(hours=2)
    second = LifeSigns(tmp_path / "new", clock)
    second.beat()
    assert second.previous == START + timedelta(seconds=30)
    assert LifeSigns(tmp_path / "new", clock).previous == clock.now()
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == [FILE_NAME]  # no leftovers


def test_only_a_moment_between_the_session_s_last_change_and_now_is_offered(
    tmp_path: Path,
) -> None:
    clock = ManualClock(START)
    LifeSigns(tmp_path, clock).beat()
    signs = LifeSigns(tmp_path, clock)
    later = START + timedelta(hours=1)
    assert signs.end_offered(START - timedelta(minutes=5), later) == START
    assert signs.end_offered(START, later) == START  # the very moment: still possible
    assert signs.end_offered(START + timedelta(seconds=1), later) == later  # before it began
    assert signs.end_offered(START - timedelta(hours=2), START - timedelta(hours=1)) == (
        START - timedelta(hours=1)  # the clock was set back since: not in the future
    )


@pytest.mark.parametrize("text", ["", "yesterday", "2026-11-24T09:00:00", "\x00\xff"])
def test_an_unreadable_or_zoneless_sign_is_no_sign(tmp_path: Path, text: str) -> None:
    (tmp_path / FILE_NAME).write_bytes(text.encode("latin-1"))
    signs = LifeSigns(tmp_path, ManualClock(START))
    assert signs.previous is None
    assert signs.end_offered(START, START + timedelta(hours=1)) == START + timedelta(hours=1)


def test_a_folder_in_the_way_is_no_fault(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).mkdir()  # something odd where the file goes
    signs = LifeSigns(tmp_path, ManualClock(START))
    signs.beat()
    assert signs.previous is None


def test_a_normal_close_is_no_sign_of_where_a_crash_stopped(tmp_path: Path) -> None:
    clock = ManualClock(START)
    run = LifeSigns(tmp_path, clock)
    run.beat()
    clock.advance(hours=8)
    run.closed()  # closed normally, a session from an earlier crash still open
    later = LifeSigns(tmp_path, clock)
    assert later.previous is None
    assert later.end_offered(START, clock.now()) == clock.now()  # "now", as before
