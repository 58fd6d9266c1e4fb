"""Opening the database: check the schema revision, upgrade an older one, refuse a newer one."""

from __future__ import annotations

import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from app.core.clock import Clock, SystemClock
from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.storage.checked_files import FileStamp, OwnWrites, is_known_whole, stamp
from app.storage.engine import WRITES, busy_timeout, create_engine_for, normalise_url, sqlite_file
from app.storage.faults import (
    DamagedPageError,
    DatabaseUnavailableError,
    database_fault,
    translating_faults,
)
from app.storage.schema import HEAD, SchemaStatus, schema_status
from app.storage.sqlite_files import (
    damage,
    in_wal_mode,
    is_not_a_database,
    odd_side_file,
    stored_schema,
)


class DatabaseTooNewError(DomainError):
    pass


__all__ = ["Database", "DatabaseTooNewError", "DatabaseUnavailableError", "open_database"]


class DatabaseDamagedError(DatabaseUnavailableError):
    """SQLite's quick_check fails on the file: nothing is written to it."""


@dataclass(frozen=True)
class UpgradeReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


class IntegrityCheck:
    """SQLite's quick_check of a file already at this schema, on a thread of its own while the
    rest of the app opens: it reads every page, seconds on a log of a million sessions. Nothing is
    written before it passes (Database.transaction waits for it); reading goes on meanwhile."""

    def __init__(self, path: Path, timeout: float, own: OwnWrites) -> None:
        self._path = path
        self._timeout = timeout
        self._own = own
        self._done = threading.Event()
        self._problem: str | None = None
        self._error: BaseException | None = None
        self._cancelled = False
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            before = stamp(self._path)
            self._problem = damage(self._path, self._timeout, self._connected)
            if self._problem is None:
                self._own.found_whole(before)
        except (OSError, sqlite3.Error) as error:
            self._error = error
        finally:
            self._done.set()

    def _connected(self, connection: sqlite3.Connection) -> None:
        # asked every few thousand steps whether to go on: stopped once the app is closing
        connection.set_progress_handler(lambda: int(self._cancelled), 10_000)

    def wait(self) -> None:
        """Return once the file passed; raise DatabaseDamagedError when it did not, or the
        sentence of a file that could not be read."""
        self._done.wait()
        if self._problem is not None:
            raise damaged(self._path, self._problem)
        if self._cancelled:  # the app is closing: never write unchecked
            raise DatabaseUnavailableError(
                f"The database {self._path} was not checked to the end, as AssistDesk is closing."
            )
        if self._error is not None:
            raise DatabaseUnavailableError(
                f"Cannot open the database {self._path}: {_reason(self._error)}"
            )

    def cancel(self) -> None:
        """Stop reading (the app is closing) and wait for the thread."""
        self._cancelled = True
        self._thread.join()


