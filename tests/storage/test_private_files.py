"""The database, its side files and backup copies are readable by their owner only (0600), and
so is their folder (0700) and the log folder, whatever the umask; an existing one that is the
user's is tightened. POSIX only: Windows has no such modes."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from app.logfile import configure_logging
from app.paths import AppPaths
from app.private_files import tighten
from app.storage.database import open_database
from app.storage.migrate import backup_sqlite
from app.storage.revisions import HEAD
from tests.storage.damage import CREATED, write_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o002, 0o000], ids=["umask-022", "umask-002", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Each test under several umasks, the loosest included; the previous one put back."""
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


@pytest.mark.usefixtures("umask")
def test_a_new_database_and_the_folders_made_for_it_are_the_owners_only(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "state")  # neither folder exists yet
    db, _ = open_database(f"sqlite:///{paths.database_file}")
    try:
        with db.transaction() as orm:  # the write-ahead log and its index are in use now
            orm.execute(text("INSERT INTO technicians (name) VALUES ('Rui')"))
        side = [paths.database_file.with_name(f"assistdesk.sqlite3{s}") for s in ("-wal", "-shm")]
        assert all(path.exists() for path in side)
        assert {path.name: mode(path) for path in [paths.database_file, *side]} == {
            "assistdesk.sqlite3": 0o600, "assistdesk.sqlite3-wal": 0o600,
            "assistdesk.sqlite3-shm": 0o600,
        }  # fmt: skip
    finally:
        db.dispose()
    assert (mode(tmp_path / "state"), mode(paths.data_dir)) == (0o700, 0o700)


@pytest.mark.usefixtures("umask")
def test_the_copy_before_an_upgrade_is_the_owners_only(tmp_path: Path) -> None:
    path = tmp_path / "assistdesk.sqlite3"
    write_database(path)
    assert mode(backup_sqlite(path, HEAD, now=CREATED)) == 0o600


def test_an_existing_database_and_its_own_folder_are_tightened(tmp_path: Path) -> None:
    """As an AssistDesk before this one left them: the folder holds only the database's files."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    path = folder / "assistdesk.sqlite3"
    write_database(path)
    copy = folder / "assistdesk.before-upgrade-from-0006-20261124T090000Z.sqlite3"
    copy.write_bytes(path.read_bytes())
    for file in (path, copy):
        file.chmod(0o644)
    folder.chmod(0o755)
    db, _ = open_database(f"sqlite:///{path}")
    db.dispose()
    assert (mode(folder), mode(path), mode(copy)) == (0o700, 0o600, 0o600)


def test_a_folder_that_holds_other_things_keeps_its_mode(tmp_path: Path) -> None:
    """`--db` naming a file in a home or shared folder: the file is tightened, the folder not."""
    folder = tmp_path / "documents"
    folder.mkdir()
    folder.chmod(0o755)
    (folder / "letter.odt").write_text("Dear Ana")
    path = folder / "office.sqlite3"
    db, _ = open_database(f"sqlite:///{path}")
    db.dispose()
    assert (mode(folder), mode(path)) == (0o755, 0o600)


def test_only_group_and_other_permissions_are_taken_away(tmp_path: Path) -> None:
    path = tmp_path / "read-only.sqlite3"
    path.write_bytes(b"")
    path.chmod(0o444)  # its owner made it read-only: it stays so
    tighten(path)
    assert mode(path) == 0o400


@pytest.mark.skipif(os.name == "posix" and os.geteuid() != 0, reason="needs root to give away")
def test_a_file_of_someone_else_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "theirs.sqlite3"
    path.write_bytes(b"")
    path.chmod(0o644)
    os.chown(path, 65534, 65534)  # nobody's
    tighten(path)
    assert mode(path) == 0o644


@pytest.mark.usefixtures("umask")
def test_the_log_folder_is_the_owners_only(tmp_path: Path) -> None:
    """Log lines name customers (a remote ID, an error about a session)."""
    paths = AppPaths.under(tmp_path)
    root = logging.getLogger()
    handlers = list(root.handlers)
    level = root.level
    try:
        configure_logging(paths)
        assert mode(paths.log_dir) == 0o700
        paths.log_dir.chmod(0o755)  # as an earlier AssistDesk made it
        configure_logging(paths)
        assert mode(paths.log_dir) == 0o700
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)


def a_device(folder: Path) -> Path | None:
    """A character device like /dev/null, made inside the test's folder (root only), so that a
    regression could only ever change this copy's mode, never the system's."""
    device = folder / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        return None
    os.chmod(device, 0o666)
    return device


def test_a_folder_a_pipe_or_a_device_named_as_the_database_is_refused_and_left_as_it_was(
    tmp_path: Path,
) -> None:
    """`--db sqlite:////tmp` once made /tmp 0700 and `--db sqlite:////dev/null` made /dev/null
    0600 with a null-journal beside it: anything but a regular file is bad input, untouched."""
    from app.core.errors import DomainError, UnavailableError

    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o1777)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    os.chmod(pipe, 0o666)
    candidates = [folder, pipe, *filter(None, [a_device(tmp_path)])]
    before = {path: mode(path) for path in candidates}
    for path in candidates:
        with pytest.raises(DomainError, match="is a folder, a device or a pipe, not a file") as got:
            open_database(f"sqlite:///{path}")
        assert not isinstance(got.value, UnavailableError)  # the input is wrong: exit status 2
    assert {path: mode(path) for path in candidates} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in candidates)
    assert list(folder.iterdir()) == []


def test_tighten_changes_only_what_it_is_asked_for(tmp_path: Path) -> None:
    folder, pipe = tmp_path / "folder", tmp_path / "pipe"
    folder.mkdir(mode=0o755)
    os.mkfifo(pipe, 0o666)
    os.chmod(pipe, 0o666)
    tighten(folder)  # a folder is not a file
    tighten(pipe)
    tighten(pipe, folder=True)
    assert (mode(folder), mode(pipe)) == (0o755, 0o666)
    tighten(folder, folder=True)
    assert mode(folder) == 0o700
