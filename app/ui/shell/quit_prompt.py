"""Closing the desk while a session runs: the session is never left open without a word.

The technician chooses: end it now (the End session dialog, as the button opens it), keep it
running with the window hidden (only where there is a tray icon to bring it back, and the timer
and the compact timer go on), or not close at all."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from app import APP_NAME
from app.ui.i18n import translate


class QuitChoice(Enum):
    END = "end"
    KEEP_RUNNING = "keep"
    CANCEL = "cancel"


def ask_before_quitting(parent: QWidget, customer: str, can_hide: bool) -> QuitChoice:
    """Ask what to do with `customer`'s running session; `can_hide` offers to keep it running
    with the window hidden (the tray icon brings it back)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(
        translate("QuitPrompt", "The session with {customer} is still running.").format(
            customer=customer
        )
    )
    box.setInformativeText(
        translate(
            "QuitPrompt",
            "End it now, or keep it running with the window hidden (the tray icon brings it back)?",
        )
        if can_hide
        else translate("QuitPrompt", "End it now before closing AssistDesk?")
    )
    end = box.addButton(translate("QuitPrompt", "End session…"), QMessageBox.ButtonRole.AcceptRole)
    keep = None
    if can_hide:
        keep = box.addButton(
            translate("QuitPrompt", "Keep it running"), QMessageBox.ButtonRole.ActionRole
        )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is end:
        return QuitChoice.END
    if keep is not None and clicked is keep:
        return QuitChoice.KEEP_RUNNING
    return QuitChoice.CANCEL
