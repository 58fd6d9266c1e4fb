"""A printed document as PDF bytes, drawn by the renderer version it was issued with.

Each version is kept as it was released (app.documents.v1, app.documents.v2, ...): an issued
document renders again to the bytes whose SHA-256 was stored when it was issued. A document built
now carries app.core.invoice_document.RENDERER_VERSION, the version that draws new documents.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.errors import DomainError
from app.core.invoice_document import DRAWN_BY_A_NEWER_RENDERER, PrintedDocument
from app.documents.v1.renderer import render_pdf as _render_v1
from app.documents.v2.renderer import render_pdf as _render_v2

_RENDERERS: dict[int, Callable[[PrintedDocument], bytes]] = {1: _render_v1, 2: _render_v2}


def render_pdf(document: PrintedDocument) -> bytes:
    """The document as PDF bytes, the same bytes every time for the same document."""
    render = _RENDERERS.get(document.renderer_version)
    if render is None:
        raise DomainError(
            DRAWN_BY_A_NEWER_RENDERER.format(
                number=document.number, version=document.renderer_version
            )
        )
    return render(document)
