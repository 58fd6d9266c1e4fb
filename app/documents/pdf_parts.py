"""What every renderer version draws the same way: the payment QR code and a PDF dated when the
document was issued. Renderer version 1 draws with these, so changing them changes the bytes of
documents already issued (tests/documents/test_renderer_versions.py would say so)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


class QrCode(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The payment QR code as one filled path: segno encodes it once, and each run of dark
    modules on a row is one rectangle (reportlab's own widget is ~30× slower)."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        import segno

        self.width = self.height = size
        # A fixed mask skips segno's search for the "best" one (any mask is valid and scans).
        self._matrix = segno.make(payload, error="m", micro=False, mask=4).matrix
        self._quiet = 4  # modules of white border, as the standard asks

    def draw(self) -> None:
        count = len(self._matrix) + 2 * self._quiet
        module = self.width / count
        path = self.canv.beginPath()
        for row, cells in enumerate(self._matrix):
            y = self.height - (row + self._quiet + 1) * module
            column = 0
            while column < len(cells):
                if cells[column]:
                    start = column
                    while column < len(cells) and cells[column]:
                        column += 1
                    x = (start + self._quiet) * module
                    path.rect(x, y, (column - start) * module, module)
                else:
                    column += 1
        self.canv.drawPath(path, stroke=0, fill=1)


def qr_code(payload: str) -> Any:
    return QrCode(payload, 32 * mm)


def canvas_at(issued_at: datetime) -> Any:
    """A canvas class whose PDF creation date is the document's issue time (UTC)."""

    class _Stamp:
        def __init__(self) -> None:
            moment = issued_at.astimezone(ZoneInfo("UTC"))
            self.t = moment.timestamp()
            self.lt = moment.timetuple()
            self.YMDhms = tuple(self.lt)[:6]
            self.dhh = self.dmm = 0
            self.tzname = "UTC"

    class _IssuedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._doc._timeStamp = _Stamp()

    return _IssuedCanvas
