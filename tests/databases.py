"""Databases at the schema's head without running Alembic per test.

Migrating an empty database costs about 0.1 s on SQLite and 0.5 s on PostgreSQL, and most tests
need one. Each backend is migrated for real once per run; a test then gets a copy: the SQLite file
copied, or on PostgreSQL the statements that migration sent replayed into the test's own schema.
The migration tests (tests/storage/test_migrations.py) still migrate empty databases themselves.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url

from app.storage.engine import sqlite_file


@dataclass
class MigratedTemplates:
    """Makes the database behind a URL (empty, just created by a fixture) one at the head."""

    folder: Path
    _sqlite: Path | None = None
    _statements: list[tuple[str, Any, bool]] = field(default_factory=list)

    def fill(self, url: str) -> str:
        parsed = make_url(url)
        path = sqlite_file(parsed)
        if path is not None:
            shutil.copyfile(self._sqlite_template(), path)
        else:
            self._replay(url)
        return url

    def _sqlite_template(self) -> Path:
        if self._sqlite is None:
            from app.storage.database import open_database

            path = self.folder / "template.sqlite3"
            database, _ = open_database(f"sqlite:///{path}")
            database.dispose()  # the last connection's close checkpoints the WAL into the file
            self._sqlite = path
        return self._sqlite

    def _replay(self, url: str) -> None:
        """Send the statements of one real PostgreSQL migration (recorded at the first call)."""
        from app.storage.database import open_database
        from app.storage.engine import create_engine_for

        if not self._statements:
            recorder = create_engine_for(url)
            event.listen(recorder, "before_cursor_execute", self._record)
            from app.storage import migrate

            migrate.upgrade_to_head(recorder)
            recorder.dispose()
            database, _ = open_database(url)  # proves the recording left a database at the head
            database.dispose()
            return
        engine = create_engine_for(url)
        try:
            with engine.begin() as connection:
                cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
                cursor.execute(self._script())  # one round trip: no parameters, many statements
        finally:
            engine.dispose()

    def _script(self) -> str:
        """The recorded migration as one SQL text (its reads of the catalogue left out)."""
        texts = []
        for statement, parameters, many in self._statements:
            if statement.lstrip().upper().startswith("SELECT"):
                continue
            if many or parameters:
                raise AssertionError(
                    f"a migration step with values cannot be replayed: {statement}"
                )
            # Sent with an empty set of values, so `%` was written `%%` for the driver.
            texts.append(statement.replace("%%", "%") if parameters is not None else statement)
        return ";\n".join(texts)

    def _record(
        self, _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool
    ) -> None:
        self._statements.append((statement, parameters, many))
