"""The system tray: an icon whose tooltip has the running time and cost, whose menu has the
session's quick actions, and which shows appointment reminders (AppointmentReminders decides
when; this only shows them).

`TrayStatus` is the menu and the tooltip text, kept current from the live session; it needs no
tray, so it is what the tests drive. `TrayIcon` puts it in the tray, on desktops that have one;
without a tray — some desktops, and the offscreen test platform — the Desk builds no icon, and
the Today tab's title still says who is waited for.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from app import APP_NAME
from app.resources import resource
from app.ui.i18n import translate
from app.ui.timer.live_session import LiveSession, Readout, state_word
from app.ui.today.reminders import Reminder

SHOWN_MS = 15_000


def tooltip_text(readout: Readout) -> str:
    """ "AssistDesk", then the customer and the time (and the state, unless running), then the
    cost line — the texts the session panel shows."""
    if readout.state is None:
        return APP_NAME
    word = state_word(readout.state)
    if word:
        line = translate("Tray", "{customer} — {time}, {state}")
    else:
        line = translate("Tray", "{customer} — {time}")
    lines = [APP_NAME, line.format(customer=readout.customer, time=readout.timer, state=word)]
    if readout.cost:
        lines.append(readout.cost)
    return "\n".join(lines)


class TrayStatus(QObject):
    """`menu`: Show desk, then the session's quick actions; `tooltip`: what the icon says now,
    also sent as `tooltip_changed`."""

    tooltip_changed = Signal(str)

    def __init__(self, live: LiveSession, menu_parent: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.live = live
        self.menu = QMenu(menu_parent)
        self.menu.addAction(live.show_desk)
        self.menu.addSeparator()
        for action in (live.accepted, live.pause, live.end):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(live.new_session)
        self.tooltip = tooltip_text(live.readout())
        live.changed.connect(self._update)

    def _update(self, readout: Readout) -> None:
        tooltip = tooltip_text(readout)
        if tooltip != self.tooltip:
            self.tooltip = tooltip
            self.tooltip_changed.emit(tooltip)

    def close(self) -> None:
        """Off (the setting was turned off): the menu goes with it."""
        self.live.changed.disconnect(self._update)
        self.menu.deleteLater()
        self.deleteLater()


class TrayIcon(QObject):
    """The app's tray icon; a click on it, or on a reminder, brings the desk forward."""

    def __init__(self, status: TrayStatus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = status
        self.icon = QSystemTrayIcon(QIcon(str(resource("icons", "assistdesk.svg"))), self)
        self.icon.setToolTip(status.tooltip)
        self.icon.setContextMenu(status.menu)
        status.tooltip_changed.connect(self.icon.setToolTip)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(status.live.show_desk.trigger)
        self.icon.show()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self, reminder: Reminder) -> None:
        self.icon.showMessage(
            reminder.title, reminder.message, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS
        )

    def close(self) -> None:
        self.icon.hide()
        self.deleteLater()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self._status.live.show_desk.trigger()
