"""A printed document as PDF bytes, drawn by the renderer version it was issued with.

Each version is kept as it was released (app.documents.v1, app.documents.v2, ...): an issued
document renders again to the bytes whose SHA-256 was stored when it was issued. A document built
now carries app.core.invoice_document.RENDERER_VERSION, the version that draws new documents.
A version is imported when it first draws (reportlab takes longer to load than a window to
show): opening the desk or running a command that prints nothing does not pay for it.
"""

from __future__ import annotations

from importlib import import_module

from app.core.errors import DomainError
from app.core.invoice_document import DRAWN_BY_A_NEWER_RENDERER, PrintedDocument

_RENDERERS: dict[int, str] = {1: "app.documents.v1.renderer", 2: "app.documents.v2.renderer"}


def render_pdf(document: PrintedDocument) -> bytes:
    """The document as PDF bytes, the same bytes every time for the same document."""
    module = _RENDERERS.get(document.renderer_version)
    if module is None:
        raise DomainError(
            DRAWN_BY_A_NEWER_RENDERER.format(
                number=document.number, version=document.renderer_version
            )
        )
    draw = import_module(module).render_pdf
    pdf = draw(document)
    assert isinstance(pdf, bytes)
    return pdf
