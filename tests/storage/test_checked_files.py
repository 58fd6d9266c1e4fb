"""A SQLite file found whole is not read end to end again until something else changes it
(app.storage.checked_files): the stamp kept beside it after the check, or after AssistDesk's own
writes, spares the next command its quick_check; any change made outside AssistDesk brings the
check back, so a damaged file is still refused."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

import app.storage.database
import app.storage.sqlite_files
from app.storage.checked_files import FileStamp, checked_stamp, marker, remember, stamp
from app.storage.database import DatabaseDamagedError, open_database
from app.storage.models import CustomerRow
from tests.storage.damage import CREATED, damage, write_database


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each file SQLite's quick_check reads, in order."""
    seen: list[Path] = []
    real = app.storage.sqlite_files.damage

    def counting(path: Path, *args: object, **kwargs: object) -> str | None:
        seen.append(path)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(app.storage.database, "damage", counting)
    return seen


def opened_and_closed(
    path: Path, work: Callable[[app.storage.database.Database], None] | None = None
) -> None:
    database, _ = open_database(f"sqlite:///{path}")
    try:
        if work is not None:
            work(database)
    finally:
        database.dispose()


def add_customer(database: app.storage.database.Database) -> None:
    with database.transaction() as session:
        count = session.query(CustomerRow).count()
        session.add(
            CustomerRow(
                name=f"Ângela {count}",
                email="",
                phone="",
                address="",
                vat_id="",
                policy_id="",
                created_at=CREATED,
            )
        )


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "assistdesk.sqlite3"
    write_database(path)
    return path


def test_a_file_found_whole_is_not_read_again_until_it_changes(
    database: Path, checks: list[Path]
) -> None:
    opened_and_closed(database)
    assert checks == [database]
    assert checked_stamp(database) == stamp(database)

    opened_and_closed(database)
    opened_and_closed(database)

    assert checks == [database]


def test_assistdesks_own_writes_keep_the_file_trusted(database: Path, checks: list[Path]) -> None:
    opened_and_closed(database)
    opened_and_closed(database, add_customer)
    opened_and_closed(database, add_customer)

    opened_and_closed(database)

    assert checks == [database]
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("SELECT count(*) FROM customers").fetchone()[0] == 302


def test_a_byte_changed_outside_assistdesk_is_found_at_the_next_start(
    database: Path, checks: list[Path]
) -> None:
    opened_and_closed(database)
    size = database.stat().st_size

    damage(database)  # at once: the same size, the same file, within the same moment
    assert database.stat().st_size == size

    with pytest.raises(DatabaseDamagedError):
        open_database(f"sqlite:///{database}")
    assert checks == [database, database]


def test_a_change_with_its_old_times_put_back_is_found(database: Path) -> None:
    opened_and_closed(database)
    times = database.stat()

    damage(database)
    os.utime(database, ns=(times.st_atime_ns, times.st_mtime_ns))

    with pytest.raises(DatabaseDamagedError):
        open_database(f"sqlite:///{database}")


def test_a_damaged_copy_put_in_the_files_place_is_found(database: Path, tmp_path: Path) -> None:
    opened_and_closed(database)
    copy = tmp_path / "copy.sqlite3"
    shutil.copy2(database, copy)
    damage(copy)
    os.replace(copy, database)

    with pytest.raises(DatabaseDamagedError):
        open_database(f"sqlite:///{database}")


def test_another_programs_write_is_not_taken_for_assistdesks(
    database: Path, checks: list[Path]
) -> None:
    opened_and_closed(database)
    db, _ = open_database(f"sqlite:///{database}")
    try:
        with closing(sqlite3.connect(database)) as other:
            other.execute("UPDATE customers SET phone = '555' WHERE id = 1")
            other.commit()
        add_customer(db)  # after somebody else's write: the file is no longer known whole
    finally:
        db.dispose()

    opened_and_closed(database)

    assert checks == [database, database]


def test_the_window_keeps_the_stamp_once_its_background_check_has_passed(
    database: Path, checks: list[Path]
) -> None:
    db, _ = open_database(f"sqlite:///{database}", check_in_background=True)
    db.integrity_checked()
    assert checked_stamp(database) == stamp(database)
    add_customer(db)
    db.dispose()

    opened_and_closed(database)

    assert checks == [database]


@pytest.mark.parametrize(
    "kept",
    ["", "not json", '{"file": [1, 2, 3], "log": null}', '{"file": "x", "log": null}', "[]"],
    ids=["empty", "text", "short", "not-a-list", "list"],
)
def test_a_stamp_that_cannot_be_read_means_the_file_is_checked(
    database: Path, checks: list[Path], kept: str
) -> None:
    marker(database).write_text(kept)

    opened_and_closed(database)

    assert checks == [database]


def test_a_stamp_written_in_the_same_tick_as_the_files_change_is_not_believed(
    database: Path,
) -> None:
    now = stamp(database)
    assert now is not None
    remember(database, now)
    os.utime(marker(database), ns=(now.file[2], now.file[2]))  # as if written in that tick

    assert checked_stamp(database) is None


def test_where_no_stamp_can_be_kept_every_start_checks(database: Path, checks: list[Path]) -> None:
    marker(database).mkdir()  # in the stamp's way, as a read-only folder would be

    opened_and_closed(database)
    opened_and_closed(database)

    assert checks == [database, database]
    assert not list(database.parent.glob("*.partial"))


def test_an_empty_log_and_none_are_the_same_stamp(database: Path) -> None:
    before = stamp(database)
    database.with_name(database.name + "-wal").write_bytes(b"")

    assert stamp(database) == before
    assert isinstance(before, FileStamp)


def test_the_stamp_is_private_to_the_owner(database: Path) -> None:
    opened_and_closed(database)

    assert marker(database).stat().st_mode & 0o077 == 0


def test_a_new_database_is_known_whole_from_its_creation(
    tmp_path: Path, checks: list[Path]
) -> None:
    path = tmp_path / "new" / "assistdesk.sqlite3"

    opened_and_closed(path, add_customer)
    opened_and_closed(path)

    assert checks == [path]  # the first start's look at a file not yet there


def test_a_file_made_private_at_its_first_start_is_not_read_again(
    database: Path, checks: list[Path]
) -> None:
    database.chmod(0o644)  # as a copy made with another program's umask

    opened_and_closed(database)
    assert database.stat().st_mode & 0o077 == 0
    opened_and_closed(database)

    assert checks == [database]


def test_a_damaged_page_met_after_a_skipped_check_is_one_sentence_and_forgets_the_stamp(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Damage the check could not see (the stamp made to match, as a same-moment change might):
    reading the page says the file is damaged, writes nothing, and the next start checks."""
    from tests.cli.runner import Cli

    opened_and_closed(database)
    damage(database)
    remember(database, stamp(database))
    os.utime(marker(database), ns=(2**62, 2**62))  # believed
    cli = Cli(capsys, "--db", f"sqlite:///{database}", "--basedir", str(tmp_path))

    status, out, err = cli("customer", "add", "--name", "Bert Peeters")

    assert (status, out) == (1, "")
    assert err.startswith(f"assistdesk: The database {database} is damaged (")
    assert err.endswith("put your latest backup of it in its place.\n")
    assert "Traceback" not in err
    assert not marker(database).exists()
    with pytest.raises(DatabaseDamagedError):
        open_database(f"sqlite:///{database}")
