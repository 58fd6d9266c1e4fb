"""The application log: a rotating file in the log directory. Never given a secret."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from app.paths import AppPaths
from app.private_files import private_folder, tighten

LOG_FILENAME = "assistdesk.log"


def configure_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    # The log names customers: its folder is the owner's only, like the database's.
    if not private_folder(paths.log_dir):
        tighten(paths.log_dir)
    handler = RotatingFileHandler(
        paths.log_dir / LOG_FILENAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
