"""The session on the desk as the windows outside the desk show it: the compact timer and the
tray icon. Both read one `Readout` — who, in what state, and the timer's and cost line's texts
exactly as the session panel just put them on screen (SessionPanel.readout_changed) — so neither
computes a time of its own, let alone counts ticks, and neither can drift from the main window.

The quick actions (Show desk, Connection accepted, Pause/Resume, End session…, New session) press
the panel's own buttons, so they do what a click does and are greyed out exactly when the
button is; the ones that open a dialog bring the desk forward first.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from app.core.session import SessionState
from app.ui.i18n import translate
from app.ui.session.session_panel import SessionPanel
from app.ui.shell.desk_menus import ButtonAction
from app.ui.shell.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class Readout:
    """`state` None: no session on the panel (the texts are then the last one's, or zeros)."""

    customer: str = ""
    state: SessionState | None = None
    timer: str = "00:00:00"
    cost: str = ""
    warning: str = ""  # the maximum's warning, as the panel shows it ("" when none)
    level: str = ""  # its LimitLevel: "near" (amber) or "reached" (red)


def state_word(state: SessionState | None) -> str:
    """The one word the small windows add to the customer's name ("" while it runs)."""
    match state:
        case SessionState.CONNECTING:
            return translate("LiveSession", "connecting")
        case SessionState.PAUSED:
            return translate("LiveSession", "paused")
        case _:
            return ""


def bring_forward(window: QMainWindow) -> None:
    """The desk on screen and in front, whether it was minimised or behind the remote tool."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class LiveSession(QObject):
    """`changed(Readout)` after each change the panel shows; `readout()` the current one; and the
    quick actions, one QAction each, shared by the compact timer and the tray menu."""

    changed = Signal(object)

    def __init__(
        self, panel: SessionPanel, window: MainWindow, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._panel, self.window = panel, window
        view = panel.view
        self.show_desk = self._action(translate("LiveSession", "Show desk"))
        self.show_desk.triggered.connect(lambda: bring_forward(window))
        self.accepted = self._action(translate("LiveSession", "Connection accepted"))
        ButtonAction(self.accepted, view.accepted)
        self.pause = self._action(translate("LiveSession", "Pause"))
        ButtonAction(self.pause, view.pause)
        self.end = self._action(translate("LiveSession", "End session…"))
        self.end.triggered.connect(lambda: bring_forward(window))  # before the dialog opens
        ButtonAction(self.end, view.end)
        self.new_session = self._action(translate("LiveSession", "New session"))
        self.new_session.triggered.connect(self._new_session)
        warning = view.limit_warning
        level = str(warning.property("level") or "") if warning.isVisible() else ""
        shown = warning.text() if level else ""
        self._readout = self._read(view.timer.text(), view.cost.text(), shown, level)
        self._show_state()
        panel.readout_changed.connect(self._on_readout)

    def _action(self, text: str) -> QAction:
        return QAction(text, self)

    def readout(self) -> Readout:
        return self._readout

    def _read(self, timer: str, cost: str, warning: str, level: str) -> Readout:
        detail = self._panel.current()
        if detail is None:
            return Readout(timer=timer, cost=cost)
        record = detail.record
        return Readout(record.customer_name, record.state, timer, cost, warning, level)

    def _on_readout(self, timer: str, cost: str, warning: str = "", level: str = "") -> None:
        readout = self._read(timer, cost, warning, level)
        if readout == self._readout:
            return
        self._readout = readout
        self._show_state()
        self.changed.emit(readout)

    def _show_state(self) -> None:
        paused = self._readout.state is SessionState.PAUSED
        self.pause.setText(
            translate("LiveSession", "Resume") if paused else translate("LiveSession", "Pause")
        )
        self.new_session.setEnabled(self._readout.state is None)

    def _new_session(self) -> None:
        """Start for the customer chosen on the desk; with none chosen, go and choose one."""
        bring_forward(self.window)
        start = self._panel.view.start
        if start.isEnabled():
            start.click()
        else:
            self.window.picker.search.setFocus()
