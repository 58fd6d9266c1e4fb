"""The session history: filters by customer, dates, outcome and tool; a session told in full
(events with times, the tool's evidence, the price lines, notes); a corrected time beside the
original."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.core.session import CorrectedField, Outcome
from app.services.customers import CustomerService
from app.services.reconciliation import ReconciliationService
from app.services.session_history import SessionHistory
from app.services.sessions import SessionService
from app.storage.database import Database
from app.storage.models import CustomerRow
from app.tools.evidence import Detection, Signal
from app.ui.display import keep_to_accepted_days
from app.ui.history.history_window import NO_SELECTION, HistoryWindow, history_filter
from app.ui.history.session_log_model import COL_CUSTOMER, COL_ENDED, COL_OUTCOME
from tests.services.invoicing_fixtures import Office
from tests.ui.conftest import LOCALE
from tests.ui.helpers import click, press, type_text
from tests.ui.history.settle import settled

LISBON = ZoneInfo("Europe/Lisbon")  # UTC+0 in November: local times read as UTC


def at(day: int, hh_mm: str) -> datetime:
    return datetime.fromisoformat(f"2026-11-{day:02d}T{hh_mm}:00+00:00")


@pytest.fixture
def recorded(
    priced_sessions: SessionService,
    customers: CustomerService,
    ana: CustomerRecord,
    database: Database,
    clock: ManualClock,
) -> dict[str, int]:
    """Ana: a priced AnyDesk session on the 20th (with the watcher's evidence) and an unresolved
    one on the 23rd; Bruno: a TeamViewer session on the 21st."""
    bruno = customers.add_customer(Customer("Bruno Costa", "bruno@example.com", "+351 91"))
    s = priced_sessions
    first = s.record_past(
        ana.id, at(20, "10:00"), at(20, "10:25"), notes="Printer fixed",
        tool=RemoteTool.ANYDESK, remote_id="123 456 789", policy_id="page-computers",
    )  # fmt: skip
    second = s.record_past(
        ana.id, at(23, "15:00"), at(23, "15:10"), Outcome.UNRESOLVED, tool=RemoteTool.ANYDESK
    )
    third = s.record_past(bruno.id, at(21, "09:00"), at(21, "09:30"), tool=RemoteTool.TEAMVIEWER)
    detection = Detection(
        Signal.ACCEPTED, at(20, "10:00") + timedelta(seconds=20), "123456789",
        "2026-11-20 10:00:20 incoming session accepted", "ad.trace",
    )  # fmt: skip
    ReconciliationService(database, clock).keep_detection(first.id, RemoteTool.ANYDESK, detection)
    return {"first": first.id, "second": second.id, "third": third.id, "bruno": bruno.id}


@pytest.fixture
def history(
    qtbot: QtBot,
    priced_sessions: SessionService,
    customers: CustomerService,
    database: Database,
    clock: ManualClock,
    recorded: dict[str, int],
) -> HistoryWindow:
    made = HistoryWindow(
        priced_sessions, customers, SessionHistory(database), clock, LOCALE, zone=LISBON
    )
    qtbot.addWidget(made.view)
    made.view.show()
    qtbot.waitExposed(made.view)
    return settled(qtbot, made)


def column(window: HistoryWindow, col: int) -> list[str]:
    model = window.model
    return [model.index(row, col).data() for row in range(model.rowCount())]


def choose_customer(qtbot: QtBot, history: HistoryWindow, typed: str, name: str) -> None:
    """Type part of a customer's name in the filter, choose `name` among those offered."""
    field, chooser = history.view.customer, history.customer_filter
    field.setFocus()
    type_text(field, typed)
    qtbot.waitUntil(lambda: name in chooser.names.stringList())
    popup = chooser.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    row = chooser.names.stringList().index(name)
    popup.setCurrentIndex(chooser.completer.completionModel().index(row, 0))
    press(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.text() == name)
    settled(qtbot, history)


def test_the_filters_narrow_the_list(qtbot: QtBot, history: HistoryWindow) -> None:
    view = history.view
    assert column(history, COL_CUSTOMER) == ["Ana Silva", "Bruno Costa", "Ana Silva"]
    assert view.count.text().split(" · ")[0] == "3 sessions"
    assert view.details.toPlainText() == NO_SELECTION

    choose_customer(qtbot, history, "ana", "Ana Silva")
    assert column(history, COL_ENDED) == ["2026-11-23 15:10", "2026-11-20 10:25"]
    view.outcome.setCurrentIndex(view.outcome.findData(Outcome.UNRESOLVED.value))
    assert column(settled(qtbot, history), COL_OUTCOME) == ["Unresolved"]
    view.outcome.setCurrentIndex(0)
    view.customer.clear()  # the field's clear button: every customer again
    view.tool.setCurrentIndex(view.tool.findData(RemoteTool.TEAMVIEWER.value))
    assert column(settled(qtbot, history), COL_CUSTOMER) == ["Bruno Costa"]
    view.tool.setCurrentIndex(0)

    view.use_since.setChecked(True)
    view.since.setDate(view.since.date().fromString("2026-11-21", "yyyy-MM-dd"))
    view.use_until.setChecked(True)
    view.until.setDate(view.until.date().fromString("2026-11-22", "yyyy-MM-dd"))
    assert column(settled(qtbot, history), COL_CUSTOMER) == ["Bruno Costa"]
    assert view.count.text().split(" · ")[0] == "1 session"

    view.use_since.setChecked(False)  # clearing the date filter shows every session again
    view.use_until.setChecked(False)
    everyone = ["Ana Silva", "Bruno Costa", "Ana Silva"]
    assert column(settled(qtbot, history), COL_CUSTOMER) == everyone
    assert view.count.text().split(" · ")[0] == "3 sessions"


def test_any_customer_can_be_found_by_typing_and_the_field_emptied_shows_all(
    qtbot: QtBot, history: HistoryWindow, customers: CustomerService, database: Database,
    priced_sessions: SessionService,
) -> None:  # fmt: skip
    """An office has more customers than a list can offer (the filter once offered the first
    1,000 by name): the last of 1,200 is found by what is typed, and filters the list."""
    with database.transaction() as orm:  # as add_customer stores them, 1,200 at once
        orm.execute(
            insert(CustomerRow),
            [
                {"name": f"Zeta Customer {n:04d}", "created_at": at(1, "09:00")}
                for n in range(1, 1201)
            ],
        )
    last = customers.find_by_name("Zeta Customer 1200")
    priced_sessions.record_past(last.id, at(22, "11:00"), at(22, "11:20"))
    history.apply_filter()
    settled(qtbot, history)
    assert history.view.count.text().split(" · ")[0] == "4 sessions"

    choose_customer(qtbot, history, "1200", "Zeta Customer 1200")
    assert column(history, COL_CUSTOMER) == ["Zeta Customer 1200"]
    assert history.view.count.text().split(" · ")[0] == "1 session"

    history.view.customer.selectAll()
    press(history.view.customer, Qt.Key.Key_Delete)
    assert column(settled(qtbot, history), COL_CUSTOMER) == [
        "Ana Silva", "Zeta Customer 1200", "Bruno Costa", "Ana Silva",
    ]  # fmt: skip
    assert history.view.count.text().split(" · ")[0] == "4 sessions"


def test_return_chooses_the_customer_whose_name_was_typed(
    qtbot: QtBot, history: HistoryWindow
) -> None:
    view = history.view
    view.customer.setFocus()
    type_text(view.customer, "bruno costa")
    press(view.customer, Qt.Key.Key_Escape)  # no list: the name is typed in full
    press(view.customer, Qt.Key.Key_Return)
    assert column(settled(qtbot, history), COL_CUSTOMER) == ["Bruno Costa"]
    assert view.customer.text() == "Bruno Costa"


def test_a_half_typed_name_left_shows_the_customer_still_filtered_by(
    qtbot: QtBot, history: HistoryWindow
) -> None:
    choose_customer(qtbot, history, "bru", "Bruno Costa")
    view = history.view
    view.customer.setFocus()
    view.customer.selectAll()
    type_text(view.customer, "An")
    settled(qtbot, history)
    press(history.customer_filter.completer.popup() or view.customer, Qt.Key.Key_Escape)
    view.outcome.setFocus()
    qtbot.waitUntil(lambda: view.customer.text() == "Bruno Costa")
    assert column(settled(qtbot, history), COL_CUSTOMER) == ["Bruno Costa"]


def test_the_day_range_is_whole_local_days() -> None:
    flt = history_filter(None, at(21, "00:00").date(), at(22, "00:00").date(), None, None, LISBON)
    assert flt.since == datetime(2026, 11, 21, tzinfo=LISBON)
    assert flt.until == datetime(2026, 11, 23, tzinfo=LISBON)


def test_a_session_is_told_in_full(history: HistoryWindow, recorded: dict[str, int]) -> None:
    view = history.view
    view.table.selectRow(2)  # Ana, the 20th
    text = view.details.toPlainText()
    assert f"Session {recorded['first']} — Ana Silva" in text
    assert "2026-11-20 10:00:00 — Connection accepted" in text
    assert "2026-11-20 10:25:00 — Ended: Resolved: Printer fixed" in text
    # Page Computers: 10 € for the first 10 minutes, then 5 € per started 5 minutes
    assert "First 10 minutes × 1\n€10.00\nFurther 5-minute block × 3\n€15.00" in text
    assert "Net\n€20.66\nVAT\n€4.34\nTotal\n€25.00" in text
    assert "2026-11-20 10:00 – —: AnyDesk seen live, ad.trace" in text
    assert "incoming session accepted" in text
    assert "Printer fixed" in text


def test_a_corrected_time_shows_beside_the_original(
    qtbot: QtBot, history: HistoryWindow, recorded: dict[str, int], priced_sessions: SessionService
) -> None:
    view = history.view
    view.table.selectRow(2)
    click(view.correct)
    dialog = history.correction
    assert dialog is not None
    assert dialog.chosen() is CorrectedField.ACCEPTED_AT
    assert not dialog.ok_button.isEnabled()  # no reason yet
    dialog.which.setCurrentIndex(dialog.which.findData(CorrectedField.ENDED_AT))
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(-5 * 60))
    type_text(dialog.reason, "Customer hung up at 10:20")
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: history.correction is None)
    settled(qtbot, history)

    assert history.selected() is not None
    text = view.details.toPlainText()
    assert "2026-11-20 10:20 (corrected; originally 2026-11-20 10:25)" in text
    assert "2026-11-20 10:25:00 — Ended" in text  # the original event stays
    assert "end time corrected to this time" in text
    assert "Customer hung up at 10:20" in text
    stored = priced_sessions.get(recorded["first"]).record
    assert stored.ended_at == at(20, "10:20")


