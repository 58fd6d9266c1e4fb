"""Office → Customers…: search, sort, each customer's equipment, last session and what is open,
changes made in place, and archiving that hides a customer from the desk's search only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer, Equipment
from app.core.remote_tool import RemoteTool
from app.services.customers import CustomerService
from app.storage.database import Database
from app.ui.customers.customer_dialogs import AddEquipmentDialog, EditCustomerDialog
from app.ui.customers.customers_window import (
    COL_LAST,
    COL_NAME,
    COL_OPEN,
    CustomersWindow,
)
from app.ui.shell.desk import Desk
from tests.services.invoicing_fixtures import D, Office, quick_pdf
from tests.ui.conftest import MakeDesk
from tests.ui.helpers import click, type_text


def opened(qtbot: QtBot, desk: Desk) -> CustomersWindow:
    desk.window.customers_action.trigger()
    window = desk.customers_window
    assert window is not None
    qtbot.addWidget(window.view)
    qtbot.waitUntil(lambda: not window.loading)
    return window


def shown(window: CustomersWindow, column: int = COL_NAME) -> list[str]:
    model = window.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def choose(qtbot: QtBot, window: CustomersWindow, name: str) -> None:
    row = shown(window).index(name)
    window.view.table.selectRow(row)
    qtbot.waitUntil(lambda: window.current() is not None)


def test_customers_are_listed_with_what_is_open_and_sorted_by_any_column(
    qtbot: QtBot, make_priced_desk: MakeDesk, database: Database, clock: ManualClock
) -> None:
    office = Office(database, clock, renderer=quick_pdf)
    ana = office.customer("Ana Silva")
    office.customer("bert Peeters")
    carla = office.customer("Carla", policy="net-jpy")
    office.customers.add_equipment(ana, Equipment("Office PC", RemoteTool.ANYDESK, "123456789"))
    invoice = office.desk.create(ana, session_ids=[office.session(ana, 10, 12)]).document.number
    office.ledger.pay(invoice, D("5.00"), date(2026, 11, 20), "transfer")
    office.desk.create(carla, session_ids=[office.session(carla, 12, 70)])
    window = opened(qtbot, make_priced_desk())

    assert shown(window) == ["Ana Silva", "bert Peeters", "Carla"]  # by name, case aside
    # Ana: 15.00 - 5.00 paid; Carla: (2455 first block + 1225 a block) + 10 % VAT, in yen
    assert shown(window, COL_OPEN) == ["€10.00", "", "¥4,048"]
    assert shown(window, COL_LAST) == ["2026-11-10", "—", "2026-11-12"]
    assert window.view.status.text() == "3 customers"
    window.view.table.sortByColumn(COL_LAST, Qt.SortOrder.DescendingOrder)
    assert shown(window) == ["Carla", "Ana Silva", "bert Peeters"]
    window.view.table.sortByColumn(COL_OPEN, Qt.SortOrder.AscendingOrder)
    assert shown(window) == ["bert Peeters", "Ana Silva", "Carla"]  # nothing, then EUR, JPY

    type_text(window.view.search, "bert")
    qtbot.waitUntil(lambda: shown(window) == ["bert Peeters"])
    assert window.view.status.text() == "1 customer"


def test_a_customer_is_changed_and_given_equipment_in_place(
    qtbot: QtBot, make_priced_desk: MakeDesk, customers: CustomerService
) -> None:
    desk = make_priced_desk()
    customers.add_customer(Customer("Bert Peeters", policy_id="phonetex"))
    window = opened(qtbot, desk)
    choose(qtbot, window, "Bert Peeters")
    assert window.view.equipment.count() == 0
    assert not window.view.edit_equipment.isEnabled()

    click(window.view.add_equipment)
    dialog = window.dialog
    assert isinstance(dialog, AddEquipmentDialog)
    assert dialog.tool.currentData() == RemoteTool.ZOHO_ASSIST.value  # Phonetex's first tool
    type_text(dialog.label, "Reception")
    type_text(dialog.remote_id, "123456789")
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: window.view.equipment.count() == 1)
    assert window.view.equipment.item(0).text() == "Reception — Zoho Assist 123456789"

    window.view.table.doubleClicked.emit(window.view.table.currentIndex())
    edit = window.dialog
    assert isinstance(edit, EditCustomerDialog)
    edit.phone.setText("+32 470 12 34 56")
    click(edit.ok_button)
    qtbot.waitUntil(lambda: not window.loading and window.current() is not None)
    current = window.current()
    assert current is not None
    assert current.record.customer.phone == "+32 470 12 34 56"
    assert customers.find_by_name("Bert Peeters").customer.phone == "+32 470 12 34 56"


def test_an_archived_customer_is_hidden_from_the_desk_and_can_be_restored(
    qtbot: QtBot, desk: Desk, customers: CustomerService
) -> None:
    for name in ("Ana Silva", "Anabela"):
        customers.add_customer(Customer(name))
    window = opened(qtbot, desk)
    choose(qtbot, window, "Ana Silva")
    assert window.view.archive.text() == "&Archive"
    click(window.view.archive)
    qtbot.waitUntil(lambda: shown(window) == ["Anabela"])
    assert window.view.status.text() == (
        "Ana Silva archived: Show archived lists them again.  1 customer"
    )
    assert [c.name for c in customers.search("ana", archived=False)] == ["Anabela"]
    desk.picker.view.search.setText("ana")
    desk.picker.search_now()
    assert desk.picker.names.stringList() == ["Anabela"]  # the desk no longer offers her

    window.view.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: shown(window) == ["Ana Silva (archived)", "Anabela"])
    choose(qtbot, window, "Ana Silva (archived)")
    assert window.view.archive.text() == "&Restore"
    click(window.view.archive)
    qtbot.waitUntil(lambda: shown(window) == ["Ana Silva", "Anabela"])
    assert [c.name for c in customers.search("ana", archived=False)] == ["Ana Silva", "Anabela"]


def test_closing_the_window_while_its_rows_are_read_is_no_error(
    qtbot: QtBot, desk: Desk, customers: CustomerService
) -> None:
    from app.ui.background import wait_for_background_work

    customers.add_customer(Customer("Ana Silva"))
    desk.window.customers_action.trigger()
    window = desk.customers_window
    assert window is not None
    assert window.loading
    window.view.close()  # at once, while its rows are read
    qtbot.waitUntil(lambda: desk.customers_window is None)
    assert wait_for_background_work()
    qtbot.wait(50)  # the read's answer arrives to nobody: nothing raised
