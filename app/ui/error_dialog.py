"""The one error dialog. A DomainError already reads as one sentence a user can act on, so it is
shown as is; anything else is a bug and says so plainly, without a traceback on screen."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from app import APP_NAME
from app.core.errors import DomainError, SettingProblemError
from app.ui.i18n import message_text, translate

log = logging.getLogger(__name__)


def error_text(error: BaseException | str) -> str:
    """What the dialog says about `error`."""
    if isinstance(error, str):
        return message_text(error)
    if isinstance(error, SettingProblemError):  # which field to correct, not `settings set`
        from app.ui.office.setting_problems import refusal_text

        return refusal_text(error)
    if isinstance(error, DomainError):
        return message_text(error.args[0]) if error.args else str(error)
    text = translate(
        "ErrorDialog",
        "Something unexpected went wrong ({error}). "
        "Nothing was half-written; please report this to your AssistDesk contact.",
    )
    return text.format(error=f"{type(error).__name__}: {error}")


def show_error(parent: QWidget | None, error: BaseException | str) -> None:
    """Tell the user what went wrong, in a modal critical message box."""
    QMessageBox.critical(parent, APP_NAME, error_text(error))


@contextmanager
def reporting_errors(parent: QWidget | None) -> Iterator[None]:
    """Run one user action; a DomainError ends it with the error dialog instead of a traceback.

    Code after the failing line inside the `with` block does not run, so a dialog that closes
    itself at the end of the block stays open for the user to correct the input.
    """
    try:
        yield
    except DomainError as error:
        show_error(parent, error)


def unexpected_error_text(error: BaseException, log_file: Path | None) -> str:
    """What the exception hook's dialog says: what went wrong, and where the details are."""
    text = error_text(error)
    if log_file is not None:
        details = translate("ErrorDialog", "The details are in the log file {file}.")
        text += " " + details.format(file=log_file)
    return (
        text
        + " "
        + translate("ErrorDialog", "AssistDesk keeps running; what you see was saved as it was.")
    )


def install_excepthook(log_file: Path | None = None) -> None:
    """Route exceptions that escape a Qt slot to the log, stderr and the error dialog — never to
    silence, never to a crash to desktop. `log_file` is named in the dialog. A DomainError that
    escapes (a service called outside `reporting_errors`) is its sentence alone, as anywhere."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if issubclass(kind, DomainError):  # a sentence for the user (say, the database is locked)
            log.warning("%s", error, exc_info=(kind, error, tb))
            try:
                show_error(None, error)
            except Exception:
                log.exception("the error dialog could not be shown")
            return
        log.error("unexpected error", exc_info=(kind, error, tb))
        traceback.print_exception(kind, error, tb, file=sys.stderr)
        try:
            QMessageBox.critical(None, APP_NAME, unexpected_error_text(error, log_file))
        except Exception:  # the dialog itself failed: the log and stderr have it already
            log.exception("the error dialog could not be shown")

    sys.excepthook = hook
