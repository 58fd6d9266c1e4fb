"""Finding, adding and correcting customers and their equipment while the customer waits on the
phone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer, Equipment
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.paths import AppPaths
from app.services.customers import CustomerService
from app.services.policies import PolicyCatalogue
from app.services.sessions import SessionService
from app.ui.customers.customer_dialogs import (
    AddEquipmentDialog,
    EditCustomerDialog,
    EditEquipmentDialog,
    NewCustomerDialog,
)
from app.ui.shell.desk import Desk
from tests.conftest import START
from tests.ui.conftest import MakeDesk
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


def test_the_new_customer_dialog_begins_with_the_saved_default_policy(
    qtbot: QtBot, customers: CustomerService, sessions: SessionService, clock: ManualClock
) -> None:
    from app.services.policies import PolicyCatalogue
    from app.settings import Settings

    catalogue = PolicyCatalogue(AppPaths.under(Path("/nonexistent-assistdesk-test")))
    desk = Desk(customers, sessions, clock, catalogue=catalogue)
    qtbot.addWidget(desk.window)
    click(desk.window.picker.new_customer)
    dialog = desk.picker.dialog
    assert isinstance(dialog, NewCustomerDialog)
    assert dialog.policy.currentData() == ""  # no default set: no policy
    dialog.reject()

    desk.menus.settings_saved.emit(Settings().with_value("customers.default_policy", "iponto"))
    click(desk.window.picker.new_customer)
    dialog = desk.picker.dialog
    assert isinstance(dialog, NewCustomerDialog)
    assert dialog.policy.currentData() == "iponto"
    type_text(dialog.name, "Rui Lopes")
    click(dialog.ok_button)
    (stored,) = customers.search("rui")
    assert stored.customer.policy_id == "iponto"


def test_a_customer_is_found_by_a_remote_id_read_out_without_spaces(
    qtbot: QtBot, desk: Desk, ana: CustomerRecord
) -> None:
    search = desk.window.picker.search
    type_text(search, "123456789")  # Ana's AnyDesk ID is stored as "123 456 789"
    press(search, Qt.Key.Key_Return)
    assert desk.picker.selected_customer() == ana
    assert search.text() == "Ana Silva"


def test_edit_is_offered_once_a_customer_is_chosen(
    qtbot: QtBot, desk: Desk, ana: CustomerRecord
) -> None:
    assert not desk.window.picker.edit.isEnabled()
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    assert desk.window.picker.edit.isEnabled()
    assert desk.picker.edit_equipment_action.isEnabled()
    desk.window.picker.equipment.setCurrentIndex(0)  # "No equipment": nothing to edit
    assert not desk.picker.edit_equipment_action.isEnabled()


def test_a_customer_is_edited_in_place_and_stays_chosen_with_their_equipment(
    qtbot: QtBot, desk: Desk, customers: CustomerService, ana: CustomerRecord
) -> None:
    laptop = customers.add_equipment(ana.id, Equipment("Laptop", RemoteTool.RUSTDESK, "987654321"))
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    desk.window.picker.equipment.setCurrentIndex(2)  # Office PC, not the first one
    desk.picker.edit_customer_action.trigger()
    dialog = desk.picker.dialog
    assert isinstance(dialog, EditCustomerDialog)
    assert (dialog.name.text(), dialog.email.text(), dialog.phone.text()) == (
        "Ana Silva", "ana@example.com", "+351 912 345 678",
    )  # fmt: skip
    dialog.name.setText("Ana Silva Reis")
    dialog.phone.setText("+351 913 000 000")
    type_text(dialog.vat_id, "PT123456789")
    click(dialog.ok_button)

    stored = customers.get(ana.id)
    assert (stored.name, stored.customer.phone, stored.customer.vat_id) == (
        "Ana Silva Reis", "+351 913 000 000", "PT123456789",
    )  # fmt: skip
    assert desk.picker.selected_customer() == stored
    assert desk.window.picker.search.text() == "Ana Silva Reis"
    assert desk.window.picker.contact.text() == (
        "ana@example.com · +351 913 000 000 · VAT PT123456789"
    )
    assert desk.window.picker.equipment.currentText() == "Office PC — AnyDesk 123 456 789"
    assert desk.picker.selected_equipment() != laptop


def test_editing_a_customer_to_another_customers_name_is_refused(
    qtbot: QtBot, desk: Desk, customers: CustomerService, ana: CustomerRecord,
    error_dialogs: list[str],
) -> None:  # fmt: skip
    customers.add_customer(Customer("Bruno Costa"))
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    desk.picker.edit_customer_action.trigger()
    dialog = desk.picker.dialog
    assert isinstance(dialog, EditCustomerDialog)
    dialog.name.setText("bruno costa")
    click(dialog.ok_button)

    assert error_dialogs == ["A customer named 'bruno costa' already exists."]
    error_dialogs.clear()
    assert dialog.isVisible()
    assert customers.get(ana.id) == ana


def test_a_customers_policy_is_shown_and_changed_in_the_edit_dialog(
    qtbot: QtBot, customers: CustomerService, sessions: SessionService, catalogue: PolicyCatalogue
) -> None:
    bert = customers.add_customer(Customer("Bert Peeters", "b@p.be", policy_id="page-computers"))
    desk = Desk(customers, sessions, ManualClock(START), catalogue=catalogue)
    qtbot.addWidget(desk.window)
    desk.picker.select_customer(bert)
    desk.picker.edit_customer_action.trigger()
    dialog = desk.picker.dialog
    assert isinstance(dialog, EditCustomerDialog)
    assert dialog.policy.currentData() == "page-computers"
    dialog.policy.setCurrentIndex(dialog.policy.findData("iponto"))
    click(dialog.ok_button)
    assert customers.get(bert.id).customer.policy_id == "iponto"


def test_equipment_is_edited_in_place_and_its_remote_id_checked_by_the_tool(
    qtbot: QtBot, desk: Desk, customers: CustomerService, ana: CustomerRecord,
    error_dialogs: list[str],
) -> None:  # fmt: skip
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    desk.picker.edit_equipment_action.trigger()
    dialog = desk.picker.dialog
    assert isinstance(dialog, EditEquipmentDialog)
    assert (dialog.label.text(), dialog.tool.currentData(), dialog.remote_id.text()) == (
        "Office PC", RemoteTool.ANYDESK.value, "123 456 789",
    )  # fmt: skip
    dialog.remote_id.setText("12 34")
    click(dialog.ok_button)
    assert len(error_dialogs) == 1
    assert error_dialogs[0].startswith("'12 34' is not a valid AnyDesk ID")
    error_dialogs.clear()
    assert dialog.isVisible()
    assert customers.equipment_of(ana.id)[0].equipment.remote_id == "123 456 789"

    dialog.label.setText("Reception PC")
    dialog.tool.setCurrentIndex(dialog.tool.findData(RemoteTool.TEAMVIEWER.value))
    dialog.remote_id.setText("1 234 567 890")
    click(dialog.ok_button)

    (stored,) = customers.equipment_of(ana.id)
    assert stored.equipment == Equipment("Reception PC", RemoteTool.TEAMVIEWER, "1 234 567 890")
    assert desk.window.picker.equipment.currentText() == "Reception PC — TeamViewer 1 234 567 890"
    assert desk.picker.selected_equipment() == stored


def test_new_equipment_with_an_id_its_tool_would_refuse_is_not_added(
    qtbot: QtBot, desk: Desk, customers: CustomerService, ana: CustomerRecord,
    error_dialogs: list[str],
) -> None:  # fmt: skip
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    click(desk.window.picker.add_equipment)
    dialog = desk.picker.dialog
    assert isinstance(dialog, AddEquipmentDialog)
    type_text(dialog.label, "Laptop")
    dialog.tool.setCurrentIndex(dialog.tool.findData(RemoteTool.TEAMVIEWER.value))
    type_text(dialog.remote_id, "abc")
    click(dialog.ok_button)
    assert len(error_dialogs) == 1
    assert "is not a valid TeamViewer ID" in error_dialogs[0]
    error_dialogs.clear()
    assert [e.label for e in customers.equipment_of(ana.id)] == ["Office PC"]


@pytest.mark.parametrize(
    ("policy", "tool"),
    [
        ("phonetex", RemoteTool.ZOHO_ASSIST),  # Zoho Assist first, TeamViewer when it cannot
        ("page-computers", RemoteTool.IPERIUS),
        ("pardini", RemoteTool.ANYDESK),
        ("iponto", RemoteTool.ANYDESK),  # names no tool: the first known, as before
    ],
)
def test_new_equipment_starts_with_the_first_tool_of_the_customers_policy(
    qtbot: QtBot,
    make_priced_desk: MakeDesk,
    customers: CustomerService,
    policy: str,
    tool: RemoteTool,
) -> None:
    desk = make_priced_desk()
    customers.add_customer(Customer("Bert Peeters", policy_id=policy))
    pick_customer(qtbot, desk, "bert", "Bert Peeters")
    click(desk.window.picker.add_equipment)
    dialog = desk.picker.dialog
    assert isinstance(dialog, AddEquipmentDialog)
    assert dialog.tool.currentData() == tool.value
