"""Dialogs that add a customer or a piece of their equipment.

Each dialog builds the core value (Customer, Equipment), which checks the input, and hands it to a
`save` function (a service call, one transaction). Bad input shows the error dialog and keeps the
dialog open with what was typed, so nothing is half-written and nothing has to be typed again.
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
from app.ui.dialog_buttons import ok_cancel_buttons
from app.ui.error_dialog import reporting_errors


class NewCustomerDialog(QDialog):
    """Name (required), email, phone, address, VAT id and the policy a new customer's sessions
    are priced with (`policies`: id and name of each, from the catalogue)."""

    def __init__(
        self,
        save: Callable[[Customer], CustomerRecord],
        parent: QWidget | None = None,
        name: str = "",
        policies: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("New customer")
        self._save = save
        self.record: CustomerRecord | None = None  # set once saved

        self.name = QLineEdit(name)
        self.email = QLineEdit()
        self.email.setPlaceholderText("ana@example.com")
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.vat_id = QLineEdit()
        self.policy = QComboBox()
        self.policy.addItem("No policy (sessions are not priced)", "")
        for policy_id, policy_name in policies:
            self.policy.addItem(f"{policy_name} ({policy_id})", policy_id)
        self.buttons = ok_cancel_buttons(self, "Add customer")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Email", self.email)
        form.addRow("Phone", self.phone)
        form.addRow("Address", self.address)
        form.addRow("VAT id", self.vat_id)
        form.addRow("Policy", self.policy)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.name.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(380)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        with reporting_errors(self):
            customer = Customer(
                name=self.name.text(),
                email=self.email.text().strip(),
                phone=self.phone.text(),
                address=self.address.text(),
                vat_id=self.vat_id.text(),
                policy_id=str(self.policy.currentData() or ""),
            )
            self.record = self._save(customer)
            super().accept()


class AddEquipmentDialog(QDialog):
    """A customer's computer: a label, the remote tool it uses and its ID in that tool."""

    def __init__(
        self,
        customer_name: str,
        save: Callable[[Equipment], EquipmentRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add equipment")
        self._save = save
        self.record: EquipmentRecord | None = None  # set once saved

        self.label = QLineEdit()
        self.label.setPlaceholderText("Office PC")
        self.tool = QComboBox()
        self.tool.addItem("No remote tool", None)
        for tool in RemoteTool:
            self.tool.addItem(tool.display_name, tool.value)  # Qt keeps a StrEnum as plain str
        self.tool.setCurrentIndex(1)
        self.remote_id = QLineEdit()
        self.remote_id.setPlaceholderText("The ID the customer reads out, e.g. 123 456 789")
        self.buttons = ok_cancel_buttons(self, "Add equipment")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout()
        form.addRow("Customer", QLabel(customer_name))
        form.addRow("Label", self.label)
        form.addRow("Remote tool", self.tool)
        form.addRow("Remote ID", self.remote_id)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.label.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(380)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.label.text().strip()))

    def accept(self) -> None:
        with reporting_errors(self):
            tool_id = self.tool.currentData()
            tool = RemoteTool(tool_id) if tool_id else None
            equipment = Equipment(self.label.text(), tool, self.remote_id.text())
            self.record = self._save(equipment)
            super().accept()