def test_a_refused_correction_keeps_the_dialog_open(
    qtbot: QtBot, history: HistoryWindow, error_dialogs: list[str]
) -> None:
    view = history.view
    view.table.selectRow(2)
    click(view.correct)
    dialog = history.correction
    assert dialog is not None
    dialog.which.setCurrentIndex(dialog.which.findData(CorrectedField.ENDED_AT))
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(-3600))  # before it was accepted
    type_text(dialog.reason, "typo")
    click(dialog.ok_button)
    assert error_dialogs == ["The corrected end time must be after the accepted time."]
    error_dialogs.clear()
    assert history.correction is dialog
    assert dialog.isVisible()
    dialog.reject()


def test_the_days_stay_within_what_assistdesk_accepts(qtbot: QtBot, history: HistoryWindow) -> None:
    # Qt's editors would take 1752-09-14 to 9999-12-31, and the day after the last overflows
    view = history.view
    view.use_since.setChecked(True)
    view.use_until.setChecked(True)
    view.since.setDate(QDate(1752, 9, 14))
    view.until.setDate(QDate(9999, 12, 31))
    assert (view.since.date(), view.until.date()) == (QDate(2000, 1, 1), QDate(2099, 12, 31))
    assert settled(qtbot, history).view.count.text().split(" · ")[0] == "3 sessions"
    narrower = QDateTimeEdit()
    narrower.setMinimumDate(QDate(2026, 11, 24))
    keep_to_accepted_days(narrower)
    assert (narrower.minimumDate(), narrower.maximumDate()) == (
        QDate(2026, 11, 24), QDate(2099, 12, 31),
    )  # fmt: skip


