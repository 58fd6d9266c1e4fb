"""Opening the database: check the schema revision, upgrade an older one, refuse a newer one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from app.core.errors import DomainError
from app.storage.engine import WRITES, create_engine_for, normalise_url, sqlite_file
from app.storage.faults import DatabaseUnavailableError, database_fault, translating_faults
from app.storage.schema import HEAD, SchemaStatus, schema_status


class DatabaseTooNewError(DomainError):
    pass


__all__ = ["Database", "DatabaseTooNewError", "DatabaseUnavailableError", "open_database"]


@dataclass(frozen=True)
class UpgradeReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


class Database:
    """An engine and the transactions services run in."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writes = sessionmaker(
            engine.execution_options(**{WRITES: True}), expire_on_commit=False
        )
        self._reads = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> URL:
        return self.engine.url

    def describe(self) -> str:
        """Where the data lives, without any password."""
        path = sqlite_file(self.engine.url)
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[OrmSession]:
        """One unit of work that writes: committed on success, rolled back on any error (a
        failing database as a DatabaseUnavailableError, see app.storage.faults)."""
        with translating_faults(self.engine.url), self._writes.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[OrmSession]:
        """A consistent read that never waits for a writer."""
        with translating_faults(self.engine.url), self._reads.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | URL, *, upgrade: bool = True) -> tuple[Database, UpgradeReport]:
    """Connect and bring the schema to this version's head (copying a SQLite file aside first)."""
    parsed = normalise_url(url) if isinstance(url, str) else url
    with translating_faults(parsed):
        engine = create_engine_for(parsed)
    try:
        with engine.connect() as connection:
            status, revision = schema_status(connection)
    except DBAPIError as error:  # unreachable server, bad credentials, a file that is no database
        engine.dispose()
        where = parsed.render_as_string(hide_password=True)
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        fault = database_fault(error, parsed)
        generic = DatabaseUnavailableError(f"Cannot open the database {where}: {reason}")
        raise fault or generic from error
    if status is SchemaStatus.NEWER:
        engine.dispose()
        raise DatabaseTooNewError(
            f"This database was written by a newer version of AssistDesk (schema {revision}, "
            f"this version knows up to {HEAD}); update AssistDesk to open it."
        )
    if status is SchemaStatus.FOREIGN:
        engine.dispose()
        raise DomainError(
            "This database holds tables AssistDesk did not create; give an empty database instead."
        )
    backup = None
    if status in (SchemaStatus.EMPTY, SchemaStatus.OUTDATED):
        if not upgrade:
            engine.dispose()
            raise DomainError(
                f"The database is at schema {revision or 'none'}; run `assistdesk db upgrade`."
            )
        from app.storage import migrate  # Alembic is heavy: only imported when needed

        path = sqlite_file(parsed)
        try:
            with translating_faults(parsed):
                if status is SchemaStatus.OUTDATED and path is not None:
                    backup = migrate.backup_sqlite(path, revision)
                migrate.upgrade_to_head(engine)
        except BaseException:
            engine.dispose()
            raise
    return Database(engine), UpgradeReport(revision, HEAD, backup)
