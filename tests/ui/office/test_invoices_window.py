"""The office flow in the invoices window, as office staff go through it: drafts for two
customers, both issued at once, a payment in two parts, a credit note, the balance, filters, the
preview, Save as, and a refused payment."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.core.session import Outcome
from app.storage.database import Database
from app.ui.office.draft_model import COL_CUSTOMER, COL_RESULT, COL_SESSIONS, COL_TOTAL
from app.ui.office.invoices_window import InvoicesWindow
from tests.services.invoicing_fixtures import D, Office
from tests.ui.helpers import click, type_text
from tests.ui.office.conftest import MakeWindow
from tests.ui.office.helpers import invoices, issue, open_period, select, texts

NOVEMBER_END = QDate(2026, 11, 30)


@pytest.fixture
def two_customers(office: Office) -> tuple[int, int]:
    """Ana: 12 and 20 minutes (€15 + €20); Bert: 12 minutes (€15)."""
    ana, bert = office.customer("Ana Silva"), office.customer("Bert Peeters")
    office.session(ana, 17, 12)
    office.session(ana, 18, 20)
    office.session(bert, 19, 12)
    return ana, bert


def pay(window: InvoicesWindow, amount: str | None = None) -> None:
    """Record payment…, change the amount when given, confirm."""
    click(window.view.pay_button)
    dialog = window.payment_dialog
    assert dialog is not None
    if amount is not None:
        dialog.amount.setText(amount)
    click(dialog.ok_button)


def issued_both(qtbot: QtBot, window: InvoicesWindow) -> None:
    period = open_period(window, NOVEMBER_END)
    issue(qtbot, period)
    click(period.view.close_button)


def test_the_office_flow_from_drafts_to_paid_and_credited(
    qtbot: QtBot, office: Office, make_window: MakeWindow, two_customers: tuple[int, int]
) -> None:
    window = make_window()
    view = window.view
    assert invoices(window) == [
        ("Draft", "Ana Silva", "€35.00", "Draft"),
        ("Draft", "Bert Peeters", "€15.00", "Draft"),
    ]

    period = open_period(window, NOVEMBER_END)
    shown = texts(period.model, COL_CUSTOMER, COL_SESSIONS, COL_TOTAL, COL_RESULT)
    assert shown == [("Ana Silva", "2", "€35.00", ""), ("Bert Peeters", "1", "€15.00", "")]
    assert period.view.summary.text() == "2 invoices to issue: €50.00."
    assert period.view.issue_button.text() == "Issue 2 invoices"
    issue(qtbot, period)
    assert [r[1] for r in texts(period.model, COL_CUSTOMER, COL_RESULT)] == [
        "FT 2026/0001",
        "FT 2026/0002",
    ]
    assert period.view.summary.text() == "Issued 2 invoices."
    assert not period.view.issue_button.isEnabled()
    click(period.view.close_button)
    assert window.period is None

    assert invoices(window) == [
        ("FT 2026/0002", "Bert Peeters", "€15.00", "Issued"),
        ("FT 2026/0001", "Ana Silva", "€35.00", "Issued"),
    ]
    assert view.message.text() == "Issued FT 2026/0001, FT 2026/0002."

    select(window, "FT 2026/0001")
    assert "open €35.00" in view.balance.text()
    pay(window, "20")
    assert window.payment_dialog is None
    assert invoices(window)[1] == ("FT 2026/0001", "Ana Silva", "€15.00", "Partly paid")
    assert view.message.text() == "Receipt RC 2026/0001 issued for FT 2026/0001."
    assert window.pane.number == "RC 2026/0001"  # the receipt is shown, ready to print
    assert "RC 2026/0001" in view.preview.text()
    assert "paid €20.00 · <b>open €15.00</b>" in view.balance.text()

    pay(window)  # the amount starts at what is open: €15.00
    assert invoices(window)[1] == ("FT 2026/0001", "Ana Silva", "€0.00", "Paid")
    assert view.pay_button.isEnabled()  # money that still arrives is recorded, as credit
    assert not view.apply_credit_button.isEnabled()
    assert not view.refund_button.isEnabled()

    select(window, "FT 2026/0002")
    click(view.credit_button)
    credit = window.credit_dialog
    assert credit is not None
    type_text(credit.reason, "Session was a warranty repair")
    # Bert's one line, ticked: 15.00 = 12.40 net + 2.60 VAT at 21 %
    assert credit.summary.text() == (
        "Credits €15.00, of which VAT €2.60. 1 session can be invoiced again."
    )
    click(credit.ok_button)
    # The credited line's session waits to be invoiced again, as a draft.
    assert invoices(window)[:2] == [
        ("Draft", "Bert Peeters", "€15.00", "Draft"),
        ("FT 2026/0002", "Bert Peeters", "€0.00", "Credited"),
    ]
    assert view.message.text() == (
        "Credit note NC 2026/0001 issued for FT 2026/0002; 1 session waits to be invoiced again."
    )
    assert view.balance.text() == (
        "<b>Bert Peeters</b><br>Invoiced €15.00 · credited €15.00 · paid €0.00 · <b>open €0.00</b>"
    )
    assert not view.credit_button.isEnabled()
    assert [view.document.itemText(i) for i in range(view.document.count())] == [
        "FT 2026/0002 (invoice)",
        "NC 2026/0001 (credit note)",
    ]

    select(window, "FT 2026/0001")
    assert view.balance.text() == (
        "<b>Ana Silva</b><br>Invoiced €35.00 · credited €0.00 · paid €35.00 · <b>open €0.00</b>"
    )


@pytest.mark.parametrize(
    ("status", "numbers"),
    [
        ("All statuses", ["Draft", "FT 2026/0004", "FT 2026/0003", "FT 2026/0002", "FT 2026/0001"]),
        ("Draft", ["Draft"]),
        ("Issued", ["FT 2026/0003"]),
        ("Partly paid", ["FT 2026/0001"]),
        ("Paid", []),
        ("Credited", ["FT 2026/0002"]),
        ("Settled", ["FT 2026/0004"]),
        ("Overdue", []),
    ],
)
def test_the_status_filter_shows_only_what_it_names(
    qtbot: QtBot, office: Office, make_window: MakeWindow, two_customers: tuple[int, int],
    status: str, numbers: list[str],
) -> None:  # fmt: skip
    ana, bert = two_customers
    office.desk.create(ana)
    office.desk.create(bert)
    cleo = office.customer("Cleo")
    office.session(cleo, 20, 12)
    office.desk.create(cleo)
    office.session(cleo, 21, 12)  # a draft
    dirk = office.customer("Dirk")
    office.session(dirk, 20, 30, Outcome.UNRESOLVED)  # nothing charged: an invoice of 0.00
    office.desk.create(dirk)
    office.ledger.pay("FT 2026/0001", D("5"), date(2026, 11, 24), "transfer")
    # All of Bert's 15.00 as an amount: credited, and his session is not given back.
    office.credits.issue("FT 2026/0002", "Warranty", amount=D("15"))
    window = make_window()
    window.view.status.setCurrentText(status)
    assert [row[0] for row in invoices(window)] == numbers


def test_the_customer_and_period_filters(
    qtbot: QtBot, office: Office, make_window: MakeWindow, two_customers: tuple[int, int]
) -> None:
    ana, _bert = two_customers
    office.desk.create(ana)
    window = make_window()
    type_text(window.view.customer, "bert")
    assert invoices(window) == [("Draft", "Bert Peeters", "€15.00", "Draft")]
    window.view.customer.clear()
    window.view.period.setCurrentText("Last month")
    assert invoices(window) == []
    window.view.period.setCurrentText("This month")
    assert [row[0] for row in invoices(window)] == ["Draft", "FT 2026/0001"]


def test_the_preview_shows_the_selected_document(
    qtbot: QtBot, office: Office, make_window: MakeWindow, two_customers: tuple[int, int]
) -> None:
    window = make_window()
    view = window.view
    view.table.selectRow(0)  # Ana's draft
    assert view.document.currentText() == "Draft (not issued)"
    assert view.pages.text() == "1 page"
    assert "DRAFT" in view.preview.text()
    assert "Ana Silva" in view.preview.text()
    assert not view.print_button.isEnabled()
    assert not view.save_button.isEnabled()
    assert not view.pay_button.isEnabled()

    issued_both(qtbot, window)
    select(window, "FT 2026/0002")
    text = view.preview.text()
    assert "FT 2026/0002" in text
    assert "Bert Peeters" in text
    assert "€15.00" in text
    assert view.preview.page_count() == 1
    assert view.print_button.isEnabled()


def test_save_as_writes_the_issued_bytes(
    qtbot: QtBot,
    office: Office,
    make_window: MakeWindow,
    two_customers: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = make_window()
    issued_both(qtbot, window)
    select(window, "FT 2026/0001")
    offered: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(tmp_path / "ana-november"), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    click(window.view.save_button)
    assert Path(offered[0]).name == "FT-2026-0001.pdf"
    written = tmp_path / "ana-november.pdf"
    assert written.read_bytes() == office.desk.pdf("FT 2026/0001")
    assert window.view.message.text() == f"FT 2026/0001 saved as {written}."
    assert window.pane.folder == tmp_path


def test_save_as_never_writes_through_a_link_at_the_name(
    qtbot: QtBot,
    office: Office,
    make_window: MakeWindow,
    two_customers: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    error_dialogs: list[str],
) -> None:
    """A link planted in a shared folder under the name chosen: said in the error dialog, and
    the file it names is left as it was."""
    window = make_window()
    issued_both(qtbot, window)
    select(window, "FT 2026/0001")
    victim = tmp_path / "victim.pdf"
    victim.write_bytes(b"someone's own file")
    (tmp_path / "shared.pdf").symlink_to(victim)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "shared.pdf"), "")
    )
    click(window.view.save_button)
    assert len(error_dialogs) == 1
    assert "shared.pdf is a symbolic link, and AssistDesk writes an export" in error_dialogs[0]
    error_dialogs.clear()
    assert victim.read_bytes() == b"someone's own file"
    assert (tmp_path / "shared.pdf").is_symlink()


def test_save_as_never_replaces_the_database(
    qtbot: QtBot,
    office: Office,
    database: Database,
    two_customers: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    error_dialogs: list[str],
) -> None:
    from app.paths import AppPaths
    from app.services.own_files import OwnFiles
    from tests.ui.conftest import LOCALE

    own = OwnFiles.of(AppPaths.under(tmp_path / "state"), database.url)
    window = InvoicesWindow(
        office.desk,
        office.ledger,
        office.credits,
        office.customers,
        office.clock,
        LOCALE,
        own_files=own,
    )
    qtbot.addWidget(window.view)
    issued_both(qtbot, window)
    select(window, "FT 2026/0001")
    db_file = own.database
    assert db_file is not None
    kept = db_file.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(db_file), ""))
    click(window.view.save_button)
    assert error_dialogs == [
        f"{db_file} is AssistDesk's database or a file kept beside it ({db_file}); write the "
        "export somewhere else."
    ]
    error_dialogs.clear()
    assert db_file.read_bytes() == kept


def test_a_refused_payment_says_why_and_changes_nothing(
    qtbot: QtBot,
    office: Office,
    make_window: MakeWindow,
    two_customers: tuple[int, int],
    error_dialogs: list[str],
) -> None:
    window = make_window()
    issued_both(qtbot, window)
    select(window, "FT 2026/0001")
    pay(window, "0")
    assert error_dialogs == ["A payment must be more than zero, at least 0.01 EUR."]
    error_dialogs.clear()
    dialog = window.payment_dialog
    assert dialog is not None
    assert dialog.isVisible()  # still open, to correct the amount
    assert dialog.amount.text() == "0"
    dialog.reject()
    assert invoices(window)[1] == ("FT 2026/0001", "Ana Silva", "€35.00", "Issued")
    assert len(office.ledger.documents_of("FT 2026/0001")) == 1  # no receipt
    assert window.view.message.text() == "Issued FT 2026/0001, FT 2026/0002."

    pay(window, "twenty")
    assert error_dialogs == ["'twenty' is not an amount; write it like 12.50."]
    error_dialogs.clear()