def test_a_session_lists_the_invoices_and_credit_notes_it_has_been_on(
    qtbot: QtBot, history: HistoryWindow, recorded: dict[str, int], ana: CustomerRecord,
    database: Database, clock: ManualClock,
) -> None:  # fmt: skip
    office = Office(database, clock)
    number = office.desk.create(ana.id, session_ids=[recorded["first"]]).document.number
    clock.advance(hours=26)  # the next day in Lisbon
    office.credits.issue(number, "Billed to the wrong contract")
    history.apply_filter(select=recorded["first"])
    text = settled(qtbot, history).view.details.toPlainText()
    assert "Invoices and credit notes\n2026-11-24 — invoice FT 2026/0001, line 1\n" in text
    assert (
        "2026-11-25 — credit note NC 2026/0001, crediting line 1 of FT 2026/0001: the session "
        "can be invoiced again\n"
    ) in text
    history.apply_filter(select=recorded["third"])
    settled(qtbot, history)
    assert "Invoices and credit notes\nNot invoiced.\n" in history.view.details.toPlainText()


def test_the_count_says_the_time_and_money_of_what_is_listed(
    qtbot: QtBot, history: HistoryWindow, recorded: dict[str, int]
) -> None:
    # Ana's 25 minutes under Page Computers: €25.00; the other two are not priced
    assert history.view.count.text() == "3 sessions · 01:05:00 · €25.00"
    choose_customer(qtbot, history, "bru", "Bruno Costa")
    assert history.view.count.text() == "1 session · 00:30:00"
