"""The end of a session on the panel: the end dialog with the policy's closing-note minimum and
the price the chosen outcome will be saved with, priced from the session's LivePricing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.core.clock import Clock
from app.core.policy import SessionRules
from app.core.pricing import LivePricing
from app.core.records import SessionDetail
from app.core.session import Outcome
from app.ui.error_dialog import reporting_errors
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.session.end_session_dialog import EndSessionDialog
from app.ui.session.session_cost import end_price_text

if TYPE_CHECKING:
    from app.services.sessions import SessionService

NEVER_ACCEPTED = QT_TRANSLATE_NOOP(
    "EndStep", "Nothing will be charged: the connection was never accepted."
)


class EndStep(QObject):
    """Opens one end dialog at a time for the session on the panel; `ended` carries the ended
    SessionDetail once saved."""

    ended = Signal(object)

    def __init__(
        self,
        sessions: SessionService,
        clock: Clock,
        locale: str,
        window: Callable[[], QWidget],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._clock = clock
        self._locale = locale
        self._window = window
        self.dialog: EndSessionDialog | None = None  # while open

    def open(self, detail: SessionDetail, pricing: LivePricing | None, problem: str = "") -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        rules = SessionRules()
        with reporting_errors(self._window()):
            rules = self._sessions.rules_for(detail.id)

        def preview(outcome: Outcome, at: datetime | None) -> str:
            if detail.timeline.accepted_at is None:
                return translate("EndStep", NEVER_ACCEPTED)
            seconds = detail.duration_seconds(at or self._clock.now())
            return end_price_text(pricing, seconds, outcome, self._locale, problem)

        dialog = EndSessionDialog(
            detail.record.customer_name,
            lambda outcome, notes, _at, closed: self._sessions.end(
                detail.id, outcome, notes, access_closed=closed
            ),
            self._window(),
            note_min_chars=rules.closing_note_min_chars,
            preview=preview,
        )
        dialog.accepted.connect(lambda: self.ended.emit(dialog.detail))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: EndSessionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
