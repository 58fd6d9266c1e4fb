"""Office → Customers…: every customer, searched as the desk searches, sorted by any column, with
their equipment, when their last session started and what they still owe on their invoices (per
currency, as their balance says). A customer is added, changed, given equipment and archived here
without leaving the window; an archived customer keeps all their history, is hidden from the
desk's search (and from this list unless *Show archived* is ticked) and can be restored.

The rows are read on a worker thread (CustomerService.overview), so a large office's list never
holds up the window; the selected customer's equipment is read when chosen."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.parties import Equipment
from app.core.records import CustomerRecord, EquipmentRecord
from app.core.remote_tool import RemoteTool
from app.ui.background import run_in_background
from app.ui.customers.customer_dialogs import (
    AddEquipmentDialog,
    EditCustomerDialog,
    EditEquipmentDialog,
    NewCustomerDialog,
)
from app.ui.display import NO_VALUE, money_text, tool_label
from app.ui.error_dialog import reporting_errors, show_error
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.one_dialog import OneDialog

if TYPE_CHECKING:
    from app.services.customers import CustomerOverview, CustomerService

SEARCH_DELAY_MS = 250
COL_NAME, COL_PHONE, COL_EMAIL, COL_POLICY, COL_EQUIPMENT, COL_LAST, COL_OPEN = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("CustomersWindow", "Name"),
    QT_TRANSLATE_NOOP("CustomersWindow", "Phone"),
    QT_TRANSLATE_NOOP("CustomersWindow", "Email"),
    QT_TRANSLATE_NOOP("CustomersWindow", "Policy"),
    QT_TRANSLATE_NOOP("CustomersWindow", "Equipment"),
    QT_TRANSLATE_NOOP("CustomersWindow", "Last session"),
    QT_TRANSLATE_NOOP("CustomersWindow", "Open"),
)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NEVER = datetime.min.replace(tzinfo=UTC)  # sorts a customer without sessions first


def _sort_key(row: CustomerOverview, column: int, policy_names: dict[str, str]) -> Any:
    """What a column sorts by: text without case, numbers as numbers, no date before any date,
    amounts by currency then amount (exactly: Decimals, never floats)."""
    customer = row.record.customer
    if column == COL_PHONE:
        return customer.phone.lower()
    if column == COL_EMAIL:
        return customer.email.lower()
    if column == COL_POLICY:  # as shown: by the policy's name
        return policy_names.get(customer.policy_id, customer.policy_id).lower()
    if column == COL_EQUIPMENT:
        return row.equipment
    if column == COL_LAST:
        return (row.last_session is not None, row.last_session or NEVER)
    if column == COL_OPEN:
        return row.owed
    return customer.name.lower()


class CustomerTableModel(QAbstractTableModel):
    """The rows of CustomerService.overview, sorted in Python by exact keys."""

    def __init__(self, locale: str, zone: tzinfo | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale, self._zone = locale, zone
        self.policy_names: dict[str, str] = {}  # by id: the policies' names, shown for their ids
        self._rows: list[CustomerOverview] = []
        self._sorted_by = (COL_NAME, Qt.SortOrder.AscendingOrder)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("CustomersWindow", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_EQUIPMENT, COL_OPEN):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and row.record.archived_at is not None:
            return Qt.GlobalColor.gray
        return None

    def _text(self, row: CustomerOverview, column: int) -> str:
        customer = row.record.customer
        if column == COL_NAME:
            if row.record.archived_at is None:
                return customer.name
            return translate("CustomersWindow", "{name} (archived)").format(name=customer.name)
        if column == COL_PHONE:
            return customer.phone
        if column == COL_EMAIL:
            return customer.email
        if column == COL_POLICY:
            return self.policy_names.get(customer.policy_id, customer.policy_id)
        if column == COL_EQUIPMENT:
            return str(row.equipment)
        if column == COL_LAST:
            if row.last_session is None:
                return NO_VALUE
            return f"{row.last_session.astimezone(self._zone):%Y-%m-%d}"
        amounts = [money_text(amount, currency, self._locale) for currency, amount in row.owed]
        return ", ".join(amounts)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort()
        self.layoutChanged.emit()

    def _sort(self) -> None:
        column, order = self._sorted_by
        by_name = sorted(self._rows, key=lambda r: r.record.customer.name.lower())
        self._rows = sorted(
            by_name,
            key=lambda r: _sort_key(r, column, self.policy_names),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def set_rows(self, rows: Sequence[CustomerOverview]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort()
        self.endResetModel()

    def overview(self, row: int) -> CustomerOverview:
        return self._rows[row]

    def row_of(self, customer_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.record.id == customer_id:
                return number
        return None

    def names(self) -> list[str]:
        return [row.record.name for row in self._rows]


class CustomersView(QDialog):
    """The window's widgets; CustomersWindow wires them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CustomersWindow", "Customers"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("CustomersWindow", "Search by name, email, phone or remote ID")
        )
        self.search.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(translate("CustomersWindow", "Show archived"))
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.status = QLabel()
        self.new_customer = QPushButton(translate("CustomersWindow", "&New customer…"))
        self.edit_customer = QPushButton(translate("CustomersWindow", "&Edit…"))
        self.archive = QPushButton(translate("CustomersWindow", "&Archive"))
        self.equipment = QListWidget()
        self.add_equipment = QPushButton(translate("CustomersWindow", "Add e&quipment…"))
        self.edit_equipment = QPushButton(translate("CustomersWindow", "Edit equip&ment…"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        actions = QHBoxLayout()
        for button in (self.new_customer, self.edit_customer, self.archive):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.status)
        equipment_buttons = QHBoxLayout()
        equipment_buttons.addWidget(QLabel(translate("CustomersWindow", "Equipment")))
        equipment_buttons.addStretch(1)
        equipment_buttons.addWidget(self.add_equipment)
        equipment_buttons.addWidget(self.edit_equipment)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addLayout(actions)
        layout.addLayout(equipment_buttons)
        layout.addWidget(self.equipment, 1)
        self.resize(900, 560)


class CustomersWindow(QObject, OneDialog):
    """Lists the customers and acts on the selected one. `changed` carries a customer whose
    details or equipment were changed here (the desk shows them again if chosen there)."""

    changed = Signal(object)  # CustomerRecord

    def __init__(
        self,
        customers: CustomerService,
        locale: str,
        parent: QWidget | None = None,
        *,
        policies: Callable[[], Sequence[tuple[str, str]]] = lambda: (),
        default_policy: Callable[[], str] = lambda: "",
        first_tool: Callable[[CustomerRecord], RemoteTool | None] | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        """`policies`: the (id, name) a customer can be given; `default_policy`: the one a new
        customer begins with; `first_tool`: the tool new equipment begins with."""
        super().__init__(parent)
        self.view = CustomersView(parent)
        self.view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setParent(self.view)
        self._customers = customers
        self._policies, self._default_policy = policies, default_policy
        self._first_tool = first_tool
        self.model = CustomerTableModel(locale, zone, self)
        with reporting_errors(parent):  # a policy file that cannot be read: its id is shown
            self.model.policy_names = dict(policies())
        self.view.table.setModel(self.model)
        header = self.view.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.dialog: QDialog | None = None  # the add or edit dialog open, if any
        self.loading = False  # rows are being read
        self._wanted: int | None = None  # the customer to select once the rows are in
        self._again = False  # the search changed while reading: read once more
        self._said = ""  # what the last action did, said beside the count once the rows are in
        self._typing = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.reload)
        view = self.view
        view.search.textEdited.connect(lambda _text: self._typing.start())
        view.show_archived.toggled.connect(lambda _on: self.reload())
        selection = view.table.selectionModel()
        selection.currentRowChanged.connect(lambda _now, _before: self._selected())
        view.table.doubleClicked.connect(lambda _index: self.open_edit())
        view.new_customer.clicked.connect(self.open_new)
        view.edit_customer.clicked.connect(self.open_edit)
        view.archive.clicked.connect(self.toggle_archived)
        view.add_equipment.clicked.connect(self.open_add_equipment)
        view.edit_equipment.clicked.connect(self.open_edit_equipment)
        view.equipment.itemDoubleClicked.connect(lambda _item: self.open_edit_equipment())
        view.equipment.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._selected()
        self.reload()

    # -- reading -----------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the rows the search and the archive box ask for (on a worker), then select
        `select` (a customer id), else keep the selected customer."""
        current = self.current()
        self._wanted = select if select is not None else (current.record.id if current else None)
        if self.loading:
            self._again = True
            return
        self.loading, self._again = True, False
        text, archived = self.view.search.text().strip(), self.view.show_archived.isChecked()
        self.view.status.setText(translate("CustomersWindow", "Reading customers…"))
        run_in_background(
            lambda: self._customers.overview(text, archived), self._loaded, self._failed
        )

    def _loaded(self, rows: list[CustomerOverview]) -> None:
        if not isValid(self):  # the window was closed while its rows were read
            return
        self.loading = False
        if self._again:
            self.reload(self._wanted)
            return
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first:  # widths from the first rows read; the user's own widths are kept afterwards
            self.view.table.resizeColumnsToContents()
        count = len(rows)
        text = (
            translate("CustomersWindow", "1 customer")
            if count == 1
            else translate("CustomersWindow", "{count} customers").format(count=count)
        )
        self.view.status.setText(f"{self._said}  {text}" if self._said else text)
        self._said = ""
        row = self.model.row_of(self._wanted) if self._wanted is not None else None
        if row is not None:
            self.view.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._selected()

    def _failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self.loading = False
        self.view.status.setText("")
        if self._again:  # the search changed meanwhile: read what it asks for now
            self.reload(self._wanted)
            return
        show_error(self.view, error)

    def current(self) -> CustomerOverview | None:
        index = self.view.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.overview(index.row())

    def _selected(self) -> None:
        """Show the selected customer's equipment, and what can be done with them."""
        equipment = self.view.equipment
        equipment.clear()
        current = self.current()
        if current is not None:
            with reporting_errors(self.view):
                for record in self._customers.equipment_of(current.record.id):
                    kit = record.equipment
                    item = QListWidgetItem(f"{kit.label} — {tool_label(kit.tool, kit.remote_id)}")
                    item.setData(Qt.ItemDataRole.UserRole, record)
                    equipment.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self.current()
        view = self.view
        for button in (view.edit_customer, view.archive, view.add_equipment):
            button.setEnabled(current is not None)
        view.edit_equipment.setEnabled(self._equipment() is not None)
        archived = current is not None and current.record.archived_at is not None
        restore = translate("CustomersWindow", "&Restore")
        view.archive.setText(restore if archived else translate("CustomersWindow", "&Archive"))

    def _equipment(self) -> EquipmentRecord | None:
        item = self.view.equipment.currentItem()
        if item is None:
            return None
        record = item.data(Qt.ItemDataRole.UserRole)
        return record if isinstance(record, EquipmentRecord) else None

    # -- acting on the selected customer -----------------------------------------------------

    def open_new(self) -> None:
        dialog = NewCustomerDialog(
            self._customers.add_customer,
            self.view,
            self.view.search.text().strip(),
            self._policies(),
            self._default_policy(),
        )
        dialog.accepted.connect(lambda: self._saved(dialog.record))
        self._open(dialog)

    def open_edit(self) -> None:
        current = self.current()
        if current is None:
            return
        customer_id = current.record.id
        dialog = EditCustomerDialog(
            current.record,
            lambda customer: self._customers.update_customer(customer_id, customer),
            self.view,
            self._policies(),
        )
        dialog.accepted.connect(lambda: self._saved(dialog.record))
        self._open(dialog)

    def toggle_archived(self) -> None:
        """Archive the selected customer, or restore them when archived."""
        current = self.current()
        if current is None:
            return
        with reporting_errors(self.view):
            customers = self._customers
            if current.record.archived_at is None:
                record = customers.archive(current.record.id)
                said = translate(
                    "CustomersWindow", "{name} archived: Show archived lists them again."
                )
            else:
                record = customers.restore(current.record.id)
                said = translate("CustomersWindow", "{name} restored.")
            self._said = said.format(name=record.name)
            self._saved(record)

    def open_add_equipment(self) -> None:
        current = self.current()
        if current is None:
            return
        record = current.record
        first_tool = None
        if self._first_tool is not None:
            with reporting_errors(self.view):
                first_tool = self._first_tool(record)

        def save(equipment: Equipment) -> EquipmentRecord:
            return self._customers.add_equipment(record.id, equipment)

        dialog = AddEquipmentDialog(record.name, save, self.view, first_tool)
        dialog.accepted.connect(lambda: self._saved(record))
        self._open(dialog)

    def open_edit_equipment(self) -> None:
        current, equipment = self.current(), self._equipment()
        if current is None or equipment is None:
            return
        record = current.record

        def save(changed: Equipment) -> EquipmentRecord:
            return self._customers.update_equipment(equipment.id, changed)

        dialog = EditEquipmentDialog(record.name, equipment, save, self.view)
        dialog.accepted.connect(lambda: self._saved(record))
        self._open(dialog)

    def _saved(self, record: CustomerRecord | None) -> None:
        if record is None:
            return
        self.changed.emit(record)
        self.reload(select=record.id)
