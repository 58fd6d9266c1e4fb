"""The history's sessions as a table model whose pages are read on a pool thread, so the window
never waits on the database: the first page when the filters change, the next one when the view
scrolls to the end. Each page is the sessions after the last row shown (keyset paging), which
costs the same a million rows deep as on the first screen.

Rows, columns and texts are the session log's (SessionLogModel); only the reading differs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo

from PySide6.QtCore import QModelIndex, QObject, Signal
from shiboken6 import isValid

from app.core.records import SessionRecord
from app.ui.background import run_in_background
from app.ui.history.session_log_model import PAGE_SIZE, SessionLogModel
from app.ui.table_model import ROOT, AnyIndex

# read_page(after, limit): up to `limit` sessions after `after` (None: from the first).
ReadPage = Callable[[SessionRecord | None, int], Sequence[SessionRecord]]


def _nothing(_offset: int, _limit: int) -> Sequence[SessionRecord]:
    return ()


class HistoryModel(SessionLogModel):
    """`start(read_page)` lists from the first page of a new reading; `fetchMore()` asks for the
    next. Pages of a reading that has been replaced are dropped when they arrive."""

    page_loaded = Signal(bool)  # True: the first page of a reading (the rows were replaced)
    page_failed = Signal(object)  # the exception a page read raised

    def __init__(
        self,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
        locale: str | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(_nothing, page_size, zone, parent, locale)
        self._read: ReadPage | None = None
        self._reading = 0  # which reading the rows belong to; bumped by start()
        self._waiting = False  # a page has been asked for and not arrived
        self._exhausted = True  # nothing to fetch before the first start()

    def start(self, read_page: ReadPage) -> None:
        """List from the first page `read_page` gives; the rows shown stay until it arrives."""
        self._reading += 1
        self._read = read_page
        self._ask(None, first=True)

    def loading(self) -> bool:
        """A page is being read."""
        return self._waiting

    def complete(self) -> bool:
        """Every row of the reading is shown (the last page was short)."""
        return not self._waiting and self._exhausted

    def canFetchMore(self, parent: AnyIndex = ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._waiting

    def fetchMore(self, parent: AnyIndex = ROOT) -> None:
        if self.canFetchMore(parent):
            self._ask(self._rows[-1] if self._rows else None, first=False)

    def _ask(self, after: SessionRecord | None, *, first: bool) -> None:
        read, reading, size = self._read, self._reading, self._page_size
        assert read is not None
        self._waiting = True
        run_in_background(
            lambda: read(after, size),
            lambda page: self._arrived(reading, first, page),
            lambda error: self._failed(reading, error),
        )

    def _arrived(self, reading: int, first: bool, page: Sequence[SessionRecord]) -> None:
        if not isValid(self) or reading != self._reading:
            return  # the window is gone, or the filters changed since
        self._waiting = False
        if first:
            self.refresh(page)  # replaces the rows; a short page means there is no more
        else:
            self._append(page)
        self.page_loaded.emit(first)

    def _append(self, page: Sequence[SessionRecord]) -> None:
        self._exhausted = len(page) < self._page_size
        new = [r for r in page if r.id not in self._ids]
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._rows.extend(new)
        self._ids.update(r.id for r in new)
        self.endInsertRows()

    def _failed(self, reading: int, error: Exception) -> None:
        if not isValid(self) or reading != self._reading:
            return
        self._waiting = False
        self._exhausted = True  # until the next start(): a view would only ask again and again
        self.page_failed.emit(error)
