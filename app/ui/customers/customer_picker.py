"""Choosing who a session is for: search customers as you type (by name, email, phone or a remote
ID), pick their equipment, or add or correct either on the spot while the customer waits on the
phone."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QMenu

from app.core.parties import Customer, Equipment
from app.core.records import CustomerRecord, EquipmentRecord
from app.core.remote_tool import RemoteTool
from app.ui.customers.contact_check import ContactCheck
from app.ui.customers.customer_dialogs import (
    AddEquipmentDialog,
    EditCustomerDialog,
    EditEquipmentDialog,
    NewCustomerDialog,
)
from app.ui.display import tool_label
from app.ui.error_dialog import reporting_errors
from app.ui.i18n import translate
from app.ui.one_dialog import OneDialog
from app.ui.shell.main_window import CustomerPickerView

if TYPE_CHECKING:
    from app.services.customers import CustomerService

SEARCH_DELAY_MS = 150  # wait for a pause in typing before asking the database


def equipment_text(record: EquipmentRecord) -> str:
    """The combo text for a piece of equipment, e.g. "Office PC — AnyDesk 123 456 789"."""
    equipment = record.equipment
    if equipment.tool is None and not equipment.remote_id:
        return equipment.label
    return f"{equipment.label} — {tool_label(equipment.tool, equipment.remote_id)}"


def contact_text(record: CustomerRecord) -> str:
    """How to reach the customer, e.g. "ana@example.com · +351 912 345 678"."""
    customer = record.customer
    parts = [customer.email, customer.phone]
    if not customer.email and not customer.phone:
        parts = [translate("CustomerPicker", "No phone or email yet")]
    if customer.vat_id:
        parts.append(translate("CustomerPicker", "VAT {vat_id}").format(vat_id=customer.vat_id))
    return " · ".join(p for p in parts if p)


class CustomerPicker(QObject, OneDialog):
    """Wires the picker view to CustomerService and announces the chosen customer and equipment."""

    selection_changed = Signal(object, object)  # CustomerRecord | None, EquipmentRecord | None

    def __init__(
        self,
        view: CustomerPickerView,
        customers: CustomerService,
        parent: QObject | None = None,
        policies: Callable[[], Sequence[tuple[str, str]]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._customers = customers
        self._policies = policies or (lambda: ())
        self.policy_choices = self._policies  # (id, name) of the policies a customer can have
        self.default_policy = ""  # offered to new customers (the customers.default_policy setting)
        # the tool new equipment starts with: the first of the customer's policy (Desk sets it)
        self.first_tool: Callable[[CustomerRecord], RemoteTool | None] | None = None
        self._customer: CustomerRecord | None = None
        self._found: dict[str, CustomerRecord] = {}  # by lower-case name, from the last search
        self.dialog: QDialog | None = None  # the add or edit dialog currently open, if any
        self.contact_check = ContactCheck(customers, self.refresh_customer, view.window, self)

        self.edit_menu = QMenu(view)
        self.edit_customer_action = self.edit_menu.addAction(
            translate("CustomerPicker", "&Customer details…")
        )
        self.edit_equipment_action = self.edit_menu.addAction(
            translate("CustomerPicker", "&Selected equipment…")
        )
        view.edit.setMenu(self.edit_menu)

        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view.search.setCompleter(self.completer)
        self._typing = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)

        view.search.textEdited.connect(self._on_text_edited)
        self._typing.timeout.connect(self.search_now)
        self.completer.activated.connect(self._pick_name)
        view.search.returnPressed.connect(self._on_return)
        view.equipment.currentIndexChanged.connect(self._announce)
        view.new_customer.clicked.connect(self.open_new_customer)
        view.add_equipment.clicked.connect(self.open_add_equipment)
        self.edit_customer_action.triggered.connect(self.open_edit_customer)
        self.edit_equipment_action.triggered.connect(self.open_edit_equipment)
        self._load_equipment()

    # -- state -------------------------------------------------------------------------------

    def selected_customer(self) -> CustomerRecord | None:
        return self._customer

    def selected_equipment(self) -> EquipmentRecord | None:
        data = self.view.equipment.currentData()
        return data if isinstance(data, EquipmentRecord) else None

    def select_customer(self, record: CustomerRecord | None) -> None:
        self._typing.stop()
        self._customer = record
        if record is not None and self.view.search.text() != record.name:
            self.view.search.setText(record.name)
        self._load_equipment()

    def refresh_customer(self, record: CustomerRecord) -> None:
        """The chosen customer's details changed: show them, keep the equipment chosen."""
        if self._customer is None or self._customer.id != record.id:
            return
        self._customer = record
        if self.view.search.text() != record.name:
            self.view.search.setText(record.name)
        self.view.contact.setText(contact_text(record))
        self._announce()

    def set_locked(self, locked: bool) -> None:
        """While a session runs its customer cannot change."""
        self.view.setEnabled(not locked)

    # -- searching ---------------------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        if self._customer is not None:
            if text == self._customer.name:  # the completion itself was written in
                return
            self.select_customer(None)
        self._typing.start()

    def search_now(self) -> None:
        """Ask the database for customers matching the typed text and offer them as completions."""
        self._typing.stop()
        text = self.view.search.text().strip()
        with reporting_errors(self.view.window()):
            found = self._customers.search(text, limit=20, archived=False) if text else []
            self._found = {r.name.lower(): r for r in found}
            self.names.setStringList([r.name for r in found])
            if found and self.view.search.hasFocus() and self._customer is None:
                self.completer.complete()

    def _pick_name(self, name: str) -> None:
        record = self._found.get(name.strip().lower())
        if record is not None and record != self._customer:
            self.select_customer(record)

    def _on_return(self) -> None:
        if self._customer is not None:
            return
        self.search_now()
        typed = self.view.search.text().strip().lower()
        if typed in self._found:
            self._pick_name(typed)
        elif len(self._found) == 1:
            self.select_customer(next(iter(self._found.values())))

    # -- equipment ---------------------------------------------------------------------------

    def _load_equipment(self, select_id: int | None = None) -> None:
        combo = self.view.equipment
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("CustomerPicker", "No equipment"), None)
        if self._customer is not None:
            with reporting_errors(self.view.window()):
                for record in self._customers.equipment_of(self._customer.id):
                    combo.addItem(equipment_text(record), record)
                    if select_id == record.id:
                        combo.setCurrentIndex(combo.count() - 1)
            if select_id is None and combo.count() > 1:
                combo.setCurrentIndex(1)
        combo.blockSignals(False)
        self.view.contact.setText(contact_text(self._customer) if self._customer else "")
        combo.setEnabled(self._customer is not None)
        self.view.add_equipment.setEnabled(self._customer is not None)
        self.view.edit.setEnabled(self._customer is not None)
        self._announce()

    def _announce(self) -> None:
        self.edit_equipment_action.setEnabled(self.selected_equipment() is not None)
        self.selection_changed.emit(self._customer, self.selected_equipment())

    # -- adding ------------------------------------------------------------------------------

    def open_new_customer(self) -> None:
        typed = "" if self._customer is not None else self.view.search.text().strip()
        dialog = NewCustomerDialog(
            self._customers.add_customer,
            self.view.window(),
            typed,
            self._policies(),
            self.default_policy,
        )
        dialog.accepted.connect(lambda: self.select_customer(dialog.record))
        self._open(dialog)

    def open_add_equipment(self) -> None:
        customer = self._customer
        if customer is None:
            return

        def save(equipment: Equipment) -> EquipmentRecord:
            return self._customers.add_equipment(customer.id, equipment)

        first_tool = None
        if self.first_tool is not None:
            with reporting_errors(self.view.window()):  # an unreadable policy: no default
                first_tool = self.first_tool(customer)
        dialog = AddEquipmentDialog(customer.name, save, self.view.window(), first_tool)
        dialog.accepted.connect(
            lambda: self._load_equipment(dialog.record.id if dialog.record else None)
        )
        self._open(dialog)

    # -- editing -----------------------------------------------------------------------------

    def open_edit_customer(self) -> None:
        customer = self._customer
        if customer is None:
            return

        def save(changed: Customer) -> CustomerRecord:
            return self._customers.update_customer(customer.id, changed)

        dialog = EditCustomerDialog(customer, save, self.view.window(), self._policies())
        dialog.accepted.connect(lambda: self._customer_edited(dialog))
        self._open(dialog)

    def _customer_edited(self, dialog: EditCustomerDialog) -> None:
        if dialog.record is not None:
            self.refresh_customer(dialog.record)

    def open_edit_equipment(self) -> None:
        customer, equipment = self._customer, self.selected_equipment()
        if customer is None or equipment is None:
            return

        def save(changed: Equipment) -> EquipmentRecord:
            return self._customers.update_equipment(equipment.id, changed)

        dialog = EditEquipmentDialog(customer.name, equipment, save, self.view.window())
        dialog.accepted.connect(lambda: self._load_equipment(equipment.id))
        self._open(dialog)
