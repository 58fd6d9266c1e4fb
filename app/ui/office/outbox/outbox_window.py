"""The outbox window: every message to a customer with its status, attempts and the server's
last reply; a preview of the selected one (subject, text, HTML); Retry and Discard, and Send for a
message held for review (the `mail.review` setting), which the sender never takes until then.

Reads are one quick query and run here; sending is the MailWorker's, on its own thread, which a
retry wakes. The list is read again every few seconds while the window is open, so a message the
worker sends moves from Queued to Sent without a click.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import DomainError
from app.services.mail_worker import MailWorker
from app.services.outbox import HELD, STATUSES, Outbox, OutboxRecord
from app.storage.outbox_queue import FAILED, QUEUED
from app.ui.error_dialog import reporting_errors
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.office.outbox.outbox_model import (
    COL_ERROR,
    COL_SUBJECT,
    NO_ADDRESS,
    OutboxTableModel,
    status_label,
)

REFRESH_MS = 5_000
CONTEXT = "OutboxWindow"
NO_SELECTION = QT_TRANSLATE_NOOP("OutboxWindow", "Select a message to preview it.")
NOT_SENDING = QT_TRANSLATE_NOOP(
    "OutboxWindow", "Mail is not set up (Office → Settings…, SMTP server): messages wait here."
)
HELD_HINT = QT_TRANSLATE_NOOP(
    "OutboxWindow", "Held for review: Send it when it reads right, or Discard it."
)


class OutboxView(QWidget):
    """Lays out: the status filter, the table, the preview (`heading`, `text`, `html` tabs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("OutboxWindow", "Outbox"))
        self.status = QComboBox()
        self.status.addItem(translate("OutboxWindow", "All messages"), "")
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.refresh = QPushButton(translate("OutboxWindow", "&Refresh"))
        self.send = QPushButton(translate("OutboxWindow", "&Send"))  # a held message, reviewed
        self.send.setToolTip(translate("OutboxWindow", "Send this message with the queue"))
        self.retry = QPushButton(translate("OutboxWindow", "Re&try"))
        self.discard = QPushButton(translate("OutboxWindow", "&Discard"))
        self.sending = QLabel()  # whether a worker sends the queue
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.heading = QLabel(translate(CONTEXT, NO_SELECTION))
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.html = QTextBrowser()
        self.html.setOpenLinks(False)  # a preview: nothing is followed
        self.parts = QTabWidget()
        self.parts.addTab(self.text, translate("OutboxWindow", "Text"))
        self.parts.addTab(self.html, translate("OutboxWindow", "HTML"))

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("OutboxWindow", "Show")))
        top.addWidget(self.status)
        top.addWidget(self.sending, 1)
        top.addWidget(self.refresh)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.heading)
        preview_layout.addWidget(self.parts, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send)
        buttons.addWidget(self.retry)
        buttons.addWidget(self.discard)
        preview_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.resize(1100, 640)


class OutboxWindow(QObject):
    """Wires an OutboxView to the Outbox; lives as long as the view (its Qt parent)."""

    def __init__(
        self,
        outbox: Outbox,
        worker: MailWorker | None,
        locale: str,
        parent: QWidget | None = None,
    ) -> None:
        self.view = OutboxView(parent)
        super().__init__(self.view)
        self._outbox, self._worker, self._locale = outbox, worker, locale
        self.model = OutboxTableModel(parent=self)
        view = self.view
        view.table.setModel(self.model)
        header = view.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ERROR, QHeaderView.ResizeMode.Stretch)
        view.sending.setText("" if worker is not None else translate(CONTEXT, NOT_SENDING))
        view.status.currentIndexChanged.connect(lambda _i: self.refresh())
        view.refresh.clicked.connect(self.refresh)
        view.send.clicked.connect(self.release)
        view.retry.clicked.connect(self.retry)
        view.discard.clicked.connect(self.discard)
        view.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Read the list again; the same message stays selected."""
        chosen = self.selected()
        status = str(self.view.status.currentData() or "") or None
        with reporting_errors(self.view):
            self.model.set_rows(self._outbox.list(status))
        if chosen is not None:
            self.select(chosen.id)
        else:
            self._show(None)

    def select(self, message_id: int) -> bool:
        row = self.model.row_of(message_id)
        if row is None:
            self._show(None)
            return False
        self.view.table.selectRow(row)
        self._show(self.model.record(row))
        return True

    def selected(self) -> OutboxRecord | None:
        chosen = self.view.table.selectionModel().selectedRows()
        return self.model.record(chosen[0].row()) if chosen else None

    def release(self) -> None:
        """Send the held message shown: the technician has read it."""
        record = self.selected()
        if record is None:
            return
        with reporting_errors(self.view):
            self._outbox.release(record.id)
            if self._worker is not None:
                self._worker.wake()
        self.refresh()

    def retry(self) -> None:
        record = self.selected()
        if record is None:
            return
        with reporting_errors(self.view):
            self._outbox.retry(record.id)
            if self._worker is not None:
                self._worker.wake()
        self.refresh()

    def discard(self) -> None:
        record = self.selected()
        if record is None:
            return
        with reporting_errors(self.view):
            self._outbox.discard(record.id)
        self.refresh()

    def _selection_changed(self, *_: QItemSelection) -> None:
        self._show(self.selected())

    def _show(self, record: OutboxRecord | None) -> None:
        view = self.view
        view.send.setEnabled(record is not None and record.status == HELD)
        view.retry.setEnabled(record is not None and record.status == FAILED)
        view.discard.setEnabled(record is not None and record.status in (QUEUED, HELD, FAILED))
        if record is None:
            view.heading.setText(translate(CONTEXT, NO_SELECTION))
            view.text.setPlainText("")
            view.html.setHtml("")
            return
        try:
            mail = self._outbox.preview(record.id)
        except DomainError as error:
            view.heading.setText(str(error))
            return
        to = record.recipient or translate("OutboxModel", NO_ADDRESS)
        lines = [
            translate("OutboxWindow", "To: {address}").format(address=to),
            translate("OutboxWindow", "Subject: {subject}").format(subject=mail.subject),
            translate("OutboxWindow", "{status}, {attempts} attempt(s)").format(
                status=status_label(record.status), attempts=record.attempts
            ),
        ]
        if record.attachments:
            lines.append(
                translate("OutboxWindow", "Attached: {files}").format(
                    files=", ".join(record.attachments)
                )
            )
        if record.last_error:
            lines.append(
                translate("OutboxWindow", "Problem: {error}").format(error=record.last_error)
            )
        if record.status == HELD:
            lines.append(translate(CONTEXT, HELD_HINT))
        view.heading.setText("\n".join(lines))
        view.text.setPlainText(mail.text)
        view.html.setHtml(
            mail.html or translate("OutboxWindow", "<p><i>This message has no HTML part.</i></p>")
        )