class Database:
    """An engine and the transactions services run in."""

    def __init__(
        self,
        engine: Engine,
        integrity: IntegrityCheck | None = None,
        own: OwnWrites | None = None,
    ) -> None:
        self.engine = engine
        self._integrity = integrity
        self._own = own
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
        failing database as a DatabaseUnavailableError, see app.storage.faults). Waits for the
        integrity check, if one is still running: nothing is written to a damaged file."""
        self.integrity_checked()
        ours = self._own is not None and self._own.before_writing()
        try:
            with translating_faults(self.engine.url), self._writes.begin() as session:
                yield session
        except DamagedPageError:
            ours = False  # never kept as whole again by this process
            raise
        finally:
            if self._own is not None:
                self._own.written(ours)

    @contextmanager
    def reading(self) -> Iterator[OrmSession]:
        """A consistent read that never waits for a writer."""
        try:
            with translating_faults(self.engine.url), self._reads.begin() as session:
                yield session
        except DamagedPageError:
            if self._own is not None:
                self._own.written(False)  # never kept as whole again by this process
            raise

    def compact(self) -> tuple[int, int] | None:
        """Give the pages SQLite no longer uses back to the file system (`VACUUM`): the file's
        size before and after, in bytes; None on PostgreSQL, which reclaims space itself."""
        path = sqlite_file(self.engine.url)
        if path is None:
            return None
        self.integrity_checked()
        before = path.stat().st_size
        ours = self._own is not None and self._own.before_writing()
        try:
            with translating_faults(self.engine.url):
                raw = self.engine.raw_connection()  # outside any transaction, as VACUUM must be
                try:
                    raw.cursor().execute("VACUUM")
                    raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    raw.close()
        finally:
            if self._own is not None:
                self._own.written(ours)
        return before, path.stat().st_size

    def integrity_checked(self) -> None:
        """Wait for the integrity check begun when the database was opened (none: return);
        raise DatabaseDamagedError when it failed."""
        if self._integrity is not None:
            self._integrity.wait()

    def stop_checking(self) -> None:
        """Stop an integrity check still running (the app is closing): writes are refused."""
        if self._integrity is not None:
            self._integrity.cancel()

    def dispose(self) -> None:
        """Close every connection. A SQLite file found whole and changed since only by this
        process keeps its stamp, so the next start need not read it all again
        (app.storage.checked_files)."""
        self.stop_checking()
        ours = self._own is not None and self._own.before_writing()
        self.engine.dispose()
        if self._own is not None:
            self._own.closed(ours)


def open_database(
    url: str | URL,
    *,
    upgrade: bool = True,
    clock: Clock | None = None,
    check_in_background: bool = False,
) -> tuple[Database, UpgradeReport]:
    """Connect and bring the schema to this version's head (copying a SQLite file aside first,
    named with the time `clock` tells: the system clock unless one is given).
    A SQLite file is looked at read-only first: one that is no database, another program's, a
    newer AssistDesk's or damaged is refused before anything is changed in it or beside it.
    Then it is made private to its owner (app.storage.sqlite_files).
    With `check_in_background` (the GUI), a file already at this schema in write-ahead-log mode
    (so that opening it writes nothing) is opened at once and SQLite's quick_check, which reads
    the whole file, runs meanwhile: the first write waits for it (Database.integrity_checked)."""
    parsed = normalise_url(url) if isinstance(url, str) else url
    where = parsed.render_as_string(hide_password=True)
    path = sqlite_file(parsed)
    integrity = None
    own = None
    try:
        with translating_faults(parsed):
            if path is not None:
                timeout = busy_timeout(parsed)
                own = _refuse_before_writing(path, timeout, check_in_background)
                if own is None:
                    own = OwnWrites(path)
                    integrity = IntegrityCheck(path, timeout, own)
            engine = create_engine_for(parsed)  # a SQLite file and its folder made private
            if own is not None:
                own.made_private()
    except (OSError, sqlite3.Error) as error:  # unreadable, locked, no database, no folder
        if integrity is not None:
            integrity.cancel()
        if isinstance(error, sqlite3.Error) and is_not_a_database(error):
            raise _not_a_database(path or Path(where)) from None
        raise DatabaseUnavailableError(
            f"Cannot open the database {where}: {_reason(error)}"
        ) from None
    try:
        with engine.connect() as connection:
            status, revision = schema_status(connection)
    except DBAPIError as error:  # unreachable server, bad credentials, a file that is no database
        if integrity is not None:
            integrity.cancel()
        engine.dispose()
        reason = _reason(error.orig) if error.orig else _reason(error)
        fault = database_fault(error, parsed)
        generic = DatabaseUnavailableError(f"Cannot open the database {where}: {reason}")
        raise fault or generic from error
    refusal = _refusal(status, revision)
    if integrity is not None and status is not SchemaStatus.CURRENT:
        try:  # changed since it was looked at: the check first, as without a thread
            integrity.wait()
        except BaseException:
            engine.dispose()
            raise
    if refusal is not None:
        engine.dispose()
        raise refusal
    backup = None
    if status in (SchemaStatus.EMPTY, SchemaStatus.OUTDATED):
        if not upgrade:
            engine.dispose()
            raise DomainError(
                f"The database is at schema {revision or 'none'}; run `assistdesk db upgrade`."
            )
        from app.storage import migrate  # Alembic is heavy: only imported when needed

        if own is not None and status is SchemaStatus.EMPTY:
            own.created()  # made by this process (or a file without tables, just checked)
        ours = own is not None and own.before_writing()
        try:
            with translating_faults(parsed):
                if status is SchemaStatus.OUTDATED and path is not None:
                    now = (clock or SystemClock()).now()
                    backup = migrate.backup_sqlite(path, revision, now)
                migrate.upgrade_to_head(engine)
        except BaseException:
            engine.dispose()
            raise
        finally:
            if own is not None:
                own.written(ours)
    return Database(engine, integrity, own), UpgradeReport(revision, HEAD, backup)


def _refuse_before_writing(
    path: Path, timeout: float, defer_check: bool = False
) -> OwnWrites | None:
    """What makes a SQLite file unusable, found by reading only: a refused file stays as it was
    (its bytes, its mode, its folder's, its journal mode, the files beside it). A file whose
    stamp is the one kept when it was last found whole is not read again (checked_files).
    With `defer_check`, a file at this schema in WAL mode is not quick-checked here: None, for
    the caller to check it while it opens. Otherwise what follows the file's own writes."""
    _refuse_non_file(path)  # /dev/null, a folder: never chmod-ed or written beside
    odd = odd_side_file(path)
    if odd is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{file} beside the database is a link, a folder or a pipe, not SQLite's own "
                "file, so AssistDesk will not write through it; remove it if you did not make it.",
            ).format(file=str(odd))
        )
    stored = stored_schema(path, timeout)
    refusal = _refusal(*stored) if stored is not None else None
    if refusal is not None:
        raise refusal
    whole = is_known_whole(path)
    if whole is not None:
        return OwnWrites(path, whole)
    if (
        defer_check
        and stored is not None
        and stored[0] is SchemaStatus.CURRENT
        and in_wal_mode(path)
    ):
        return None
    before: FileStamp | None = stamp(path)
    _refuse_damage(path, timeout)
    own = OwnWrites(path)
    own.found_whole(before)
    return own


