"""Render AssistDesk's icon from resources/icons/assistdesk.svg into what each platform wants.

PNGs at the freedesktop sizes (Linux), one .ico with 16–256 px (Windows) and one .icns up to
1024 px (macOS), so the SVG stays the only drawing. Run by packaging/assistdesk.spec at build time:
`python packaging/make_icons.py OUTDIR`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "assistdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_name(size: int) -> str:
    return f"assistdesk-{size}.png"


def render_pngs(svg: Path, out: Path, sizes: tuple[int, ...]) -> None:
    """Draw the SVG at each size with Qt's own SVG renderer (the one the app uses)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not an SVG that Qt can draw.")
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(out / png_name(size))):
            raise SystemExit(f"make_icons: could not write {out / png_name(size)}.")


def write_bundle(out: Path, target: str, sizes: tuple[int, ...]) -> None:
    """One multi-size .ico or .icns from the rendered PNGs (each size drawn, never scaled)."""
    from PIL import Image

    images = [Image.open(out / png_name(size)).convert("RGBA") for size in sizes]
    largest, others = images[-1], images[:-1]
    if target.endswith(".ico"):
        largest.save(out / target, sizes=[(s, s) for s in sizes], append_images=others)
    else:
        largest.save(out / target, append_images=others)


def make_icons(out: Path, svg: Path = SVG) -> None:
    out.mkdir(parents=True, exist_ok=True)
    render_pngs(svg, out, tuple(sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})))
    write_bundle(out, "assistdesk.ico", ICO_SIZES)
    write_bundle(out, "assistdesk.icns", ICNS_SIZES)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/make_icons.py OUTDIR")
    make_icons(Path(sys.argv[1]))
