"""The one background helper: work runs on a pool thread, its outcome arrives on the UI thread."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from app.core.errors import DomainError
from app.ui.background import run_in_background


def test_the_result_comes_back_on_the_ui_thread(qtbot: QtBot) -> None:
    ui_thread = threading.get_ident()
    delivered: list[tuple[int, int]] = []

    task = run_in_background(
        threading.get_ident, lambda worker: delivered.append((worker, threading.get_ident()))
    )
    with qtbot.waitSignal(task.done, timeout=5_000):
        pass

    ((worker, receiver),) = delivered
    assert worker != ui_thread
    assert receiver == ui_thread


def test_a_failure_goes_to_the_given_handler(qtbot: QtBot) -> None:
    failures: list[Exception] = []

    def work() -> None:
        raise DomainError("The database file is read-only; check its permissions.")

    task = run_in_background(work, lambda _result: None, failures.append)
    with qtbot.waitSignal(task.failed, timeout=5_000):
        pass

    assert [str(f) for f in failures] == ["The database file is read-only; check its permissions."]


def test_without_a_handler_a_failure_is_shown_in_the_error_dialog(
    qtbot: QtBot, error_dialogs: list[str]
) -> None:
    def work() -> None:
        raise DomainError("The database file is read-only; check its permissions.")

    task = run_in_background(work, lambda _result: None)
    with qtbot.waitSignal(task.failed, timeout=5_000):
        pass

    assert error_dialogs == ["The database file is read-only; check its permissions."]
    error_dialogs.clear()
