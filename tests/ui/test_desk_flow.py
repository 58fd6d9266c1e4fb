"""One whole premium call on the desk, as the technician makes it (issue 6): the customer chosen,
the offer the customer accepted and the policy's checklist before connecting, AnyDesk launched
with its one-time password and the timer started at the instant the tool reports, notes, a
pause, the end with its outcome, closing note and price, and the priced session in the history
with every event and its time. The desk is wired as the app wires it (policy catalogue, charger,
office services) on a ManualClock, with a fake AnyDesk on PATH."""

from __future__ import annotations

import logging
import sqlite3
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.checklist import ChecklistItem
from app.core.clock import ManualClock
from app.core.parties import Customer, Equipment
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome, SessionState
from app.paths import AppPaths
from app.resources import resource
from app.services.charging import SessionCharger
from app.services.customers import CustomerService
from app.services.policies import PolicyCatalogue
from app.services.session_journal import TermsLibrary
from app.services.sessions import SessionService
from app.storage.database import Database
from app.tools.host import Host
from app.ui.history.history_window import HistoryView
from app.ui.history.session_log_model import COL_CUSTOMER, COL_DURATION, COL_OUTCOME, COL_PRICE
from app.ui.office.office_services import open_office
from app.ui.session.connect_controller import PanelTools
from app.ui.session.session_panel import TICK_MS
from app.ui.shell.desk import Desk
from tests.tools.conftest import FakeTool, fake_anydesk, fake_tools  # noqa: F401 (fixture)
from tests.ui.conftest import LOCALE, WORKSTATION, shown
from tests.ui.helpers import click, pick_customer, press, tick, type_text

POLICY = "justanswer"  # seed 000: a premium session at the price the customer accepted
CLOSING_NOTE_MIN = 30  # the office's own rule on top of the preset (see `office_policy`)
SECRET = "k7#Qx-91"  # the AnyDesk one-time password the customer reads out
OFFER_TYPED = "39.9"
NOTE = "Customer says the printer shows offline"
CLOSING_NOTE = "Spooler restarted, driver reinstalled, test page printed"
DAY = "2026-11-24"  # a Tuesday
CTRL = Qt.KeyboardModifier.ControlModifier


def utc(hh_mm_ss: str) -> datetime:
    return datetime.fromisoformat(f"{DAY}T{hh_mm_ss}+00:00")


def trace(hh_mm_ss: str, message: str) -> str:
    """A line as AnyDesk writes it to anydesk.trace (UTC)."""
    return f"info {DAY} {hh_mm_ss}.000  front 4668 6440  app.session - {message}"


