"""What the window needs from a Linux desktop: which platform Qt picks, what ldd says is missing,
and the one sentence with the command that installs it (app/desktop_libraries.py)."""

from __future__ import annotations

import importlib.util
import os
import stat
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import desktop_libraries
from app.desktop_libraries import (
    PACKAGES,
    QT_FILES,
    install_sentence,
    not_found,
    uses_xcb,
    window_problem,
)

# On a fresh Debian 12 desktop (GNOME) with PySide6 6.11, as `ldd` reports it.
FRESH_DEBIAN = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
DEBIAN = {"ID": "debian", "VERSION_ID": "12"}
UBUNTU = {"ID": "ubuntu", "ID_LIKE": "debian", "VERSION_ID": "24.04"}
MINT = {"ID": "linuxmint", "ID_LIKE": "ubuntu debian"}
FEDORA = {"ID": "fedora", "VERSION_ID": "41"}
ROCKY = {"ID": "rocky", "ID_LIKE": "rhel centos fedora"}
ARCH = {"ID": "arch"}
OPENSUSE = {"ID": "opensuse-tumbleweed", "ID_LIKE": "opensuse suse"}
NEEDS = (
    "AssistDesk's window needs libxcb-icccm.so.4 and libxcb-keysyms.so.1, which are not installed"
)


@pytest.mark.parametrize("release", [DEBIAN, UBUNTU, MINT], ids=["debian", "ubuntu", "mint"])
def test_on_debian_and_ubuntu_the_sentence_gives_the_apt_get_command(
    release: dict[str, str],
) -> None:
    assert install_sentence(FRESH_DEBIAN, release) == (
        f"{NEEDS}: install them with `sudo apt-get install libxcb-icccm4 libxcb-keysyms1`."
    )


@pytest.mark.parametrize("release", [FEDORA, ROCKY], ids=["fedora", "rocky"])
def test_on_fedora_and_its_kin_the_sentence_gives_the_dnf_command(
    release: dict[str, str],
) -> None:
    assert install_sentence(FRESH_DEBIAN, release) == (
        f"{NEEDS}: install them with `sudo dnf install xcb-util-keysyms xcb-util-wm`."
    )


@pytest.mark.parametrize("release", [ARCH, OPENSUSE, {}], ids=["arch", "opensuse", "no-os-release"])
def test_elsewhere_the_sentence_names_the_libraries(release: dict[str, str]) -> None:
    assert install_sentence(FRESH_DEBIAN, release) == (
        f"{NEEDS}: install them with your distribution's package manager."
    )


def test_as_root_the_command_has_no_sudo() -> None:
    assert install_sentence(["libxcb-cursor.so.0"], DEBIAN, root=True) == (
        "AssistDesk's window needs libxcb-cursor.so.0, which is not installed: "
        "install it with `apt-get install libxcb-cursor0`."
    )


def test_a_library_without_a_known_package_is_named_beside_the_command() -> None:
    missing = ["libxcb-cursor.so.0", "libxcb-new.so.7"]
    assert install_sentence(missing, FEDORA).endswith(
        "install them with `sudo dnf install xcb-util-cursor` "
        "and the package that provides libxcb-new.so.7."
    )
    assert install_sentence(["libxcb-new.so.7"], DEBIAN) == (
        "AssistDesk's window needs libxcb-new.so.7, which is not installed: "
        "install the package that provides it."
    )


@given(
    missing=st.lists(st.sampled_from(sorted(PACKAGES)), min_size=1, unique=True),
    release=st.sampled_from([DEBIAN, UBUNTU, FEDORA, ROCKY]),
)
def test_the_command_installs_exactly_the_packages_of_the_missing_libraries(
    missing: list[str], release: dict[str, str]
) -> None:
    sentence = install_sentence(missing, release)
    column, installer = (1, "dnf") if release in (FEDORA, ROCKY) else (0, "apt-get")
    command = sentence.split("`")[1].split()
    assert command[:3] == ["sudo", installer, "install"]
    assert sorted(command[3:]) == sorted({PACKAGES[name][column] for name in missing})
    assert all(name in sentence for name in missing)
    assert "\n" not in sentence
    assert sentence.endswith("`.")


def qt_closure_needs() -> set[str]:
    """Every library that the window's Qt files, and the Qt files they load in turn, name
    (DT_NEEDED) and that PySide6 does not ship: what the system has to provide."""
    from elftools.elf.dynamic import DynamicSection
    from elftools.elf.elffile import ELFFile

    spec = importlib.util.find_spec("PySide6")
    assert spec is not None
    assert spec.submodule_search_locations is not None
    pyside = Path(next(iter(spec.submodule_search_locations)))
    shipped = {path.name: path for top in (pyside, pyside.parent / "shiboken6") for path in
               top.rglob("*.so*")}  # fmt: skip
    todo, seen, system = [pyside / name for name in QT_FILES], set(), set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        with path.open("rb") as file:
            for section in ELFFile(file).iter_sections():
                if isinstance(section, DynamicSection):
                    for tag in section.iter_tags("DT_NEEDED"):
                        needed: str = tag.needed  # type: ignore[attr-defined]
                        if needed in shipped:
                            todo.append(shipped[needed])
                        elif not needed.startswith("ld-linux"):
                            system.add(needed)
    return system


