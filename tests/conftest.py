"""Shared fixtures. Qt runs offscreen; storage tests run on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
from contextlib import contextmanager

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

# No test reaches the computer's own keyring (nor, with keyrings.alt installed, a plain file):
# one that needs a keyring asks for memory_keyring or plaintext_keyring below; reading the
# default one by accident is refused as "no usable password store" (subprocesses inherit this).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from app.core.clock import ManualClock
from tests import clock_shift
from tests.databases import MigratedTemplates
from tests.memory_keyring import MemoryKeyring

if TYPE_CHECKING:
    from keyrings.alt.file import PlaintextKeyring

PG_URL = os.environ.get("ASSISTDESK_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


_SHIFT = clock_shift.from_environment()


def _qt_problem() -> str | None:
    """On a minimal system (a server, a container) Qt's own libraries (GLib, libGL, fontconfig…)
    are missing: which, and how to install them, instead of pytest-qt's traceback."""
    try:
        import PySide6.QtWidgets  # noqa: F401 - only whether it loads
    except ImportError as error:
        from app.desktop_libraries import qt_problem

        problem = qt_problem()
        if problem is None:
            raise
        return f"The tests need Qt, which cannot load ({error}). {problem}"
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    problem = _qt_problem()  # before pytest-qt loads Qt
    if problem is not None:
        pytest.exit(problem, returncode=1)
    if _SHIFT is not None:
        _SHIFT.__enter__()


def pytest_unconfigure(config: pytest.Config) -> None:
    if _SHIFT is not None:
        _SHIFT.__exit__()


def pytest_report_header(config: pytest.Config) -> str | None:
    if _SHIFT is None:
        return None
    now = datetime.now().astimezone()  # real clock: to show what the shift made it believe
    return f"clock shifted: the process believes it is {now:%A %Y-%m-%d %H:%M:%S %Z} (UTC{now:%z})"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture(autouse=True)
def _no_wall_clock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that reaches the real clock (a CLI or GUI started without a test clock) fails at
    once, instead of passing on some days only. `@pytest.mark.wall_clock` lets a test read it."""
    if request.node.get_closest_marker("wall_clock"):
        return
    from app.core.clock import SystemClock

    def refuse(_self: SystemClock) -> datetime:
        raise AssertionError("this test read the wall clock; give the code a ManualClock instead")

    monkeypatch.setattr(SystemClock, "now", refuse)


def _postgres_unavailable() -> str | None:
    import psycopg

    try:
        with psycopg.connect(PG_URL, connect_timeout=3):
            return None
    except psycopg.Error as error:
        return f"PostgreSQL is not reachable at {PG_URL} ({str(error).strip().splitlines()[0]})"


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The server URL; skips without one, but under CI=true a missing server fails the run."""
    reason = _postgres_unavailable()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; CI must run the PostgreSQL tests.")
        pytest.skip(f"{reason}; set ASSISTDESK_TEST_PG_URL to run these tests.")
    return PG_URL


@pytest.fixture
def pg_url(postgres_server: str) -> Iterator[str]:
    """A URL whose connections see a fresh, empty schema, dropped after the test."""
    with fresh_schema(postgres_server) as url:
        yield url


@contextmanager
def fresh_schema(postgres_server: str) -> Iterator[str]:
    """A URL whose connections see a new, empty schema, dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    url = make_url(postgres_server).set(drivername="postgresql+psycopg")
    url = url.update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(postgres_server, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'assistdesk.sqlite3'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each storage test runs once per backend."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(name))


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> MigratedTemplates:
    return MigratedTemplates(tmp_path_factory.mktemp("templates"))


@pytest.fixture
def migrated_url(db_url: str, templates: MigratedTemplates) -> str:
    """`db_url`, its database already at the schema's head."""
    return templates.fill(db_url)


@pytest.fixture
def db(migrated_url: str) -> Iterator[object]:
    from app.storage.database import open_database

    database, _ = open_database(migrated_url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The keyring, in memory for this test; the real one is put back afterwards."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def plaintext_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    """keyrings.alt's PlaintextKeyring as the keyring for this test, its file under tmp_path:
    what keyring picks by itself where keyrings.alt is installed and no real store is usable."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "python_keyring" / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
