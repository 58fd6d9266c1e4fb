"""The Qt binding must survive a long day: PySide6 6.12.0 on Python 3.11 loses one reference to
None on every call of a method that returns nothing, and the process aborts after some tens of
thousands of calls — a few hours of a running timer. The pinned version must not."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(5000):
        label.setText(str(n % 2))
        label.setEnabled(bool(n % 2))
    assert before - sys.getrefcount(None) < 100  # 10,000 calls; a leaking binding loses 10,000
