"""Reminders in the system tray, on desktops that have one (AppointmentReminders decides when;
this only shows them). Without a tray — some desktops, and the offscreen test platform — the
Desk does not build this at all, and the Today tab's title still says who is waited for."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from app import APP_NAME
from app.resources import resource
from app.ui.reminders import Reminder

SHOWN_MS = 15_000


class TrayReminders(QObject):
    """The app's tray icon; a click on a reminder brings the main window forward."""

    def __init__(self, window: QMainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self.icon = QSystemTrayIcon(QIcon(str(resource("icons", "assistdesk.svg"))), self)
        self.icon.setToolTip(APP_NAME)
        self.icon.messageClicked.connect(self._bring_forward)
        self.icon.show()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self, reminder: Reminder) -> None:
        self.icon.showMessage(
            reminder.title, reminder.message, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS
        )

    def _bring_forward(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()
