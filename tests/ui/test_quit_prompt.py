"""Closing the desk while a session runs asks what to do with it (issue 17): end it now, keep it
running with the window hidden (where a tray icon brings it back), or cancel; with no session
running the window closes without a word."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.records import CustomerRecord
from app.core.session import SessionState
from app.ui.shell.desk import Desk
from app.ui.shell.quit_prompt import QuitChoice
from tests.ui.conftest import QuitPrompt
from tests.ui.helpers import pick_customer, start_and_accept


def running(qtbot: QtBot, desk: Desk) -> None:
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    start_and_accept(qtbot, desk)


def test_with_no_session_running_the_window_closes_without_asking(
    desk: Desk, quit_prompt: QuitPrompt
) -> None:
    assert desk.window.close()
    assert quit_prompt.asked == []


def test_cancel_keeps_the_window_and_the_session(
    qtbot: QtBot, desk: Desk, ana: CustomerRecord, quit_prompt: QuitPrompt
) -> None:
    running(qtbot, desk)

    assert not desk.window.close()

    assert quit_prompt.asked == [("Ana Silva", False)]  # no tray here: hiding is not offered
    assert desk.window.isVisible()
    current = desk.panel.current()
    assert current is not None
    assert current.record.state is SessionState.ACTIVE


def test_end_opens_the_end_dialog_and_the_window_stays(
    qtbot: QtBot, desk: Desk, ana: CustomerRecord, quit_prompt: QuitPrompt
) -> None:
    running(qtbot, desk)
    quit_prompt.answer = QuitChoice.END

    assert not desk.window.close()

    qtbot.waitUntil(lambda: desk.panel.end_dialog is not None)
    assert desk.window.isVisible()
    dialog = desk.panel.end_dialog
    assert dialog is not None
    dialog.reject()


def test_keep_running_hides_the_window_and_the_timer_goes_on(
    qtbot: QtBot, desk: Desk, ana: CustomerRecord, quit_prompt: QuitPrompt
) -> None:
    running(qtbot, desk)
    quit_prompt.answer = QuitChoice.KEEP_RUNNING

    assert not desk.window.close()

    assert not desk.window.isVisible()
    current = desk.panel.current()
    assert current is not None
    assert current.record.state is SessionState.ACTIVE
