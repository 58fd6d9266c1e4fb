"""The parts of the session panel around the timer, laid out: the checklist button, the connect
row (tool, remote ID, one-time password, Connect) with its status line and the bar that offers to
undo an automatic start, and the notes box. Views only; BeforeConnecting, ConnectController,
AutoStart and NotesBox wire them. SessionPanel installs this view
into the main window's SessionPanelView (between the notice and the timer, notes at the bottom)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import translate


class ConnectView(QWidget):
    """Checklist button and summary; tool, remote ID, password and Connect; a status line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checklist = QPushButton(translate("ConnectView", "Checklist…"))
        self.checklist_summary = QLabel()  # "Checklist: 1 of 3 answered"
        self.tool = QComboBox()
        self.remote_id = QLineEdit()
        self.remote_id.setPlaceholderText(translate("ConnectView", "Remote ID"))
        self.password = QLineEdit()
        self.password.setPlaceholderText(translate("ConnectView", "Session password (optional)"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.connect_button = QPushButton(translate("ConnectView", "Connect"))
        self.status = QLabel()  # launched, fallback offered, what the watcher saw
        self.status.setWordWrap(True)
        self.undo_bar = UndoBar()

        check_row = QHBoxLayout()
        check_row.addWidget(self.checklist)
        check_row.addWidget(self.checklist_summary, 1)
        connect_row = QHBoxLayout()
        connect_row.addWidget(self.tool)
        connect_row.addWidget(self.remote_id, 1)
        connect_row.addWidget(self.password, 1)
        connect_row.addWidget(self.connect_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(check_row)
        layout.addLayout(connect_row)
        layout.addWidget(self.status)
        layout.addWidget(self.undo_bar)


class UndoBar(QWidget):
    """ "Timer started from AnyDesk's report at 14:03:12" and an Undo button; hidden until an
    automatic start, and again once the undo is no longer offered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.undo = QPushButton(translate("UndoBar", "Undo"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message, 1)
        row.addWidget(self.undo)
        self.setVisible(False)


class NotesView(QWidget):
    """A line to type a note in, its Add button, and the notes so far with their times."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(translate("NotesView", "Type a note and press Enter…"))
        self.add = QPushButton(translate("NotesView", "Add note"))
        self.notes = QListWidget()
        self.notes.setMaximumHeight(110)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.notes)


def install(panel: QWidget, connect: ConnectView, notes: NotesView) -> None:
    """Put the connect row under the panel's notice and the notes box under its buttons."""
    layout = panel.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(2, connect)
    layout.addWidget(notes)
