"""The compact timer over the remote tool: the same time and cost as the desk, its buttons drive
the session, it is dragged anywhere, and it follows the setting and the View menu's tick."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.records import CustomerRecord
from app.core.session import Outcome
from app.services.customers import CustomerService
from app.ui.shell.desk import Desk
from app.ui.timer.compact_timer import CompactTimerView
from tests.ui.helpers import click, end_session, pick_customer, run_until, start_and_accept

TICKS = 600  # ms: more than two refreshes of the live timer
MakeOfficeDesk = Callable[..., Desk]


@pytest.fixture
def bert(customers: CustomerService) -> CustomerRecord:
    return customers.add_customer(
        Customer("Bert Peeters", "bert@example.be", policy_id="page-computers")
    )


def compact_view(qtbot: QtBot, desk: Desk) -> CompactTimerView:
    view = desk.compact.view
    assert view is not None
    qtbot.addWidget(view)  # closed with the test
    return view


def same_as_desk(desk: Desk, view: CompactTimerView) -> tuple[str, str]:
    panel = desk.window.panel
    assert (view.clock.text(), view.cost.text()) == (panel.timer.text(), panel.cost.text())
    return view.clock.text(), view.cost.text()


def test_it_shows_the_desks_time_and_cost_while_running_and_paused(
    qtbot: QtBot, priced_desk: Desk, clock: ManualClock, bert: CustomerRecord
) -> None:
    desk = priced_desk
    desk.window.compact_timer_action.trigger()  # View ▸ Compact timer
    assert desk.window.compact_timer_action.isChecked()
    assert not desk.compact.is_shown()  # no session yet: nothing to show
    pick_customer(qtbot, desk, "bert", "Bert Peeters")
    start_and_accept(qtbot, desk)
    view = compact_view(qtbot, desk)
    assert view.isVisible()
    assert view.customer.text() == "Bert Peeters"

    run_until(qtbot, desk, clock, "00:12:00")
    qtbot.waitUntil(lambda: view.clock.text() == "00:12:00")
    assert same_as_desk(desk, view) == ("00:12:00", "€15.00 — next block at 00:15:00")
    run_until(qtbot, desk, clock, "00:15:01")
    assert same_as_desk(desk, view) == ("00:15:01", "€20.00 — next block at 00:20:00")

    click(view.pause)
    assert view.customer.text() == "Bert Peeters · paused"
    assert view.pause.text() == "Resume"
    assert not view.clock.isEnabled()  # greyed, as on the desk
    clock.advance(minutes=10)
    qtbot.wait(TICKS)
    assert same_as_desk(desk, view)[0] == "00:15:01"

    click(view.pause)
    assert view.pause.text() == "Pause"
    clock.advance(seconds=30)
    qtbot.waitUntil(lambda: view.clock.text() == "00:15:31")
    same_as_desk(desk, view)

    end_session(qtbot, desk, Outcome.RESOLVED)
    assert not view.isVisible()  # the session left the panel


def test_end_brings_the_desk_forward_with_the_end_dialog(
    qtbot: QtBot, desk: Desk, clock: ManualClock, ana: CustomerRecord
) -> None:
    desk.window.compact_timer_action.trigger()
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    start_and_accept(qtbot, desk)
    view = compact_view(qtbot, desk)
    desk.window.showMinimized()  # the remote tool fills the screen
    click(view.end)
    qtbot.waitUntil(lambda: desk.panel.end_dialog is not None)
    assert not desk.window.isMinimized()
    dialog = desk.panel.end_dialog
    assert dialog is not None
    dialog.reject()


def test_a_double_click_brings_the_desk_back_and_a_drag_moves_it(
    qtbot: QtBot, desk: Desk, ana: CustomerRecord
) -> None:
    desk.window.compact_timer_action.trigger()
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    click(desk.window.panel.start)  # connecting counts: the customer is on the line
    view = compact_view(qtbot, desk)
    assert view.customer.text() == "Ana Silva · connecting"
    assert view.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert not view.isActiveWindow()  # it never takes the keyboard from the remote tool

    start = view.pos()
    inside = QPointF(20, 10)
    press_at = view.mapToGlobal(inside)
    QApplication.sendEvent(view, _mouse(QEvent.Type.MouseButtonPress, inside, press_at))
    moved = press_at + QPointF(-150, 80)
    QApplication.sendEvent(view, _mouse(QEvent.Type.MouseMove, inside, moved))
    QApplication.sendEvent(view, _mouse(QEvent.Type.MouseButtonRelease, inside, moved))
    assert view.pos() == start + QPoint(-150, 80)

    desk.window.showMinimized()
    QTest.mouseDClick(view.customer, Qt.MouseButton.LeftButton)
    assert not desk.window.isMinimized()


def _mouse(kind: QEvent.Type, local: QPointF, screen: QPointF) -> QMouseEvent:
    left = Qt.MouseButton.LeftButton
    held = Qt.MouseButton.NoButton if kind is QEvent.Type.MouseButtonRelease else left
    button = Qt.MouseButton.NoButton if kind is QEvent.Type.MouseMove else left
    return QMouseEvent(kind, local, screen, button, held, Qt.KeyboardModifier.NoModifier)


def test_the_hide_button_unticks_the_view_menu(
    qtbot: QtBot, desk: Desk, ana: CustomerRecord
) -> None:
    action = desk.window.compact_timer_action
    action.trigger()
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    click(desk.window.panel.start)
    view = compact_view(qtbot, desk)
    click(view.hide_button)
    assert not view.isVisible()
    assert not action.isChecked()
    QTest.keyClick(desk.window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert action.isChecked()
    assert view.isVisible()


def test_it_warns_of_the_maximum_as_the_desk_does(
    qtbot: QtBot, priced_desk: Desk, clock: ManualClock, bert: CustomerRecord
) -> None:
    desk = priced_desk  # Bert is on page-computers: 30 minutes at most
    desk.window.compact_timer_action.trigger()
    pick_customer(qtbot, desk, "bert", "Bert Peeters")
    start_and_accept(qtbot, desk)
    view = compact_view(qtbot, desk)
    panel = desk.window.panel

    run_until(qtbot, desk, clock, "00:24:59")
    assert not view.warning.isVisible()
    run_until(qtbot, desk, clock, "00:26:00")
    qtbot.waitUntil(lambda: view.warning.isVisible())
    assert (
        view.warning.text() == panel.limit_warning.text() == "4 min left of the 30-minute maximum"
    )
    assert view.warning.property("level") == "near"  # amber
    run_until(qtbot, desk, clock, "00:30:00")
    qtbot.waitUntil(lambda: view.warning.property("level") == "reached")  # red
    assert view.warning.text() == "Maximum of 30 minutes reached — 00:30:00"
    assert view.warning.text() == panel.limit_warning.text()
