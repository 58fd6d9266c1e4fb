"""The application log: a rotating file in the log directory. Never given a secret."""

from __future__ import annotations

import logging
import traceback
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.paths import AppPaths
from app.private_files import private_folder, tighten

LOG_FILENAME = "assistdesk.log"


def configure_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    # The log names customers: its folder is the owner's only, like the database's.
    if not private_folder(paths.log_dir):
        tighten(paths.log_dir, folder=True)
    handler = RotatingFileHandler(
        paths.log_dir / LOG_FILENAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)


def write_unexpected(
    paths: AppPaths, error: BaseException, command: str, at: datetime
) -> Path | None:
    """Append what the last-resort net caught at `at` (`error` with its traceback, and the
    command it ended) to the log file; the file, or None when it cannot be written either."""
    log_file = paths.log_dir / LOG_FILENAME
    stamp = at.isoformat(timespec="seconds")
    lines = traceback.format_exception(error)
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as out:
            out.write(f"{stamp} ERROR app.cli: unexpected error in `{command}`\n")
            out.writelines(lines)
    except OSError:
        return None
    return log_file
