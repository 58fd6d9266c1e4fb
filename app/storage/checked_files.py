"""Which state of a SQLite file was last found whole, so that it is not read end to end again.

SQLite's quick_check reads every page of the file: two seconds on a log of a million sessions,
on every `assistdesk` command. A file does not change by itself between two starts, so once the
check has passed (or AssistDesk itself has written the file since), the file's stamp is kept in
a small file beside it, `<database>-checked`: for the database and its write-ahead log, the inode,
the size, and the times of the last change of content (mtime) and of the file (ctime, which no
program can set back). The next start compares: the same stamp, and the check is skipped; any
other (a copy put in its place, a byte changed by another program, a restored backup, even one
with its old times) and the check runs as before.

A stamp is believed only when it was written after the file's last change by a clock tick at
least (as Git treats a "racily clean" index entry): a change made in the same tick as the stamp
could otherwise go unseen. Writing the stamp is a convenience: where it cannot be written (a
read-only folder), every start checks, as before.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from app.private_files import FILE_MODE

# (inode, size, mtime_ns, ctime_ns) of one file
_Part = tuple[int, int, int, int]
_SUFFIX = "-checked"


@dataclass(frozen=True)
class FileStamp:
    """The database file's and its write-ahead log's identity, size and change times. An empty
    log and none at all are the same: a read-only connection makes an empty one."""

    file: _Part
    log: _Part | None

    @property
    def latest_change_ns(self) -> int:
        times = [self.file[2], self.file[3]]
        if self.log is not None:
            times += [self.log[2], self.log[3]]
        return max(times)


def stamp(path: Path) -> FileStamp | None:
    """The stamp of the database at `path` as it is now; None when it is not there."""
    try:
        main = os.stat(path)
    except OSError:
        return None
    log = None
    with contextlib.suppress(OSError):
        wal = os.stat(path.with_name(path.name + "-wal"))
        if wal.st_size:
            log = _part(wal)
    return FileStamp(_part(main), log)


def _part(status: os.stat_result) -> _Part:
    return (status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


def _only_ctime(before: FileStamp, after: FileStamp) -> bool:
    """Whether only the change times of the file (a chmod) differ between the two stamps."""
    if (before.log is None) != (after.log is None):
        return False
    same_log = before.log is None or (after.log is not None and before.log[:3] == after.log[:3])
    return before.file[:3] == after.file[:3] and same_log


def marker(path: Path) -> Path:
    return path.with_name(path.name + _SUFFIX)


def checked_stamp(path: Path) -> FileStamp | None:
    """The stamp kept beside the database when it was last found whole, if it can be believed."""
    kept = marker(path)
    try:
        written = os.stat(kept).st_mtime_ns
        with kept.open("rb") as file:
            data = json.loads(file.read(4096))
        main = _read_part(data["file"])
        if main is None:
            return None
        found = FileStamp(main, _read_part(data["log"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return found if found.latest_change_ns < written else None


def _read_part(value: object) -> _Part | None:
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 4 and all(type(v) is int for v in value)):
        raise ValueError("not a stamp")
    return (value[0], value[1], value[2], value[3])


def is_known_whole(path: Path) -> FileStamp | None:
    """The file's stamp when it is the one last found whole; None when it must be checked."""
    now = stamp(path)
    return now if now is not None and now == checked_stamp(path) else None


def remember(path: Path, found: FileStamp | None) -> None:
    """Keep `found` beside the database as its last state found whole (or written by AssistDesk);
    None forgets it. A failure to write is no fault: the next start checks the file again."""
    kept = marker(path)
    if found is None:
        with contextlib.suppress(OSError):
            kept.unlink()
        return
    text = json.dumps({"file": list(found.file), "log": found.log and list(found.log)})
    partial = kept.with_name(f"{kept.name}.{os.getpid()}.partial")
    with contextlib.suppress(OSError):
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            os.write(descriptor, text.encode())
        finally:
            os.close(descriptor)
        os.replace(partial, kept)
        _after_the_tick(kept, found.latest_change_ns)
    with contextlib.suppress(OSError):
        partial.unlink()


def _after_the_tick(kept: Path, change_ns: int) -> None:
    """File times move in ticks of a few milliseconds on some file systems: a stamp written in
    the tick of the file's last change is not believed (checked_stamp), so its time is moved on
    until it is past that tick (at most a few tens of milliseconds)."""
    for _ in range(25):
        if os.stat(kept).st_mtime_ns > change_ns:
            return
        time.sleep(0.002)
        os.utime(kept)


class OwnWrites:
    """Follows one open database through this process's writes: while every change since the
    file was found whole is AssistDesk's own, the stamp after them is kept when it closes."""

    def __init__(self, path: Path, whole: FileStamp | None = None) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._ours = whole is not None
        self._stamp = whole

    def found_whole(self, before: FileStamp | None) -> None:
        """The check that began when the file's stamp was `before` (None: there was no file)
        has passed: the file is trusted, and its stamp kept, if it did not change meanwhile."""
        with self._lock:
            now = stamp(self._path)
            self._ours = now == before
            self._stamp = now
            if self._ours and now is not None:
                remember(self._path, now)

    def created(self) -> None:
        """The file held no tables when it was looked at: all it holds now is this process's."""
        with self._lock:
            self._ours = True
            self._stamp = stamp(self._path)

    def made_private(self) -> None:
        """AssistDesk took the group's and others' permissions away (app.storage.sqlite_files):
        the file's ctime moved, nothing else; it is still the file found whole."""
        with self._lock:
            now, kept = stamp(self._path), self._stamp
            if not self._ours or now is None or kept is None or not _only_ctime(kept, now):
                return
            self._stamp = now
            remember(self._path, now)

    def before_writing(self) -> bool:
        """Whether the file is still as it was found whole or last written by this process."""
        with self._lock:
            return self._ours and stamp(self._path) == self._stamp

    def written(self, was_ours: bool) -> None:
        """A write has ended (committed or not): the file is trusted as it is now when it was
        ours before; otherwise somebody else changed it meanwhile, and nothing more is kept."""
        with self._lock:
            self._ours = was_ours
            self._stamp = stamp(self._path)

    def closed(self, was_ours: bool) -> None:
        """The last connection is closed (SQLite may have moved its log into the file): the
        stamp is kept when the file was ours just before."""
        with self._lock:
            if was_ours:
                remember(self._path, stamp(self._path))
