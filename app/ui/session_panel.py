"""The session on the desk: start it, mark the connection accepted, pause, resume, end it, and
watch a large live timer.

The timer text is always computed from the session's timeline and the injected clock
(accepted → now, minus pauses), never by counting ticks, so a frozen UI or a sleeping laptop
cannot change what is shown or billed. It is refreshed four times a second while the session is
active, and the label is only touched when the text changes. Under it, the cost so far: the
session's LivePricing is read once when the connection is accepted (or a session is taken over
after a crash), and each new second is then priced with arithmetic alone (see session_cost).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.core.clock import Clock
from app.core.errors import DomainError
from app.core.pricing import LivePricing
from app.core.records import CustomerRecord, EquipmentRecord, SessionDetail
from app.core.session import SessionState
from app.core.timetext import format_hms
from app.ui.display import FALLBACK_LOCALE, local_time_text, outcome_label
from app.ui.end_session_dialog import EndSessionDialog
from app.ui.error_dialog import reporting_errors, show_error
from app.ui.main_window import SessionPanelView
from app.ui.session_cost import CostLines, CostReadout, ended_cost, price_text, running_cost

if TYPE_CHECKING:
    from app.services.sessions import SessionService

TICK_MS = 250


class SessionPanel(QObject):
    """Runs one session at a time through SessionService; each click is one committed change."""

    session_changed = Signal(object)  # the SessionDetail on the panel, or None
    session_ended = Signal(object)  # the ended SessionDetail

    def __init__(
        self,
        view: SessionPanelView,
        sessions: SessionService,
        clock: Clock,
        parent: QObject | None = None,
        *,
        locale: str = FALLBACK_LOCALE,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._sessions = sessions
        self._clock = clock
        self._locale = locale  # for money
        self._pricing: LivePricing | None = None  # of the session on the panel, once accepted
        self._priced: tuple[int, datetime] | None = None  # (session, accepted_at) it was read for
        self._cost = CostLines(view.cost, view.cost_detail, view.limit_warning)
        self._cost_seconds: int | None = None  # the duration the cost lines show
        self._detail: SessionDetail | None = None
        self._last_ended: SessionDetail | None = None
        self._customer: CustomerRecord | None = None
        self._equipment: EquipmentRecord | None = None
        self.end_dialog: EndSessionDialog | None = None  # while open
        self._tick = QTimer(self, interval=TICK_MS, timerType=Qt.TimerType.CoarseTimer)

        self._tick.timeout.connect(self.refresh_timer)
        view.start.clicked.connect(self.start)
        view.accepted.clicked.connect(self.accept)
        view.pause.clicked.connect(self.toggle_pause)
        view.end.clicked.connect(self.open_end_dialog)
        self._show()

    def current(self) -> SessionDetail | None:
        return self._detail

    def set_target(
        self, customer: CustomerRecord | None, equipment: EquipmentRecord | None
    ) -> None:
        """Who the next session is for (from the customer picker)."""
        self._customer, self._equipment = customer, equipment
        if self._detail is None:
            self._last_ended = None
            self._show()

    def take(self, detail: SessionDetail) -> None:
        """Put an open session on the panel (a new one, or one resumed after a crash)."""
        self._detail, self._last_ended = detail, None
        self._read_pricing()
        self._show()
        self.session_changed.emit(detail)

    # -- user actions ------------------------------------------------------------------------

    def start(self) -> None:
        customer, equipment = self._customer, self._equipment
        if customer is None or self._detail is not None:
            return
        with reporting_errors(self.view.window()):
            self.take(self._sessions.open(customer.id, equipment.id if equipment else None))

    def accept(self) -> None:
        self._change(self._sessions.accept)

    def toggle_pause(self) -> None:
        if self._detail is None:
            return
        if self._detail.record.state is SessionState.ACTIVE:
            self._change(self._sessions.pause)
        elif self._detail.record.state is SessionState.PAUSED:
            self._change(self._sessions.resume)

    def open_end_dialog(self) -> None:
        detail = self._detail
        if detail is None:
            return
        dialog = EndSessionDialog(
            detail.record.customer_name,
            lambda outcome, notes, _at: self._sessions.end(detail.id, outcome, notes),
            self.view.window(),
        )
        dialog.accepted.connect(lambda: self._ended(dialog.detail))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.end_dialog = dialog
        dialog.open()

    # -- state -------------------------------------------------------------------------------

    def _change(self, action: Callable[[int], SessionDetail]) -> None:
        if self._detail is None:
            return
        session_id = self._detail.id
        try:
            detail = action(session_id)
        except DomainError as error:
            show_error(self.view.window(), error)
            self._reload(session_id)  # refused: show what the database says now
            return
        self._detail = detail
        self._read_pricing()
        self._show()

    def _read_pricing(self) -> None:
        """Read how the session on the panel is priced, once per accepted session: one database
        read, never on a tick."""
        detail = self._detail
        accepted = detail.timeline.accepted_at if detail is not None else None
        if detail is None or accepted is None:
            self._pricing, self._priced = None, None
            return
        if self._priced == (detail.id, accepted):
            return
        self._pricing, self._priced = None, (detail.id, accepted)
        with reporting_errors(self.view.window()):
            self._pricing = self._sessions.live_pricing(detail.id)

    def _reload(self, session_id: int) -> None:
        with reporting_errors(self.view.window()):
            detail = self._sessions.get(session_id)
            if detail.record.state is SessionState.ENDED:
                self._ended(detail)
            else:
                self.take(detail)

    def _ended(self, detail: SessionDetail | None) -> None:
        if detail is None:
            return
        self._detail, self._last_ended = None, detail
        self._show()
        self.session_changed.emit(None)
        self.session_ended.emit(detail)

    def _dialog_closed(self, dialog: EndSessionDialog) -> None:
        if self.end_dialog is dialog:
            self.end_dialog = None
        dialog.deleteLater()

    def refresh_timer(self) -> None:
        shown = self._detail or self._last_ended
        seconds = shown.duration_seconds(self._clock.now()) if shown else 0
        text = format_hms(seconds)
        if text != self.view.timer.text():
            self.view.timer.setText(text)
        if seconds != self._cost_seconds:  # the price can only change with the second
            self._cost_seconds = seconds
            self._cost.show(self._cost_readout(seconds))

    def _cost_readout(self, seconds: int) -> CostReadout:
        detail = self._detail
        if detail is None:
            ended = self._last_ended
            return ended_cost(ended.record.charge, self._locale) if ended else CostReadout()
        if detail.timeline.accepted_at is None:
            return CostReadout()  # connecting: nothing runs yet
        return running_cost(self._pricing, seconds, self._locale, detail.record.policy_id or "")

    def _show(self) -> None:
        view, detail = self.view, self._detail
        state = detail.record.state if detail else None
        view.state_line.setText(self._state_text())
        view.start.setEnabled(detail is None and self._customer is not None)
        view.accepted.setEnabled(state is SessionState.CONNECTING)
        view.pause.setEnabled(state in (SessionState.ACTIVE, SessionState.PAUSED))
        view.pause.setText("Resume" if state is SessionState.PAUSED else "Pause")
        view.end.setEnabled(detail is not None)
        view.timer.setEnabled(state is SessionState.ACTIVE)
        self._cost_seconds = None  # the state changed: the cost lines may say something else
        self.refresh_timer()
        if state is SessionState.ACTIVE:
            self._tick.start()
        else:
            self._tick.stop()

    def _state_text(self) -> str:
        detail = self._detail
        if detail is None:
            ended = self._last_ended
            if ended is not None:
                record = ended.record
                return (
                    f"Session with {record.customer_name} ended — "
                    f"{outcome_label(record.outcome)}, {format_hms(record.duration_seconds or 0)}, "
                    f"{price_text(record.charge, self._locale)}."
                )
            if self._customer is None:
                return "Pick or add a customer to start a session."
            return f"Ready to start a session with {self._customer.name}."
        name = detail.record.customer_name
        match detail.record.state:
            case SessionState.CONNECTING:
                return f"Connecting to {name} — waiting for the customer to accept"
            case SessionState.ACTIVE:
                since = detail.timeline.accepted_at
                return f"In session with {name}" + (
                    f" since {local_time_text(since)}" if since else ""
                )
            case SessionState.PAUSED:
                return f"Paused — the timer is stopped for {name}; press Resume to continue"
            case _:
                return f"Session with {name} ended."
