"""Automatic start (setting detection.auto_start): the fake AnyDesk reports the acceptance, the
timer starts at AnyDesk's instant without a question, and Undo takes it back without rewriting
anything: the session is connecting again and its accepted event stays in the history, as does
AnyDesk's line, kept as evidence. Saving the setting in the settings dialog applies at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.core.session import EventKind, SessionState
from app.paths import AppPaths
from app.services.customers import CustomerService
from app.services.reconciliation import ReconciliationService
from app.services.sessions import SessionService
from app.settings import Settings
from app.storage.database import Database
from app.tools.host import Host
from app.ui.office.office_services import open_office
from app.ui.office.settings_dialog import SettingsDialog
from app.ui.session.auto_start import AUTO_START_UNDONE, UNDO_SECONDS
from app.ui.session.connect_controller import PanelTools
from app.ui.shell.desk import Desk
from tests.tools.conftest import FakeTool, fake_tools  # noqa: F401 (fixture)
from tests.tools.conftest import fake_anydesk as shared_fake_anydesk
from tests.ui.conftest import LOCALE, shown
from tests.ui.helpers import click, pick_customer

ACCEPTED = datetime(2026, 11, 24, 14, 3, 12, tzinfo=UTC)


def trace(time: str, message: str) -> str:
    return f"info 2026-11-24 {time}  front 4668 6440  app.session - {message}"


ACCEPTED_LINE = trace("14:03:12.000", "Connection established")


def fake_anydesk(
    tmp_path: Path,
    make_tool: Callable[..., FakeTool],
    monkeypatch: pytest.MonkeyPatch,
) -> Host:
    """A computer with a fake AnyDesk that reports the connection accepted at 14:03:12; no
    question may be asked."""
    lines = (trace("14:03:10.000", "Connecting to {ID}"), ACCEPTED_LINE)
    host = shared_fake_anydesk(tmp_path, make_tool, lines).host

    def question(*_args: object) -> object:
        raise AssertionError("automatic start must not ask")

    monkeypatch.setattr(QMessageBox, "question", question)
    return host


def connect_ana(qtbot: QtBot, desk: Desk, clock: ManualClock) -> None:
    """Start the picked customer's session at 14:00, press Connect at 14:05, wait for the
    automatic start."""
    click(desk.window.panel.start)
    clock.set(datetime(2026, 11, 24, 14, 5, tzinfo=UTC))
    click(desk.panel.connect_view.connect_button)
    qtbot.waitUntil(lambda: desk.panel.auto.offered, timeout=10_000)


@pytest.fixture
def auto_desk(
    qtbot: QtBot,
    tmp_path: Path,
    fake_tools: Callable[..., FakeTool],  # noqa: F811
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    ana: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> Desk:
    """A desk with automatic start on, its session for Ana started from the fake AnyDesk."""
    host = fake_anydesk(tmp_path, fake_tools, monkeypatch)
    clock.set(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))
    tools = PanelTools(host=host, auto_start=True)
    desk = shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, zone=UTC, tools=tools))
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    connect_ana(qtbot, desk, clock)
    return desk


def test_the_timer_starts_at_the_tools_instant_and_undo_takes_it_back(
    qtbot: QtBot, auto_desk: Desk, sessions: SessionService, clock: ManualClock
) -> None:
    panel, bar = auto_desk.panel, auto_desk.panel.connect_view.undo_bar
    current = panel.current()
    assert current is not None
    assert current.record.state is SessionState.ACTIVE
    assert current.timeline.accepted_at == ACCEPTED
    assert auto_desk.window.panel.timer.text() == "00:01:48"  # 14:03:12 → 14:05:00
    assert bar.isVisible()
    assert bar.message.text() == "Timer started from AnyDesk's report at 14:03:12."

    click(bar.undo)

    assert not bar.isVisible()
    current = panel.current()
    assert current is not None
    assert current.record.state is SessionState.CONNECTING
    assert current.timeline.accepted_at is None
    assert auto_desk.window.panel.timer.text() == "00:00:00"
    assert auto_desk.window.panel.accepted.isEnabled()  # the technician confirms by hand now
    stored = sessions.get(current.id).session.events
    assert [e.kind for e in stored][-2:] == [EventKind.ACCEPTED, EventKind.UNACCEPTED]
    assert stored[-2].at == ACCEPTED  # the raw instant is kept, not rewritten
    assert stored[-1].text == AUTO_START_UNDONE

    clock.set(datetime(2026, 11, 24, 14, 9, tzinfo=UTC))
    click(auto_desk.window.panel.accepted)  # the customer really accepts at 14:09
    current = panel.current()
    assert current is not None
    assert current.timeline.accepted_at == datetime(2026, 11, 24, 14, 9, tzinfo=UTC)


def test_the_undo_is_offered_for_a_minute_by_the_clock(
    qtbot: QtBot, auto_desk: Desk, clock: ManualClock
) -> None:
    bar = auto_desk.panel.connect_view.undo_bar
    clock.advance(seconds=UNDO_SECONDS - 1)
    auto_desk.panel.auto.expire()
    assert bar.isVisible()
    clock.advance(seconds=1)
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert not auto_desk.panel.auto.offered
    current = auto_desk.panel.current()
    assert current is not None
    assert current.timeline.accepted_at == ACCEPTED  # the start stands


def test_a_pause_withdraws_the_undo(qtbot: QtBot, auto_desk: Desk, clock: ManualClock) -> None:
    bar = auto_desk.panel.connect_view.undo_bar
    clock.advance(seconds=5)
    click(auto_desk.window.panel.pause)
    assert not bar.isVisible()
    current = auto_desk.panel.current()
    assert current is not None
    assert current.record.state is SessionState.PAUSED


def test_the_reported_line_is_kept_as_evidence_even_once_undone(
    auto_desk: Desk, database: Database, clock: ManualClock
) -> None:
    current = auto_desk.panel.current()
    assert current is not None
    click(auto_desk.panel.connect_view.undo_bar.undo)
    kept = ReconciliationService(database, clock).evidence(current.id)
    assert [(e.tool, e.kind, e.started_at, e.line) for e in kept] == [
        (RemoteTool.ANYDESK, "detected", ACCEPTED, ACCEPTED_LINE)
    ]  # what AnyDesk said stays true; only the timer was taken back


def test_turning_automatic_start_on_in_the_settings_applies_at_once(
    qtbot: QtBot,
    tmp_path: Path,
    fake_tools: Callable[..., FakeTool],  # noqa: F811
    database: Database,
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    app_paths: AppPaths,
    ana: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    host = fake_anydesk(tmp_path, fake_tools, monkeypatch)
    clock.set(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))
    office = open_office(database, clock, app_paths)  # the settings file: automatic start off
    tools = PanelTools(host=host)
    desk = Desk(customers, sessions, clock, locale=LOCALE, zone=UTC, office=office, tools=tools)
    shown(qtbot, desk)
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    assert not desk.panel.connector.auto_start

    desk.menus.open_settings()
    dialog = desk.menus.windows["settings"]
    assert isinstance(dialog, SettingsDialog)
    box = dialog.fields["detection.auto_start"]
    assert isinstance(box, QCheckBox)
    box.setChecked(True)
    click(dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    connect_ana(qtbot, desk, clock)  # no question: the timer started by itself
    current = desk.panel.current()
    assert current is not None
    assert current.timeline.accepted_at == ACCEPTED
    assert Settings.load(app_paths.config_dir)["detection.auto_start"] is True
