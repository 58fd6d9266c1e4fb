"""Files and folders that only their owner can read: the SQLite database, its side files and
backup copies, their folder, and the log (see docs/storage.md).

On POSIX a file AssistDesk creates for them gets mode 0600 and a folder 0700 (the umask can only
take more away). One that already exists and belongs to the user loses its group and other
permissions, its owner's own stay as they are (a file made read-only stays read-only); one that
belongs to someone else is left alone, as only its owner or root could change it. A symbolic
link is never followed: what it names could be anyone's file. An existing folder is tightened
only when it is AssistDesk's own (see `tighten_own_folder`): a home or a shared folder such as
/tmp keeps its mode. Where a mode cannot be changed (a read-only file system), it stays: nothing
is written there either. Windows has no such modes; its per-user folders are the user's alone.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
OTHERS = 0o077  # group and other permissions
SHARED = stat.S_ISVTX | stat.S_IWOTH  # a folder for everyone: /tmp, a shared tmpfs
POSIX = os.name == "posix"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def private_folder(folder: Path) -> bool:
    """Create `folder`, and each missing folder above it, readable by its owner only.
    True when `folder` itself was created; an existing one is left as it is (see tighten)."""
    missing = []
    for level in (folder, *folder.parents):
        if level.is_dir():
            break
        missing.append(level)
    for level in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process
            level.mkdir(mode=FOLDER_MODE)
    return bool(missing)


def private_file(path: Path) -> bool:
    """Create `path`, empty, readable by its owner only; True when it was created. An existing
    file is tightened instead (see tighten); a link at `path` is never followed."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, FILE_MODE)
    except FileExistsError:
        tighten(path)
        return False
    os.close(descriptor)
    return True


def tighten_own_folder(folder: Path, ours: Callable[[str], bool]) -> None:
    """Tighten the existing `folder` (see tighten) when it is AssistDesk's own: everything in it
    has a name `ours` accepts, and it is neither sticky nor writable by everyone. The caller
    asks only when the folder already held its file before this start, so an empty folder (or
    one where the file was just made) keeps its mode."""
    try:
        status = os.lstat(folder)
        names = os.listdir(folder)
    except OSError:
        return
    if status.st_mode & SHARED or not all(ours(name) for name in names):
        return
    tighten(folder, folder=True)


def tighten(path: Path, *, folder: bool = False) -> None:
    """Take group and other permissions away from `path` if it exists, is the user's and is a
    regular file (with `folder`: a folder) itself. Anything else (a symbolic link, a device such
    as /dev/null, a pipe, a folder given as a file) is never touched."""
    if not POSIX:
        return
    kind_wanted = stat.S_ISDIR if folder else stat.S_ISREG
    try:
        status = os.lstat(path)  # a link is not followed: it is neither a file nor a folder
    except OSError:
        return  # not there (a side file SQLite has not made), or not reachable
    if not kind_wanted(status.st_mode) or not _tightenable(status):
        return
    try:  # the mode is changed on what was looked at, even if the name is replaced meanwhile
        descriptor = os.open(path, os.O_RDONLY | _NOFOLLOW)
    except OSError:  # the owner took reading away from themselves: by name, once more checked
        with contextlib.suppress(OSError):
            if os.lstat(path).st_ino == status.st_ino:
                os.chmod(path, stat.S_IMODE(status.st_mode) & ~OTHERS)
        return
    try:
        opened = os.fstat(descriptor)
        if (opened.st_dev, opened.st_ino) == (status.st_dev, status.st_ino):
            with contextlib.suppress(OSError):  # a read-only file system: no writes there either
                os.fchmod(descriptor, stat.S_IMODE(opened.st_mode) & ~OTHERS)
    finally:
        os.close(descriptor)


def _tightenable(status: os.stat_result) -> bool:
    return status.st_uid == os.getuid() and bool(stat.S_IMODE(status.st_mode) & OTHERS)
