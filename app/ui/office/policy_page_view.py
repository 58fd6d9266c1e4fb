"""The policies dialog, laid out: the list of policy files; the selected policy in plain words with
its price table; and its TOML text with Check and Save. A view only — PolicyPage wires it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import QT_TRANSLATE_NOOP, translate

PRICE_HEADERS = (
    QT_TRANSLATE_NOOP("PoliciesDialog", "Longer than"),
    QT_TRANSLATE_NOOP("PoliciesDialog", "Up to"),
    QT_TRANSLATE_NOOP("PoliciesDialog", "Price"),
)


def _wrapping_label(selectable: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _titled(title: str, *widgets: QWidget, stretch_last: bool = False) -> QWidget:
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    heading = QLabel(title)
    font = QFont(heading.font())
    font.setBold(True)
    heading.setFont(font)
    layout.addWidget(heading)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_last and i == len(widgets) - 1 else 0)
    if not stretch_last:
        layout.addStretch(1)
    return column


class PoliciesDialog(QDialog):
    """Public widgets: `policies` (list), `title`, `origin`, `description`, `prices` (table),
    `prices_note`, `editor`, `check`, `save`, `status`. `may_close` is asked before closing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PoliciesDialog", "Policies"))
        self.may_close: Callable[[], bool] = lambda: True
        self.policies = QListWidget()
        self.policies.setMinimumWidth(220)
        self.policies.setWordWrap(True)
        self.policies.setSpacing(3)

        self.title = _wrapping_label()
        title_font = QFont(self.title.font())
        title_font.setPointSize(title_font.pointSize() + 3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.origin = _wrapping_label()  # preset or office file, and what saving does
        self.description = _wrapping_label(selectable=True)
        self.prices = QTableWidget(0, len(PRICE_HEADERS))
        self.prices.setHorizontalHeaderLabels(
            [translate("PoliciesDialog", header) for header in PRICE_HEADERS]
        )
        self.prices.verticalHeader().setVisible(False)
        self.prices.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.prices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.prices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.prices.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.prices.setAlternatingRowColors(True)
        self.prices_note = _wrapping_label()

        self.editor = QPlainTextEdit()
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.check = QPushButton(translate("PoliciesDialog", "Check"))
        self.save = QPushButton(translate("PoliciesDialog", "Save"))
        self.status = _wrapping_label(selectable=True)  # "Valid", the problem, or where it went
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)

        summary = QWidget()
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.origin, self.description):
            summary_layout.addWidget(widget)
        summary_layout.addWidget(
            _titled(translate("PoliciesDialog", "Price table"), self.prices, stretch_last=True), 1
        )
        summary_layout.addWidget(self.prices_note)

        actions = QHBoxLayout()
        actions.addWidget(self.check)
        actions.addWidget(self.save)
        actions.addStretch(1)
        file_column = QWidget()
        file_layout = QVBoxLayout(file_column)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(
            _titled(
                translate("PoliciesDialog", "Policy file (TOML)"), self.editor, stretch_last=True
            ),
            1,
        )
        file_layout.addLayout(actions)
        file_layout.addWidget(self.status)

        splitter = QSplitter()
        splitter.addWidget(
            _titled(translate("PoliciesDialog", "Policies"), self.policies, stretch_last=True)
        )
        splitter.addWidget(summary)
        splitter.addWidget(file_column)
        splitter.setSizes([230, 400, 470])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.close_buttons)
        self.resize(1140, 720)

    def reject(self) -> None:
        """Closing (Esc, the window's X, Close) first asks `may_close`, e.g. about unsaved edits."""
        if self.may_close():
            super().reject()
