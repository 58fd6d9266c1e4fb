"""What the live watcher saw is kept with the session: a fake AnyDesk writes its trace, the
technician starts the timer from the accepted instant it reports, the end it reports opens the
end dialog, and the history (opened from the View menu, in the desk's time zone) lists both lines
under "Evidence from the tool". A report the technician declined is not kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome, SessionState
from app.paths import AppPaths
from app.services.customers import CustomerService
from app.services.reconciliation import ReconciliationService
from app.services.sessions import SessionService
from app.storage.database import Database
from app.tools.evidence import Detection, Signal
from app.ui.history.history_window import HistoryView
from app.ui.office.office_services import open_office
from app.ui.session.connect_controller import PanelTools
from app.ui.shell.desk import Desk
from tests.tools.conftest import FakeTool, fake_anydesk, fake_tools  # noqa: F401 (fixture)
from tests.ui.conftest import LOCALE, SAO_PAULO, shown
from tests.ui.helpers import click, end_session, pick_customer

CONNECTING = "info 2026-11-24 14:03:10.000  front 4668 6440  app.session - Connecting to {ID}"
ACCEPTED = "info 2026-11-24 14:03:12.000  front 4668 6440  app.session - Connection established"
CLOSED = "info 2026-11-24 14:04:30.000  front 4668 6440  app.session - Session closed"


def as_html(line: str) -> str:
    """A line as the details pane shows it (HTML runs of spaces read as one)."""
    return " ".join(line.split())


def answer(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def launched(
    qtbot: QtBot,
    tmp_path: Path,
    fake_tools: Callable[..., FakeTool],  # noqa: F811
    database: Database,
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    app_paths: AppPaths,
    ana: CustomerRecord,
) -> tuple[Desk, Path]:
    """A desk in São Paulo time with office services, whose session for Ana was launched with a
    fake AnyDesk that reports the connection accepted at 14:03:12 UTC and closed at 14:04:30."""
    fake = fake_anydesk(tmp_path, fake_tools, (CONNECTING, ACCEPTED, CLOSED))
    host, trace = fake.host, fake.trace
    clock.set(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))
    office = open_office(database, clock, app_paths)
    desk = Desk(
        customers, sessions, clock, locale=LOCALE, zone=SAO_PAULO, office=office,
        tools=PanelTools(host=host),
    )  # fmt: skip
    shown(qtbot, desk)
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    click(desk.window.panel.start)
    clock.set(datetime(2026, 11, 24, 14, 5, tzinfo=UTC))
    click(desk.panel.connect_view.connect_button)
    return desk, trace


def test_the_accepted_and_ended_lines_are_kept_and_shown_in_the_history(
    qtbot: QtBot, launched: tuple[Desk, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    desk, trace = launched
    qtbot.waitUntil(lambda: desk.panel.end_dialog is not None, timeout=10_000)
    assert len(asked) == 1
    end_session(qtbot, desk, Outcome.RESOLVED)

    desk.menus.open_history()
    view = desk.menus.windows["history"]
    assert isinstance(view, HistoryView)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.table.model().rowCount() == 1)  # read on a pool thread
    view.table.selectRow(0)
    text = view.details.toPlainText()
    # São Paulo is UTC−3: the history reads in the desk's zone, like the rest of the desk
    assert "2026-11-24 11:03:12 — Connection accepted" in text
    assert f"2026-11-24 11:03 – —: AnyDesk seen live, {trace}\n{as_html(ACCEPTED)}" in text
    assert f"— – 2026-11-24 11:04: AnyDesk seen live, {trace}\n{as_html(CLOSED)}" in text


def test_a_declined_acceptance_keeps_nothing(
    qtbot: QtBot,
    launched: tuple[Desk, Path],
    monkeypatch: pytest.MonkeyPatch,
    database: Database,
    clock: ManualClock,
) -> None:
    answer(monkeypatch, QMessageBox.StandardButton.No)
    desk, _trace = launched
    status = desk.panel.connect_view.status
    qtbot.waitUntil(lambda: "ended" in status.text(), timeout=10_000)
    current = desk.panel.current()
    assert current is not None
    assert current.record.state is SessionState.CONNECTING  # nor the end: the timer never ran
    assert ReconciliationService(database, clock).evidence(current.id) == []


def test_the_same_line_reported_twice_is_kept_once(
    database: Database, sessions: SessionService, clock: ManualClock, ana: CustomerRecord
) -> None:
    """A watcher re-reading a rotated or truncated file may report a line again."""
    session = sessions.open(ana.id)
    at = datetime(2026, 11, 24, 14, 3, 12, tzinfo=UTC)
    seen = Detection(Signal.ACCEPTED, at, "123456789", ACCEPTED, "/home/ana/.anydesk/ad.trace")
    service = ReconciliationService(database, clock)
    first = service.keep_detection(session.id, RemoteTool.ANYDESK, seen)
    again = service.keep_detection(session.id, RemoteTool.ANYDESK, seen)
    assert again.id == first.id
    assert [e.line for e in service.evidence(session.id)] == [ACCEPTED]
