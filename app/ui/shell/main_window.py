"""The main window, laid out: the customer picker and the session panel side by side, the
session log below, where the data lives in the status bar. Views only — no services, no rules;
the controllers (CustomerPicker, SessionPanel, Desk) wire these widgets.

This module is what the user sees first, so it imports nothing but Qt widgets: no app.core, no
SQLAlchemy, not even the `Qt` namespace (whose enums alone cost ~15 ms to load). The window can
then be shown at once, greyed out, while the database opens on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

OPENING_TEXT = QT_TRANSLATE_NOOP("MainWindow", "Opening database…")
SHORTCUT_PROPERTY = "assistdeskShortcut"  # an action's key, set once the window is shown
LOG_TAB, TODAY_TAB = 0, 1


class CustomerPickerView(QWidget):
    """The customer search box, the equipment choice and their "add" buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("MainWindow", "Type a name, email, phone or remote ID…")
        )
        self.search.setClearButtonEnabled(True)
        self.new_customer = QPushButton(translate("MainWindow", "New customer…"))
        self.edit = QPushButton(translate("MainWindow", "Edit…"))  # its menu: customer, equipment
        self.equipment = QComboBox()
        self.equipment.setMinimumContentsLength(22)
        self.add_equipment = QPushButton(translate("MainWindow", "Add equipment…"))
        self.contact = QLabel()  # the chosen customer's email, phone and VAT id
        self.contact.setWordWrap(True)

        grid = QGridLayout(self)
        grid.addWidget(QLabel(translate("MainWindow", "Name")), 0, 0)
        grid.addWidget(self.search, 0, 1)
        grid.addWidget(self.new_customer, 0, 2)
        grid.addWidget(self.edit, 0, 3)
        grid.addWidget(QLabel(translate("MainWindow", "Equipment")), 1, 0)
        grid.addWidget(self.equipment, 1, 1)
        grid.addWidget(self.add_equipment, 1, 2)
        grid.addWidget(self.contact, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)


