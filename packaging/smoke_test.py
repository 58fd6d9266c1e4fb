"""Smoke test of the built Linux bundle, as a technician would get it: `make package-test`.

Unpacks dist/assistdesk-VERSION-linux-ARCH.tar.gz in a temporary directory, installs it there with
its install.sh (HOME is that directory; where this computer lacks libraries the window needs,
install.sh must first refuse in one sentence, and then installs with --no-desktop-check), and runs
the installed program with a clean environment
(no source tree, no venv, no PYTHON* variables; PYTHONTZPATH empty, so time zones must come from
the bundled tzdata, as on Windows). Checks: the version, a fresh database created and upgraded to
the head revision, a quote from a shipped preset, a public holiday, an invoice PDF with the embedded
font and its mail from the bundled template, the main window opened and closed offscreen, the
keyring (for real where GNOME Keyring and dbus-run-session are installed), and the Qt plugins no
command touches. Stops at the first failure with one line saying what failed, and exit status 1.
Needs only the standard library.
"""

from __future__ import annotations

import contextlib
import json
import platform
import runpy
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYRING_TOOLS = ("dbus-run-session", "gnome-keyring-daemon")  # Debian: dbus-daemon, gnome-keyring
TIMEOUT = 60  # seconds for one command; each takes about one (a hang or a modal error dialog)


class SmokeTestError(Exception):
    """One check failed; the message says which and why."""


def project() -> tuple[str, str]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        meta = tomllib.load(file)["project"]
    return meta["name"], meta["version"]


def clean_environment(home: Path) -> dict[str, str]:
    runtime = home / "run"
    runtime.mkdir(mode=0o700, parents=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(runtime),
        "PYTHONTZPATH": "",  # no system zoneinfo: the bundle's tzdata has to be there
    }


class Bundle:
    """The installed program, run in `workdir` with a clean environment."""

    def __init__(self, program: Path, workdir: Path, env: dict[str, str]) -> None:
        self.program, self.workdir, self.env = program, workdir, env

    def run(
        self,
        step: str,
        *args: str,
        status: int = 0,
        extra_env: dict[str, str] | None = None,
        wrapper: tuple[str, ...] = (),
    ) -> subprocess.CompletedProcess[str]:
        """`assistdesk ARGS` (or `WRAPPER... assistdesk ARGS`); any other exit status than
        `status`, a traceback or a hang fails the step."""
        command = [*wrapper, str(self.program), *args]
        try:
            result = subprocess.run(
                command,
                cwd=self.workdir,
                env={**self.env, **(extra_env or {})},
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise SmokeTestError(f"{step}: no answer within {TIMEOUT} s") from None
        if result.returncode != status or "Traceback" in result.stderr:
            raise SmokeTestError(
                f"{step}: `{' '.join(command)}` exited {result.returncode}, not {status}\n"
                f"stdout: {result.stdout.strip()}\nstderr: {result.stderr.strip()}"
            )
        return result

    def json(self, step: str, *args: str) -> dict[str, object]:
        out = self.run(step, *args).stdout
        try:
            value: dict[str, object] = json.loads(out)
        except json.JSONDecodeError:
            raise SmokeTestError(f"{step}: not JSON: {out.strip()}") from None
        return value


PASSED: list[str] = []  # the checks that passed, in order


def expect(step: str, condition: bool, why: str) -> None:
    if not condition:
        raise SmokeTestError(f"{step}: {why}")
    PASSED.append(step)
    print(f"ok  {step}", flush=True)


def install(tarball: Path, tmp: Path, env: dict[str, str], name: str) -> Path:
    """install.sh, which first checks the libraries the window needs: where this computer lacks
    some, it must name them with the command that installs them, install nothing and exit 1;
    then --no-desktop-check installs all the same (the commands need none of them)."""
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp / "unpacked", filter="data")
    (unpacked,) = (tmp / "unpacked").iterdir()
    program = Path(env["HOME"]) / ".local" / "bin" / name

    def run(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
        )

    check = run(str(unpacked / name), "desktop", "check")
    said = f"{check.stdout}{check.stderr}"
    expect("desktop check", check.returncode in (0, 1) and "Traceback" not in said, said)
    result = run("sh", str(unpacked / "install.sh"))
    if check.returncode == 1:
        print(f"note: this computer lacks libraries the window needs: {check.stderr.strip()}")
        sentence = check.stderr.strip().removeprefix(f"{name}: ")
        expect(
            "install.sh names the missing libraries, installs nothing, exit status 1",
            result.returncode == 1
            and result.stderr.strip() == f"install.sh: {sentence}"
            and not program.exists(),
            f"exit {result.returncode}, installed: {program.exists()}\n{result.stderr}",
        )
        result = run("sh", str(unpacked / "install.sh"), "--no-desktop-check")
    expect("install.sh", result.returncode == 0, f"failed:\n{result.stdout}{result.stderr}")
    return program