def shortcut(qtbot: QtBot, window: QWidget, key: Qt.Key) -> None:
    """Ctrl+`key` pressed in `window`, wherever its keyboard focus is. The window is brought to
    the front first: the offscreen platform does not give it back when a dialog closes."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(QApplication.focusWidget() or window, key, CTRL)


def hms(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def usd(amount: Decimal) -> str:
    return f"${amount:,.2f}"


@dataclass(frozen=True)
class Charge:
    total: Decimal
    net: Decimal
    vat: Decimal


def expected_charge(offer_typed: str, outcome: Outcome) -> Charge:
    """What the JustAnswer policy file says this session costs, worked out here from its rules
    (read with tomllib, not the app's reader): an `offer` tariff charges the accepted amount,
    in cents, whatever the length; VAT is taken out of (or added to) it at `vat_percent`."""
    rules = tomllib.loads(resource("policies", f"{POLICY}.toml").read_text(encoding="utf-8"))
    assert rules["tariff"]["mode"] == "offer"
    assert rules["currency"] == "USD"
    cent = Decimal("0.01")
    amount = Decimal(offer_typed).quantize(cent, ROUND_HALF_UP)
    if outcome is Outcome.UNRESOLVED and not rules["tariff"].get("charge_unresolved", True):
        amount = Decimal("0.00")
    rate = Decimal(rules["vat_percent"]) / 100
    if rules["prices_include_vat"]:
        vat = (amount * rate / (1 + rate)).quantize(cent, ROUND_HALF_UP)
        return Charge(amount, amount - vat, vat)
    vat = (amount * rate).quantize(cent, ROUND_HALF_UP)
    return Charge(amount + vat, amount, vat)


@pytest.fixture
def office_policy(app_paths: AppPaths) -> Path:
    """The office's copy of the JustAnswer preset, which also asks for a closing note of at
    least CLOSING_NOTE_MIN characters (the preset asks for none)."""
    folder = app_paths.config_dir / "policies"
    folder.mkdir(parents=True)
    text = resource("policies", f"{POLICY}.toml").read_text(encoding="utf-8")
    path = folder / f"{POLICY}.toml"
    path.write_text(f"{text}\n[session]\nclosing_note_min_chars = {CLOSING_NOTE_MIN}\n", "utf-8")
    return path


@dataclass
class AnyDesk:
    """The fake AnyDesk on PATH, and the computer whose PATH and HOME hold it."""

    tool: FakeTool
    host: Host


@pytest.fixture
def anydesk(tmp_path: Path, fake_tools: Callable[..., FakeTool]) -> AnyDesk:  # noqa: F811
    """Records its argv and stdin; when launched, appends to its trace that it connected to the
    ID it was given and, 20 seconds later, that the customer accepted."""
    fake = fake_anydesk(
        tmp_path,
        fake_tools,
        (trace("14:02:01", "Connecting to {ID}"),
         trace("14:02:21", "Connection established")),
        already=trace("09:12:00", "Logged in from another session") + "\n",
    )  # fmt: skip
    return AnyDesk(fake.tool, fake.host)


@pytest.fixture
def call_desk(
    qtbot: QtBot,
    database: Database,
    customers: CustomerService,
    clock: ManualClock,
    app_paths: AppPaths,
    office_policy: Path,
    anydesk: AnyDesk,
) -> Desk:
    """A desk wired as app.ui.shell.opening wires it, in UTC, money in en_US."""
    clock.set(utc("14:00:00"))
    catalogue = PolicyCatalogue(app_paths)
    charger = SessionCharger(catalogue.resolve)
    office = open_office(database, clock, app_paths, charger)
    sessions = SessionService(
        database, clock, workstation=WORKSTATION, charger=charger, mail=office.mail
    )
    tools = PanelTools(terms_text=TermsLibrary(app_paths).text, host=anydesk.host)
    desk = Desk(
        customers, sessions, clock,
        catalogue=catalogue, locale=LOCALE, zone=UTC, office=office, tools=tools,
    )  # fmt: skip
    return shown(qtbot, desk)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The yes/no questions the desk asks, each answered Yes (a modal box would block)."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def stored_cells(database_file: Path) -> list[str]:
    """Every non-empty value of every row of every table, as text."""
    with sqlite3.connect(database_file) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [
            str(value)
            for table in tables
            for row in con.execute(f'SELECT * FROM "{table}"')
            for value in row
            if value is not None
        ]


def test_a_premium_call_from_offer_to_the_priced_row_in_history(
    qtbot: QtBot,
    call_desk: Desk,
    customers: CustomerService,
    clock: ManualClock,
    anydesk: AnyDesk,
    questions: list[str],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    desk, window, panel = call_desk, call_desk.window, call_desk.window.panel
    joan = customers.add_customer(
        Customer("Joan Clarke", "joan@example.com", "+44 20 7946 0000", policy_id=POLICY)
    )
    customers.add_equipment(joan.id, Equipment("Laptop", RemoteTool.ANYDESK, "987 654 321"))
    charge = expected_charge(OFFER_TYPED, Outcome.RESOLVED)

    # The customer, then a new session (Ctrl+N): the policy's checklist and offer come first.
    pick_customer(qtbot, desk, "joan", "Joan Clarke")
    shortcut(qtbot, window, Qt.Key.Key_N)
    session = desk.panel.current()
    assert session is not None
    assert session.record.policy_id == POLICY
    dialog = desk.panel.before.dialog
    assert dialog is not None
    assert dialog.offer is not None
    assert list(dialog.inputs) == [ChecklistItem.TERMS_ACCEPTED, ChecklistItem.RECORDING_CONSENT]
    assert not panel.accepted.isEnabled()

    # 14:01:30 the customer accepts the offered price, the terms and the recording.
    clock.set(utc("14:01:30"))
    dialog.offer.setFocus()
    type_text(dialog.offer, OFFER_TYPED)
    terms = dialog.inputs[ChecklistItem.TERMS_ACCEPTED]
    assert isinstance(terms, QCheckBox)
    tick(terms)
    consent = dialog.inputs[ChecklistItem.RECORDING_CONSENT].findChildren(QRadioButton)
    tick(next(radio for radio in consent if radio.text() == "yes"))
    click(dialog.save_button)
    qtbot.waitUntil(lambda: desk.panel.before.dialog is None)
    summary = desk.panel.connect_view.checklist_summary.text()
    assert summary == f"Checklist complete · offer {usd(charge.total)} accepted"
    assert panel.accepted.isEnabled()

    # 14:02:00 Connect: AnyDesk gets the ID on its command line and the password on stdin; its
    # trace says the customer accepted at 14:02:21, and the desk offers to start from then.
    connect = desk.panel.connect_view
    assert connect.tool.currentText() == "AnyDesk"
    assert connect.remote_id.text() == "987 654 321"
    clock.set(utc("14:02:00"))
    connect.password.setFocus()
    type_text(connect.password, SECRET)
    click(connect.connect_button)
    assert connect.password.text() == ""
    clock.set(utc("14:02:30"))
    qtbot.waitUntil(lambda: bool(questions), timeout=10_000)
    assert questions == [
        "AnyDesk reports the connection was accepted at 14:02:21 — start the timer from then?"
    ]
    accepted_at = utc("14:02:21")
    session = desk.panel.current()
    assert session is not None
    assert session.record.state is SessionState.ACTIVE
    assert session.timeline.accepted_at == accepted_at
    qtbot.waitUntil(lambda: panel.timer.text() == "00:00:09")
    assert panel.cost.text() == f"{usd(charge.total)} — agreed price"

    # 14:10:00 a note, typed and entered.
    clock.set(utc("14:10:00"))
    notes = desk.panel.notes_view
    notes.entry.setFocus()
    type_text(notes.entry, NOTE)
    press(notes.entry, Qt.Key.Key_Return)
    assert [notes.notes.item(r).text() for r in range(notes.notes.count())] == [f"14:10:00  {NOTE}"]

    # 14:15:00 pause (Ctrl+P); the timer stands still for 7 minutes; 14:22:00 resume.
    clock.set(utc("14:15:00"))
    shortcut(qtbot, window, Qt.Key.Key_P)
    paused_for = hms((utc("14:15:00") - accepted_at).total_seconds())
    qtbot.waitUntil(lambda: panel.timer.text() == paused_for)
    assert panel.pause.text() == "Resume"
    clock.set(utc("14:22:00"))
    qtbot.wait(3 * TICK_MS)
    assert panel.timer.text() == paused_for
    shortcut(qtbot, window, Qt.Key.Key_P)
    session = desk.panel.current()
    assert session is not None
    assert session.record.state is SessionState.ACTIVE

    # 14:40:00 end (Ctrl+E): resolved, a closing note as long as the policy asks, access closed.
    ended_at = utc("14:40:00")
    duration = ended_at - accepted_at - timedelta(minutes=7)
    clock.set(ended_at)
    qtbot.waitUntil(lambda: panel.timer.text() == hms(duration.total_seconds()))
    shortcut(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: desk.panel.end_dialog is not None)
    end = desk.panel.end_dialog
    assert end is not None
    tick(end.outcome_buttons[Outcome.RESOLVED])
    price = f"Will be charged {usd(charge.total)} (net {usd(charge.net)}, VAT {usd(charge.vat)})"
    assert end.price.text() == price  # the priced result, before anything is saved
    tick(end.access_closed)
    end.notes.setFocus()
    type_text(end.notes, CLOSING_NOTE[: CLOSING_NOTE_MIN - 1])
    assert not end.ok_button.isEnabled()  # one character short of the policy's minimum
    assert end.note_rule.text() == (
        f"The policy asks for at least {CLOSING_NOTE_MIN} characters "
        f"({CLOSING_NOTE_MIN - 1} so far)."
    )
    type_text(end.notes, CLOSING_NOTE[CLOSING_NOTE_MIN - 1 :])
    click(end.ok_button)
    qtbot.waitUntil(lambda: desk.panel.end_dialog is None)
    assert desk.panel.current() is None
    assert panel.cost.text() == f"{usd(charge.total)} charged"
    assert desk.panel.connector.password is None  # wiped and forgotten with the session

    # The history (Ctrl+H): the session's row, and its events in order with their times.
    shortcut(qtbot, window, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: "history" in desk.menus.windows)
    history = desk.menus.windows["history"]
    assert isinstance(history, HistoryView)
    qtbot.waitUntil(history.isVisible)
    table, model = history.table, history.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1)  # the page is read on a pool thread
    row = [model.index(0, col).data() for col in (COL_CUSTOMER, COL_OUTCOME, COL_DURATION)]
    assert row == ["Joan Clarke", "Resolved", hms(duration.total_seconds())]
    assert model.index(0, COL_PRICE).data() == usd(charge.total)
    cell = table.visualRect(model.index(0, COL_CUSTOMER)).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: "Joan Clarke" in history.details.toPlainText())

    text = history.details.toPlainText()

    def local(at: datetime) -> str:  # the history shows times in the desk's zone
        return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")

    events = [line for line in text.splitlines() if " — " in line and line[:4] == DAY[:4]]
    assert events == [
        f"{local(utc('14:00:00'))} — Opened",
        f"{local(utc('14:01:30'))} — Offer accepted: {usd(charge.total)}",
        f"{local(utc('14:01:30'))} — Checked: terms_accepted=justanswer-premium",
        f"{local(utc('14:01:30'))} — Checked: recording_consent=yes",
        f"{local(accepted_at)} — Connection accepted",
        f"{local(utc('14:10:00'))} — Note: {NOTE}",
        f"{local(utc('14:15:00'))} — Paused",
        f"{local(utc('14:22:00'))} — Resumed",
        f"{local(ended_at)} — Ended: Resolved: {CLOSING_NOTE}",
        f"{local(ended_at)} — Access closed: yes",
    ]
    assert f"Duration\n{hms(duration.total_seconds())}" in text
    assert f"Net\n{usd(charge.net)}\nVAT\n{usd(charge.vat)}\nTotal\n{usd(charge.total)}" in text

    # The one-time password reached AnyDesk on stdin only: no argv, no stored row, no log.
    calls = anydesk.tool.calls()
    assert calls[-1] == {"argv": ["987654321", "--with-password"], "stdin": f"{SECRET}\n"}
    assert not [call["argv"] for call in calls if any(SECRET in arg for arg in call["argv"])]
    cells = stored_cells(tmp_path / "assistdesk.sqlite3")
    assert any(CLOSING_NOTE in cell for cell in cells)  # the search does read the stored rows
    assert not [cell for cell in cells if SECRET in cell]
    assert SECRET not in caplog.text
