"""The last moment this workstation's AssistDesk was known to be running.

A session left open by a crash (or a power cut) ended some time between its last recorded change
and the next start; "now" is the worst guess, as the customer is not charged for the hours the
computer was off. So the desk writes the time every half minute to a small file in its data
folder, `alive`, and the next start reads what the last run left there before writing its own:
crash recovery offers that moment as the session's end (app.ui.shell.recovery). A run that
closes normally says so in the file ("closed"): its last moment is no sign of when a session
left open by an earlier crash ended, so "now" is offered then, as before. The file holds one
instant, written whole (a temporary file then a rename); a file that cannot be written or read
is no fault either.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from app.core.clock import Clock
from app.private_files import FILE_MODE

FILE_NAME = "alive"
CLOSED = "closed"
INTERVAL_MS = 30_000  # how often the desk says it is alive: the end offered is at most this early


class LifeSigns:
    """`previous`: the last sign the run before this one left (None: none, or unreadable)."""

    def __init__(self, folder: Path, clock: Clock) -> None:
        self._path = folder / FILE_NAME
        self._clock = clock
        self.previous = _read(self._path)

    def beat(self) -> None:
        """Record that AssistDesk is running now."""
        self._write(self._clock.now().isoformat())

    def closed(self) -> None:
        """Record that AssistDesk closed normally now (no crash to recover from)."""
        self._write(f"{self._clock.now().isoformat()} {CLOSED}")

    def _write(self, text: str) -> None:
        partial = self._path.with_name(f"{FILE_NAME}.{os.getpid()}.partial")
        with contextlib.suppress(OSError):
            self._path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
            try:
                os.write(descriptor, text.encode())
            finally:
                os.close(descriptor)
            os.replace(partial, self._path)
        with contextlib.suppress(OSError):
            partial.unlink()

    def end_offered(self, earliest: datetime, now: datetime) -> datetime:
        """When a session left open since `earliest` is offered to have ended: the last sign of
        life when it falls between the two, else `now`."""
        last = self.previous
        return last if last is not None and earliest <= last <= now else now


def _read(path: Path) -> datetime | None:
    try:
        text = path.read_text(encoding="ascii").strip()
        if text.endswith(CLOSED):
            return None  # closed normally: not where a crash stopped
        instant = datetime.fromisoformat(text)
    except (OSError, ValueError):
        return None
    return instant if instant.tzinfo is not None else None