@pytest.mark.skipif(sys.platform != "linux", reason="PySide6's Linux wheel")
def test_every_system_library_the_installed_qt_needs_has_its_packages() -> None:
    needs = qt_closure_needs()
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"} <= needs
    assert needs - PACKAGES.keys() == set(), "add them to PACKAGES in app/desktop_libraries.py"


@pytest.mark.parametrize(
    ("command", "column"), [("sudo apt-get install", 0), ("sudo dnf install", 1)]
)
def test_the_install_guide_installs_every_x_library_at_once(command: str, column: int) -> None:
    guide = (Path(__file__).resolve().parents[1] / "docs" / "install.md").read_text("utf-8")
    (line,) = [line for line in guide.splitlines() if line.startswith(command) and "xcb" in line]
    x_libraries = [name for name in PACKAGES if name.startswith(("libxcb-", "libxkbcommon-x11"))]
    assert set(line.removeprefix(command).split()) == {PACKAGES[n][column] for n in x_libraries}


def test_the_install_guides_basics_for_a_minimal_system_are_packages_qt_asks_for() -> None:
    guide = (Path(__file__).resolve().parents[1] / "docs" / "install.md").read_text("utf-8")
    (line,) = [
        line for line in guide.splitlines()
        if line.startswith("sudo apt-get install") and "xcb" not in line
    ]  # fmt: skip
    basics = set(line.removeprefix("sudo apt-get install").split())
    assert len(basics) == 8
    assert basics <= {debian for debian, _ in PACKAGES.values()}


LDD_OUTPUT = """\
/site/PySide6/Qt/plugins/platforms/libqxcb.so:
\tlinux-vdso.so.1 (0x00007ffd4b7f2000)
\tlibQt6XcbQpa.so.6 => /site/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0e1c000000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0e1bf00000)
\tlibxcb-icccm.so.4 => not found
/site/PySide6/QtWidgets.abi3.so:
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-keysyms.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f0e1c1f0000)
"""


def test_ldd_output_gives_each_missing_library_once_in_order() -> None:
    assert not_found(LDD_OUTPUT) == [*FRESH_DEBIAN, "libxkbcommon-x11.so.0"]
    assert not_found(LDD_OUTPUT.replace("not found", "/usr/lib/x.so (0x1)")) == []


def fake_ldd(folder: Path, output: str) -> Path:
    """An `ldd` on PATH that prints `output` and writes the files it was asked about."""
    folder.mkdir(exist_ok=True)
    script = folder / "ldd"
    asked = folder / "asked"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{asked}"\ncat <<"EOF"\n{output}EOF\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return asked


@pytest.mark.skipif(sys.platform != "linux", reason="ldd is Linux's")
def test_the_probe_asks_ldd_about_the_windows_qt_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = fake_ldd(tmp_path / "bin", LDD_OUTPUT)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    assert desktop_libraries.missing_libraries() == [*FRESH_DEBIAN, "libxkbcommon-x11.so.0"]
    files = [Path(line) for line in asked.read_text().splitlines()]
    assert [path.name for path in files] == [Path(name).name for name in QT_FILES]
    assert all(path.is_file() for path in files)


def test_without_ldd_nothing_is_reported_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder
    assert desktop_libraries.missing_libraries() == []


@pytest.mark.parametrize(
    ("environ", "xcb"),
    [
        ({"DISPLAY": ":0"}, True),  # an X11 session
        ({}, True),  # no session at all: Qt still tries X11
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),  # Wayland, with XWayland
        ({"XDG_SESSION_TYPE": "wayland"}, False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),  # the tests, the benchmark
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "minimal"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, True),
        ({"DISPLAY": ":1", "QT_QPA_PLATFORM": "xcb:nograb"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;xcb"}, True),  # no compositor: X11 next
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, False),  # fails, but never with xcb
    ],
)
def test_qt_uses_x11_as_qguiapplication_picks_it(environ: dict[str, str], xcb: bool) -> None:
    assert uses_xcb(environ) is xcb


def never_probed() -> list[str]:
    raise AssertionError("the libraries were probed")


@pytest.mark.parametrize(
    "environ",
    [
        {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"},
        {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"},
    ],
    ids=["offscreen", "wayland"],
)
def test_offscreen_and_wayland_skip_the_check(environ: dict[str, str]) -> None:
    assert window_problem(environ, never_probed, DEBIAN) is None


def test_on_x11_missing_libraries_stop_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desktop_libraries, "is_root", lambda: False)
    problem = window_problem({"DISPLAY": ":0"}, lambda: FRESH_DEBIAN, UBUNTU)
    assert problem == install_sentence(FRESH_DEBIAN, UBUNTU)


def test_on_x11_with_every_library_the_window_opens() -> None:
    assert window_problem({"DISPLAY": ":0"}, lambda: [], DEBIAN) is None


def test_without_any_display_the_sentence_says_so() -> None:
    problem = window_problem({}, lambda: [], DEBIAN)
    assert problem is not None
    assert problem.startswith("There is no X11 display to open the window on (DISPLAY is not set)")


def test_on_windows_and_macos_nothing_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert window_problem({"DISPLAY": ":0"}, never_probed, DEBIAN) is None


@pytest.mark.skipif(sys.platform != "linux", reason="Linux only")
def test_the_real_probe_runs_without_importing_qt() -> None:
    code = (
        "import sys; from app import desktop_libraries as d; d.missing_libraries();"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )  # fmt: skip
    assert done.stdout.strip() == "[]"
