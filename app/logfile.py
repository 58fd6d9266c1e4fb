"""The application log: a rotating file in the log directory, readable by its owner only (log
lines and tracebacks name customers). Never given a secret.

The log folder follows the database folder's rule (app.private_files): one AssistDesk creates is
0700; an existing one is tightened only when it already held the log and holds nothing else, and
is not shared (a `--basedir ~` keeps the mode of ~/logs). The log files themselves are 0600 and
never written through a symbolic link. When the log cannot be written at all (a read-only disk),
the window logs to standard error instead and goes on: the database may be fine.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from datetime import datetime
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.paths import AppPaths
from app.private_files import FILE_MODE, private_folder, tighten, tighten_own_folder

LOG_FILENAME = "assistdesk.log"
_APPEND = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)

log = logging.getLogger(__name__)


def configure_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    """Send the log to the file in the log folder; to standard error when that fails."""
    handler: logging.Handler
    try:
        handler = _PrivateRotatingFile(
            private_log_file(paths), maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        problem = None
    except OSError as error:
        handler, problem = logging.StreamHandler(sys.stderr), error
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    if problem is not None:
        log.warning(
            "the log cannot be written in %s (%s); it goes to standard error only",
            paths.log_dir, problem.strerror or problem,
        )  # fmt: skip


def write_unexpected(
    paths: AppPaths, error: BaseException, command: str, at: datetime
) -> Path | None:
    """Append what the last-resort net caught at `at` (`error` with its traceback, and the
    command it ended) to the log file; the file, or None when it cannot be written either."""
    stamp = at.isoformat(timespec="seconds")
    lines = traceback.format_exception(error)
    try:
        log_file = private_log_file(paths)
        with open(log_file, "a", encoding="utf-8", opener=_private_opener) as out:
            out.write(f"{stamp} ERROR app.cli: unexpected error in `{command}`\n")
            out.writelines(lines)
    except OSError:
        return None
    return log_file


def private_log_file(paths: AppPaths) -> Path:
    """The log file's path, its folder made (0700) or tightened by the rule above, and the
    files already there (the log and its rotated copies) tightened to their owner."""
    folder = paths.log_dir
    log_file = folder / LOG_FILENAME
    held = os.path.lexists(log_file)
    if not private_folder(folder) and held:
        tighten_own_folder(folder, lambda name: name.startswith(LOG_FILENAME))
    for existing in (log_file, *folder.glob(f"{LOG_FILENAME}.*")):
        tighten(existing)
    return log_file


class _PrivateRotatingFile(RotatingFileHandler):
    """Each log file it opens (after a rotation too) is made 0600, never through a link."""

    def _open(self) -> TextIOWrapper:
        return open(
            self.baseFilename, "a", encoding=self.encoding, errors=self.errors,
            opener=_private_opener,
        )  # fmt: skip


def _private_opener(path: str, _flags: int) -> int:
    return os.open(path, _APPEND, FILE_MODE)
