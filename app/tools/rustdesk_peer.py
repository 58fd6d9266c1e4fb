"""RustDesk's peer file, `peers/<ID>.toml` in RustDesk's config folder [H]: RustDesk saves it again
when the peer's information arrives after a successful login ("for update file time" in its
`src/client.rs`), so the first save after the launch is taken as the moment the customer accepted.
That is low confidence: RustDesk may save the file for other reasons, and nothing in the save says
why, so the desk always asks before starting the timer from it, even with automatic start on (the
connect controller knows these files by WatchedFile.saved).

Only that moment is evidence. The file's contents are RustDesk's own settings for that peer, not
documented and not read here; and nothing is known to save it at the end of a session, so it
gives no end. The follower turns each new modification time into one line, "saved <ISO instant>",
which `read_peer_stamp` reads like any other log line; the watcher counts only the first."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from app.tools.evidence import LogEntry, Signal

_PREFIX = "saved "


def stamp_line(path: str | os.PathLike[str], mtime_ns: int) -> str:
    """The evidence line for a save of the peer file at `mtime_ns` (nanoseconds since 1970)."""
    at = datetime.fromtimestamp(mtime_ns / 1_000_000_000, UTC)
    return f"{_PREFIX}{at.isoformat()} {Path(path).name}"


def read_peer_stamp(line: str) -> tuple[LogEntry, ...]:
    """A save of the peer file means "accepted at" that instant; () for any other text."""
    if not line.startswith(_PREFIX):
        return ()
    stamp = line[len(_PREFIX) :].split(" ", 1)[0]
    try:
        at = datetime.fromisoformat(stamp)
    except ValueError:
        return ()
    if at.tzinfo is None:
        return ()
    return (LogEntry(Signal.ACCEPTED, at.astimezone(UTC), None, line.strip()),)


class StampFollower:
    """Like FileFollower, for a file whose saving is the news: one line per new modification
    time since this object was made (a file that does not exist yet counts once it appears)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._last = self._stamp()

    def _stamp(self) -> int | None:
        try:
            return os.stat(self.path).st_mtime_ns
        except OSError:
            return None

    def read_lines(self) -> list[str]:
        stamp = self._stamp()
        if stamp is None or stamp == self._last:
            return []
        self._last = stamp
        return [stamp_line(self.path, stamp)]

    def close(self) -> None:
        """Nothing is held open."""
