"""Watching a launched session on a background thread: the adapter's files are followed from the
moment of launch, and "accepted at T" and "ended at T" are each reported once, with the line that
says so. T is the tool's own instant from that line, not when AssistDesk noticed."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from types import TracebackType

from app.tools.evidence import Detection, LogEntry, Signal, WatchedFile
from app.tools.file_follower import FileFollower
from app.tools.rustdesk_peer import StampFollower

log = logging.getLogger(__name__)
POLL_SECONDS = 0.2


class SessionSignals:
    """Which entries concern the watched ID, in order: accepted once, then ended once. An entry
    without an ID counts when its file says nothing about IDs on such lines, except that
    `needs_connecting` files need a "connecting to <ID>" line first."""

    def __init__(self, remote_id: str, resumed_in: Sequence[str] = ()) -> None:
        """`resumed_in`: a session already accepted before the watch began (resumed after a
        crash) in these files: only its end is looked for, and their ID-less lines count."""
        self.remote_id = remote_id
        self.accepted = bool(resumed_in)
        self.ended = False
        # files that have shown "connecting to <our ID>"
        self._connecting: set[str] = set(resumed_in)

    def take(self, entry: LogEntry, source: WatchedFile) -> Detection | None:
        ours = entry.remote_id is not None and _same_id(entry.remote_id, self.remote_id)
        if entry.signal is Signal.CONNECTING:
            if ours:
                self._connecting.add(source.path)
            else:  # connecting elsewhere: later ID-less lines in this file are not ours
                self._connecting.discard(source.path)
            return None
        if entry.remote_id is not None and not ours:
            return None
        if entry.remote_id is None and source.needs_connecting and not self._is_connecting(source):
            return None
        if entry.signal is Signal.ACCEPTED and not self.accepted:
            self.accepted = True
        elif entry.signal is Signal.ENDED and self.accepted and not self.ended:
            self.ended = True
        else:
            return None
        return Detection(entry.signal, entry.at, self.remote_id, entry.line, source.path)

    def _is_connecting(self, source: WatchedFile) -> bool:
        return source.path in self._connecting


def _same_id(a: str, b: str) -> bool:
    return "".join(a.split()).lower() == "".join(b.split()).lower()


class SessionWatcher:
    """Follows `files` for `remote_id` and calls `on_detection` (on the watcher's thread) for
    acceptance and end. Files are measured when the watcher is made, so make it just before
    launching. It stops by itself after the end, or when `stop()` is called."""

    def __init__(
        self,
        files: Sequence[WatchedFile],
        remote_id: str,
        on_detection: Callable[[Detection], None],
        poll_seconds: float = POLL_SECONDS,
        *,
        resumed: bool = False,
    ) -> None:
        """`resumed`: the session was accepted before (it is resumed after a crash): only its
        end is reported, from what the files gain from now on."""
        self._files = tuple(files)
        self._followers = [
            StampFollower(f.path) if f.saved else FileFollower(f.path) for f in self._files
        ]
        resumed_in = [f.path for f in self._files] if resumed else []
        self._signals = SessionSignals(remote_id, resumed_in)
        self._on_detection = on_detection
        self._poll = poll_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="session-watcher", daemon=True)

    def start(self) -> SessionWatcher:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> bool:
        """Ask the thread to stop and wait for it; True when it has stopped."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        if self._thread.is_alive():
            return False
        for follower in self._followers:  # also when the thread never ran (tests polling)
            follower.close()
        return True

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def __enter__(self) -> SessionWatcher:
        return self.start()

    def __exit__(
        self, _t: type[BaseException] | None, _v: BaseException | None, _tb: TracebackType | None
    ) -> None:
        self.stop()

    def poll_once(self) -> list[Detection]:
        """Read what the files gained and report it (the thread's step; tests may call it)."""
        found: list[Detection] = []
        for source, follower in zip(self._files, self._followers, strict=True):
            for line in follower.read_lines():
                for entry in source.read_line(line):
                    detection = self._signals.take(entry, source)
                    if detection is not None:
                        found.append(detection)
                        self._report(detection)
        return found

    def _report(self, detection: Detection) -> None:
        try:
            self._on_detection(detection)
        except Exception:  # a broken receiver must not end the watching
            log.exception("the receiver of a %s detection failed", detection.signal.value)

    def _run(self) -> None:
        try:
            while not self._stop.is_set() and not self._signals.ended:
                try:
                    self.poll_once()
                except OSError as error:  # a file that vanished mid-read: try again next poll
                    log.warning("watching %s: %s", self._signals.remote_id, error.strerror)
                self._stop.wait(self._poll)
        finally:
            for follower in self._followers:
                follower.close()
