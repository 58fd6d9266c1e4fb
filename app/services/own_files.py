"""AssistDesk's own files, which a file the user exports (an invoice's PDF, a calendar) must
never replace: the SQLite database with the files SQLite and upgrades keep beside it, and
everything in the data, configuration and log folders (settings.toml, the office's policy
files, the log). Compared by what the names lead to, so another path to the same place (a
link to a folder, a bind mount, a hard link) is recognised too."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.paths import AppPaths

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

_SIDE_FILES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True)
class OwnFiles:
    folders: tuple[Path, ...]
    database: Path | None = None  # a SQLite file; None for PostgreSQL

    @classmethod
    def of(cls, paths: AppPaths, url: str | URL) -> OwnFiles:
        """The own files of the state in `paths` and the database at `url` (a DomainError for
        a URL that is no database URL)."""
        from app.storage.engine import normalise_url, sqlite_file

        database = sqlite_file(normalise_url(url) if isinstance(url, str) else url)
        return cls((paths.data_dir, paths.config_dir, paths.log_dir), database)

    def holding(self, target: Path) -> Path | None:
        """The database when `target` (a file in an existing folder, not a link) is or would be
        it or a file beside it, or the own folder it is in; None when it is none of them."""
        for database in self._databases():
            copies = f"{database.stem}.before-upgrade-from-"
            beside = _same(target.parent, database.parent)
            for own in (database.with_name(database.name + side) for side in _SIDE_FILES):
                if (beside and target.name == own.name) or _same(target, own):  # or a hard link
                    return database
            if beside and target.name.startswith(copies):
                return database
        places = {_identity(folder): folder for folder in self.folders}
        places.pop(None, None)
        for level in (target.parent, *target.parent.parents):
            found = places.get(_identity(level))
            if found is not None:
                return found
        return None

    def _databases(self) -> list[Path]:
        """The database as named, and the file it names when that is a link."""
        if self.database is None:
            return []
        return list(dict.fromkeys([self.database, Path(os.path.realpath(self.database))]))


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def _same(first: Path, second: Path) -> bool:
    one = _identity(first)
    return one is not None and one == _identity(second)
