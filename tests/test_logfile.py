"""The log is its owner's only, like the database (tracebacks name customers): the folder
AssistDesk makes for it is 0700 and the log files 0600, whoever writes them (the window's log, the
command line's last-resort net). An existing folder follows the database folder's rule: one that
holds other things (`--basedir ~` and ~/logs), is empty or is shared keeps its mode. A log that
cannot be written at all goes to standard error, and the program goes on."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.logfile import LOG_FILENAME, configure_logging, write_unexpected
from app.paths import AppPaths
from tests.conftest import START

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    """The root logger; the handlers a test adds are closed and removed afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        yield root
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)


def logged(root: logging.Logger, paths: AppPaths) -> Path:
    configure_logging(paths)
    logging.getLogger("app.test").info("session 7 for Ana Silva ended")
    for handler in root.handlers:
        handler.flush()
    return paths.log_dir / LOG_FILENAME


@pytest.mark.usefixtures("loose_umask")
def test_the_window_log_is_the_owners_only_even_after_rotation(
    tmp_path: Path, root_logger: logging.Logger
) -> None:
    paths = AppPaths.under(tmp_path / "state")
    log_file = logged(root_logger, paths)
    assert (mode(paths.log_dir), mode(log_file)) == (0o700, 0o600)
    for handler in root_logger.handlers:
        if getattr(handler, "baseFilename", None) == str(log_file):
            handler.doRollover()  # type: ignore[attr-defined]
    assert mode(log_file) == 0o600
    assert mode(paths.log_dir / f"{LOG_FILENAME}.1") == 0o600


@pytest.mark.usefixtures("loose_umask")
@pytest.mark.parametrize(
    ("folder_mode", "holds", "after"),
    [
        (0o755, ["notes.txt"], 0o755),  # `--basedir ~`: the user's own ~/logs
        (0o755, [], 0o755),  # empty: nothing of AssistDesk's in it yet
        (0o1777, [LOG_FILENAME], 0o1777),  # shared
        (0o755, [LOG_FILENAME, f"{LOG_FILENAME}.1"], 0o700),  # the log's own, as before
    ],
    ids=["holds-other-things", "empty", "sticky", "own"],
)
def test_an_existing_log_folder_is_tightened_only_when_it_is_the_logs_own(
    tmp_path: Path, root_logger: logging.Logger, folder_mode: int, holds: list[str], after: int
) -> None:
    paths = AppPaths.under(tmp_path)
    paths.log_dir.mkdir()
    for name in holds:
        (paths.log_dir / name).write_text("earlier\n")
        (paths.log_dir / name).chmod(0o644)
    paths.log_dir.chmod(folder_mode)
    log_file = logged(root_logger, paths)
    assert mode(paths.log_dir) == after
    assert mode(log_file) == 0o600
    if "notes.txt" in holds:
        assert mode(paths.log_dir / "notes.txt") == 0o644  # not the log's: left alone


@pytest.mark.usefixtures("loose_umask")
def test_the_last_resort_log_is_the_owners_only(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "state")
    try:
        raise RuntimeError("customer Ana Silva")
    except RuntimeError as error:
        written = write_unexpected(paths, error, "assistdesk customer add", START)
    assert written == paths.log_dir / LOG_FILENAME
    assert (mode(tmp_path / "state"), mode(paths.log_dir), mode(written)) == (0o700, 0o700, 0o600)
    assert "customer Ana Silva" in written.read_text(encoding="utf-8")


def test_the_log_is_never_written_through_a_link(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    paths.log_dir.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("mine\n")
    victim.chmod(0o644)
    (paths.log_dir / LOG_FILENAME).symlink_to(victim)
    written = write_unexpected(paths, RuntimeError("Ana Silva"), "assistdesk x", START)
    assert written is None
    assert (victim.read_text(), mode(victim)) == ("mine\n", 0o644)


def test_a_log_that_cannot_be_made_goes_to_standard_error(
    tmp_path: Path, root_logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only disk, or a file where the log folder should be: the window goes on."""
    paths = AppPaths.under(tmp_path)
    paths.log_dir.write_text("not a folder")
    configure_logging(paths)
    logging.getLogger("app.test").warning("the database was locked")
    err = capsys.readouterr().err
    assert f"the log cannot be written in {paths.log_dir} (" in err
    assert "the database was locked" in err
    assert paths.log_dir.read_text() == "not a folder"
