"""After a crash: each session this workstation left open is offered in turn — resume it on the
panel (its timer continues from the stored accepted time, and the tool's file is watched again),
or end it at a time the technician confirms, since the real end was not seen. The time offered is
the last moment AssistDesk was known to be running (app.services.life_signs), not "now"; the
end dialog shows the price for the chosen outcome at that time and asks for the closing note the
policy requires, as ending on the desk does."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import Clock
from app.core.records import SessionDetail
from app.core.session import Outcome
from app.core.timetext import format_hms
from app.services.life_signs import LifeSigns
from app.ui.display import local_datetime_text, state_label, system_locale, tool_label
from app.ui.error_dialog import reporting_errors
from app.ui.i18n import translate
from app.ui.session.end_session_dialog import EndSessionDialog
from app.ui.session.session_cost import end_price_text
from app.ui.session.session_panel import SessionPanel

if TYPE_CHECKING:
    from app.services.sessions import SessionService


class RecoveryDialog(QDialog):
    """One open session: who, since when, how long so far, and the two ways forward."""

    def __init__(
        self,
        detail: SessionDetail,
        elapsed_seconds: int,
        can_resume: bool,
        parent: QWidget,
        last_seen: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RecoveryDialog", "Session left open"))
        record = detail.record
        intro = QLabel(
            translate(
                "RecoveryDialog",
                "AssistDesk stopped while this session was open. Resume it, or end it at the time "
                "it really ended.",
            )
        )
        intro.setWordWrap(True)
        self.customer = QLabel(record.customer_name)
        self.accepted_at = QLabel(local_datetime_text(record.accepted_at))
        self.elapsed = QLabel(
            format_hms(elapsed_seconds)
            if record.accepted_at
            else translate("RecoveryDialog", "not started")
        )
        self.resume_button = QPushButton(translate("RecoveryDialog", "Resume"))
        self.resume_button.setEnabled(can_resume)
        if not can_resume:
            self.resume_button.setToolTip(
                translate("RecoveryDialog", "Another session is already on the desk.")
            )
        self.end_button = QPushButton(translate("RecoveryDialog", "End at…"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.resume_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.end_button, QDialogButtonBox.ButtonRole.ActionRole)

        form = QFormLayout()
        form.addRow(translate("RecoveryDialog", "Customer"), self.customer)
        tool = QLabel(tool_label(record.tool, record.remote_id))
        form.addRow(translate("RecoveryDialog", "Tool"), tool)
        form.addRow(translate("RecoveryDialog", "State"), QLabel(state_label(record.state)))
        form.addRow(translate("RecoveryDialog", "Accepted"), self.accepted_at)
        form.addRow(translate("RecoveryDialog", "Time elapsed"), self.elapsed)
        self.last_seen = QLabel(local_datetime_text(last_seen) if last_seen else "")
        if last_seen is not None:  # the end offered by "End at…"
            form.addRow(translate("RecoveryDialog", "AssistDesk last seen running"), self.last_seen)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


class CrashRecovery(QObject):
    """Walks the open sessions one dialog at a time; closing a dialog leaves that session open
    for the next start."""

    session_ended = Signal(object)  # SessionDetail, ended here

    def __init__(
        self,
        panel: SessionPanel,
        sessions: SessionService,
        clock: Clock,
        window: QWidget,
        parent: QObject | None = None,
        signs: LifeSigns | None = None,
        locale: str = "",
    ) -> None:
        """`signs`: the last run's last sign of life (the end offered); `locale`: how money
        reads in the price shown before ending (default: the system's)."""
        super().__init__(parent)
        self._panel = panel
        self._sessions = sessions
        self._clock = clock
        self._window = window
        self._signs = signs
        self._locale = locale or system_locale()
        self._queue: list[SessionDetail] = []
        self.dialog: RecoveryDialog | None = None  # the dialog on screen
        self.end_dialog: EndSessionDialog | None = None

    def offer(self, details: list[SessionDetail]) -> None:
        self._queue.extend(details)
        if self.dialog is None:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            return
        detail = self._queue.pop(0)
        elapsed = detail.duration_seconds(self._clock.now())
        can_resume = self._panel.current() is None
        now = self._clock.now()
        earliest, _what = detail.timeline.last_change()
        last_seen = self._signs.end_offered(earliest, now) if self._signs is not None else now
        dialog = RecoveryDialog(
            detail, elapsed, can_resume, self._window, last_seen if last_seen != now else None
        )
        dialog.resume_button.clicked.connect(lambda: self._resume(dialog, detail))
        dialog.end_button.clicked.connect(lambda: self._ask_end(dialog, detail))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _resume(self, dialog: RecoveryDialog, detail: SessionDetail) -> None:
        self._panel.take(detail)
        dialog.accept()

    def _ask_end(self, dialog: RecoveryDialog, detail: SessionDetail) -> None:
        earliest, _what = detail.timeline.last_change()
        now = self._clock.now()
        offered = self._signs.end_offered(earliest, now) if self._signs is not None else now
        pricing, note_min_chars = None, 0
        with reporting_errors(dialog):  # a policy that cannot be read: ended unpriced, as said
            pricing = self._sessions.live_pricing(detail.id)
            note_min_chars = self._sessions.rules_for(detail.id).closing_note_min_chars

        def preview(outcome: Outcome, at: datetime | None) -> str:
            seconds = detail.duration_seconds(at or offered)
            return end_price_text(pricing, seconds, outcome, self._locale)

        end = EndSessionDialog(
            detail.record.customer_name,
            lambda outcome, notes, at, closed: self._sessions.end(
                detail.id, outcome, notes, at=at, access_closed=closed
            ),
            dialog,
            time_range=(earliest, now),
            ended_default=offered,
            note_min_chars=note_min_chars,
            preview=preview if detail.timeline.accepted_at is not None else None,
        )
        end.accepted.connect(lambda: self._ended(dialog, end))
        end.finished.connect(lambda _result: self._end_dialog_closed(end))
        self.end_dialog = end
        end.open()

    def _ended(self, dialog: RecoveryDialog, end: EndSessionDialog) -> None:
        self.session_ended.emit(end.detail)
        dialog.accept()

    def _end_dialog_closed(self, end: EndSessionDialog) -> None:
        if self.end_dialog is end:
            self.end_dialog = None
        end.deleteLater()

    def _closed(self, dialog: RecoveryDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self._next()
