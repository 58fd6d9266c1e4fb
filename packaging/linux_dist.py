"""Turn the PyInstaller folder dist/assistdesk into what a Linux technician downloads.

Adds the desktop integration under share/ (a .desktop file, hicolor icons and an AppStream
metainfo file, all named by the one application id app.APP_ID) and install.sh, checks them with
appstreamcli and desktop-file-validate where those tools exist, says which libraries the window
needs that the bundle does not carry (the build machine lacked them), and packs the folder as
dist/assistdesk-VERSION-linux-ARCH.tar.gz. Run by `make package` after PyInstaller:
`python packaging/linux_dist.py ICONS_DIR`.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
from make_icons import PNG_SIZES, png_name  # noqa: E402 -- packaging/ is this script's folder

from app import APP_ID, APP_NAME  # noqa: E402 -- a light import: no Qt, no SQL


def project() -> dict[str, str]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        data: dict[str, str] = tomllib.load(file)["project"]
    return data


def tarball_name(name: str, version: str) -> str:
    return f"{name}-{version}-linux-{platform.machine()}.tar.gz"


def fill(template: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        template = template.replace(f"@{key}@", value)
    unfilled = sorted(set(re.findall(r"@[A-Z_]+@", template)))
    if unfilled:
        raise SystemExit(f"linux_dist: placeholders left unfilled: {', '.join(unfilled)}")
    return template


def release_date() -> str:
    """Today, or SOURCE_DATE_EPOCH's day for a reproducible build."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.date().isoformat()


def add_desktop_files(bundle: Path, icons: Path, values: dict[str, str]) -> list[Path]:
    share = bundle / "share"
    shutil.rmtree(share, ignore_errors=True)
    desktop = share / "applications" / f"{APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    for path, template in (
        (desktop, "assistdesk.desktop.in"),
        (metainfo, "assistdesk.metainfo.xml.in"),
    ):
        path.parent.mkdir(parents=True)
        path.write_text(fill((HERE / "linux" / template).read_text("utf-8"), values), "utf-8")
    for size in PNG_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True)
        shutil.copyfile(icons / png_name(size), target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copyfile(ROOT / "resources" / "icons" / "assistdesk.svg", scalable)
    install = bundle / "install.sh"
    install.write_text(fill((HERE / "linux" / "install.sh").read_text("utf-8"), values), "utf-8")
    install.chmod(0o755)
    return [desktop, metainfo]


def validate(desktop: Path, metainfo: Path) -> None:
    """Fail the build on a file the desktop tools reject; say so when a tool is not installed."""
    checks = (
        ("desktop-file-validate", [str(desktop)]),
        ("appstreamcli", ["validate", "--no-net", "--explain", str(metainfo)]),
    )
    for tool, args in checks:
        if shutil.which(tool) is None:
            print(f"linux_dist: {tool} is not installed, so {Path(args[-1]).name} was not checked")
            continue
        result = subprocess.run([tool, *args], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(
                f"linux_dist: {tool} rejects the file:\n{result.stdout}{result.stderr}"
            )
        print(f"linux_dist: {tool} accepts {Path(args[-1]).name}")


def report_missing_libraries(bundle: Path, name: str) -> None:
    """PyInstaller carries the libraries Qt needs that this computer has (all but glibc, libGL,
    libEGL and libxcb, which every desktop has); say which ones the bundle's window will ask the
    technician's system for, as its install.sh does (`assistdesk desktop check`)."""
    check = [str(bundle / name), "desktop", "check"]
    result = subprocess.run(check, capture_output=True, text=True, timeout=60, check=False)
    if result.returncode == 0:
        print("linux_dist: the bundle carries the libraries the window needs (but glibc, GL, xcb)")
    else:
        said = result.stderr.strip().removeprefix(f"{name}: ")
        print(
            f"linux_dist: this computer lacks libraries, so the bundle does not carry them: {said}"
        )


def make_tarball(bundle: Path, target: Path, top: str) -> None:
    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=top, filter=owned_by_root)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        raise SystemExit("usage: python packaging/linux_dist.py ICONS_DIR")
    meta = project()
    name, version = meta["name"], meta["version"]
    bundle = ROOT / "dist" / name
    if not (bundle / name).is_file():
        raise SystemExit(
            f"linux_dist: no bundle in {bundle}; run PyInstaller first (make package)."
        )
    values = {
        "NAME": name,
        "VERSION": version,
        "APP_ID": APP_ID,
        "APP_NAME": APP_NAME,
        "LICENSE": meta["license"],
        "DATE": release_date(),
    }
    validate(*add_desktop_files(bundle, Path(argv[0]), values))
    report_missing_libraries(bundle, name)
    target = ROOT / "dist" / tarball_name(name, version)
    make_tarball(bundle, target, f"{name}-{version}")
    print(f"linux_dist: wrote {target.relative_to(ROOT)} ({target.stat().st_size // 2**20} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