def check_desktop_files(home: Path, program: Path) -> None:
    share = home / ".local" / "share"
    entries = sorted((share / "applications").glob("*.desktop"))
    expect("one menu entry installed", len(entries) == 1, f"found {entries}")
    desktop = entries[0]
    app_id = desktop.stem
    exec_line = next(line for line in desktop.read_text().splitlines() if line.startswith("Exec="))
    expect(
        "desktop file runs the installed program",
        exec_line == f'Exec="{program.resolve()}"',
        f"{desktop.name} has {exec_line}",
    )
    files = [
        share / "icons" / "hicolor" / "256x256" / "apps" / f"{app_id}.png",
        share / "metainfo" / f"{app_id}.metainfo.xml",
    ]
    missing = [str(path) for path in files if not path.is_file()]
    expect("icons and metainfo installed under the application id", not missing, f"{missing}")


def check_bundle_contents(program_dir: Path) -> None:
    internal = program_dir / "_internal"
    keyring = list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    expect("keyring's backend list is bundled", bool(keyring), "no keyring-*.dist-info")
    plugins = internal / "PySide6" / "Qt" / "plugins"
    wanted = [
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "iconengines/libqsvgicon.so",
        "imageformats/libqsvg.so",
    ]
    missing = [plugin for plugin in wanted if not (plugins / plugin).is_file()]
    expect("Qt platform and SVG plugins are bundled", not missing, f"missing {missing}")


def check_commands(app: Bundle, basedir: Path, version: str, head: str) -> None:
    base = ("--basedir", str(basedir))
    out = app.run("version", "--version").stdout.strip()
    expect("version", out == f"assistdesk {version}", f"printed {out!r}, pyproject says {version}")

    app.run("db upgrade", *base, "db", "upgrade")
    database = basedir / "data" / "assistdesk.sqlite3"
    with contextlib.closing(sqlite3.connect(database)) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    expect("db upgrade", revision == head, f"schema is at {revision}, expected {head}")
    app.run("db upgrade again", *base, "db", "upgrade")

    quote = app.json("quote", "quote", "--policy", "page-computers", "--duration", "12m", "--json")
    expect("quote page-computers 12m", quote.get("total") == "15.00", f"got {quote}")

    christmas = app.json(
        "schedule check",
        *("schedule", "check", "--policy", "iponto", "--at", "2026-12-25T10:00", "--json"),
    )
    expect("Christmas is a holiday in Portugal", christmas.get("holiday") is True, f"{christmas}")

    app.run("settings set", *base, "settings", "set", "company.name", "Smoke Test Ltd")
    customer = ("--customer", "Ana Silva")
    new_customer = (
        "--name",
        "Ana Silva",
        "--email",
        "ana@example.org",
        "--policy",
        "page-computers",
    )
    app.run("customer add", *base, "customer", "add", *new_customer)
    accepted = (datetime.now(UTC) - timedelta(days=1)).replace(microsecond=0)
    ended = accepted + timedelta(minutes=12)
    times = ("--accepted", accepted.isoformat(), "--ended", ended.isoformat())
    app.run("session add", *base, "session", "add", *customer, *times)
    invoice = app.json("invoice create", *base, "invoice", "create", *customer, "--send", "--json")
    expect("invoice create", invoice.get("total") == "15.00", f"got {invoice}")
    pdf = app.workdir / "x.pdf"
    app.run("invoice pdf", *base, "invoice", "pdf", str(invoice["number"]), "--output", str(pdf))
    content = pdf.read_bytes() if pdf.exists() else b""
    expect("invoice pdf", content.startswith(b"%PDF"), f"{pdf} is not a PDF")
    expect("invoice pdf embeds DejaVu Sans", b"DejaVuSans" in content, "the font is missing")
    mail = app.run("mail preview", *base, "mail", "preview", "1").stdout
    expect("invoice mail from the bundled template", str(invoice["number"]) in mail, mail)


