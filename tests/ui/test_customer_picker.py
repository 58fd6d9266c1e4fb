"""Finding and adding customers and their equipment while the customer waits on the phone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer, Equipment
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.paths import AppPaths
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.ui.customer_dialogs import AddEquipmentDialog, NewCustomerDialog
from app.ui.desk import Desk
from tests.ui.helpers import choose_completion, click, pick_customer, press, type_text


def combo_texts(desk: Desk) -> list[str]:
    combo = desk.window.picker.equipment
    return [combo.itemText(i) for i in range(combo.count())]


def test_typing_offers_matching_customers_and_picking_one_lists_their_equipment(
    qtbot: QtBot, desk: Desk, customers: CustomerService, ana: CustomerRecord
) -> None:
    customers.add_customer(Customer("Bruno Costa", "bruno@costa.pt"))
    customers.add_customer(Customer("Anabela Reis"))
    customers.add_equipment(ana.id, Equipment("Laptop", RemoteTool.RUSTDESK, "987654321"))

    search = desk.window.picker.search
    search.setFocus()
    type_text(search, "ana")
    qtbot.waitUntil(lambda: desk.picker.names.stringList() == ["Ana Silva", "Anabela Reis"])
    popup = desk.picker.completer.popup()
    assert popup is not None
    assert popup.isVisible()
    choose_completion(qtbot, desk, "Ana Silva")

    assert search.text() == "Ana Silva"
    assert combo_texts(desk) == [
        "No equipment",
        "Laptop — RustDesk 987654321",
        "Office PC — AnyDesk 123 456 789",
    ]
    assert desk.window.picker.equipment.currentText() == "Laptop — RustDesk 987654321"
    assert desk.window.picker.contact.text() == "ana@example.com · +351 912 345 678"
    assert desk.window.panel.start.isEnabled()


def test_editing_the_name_after_picking_forgets_the_customer(
    qtbot: QtBot, desk: Desk, ana: CustomerRecord
) -> None:
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    press(desk.window.picker.search, Qt.Key.Key_Backspace)

    assert desk.picker.selected_customer() is None
    assert not desk.window.panel.start.isEnabled()
    assert desk.window.panel.state_line.text() == "Pick or add a customer to start a session."


def test_return_picks_the_only_match(qtbot: QtBot, desk: Desk, ana: CustomerRecord) -> None:
    search = desk.window.picker.search
    type_text(search, "912 345")  # a phone number matches too
    press(search, Qt.Key.Key_Return)

    assert desk.picker.selected_customer() == ana
    assert search.text() == "Ana Silva"


def test_a_new_customer_is_added_and_picked(
    qtbot: QtBot, desk: Desk, customers: CustomerService
) -> None:
    type_text(desk.window.picker.search, "Carla")
    click(desk.window.picker.new_customer)
    dialog = desk.picker.dialog
    assert isinstance(dialog, NewCustomerDialog)
    assert dialog.name.text() == "Carla"  # what was typed is not typed twice
    type_text(dialog.name, " Mendes")
    type_text(dialog.email, "carla@mendes.pt")
    type_text(dialog.vat_id, "PT123456789")
    click(dialog.ok_button)

    (stored,) = customers.search("carla")
    assert (stored.name, stored.customer.email, stored.customer.vat_id) == (
        "Carla Mendes",
        "carla@mendes.pt",
        "PT123456789",
    )
    assert desk.picker.selected_customer() == stored
    assert desk.window.picker.search.text() == "Carla Mendes"
    assert combo_texts(desk) == ["No equipment"]


def test_bad_input_shows_the_sentence_keeps_the_dialog_and_writes_nothing(
    qtbot: QtBot, desk: Desk, customers: CustomerService, error_dialogs: list[str]
) -> None:
    click(desk.window.picker.new_customer)
    dialog = desk.picker.dialog
    assert isinstance(dialog, NewCustomerDialog)
    assert not dialog.ok_button.isEnabled()  # a name is required
    type_text(dialog.name, "Carla Mendes")
    type_text(dialog.email, "carla at mendes")
    click(dialog.ok_button)

    assert error_dialogs == ["'carla at mendes' is not an email address such as ana@example.com."]
    error_dialogs.clear()
    assert dialog.isVisible()
    assert dialog.name.text() == "Carla Mendes"
    assert customers.search("") == []


def test_a_second_customer_with_the_same_name_is_refused(
    qtbot: QtBot, desk: Desk, ana: CustomerRecord, error_dialogs: list[str]
) -> None:
    click(desk.window.picker.new_customer)
    dialog = desk.picker.dialog
    assert isinstance(dialog, NewCustomerDialog)
    type_text(dialog.name, "ana  silva")
    click(dialog.ok_button)

    assert error_dialogs == ["A customer named 'ana silva' already exists."]
    error_dialogs.clear()
    assert dialog.isVisible()


def test_added_equipment_is_picked_and_the_session_uses_it(
    qtbot: QtBot,
    desk: Desk,
    ana: CustomerRecord,
    sessions: SessionService,
    clock: ManualClock,
) -> None:
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    click(desk.window.picker.add_equipment)
    dialog = desk.picker.dialog
    assert isinstance(dialog, AddEquipmentDialog)
    type_text(dialog.label, "Reception")
    dialog.tool.setCurrentIndex(dialog.tool.findData(RemoteTool.IPERIUS.value))
    type_text(dialog.remote_id, "555 111")
    click(dialog.ok_button)

    assert desk.window.picker.equipment.currentText() == "Reception — Iperius Remote 555 111"
    click(desk.window.panel.start)
    (record,) = sessions.list()
    assert (record.equipment_label, record.tool, record.remote_id) == (
        "Reception",
        RemoteTool.IPERIUS,
        "555 111",
    )


def test_a_new_customer_can_be_given_a_policy(
    qtbot: QtBot, customers: CustomerService, sessions: SessionService, clock: ManualClock
) -> None:
    from app.services.policies import PolicyCatalogue

    catalogue = PolicyCatalogue(AppPaths.under(Path("/nonexistent-assistdesk-test")))
    desk = Desk(customers, sessions, clock, catalogue=catalogue)
    qtbot.addWidget(desk.window)
    click(desk.window.picker.new_customer)
    dialog = desk.picker.dialog
    assert isinstance(dialog, NewCustomerDialog)
    choices = [dialog.policy.itemData(i) for i in range(dialog.policy.count())]
    assert choices == ["", "iponto", "justanswer", "page-computers", "pardini", "phonetex"]
    type_text(dialog.name, "Bert Peeters")
    dialog.policy.setCurrentIndex(choices.index("page-computers"))
    click(dialog.ok_button)
    (stored,) = customers.search("bert")
    assert stored.customer.policy_id == "page-computers"
