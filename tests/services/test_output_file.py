"""Writing a file the user named: all of it or nothing, never over a device, a pipe or a folder,
and no temporary file left behind on any failure."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.services.output_file import OutputPathError, check_output, write_file
from tests.deadline import deadline

posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files: FIFOs, /dev, modes")


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


def test_a_new_file_gets_the_bytes_and_the_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "invoice.pdf"
    assert write_file(target, b"%PDF-1.4 all of it") == target.resolve()
    assert target.read_bytes() == b"%PDF-1.4 all of it"
    if sys.platform != "win32":
        mask = os.umask(0o022)
        os.umask(mask)
        assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    assert leftovers(tmp_path) == []


@posix
def test_a_file_replaced_keeps_its_mode_and_a_link_keeps_pointing(tmp_path: Path) -> None:
    real = tmp_path / "real.ics"
    real.write_bytes(b"old")
    real.chmod(0o640)
    link = tmp_path / "link.ics"
    link.symlink_to(real)
    write_file(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert leftovers(tmp_path) == []


@posix
@pytest.mark.parametrize("kind", ["fifo", "socket", "device", "folder", "link to a device"])
def test_what_is_not_a_regular_file_is_never_replaced(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "out.pdf"
    server = socket.socket(socket.AF_UNIX)
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "socket":
        server.bind(str(target))
    elif kind == "folder":
        target.mkdir()
    else:
        target = Path("/dev/null") if kind == "device" else target
        if kind == "link to a device":
            target.symlink_to("/dev/null")
    before = os.lstat(target)
    with deadline(10), pytest.raises(OutputPathError) as caught:
        write_file(target, b"data")
    assert "\n" not in str(caught.value)
    assert ("is a folder" if kind == "folder" else "is a device or a pipe") in str(caught.value)
    server.close()
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert leftovers(target.parent if kind != "device" else tmp_path) == []


@pytest.mark.parametrize(
    ("name", "says"),
    [("", "Give the name of the file to write."), ("   ", "Give the name"),
     ("nowhere/x.pdf", "The folder .*nowhere does not exist."),
     ("x" * 300 + ".pdf", r"is longer than this disk allows \(255 bytes\)"),
     ("sub/", "is a folder")],
)  # fmt: skip
def test_a_name_that_cannot_be_a_file_is_refused_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, says: str
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputPathError, match=says):
        check_output(name)
    with pytest.raises(OutputPathError, match=says):
        write_file(name, b"data")
    assert list(tmp_path.iterdir()) == []


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("a file")
    with pytest.raises(OutputPathError, match=r"notes\.txt is a file, not a folder\.$"):
        write_file(tmp_path / "notes.txt" / "out.pdf", b"data")


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.ics"
    target.write_bytes(b"the old calendar")

    def interrupted(_fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_file(target, b"the new calendar")
    assert target.read_bytes() == b"the old calendar"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ics"]


@posix
def test_a_disk_that_fills_up_is_the_environment_and_leaves_the_old_file(tmp_path: Path) -> None:
    # A real refusal by the kernel: the file-size limit makes write() fail with EFBIG, as a full
    # disk fails it with ENOSPC (the tests of the commands fill a real file system).
    target = tmp_path / "out.pdf"
    target.write_bytes(b"the old document")
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        from app.services.output_file import WriteFailedError, write_file
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        try:
            write_file({str(target)!r}, b"x" * 100_000)
        except WriteFailedError as error:
            print(error)
            sys.exit(1)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 1, done.stderr
    assert done.stdout == f"{target} could not be written: the disk is full (File too large).\n"
    assert target.read_bytes() == b"the old document"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


@posix
def test_an_export_never_goes_through_a_link_at_its_name(tmp_path: Path) -> None:
    """AssistDesk's own settings follow a link at their name (a dotfiles setup); a file the user
    exports does not: in a shared folder the link may be another user's trap."""
    from app.services.own_files import OwnFiles

    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"mine")
    link = tmp_path / "cal.ics"
    link.symlink_to(victim)
    with pytest.raises(OutputPathError, match="is a symbolic link"):
        check_output(link, OwnFiles(()))
    with pytest.raises(OutputPathError, match="is a symbolic link"):
        write_file(link, b"x", OwnFiles(()))
    assert (victim.read_bytes(), link.is_symlink(), leftovers(tmp_path)) == (b"mine", True, [])


@posix
def test_own_folders_are_known_by_any_path_that_leads_there(tmp_path: Path) -> None:
    """A link to the folder, `..` in the name, or the folder bind-mounted elsewhere."""
    import shutil

    from app.services.own_files import OwnFiles

    config = tmp_path / "state" / "config"
    config.mkdir(parents=True)
    own = OwnFiles((config,), tmp_path / "db" / "assistdesk.sqlite3")
    (tmp_path / "link").symlink_to(config)
    (tmp_path / "db").mkdir()
    names = [config / "settings.toml", tmp_path / "link" / "settings.toml",
             tmp_path / "db" / ".." / "state" / "config" / "x.ics",
             tmp_path / "db" / "assistdesk.sqlite3-shm"]  # fmt: skip
    mount = tmp_path / "mnt"
    mount.mkdir()
    mounted = os.geteuid() == 0 and shutil.which("mount") is not None
    mounted = mounted and subprocess.run(
        ["mount", "--bind", str(config), str(mount)], capture_output=True, check=False
    ).returncode == 0  # fmt: skip
    try:
        for name in names + ([mount / "settings.toml"] if mounted else []):
            with pytest.raises(
                OutputPathError, match=r"AssistDesk's own folder|is AssistDesk's database"
            ):
                check_output(name, own)
        assert check_output(tmp_path / "x.ics", own) == tmp_path.resolve() / "x.ics"
    finally:
        if mounted:
            subprocess.run(["umount", str(mount)], check=True)
