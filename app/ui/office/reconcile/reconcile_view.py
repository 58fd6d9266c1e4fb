"""The reconciliation window's layout: which tool and which of its history files, the margin, and
Compare; a summary line; the matches, the connections AssistDesk never logged and the lengths that
differ, each in a table; and the button that keeps the tool's times with the matched sessions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.remote_tool import RemoteTool
from app.tools.history import HISTORY_TOOLS
from app.tools.reconciliation import DEFAULT_MARGIN_SECONDS
from app.ui.i18n import translate

CONTEXT = "ReconcileWindow"


def _table() -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ReconcileView(QWidget):
    """Widgets: `tool`, `file`, `choose`, `margin`, `compare`, `summary`, `tabs` with `matches`,
    `unknown` and `mismatched`, and `keep`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate(CONTEXT, "Reconcile with a tool's history"))
        self.tool = QComboBox()
        for tool in HISTORY_TOOLS:
            self.tool.addItem(tool.display_name, tool.value)
        self.file = QLineEdit()
        self.file.setPlaceholderText(
            translate(CONTEXT, "Connections.txt, connection_trace.txt or a Zoho Assist report")
        )
        self.choose = QPushButton(translate(CONTEXT, "Choose…"))
        self.margin = QSpinBox()
        self.margin.setRange(0, 86_400)
        self.margin.setValue(DEFAULT_MARGIN_SECONDS)
        self.margin.setSuffix(translate(CONTEXT, " s"))
        self.compare = QPushButton(translate(CONTEXT, "&Compare"))
        self.summary = QLabel(
            translate(CONTEXT, "Choose the tool and its history file, then Compare.")
        )
        self.summary.setWordWrap(True)
        self.matches, self.unknown, self.mismatched = _table(), _table(), _table()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.matches, translate(CONTEXT, "Matches"))
        self.tabs.addTab(self.unknown, translate(CONTEXT, "Not in AssistDesk"))
        self.tabs.addTab(self.mismatched, translate(CONTEXT, "Lengths differ"))
        self.keep = QPushButton(translate(CONTEXT, "&Keep the tool's times with the sessions"))
        self.keep.setToolTip(
            translate(
                CONTEXT,
                "Each matched session keeps the tool's start and end as evidence, beside its own "
                "times, which do not change.",
            )
        )
        self.keep.setEnabled(False)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(translate(CONTEXT, "Tool"), self.tool)
        form.addRow(translate(CONTEXT, "History file"), file_row)
        form.addRow(translate(CONTEXT, "Report lengths differing by more than"), self.margin)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.compare)
        buttons.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.resize(820, 480)

    def chosen_tool(self) -> RemoteTool:
        return RemoteTool(self.tool.currentData())
