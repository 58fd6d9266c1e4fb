"""Starting the timer by itself (setting `detection.auto_start`), with a way back.

When the tool's files say the customer accepted, the session panel starts the timer at the tool's
own instant without a question, and this shows "Timer started from AnyDesk's report at 14:03:12"
with an Undo button. The undo is offered for UNDO_SECONDS by the injected clock, and only while
nothing has followed the start (a pause or the end withdraws it): undoing later would unsay work
that was done. Undo records one more event (`unaccepted`, with the reason) and leaves the
session connecting; the accepted event stays in the history, so no raw time is rewritten.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.core.clock import Clock
from app.core.records import SessionDetail
from app.core.session import SessionState
from app.ui.i18n import translate
from app.ui.session.session_extras_view import UndoBar

if TYPE_CHECKING:
    from app.services.sessions import SessionService

UNDO_SECONDS = 60
CHECK_MS = 500
AUTO_START_UNDONE = "automatic start undone"  # the reason kept with the session (not shown here)


def undo_start(sessions: SessionService) -> Callable[[int], SessionDetail]:
    """The change that takes an automatic start back, for the panel to apply to its session."""
    return lambda session_id: sessions.record(
        session_id, lambda session, now: [session.undo_acceptance(AUTO_START_UNDONE, now)]
    )


class AutoStart(QObject):
    """Shows and withdraws the undo bar; `undo_requested` when the technician presses Undo."""

    undo_requested = Signal()

    def __init__(
        self, bar: UndoBar, clock: Clock, zone: tzinfo | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.bar = bar
        self._clock = clock
        self._zone = zone
        self._at: datetime | None = None  # the accepted instant the bar offers to undo
        self._since: datetime | None = None  # when the bar appeared, by the clock
        self._check = QTimer(self, interval=CHECK_MS, timerType=Qt.TimerType.CoarseTimer)
        self._check.timeout.connect(self.expire)
        bar.undo.clicked.connect(self._undo)

    @property
    def offered(self) -> bool:
        return self._at is not None

    def offer(self, tool_name: str, at: datetime) -> None:
        """The timer was started at `at` from `tool_name`'s report: offer to undo it."""
        self._at, self._since = at, self._clock.now()
        when = f"{at.astimezone(self._zone):%H:%M:%S}"
        self.bar.message.setText(
            translate("AutoStart", "Timer started from {tool}'s report at {time}.").format(
                tool=tool_name, time=when
            )
        )
        self.bar.setVisible(True)
        self._check.start()

    def follow(self, detail: SessionDetail | None) -> None:
        """The session on the panel changed: the undo goes once anything followed the start."""
        if self._at is None:
            return
        untouched = (
            detail is not None
            and detail.record.state is SessionState.ACTIVE
            and not detail.timeline.pauses
            and detail.timeline.accepted_at == self._at
        )
        if not untouched:
            self.withdraw()

    def expire(self) -> None:
        """Withdraw the undo once it has been offered for UNDO_SECONDS."""
        if self._since is not None and (self._clock.now() - self._since).total_seconds() >= (
            UNDO_SECONDS
        ):
            self.withdraw()

    def withdraw(self) -> None:
        self._at = self._since = None
        self._check.stop()
        self.bar.setVisible(False)

    def _undo(self) -> None:
        if self._at is not None:
            self.withdraw()
            self.undo_requested.emit()
