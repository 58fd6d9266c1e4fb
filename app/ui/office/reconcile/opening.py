"""Office → "Reconcile with a tool's history…": the menu entry, and one reconciliation window at a
time, raised when asked for again. Light to import: the window is imported when first opened."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.core.clock import Clock
from app.ui.i18n import translate
from app.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from app.services.sessions import SessionService
    from app.ui.office.reconcile.reconcile_window import ReconcileWindow


class ReconcileMenu(QObject):
    """Adds the action to the Office menu, after Policies; `window` is the open controller.
    `zone`: the desk's time zone, for the times the window shows and for a history's times
    written without an offset (Zoho Assist exports); None: this computer's."""

    def __init__(
        self, main: MainWindow, sessions: SessionService, clock: Clock, parent: QObject | None,
        zone: tzinfo | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._main, self._sessions, self._clock = main, sessions, clock
        self._zone = zone
        self.window: ReconcileWindow | None = None
        self.action = QAction(translate("Desk", "&Reconcile with a tool's history…"), main)
        office = next(m for m in main.menuBar().findChildren(QMenu)
                      if main.settings_action in m.actions())  # fmt: skip
        actions = office.actions()
        after = actions.index(main.policies_action) + 1
        if after < len(actions):
            office.insertAction(actions[after], self.action)
        else:
            office.addAction(self.action)
        self.action.triggered.connect(self.open)

    def open(self) -> None:
        if self.window is None:
            from app.services.reconciliation import ReconciliationService
            from app.ui.office.reconcile.reconcile_window import ReconcileWindow

            service = ReconciliationService.beside(self._sessions, self._clock)
            self.window = ReconcileWindow(service, self._zone, parent=self._main)
            self.window.view.destroyed.connect(self._closed)
        view: QWidget = self.window.view
        view.show()
        view.raise_()
        view.activateWindow()

    def _closed(self) -> None:
        self.window = None
