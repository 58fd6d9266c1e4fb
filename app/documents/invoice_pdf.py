"""A printed document as PDF bytes, drawn by the renderer version it was issued with.

Each version is kept as it was released (app.documents.v1, app.documents.v2, ...): an issued
document renders again to the bytes whose SHA-256 was stored when it was issued. A document built
now carries app.core.invoice_document.RENDERER_VERSION, the version that draws new documents.
A version is imported when it first draws (reportlab takes longer to load than a window to
show): opening the desk or running a command that prints nothing does not pay for it.
"""

from __future__ import annotations

from app.core.errors import DomainError
from app.core.invoice_document import DRAWN_BY_A_NEWER_RENDERER, PrintedDocument


def render_pdf(document: PrintedDocument) -> bytes:
    """The document as PDF bytes, the same bytes every time for the same document."""
    # Plain import statements, here rather than at the top: a bundler still finds them.
    if document.renderer_version == 1:
        from app.documents.v1.renderer import render_pdf as draw
    elif document.renderer_version == 2:
        from app.documents.v2.renderer import render_pdf as draw
    else:
        raise DomainError(
            DRAWN_BY_A_NEWER_RENDERER.format(
                number=document.number, version=document.renderer_version
            )
        )
    return draw(document)
