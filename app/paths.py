"""Where AssistDesk keeps its state. `--basedir DIR` moves all of it (database, settings, logs)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app import APP_NAME

DB_FILENAME = "assistdesk.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        return cls(Path(dirs.user_data_dir), Path(dirs.user_config_dir), Path(dirs.user_log_dir))

    @classmethod
    def under(cls, basedir: str | os.PathLike[str]) -> AppPaths:
        base = Path(basedir).expanduser().resolve()
        return cls(base / "data", base / "config", base / "logs")

    @classmethod
    def resolve(cls, basedir: str | os.PathLike[str] | None) -> AppPaths:
        return cls.under(basedir) if basedir else cls.default()

    @property
    def database_file(self) -> Path:
        return self.data_dir / DB_FILENAME

    def database_url(self, explicit: str | None = None) -> str:
        """`--db URL` wins, then ASSISTDESK_DB, then the SQLite file in the data directory."""
        url = explicit or os.environ.get("ASSISTDESK_DB")
        return url if url else f"sqlite:///{self.database_file}"
