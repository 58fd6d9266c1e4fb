"""The Linux bundle's install.sh asks the bundled program whether the window's libraries are there
(`assistdesk desktop check`) and, when they are not, passes on its one sentence, installs nothing
and exits 1. Here the program is a stand-in script, so any computer gives the same answer; the real
bundle goes through the same steps in `make package-test`."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest

from app import APP_ID, APP_NAME
from tests.packaging.test_packaging_files import PACKAGING, load

SENTENCE = (
    "AssistDesk's window needs libxcb-icccm.so.4, which is not installed: "
    "install it with `sudo apt-get install libxcb-icccm4`."
)


def unpacked_bundle(folder: Path, check_status: int) -> Path:
    """An unpacked download whose program answers `desktop check` with `check_status`."""
    values = {"NAME": "assistdesk", "APP_ID": APP_ID, "APP_NAME": APP_NAME}
    script = (PACKAGING / "linux" / "install.sh").read_text("utf-8")
    (folder / "share" / "applications").mkdir(parents=True)
    (folder / "share" / "applications" / f"{APP_ID}.desktop").write_text("Exec=assistdesk\n")
    (folder / "install.sh").write_text(load("linux_dist").fill(script, values))
    said = f"cat >&2 <<'EOF'\nassistdesk: {SENTENCE}\nEOF\nexit 1" if check_status else "echo fine"
    program = folder / "assistdesk"
    program.write_text(f'#!/bin/sh\n[ "$*" = "desktop check" ] || exit 3\n{said}\n')
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return folder


def install(bundle: Path, home: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(bundle / "install.sh"), *options],
        env={"PATH": "/usr/bin:/bin", "HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("check_status", [0, 1], ids=["libraries-there", "libraries-missing"])
def test_install_sh_installs_only_where_the_window_can_open(
    tmp_path: Path, check_status: int
) -> None:
    bundle = unpacked_bundle(tmp_path / "assistdesk-1.2.3", check_status)
    home = tmp_path / "home"
    done = install(bundle, home)
    program = home / ".local" / "lib" / "assistdesk" / "assistdesk"
    if check_status:
        assert (done.returncode, done.stdout, done.stderr) == (1, "", f"install.sh: {SENTENCE}\n")
        assert not home.exists()  # nothing copied, no menu entry
    else:
        assert done.returncode == 0, done.stderr
        assert program.is_file()


def test_install_sh_no_desktop_check_installs_for_the_commands_alone(tmp_path: Path) -> None:
    bundle = unpacked_bundle(tmp_path / "assistdesk-1.2.3", check_status=1)
    home = tmp_path / "home"
    done = install(bundle, home, "--no-desktop-check")
    assert done.returncode == 0, done.stderr
    assert (home / ".local" / "bin" / "assistdesk").is_symlink()
