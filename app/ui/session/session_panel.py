"""The session on the desk: start it, mark the connection accepted, pause, resume, end it, and
watch a large live timer.

The timer text is always computed from the session's timeline and the injected clock
(accepted → now, minus pauses), never by counting ticks, so a frozen UI or a sleeping laptop
cannot change what is shown or billed. It is refreshed four times a second while the session is
active, and the label is only touched when the text changes. Under it, the cost so far: the
session's LivePricing is read once when the connection is accepted (or a session is taken over
after a crash), and each new second is then priced with arithmetic alone (see session_pricing).
Before the timer starts, a notice says what the customer's policy does right now, and Start asks
for a reason where the policy refuses (see session_notice and session_start). What the remote
tool reports — accepted, ended — is acted on by session_detection.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.core.clock import Clock
from app.core.errors import DomainError
from app.core.records import CustomerRecord, EquipmentRecord, SessionDetail
from app.core.session import SessionState
from app.core.timetext import format_hms
from app.paths import AppPaths
from app.services.session_journal import SessionJournal, TermsLibrary
from app.ui.display import FALLBACK_LOCALE
from app.ui.error_dialog import reporting_errors, show_error
from app.ui.i18n import translate
from app.ui.reason_dialog import ReasonDialog
from app.ui.session.auto_start import AutoStart
from app.ui.session.before_connecting import BeforeConnecting
from app.ui.session.connect_controller import ConnectController, PanelTools
from app.ui.session.end_session_dialog import EndSessionDialog
from app.ui.session.notes_box import NotesBox
from app.ui.session.session_cost import CostLines
from app.ui.session.session_detection import LiveDetection
from app.ui.session.session_end import EndStep
from app.ui.session.session_extras_view import ConnectView, NotesView, install
from app.ui.session.session_notice import SessionNotice
from app.ui.session.session_pricing import PanelPricing
from app.ui.session.session_start import StartStep
from app.ui.session.session_text import state_text
from app.ui.shell.main_window import SessionPanelView

if TYPE_CHECKING:
    from app.services.sessions import SessionService

TICK_MS = 250


class SessionPanel(QObject):
    """Runs one session at a time through SessionService; each click is one committed change."""

    session_changed = Signal(object)  # the SessionDetail on the panel, or None
    session_ended = Signal(object)  # the ended SessionDetail
    # the timer's and cost line's texts, as just shown, and the maximum's warning and its level
    readout_changed = Signal(str, str, str, str)

    def __init__(
        self,
        view: SessionPanelView,
        sessions: SessionService,
        clock: Clock,
        parent: QObject | None = None,
        *,
        locale: str = FALLBACK_LOCALE,
        tools: PanelTools | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        """`tools`: terms texts, tool adapters and the computer Connect launches on (defaults:
        the shipped and configured ones); `zone`: the desk's time zone, for times shown."""
        super().__init__(parent)
        self.view = view
        self._sessions = sessions
        self._clock = clock
        self._locale = locale  # for money
        self.pricing = PanelPricing(sessions, locale, view.window)
        self._cost = CostLines(view.cost, view.cost_detail, view.limit_warning)
        self._cost_seconds: int | None = None  # the duration the cost lines show
        self._detail: SessionDetail | None = None
        self._last_ended: SessionDetail | None = None
        self._customer: CustomerRecord | None = None
        self._equipment: EquipmentRecord | None = None
        self.notice = SessionNotice(
            view.notice, view.start, sessions, clock, locale, self, zone=zone
        )
        self._tick = QTimer(self, interval=TICK_MS, timerType=Qt.TimerType.CoarseTimer)
        self.connect_view, self.notes_view = ConnectView(), NotesView()
        install(view, self.connect_view, self.notes_view)
        journal, tools = SessionJournal(sessions), tools or PanelTools()
        terms = tools.terms_text or TermsLibrary(AppPaths.default()).text
        self.before = BeforeConnecting(self.connect_view, sessions, journal, terms, locale, self)
        self.notes = NotesBox(self.notes_view, journal, zone, self)
        self.detection = LiveDetection(self, self.connect_view, sessions, clock, zone, tools)
        self.starting = StartStep(view, sessions, self.start, self)
        self.ending = EndStep(sessions, clock, locale, view.window, self)
        self.before.recorded.connect(self._recorded)
        self.starting.opened.connect(self.take)
        self.ending.ended.connect(self._ended)

        self._tick.timeout.connect(self.refresh_timer)
        view.start.clicked.connect(lambda: self.start())
        view.accepted.clicked.connect(lambda: self.accept())
        view.pause.clicked.connect(self.toggle_pause)
        view.end.clicked.connect(self.open_end_dialog)
        self._show()

    def current(self) -> SessionDetail | None:
        return self._detail

    @property
    def end_dialog(self) -> EndSessionDialog | None:
        return self.ending.dialog

    @property
    def reason_dialog(self) -> ReasonDialog | None:
        """Asking why to start outside opening hours, while open."""
        return self.starting.dialog

    @property
    def connector(self) -> ConnectController:
        return self.detection.connector

    @property
    def auto(self) -> AutoStart:
        return self.detection.auto

    def set_target(
        self, customer: CustomerRecord | None, equipment: EquipmentRecord | None
    ) -> None:
        """Who the next session is for (from the customer picker)."""
        self.notice.set_customer(customer)
        self._customer, self._equipment = customer, equipment
        if self._detail is None:
            self._last_ended = None
            self._show()

    def take(self, detail: SessionDetail) -> None:
        """Put an open session on the panel (a new one, or one resumed after a crash)."""
        self._detail, self._last_ended = detail, None
        self.pricing.read(self._detail)
        self.before.set_session(detail, ask=True)
        self.notes.set_session(detail)
        self.detection.set_session(detail, self.before.policy)
        self._show()
        self.session_changed.emit(detail)

    def _recorded(self, detail: SessionDetail) -> None:
        """Checklist answers or an offer were stored: show the session as it is now."""
        if self._detail is not None and self._detail.id == detail.id:
            self._detail = detail
            self._show()

    # -- user actions ------------------------------------------------------------------------

    def start(self, override_reason: str = "") -> None:
        """Open a session for the customer on the desk (see StartStep)."""
        if self._customer is not None and self._detail is None:
            self.starting.start(self._customer, self._equipment, override_reason)

    def accept(self, at: datetime | None = None) -> None:
        """The connection was accepted now (the button), or at the tool's instant `at`."""
        if not self.before.ready:
            show_error(
                self.view.window(),
                translate("SessionPanel", "Finish the checklist before the timer starts."),
            )
            return
        self.apply(lambda session_id: self._sessions.accept(session_id, at))

    def toggle_pause(self) -> None:
        if self._detail is None:
            return
        if self._detail.record.state is SessionState.ACTIVE:
            self.apply(self._sessions.pause)
        elif self._detail.record.state is SessionState.PAUSED:
            self.apply(self._sessions.resume)

    def open_end_dialog(self) -> None:
        """End session…: a note typed but not yet added is added first (never dropped)."""
        if self._detail is not None and self.notes.add():
            self.ending.open(self._detail, self.pricing.live, self.pricing.problem)

    # -- state -------------------------------------------------------------------------------

    def apply(self, action: Callable[[int], SessionDetail]) -> None:
        """Apply one change to the session on the panel and show it; a refusal says why."""
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
        self.pricing.read(self._detail)
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
        self.before.set_session(None)
        self.notes.set_session(None)
        self.detection.set_session(None)
        self._show()
        self.session_changed.emit(None)
        self.session_ended.emit(detail)

    def refresh_timer(self) -> None:
        shown = self._detail or self._last_ended
        seconds = shown.duration_seconds(self._clock.now()) if shown else 0
        text = format_hms(seconds)
        if text != self.view.timer.text():
            self.view.timer.setText(text)
        if seconds != self._cost_seconds:  # the price can only change with the second
            self._cost_seconds = seconds
            readout = self.pricing.readout(self._detail, self._last_ended, seconds)
            self._cost.show(readout)
            self.notice.show(self._detail, self.pricing.live, seconds)
            self.readout_changed.emit(
                text, self.view.cost.text(), readout.warning, str(readout.level)
            )

    def _show(self) -> None:
        view, detail = self.view, self._detail
        state = detail.record.state if detail else None
        view.state_line.setText(state_text(detail, self._last_ended, self._customer, self._locale))
        self.notice.waiting(state in (None, SessionState.CONNECTING))
        view.start.setEnabled(detail is None and self._customer is not None)
        view.accepted.setEnabled(state is SessionState.CONNECTING and self.before.ready)
        self.detection.follow(detail)
        view.pause.setEnabled(state in (SessionState.ACTIVE, SessionState.PAUSED))
        paused = state is SessionState.PAUSED
        view.pause.setText(
            translate("SessionPanel", "Resume") if paused else translate("SessionPanel", "Pause")
        )
        view.end.setEnabled(detail is not None)
        view.timer.setEnabled(state is SessionState.ACTIVE)
        self._cost_seconds = None  # the state changed: the cost lines may say something else
        self.refresh_timer()
        if state is SessionState.ACTIVE:
            self._tick.start()
        else:
            self._tick.stop()
