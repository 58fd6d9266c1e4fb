"""The compact timer and the tray follow the `display.*` settings: from the settings file when the
desk opens, again as soon as the settings dialog saves (no restart), and the View menu's tick is
written back to the file as the setting it is."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import pytest
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.records import CustomerRecord
from app.core.session import SessionState
from app.paths import AppPaths
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.settings import Settings
from app.storage.database import Database
from app.ui.office.office_services import open_office
from app.ui.office.settings_dialog import SettingsDialog
from app.ui.shell import desk as desk_module
from app.ui.shell.desk import Desk
from app.ui.timer.tray import TrayStatus
from app.ui.today.reminders import Reminder
from tests.ui.conftest import LOCALE, shown
from tests.ui.helpers import click, pick_customer, start_and_accept

MakeOfficeDesk = Callable[..., Desk]


@pytest.fixture
def make_office_desk(
    qtbot: QtBot,
    database: Database,
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    app_paths: AppPaths,
) -> MakeOfficeDesk:
    """`make_office_desk(compact_timer=True)`: a desk with office services, whose settings file
    says so."""

    def make(**values: bool) -> Desk:
        settings = Settings()
        for key, value in values.items():
            settings = settings.with_value(f"display.{key}", value)
        settings.save(app_paths.config_dir)
        office = open_office(database, clock, app_paths)
        return shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, office=office))

    return make


def save_settings(qtbot: QtBot, desk: Desk, **ticks: bool) -> None:
    """Office ▸ Settings…, tick or untick display.*, Save."""
    desk.menus.open_settings()
    dialog = desk.menus.windows["settings"]
    assert isinstance(dialog, SettingsDialog)
    for key, value in ticks.items():
        box = dialog.fields[f"display.{key}"]
        assert isinstance(box, QCheckBox)
        box.setChecked(value)
    click(dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_setting_shows_it_and_saving_settings_applies_at_once(
    qtbot: QtBot, make_office_desk: MakeOfficeDesk, ana: CustomerRecord
) -> None:
    desk = make_office_desk(compact_timer=True)
    assert desk.window.compact_timer_action.isChecked()
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    start_and_accept(qtbot, desk)
    view = desk.compact.view
    assert view is not None
    qtbot.addWidget(view)
    assert view.isVisible()

    save_settings(qtbot, desk, compact_timer=False)
    assert not view.isVisible()
    assert not desk.window.compact_timer_action.isChecked()
    save_settings(qtbot, desk, compact_timer=True)
    assert view.isVisible()
    current = desk.panel.current()
    assert current is not None
    assert current.record.state is SessionState.ACTIVE  # only the window came and went


def test_the_view_menu_tick_is_remembered_in_the_settings(
    make_office_desk: MakeOfficeDesk, app_paths: AppPaths
) -> None:
    desk = make_office_desk()
    desk.window.compact_timer_action.trigger()
    assert Settings.load(app_paths.config_dir)["display.compact_timer"] is True
    desk.window.compact_timer_action.trigger()
    assert Settings.load(app_paths.config_dir)["display.compact_timer"] is False


def test_turning_the_tray_off_in_settings_removes_it_at_once(
    qtbot: QtBot, make_office_desk: MakeOfficeDesk, ana: CustomerRecord
) -> None:
    desk = make_office_desk(tray=False)
    assert desk.tray_status is None
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    click(desk.window.panel.start)
    save_settings(qtbot, desk, tray=True)
    status = desk.tray_status
    assert status is not None
    assert status.tooltip == "AssistDesk\nAna Silva — 00:00:00, connecting"  # current at once
    save_settings(qtbot, desk, tray=False)
    assert desk.tray_status is None


class FakeIcon:
    """Stands in for TrayIcon where the test platform has no tray."""

    built: ClassVar[list[FakeIcon]] = []

    def __init__(self, status: TrayStatus, _parent: object) -> None:
        self.status, self.closed = status, False
        self.reminders: list[object] = []
        FakeIcon.built.append(self)

    @staticmethod
    def available() -> bool:
        return True

    def show(self, reminder: object) -> None:
        self.reminders.append(reminder)

    def close(self) -> None:
        self.closed = True


def test_where_there_is_a_tray_the_icon_comes_and_goes_with_the_setting(
    qtbot: QtBot, make_office_desk: MakeOfficeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desk_module, "TrayIcon", FakeIcon)
    FakeIcon.built = []
    desk = make_office_desk()
    (icon,) = FakeIcon.built
    assert desk.tray is icon  # type: ignore[comparison-overlap]
    assert icon.status is desk.tray_status
    save_settings(qtbot, desk, tray=False)
    assert icon.closed
    assert desk.tray is None


def test_appointment_reminders_go_to_the_tray_icon(
    make_today_desk: Callable[[], Desk], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desk_module, "TrayIcon", FakeIcon)
    FakeIcon.built = []
    desk = make_today_desk()
    assert desk.today is not None
    reminder = Reminder(7, "Appointment at 10:00", "Ana Silva (AnyDesk): due now")
    desk.today.reminder.emit(reminder)
    (icon,) = FakeIcon.built
    assert icon.reminders == [reminder]
