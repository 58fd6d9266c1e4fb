"""The packaging files agree with the app (one application id, one name) and the icons render.

The bundle itself is tested by `make package-test` (packaging/smoke_test.py); these checks are the
cheap ones that `make test` can run without PyInstaller.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from app import APP_ID, APP_NAME

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load(name: str) -> ModuleType:
    """A script from packaging/ (a folder of scripts, not a package)."""
    sys.path.insert(0, str(PACKAGING))
    try:
        spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(PACKAGING))


def test_inno_setup_uses_the_application_id() -> None:
    script = (PACKAGING / "windows" / "assistdesk.iss").read_text(encoding="utf-8")
    app_id = re.search(r"^AppId=(.+)$", script, re.MULTILINE)
    assert app_id is not None
    assert app_id[1] == APP_ID
    assert f'#define AppName "{APP_NAME}"' in script


def test_linux_templates_fill_completely() -> None:
    linux_dist = load("linux_dist")
    values = {
        "NAME": "assistdesk",
        "VERSION": "1.2.3",
        "APP_ID": APP_ID,
        "APP_NAME": APP_NAME,
        "LICENSE": "GPL-3.0-or-later",
        "DATE": "2026-11-24",
    }
    desktop = linux_dist.fill(
        (PACKAGING / "linux" / "assistdesk.desktop.in").read_text("utf-8"), values
    )
    assert f"Icon={APP_ID}\n" in desktop
    assert f"StartupWMClass={APP_NAME}\n" in desktop  # Qt's WM_CLASS on X11
    metainfo = linux_dist.fill(
        (PACKAGING / "linux" / "assistdesk.metainfo.xml.in").read_text("utf-8"), values
    )
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo
    assert '<release version="1.2.3" date="2026-11-24"/>' in metainfo


def test_an_unknown_placeholder_is_refused() -> None:
    with pytest.raises(SystemExit, match="@COLOUR@"):
        load("linux_dist").fill("Name=@COLOUR@", {})


@pytest.mark.slow
def test_icons_render_for_every_platform(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)], check=True)
    from PIL import Image

    with Image.open(tmp_path / "assistdesk.ico") as ico:
        assert (256, 256) in ico.info["sizes"]
        assert (16, 16) in ico.info["sizes"]
    with Image.open(tmp_path / "assistdesk.icns") as icns:
        assert icns.size == (1024, 1024)
    with Image.open(tmp_path / "assistdesk-48.png") as png:
        assert png.size == (48, 48)
        assert png.mode == "RGBA"