class SessionPanelView(QWidget):
    """The state line, the large timer with the cost lines under it, and the session buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state_line = QLabel()
        self.state_line.setWordWrap(True)
        self.notice = QLabel()  # what the policy says: outside opening hours, book long sessions
        self.timer = QLabel("00:00:00")
        self.timer.setObjectName("sessionTimer")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(40)
        self.timer.setFont(font)
        self.cost = QLabel()  # "€15.00 — next block at 00:15:00"
        self.cost.setObjectName("sessionCost")
        cost_font = self.cost.font()
        cost_font.setPointSize(cost_font.pointSize() + 5)
        cost_font.setBold(True)
        self.cost.setFont(cost_font)
        self.cost_detail = QLabel()  # "Free minutes left: 50 min", out of hours, net and VAT
        self.limit_warning = QLabel()  # near or past the policy's maximum session length
        self.start = QPushButton(translate("MainWindow", "Start session"))
        self.accepted = QPushButton(translate("MainWindow", "Connection accepted"))
        self.pause = QPushButton(translate("MainWindow", "Pause"))
        self.end = QPushButton(translate("MainWindow", "End session…"))

        readout = QVBoxLayout()
        readout.addStretch(1)
        for widget in (self.timer, self.cost, self.cost_detail, self.limit_warning):
            readout.addWidget(widget)
        readout.addStretch(1)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addLayout(readout)
        centred.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.start, self.accepted, self.pause, self.end):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_line)
        layout.addWidget(self.notice)
        layout.addLayout(centred, 1)
        layout.addLayout(buttons)


class MainWindow(QMainWindow):
    """Public widgets: `picker`, `panel`, `tabs` with the `log` (a QTableView) and the Today tab
    (an empty page until a Desk with an appointment book installs the view), `where` and
    `settings_notice` (status bar; the notice hidden until settings need attention), and the
    menus' actions (`new_session_action`, `accepted_action`, `pause_action`,
    `end_action`, `history_action`, `compact_timer_action` (checkable), `invoices_action`,
    `outbox_action`, `policies_action`, `settings_action`), disabled until a Desk that can serve
    them enables them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.picker = CustomerPickerView()
        self.panel = SessionPanelView()
        self.log = QTableView()
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.setAlternatingRowColors(True)
        self.log.setShowGrid(False)
        self.log.setWordWrap(False)
        self.log.verticalHeader().setVisible(False)
        self.log.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.log.horizontalHeader().setHighlightSections(False)
        self.where = QLabel()
        self.statusBar().addPermanentWidget(self.where, 1)
        self.settings_notice = QPushButton()
        self.settings_notice.setFlat(True)
        self.settings_notice.setStyleSheet("color: palette(link); text-align: left;")
        self.settings_notice.hide()
        self.statusBar().addPermanentWidget(self.settings_notice)
        self.close_guard: Callable[[], bool] | None = None  # see closeEvent
        self._build_menus()

        customer_box = QGroupBox(translate("MainWindow", "Customer"))
        QVBoxLayout(customer_box).addWidget(self.picker)
        session_box = QGroupBox(translate("MainWindow", "Session"))
        QVBoxLayout(session_box).addWidget(self.panel)
        top = QHBoxLayout()
        top.addWidget(customer_box, 1)
        top.addWidget(session_box, 1)

        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.log, translate("MainWindow", "Session log"))
        self._today_placeholder = QWidget()  # the view is built once the database is open
        self.tabs.addTab(self._today_placeholder, translate("MainWindow", "Today"))
        self.tabs.setTabEnabled(TODAY_TAB, False)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(self.body)
        self.resize(1000, 680)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing asks `close_guard` first (the Desk's: a running session is not left without
        a word); False keeps the window open."""
        if self.close_guard is not None and not self.close_guard():
            event.ignore()
            return
        super().closeEvent(event)

    def _build_menus(self) -> None:
        """Every command with a keyboard way in; all off until a Desk wires (and enables) them.
        Only QActions here: the windows they open are imported when first opened."""
        session = self.menuBar().addMenu(translate("MainWindow", "&Session"))
        self.new_session_action = _action(
            session, translate("MainWindow", "&New session"), "Ctrl+N"
        )
        self.accepted_action = _action(
            session, translate("MainWindow", "Connection &accepted"), "Ctrl+Return"
        )
        self.pause_action = _action(session, translate("MainWindow", "&Pause / resume"), "Ctrl+P")
        self.end_action = _action(session, translate("MainWindow", "&End session…"), "Ctrl+E")
        session.addSeparator()
        self.quit_action = _action(session, translate("MainWindow", "&Quit"), "Ctrl+Q")
        self.quit_action.setEnabled(True)
        self.quit_action.triggered.connect(self.close)
        view = self.menuBar().addMenu(translate("MainWindow", "&View"))
        self.history_action = _action(view, translate("MainWindow", "Session &history…"), "Ctrl+H")
        view.addSeparator()
        self.compact_timer_action = _action(
            view, translate("MainWindow", "&Compact timer"), "Ctrl+T"
        )
        self.compact_timer_action.setCheckable(True)
        office = self.menuBar().addMenu(translate("MainWindow", "&Office"))
        self.customers_action = _action(
            office, translate("MainWindow", "&Customers…"), "Ctrl+Shift+C"
        )
        self.invoices_action = _action(office, translate("MainWindow", "&Invoices…"), "Ctrl+I")
        self.outbox_action = _action(office, translate("MainWindow", "&Outbox…"), "Ctrl+Shift+O")
        self.policies_action = _action(office, translate("MainWindow", "&Policies…"), "")
        office.addSeparator()
        self.setup_action = _action(office, translate("MainWindow", "Set &up…"), "")
        self.settings_action = _action(office, translate("MainWindow", "&Settings…"), "Ctrl+,")

    def add_shortcuts(self) -> None:
        """Give the menus' actions their keys (registering shortcuts costs ~15 ms of start-up,
        so the Desk does this once the window is on screen)."""
        for menu in self.menuBar().findChildren(QMenu):
            for action in menu.actions():
                shortcut = action.property(SHORTCUT_PROPERTY)
                if shortcut:
                    action.setShortcut(str(shortcut))

    def set_opening(self, opening: bool) -> None:
        """While the database opens, everything is greyed out and says so."""
        self.body.setEnabled(not opening)
        if opening:
            opening_text = translate("MainWindow", OPENING_TEXT)
            self.panel.state_line.setText(opening_text)
            self.where.setText(opening_text)

    def install_today(self, view: QWidget) -> None:
        """Put the Today view in its tab (the Desk does, with an appointment book)."""
        self.tabs.removeTab(TODAY_TAB)
        self.tabs.insertTab(TODAY_TAB, view, translate("MainWindow", "Today"))
        self._today_placeholder.deleteLater()

    def set_today_title(self, title: str) -> None:
        self.tabs.setTabText(TODAY_TAB, title)

    def show_where(self, description: str, detail: str = "") -> None:
        """Where the data lives; `detail` (e.g. where a pre-upgrade copy went) as a tooltip."""
        self.where.setText(translate("MainWindow", "Data: {where}").format(where=description))
        self.where.setToolTip(detail)


def _action(menu: QMenu, text: str, shortcut: str) -> QAction:
    """A disabled action; its shortcut is only noted (see MainWindow.add_shortcuts)."""
    action = menu.addAction(text)
    action.setProperty(SHORTCUT_PROPERTY, shortcut)
    action.setEnabled(False)
    return action
