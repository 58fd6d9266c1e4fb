"""Office → Reconcile with a tool's history…: a TeamViewer Connections.txt is compared with the log
off the UI thread; the window shows the matches, the connection AssistDesk never logged and the
length that differs; Keep stores the tool's times with the matched sessions, once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.services.customers import CustomerService
from app.services.reconciliation import ReconciliationService
from app.services.sessions import SessionService
from app.storage.database import Database
from app.ui.office.reconcile.reconcile_model import TextRows
from app.ui.office.reconcile.reconcile_window import ReconcileWindow
from app.ui.shell.desk import Desk
from tests.ui.conftest import LOCALE, SAO_PAULO, shown
from tests.ui.helpers import click

CONNECTIONS = (
    "565955529\t20-11-2026 09:00:20\t20-11-2026 09:20:20\ttech\tRemoteControl\t"
    "{6460e19e-cffe-46d9-9fa6-1803f93f15f4}\n"
    "565955529\t20-11-2026 10:01:00\t20-11-2026 10:15:00\ttech\tRemoteControl\t"
    "{b35110b2-7dc5-4bb9-8d54-ca80953f65f8}\n"
    "777888999\t20-11-2026 11:00:00\t20-11-2026 11:05:00\ttech\tFileTransfer\t"
    "{00000000-0000-0000-0000-000000000001}\n"
    "this line is not TeamViewer's\n"
)


def at(hh_mm: str) -> datetime:
    return datetime.fromisoformat(f"2026-11-20T{hh_mm}:00+00:00")


def rows(model: TextRows) -> list[tuple[str, ...]]:
    return list(model.rows)


def open_window(qtbot: QtBot, desk: Desk) -> ReconcileWindow:
    desk.menus.reconcile.action.trigger()
    window = desk.menus.reconcile.window
    assert window is not None
    qtbot.waitExposed(window.view)
    return window


def compare(qtbot: QtBot, window: ReconcileWindow) -> None:
    with qtbot.waitSignal(window.task_finished, timeout=10_000):
        click(window.view.compare)


def test_a_teamviewer_history_is_compared_and_its_times_kept(
    qtbot: QtBot,
    tmp_path: Path,
    desk: Desk,
    sessions: SessionService,
    ana: CustomerRecord,
    database: Database,
    clock: ManualClock,
) -> None:
    clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    first, second = (
        sessions.record_past(ana.id, at(start), at(end), tool=RemoteTool.TEAMVIEWER,
                             remote_id="565 955 529")
        for start, end in (("09:00", "09:20"), ("10:01", "10:11"))
    )  # fmt: skip
    history = tmp_path / "Connections.txt"
    history.write_text(CONNECTIONS, encoding="utf-8")

    window = open_window(qtbot, desk)
    view = window.view
    view.tool.setCurrentIndex(view.tool.findData("teamviewer"))
    view.file.setText(str(history))
    view.margin.setValue(60)
    compare(qtbot, window)

    assert view.summary.text() == (
        "3 connections: 2 matched, 1 not in AssistDesk's log, 1 differing by more than 60 s. "
        "Lines that could not be read and were skipped: 1 — line 4 (not a line of this file's "
        "kind)."
    )
    assert [r[0] for r in rows(window.matches)] == [str(first.id), str(second.id)]
    assert rows(window.matches)[1][4:] == ("00:14:00", "00:10:00", "+00:04:00")
    assert rows(window.unknown) == [
        ("777888999", "2026-11-20 11:00:00", "2026-11-20 11:05:00", "00:05:00")
    ]
    assert [r[0] for r in rows(window.mismatched)] == [str(second.id)]
    service = ReconciliationService(database, clock)
    assert service.evidence(first.id) == []  # comparing keeps nothing

    with qtbot.waitSignal(window.task_finished, timeout=10_000):
        click(view.keep)
    assert view.summary.text() == "Sessions given the tool's times as evidence: 2."
    kept = service.evidence(second.id)
    assert [(e.kind, e.started_at, e.source) for e in kept] == [
        ("history", at("10:01"), str(history))
    ]
    assert sessions.get(second.id).record.accepted_at == at("10:01")  # its own times unchanged
    assert not view.keep.isEnabled()

    compare(qtbot, window)
    with qtbot.waitSignal(window.task_finished, timeout=10_000):
        click(view.keep)
    assert view.summary.text() == "Nothing new to keep: these times were kept before."
    assert len(service.evidence(second.id)) == 1

    desk.menus.reconcile.action.trigger()  # asked again: the same window
    assert desk.menus.reconcile.window is window


def test_a_file_that_is_not_the_tools_history_is_one_sentence(
    qtbot: QtBot, tmp_path: Path, desk: Desk, error_dialogs: list[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("call back about the printer\n", encoding="utf-8")
    window = open_window(qtbot, desk)
    window.view.tool.setCurrentIndex(window.view.tool.findData("teamviewer"))
    window.view.file.setText(str(notes))
    compare(qtbot, window)
    assert error_dialogs == [
        f"{notes} is not a TeamViewer Connections.txt or Connections_incoming.txt; check that you "
        "chose the right file."
    ]
    error_dialogs.clear()
    assert window.matches.rows == []
    assert not window.view.keep.isEnabled()
    assert window.view.compare.isEnabled()


def test_a_zoho_export_is_read_and_shown_in_the_desks_time_zone(
    qtbot: QtBot,
    tmp_path: Path,
    customers: CustomerService,
    sessions: SessionService,
    ana: CustomerRecord,
    clock: ManualClock,
) -> None:
    """The export's times carry no offset: a desk in São Paulo (UTC−3) reads 06:00 as 09:00 UTC,
    and shows the times as they were written."""
    clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    logged = sessions.record_past(
        ana.id, at("09:00"), at("09:20"), tool=RemoteTool.ZOHO_ASSIST,
        remote_id="ana@example.com",
    )  # fmt: skip
    report = tmp_path / "zoho-report.csv"
    report.write_text(
        "Customer Email,Start Time,End Time\n"
        "ana@example.com,2026-11-20 06:00:00,2026-11-20 06:20:00\n"
        "bruno@example.com,2026-11-20 07:00:00,2026-11-20 07:05:00\n",
        encoding="utf-8",
    )
    desk = shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, zone=SAO_PAULO))

    window = open_window(qtbot, desk)
    window.view.tool.setCurrentIndex(window.view.tool.findData(RemoteTool.ZOHO_ASSIST.value))
    window.view.file.setText(str(report))
    compare(qtbot, window)

    assert [r[0] for r in rows(window.matches)] == [str(logged.id)]
    assert rows(window.unknown) == [
        ("bruno@example.com", "2026-11-20 07:00:00", "2026-11-20 07:05:00", "00:05:00")
    ]
