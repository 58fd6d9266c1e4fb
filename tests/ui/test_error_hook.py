"""The exception hook: an error that escapes a slot is logged and shown with where the log file
is; the app keeps running."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.ui.error_dialog import install_excepthook


@pytest.fixture
def restored_hook() -> Iterator[None]:
    previous = sys.excepthook
    try:
        yield
    finally:
        sys.excepthook = previous


def test_an_escaped_error_is_logged_and_shown_with_the_log_file(
    restored_hook: None,
    error_dialogs: list[str],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    log_file = Path("/home/tech/.local/state/AssistDesk/log/assistdesk.log")
    install_excepthook(log_file)
    try:
        raise KeyError("customer")
    except KeyError as error:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(type(error), error, error.__traceback__)
    assert error_dialogs == [
        "Something unexpected went wrong (KeyError: 'customer'). Nothing was half-written; "
        f"please report this to your AssistDesk contact. The details are in the log file "
        f"{log_file}. AssistDesk keeps running; what you see was saved as it was."
    ]
    error_dialogs.clear()
    [entry] = caplog.records
    assert entry.exc_info is not None
    assert entry.exc_info[0] is KeyError
    assert "KeyError: 'customer'" in capsys.readouterr().err


def test_a_failing_dialog_does_not_end_the_app(
    restored_hook: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtWidgets import QMessageBox

    def broken(*_args: object) -> None:
        raise RuntimeError("no display")

    monkeypatch.setattr(QMessageBox, "critical", broken)
    install_excepthook(None)
    error = ValueError("bad")
    with caplog.at_level(logging.ERROR):
        sys.excepthook(ValueError, error, None)  # returns: nothing escapes the hook
    assert [r.getMessage() for r in caplog.records] == [
        "unexpected error",
        "the error dialog could not be shown",
    ]


def test_a_sentence_that_escapes_is_shown_alone(
    restored_hook: None,
    error_dialogs: list[str],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A failing database met outside `reporting_errors` reads as it does everywhere: its
    sentence, without a traceback on stderr (the log keeps the details)."""
    from app.core.errors import UnavailableError

    install_excepthook(Path("/home/tech/.local/state/AssistDesk/log/assistdesk.log"))
    sentence = "The disk holding the database /data/assistdesk.sqlite3 is full; nothing was saved."
    try:
        raise UnavailableError(sentence)
    except UnavailableError as error:
        with caplog.at_level(logging.WARNING):
            sys.excepthook(type(error), error, error.__traceback__)
    assert error_dialogs == [sentence]
    error_dialogs.clear()
    assert capsys.readouterr().err == ""
    [entry] = caplog.records
    assert entry.getMessage() == sentence
