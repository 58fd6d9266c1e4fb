"""Many sessions at once, as `session list` prints them: plain rows (app.storage.session_listing)
and, when asked, the invoices and credit notes each has been on, read in one transaction."""

from __future__ import annotations

from app.core.records import SessionFilter
from app.services.session_documents import SessionDocument, session_documents
from app.storage.database import Database
from app.storage.session_listing import ListedSession, listed_ids, listed_sessions

Documents = dict[int, list[SessionDocument]]  # by session; a session on none is left out


class SessionListing:
    def __init__(self, db: Database) -> None:
        self._db = db

    def sessions(
        self, flt: SessionFilter, with_documents: bool = False
    ) -> tuple[list[ListedSession], Documents]:
        """The sessions `flt` picks, in the log's order, and (`with_documents`) their documents."""
        with self._db.reading() as orm:
            rows = listed_sessions(orm, flt)
            documents = session_documents(orm, listed_ids(flt)) if with_documents else {}
        return rows, documents
