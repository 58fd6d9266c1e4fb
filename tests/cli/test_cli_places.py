"""Where the data is, said wrong, is bad input: exit status 2, one sentence, nothing written
anywhere — least of all in the user's own data, which an empty `--db ""` or `--basedir ""` (a
script's unset variable) once reached as if the option had not been given."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.runner import Cli


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's own folders (the platform's data, config and log folders) under tmp_path,
    so that a regression would write there and not in the real ones."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("ASSISTDESK_DB", raising=False)
    return home


def refused(cli: Cli, *args: str) -> str:
    status, out, err = cli(*args, "customer", "add", "--name", "Ana")
    assert (status, out) == (2, ""), err
    assert err.startswith("assistdesk: "), err
    assert err.count("\n") == 1, err
    return err.removeprefix("assistdesk: ").rstrip("\n")


def test_an_empty_db_or_basedir_is_refused_not_taken_as_not_given(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys)
    elsewhere = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    for args in (["--db", ""], ["--db", "  "], ["--basedir", "", "--db", elsewhere]):
        option = args[0]
        assert refused(cli, *args) == (
            f"{option} is empty; give it a value, or leave it out to use your usual data."
        )
    assert list(home.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]


def test_a_basedir_that_is_a_file_or_a_pipe_is_refused(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("milk, bread\n")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    cli = Cli(capsys)
    for given, culprit in ((notes, notes), (pipe, pipe), (pipe / "state", pipe)):
        assert refused(cli, "--basedir", str(given)) == (
            f"--basedir {given}: {culprit} is a file, a pipe or a device, not a folder."
        )
    assert notes.read_text() == "milk, bread\n"
    assert pipe.is_fifo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "notes.txt", "pipe"]
    assert list(home.iterdir()) == []


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql://ana:s3cret@db.example:notaport/assistdesk", "a port is a number from 1"),
        ("sqlite:///{tmp}/x.sqlite3?timeout=1&timeout=2", "gives timeout more than once"),
        ("sqlite:///{tmp}/x.sqlite3?foo=1", "takes no foo setting"),
        ("sqlite:///file:{tmp}/x.sqlite3?uri=true", "takes no uri setting"),
        ("sqlite:///{tmp}/x.sqlite3?mode=memory", "takes no mode setting"),
    ],
)
def test_a_database_url_it_cannot_honour_is_one_sentence_and_exit_2(
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    says: str,
) -> None:
    """These were "unexpected problem: ValueError/TypeError", or a raw SAWarning line on
    stderr before the output, or a database opened somewhere else than checked."""
    monkeypatch.chdir(tmp_path)  # where `file:…` would have been taken as a relative path
    given = url.format(tmp=tmp_path)
    sentence = refused(Cli(capsys, "--basedir", str(tmp_path / "state")), "--db", given)
    assert says in sentence
    assert "s3cret" not in sentence
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]
