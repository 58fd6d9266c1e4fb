"""The notice line under the session panel's state line: what the customer's policy does about a
session started now (nothing inside opening hours; the surcharge; or the refusal, when Start asks
for a reason), and, while an unbooked session runs past `max_unbooked_minutes`, that such cases
should be booked.

The policy is read once per customer. While the panel waits for a session to start, the opening
line is worked out again every half minute (a coarse timer, only for a policy with a schedule),
so it changes when a window opens or closes.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton

from app.core.clock import Clock
from app.core.policy import Policy
from app.core.pricing import LivePricing
from app.core.records import CustomerRecord, SessionDetail
from app.core.session import SessionState
from app.ui.error_dialog import reporting_errors
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.today.schedule_text import opening_line, unbooked_notice

if TYPE_CHECKING:
    from app.services.sessions import SessionService

OPENING_MS = 30_000
NOTICE_STYLE = "color: #6b4700;"
START = QT_TRANSLATE_NOOP("SessionNotice", "Start session")
START_ASKING = QT_TRANSLATE_NOOP("SessionNotice", "Start session…")  # it asks for a reason


class SessionNotice(QObject):
    """Owns the notice label; the panel says when it waits (`waiting`) and what is on it (`show`).
    While it waits, `timer` works the opening line out again; widgets are touched only when what
    they show changes, so an idle desk makes no calls into Qt."""

    def __init__(
        self,
        label: QLabel,
        start: QPushButton,
        sessions: SessionService,
        clock: Clock,
        locale: str,
        parent: QObject | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        """`zone`: the desk's time zone (None: the system's); a policy's times in another are
        said with their place."""
        super().__init__(parent)
        self._zone = zone
        self._label = label
        self._start = start
        self._sessions = sessions
        self._clock = clock
        self._locale = locale
        self._customer: CustomerRecord | None = None
        self._policy: Policy | None = None
        self._opening = ""
        self._refused = False  # the policy refuses a session started now
        self._waiting = False
        self._shown: tuple[SessionDetail | None, LivePricing | None, int] = (None, None, 0)
        self.timer = QTimer(self, interval=OPENING_MS, timerType=Qt.TimerType.CoarseTimer)
        label.setStyleSheet(NOTICE_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        self.timer.timeout.connect(self._refresh)

    def set_customer(self, customer: CustomerRecord | None) -> None:
        """Read the policy a session for `customer` would follow (once per customer)."""
        if customer == self._customer:
            return
        self._customer, self._policy = customer, None
        if customer is not None:
            with reporting_errors(self._label.window()):
                self._policy = self._sessions.opening_rules(customer.id)[0]

    def waiting(self, waiting: bool) -> None:
        """Work out the opening line now, if no session runs yet; Start says it will ask why."""
        policy, self._waiting = self._policy, waiting
        status = policy.schedule_status(self._clock.now()) if waiting and policy else None
        self._opening = opening_line(policy, status, self._locale, self._zone) if status else ""
        self._refused = status is not None and not status.allowed
        start_text = translate("SessionNotice", START_ASKING if self._refused else START)
        if start_text != self._start.text():
            self._start.setText(start_text)
        tick = status is not None and policy is not None and policy.schedule is not None
        if tick and not self.timer.isActive():
            self.timer.start()
        elif not tick and self.timer.isActive():
            self.timer.stop()

    def show(self, detail: SessionDetail | None, pricing: LivePricing | None, seconds: int) -> None:
        """The line for the session on the panel that has lasted `seconds` (none: waiting)."""
        self._shown = (detail, pricing, seconds)
        if detail is None:
            text = self._opening
        elif detail.record.state is SessionState.CONNECTING:
            text = "" if self._refused else self._opening  # opened: a refusal no longer applies
        else:
            policy = pricing.policy if pricing is not None else None
            text = unbooked_notice(policy, detail.record.appointment_id is not None, seconds)
        if text != self._label.text():
            self._label.setText(text)
            self._label.setVisible(bool(text))

    def _refresh(self) -> None:
        """The timer: the opening line as it is now (a window may have opened or closed)."""
        self.waiting(self._waiting)
        self.show(*self._shown)