def check_keyring(app: Bundle, basedir: Path) -> None:
    """Without a password store, keyring loads and AssistDesk refuses in one sentence. With
    GNOME Keyring on a private D-Bus (where both are installed), the secret is really stored."""
    password = ("--basedir", str(basedir), "mail", "password")
    refused = app.run("keyring without a password store", *password, "--delete", status=2)
    expect(
        "keyring without a password store: one sentence, exit status 2",
        "no usable password store" in refused.stderr,
        refused.stderr,
    )
    if not all(shutil.which(tool, path=app.env["PATH"]) for tool in KEYRING_TOOLS):
        print(f"skip keyring with a Secret Service: needs {' and '.join(KEYRING_TOOLS)}")
        return
    unlocked = 'eval "$(printf smoke | gnome-keyring-daemon --unlock --components=secrets)"'
    script = f'{unlocked} && printf "s3cret\\n" | "$@" && "$@" --delete'
    wrapper = ("dbus-run-session", "--", "sh", "-c", script, "sh")
    said = app.run("keyring with GNOME Keyring", *password, wrapper=wrapper).stdout
    expect(
        "keyring with GNOME Keyring: SMTP password stored and removed",
        "is stored in the keyring" in said and "is removed from the keyring" in said,
        said,
    )


def check_window(app: Bundle, basedir: Path, step: str) -> None:
    """The startup probe: the window is shown, the log filled, and the app quits with status 0.
    On a new database the log is filled only once the whole desk is open (SQLAlchemy, services);
    on one with sessions, straight from the SQLite file first."""
    probe = {"QT_QPA_PLATFORM": "offscreen", "ASSISTDESK_STARTUP_PROBE": "quit"}
    out = app.run(step, "--basedir", str(basedir), extra_env=probe).stdout
    events = [line.split()[0] for line in out.splitlines() if line.strip()]
    expect(step, "shown" in events and "log-filled" in events, f"printed {out!r}")


def smoke_test(tarball: Path) -> None:
    name, version = project()
    head = runpy.run_path(str(ROOT / "app" / "storage" / "revisions.py"))["HEAD"]
    with tempfile.TemporaryDirectory(prefix="assistdesk-smoke-") as temporary:
        tmp = Path(temporary)
        env = clean_environment(tmp / "home")
        program = install(tarball, tmp, env, name)
        check_desktop_files(tmp / "home", program)
        check_bundle_contents(program.resolve().parent)
        workdir = tmp / "work"
        workdir.mkdir()
        app = Bundle(program, workdir, env)
        check_window(app, tmp / "new", "main window on a new database, offscreen")
        check_commands(app, tmp / "state", version, head)
        check_window(app, tmp / "state", "main window on a database with sessions, offscreen")
        check_keyring(app, tmp / "state")
        uninstall = ["sh", str(program.resolve().parent / "install.sh"), "--uninstall"]
        subprocess.run(uninstall, env=env, capture_output=True, check=False)
        expect("install.sh --uninstall", not program.exists(), f"{program} is still there")


def main(argv: list[str]) -> int:
    name, version = project()
    default = ROOT / "dist" / f"{name}-{version}-linux-{platform.machine()}.tar.gz"
    tarball = Path(argv[0]) if argv else default
    if not tarball.is_file():
        print(f"smoke test: {tarball} does not exist; run `make package` first.", file=sys.stderr)
        return 1
    try:
        smoke_test(tarball)
    except SmokeTestError as failure:
        print(f"smoke test FAILED at {failure}", file=sys.stderr, flush=True)
        print(f"{len(PASSED)} passed, 1 failed")
        return 1
    print(f"smoke test of {tarball.name}:")
    print(f"{len(PASSED)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
