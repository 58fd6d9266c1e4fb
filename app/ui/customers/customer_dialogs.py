"""Dialogs that add or change a customer or a piece of their equipment.

Each dialog builds the core value (Customer, Equipment), which checks the input, and hands it to a
`save` function (a service call, one transaction). Bad input shows the error dialog and keeps the
dialog open with what was typed, so nothing is half-written and nothing has to be typed again.
A remote ID is also checked by its tool's adapter, as Connect would check it, so a mistyped ID is
caught while the customer is still on the phone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.parties import Customer, Equipment
from app.core.records import CustomerRecord, EquipmentRecord
from app.core.remote_tool import RemoteTool
from app.tools.catalogue import adapter_for
from app.ui.dialog_buttons import ok_cancel_buttons
from app.ui.error_dialog import reporting_errors
from app.ui.i18n import translate


class CustomerDialog(QDialog):
    """Name (required), email, phone, address, VAT id and the policy the customer's sessions are
    priced with (`policies`: id and name of each, from the catalogue), filled from `initial`
    (a new customer has only the `name` typed in the search box)."""

    def __init__(
        self,
        save: Callable[[Customer], CustomerRecord],
        parent: QWidget | None,
        initial: Customer | None,
        policies: Sequence[tuple[str, str]],
        title: str,
        ok_text: str,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.record: CustomerRecord | None = None  # set once saved
        known = initial or Customer("-")  # a new one: only its empty details are read

        self.name = QLineEdit(initial.name if initial else name)
        self.email = QLineEdit(known.email)
        self.email.setPlaceholderText(translate("CustomerDialog", "ana@example.com"))
        self.phone = QLineEdit(known.phone)
        self.address = QLineEdit(known.address)
        self.vat_id = QLineEdit(known.vat_id)
        self.policy = QComboBox()
        self.policy.addItem(translate("CustomerDialog", "No policy (sessions are not priced)"), "")
        for policy_id, policy_name in policies:
            self.policy.addItem(f"{policy_name} ({policy_id})", policy_id)
        if known.policy_id and self.policy.findData(known.policy_id) < 0:
            # the file is gone or unreadable: keep the customer's policy rather than drop it
            missing = translate("CustomerDialog", "{policy} (policy file not found)")
            self.policy.addItem(missing.format(policy=known.policy_id), known.policy_id)
        self.policy.setCurrentIndex(max(self.policy.findData(known.policy_id), 0))
        self.buttons = ok_cancel_buttons(self, ok_text)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        self.form = form = QFormLayout()
        form.addRow(translate("CustomerDialog", "Name"), self.name)
        form.addRow(translate("CustomerDialog", "Email"), self.email)
        form.addRow(translate("CustomerDialog", "Phone"), self.phone)
        form.addRow(translate("CustomerDialog", "Address"), self.address)
        form.addRow(translate("CustomerDialog", "VAT id"), self.vat_id)
        form.addRow(translate("CustomerDialog", "Policy"), self.policy)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.name.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(380)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip()))

    def customer(self) -> Customer:
        """The customer as the fields say (a DomainError names what is wrong)."""
        return Customer(
            name=self.name.text(),
            email=self.email.text().strip(),
            phone=self.phone.text(),
            address=self.address.text(),
            vat_id=self.vat_id.text(),
            policy_id=str(self.policy.currentData() or ""),
        )

    def accept(self) -> None:
        with reporting_errors(self):
            self.record = self._save(self.customer())
            super().accept()


class NewCustomerDialog(CustomerDialog):
    """A customer added on the spot; `name` is what was typed in the search box."""

    def __init__(
        self,
        save: Callable[[Customer], CustomerRecord],
        parent: QWidget | None = None,
        name: str = "",
        policies: Sequence[tuple[str, str]] = (),
        default_policy: str = "",
    ) -> None:
        """`default_policy`: the policy chosen to begin with (the `customers.default_policy`
        setting), when it is one of `policies`."""
        title = translate("CustomerDialog", "New customer")
        ok_text = translate("CustomerDialog", "Add customer")
        super().__init__(save, parent, None, policies, title, ok_text, name)
        self.policy.setCurrentIndex(max(self.policy.findData(default_policy), 0))


class EditCustomerDialog(CustomerDialog):
    """A customer's details changed in place, every field filled in as stored."""

    def __init__(
        self,
        record: CustomerRecord,
        save: Callable[[Customer], CustomerRecord],
        parent: QWidget | None = None,
        policies: Sequence[tuple[str, str]] = (),
    ) -> None:
        title = translate("CustomerDialog", "Edit customer")
        ok_text = translate("CustomerDialog", "Save changes")
        super().__init__(save, parent, record.customer, policies, title, ok_text)


