"""The menus: a whole session driven from the keyboard, and the office's windows opened from
the Office and View menus."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.records import CustomerRecord
from app.core.session import SessionState
from app.paths import AppPaths
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.storage.database import Database
from app.ui.office.invoices_view import InvoicesView
from app.ui.office.office_services import OfficeServices, open_office
from app.ui.shell.desk import Desk
from tests.ui.conftest import LOCALE, shown
from tests.ui.helpers import pick_customer

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def keys(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    """A shortcut pressed where the keyboard focus is (the search box, say)."""
    target = QApplication.focusWidget() or widget
    QTest.keyClick(target, key, modifiers)


@pytest.fixture
def office(database: Database, clock: ManualClock, app_paths: AppPaths) -> OfficeServices:
    return open_office(database, clock, app_paths)


@pytest.fixture
def office_desk(
    qtbot: QtBot,
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    office: OfficeServices,
) -> Desk:
    return shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, office=office))


def test_a_session_runs_from_the_keyboard_alone(
    qtbot: QtBot, desk: Desk, clock: ManualClock, ana: CustomerRecord
) -> None:
    window = desk.window
    assert not window.new_session_action.isEnabled()  # no customer yet: as the button says
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    assert window.picker.search.hasFocus()
    assert window.new_session_action.isEnabled()
    assert not window.accepted_action.isEnabled()

    keys(window, Qt.Key.Key_N)
    assert window.panel.state_line.text().startswith("Connecting to Ana Silva")
    assert window.accepted_action.isEnabled()
    assert not window.new_session_action.isEnabled()
    keys(window, Qt.Key.Key_Return)
    clock.advance(minutes=3)
    qtbot.waitUntil(lambda: window.panel.timer.text() == "00:03:00")

    keys(window, Qt.Key.Key_P)
    current = desk.panel.current()
    assert current is not None
    assert current.record.state is SessionState.PAUSED
    keys(window, Qt.Key.Key_P)
    current = desk.panel.current()
    assert current is not None
    assert current.record.state is SessionState.ACTIVE

    keys(window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: desk.panel.end_dialog is not None)
    dialog = desk.panel.end_dialog
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: desk.panel.end_dialog is None)


def test_every_menu_command_has_a_shortcut(desk: Desk) -> None:
    window = desk.window
    shortcuts = {
        action.text(): action.shortcut().toString()
        for action in (
            window.new_session_action, window.accepted_action, window.pause_action,
            window.end_action, window.history_action, window.compact_timer_action,
            window.invoices_action, window.outbox_action, window.settings_action,
        )
    }  # fmt: skip
    assert all(shortcuts.values()), shortcuts
    assert len(set(shortcuts.values())) == len(shortcuts)


def test_without_office_services_the_office_menu_is_off(desk: Desk) -> None:
    window = desk.window
    assert not window.invoices_action.isEnabled()
    assert not window.outbox_action.isEnabled()
    assert not window.settings_action.isEnabled()
    assert window.history_action.isEnabled()


OpenWith = Callable[[Desk], None]


def test_office_invoices_opens_the_invoices_window(qtbot: QtBot, office_desk: Desk) -> None:
    window = office_desk.window
    assert window.invoices_action.isEnabled()
    keys(window, Qt.Key.Key_I)
    invoices = window.findChild(InvoicesView)
    assert invoices is not None
    qtbot.waitUntil(invoices.isVisible)
    keys(window, Qt.Key.Key_I)  # again: the same window, brought to the front
    assert len(window.findChildren(InvoicesView)) == 1


def test_office_outbox_and_view_history_open_their_windows(qtbot: QtBot, office_desk: Desk) -> None:
    window = office_desk.window
    keys(window, Qt.Key.Key_O, CTRL_SHIFT)
    outbox = office_desk.menus.windows["outbox"]
    qtbot.waitUntil(outbox.isVisible)
    assert outbox.windowTitle() == "Outbox"
    window.activateWindow()
    window.history_action.trigger()
    history = office_desk.menus.windows["history"]
    qtbot.waitUntil(history.isVisible)
    assert history.windowTitle() == "Session history"
    window.history_action.trigger()
    assert office_desk.menus.windows["history"] is history