def _refusal(status: SchemaStatus, revision: str | None) -> DomainError | None:
    """Why a database at `status` cannot be used by this version, or None."""
    if status is SchemaStatus.NEWER:
        return DatabaseTooNewError(
            f"This database was written by a newer version of AssistDesk (schema {revision}, "
            f"this version knows up to {HEAD}); update AssistDesk to open it."
        )
    if status is SchemaStatus.FOREIGN:
        return DomainError(
            "This database holds tables AssistDesk did not create; give an empty database instead."
        )
    return None


def _not_a_database(path: Path) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{file} is not a SQLite database; give the path of AssistDesk's database, or of a "
            "file to create.",
        ).format(file=str(path))
    )


def _refuse_non_file(path: Path) -> None:
    """A database is a regular file (or not there yet): a folder, a device or a pipe named as
    one is bad input, refused before SQLite writes its journal beside it."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # not there yet, or unreachable: SQLite and the fault sentences say which
    if not stat.S_ISREG(mode):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The database {file} is a folder, a device or a pipe, not a file; give the path "
                "of a SQLite file (or of one to create).",
            ).format(file=str(path))
        )


def _refuse_damage(path: Path, timeout: float) -> None:
    problem = damage(path, timeout)
    if problem is not None:
        raise damaged(path, problem)


def damaged(path: Path, problem: str) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database {file} is damaged ({problem}), so AssistDesk will not write to it; "
            "close AssistDesk and put your latest backup of it in its place.",
        ).format(file=str(path), problem=problem)
    )


def _reason(error: BaseException) -> str:
    """The first line of a driver's or the system's message."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
