"""Before a session starts, the desk makes sure the customer can be reached.

The policies' terms have the customer give their contact details at the start of a session
(Page Computers), call back by phone or WhatsApp (Pardini) or email the time spent (iPonto). So
when the technician presses Start for a customer with neither a phone number nor an email
address on record, the desk first asks for them: the customer's edit dialog with just those two
fields, the phone focused. "Save and start" stores what was given (one change through
CustomerService) and starts; "Start without" starts anyway; Cancel starts nothing. Starting
without is not recorded: the customer's record, which still shows no contact, is the record,
and the desk asks again next time. A customer reachable one way (a phone, or an email) is not
asked for the other, so a phone-only customer is not held up at every session.

The session panel calls `holds_start` first thing in its start; the customer picker installs the
ContactCheck (it owns the customer service and shows the changed details). A panel without a
picker beside it (tests of the panel alone) starts at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

from app.core.parties import Customer
from app.core.records import CustomerRecord
from app.ui.customers.customer_dialogs import EditCustomerDialog
from app.ui.i18n import translate

if TYPE_CHECKING:
    from app.services.customers import CustomerService


def missing_contact(customer: Customer) -> bool:
    """True when the customer has neither a phone number nor an email address."""
    return not customer.phone and not customer.email


class ContactDialog(EditCustomerDialog):
    """The customer's phone and email only, to fill in before the session starts. `started` is
    how the technician went on: "saved", "without", or "" when cancelled."""

    def __init__(
        self,
        record: CustomerRecord,
        save: Callable[[Customer], CustomerRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(record, save, parent)
        self.setWindowTitle(translate("ContactDialog", "Contact details"))
        self.started = ""
        for hidden in (self.name, self.address, self.vat_id, self.policy):
            self.form.setRowVisible(hidden, False)
        text = translate(
            "ContactDialog",
            "There is no phone number or email address for {name} yet. Ask for one before the "
            "session starts, so the customer can be called back and sent what the session cost.",
        )
        self.explanation = QLabel(text.format(name=record.name))
        self.explanation.setWordWrap(True)
        self.form.insertRow(0, self.explanation)
        self.ok_button.setText(translate("ContactDialog", "Save and start"))
        self.without = QPushButton(translate("ContactDialog", "Start &without"))
        self.buttons.addButton(self.without, QDialogButtonBox.ButtonRole.ActionRole)
        self.without.clicked.connect(self._start_without)
        self.phone.textChanged.connect(self._update_ok)
        self.email.textChanged.connect(self._update_ok)
        self._update_ok()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.phone.setFocus()  # the customer is on the phone: type the number straight away

    def _update_ok(self) -> None:
        given = bool(self.phone.text().strip() or self.email.text().strip())
        self.ok_button.setEnabled(given)
        self.ok_button.setDefault(given)

    def accept(self) -> None:
        self.started = "saved"
        super().accept()
        if self.record is None:  # refused: the error dialog was shown, this one stays open
            self.started = ""

    def _start_without(self) -> None:
        self.started = "without"
        self.done(self.DialogCode.Accepted)


class ContactCheck(QObject):
    """Holds a start back while the customer's contact details are asked for; `saved` is told
    the changed customer before the session starts."""

    def __init__(
        self,
        customers: CustomerService,
        saved: Callable[[CustomerRecord], None],
        window: Callable[[], QWidget],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._saved = saved
        self._window = window
        self._cleared: int | None = None  # the customer whose next start goes ahead
        self.dialog: ContactDialog | None = None  # while open

    def holds(self, customer: CustomerRecord, start: Callable[[], None]) -> bool:
        """True when the start must wait for the dialog; `start` is called again after it."""
        if self._cleared == customer.id:
            self._cleared = None
            return False
        if self.dialog is not None:
            return True
        if not missing_contact(customer.customer):
            return False

        def save(changed: Customer) -> CustomerRecord:
            return self._customers.update_customer(customer.id, changed)

        dialog = ContactDialog(customer, save, self._window())
        dialog.finished.connect(lambda _result: self._finished(dialog, customer.id, start))
        self.dialog = dialog
        dialog.open()
        return True

    def _finished(self, dialog: ContactDialog, customer_id: int, start: Callable[[], None]) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        if not dialog.started:
            return
        if dialog.record is not None:
            self._saved(dialog.record)
        self._cleared = customer_id
        start()
        if self._cleared == customer_id:  # the panel did not come back to ask (e.g. it is busy)
            self._cleared = None


def holds_start(panel_view: QWidget, customer: CustomerRecord, start: Callable[[], None]) -> bool:
    """Called by the session panel before it opens a session: True when the desk first asks for
    the customer's contact details, and calls `start` again once they are given or skipped."""
    check = panel_view.window().findChild(ContactCheck)
    return check is not None and check.holds(customer, start)
