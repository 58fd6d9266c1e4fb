"""What the window needs from a Linux desktop, found out before Qt is imported.

Qt's X11 platform plugin (xcb) links system libraries that a fresh Debian or Ubuntu lacks
(libxcb-icccm4, libxcb-keysyms1…); without them Qt aborts with its own message. So, when Qt would
use xcb, `window_problem` asks the dynamic loader (`ldd`) which libraries the plugin and the Qt
modules of the window cannot find, and turns them into one sentence with the command that installs
them: apt-get on Debian and its kin, dnf on Fedora and its kin (from /etc/os-release), the names
of the libraries elsewhere. Nothing here imports Qt; the probe costs one `ldd` run.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

# The files the window loads, relative to the PySide6 package: the X11 plugin and the Qt modules
# app.ui imports (QtPdfWidgets brings QtPdf; QtWidgets brings QtGui and QtCore).
QT_FILES = (
    "Qt/plugins/platforms/libqxcb.so",
    "QtWidgets.abi3.so",
    "QtPrintSupport.abi3.so",
    "QtPdfWidgets.abi3.so",
)

# Every system library those files name, with the package that has it on Debian/Ubuntu and on
# Fedora (tests/test_desktop_libraries.py reads the installed PySide6 to keep this complete).
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libgssapi_krb5.so.2": ("libgssapi-krb5-2", "krb5-libs"),
    "libbrotlicommon.so.1": ("libbrotli1", "libbrotli"),
    "libbrotlidec.so.1": ("libbrotli1", "libbrotli"),
    "libz.so.1": ("zlib1g", "zlib"),
    "libzstd.so.1": ("libzstd1", "libzstd"),
    "libstdc++.so.6": ("libstdc++6", "libstdc++"),
    "libgcc_s.so.1": ("libgcc-s1", "libgcc"),
    "libc.so.6": ("libc6", "glibc"),
    "libm.so.6": ("libc6", "glibc"),
    "libdl.so.2": ("libc6", "glibc"),
    "libpthread.so.0": ("libc6", "glibc"),
    "libresolv.so.2": ("libc6", "glibc"),
}
# os-release's ID or ID_LIKE -> the installer and PACKAGES' column (Mint, Pop!_OS, RHEL, Rocky...)
FAMILIES = {
    "debian": ("apt-get", 0),
    "ubuntu": ("apt-get", 0),
    "fedora": ("dnf", 1),
    "rhel": ("dnf", 1),
}

NOT_FOUND = re.compile(r"^\s*(\S+) => not found\s*$", re.MULTILINE)
Probe = Callable[[], list[str]]


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt would open the window through X11, the way QGuiApplication picks a platform:
    QT_QPA_PLATFORM's list, else Wayland first when the session is Wayland, then xcb."""
    wayland = bool(environ.get("WAYLAND_DISPLAY")) or environ.get("XDG_SESSION_TYPE") == "wayland"
    chosen = environ.get("QT_QPA_PLATFORM") or "wayland;xcb"
    for entry in chosen.split(";"):
        name = entry.split(":")[0].strip().lower()
        if name.startswith("wayland") and not wayland:
            continue  # Qt tries the next one when there is no Wayland compositor
        return name == "xcb"
    return False


# The Qt modules alone: what any platform needs (offscreen and Wayland too), and the tests.
MODULE_FILES = QT_FILES[1:]


def qt_files(names: Sequence[str] = QT_FILES) -> list[Path]:
    """`names` in the PySide6 this program runs with (installed or bundled), not imported."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    folders = list(spec.submodule_search_locations or []) if spec else []
    if getattr(sys, "frozen", False):
        folders.append(str(Path(getattr(sys, "_MEIPASS", "")) / "PySide6"))
    for folder in folders:
        files = [Path(folder) / name for name in names]
        if all(path.is_file() for path in files):
            return files
    return []


def missing_libraries(names: Sequence[str] = QT_FILES) -> list[str]:
    """The libraries the dynamic loader cannot find for the window's Qt files (or `names`);
    empty when all are there, or when this cannot be told (not Linux, no ldd, no PySide6)."""
    import subprocess

    files = qt_files(names) if sys.platform == "linux" else []
    if not files:
        return []
    try:
        found = subprocess.run(
            ["ldd", *map(str, files)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    return not_found(found.stdout)


def not_found(ldd_output: str) -> list[str]:
    """The `NAME => not found` lines of ldd's output, each name once, in order."""
    return list(dict.fromkeys(NOT_FOUND.findall(ldd_output)))


def os_release() -> dict[str, str]:
    import platform

    try:
        return platform.freedesktop_os_release()
    except OSError:
        return {}


def is_root() -> bool:
    """Whether the command needs no sudo in front."""
    return os.geteuid() == 0


def install_sentence(missing: Sequence[str], release: Mapping[str, str], root: bool = False) -> str:
    """One sentence: which libraries are missing and the command that installs them."""
    them = "it" if len(missing) == 1 else "them"
    need = f"AssistDesk's window needs {_names(missing)}, which {_is(missing)} not installed"
    family = _family(release)
    if family is None:
        return f"{need}: install {them} with your distribution's package manager."
    tool, column = family
    packages = sorted({PACKAGES[name][column] for name in missing if name in PACKAGES})
    unknown = [name for name in missing if name not in PACKAGES]
    if not packages:
        return f"{need}: install the {_packages(unknown)} that {_provide(unknown)} {them}."
    command = f"{'' if root else 'sudo '}{tool} install {' '.join(packages)}"
    rest = f" and the package that provides {_names(unknown)}" if unknown else ""
    return f"{need}: install {them} with `{command}`{rest}."


def window_problem(
    environ: Mapping[str, str] | None = None,
    probe: Probe | None = None,
    release: Mapping[str, str] | None = None,
) -> str | None:
    """Why the window cannot open on this desktop, as one sentence, or None when nothing stops it
    (or when Qt will not use X11: Wayland, offscreen, another system)."""
    environ = os.environ if environ is None else environ
    if sys.platform != "linux" or not uses_xcb(environ):
        return None
    missing = (probe or missing_libraries)()
    if missing:
        release = os_release() if release is None else release
        return install_sentence(missing, release, is_root())
    if not environ.get("DISPLAY"):
        return (
            "There is no X11 display to open the window on (DISPLAY is not set): start AssistDesk "
            "in a desktop session, or use its commands (`assistdesk --help`)."
        )
    return None


def qt_problem(probe: Probe | None = None, release: Mapping[str, str] | None = None) -> str | None:
    """Why Qt itself cannot load here (whatever the platform: offscreen and Wayland need GLib,
    libGL, fontconfig… too), as one sentence with the command that installs what is missing; None
    when nothing is missing or this cannot be told. Asked only once importing Qt has failed, so a
    working desktop pays nothing for it."""
    missing = (probe or (lambda: missing_libraries(MODULE_FILES)))()
    if not missing:
        return None
    release = os_release() if release is None else release
    return install_sentence(missing, release, is_root())


def _family(release: Mapping[str, str]) -> tuple[str, int] | None:
    ids = [release.get("ID", ""), *release.get("ID_LIKE", "").split()]
    return next((FAMILIES[i] for i in ids if i in FAMILIES), None)


def _names(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _is(names: Sequence[str]) -> str:
    return "is" if len(names) == 1 else "are"


def _packages(names: Sequence[str]) -> str:
    return "package" if len(names) == 1 else "packages"


def _provide(names: Sequence[str]) -> str:
    return "provides" if len(names) == 1 else "provide"
