"""Every command that writes a file the user names (`invoice pdf --output`, `appointment export
--output`): a name that cannot be a file there is exit status 2 with one sentence, a disk that
fills up is exit status 1, and no `.partial` or other file is ever left behind; `-` is standard
output. The file system faults are real: a FIFO, /dev/full, a full or read-only tmpfs mounted in
a private mount namespace (unshare), never a fake."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.cli.runner import Cli
from tests.databases import MigratedTemplates
from tests.deadline import deadline

ROOT = Path(__file__).resolve().parents[2]
# `assistdesk ARGS` in a child process, at the tests' fixed "now" (tests.cli.runner)
RUN = "import sys; from tests.cli.runner import main; sys.exit(main(sys.argv[1:]))"
posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files: FIFOs, /dev, mounts")


@dataclass
class Office:
    cli: Cli
    prefix: list[str]  # --db URL --basedir DIR
    invoice: str
    out: Path  # an empty folder for the files written

    def writers(self, output: str) -> list[list[str]]:
        """Each command that writes a file, writing to `output`."""
        return [
            ["invoice", "pdf", self.invoice, "--output", output],
            ["appointment", "export", "--from", "2026-11-01", "--to", "2026-11-30", "--output",
             output],
        ]  # fmt: skip


@pytest.fixture
def office(
    tmp_path: Path, templates: MigratedTemplates, capsys: pytest.CaptureFixture[str]
) -> Office:
    url = templates.fill(f"sqlite:///{tmp_path / 'assistdesk.sqlite3'}")
    prefix = ["--db", url, "--basedir", str(tmp_path / "data")]
    cli = Cli(capsys, *prefix)
    for key, value in {"company.name": "Page Computers BV", "company.address": "Kerkstraat 12",
                       "documents.timezone": "Europe/Brussels"}.items():  # fmt: skip
        assert cli("settings", "set", key, value)[0] == 0
    cli.json("customer", "add", "--name", "Bert", "--policy", "page-computers")
    cli.json("session", "add", "--customer", "Bert", "--accepted", "2026-11-10T09:00Z",
             "--ended", "2026-11-10T09:12Z")  # fmt: skip
    invoice = cli.json("invoice", "create", "--customer", "Bert", "--json")["number"]
    cli.json("appointment", "add", "--customer", "Bert", "--at", "2026-11-26T10:00", "--reason",
             "test")  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()
    return Office(cli, prefix, invoice, out)


def refused(office: Office, output: str, says: str) -> None:
    for args in office.writers(output):
        with deadline(20):
            status, out, err = office.cli(*args)
        assert (status, out) == (2, ""), (args, err)
        assert err.startswith("assistdesk: "), err
        assert err.count("\n") == 1, err
        assert says in err, (args, err)


def test_the_file_is_written_whole_and_replaces_a_file(office: Office) -> None:
    target = office.out / "file"
    for args, start in zip(
        office.writers(str(target)), (b"%PDF-", b"BEGIN:VCALENDAR"), strict=True
    ):
        status, out, err = office.cli(*args)
        assert (status, err) == (0, "")
        assert out == f"Wrote {office.invoice} to {target}.\n" or out.startswith("Wrote 1 ")
        assert target.read_bytes().startswith(start)
    assert sorted(p.name for p in office.out.iterdir()) == ["file"]


@posix
def test_names_that_cannot_be_a_file_are_refused_and_nothing_is_left(office: Office) -> None:
    (office.out / "notes.txt").write_text("a file")
    os.mkfifo(office.out / "pipe")  # writing to it would wait for a reader for ever
    (office.out / "to-full").symlink_to("/dev/full")
    refused(office, str(office.out), "is a folder; give a file name in it.")
    refused(office, str(office.out / "new") + "/", "is a folder")
    refused(office, str(office.out / "missing" / "x.pdf"), "missing does not exist.")
    refused(office, str(office.out / "notes.txt" / "x.pdf"), "notes.txt is a file, not a folder.")
    refused(office, "", "Give the name of the file to write.")
    refused(office, str(office.out / ("n" * 300)), "is longer than this disk allows")
    refused(office, str(office.out / ("deep/" * 1000) / "x"), "longer name than this disk allows")
    refused(office, "/dev/full", "/dev/full is a device or a pipe, not a file")
    refused(office, str(office.out / "to-full"), "is a symbolic link")  # to a device, too
    refused(office, str(office.out / "pipe"), "is a device or a pipe")
    assert sorted(p.name for p in office.out.iterdir()) == ["notes.txt", "pipe", "to-full"]
    assert (office.out / "pipe").is_fifo()
    assert Path("/dev/full").is_char_device()


@posix
def test_a_folder_that_may_not_be_written_is_refused(office: Office, tmp_path: Path) -> None:
    if os.geteuid() == 0:  # root ignores a folder's mode; sysfs refuses new files even to root
        folder = Path("/sys")
        if not folder.is_dir() or _can_create_in(folder):
            pytest.skip("running as root with no folder that refuses it")
    else:
        folder = tmp_path / "locked"
        folder.mkdir(mode=0o500)
    refused(office, str(folder / "x.pdf"), "cannot be written here (")
    refused(office, str(folder / "x.pdf"), "; choose another folder.")
    assert not (folder / "x.pdf").exists()


def _can_create_in(folder: Path) -> bool:
    try:
        (folder / ".assistdesk-probe").touch()
    except OSError:
        return False
    (folder / ".assistdesk-probe").unlink()
    return True


def test_a_dash_writes_to_standard_output(office: Office) -> None:
    for args, start in zip(office.writers("-"), (b"%PDF-", b"BEGIN:VCALENDAR"), strict=True):
        done = subprocess.run(
            [sys.executable, "-c", RUN, *office.prefix, *args],
            cwd=ROOT, capture_output=True, timeout=120, check=False,
        )  # fmt: skip
        assert (done.returncode, done.stderr) == (0, b"")
        assert done.stdout.startswith(start)
        assert done.stdout.rstrip().endswith((b"%%EOF", b"END:VCALENDAR"))
    assert list(office.out.iterdir()) == []


def _private_mount_namespace() -> list[str]:
    """The command that runs a shell in a mount namespace of its own (root: `unshare -m`;
    others: a user namespace too, `unshare -rm`); skips where neither works."""
    unshare = shutil.which("unshare")
    if sys.platform != "linux" or unshare is None:
        pytest.skip("needs Linux's unshare to mount a small file system privately")
    for command in ([unshare, "-m"], [unshare, "-rm"]):
        probe = [*command, "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null"]
        if subprocess.run(probe, capture_output=True, timeout=30, check=False).returncode == 0:
            return command
    pytest.skip("this machine does not allow a private mount namespace (unshare -m / -rm)")


# Mount a 64 KB tmpfs on $1, make it full or read-only ($2), run the command after it with
# AssistDesk's fixed test clock, then list what is left on the tmpfs (before it vanishes).
SCRIPT = """
target=$1; state=$2; shift 2
mount -t tmpfs -o size=64k tmpfs "$target" || exit 99
if [ "$state" = full ]; then cat /dev/zero > "$target/filler" 2>/dev/null; fi
if [ "$state" = read-only ]; then mount -o remount,ro "$target" || exit 99; fi
"$@"; status=$?
echo "left: $(ls -A "$target" | tr '\\n' ' ')" >&2
exit $status
"""


@posix
@pytest.mark.parametrize(
    ("state", "status", "says", "left"),
    [("full", 1, "could not be written: the disk is full (No space left on device).", "filler "),
     ("read-only", 2, "cannot be written here (Read-only file system); choose another folder.",
      "")],
)  # fmt: skip
def test_a_full_or_read_only_disk_is_one_sentence_and_leaves_nothing(
    office: Office, state: str, status: int, says: str, left: str
) -> None:
    namespace = _private_mount_namespace()
    for args in office.writers(str(office.out / "x")):
        done = subprocess.run(
            [*namespace, "sh", "-c", SCRIPT, "sh", str(office.out), state,
             sys.executable, "-c", RUN, *office.prefix, *args],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert done.returncode == status, done.stderr
        lines = done.stderr.splitlines()
        assert lines[0] == f"assistdesk: {office.out / 'x'} {says}", done.stderr
        assert "Traceback" not in done.stderr
        assert lines[-1] == f"left: {left}", done.stderr  # no .partial file
        assert done.stdout == ""
    assert list(office.out.iterdir()) == []


@posix
def test_a_symbolic_link_at_the_name_is_refused_and_what_it_names_is_left(
    office: Office, tmp_path: Path
) -> None:
    """`ln -s ~/.bashrc /tmp/cal.ics` by another user, then `appointment export --output
    /tmp/cal.ics`, once overwrote .bashrc. A link to nothing yet would have made the file."""
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / ".bashrc").write_text("export PATH=$HOME/bin:$PATH\n")
    (victim / ".bashrc").chmod(0o644)
    (office.out / "cal.ics").symlink_to(victim / ".bashrc")
    (office.out / "new.pdf").symlink_to(victim / "not-yet")
    for name in ("cal.ics", "new.pdf"):
        refused(office, str(office.out / name), "is a symbolic link, and AssistDesk writes")
    assert (victim / ".bashrc").read_text() == "export PATH=$HOME/bin:$PATH\n"
    assert sorted(p.name for p in victim.iterdir()) == [".bashrc"]
    assert all((office.out / name).is_symlink() for name in ("cal.ics", "new.pdf"))
    assert sorted(p.name for p in office.out.iterdir()) == ["cal.ics", "new.pdf"]


@posix
def test_an_export_never_replaces_the_database_or_assistdesks_own_files(
    office: Office, tmp_path: Path
) -> None:
    """The live database, a file SQLite keeps beside it (there now or not), and anything in the
    data, configuration or log folders — by any path that leads there."""
    database = tmp_path / "assistdesk.sqlite3"
    state = tmp_path / "data"
    office.cli("settings", "set", "company.vat_id", "")  # settings.toml exists
    (state / "config" / "policies").mkdir(exist_ok=True)
    for folder in ("logs", "data"):
        (state / folder).mkdir(exist_ok=True)
    (tmp_path / "to-config").symlink_to(state / "config")
    os.link(database, tmp_path / "hard-link.sqlite3")
    before = {path: path.read_bytes() for path in (database, state / "config" / "settings.toml")}
    as_database = f"is AssistDesk's database or a file kept beside it ({database});"
    for name, says in [
        (database, as_database),
        (tmp_path / "assistdesk.sqlite3-wal", as_database),
        (tmp_path / "assistdesk.sqlite3-journal", as_database),
        (tmp_path / "assistdesk.before-upgrade-from-0006-20261124T090000Z.sqlite3", as_database),
        (tmp_path / "out" / ".." / "assistdesk.sqlite3", as_database),
        (tmp_path / "hard-link.sqlite3", as_database),
        (state / "config" / "settings.toml", "is in AssistDesk's own folder"),
        (tmp_path / "to-config" / "settings.toml", "is in AssistDesk's own folder"),
        (state / "config" / "policies" / "pardini.toml", "is in AssistDesk's own folder"),
        (state / "logs" / "assistdesk.log", "is in AssistDesk's own folder"),
        (state / "data" / "cal.ics", "is in AssistDesk's own folder"),
    ]:
        refused(office, str(name), says)
    assert {path: path.read_bytes() for path in before} == before
    assert not (tmp_path / "assistdesk.sqlite3-journal").exists()
    assert list((state / "config" / "policies").iterdir()) == []
    assert office.cli("session", "list")[0] == 0  # the database is whole
