"""The session on the desk: start it, mark the connection accepted, pause, resume, end it, and
watch a large live timer.

The timer text is always computed from the session's timeline and the injected clock
(accepted → now, minus pauses), never by counting ticks, so a frozen UI or a sleeping laptop
cannot change what is shown or billed. It is refreshed four times a second while the session is
active, and the label is only touched when the text changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.core.clock import Clock
from app.core.errors import DomainError
from app.core.records import CustomerRecord, EquipmentRecord, SessionDetail
from app.core.session import SessionState
from app.core.timetext import format_hms
from app.ui.display import local_time_text, outcome_label
from app.ui.end_session_dialog import EndSessionDialog
from app.ui.error_dialog import reporting_errors, show_error
from app.ui.main_window import SessionPanelView

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
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._sessions = sessions
        self._clock = clock
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
        self._show()

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
                seconds = ended.record.duration_seconds or 0
                return (
                    f"Session with {ended.record.customer_name} ended — "
                    f"{outcome_label(ended.record.outcome)}, {format_hms(seconds)}."
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
