"""Every command that reads a file the user names, given what is not a readable file of a sane
size — a FIFO nobody writes to, /dev/zero, a folder, a sparse 10 GB file, a missing one — says so
in one sentence with exit status 2 at once: never a hang, never a traceback, nothing written.
Each run has a deadline, so a regression fails here instead of hanging the suite."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.errors import DomainError
from app.core.input_file import read_regular_file
from app.mail.templates import MailTemplates
from app.paths import AppPaths
from app.services.session_journal import TermsLibrary
from tests.cli.runner import Cli
from tests.deadline import deadline

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files: FIFOs, /dev/zero")

AT = "2026-11-24T10:00"
READERS: dict[str, Callable[[str], list[str]]] = {
    "policy check": lambda f: ["policy", "check", f],
    "quote --policy": lambda f: ["quote", "--policy", f, "--duration", "10m"],
    "schedule check --policy": lambda f: ["schedule", "check", "--policy", f, "--at", AT],
    "tools parse-history": lambda f: ["tools", "parse-history", "--tool", "anydesk", f],
    "tools reconcile": lambda f: ["tools", "reconcile", "--tool", "teamviewer", f],
    "settings set company.logo": lambda f: ["settings", "set", "company.logo", f],
}


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, str]:
    """What each kind of wrong file is called, and the sentence's telling words."""
    folder = tmp_path / "files"
    folder.mkdir()
    os.mkfifo(folder / "pipe.toml")
    with (folder / "huge.toml").open("wb") as huge:
        huge.truncate(10 << 30)  # 10 GB that take no disk: a hole
    return {
        str(folder / "pipe.toml"): "is not a regular file",
        "/dev/zero": "is not a regular file",
        str(folder): "is a folder",
        str(folder / "huge.toml"): "is larger than",
        str(folder / "missing.toml"): "no such",
    }


@pytest.mark.parametrize("reader", READERS)
def test_files_that_cannot_be_read_are_one_sentence_and_never_a_hang(
    reader: str,
    bad_files: dict[str, str],
    migrated_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cli = Cli(capsys, "--db", migrated_url, "--basedir", str(tmp_path / "data"))
    for name, says in bad_files.items():
        with deadline(20):
            status, out, err = cli(*READERS[reader](name))
        assert (status, out) == (2, ""), (name, err)
        assert err.startswith("assistdesk: "), (name, err)
        assert err.count("\n") == 1, (name, err)
        assert says in err, (name, err)
    assert not (tmp_path / "data" / "config" / "settings.toml").exists()  # nothing was set
    assert cli.json("session", "list", "--json") == []


def test_an_office_mail_template_that_is_a_pipe_or_huge_is_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "mail" / "en"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "invitation.txt")
    with (folder / "receipt.txt").open("wb") as huge:
        huge.truncate(10 << 30)
    templates = MailTemplates(tmp_path)
    with deadline(20):
        problems = templates.check()
    assert len(problems) == 2
    assert any("invitation.txt: is not a regular file" in p for p in problems)
    assert any("receipt.txt: is larger than 1 MB" in p for p in problems)
    assert all("\n" not in p for p in problems)


def test_a_terms_text_that_is_huge_is_one_sentence(tmp_path: Path) -> None:
    paths = AppPaths.resolve(str(tmp_path))
    folder = paths.config_dir / "terms"
    folder.mkdir(parents=True)
    with (folder / "v1.txt").open("wb") as huge:
        huge.truncate(10 << 30)
    (folder / "v2.txt").write_bytes(b"\xff\xfe not UTF-8")
    with deadline(20), pytest.raises(DomainError, match=r"v1\.txt: is larger than 1 MB"):
        TermsLibrary(paths).text("v1")
    with pytest.raises(DomainError, match=r"v2\.txt: cannot be read \('utf-8' codec"):
        TermsLibrary(paths).text("v2")


def test_a_device_or_a_pipe_is_refused_without_being_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # opening is not harmless for every device (a watchdog starts counting down when opened)
    os.mkfifo(tmp_path / "pipe")
    opened: list[str] = []
    real_open = os.open

    def spy(path: str | os.PathLike[str], *args: int) -> int:
        opened.append(os.fspath(path))
        return real_open(path, *args)

    monkeypatch.setattr(os, "open", spy)
    for path in (Path("/dev/zero"), Path("/dev/null"), tmp_path / "pipe"):
        with deadline(20), pytest.raises(DomainError, match="is not a regular file"):
            read_regular_file(path, 1 << 20)
    assert opened == []
    (tmp_path / "policy.toml").write_text("id = 'x'\n")
    assert read_regular_file(tmp_path / "policy.toml", 1 << 20) == b"id = 'x'\n"
    assert opened == [str(tmp_path / "policy.toml")]
