"""How the session on the panel is priced as it runs: its LivePricing is read once when the
connection is accepted (or a session is taken over after a crash) — one database read, never on a
tick — and each new second is then priced with arithmetic alone (see session_cost); an ended
session shows the price it was stored with. When the session's policy file no longer reads, its
problem is shown where the price would be, and reading is tried again at the next change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.core.errors import DomainError
from app.core.policy_file import PolicyFileError
from app.core.pricing import LivePricing
from app.core.records import SessionDetail
from app.ui.error_dialog import error_text, show_error
from app.ui.session.session_cost import CostReadout, ended_cost, running_cost

if TYPE_CHECKING:
    from app.services.sessions import SessionService


class PanelPricing:
    """`live`: the pricing of the accepted session on the panel, None before or without one;
    `problem`: why its policy cannot price it (the policy file's problem), else empty."""

    def __init__(
        self, sessions: SessionService, locale: str, window: Callable[[], QWidget]
    ) -> None:
        self._sessions, self._locale, self._window = sessions, locale, window
        self.live: LivePricing | None = None
        self.problem = ""
        self._read_for: tuple[int, datetime] | None = None  # (session, accepted_at)

    def read(self, detail: SessionDetail | None) -> None:
        """Read how `detail` is priced, once per accepted session."""
        accepted = detail.timeline.accepted_at if detail is not None else None
        if detail is None or accepted is None:
            self.live, self.problem, self._read_for = None, "", None
            return
        if self._read_for == (detail.id, accepted) and not self.problem:
            return
        self.live, self.problem, self._read_for = None, "", (detail.id, accepted)
        try:
            self.live = self._sessions.live_pricing(detail.id)
        except PolicyFileError as error:  # said where the price would be, not in a dialog
            self.problem = error_text(error)
        except DomainError as error:
            show_error(self._window(), error)

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
        return running_cost(
            self.live, seconds, self._locale, detail.record.policy_id or "", self.problem
        )
