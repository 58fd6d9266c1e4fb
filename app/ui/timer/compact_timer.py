"""The compact timer: a small window that stays on top of the remote tool, with the customer, the
running time and the cost so far, readable at a glance across the room.

It shows the session panel's own texts (see live_session), so it always says what the main
window says. It never takes the keyboard focus — typing goes on into the remote tool — and it is
frameless, so it is dragged by any part of it; a double-click (or Desk) brings the desk forward.
It is a window of its own, not the desk's child, so it stays up when the desk is minimised, and it
does not keep AssistDesk running once the desk is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFontDatabase, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.core.session import SessionState
from app.core.session_limit import LimitLevel
from app.ui.i18n import translate
from app.ui.session.session_cost import WARNING_STYLES
from app.ui.timer.live_session import LiveSession, Readout, state_word

STYLE = """
#compactTimer { background: #1f2328; border: 1px solid #57606a; }
#compactTimer QLabel { color: #f6f8fa; }
#compactTimer QLabel#compactClock { color: #ffffff; }
#compactTimer QLabel#compactClock:disabled { color: #8c959f; }
#compactTimer QToolButton { color: #f6f8fa; background: #32383f; border: 1px solid #57606a;
    border-radius: 3px; padding: 2px 8px; }
#compactTimer QToolButton:hover { background: #424a53; }
#compactTimer QToolButton:disabled { color: #6e7781; }
"""


class CompactTimerView(QWidget):
    """The labels and buttons; `desk_requested` on a double-click anywhere outside a button."""

    desk_requested = Signal()

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName("compactTimer")
        self.setWindowTitle(translate("CompactTimer", "AssistDesk timer"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(STYLE)
        self.setToolTip(translate("CompactTimer", "Drag to move; double-click for the desk"))
        self.customer = QLabel()
        self.clock = QLabel("00:00:00")
        self.clock.setObjectName("compactClock")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(28)
        font.setBold(True)
        self.clock.setFont(font)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cost = QLabel()
        cost_font = self.cost.font()
        cost_font.setBold(True)
        self.cost.setFont(cost_font)
        self.cost.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.warning = QLabel()  # the maximum's warning, amber then red, as on the desk
        self.warning.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.warning.setVisible(False)
        self.hide_button = QToolButton()
        self.hide_button.setText("×")
        self.hide_button.setToolTip(translate("CompactTimer", "Hide the compact timer"))
        self.pause, self.end, self.desk = QToolButton(), QToolButton(), QToolButton()

        top = QHBoxLayout()
        top.addWidget(self.customer, 1)
        top.addWidget(self.hide_button)
        buttons = QHBoxLayout()
        for button in (self.pause, self.end, self.desk):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        self.hide_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.clock)
        layout.addWidget(self.cost)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        self._grab: QPoint | None = None  # where in the window the drag began

    def show_readout(self, readout: Readout) -> None:
        word = state_word(readout.state)
        name = readout.customer
        if word:
            name = translate("CompactTimer", "{customer} · {state}").format(
                customer=name, state=word
            )
        before = (self.customer.text(), self.cost.text(), self.warning.text())
        resized = (name, readout.cost, readout.warning) != before
        self.customer.setText(name)
        self.clock.setText(readout.timer)
        self.clock.setEnabled(readout.state is SessionState.ACTIVE)
        self.cost.setText(readout.cost)
        self.cost.setVisible(bool(readout.cost))
        if readout.level != self.warning.property("level"):
            self.warning.setProperty("level", readout.level)
            self.warning.setStyleSheet(WARNING_STYLES[LimitLevel(readout.level)])
        self.warning.setText(readout.warning)
        self.warning.setVisible(bool(readout.warning))
        if resized:  # the time is of fixed width: only a new name or cost line resizes
            self.adjustSize()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        handle = self.windowHandle()
        if handle is not None and handle.startSystemMove():
            self._grab = None  # the window manager moves it (the only way on Wayland)
        else:
            self._grab = event.globalPosition().toPoint() - self.frameGeometry().topLeft()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grab is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._grab)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._grab = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._grab = None
        self.desk_requested.emit()
        event.accept()


class CompactTimer(QObject):
    """Shows the view while `wanted` (the setting, or the View menu's tick) and a session is on
    the panel; the view is built the first time it is needed."""

    def __init__(
        self, live: LiveSession, hide_action: QAction, parent: QObject | None = None
    ) -> None:
        """`hide_action`: the checkable action the view's × unticks (the View menu's)."""
        super().__init__(parent)
        self._live, self._hide_action = live, hide_action
        self.wanted = False
        self.view: CompactTimerView | None = None
        live.changed.connect(self._update)

    def set_wanted(self, wanted: bool) -> None:
        self.wanted = wanted
        self._update(self._live.readout())

    def is_shown(self) -> bool:
        return self.view is not None and self.view.isVisible()

    def _update(self, readout: Readout) -> None:
        show = self.wanted and readout.state is not None
        if self.view is None:
            if not show:
                return
            self.view = self._build()
        self.view.show_readout(readout)
        if show and not self.view.isVisible():
            self.view.show()
        elif not show and self.view.isVisible():
            self.view.hide()

    def _build(self) -> CompactTimerView:
        view = CompactTimerView()
        live = self._live
        view.pause.setDefaultAction(live.pause)
        view.end.setDefaultAction(live.end)
        view.desk.setDefaultAction(live.show_desk)
        view.desk.setText(translate("CompactTimer", "Desk"))
        view.desk_requested.connect(live.show_desk.trigger)
        view.hide_button.clicked.connect(self._hide)
        live.window.destroyed.connect(view.deleteLater)  # no parent to take it along
        screen = view.screen().availableGeometry()
        view.adjustSize()
        view.move(screen.right() - view.width() - 24, screen.top() + 24)
        return view

    def _hide(self) -> None:
        """The ×: as if the View menu's tick were taken off (so it is remembered the same way)."""
        if self._hide_action.isChecked():
            self._hide_action.trigger()
