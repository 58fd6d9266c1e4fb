"""The credit note dialog as the office uses it: every line with something left is ticked; what the
note would credit and how many sessions it gives back change with the ticks and the amount; a
refusal is one sentence under the lines (OK disabled) or, for a missing reason, the error dialog;
an issued note's sessions come back as a draft. Lines already credited cannot be ticked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.ui.office.credit_dialog import COL_LEFT, COL_LINE, COL_WORTH, CreditDialog
from app.ui.office.invoices_window import InvoicesWindow
from tests.services.invoicing_fixtures import D, Office
from tests.ui.helpers import click, type_text
from tests.ui.office.conftest import MakeWindow
from tests.ui.office.helpers import invoices, select


def tick(dialog: CreditDialog, row: int, on: bool) -> None:
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    item = dialog.lines.item(row, COL_LINE)
    assert item is not None
    item.setCheckState(state)


def retype(dialog: CreditDialog, text: str) -> None:
    dialog.amount.clear()
    type_text(dialog.amount, text)


def shown(dialog: CreditDialog, column: int) -> list[str]:
    items = [dialog.lines.item(row, column) for row in range(dialog.lines.rowCount())]
    return [item.text() if item is not None else "" for item in items]


def open_credit(window_maker: MakeWindow, number: str) -> tuple[CreditDialog, InvoicesWindow]:
    window = window_maker()
    select(window, number)
    click(window.view.credit_button)
    dialog = window.credit_dialog
    assert dialog is not None
    return dialog, window


def test_ticks_and_an_amount_say_what_the_note_credits(
    qtbot: QtBot,
    office: Office,
    make_window: MakeWindow,
    error_dialogs: list[str],
    questions: list[str],
) -> None:
    ana = office.customer("Ana Silva")
    office.session(ana, 17, 12)
    office.session(ana, 18, 17)
    number = office.desk.create(ana).document.number
    dialog, window = open_credit(make_window, number)
    assert shown(dialog, COL_WORTH) == ["€15.00", "€20.00"]
    # Both lines: 35.00 = 28.93 net + 6.07 VAT at 21 %
    assert dialog.summary.text() == (
        "Credits €35.00, of which VAT €6.07. 2 sessions can be invoiced again."
    )
    tick(dialog, 0, False)
    # Line 2 alone: 20.00 = 16.53 + 3.47
    assert dialog.summary.text() == (
        "Credits €20.00, of which VAT €3.47. 1 session can be invoiced again."
    )
    retype(dialog, "10")
    # 10.00 of line 2: VAT 10.00 x 3.47 / 20.00 = 1.735 -> 1.74
    assert dialog.summary.text() == (
        "Credits €10.00, of which VAT €1.74. No session is given back to invoice again."
    )
    assert dialog.ok_button.isEnabled()
    retype(dialog, "25")
    assert dialog.summary.text() == f"A credit note on {number} can be up to 20.00 EUR."
    assert not dialog.ok_button.isEnabled()
    retype(dialog, "ten")
    assert dialog.summary.text() == "'ten' is not an amount; write it like 12.50."
    dialog.amount.clear()
    tick(dialog, 1, False)
    assert dialog.summary.text() == f"Choose the lines of {number} to credit."
    assert not dialog.ok_button.isEnabled()

    tick(dialog, 1, True)
    click(dialog.ok_button)  # no reason yet: refused, the dialog stays open
    assert error_dialogs == ["A credit note needs a reason, printed on it."]
    assert questions == []  # refused before anything was asked
    error_dialogs.clear()
    assert dialog.isVisible()
    type_text(dialog.reason, "The follow-up was free")
    click(dialog.ok_button)
    assert questions == [
        f"Issue a credit note of €20.00 against {number}? 1 session can be invoiced again."
        "\n\nA credit note is numbered and final: it cannot be changed or withdrawn."
    ]
    assert window.credit_dialog is None
    assert office.credits.lines(number).left == D("15.00")  # 35.00 - 20.00
    # The second session waits to be invoiced again.
    assert ("Draft", "Ana Silva", "€20.00", "Draft") in invoices(window)

    again, _ = open_credit(make_window, number)
    assert shown(again, COL_LEFT) == ["€15.00", "€0.00"]
    line_two = again.lines.item(1, COL_LINE)
    assert line_two is not None
    assert line_two.checkState() == Qt.CheckState.Unchecked
    assert not line_two.flags() & Qt.ItemFlag.ItemIsEnabled  # nothing left: cannot be ticked


def test_issuing_asks_first_and_cancel_issues_nothing(
    qtbot: QtBot,
    office: Office,
    make_window: MakeWindow,
    questions: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ana = office.customer("Ana Silva")
    office.session(ana, 17, 12)
    office.session(ana, 18, 17)
    number = office.desk.create(ana).document.number
    dialog, window = open_credit(make_window, number)
    type_text(dialog.reason, "Wrong customer")
    answers_yes = QMessageBox.question  # the `questions` fixture's
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Cancel)
    click(dialog.ok_button)
    assert dialog.isVisible()  # nothing issued: as it was
    assert window.credit_dialog is dialog
    assert office.credits.lines(number).left == D("35.00")
    monkeypatch.setattr(QMessageBox, "question", answers_yes)
    retype(dialog, "5")
    click(dialog.ok_button)
    assert questions[0].startswith(f"Issue a credit note of €5.00 against {number}? No session")
    again, _ = open_credit(make_window, number)  # 30.00 left, both lines ticked
    type_text(again.reason, "Goodwill")
    click(again.ok_button)
    assert questions[1].startswith(
        f"Issue a credit note for all that is left of {number}, €30.00? 2 sessions can be"
    )


def test_crediting_a_whole_invoice_says_so(
    qtbot: QtBot, office: Office, make_window: MakeWindow, questions: list[str]
) -> None:
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    number = office.desk.create(bert).document.number
    dialog, _ = open_credit(make_window, number)
    type_text(dialog.reason, "Billed twice")
    click(dialog.ok_button)
    assert questions[0].startswith(
        f"Issue a credit note for the whole of {number}, €15.00? 1 session can be"
    )
    assert office.credits.lines(number).left == D("0.00")
