"""The cost under the live timer, as the technician reads it: the price so far and when the next
block starts, free minutes counting down, warnings near and at the policy's maximum, and the price
of the session once it ended."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.records import CustomerRecord
from app.core.session import Outcome
from app.services.customers import CustomerService
from app.services.paid_services import PaidServiceBook
from app.services.sessions import SessionService
from app.storage.database import Database
from app.ui.history.session_log_model import COL_PRICE
from app.ui.shell.desk import Desk
from tests.ui.conftest import MakeDesk
from tests.ui.helpers import (
    click,
    complete_checklist,
    end_session,
    pick_customer,
    run_until,
    start_and_accept,
)

TICKS = 600  # ms: more than two refreshes of the live timer


def lines(desk: Desk) -> tuple[str, str, str]:
    """The cost lines as seen: a hidden line reads as empty."""
    panel = desk.window.panel
    labels = (panel.cost, panel.cost_detail, panel.limit_warning)
    return tuple(label.text() if label.isVisible() else "" for label in labels)  # type: ignore[return-value]


@pytest.fixture
def bert(customers: CustomerService) -> CustomerRecord:
    return customers.add_customer(
        Customer("Bert Peeters", phone="+32 470 12 34 56", policy_id="page-computers")
    )


def test_page_computers_cost_grows_block_by_block_and_warns_near_and_at_the_maximum(
    qtbot: QtBot, priced_desk: Desk, clock: ManualClock, bert: CustomerRecord
) -> None:
    desk, panel = priced_desk, priced_desk.window.panel
    pick_customer(qtbot, desk, "bert", "Bert Peeters")
    click(panel.start)
    assert lines(desk) == ("", "", "")  # connecting: nothing is timed or priced yet

    complete_checklist(qtbot, desk)
    click(panel.accepted)
    assert lines(desk) == ("€10.00 — next block at 00:10:00", "", "")
    run_until(qtbot, desk, clock, "00:12:00")
    assert lines(desk) == ("€15.00 — next block at 00:15:00", "", "")
    run_until(qtbot, desk, clock, "00:15:00")
    assert panel.cost.text() == "€15.00 — next block at 00:15:00"
    run_until(qtbot, desk, clock, "00:15:01")
    assert panel.cost.text() == "€20.00 — next block at 00:20:00"

    run_until(qtbot, desk, clock, "00:24:59")
    assert not panel.limit_warning.isVisible()
    run_until(qtbot, desk, clock, "00:25:00")
    assert lines(desk)[2] == "5 min left of the 30-minute maximum"
    assert panel.limit_warning.property("level") == "near"  # amber
    run_until(qtbot, desk, clock, "00:29:30")
    assert panel.limit_warning.text() == "1 min left of the 30-minute maximum"
    run_until(qtbot, desk, clock, "00:30:00")
    assert lines(desk)[2] == "Maximum of 30 minutes reached — 00:30:00"
    assert panel.limit_warning.property("level") == "reached"  # red
    run_until(qtbot, desk, clock, "00:31:12")
    assert lines(desk) == (
        "€35.00 — next block at 00:35:00",
        "",
        "Maximum of 30 minutes reached — 00:31:12",
    )

    end_session(qtbot, desk, Outcome.RESOLVED)

    assert panel.state_line.text() == (
        "Session with Bert Peeters ended — Resolved, 00:31:12, €35.00."
    )
    assert lines(desk) == (
        "€35.00 charged",
        "Net €28.93 + VAT €6.07",
        "Longer than the policy's maximum",
    )
    assert desk.window.log.model().index(0, COL_PRICE).data() == "€35.00"


def test_money_reads_the_way_the_desks_locale_writes_it(
    qtbot: QtBot, make_priced_desk: MakeDesk, clock: ManualClock, bert: CustomerRecord
) -> None:
    desk = make_priced_desk(locale="pt_PT")
    pick_customer(qtbot, desk, "bert", "Bert Peeters")
    start_and_accept(qtbot, desk)
    run_until(qtbot, desk, clock, "00:12:00")
    assert desk.window.panel.cost.text() == "15,00\xa0€ — next block at 00:15:00"

    end_session(qtbot, desk, Outcome.RESOLVED)
    assert desk.window.panel.state_line.text().endswith("00:12:00, 15,00\xa0€.")
    assert desk.window.log.model().index(0, COL_PRICE).data() == "15,00\xa0€"


def test_cost_detail_count_down_and_nothing_is_charged_while_they_last(
    qtbot: QtBot,
    priced_desk: Desk,
    clock: ManualClock,
    customers: CustomerService,
    database: Database,
) -> None:
    clock.set(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))  # inside iPonto's hours
    ana = customers.add_customer(Customer("Ana Costa", "ana@example.pt", policy_id="iponto"))
    book = PaidServiceBook(database, clock)
    book.add(ana.id, date(2026, 2, 1), "Workshop repair", Decimal("45.00"), "Laptop")
    desk, panel = priced_desk, priced_desk.window.panel
    pick_customer(qtbot, desk, "costa", "Ana Costa")
    assert panel.start.isEnabled()
    assert desk.picker.selected_equipment() is not None  # the serviced laptop

    start_and_accept(qtbot, desk)
    assert lines(desk) == ("€0.00 — next block at 02:00:00", "Free minutes left: 120 min", "")
    run_until(qtbot, desk, clock, "00:10:00")
    assert lines(desk) == ("€0.00 — next block at 02:00:00", "Free minutes left: 110 min", "")
    run_until(qtbot, desk, clock, "01:59:30")
    assert lines(desk)[1] == "Free minutes left: 1 min"
    run_until(qtbot, desk, clock, "02:00:01")
    assert lines(desk) == ("€13.50 — next block at 03:00:00", "Free minutes left: 0 min", "")

    end_session(qtbot, desk, Outcome.RESOLVED)
    assert lines(desk)[:2] == (
        "€13.50 charged",
        "Net €10.98 + VAT €2.52 · free time used 02:00:00",
    )


def test_a_customer_without_a_policy_is_timed_but_not_priced(
    qtbot: QtBot, priced_desk: Desk, clock: ManualClock, ana: CustomerRecord
) -> None:
    desk = priced_desk
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    start_and_accept(qtbot, desk)
    assert lines(desk) == ("No policy: not priced", "", "")
    run_until(qtbot, desk, clock, "00:45:00")
    assert lines(desk) == ("No policy: not priced", "", "")

    end_session(qtbot, desk, Outcome.RESOLVED)
    assert desk.window.panel.state_line.text() == (
        "Session with Ana Silva ended — Resolved, 00:45:00, not priced."
    )
    assert lines(desk) == ("", "", "")
    assert desk.window.log.model().index(0, COL_PRICE).data() == "—"


def test_an_offer_policy_says_the_price_is_agreed_per_session(
    qtbot: QtBot, priced_desk: Desk, clock: ManualClock, customers: CustomerService
) -> None:
    customers.add_customer(Customer("Dana Expert", "dana@example.com", policy_id="justanswer"))
    pick_customer(qtbot, priced_desk, "dana", "Dana Expert")
    start_and_accept(qtbot, priced_desk)
    run_until(qtbot, priced_desk, clock, "00:20:00")
    assert lines(priced_desk) == ("Price agreed per session", "", "")


def test_pricing_is_read_once_per_session_and_lines_are_only_redrawn_when_they_change(
    qtbot: QtBot,
    priced_desk: Desk,
    clock: ManualClock,
    priced_sessions: SessionService,
    bert: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[int] = []
    live_pricing = priced_sessions.live_pricing

    def counted(session_id: int) -> object:
        reads.append(session_id)
        return live_pricing(session_id)

    monkeypatch.setattr(priced_sessions, "live_pricing", counted)
    cost = priced_desk.window.panel.cost
    drawn: list[str] = []
    set_text = cost.setText

    def recording_set_text(text: str) -> None:
        drawn.append(text)
        set_text(text)

    cost.setText = recording_set_text  # type: ignore[method-assign]
    pick_customer(qtbot, priced_desk, "bert", "Bert Peeters")
    start_and_accept(qtbot, priced_desk)
    panel = priced_desk.window.panel
    click(panel.pause)
    click(panel.pause)
    run_until(qtbot, priced_desk, clock, "00:09:59")  # ticks, seconds go by, the price stays
    qtbot.wait(TICKS)
    assert drawn == ["€10.00 — next block at 00:10:00"]
    run_until(qtbot, priced_desk, clock, "00:10:01")
    assert drawn[1:] == ["€15.00 — next block at 00:15:00"]
    assert len(reads) == 1


def test_a_session_resumed_after_a_crash_shows_its_cost_so_far(
    qtbot: QtBot,
    make_priced_desk: MakeDesk,
    clock: ManualClock,
    priced_sessions: SessionService,
    bert: CustomerRecord,
) -> None:
    left_open = priced_sessions.open(bert.id)
    priced_sessions.accept(left_open.id)
    clock.advance(minutes=17)
    desk = make_priced_desk()

    desk.offer_recovery()
    dialog = desk.recovery.dialog
    assert dialog is not None
    click(dialog.resume_button)

    qtbot.waitUntil(lambda: desk.window.panel.timer.text() == "00:17:00")
    assert lines(desk) == ("€20.00 — next block at 00:20:00", "", "")
    assert desk.window.log.model().rowCount(QModelIndex()) == 1
