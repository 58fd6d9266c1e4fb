"""Many sessions at once, as `session list` prints them: plain rows (app.storage.session_listing)
and, when asked, the invoices and credit notes each has been on, read in one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.records import SessionFilter
from app.services.session_documents import SessionDocument, session_documents
from app.storage.direct import OrmReader, Reader
from app.storage.session_listing import ListedSession, listed_ids, listed_sessions

if TYPE_CHECKING:
    from app.storage.database import Database

Documents = dict[int, list[SessionDocument]]  # by session; a session on none is left out


def list_sessions(
    reader: Reader, flt: SessionFilter, with_documents: bool = False
) -> tuple[list[ListedSession], Documents]:
    """The sessions `flt` picks, in the log's order, and (`with_documents`) their documents,
    read on `reader` (a direct connection, or a normal transaction's: app.storage.direct)."""
    rows = listed_sessions(reader, flt)
    documents = session_documents(reader, listed_ids(reader, flt)) if with_documents else {}
    return rows, documents


class SessionListing:
    def __init__(self, db: Database) -> None:
        self._db = db

    def sessions(
        self, flt: SessionFilter, with_documents: bool = False
    ) -> tuple[list[ListedSession], Documents]:
        """list_sessions in a normal transaction."""
        with self._db.reading() as orm:
            return list_sessions(OrmReader(orm), flt, with_documents)
