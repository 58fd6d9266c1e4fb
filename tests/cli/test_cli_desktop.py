"""`assistdesk` without a command on a desktop that lacks the window's libraries: one sentence with
the command that installs them, exit status 1, no window and no traceback; `desktop check` says
the same whenever asked."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from app import desktop_libraries
from tests.cli.runner import main

ROOT = Path(__file__).resolve().parents[2]
MISSING = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
SENTENCE = (
    "AssistDesk's window needs libxcb-icccm.so.4 and libxcb-keysyms.so.1, which are not "
    "installed: install them with `sudo apt-get install libxcb-icccm4 libxcb-keysyms1`."
)


@pytest.fixture
def debian(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desktop_libraries, "os_release", lambda: {"ID": "debian"})
    monkeypatch.setattr(desktop_libraries, "is_root", lambda: False)
    monkeypatch.setattr(sys, "platform", "linux")


@pytest.fixture
def windows_opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Stands in for app.ui.shell.launch: records each window it is asked to open."""
    opened: list[str] = []

    def run_gui(_paths: object, url: str, _clock: object) -> int:
        opened.append(url)
        return 0

    launch = ModuleType("app.ui.shell.launch")
    launch.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.ui.shell.launch", launch)
    return opened


def x11_session(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)


@pytest.mark.usefixtures("debian")
def test_missing_libraries_stop_the_gui_with_one_sentence_and_status_1(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    windows_opened: list[str],
) -> None:
    x11_session(monkeypatch)
    monkeypatch.setattr(desktop_libraries, "missing_libraries", lambda: MISSING)
    assert main(["--basedir", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"assistdesk: {SENTENCE}\n")
    assert windows_opened == []
    assert list(tmp_path.iterdir()) == []  # nothing written


@pytest.mark.usefixtures("debian")
def test_offscreen_the_gui_starts_without_probing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows_opened: list[str]
) -> None:
    x11_session(monkeypatch)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(desktop_libraries, "missing_libraries", lambda: MISSING)
    assert main(["--basedir", str(tmp_path)]) == 0
    assert len(windows_opened) == 1


@pytest.mark.usefixtures("debian")
def test_with_every_library_the_gui_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows_opened: list[str]
) -> None:
    x11_session(monkeypatch)
    monkeypatch.setattr(desktop_libraries, "missing_libraries", lambda: [])
    assert main(["--basedir", str(tmp_path)]) == 0
    assert len(windows_opened) == 1


@pytest.mark.usefixtures("debian")
def test_desktop_check_names_what_is_missing_whatever_the_session(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # install.sh may run without a desktop
    monkeypatch.setattr(desktop_libraries, "missing_libraries", lambda: MISSING)
    assert main(["desktop", "check"]) == 1
    assert capsys.readouterr() == ("", f"assistdesk: {SENTENCE}\n")

    monkeypatch.setattr(desktop_libraries, "missing_libraries", lambda: [])
    assert main(["desktop", "check"]) == 0
    assert capsys.readouterr() == ("The window has every system library it needs.\n", "")


def fake_ldd(folder: Path) -> str:
    """A PATH whose `ldd` reports the fresh Debian's two libraries missing."""
    folder.mkdir()
    ldd = folder / "ldd"
    lines = "".join(f"\t{name} => not found\n" for name in MISSING)
    ldd.write_text(f"#!/bin/sh\nprintf '{lines}'\n")
    ldd.chmod(ldd.stat().st_mode | stat.S_IXUSR)
    return f"{folder}{os.pathsep}{os.environ['PATH']}"


def run_app(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND", "XDG_S"))}
    return subprocess.run(
        [sys.executable, "-m", "app", "--basedir", str(tmp_path / "state")],
        env={**clean, "PATH": fake_ldd(tmp_path / "bin"), **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="the X11 check is Linux's")
def test_python_m_app_on_x11_without_the_libraries_says_so_and_exits_1(tmp_path: Path) -> None:
    done = run_app(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=":99")  # no X server needed
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith(
        "assistdesk: AssistDesk's window needs libxcb-icccm.so.4 and libxcb-keysyms.so.1, "
        "which are not installed: install them with"
    )
    assert done.stderr.count("\n") == 1
    assert not (tmp_path / "state").exists()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="the X11 check is Linux's")
def test_python_m_app_offscreen_opens_the_window_all_the_same(tmp_path: Path) -> None:
    done = run_app(tmp_path, QT_QPA_PLATFORM="offscreen", ASSISTDESK_STARTUP_PROBE="quit")
    assert done.returncode == 0, done.stderr
    assert "shown" in done.stdout
    assert "Traceback" not in done.stderr


@pytest.mark.usefixtures("debian")
def test_qt_that_cannot_load_is_one_sentence_whatever_the_platform(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a minimal system even the offscreen platform lacks GLib, libGL, fontconfig…: importing
    Qt fails, and then (only then) the Qt modules' libraries are asked for."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setitem(sys.modules, "app.ui.shell.launch", None)  # its import fails, as Qt's would
    asked: list[tuple[str, ...]] = []

    def missing(names: tuple[str, ...] = desktop_libraries.QT_FILES) -> list[str]:
        asked.append(tuple(names))
        return ["libglib-2.0.so.0", "libGL.so.1"]

    monkeypatch.setattr(desktop_libraries, "missing_libraries", missing)
    assert main(["--basedir", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("assistdesk: AssistDesk's window needs libglib-2.0.so.0 and libGL.so.1")
    assert err.endswith("`sudo apt-get install libgl1 libglib2.0-0`.\n")
    assert asked == [desktop_libraries.MODULE_FILES]  # the X11 plugin is not asked about
    assert list(tmp_path.iterdir()) == []


def test_a_qt_import_failure_with_every_library_present_is_not_blamed_on_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setitem(sys.modules, "app.ui.shell.launch", None)
    monkeypatch.setattr(desktop_libraries, "missing_libraries", lambda names=(): [])
    assert main(["--basedir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("assistdesk: AssistDesk hit an unexpected problem: ModuleNotFoundError")
    assert "Traceback" not in err
