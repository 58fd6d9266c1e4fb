"""Writing a file the user named (a PDF, a calendar, the settings): all of it or nothing.

The bytes go to a temporary file in the same folder (`.assistdesk-….partial`), are flushed to the
disk, and only then take the name (os.replace): an interrupted command, a full disk or a crash
never leaves half a file under the name, and the temporary file is removed on every failure. Only
a regular file is ever replaced: a folder, a device such as /dev/full, a pipe or a socket at that
name is refused before anything is written. A file the user exports is never written through a
symbolic link at its name, nor over AssistDesk's own files (app.services.own_files); AssistDesk's
own settings and policy files follow a link at their name to what it names.

A place the user can fix (no such folder, a folder, a name too long, no permission, a read-only
disk) is an OutputPathError; a disk that fills up or fails while writing is a WriteFailedError,
the environment's fault (exit status 1 on the command line).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from app.core.errors import DomainError, UnavailableError
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.services.own_files import OwnFiles

_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_REFUSED = (errno.EACCES, errno.EPERM, errno.EROFS)


class OutputPathError(DomainError):
    """The file cannot be written where the user asked; another name or folder will do."""


class WriteFailedError(UnavailableError):
    """The disk filled up or failed while the file was written; nothing was left behind."""


def check_output(name: str | os.PathLike[str], export: OwnFiles | None = None) -> Path:
    """Where a file named `name` will be written; refuses, before any work is done, a name that
    cannot be a file there. AssistDesk's own files (settings, policies) follow a symbolic link
    at the name; a file the user exports (`export`: AssistDesk's own files, which it must not
    replace) never does: such a link is refused, as is any of those own files."""
    text = os.fspath(name)
    if not text.strip():
        raise OutputPathError(
            QT_TRANSLATE_NOOP("Messages", "Give the name of the file to write.").format()
        )
    folder_text, base = os.path.split(text)
    if text.endswith(("/", os.sep)) or (export is not None and base in ("", ".", "..")):
        raise _folder(text)
    if export is None:
        target = Path(os.path.realpath(text))
    else:  # the folder's links resolved, not the name's own
        target = Path(os.path.realpath(folder_text or os.curdir)) / base
    folder = target.parent
    try:
        kind = os.stat(folder).st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise OutputPathError(
            QT_TRANSLATE_NOOP("Messages", "The folder {folder} does not exist.").format(
                folder=folder
            )
        ) from None
    except OSError as error:
        raise _failure(text, error) from None
    if not stat.S_ISDIR(kind):
        raise OutputPathError(
            QT_TRANSLATE_NOOP("Messages", "{folder} is a file, not a folder.").format(folder=folder)
        )
    longest = _name_max(folder)
    if len(os.fsencode(target.name)) > longest:
        raise OutputPathError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file name {name} is longer than this disk allows ({longest} bytes).",
            ).format(name=_short(target.name), longest=longest)
        )
    if export is not None:
        _check_exportable(target, text, export)
    _check_replaceable(target, text)
    return target


def write_file(name: str | os.PathLike[str], data: bytes, export: OwnFiles | None = None) -> Path:
    """Write `data` to the file `name` as described above; returns the path written. With
    `export`, as check_output says: a link at the name is replaced, never followed."""
    target = check_output(name, export)
    text = os.fspath(name)
    try:
        temporary, descriptor = _create_beside(target)
    except OSError as error:
        raise _failure(text, error) from None
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(descriptor, view) :]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        if target.exists():  # a file replaced keeps its permissions
            os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
        _check_replaceable(target, text)  # nothing took the name meanwhile that is not a file
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise _failure(text, error) from None
        raise
    _sync_folder(target.parent)
    return target


def _check_exportable(target: Path, text: str, export: OwnFiles) -> None:
    if os.path.islink(target):
        raise OutputPathError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} is a symbolic link, and AssistDesk writes an export only to a file of "
                "its own name (in a shared folder another user may have made the link); give "
                "the name of the file itself.",
            ).format(path=text)
        )
    own = export.holding(target)
    if own is None:
        return
    if own in export.folders:
        raise OutputPathError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} is in AssistDesk's own folder {folder}, beside its database, settings "
                "or log; write the export somewhere else.",
            ).format(path=text, folder=str(own))
        )
    raise OutputPathError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{path} is AssistDesk's database or a file kept beside it ({database}); write the "
            "export somewhere else.",
        ).format(path=text, database=str(own))
    )


def _create_beside(target: Path) -> tuple[Path, int]:
    """A new, empty temporary file in the target's folder, with the mode a new file gets there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temporary = target.with_name(f".assistdesk-{secrets.token_hex(6)}.partial")
        try:
            return temporary, os.open(temporary, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target.parent))


def _check_replaceable(target: Path, text: str) -> None:
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return  # no such file yet (or it cannot be looked at: writing will tell)
    if stat.S_ISDIR(mode):
        raise _folder(text)
    if not stat.S_ISREG(mode):
        raise OutputPathError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} is a device or a pipe, not a file; AssistDesk writes only to files.",
            ).format(path=text)
        )


def _folder(text: str) -> OutputPathError:
    return OutputPathError(
        QT_TRANSLATE_NOOP("Messages", "{path} is a folder; give a file name in it.").format(
            path=text
        )
    )


def _failure(text: str, error: OSError) -> DomainError:
    reason = error.strerror or str(error)
    if error.errno in _FULL:
        return WriteFailedError(
            QT_TRANSLATE_NOOP(
                "Messages", "{path} could not be written: the disk is full ({reason})."
            ).format(path=text, reason=reason)
        )
    if error.errno in _REFUSED:
        return OutputPathError(_refusal(text, reason))
    if error.errno == errno.ENAMETOOLONG:
        return OutputPathError(
            QT_TRANSLATE_NOOP(
                "Messages", "{path} is a longer name than this disk allows; give a shorter one."
            ).format(path=_short(text))
        )
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return OutputPathError(
            QT_TRANSLATE_NOOP("Messages", "The folder {folder} does not exist.").format(
                folder=Path(text).parent
            )
        )
    return WriteFailedError(
        QT_TRANSLATE_NOOP("Messages", "{path} could not be written ({reason}).").format(
            path=text, reason=reason
        )
    )


def _refusal(text: str, reason: str) -> Message:
    return QT_TRANSLATE_NOOP(
        "Messages", "{path} cannot be written here ({reason}); choose another folder."
    ).format(path=text, reason=reason)


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # Windows has no pathconf
        return 255


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable (POSIX; Windows cannot open a folder)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _short(text: str) -> str:
    return text if len(text) <= 60 else f"{text[:28]}…{text[-28:]}"
