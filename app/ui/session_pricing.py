"""How the session on the panel is priced as it runs: its LivePricing is read once when the
connection is accepted (or a session is taken over after a crash) — one database read, never on a
tick — and each new second is then priced with arithmetic alone (see session_cost); an ended
session shows the price it was stored with."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.core.pricing import LivePricing
from app.core.records import SessionDetail
from app.ui.error_dialog import reporting_errors
from app.ui.session_cost import CostReadout, ended_cost, running_cost

if TYPE_CHECKING:
    from app.services.sessions import SessionService


class PanelPricing:
    """`live`: the pricing of the accepted session on the panel, None before or without one."""

    def __init__(
        self, sessions: SessionService, locale: str, window: Callable[[], QWidget]
    ) -> None:
        self._sessions, self._locale, self._window = sessions, locale, window
        self.live: LivePricing | None = None
        self._read_for: tuple[int, datetime] | None = None  # (session, accepted_at)

    def read(self, detail: SessionDetail | None) -> None:
        """Read how `detail` is priced, once per accepted session."""
        accepted = detail.timeline.accepted_at if detail is not None else None
        if detail is None or accepted is None:
            self.live, self._read_for = None, None
            return
        if self._read_for == (detail.id, accepted):
            return
        self.live, self._read_for = None, (detail.id, accepted)
        with reporting_errors(self._window()):
            self.live = self._sessions.live_pricing(detail.id)

    def readout(
        self, detail: SessionDetail | None, last_ended: SessionDetail | None, seconds: int
    ) -> CostReadout:
        """The cost lines for the session on the panel after `seconds`, else for the last one."""
        if detail is None:
            if last_ended is None:
                return CostReadout()
            return ended_cost(last_ended.record.charge, self._locale)
        if detail.timeline.accepted_at is None:
            return CostReadout()  # connecting: nothing runs yet
        return running_cost(self.live, seconds, self._locale, detail.record.policy_id or "")
