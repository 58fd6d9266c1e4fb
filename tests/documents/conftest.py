"""Pictures of rendered documents, to look at: each page as a PNG (pdftoppm, 60 dpi), in the test
run's temporary folder, or in the folder ASSISTDESK_DOCUMENT_PICTURES names (`make
document-pictures` keeps them in build/document-pictures/)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest


class Pictures:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def take(self, name: str, pdf: bytes) -> list[Path]:
        """One PNG per page of `pdf` (name-1.png, ...); none where poppler is not installed."""
        source = self.folder / f"{name}.pdf"
        source.write_bytes(pdf)
        if shutil.which("pdftoppm") is None:
            return []
        for old in self._pages(name):
            old.unlink()
        command = ["pdftoppm", "-png", "-r", "60", str(source), str(self.folder / name)]
        subprocess.run(command, check=True, timeout=60)
        return self._pages(name)

    def _pages(self, name: str) -> list[Path]:
        page = re.compile(rf"{re.escape(name)}-[0-9]+\.png")
        return sorted(p for p in self.folder.iterdir() if page.fullmatch(p.name))


@pytest.fixture(scope="session")
def pictures(tmp_path_factory: pytest.TempPathFactory) -> Pictures:
    asked = os.environ.get("ASSISTDESK_DOCUMENT_PICTURES")
    folder = Path(asked) if asked else tmp_path_factory.mktemp("document-pictures")
    folder.mkdir(parents=True, exist_ok=True)
    return Pictures(folder)
