"""Opening a session from the session panel: for the customer (and equipment) on the desk, after
asking for missing contact details (see contact_check), and — where the customer's policy refuses
sessions at this hour — only with a reason the technician gives, which the session keeps."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.core.errors import DomainError
from app.core.records import CustomerRecord, EquipmentRecord
from app.services.errors import OutsideHoursError
from app.ui.error_dialog import show_error
from app.ui.i18n import translate
from app.ui.reason_dialog import ReasonDialog

if TYPE_CHECKING:
    from app.services.sessions import SessionService


class StartStep(QObject):
    """`opened` carries the new session's SessionDetail; `dialog` is the reason dialog while it
    is open. `retry(reason)` is the panel's own start, called again once missing contact details
    were given or skipped (reason "") and once a reason was given, so the panel checks afresh
    that the desk is still free and whom the session is for."""

    opened = Signal(object)

    def __init__(
        self,
        view: QWidget,
        sessions: SessionService,
        retry: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view  # the panel's view: dialogs open over its window
        self._sessions = sessions
        self._retry = retry
        self.dialog: ReasonDialog | None = None

    def start(
        self, customer: CustomerRecord, equipment: EquipmentRecord | None, override_reason: str
    ) -> None:
        """Open a session for `customer`, on `equipment` when one is chosen."""
        from app.ui.customers.contact_check import holds_start  # no phone and no email: ask first

        if not override_reason and holds_start(self._view, customer, lambda: self._retry("")):
            return
        equipment_id = equipment.id if equipment else None
        try:
            detail = self._sessions.open(customer.id, equipment_id, override_reason=override_reason)
        except OutsideHoursError as error:
            self._ask_reason(str(error))
            return
        except DomainError as error:
            show_error(self._view.window(), error)
            return
        self.opened.emit(detail)

    def _ask_reason(self, explanation: str) -> None:
        dialog = ReasonDialog(
            translate("SessionPanel", "Start outside opening hours"),
            explanation
            + " "
            + translate("SessionPanel", "The reason is kept in the session's history."),
            translate("SessionPanel", "Start session"),
            self._view.window(),
        )
        dialog.accepted.connect(lambda: self._retry(dialog.text()))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: ReasonDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
