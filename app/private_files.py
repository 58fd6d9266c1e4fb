"""Files and folders that only their owner can read: the SQLite database, its side files and
backup copies, their folder, and the log folder (see docs/storage.md).

On POSIX a file AssistDesk creates for them gets mode 0600 and a folder 0700 (the umask can only
take more away). One that already exists and belongs to the user loses its group and other
permissions, its owner's own stay as they are (a file made read-only stays read-only); one that
belongs to someone else is left alone, as only its owner or root could change it. Where a mode
cannot be changed (a read-only file system), it stays: nothing is written there either. Windows
has no such modes; its per-user folders are the user's alone already.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
OTHERS = 0o077  # group and other permissions
POSIX = os.name == "posix"


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
    file is tightened instead (see tighten)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        tighten(path)
        return False
    os.close(descriptor)
    return True


def tighten(path: Path, *, folder: bool = False) -> None:
    """Take group and other permissions away from `path` if it exists, is the user's and is a
    regular file (with `folder`: a folder). Anything else (a device such as /dev/null, a pipe,
    a folder given as a file) is never touched."""
    if not POSIX:
        return
    try:
        status = path.stat()
    except OSError:
        return  # not there (a side file SQLite has not made), or not reachable
    kind_wanted = stat.S_ISDIR if folder else stat.S_ISREG
    if not kind_wanted(status.st_mode):
        return
    mode = stat.S_IMODE(status.st_mode)
    if status.st_uid != os.getuid() or not mode & OTHERS:
        return
    with contextlib.suppress(OSError):  # a read-only file system: it cannot be written either
        os.chmod(path, mode & ~OTHERS)
