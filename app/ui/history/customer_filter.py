"""The history's customer filter: type part of a customer's name (or email, phone, a remote ID)
and choose from the customers found, as in the desk's customer search; any of an office's
thousands of customers can be found this way. An empty field lists every customer's sessions.
The search runs on a pool thread, after a pause in typing."""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit
from shiboken6 import isValid

from app.core.errors import DomainError
from app.core.records import CustomerRecord
from app.services.customers import CustomerService
from app.ui.background import run_in_background
from app.ui.error_dialog import show_error
from app.ui.i18n import translate

SEARCH_DELAY_MS = 150  # wait for a pause in typing before asking the database
SEARCH_LIMIT = 20  # customers offered at once; typing more narrows them


class CustomerFilter(QObject):
    """Wires the customer field to CustomerService.search; `changed` when the chosen customer
    (None: all) changes."""

    changed = Signal()

    def __init__(self, edit: QLineEdit, customers: CustomerService, parent: QObject) -> None:
        super().__init__(parent)
        self.edit = edit
        self._customers = customers
        self._chosen: CustomerRecord | None = None
        self._found: dict[str, CustomerRecord] = {}  # by name, from the last search
        self._searches = 0  # the latest search asked for; older answers are dropped
        self._searching = False
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        # The database matched already (anywhere in the name, email, phone or remote ID).
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        edit.setCompleter(self.completer)
        edit.setClearButtonEnabled(True)
        edit.setPlaceholderText(translate("HistoryWindow", "All customers"))
        self._typing = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.search_now)
        edit.textEdited.connect(self._edited)
        edit.textChanged.connect(self._cleared)  # the clear button does not "edit"
        edit.returnPressed.connect(self._on_return)
        edit.editingFinished.connect(self._left)
        self.completer.activated.connect(self._pick_name)

    @property
    def customer_id(self) -> int | None:
        return self._chosen.id if self._chosen is not None else None

    def searching(self) -> bool:
        return self._searching or self._typing.isActive()

    def choose(self, record: CustomerRecord | None) -> None:
        """Filter by this customer (None: every customer) and show their name in the field."""
        self._typing.stop()
        text = record.name if record is not None else ""
        if self.edit.text() != text:
            self.edit.setText(text)
        if record != self._chosen:
            self._chosen = record
            self.changed.emit()

    def search_now(self) -> None:
        """Ask for the customers matching the typed text and offer them as completions."""
        self._typing.stop()
        text = self.edit.text().strip()
        if not text:
            return
        self._searches += 1
        self._searching = True
        serial, customers = self._searches, self._customers
        run_in_background(
            lambda: customers.search(text, SEARCH_LIMIT),
            lambda found: self._found_customers(serial, found),
            lambda error: self._failed(serial, error),
        )

    def _found_customers(self, serial: int, found: list[CustomerRecord]) -> None:
        if not isValid(self) or serial != self._searches:
            return
        self._searching = False
        self._found = {r.name: r for r in found}
        self.names.setStringList([r.name for r in found])
        if found and self.edit.hasFocus() and self.edit.text() != self._chosen_name():
            self.completer.complete()

    def _failed(self, serial: int, error: Exception) -> None:
        if not isValid(self) or serial != self._searches:
            return
        self._searching = False
        if not isinstance(error, DomainError):
            raise error
        show_error(self.edit.window(), error)

    def _edited(self, text: str) -> None:
        if text.strip() and text != self._chosen_name():
            self._typing.start()

    def _cleared(self, text: str) -> None:
        if not text.strip():
            self._typing.stop()
            self._searches += 1  # an answer still on its way is no longer wanted
            self._searching = False
            self.names.setStringList([])
            self.choose(None)

    def _pick_name(self, name: str) -> None:
        record = self._found.get(name)
        if record is not None:
            self.choose(record)

    def _on_return(self) -> None:
        """Return chooses the customer whose whole name was typed, or the only one found."""
        popup = self.completer.popup()
        if popup is not None and popup.isVisible():
            return  # the completer chooses the highlighted name itself
        typed = self.edit.text().strip().lower()
        if not typed or typed == self._chosen_name().lower():
            return
        try:
            found = self._customers.search(typed, SEARCH_LIMIT)
        except DomainError as error:
            show_error(self.edit.window(), error)
            return
        exact = [r for r in found if r.name.lower() == typed]
        if exact or len(found) == 1:
            self.choose((exact or found)[0])

    def _left(self) -> None:
        """Leaving the field with a name half typed: it shows the customer filtered by again."""
        popup = self.completer.popup()
        if popup is not None and popup.isVisible():
            return
        if self.edit.text() != self._chosen_name() and not self.edit.hasFocus():
            self._typing.stop()
            self.edit.setText(self._chosen_name())

    def _chosen_name(self) -> str:
        return self._chosen.name if self._chosen is not None else ""
