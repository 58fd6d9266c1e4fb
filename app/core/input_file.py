"""Reading a file a user names (a policy file, a tool's history, a logo) safely: only a regular
file, never a device such as /dev/zero or a pipe (which would never end or never start), and
never more than a stated size, so a wrong choice is refused in a sentence instead of a hang."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them; a DomainError that names
    the file says why otherwise (missing, a folder, not a regular file, too large, unreadable)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:  # looked at before it is opened: opening some devices does something (a watchdog)
        kind = os.stat(path).st_mode
    except OSError:
        kind = stat.S_IFREG  # opening says why
    if stat.S_ISDIR(kind):
        raise _folder(path)
    if not stat.S_ISREG(kind):
        raise _not_regular(path)
    try:
        descriptor = os.open(path, flags)  # a pipe opened without blocking, then refused below
    except FileNotFoundError:
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "{path}: there is no such file.").format(path=path)
        ) from None
    except IsADirectoryError:
        raise _folder(path) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise _folder(path)
        if not stat.S_ISREG(status.st_mode):  # it changed since it was looked at
            raise _not_regular(path)
        if status.st_size > limit:
            raise _too_large(path, limit)
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise _unreadable(path, error) from None
    finally:
        os.close(descriptor)
    if len(data) > limit:  # it grew while being read
        raise _too_large(path, limit)
    return data


def _folder(path: Path) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("Messages", "{path}: is a folder; give the file itself.").format(
            path=path
        )
    )


def _not_regular(path: Path) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP(
            "Messages", "{path}: is not a regular file (a device or a pipe); give a file."
        ).format(path=path)
    )


def _too_large(path: Path, limit: int) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP(
            "Messages", "{path}: is larger than {size}, more than such a file ever is."
        ).format(path=path, size=size_text(limit))
    )


def _unreadable(path: Path, error: OSError) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("Messages", "{path}: cannot be read ({reason}).").format(
            path=path, reason=error.strerror or error
        )
    )


def size_text(size: int) -> str:
    """1048576 → "1 MB"; 5242880 → "5 MB"; 4096 → "4 KB"."""
    if size >= 1 << 20:
        return f"{size / (1 << 20):g} MB"
    return f"{size / (1 << 10):g} KB"
