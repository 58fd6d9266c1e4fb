"""What a technician does with the mouse and keyboard, as small steps the tests share."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLineEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.session import Outcome
from app.ui.shell.desk import Desk


def click(button: QAbstractButton) -> None:
    """A left click, refused on a disabled button just as a user's click would do nothing."""
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(widget: QWidget, text: str) -> None:
    QTest.keyClicks(widget, text)


def press(widget: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(widget, key)


def pick_customer(qtbot: QtBot, desk: Desk, typed: str, name: str) -> None:
    """Type part of a name, wait for the completion list, choose `name` from it."""
    search = desk.window.picker.search
    search.setFocus()
    type_text(search, typed)
    qtbot.waitUntil(lambda: name in desk.picker.names.stringList())
    choose_completion(qtbot, desk, name)


def choose_completion(qtbot: QtBot, desk: Desk, name: str) -> None:
    """Move to `name` in the open completion list and press Return."""
    popup = desk.picker.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    row = desk.picker.names.stringList().index(name)
    popup.setCurrentIndex(desk.picker.completer.completionModel().index(row, 0))
    press(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.picker.selected_customer() is not None)


def start_and_accept(qtbot: QtBot, desk: Desk) -> None:
    panel = desk.window.panel
    click(panel.start)
    complete_checklist(qtbot, desk)
    click(panel.accepted)


def complete_checklist(qtbot: QtBot, desk: Desk, offer: str = "", person: str = "Maria") -> None:
    """If the policy's checklist dialog is open, tick everything (the first choice where there
    are two, `person` as the responsible person), type `offer`, save."""
    dialog = desk.panel.before.dialog
    if dialog is None:
        return
    for item, widget in dialog.inputs.items():
        if isinstance(widget, QCheckBox):
            widget.setChecked(True)
        elif isinstance(widget, QLineEdit):
            widget.setText(person)
        else:
            widget.findChildren(QRadioButton)[0].setChecked(True)
        assert dialog.values[item](), item
    if offer and dialog.offer is not None:
        dialog.offer.setText(offer)
    click(dialog.save_button)
    qtbot.waitUntil(lambda: desk.panel.before.dialog is None)


def end_session(qtbot: QtBot, desk: Desk, outcome: Outcome, notes: str = "") -> None:
    """Press "End session…", choose the outcome, type notes, confirm that no access remains."""
    click(desk.window.panel.end)
    dialog = desk.panel.end_dialog
    assert dialog is not None
    dialog.outcome_buttons[outcome].click()
    if notes:
        type_text(dialog.notes, notes)
    dialog.access_closed.click()
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: desk.panel.end_dialog is None)


def seconds(text: str) -> int:
    hours, minutes, secs = (int(part) for part in text.split(":"))
    return hours * 3600 + minutes * 60 + secs


def run_until(qtbot: QtBot, desk: Desk, clock: ManualClock, shown: str) -> None:
    """Move the clock so that the running session has lasted `shown` (hh:mm:ss)."""
    current = desk.panel.current()
    assert current is not None
    clock.advance(seconds=seconds(shown) - current.duration_seconds(clock.now()))
    qtbot.waitUntil(lambda: desk.window.panel.timer.text() == shown)


def sp(hh_mm: str, day: int = 24) -> datetime:
    """A time on Tuesday 24 November 2026 (or another November day) in São Paulo (UTC−3)."""
    return datetime.fromisoformat(f"2026-11-{day:02d}T{hh_mm}:00-03:00")


def start_booking(desk: Desk, row: int = 0) -> None:
    """Select a row of the Today tab and press its Start session."""
    assert desk.today is not None
    desk.today.view.table.selectRow(row)
    click(desk.today.view.start)


def tick(box: QCheckBox | QRadioButton) -> None:
    """A left click on a check box's or radio button's box and label (a click in the empty
    part of a wide button, right of its label, does nothing, as for a user)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    assert box.isEnabled(), f"{box.text()!r} is disabled"
    option = QStyleOptionButton()
    box.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxClickRect
        if isinstance(box, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonClickRect
    )
    where = box.style().subElementRect(element, option, box).center()
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=where)
