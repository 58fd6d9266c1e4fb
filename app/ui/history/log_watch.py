"""Noticing sessions changed elsewhere — another workstation, the command line — while a list of
them is open, cheaply: every few seconds one indexed look at the latest session event
(SessionService.last_change) on a worker thread, and the list is read again only when it moved.
A list scrolled away from its newest rows is not pulled back to the top: it is read again once
it is scrolled back there (`wanted`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from app.ui.background import run_in_background

POLL_MS = 5_000


class LogWatch(QObject):
    """Emits `changed` when the log moved since the last look (not for the first look)."""

    changed = Signal()

    def __init__(
        self,
        last_change: Callable[[], object],
        parent: QObject | None = None,
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._last_change = last_change
        self.seen: object = None  # the latest change looked at; None before the first look
        self._looking = False
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.look)
        self.timer.start()
        self.look()

    def look(self) -> None:
        """Ask for the latest change on a worker; a look still under way is not doubled."""
        if self._looking:
            return
        self._looking = True
        run_in_background(self._last_change, self._looked, self._failed)

    def _looked(self, latest: object) -> None:
        if not isValid(self):
            return
        self._looking = False
        before, self.seen = self.seen, latest
        if before is not None and latest != before:
            self.changed.emit()

    def _failed(self, _error: Exception) -> None:
        if not isValid(self):
            return
        self._looking = False  # the database out of reach for a moment: the next look says

    def stop(self) -> None:
        self.timer.stop()
