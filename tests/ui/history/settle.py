"""The history reads on pool threads; a test waits for what it asked for before looking."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.history.history_window import HistoryWindow


def settled(qtbot: QtBot, history: HistoryWindow) -> HistoryWindow:
    """`history` once every page, count, name and customer search it asked for has arrived."""
    qtbot.waitUntil(lambda: not history.busy(), timeout=10_000)
    return history
