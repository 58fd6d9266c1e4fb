"""Connect from the desk: a fake AnyDesk on PATH takes the ID on its argv and the one-time
password on stdin, writes its trace, and the desk offers the accepted instant it reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.records import CustomerRecord
from app.core.session import Outcome, SessionState
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.tools.host import Host, HostOS
from app.ui.connect_controller import PanelTools
from app.ui.desk import Desk
from tests.tools.conftest import FakeTool, fake_tools  # noqa: F401 (fixture)
from tests.ui.conftest import LOCALE, shown
from tests.ui.helpers import click, end_session, pick_customer, type_text

SECRET = "k7#Qx-91"


def trace(time: str, message: str) -> str:
    return f"info 2026-11-24 {time}  front 4668 6440  app.session - {message}"


def test_connect_launches_anydesk_and_offers_the_accepted_instant(
    qtbot: QtBot,
    tmp_path: Path,
    fake_tools: Callable[..., FakeTool],  # noqa: F811
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    ana: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = tmp_path / "home"
    (home / ".anydesk").mkdir(parents=True)
    log = home / ".anydesk" / "anydesk.trace"
    log.write_text("", encoding="utf-8")
    anydesk = fake_tools(
        "anydesk",
        version_output="6.3.0",
        log=log,
        lines=(trace("14:03:10.000", "Connecting to {ID}"),
               trace("14:03:12.000", "Connection established")),
    )  # fmt: skip
    host = Host(HostOS.LINUX, {"PATH": str(tmp_path / "bin"), "HOME": str(home)})
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    clock.set(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))
    desk = shown(
        qtbot,
        Desk(customers, sessions, clock, locale=LOCALE, zone=UTC, tools=PanelTools(host=host)),
    )
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    click(desk.window.panel.start)
    connect = desk.panel.connect_view
    assert connect.tool.currentText() == "AnyDesk"
    assert connect.remote_id.text() == "123 456 789"
    type_text(connect.password, SECRET)
    clock.set(datetime(2026, 11, 24, 14, 5, tzinfo=UTC))
    click(connect.connect_button)
    assert connect.password.text() == ""  # held in memory, not in the field

    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked == [
        "AnyDesk reports the connection was accepted at 14:03:12 — start the timer from then?"
    ]
    current = desk.panel.current()
    assert current is not None
    assert current.record.state is SessionState.ACTIVE
    assert current.timeline.accepted_at == datetime(2026, 11, 24, 14, 3, 12, tzinfo=UTC)
    calls = anydesk.wait_for_calls(2)
    assert calls[-1] == {"argv": ["123456789", "--with-password"], "stdin": f"{SECRET}\n"}
    assert all(SECRET not in arg for call in calls for arg in call["argv"])

    password = desk.panel.connector.password
    assert password is not None
    end_session(qtbot, desk, Outcome.RESOLVED)
    assert password.wiped
    assert desk.panel.connector.watcher is None