class EquipmentDialog(QDialog):
    """A customer's computer: a label, the remote tool it uses and its ID in that tool."""

    def __init__(
        self,
        customer_name: str,
        save: Callable[[Equipment], EquipmentRecord],
        parent: QWidget | None,
        initial: Equipment | None,
        title: str,
        ok_text: str,
        first_tool: RemoteTool | None = None,
    ) -> None:
        """`first_tool`: the tool a new piece of equipment starts with (the first of the
        customer's policy; None: the first known)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.record: EquipmentRecord | None = None  # set once saved

        self.label = QLineEdit(initial.label if initial else "")
        self.label.setPlaceholderText(translate("EquipmentDialog", "Office PC"))
        self.tool = QComboBox()
        self.tool.addItem(translate("EquipmentDialog", "No remote tool"), None)
        for tool in RemoteTool:
            self.tool.addItem(tool.display_name, tool.value)  # Qt keeps a StrEnum as plain str
        if initial is None:
            chosen = self.tool.findData(first_tool.value) if first_tool is not None else -1
            self.tool.setCurrentIndex(chosen if chosen > 0 else 1)
        elif initial.tool is not None:
            self.tool.setCurrentIndex(self.tool.findData(initial.tool.value))
        self.remote_id = QLineEdit(initial.remote_id if initial else "")
        self.remote_id.setPlaceholderText(
            translate("EquipmentDialog", "The ID the customer reads out, e.g. 123 456 789")
        )
        self.buttons = ok_cancel_buttons(self, ok_text)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout()
        form.addRow(translate("EquipmentDialog", "Customer"), QLabel(customer_name))
        form.addRow(translate("EquipmentDialog", "Label"), self.label)
        form.addRow(translate("EquipmentDialog", "Remote tool"), self.tool)
        form.addRow(translate("EquipmentDialog", "Remote ID"), self.remote_id)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.label.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(380)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.label.text().strip()))

    def equipment(self) -> Equipment:
        """The equipment as the fields say; an ID its tool would refuse is a DomainError."""
        tool_id = self.tool.currentData()
        tool = RemoteTool(tool_id) if tool_id else None
        equipment = Equipment(self.label.text(), tool, self.remote_id.text())
        if tool is not None and equipment.remote_id:
            adapter_for(tool).check_id(equipment.remote_id)
        return equipment

    def accept(self) -> None:
        with reporting_errors(self):
            self.record = self._save(self.equipment())
            super().accept()


class AddEquipmentDialog(EquipmentDialog):
    def __init__(
        self,
        customer_name: str,
        save: Callable[[Equipment], EquipmentRecord],
        parent: QWidget | None = None,
        first_tool: RemoteTool | None = None,
    ) -> None:
        title = translate("EquipmentDialog", "Add equipment")
        super().__init__(customer_name, save, parent, None, title, title, first_tool)


class EditEquipmentDialog(EquipmentDialog):
    """A piece of equipment changed in place (a new remote ID, another tool, a better label)."""

    def __init__(
        self,
        customer_name: str,
        record: EquipmentRecord,
        save: Callable[[Equipment], EquipmentRecord],
        parent: QWidget | None = None,
    ) -> None:
        title = translate("EquipmentDialog", "Edit equipment")
        ok_text = translate("EquipmentDialog", "Save changes")
        super().__init__(customer_name, save, parent, record.equipment, title, ok_text)
