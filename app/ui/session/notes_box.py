"""Notes typed during a session: Enter (or Add note) stores the note with its time in the
session's events (SessionJournal.note), and the list under it shows the notes so far. A note
typed but not yet added when the session is ended from the desk is added then (SessionPanel), and
the field starts empty for each new session: nothing typed for one is carried into the next."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QObject

from app.core.records import SessionDetail
from app.services.session_journal import SessionJournal
from app.ui.error_dialog import reporting_errors
from app.ui.session.session_extras_view import NotesView


def note_line(at: datetime, text: str, zone: tzinfo | None = None) -> str:
    """ "14:03:12  Printer driver reinstalled", in the desk's time zone."""
    return f"{at.astimezone(zone):%H:%M:%S}  {text}"


class NotesBox(QObject):
    """Takes notes for the open session; after it ends, its notes stay listed, read-only."""

    def __init__(
        self,
        view: NotesView,
        journal: SessionJournal,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._journal = journal
        self._zone = zone
        self._session_id: int | None = None
        view.entry.returnPressed.connect(self.add)
        view.add.clicked.connect(self.add)
        self.set_session(None)

    def set_session(self, detail: SessionDetail | None) -> None:
        """The session notes go to (None: none, the last session's notes stay shown)."""
        if detail is not None and detail.id != self._session_id:
            self._fill(detail.timeline.log)
            self.view.entry.clear()  # a note typed for another session is not this one's
        self._session_id = detail.id if detail is not None else None
        for widget in (self.view.entry, self.view.add):
            widget.setEnabled(detail is not None)

    def add(self) -> bool:
        """Add the note typed, if any: False when it was refused (said in the error dialog, the
        text left in the field)."""
        text = self.view.entry.text().strip()
        if not text or self._session_id is None:
            return True
        with reporting_errors(self.view.window()):
            detail = self._journal.note(self._session_id, text)
            self.view.entry.clear()
            self._fill(detail.timeline.log)
            return True
        return False

    def _fill(self, log: Sequence[tuple[datetime, str]]) -> None:
        notes = self.view.notes
        notes.clear()
        notes.addItems([note_line(at, text, self._zone) for at, text in log])
        notes.scrollToBottom()
