"""The tray: its tooltip says the desk's time and cost, its menu's quick actions drive the session
(greyed out when they cannot apply), and it follows the setting. The offscreen platform has no
tray, so these drive TrayStatus — the menu and tooltip the icon shows — directly."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.records import CustomerRecord
from app.core.session import SessionState
from app.services.customers import CustomerService
from app.ui.shell.desk import Desk
from app.ui.timer.tray import TrayStatus
from tests.ui.helpers import click, complete_checklist, pick_customer, run_until

TICKS = 600  # ms: more than two refreshes of the live timer


@pytest.fixture
def bert(customers: CustomerService) -> CustomerRecord:
    return customers.add_customer(
        Customer("Bert Peeters", "bert@example.be", policy_id="page-computers")
    )


def tray(desk: Desk) -> TrayStatus:
    assert desk.tray_status is not None  # on by default
    return desk.tray_status


def menu(desk: Desk) -> dict[str, QAction]:
    return {a.text(): a for a in tray(desk).menu.actions() if not a.isSeparator()}


def enabled(desk: Desk) -> list[str]:
    return [text for text, action in menu(desk).items() if action.isEnabled()]


def state(desk: Desk) -> SessionState | None:
    current = desk.panel.current()
    return current.record.state if current is not None else None


def test_the_tooltip_says_the_desks_time_and_cost_while_running_and_paused(
    qtbot: QtBot, priced_desk: Desk, clock: ManualClock, bert: CustomerRecord
) -> None:
    desk, panel = priced_desk, priced_desk.window.panel
    assert tray(desk).tooltip == "AssistDesk"
    pick_customer(qtbot, desk, "bert", "Bert Peeters")
    click(panel.start)
    assert tray(desk).tooltip == "AssistDesk\nBert Peeters — 00:00:00, connecting"
    complete_checklist(qtbot, desk)
    click(panel.accepted)

    run_until(qtbot, desk, clock, "00:12:00")
    qtbot.waitUntil(lambda: "00:12:00" in tray(desk).tooltip)
    assert tray(desk).tooltip == (
        f"AssistDesk\nBert Peeters — {panel.timer.text()}\n{panel.cost.text()}"
    )
    assert panel.cost.text() == "€15.00 — next block at 00:15:00"

    menu(desk)["Pause"].trigger()
    clock.advance(minutes=10)
    qtbot.wait(TICKS)
    assert panel.timer.text() == "00:12:00"
    assert tray(desk).tooltip == (
        "AssistDesk\nBert Peeters — 00:12:00, paused\n€15.00 — next block at 00:15:00"
    )
    menu(desk)["Resume"].trigger()
    run_until(qtbot, desk, clock, "00:15:01")
    qtbot.waitUntil(lambda: "00:15:01" in tray(desk).tooltip)
    assert tray(desk).tooltip.endswith(f"00:15:01\n{panel.cost.text()}")
    assert panel.cost.text() == "€20.00 — next block at 00:20:00"


def test_the_quick_actions_drive_the_session_and_grey_out_when_they_cannot(
    qtbot: QtBot, desk: Desk, ana: CustomerRecord
) -> None:
    assert enabled(desk) == ["Show desk", "New session"]
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    menu(desk)["New session"].trigger()
    assert state(desk) is SessionState.CONNECTING
    assert enabled(desk) == ["Show desk", "Connection accepted", "End session…"]

    menu(desk)["Connection accepted"].trigger()
    assert state(desk) is SessionState.ACTIVE
    assert enabled(desk) == ["Show desk", "Pause", "End session…"]
    menu(desk)["Pause"].trigger()
    assert state(desk) is SessionState.PAUSED
    assert enabled(desk) == ["Show desk", "Resume", "End session…"]
    menu(desk)["Resume"].trigger()
    assert state(desk) is SessionState.ACTIVE

    desk.window.showMinimized()
    menu(desk)["End session…"].trigger()
    qtbot.waitUntil(lambda: desk.panel.end_dialog is not None)
    assert not desk.window.isMinimized()  # the dialog is on the desk, in front
    dialog = desk.panel.end_dialog
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: desk.panel.end_dialog is None)
    assert state(desk) is SessionState.ACTIVE  # cancelled: nothing ended


def test_new_session_without_a_customer_goes_to_the_search_box(
    qtbot: QtBot, desk: Desk, ana: CustomerRecord
) -> None:
    desk.window.log.setFocus()
    desk.window.showMinimized()
    menu(desk)["New session"].trigger()
    assert not desk.window.isMinimized()
    qtbot.waitUntil(desk.window.picker.search.hasFocus)
    assert state(desk) is None
