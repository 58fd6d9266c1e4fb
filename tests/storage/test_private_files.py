"""The database, its side files and backup copies are readable by their owner only (0600), and
so is their folder (0700) and the log folder, whatever the umask; an existing one that is the
user's is tightened. POSIX only: Windows has no such modes."""

from __future__ import annotations

import logging
import os
import sqlite3
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


# -- a folder that is not AssistDesk's own keeps its mode ---------------------------------------


def open_and_close(path: Path) -> None:
    db, _ = open_database(f"sqlite:///{path}")
    db.dispose()


@pytest.mark.parametrize(
    ("folder_mode", "held_before", "after"),
    [
        (0o1777, False, 0o1777),  # an empty shared folder, as a tmpfs mounted with mode=1777
        (0o755, False, 0o755),  # an empty folder of the user's: not AssistDesk's (yet)
        (0o1777, True, 0o1777),  # sticky: shared, whatever it holds
        (0o777, True, 0o777),  # writable by everyone: shared too
        (0o755, True, 0o700),  # the database's own folder, as an earlier AssistDesk left it
    ],
    ids=["empty-sticky", "empty", "sticky-with-db", "world-writable-with-db", "own-folder"],
)
def test_an_existing_folder_is_tightened_only_when_it_is_the_databases_own(
    tmp_path: Path, folder_mode: int, held_before: bool, after: int
) -> None:
    """`mount -t tmpfs -o mode=1777 tmpfs X; assistdesk --db sqlite:///X/…` made X 1700: an
    existing folder is tightened only when it already held the database, holds nothing else and
    is not shared. The file itself is the owner's only in every case."""
    folder = tmp_path / "x"
    folder.mkdir()
    path = folder / "assistdesk.sqlite3"
    if held_before:
        write_database(path, customers=1)
    os.chmod(folder, folder_mode)
    open_and_close(path)
    assert (mode(folder), mode(path)) == (after, 0o600)


def test_an_empty_folder_given_for_a_new_database_is_tightened_once_it_holds_it(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "office"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    open_and_close(folder / "office.sqlite3")
    assert mode(folder) == 0o755  # it held nothing of AssistDesk's before
    open_and_close(folder / "office.sqlite3")
    assert mode(folder) == 0o700  # now it is the database's own


# -- links planted beside the database are never followed ---------------------------------------


def a_victim(tmp_path: Path, name: str = ".bashrc") -> tuple[Path, bytes]:
    """Another file of the user's (mode 0644) that a link planted by someone else names."""
    home = tmp_path / "victim"
    home.mkdir(exist_ok=True)
    victim = home / name
    victim.write_bytes(b"export PATH=$HOME/bin:$PATH\n")
    victim.chmod(0o644)
    return victim, victim.read_bytes()


def test_tighten_never_follows_a_link(tmp_path: Path) -> None:
    victim, _ = a_victim(tmp_path)
    folder = tmp_path / "victim"
    folder.chmod(0o755)
    (tmp_path / "to-file").symlink_to(victim)
    (tmp_path / "to-folder").symlink_to(folder)
    tighten(tmp_path / "to-file")
    tighten(tmp_path / "to-folder", folder=True)
    assert (mode(victim), mode(folder)) == (0o644, 0o755)


def test_a_link_named_like_an_upgrade_copy_is_not_followed(tmp_path: Path) -> None:
    path = tmp_path / "data" / "assistdesk.sqlite3"
    path.parent.mkdir()
    write_database(path, customers=1)
    victim, before = a_victim(tmp_path)
    (path.parent / "assistdesk.before-upgrade-from-x").symlink_to(victim)
    open_and_close(path)
    assert (mode(victim), victim.read_bytes()) == (0o644, before)


def test_a_link_in_place_of_a_side_file_is_refused_and_nothing_is_changed(
    tmp_path: Path,
) -> None:
    """SQLite would write its write-ahead log through a `-wal` link into the file it names."""
    from app.core.errors import DomainError, UnavailableError

    path = tmp_path / "data" / "assistdesk.sqlite3"
    path.parent.mkdir()
    write_database(path, customers=1)
    path.chmod(0o644)
    database = path.read_bytes()
    for side in ("-wal", "-shm", "-journal"):
        victim, before = a_victim(tmp_path, f"victim{side}")
        link = path.with_name(path.name + side)
        link.symlink_to(victim)
        with pytest.raises(DomainError, match="beside the database is a link") as caught:
            open_database(f"sqlite:///{path}")
        assert not isinstance(caught.value, UnavailableError)
        assert str(link) in str(caught.value)
        assert (mode(victim), victim.read_bytes()) == (0o644, before)
        assert (mode(path), path.read_bytes()) == (0o644, database)
        link.unlink()


def test_the_copy_before_an_upgrade_never_takes_a_name_planted_before_it(tmp_path: Path) -> None:
    path = tmp_path / "assistdesk.sqlite3"
    write_database(path, customers=3)
    victim, before = a_victim(tmp_path)
    planted = tmp_path / f"assistdesk.before-upgrade-from-{HEAD}-20261124T090000Z.sqlite3"
    planted.symlink_to(victim)
    copy = backup_sqlite(path, HEAD, now=CREATED)
    assert (mode(victim), victim.read_bytes()) == (0o644, before)
    assert planted.is_symlink()
    assert copy != planted
    assert copy.parent == tmp_path
    assert not copy.is_symlink()
    assert mode(copy) == 0o600
    with sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT count(*) FROM customers").fetchone() == (3,)
    connection.close()


def test_a_device_named_through_a_sqlite_uri_is_refused_and_left_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--db 'sqlite:///file:/dev/null?uri=true'` passed the device guard and the damage check
    (they took `file:/dev/null` for a relative path) while SQLite opened the device."""
    from app.core.errors import DomainError, UnavailableError

    device = a_device(tmp_path)
    if device is None:
        pytest.skip("making a device node needs root")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DomainError, match="takes no uri setting") as got:
        open_database(f"sqlite:///file:{device}?uri=true")
    assert not isinstance(got.value, UnavailableError)
    assert (mode(device), sorted(p.name for p in tmp_path.iterdir())) == (0o666, ["null"])
