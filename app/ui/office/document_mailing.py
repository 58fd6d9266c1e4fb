"""Email from the Invoices window: the document shown in the pane (*Email…*), or every invoice the
last *Create invoices for a period* issued (*Email the ones just issued*), to its customer. The
message is previewed before it is queued (to, subject, attachment, text); it then goes through
the outbox and the mail worker like every message. Each invoice's latest message is shown in the
list's Mail column, and the shown document's in the pane (app.services.document_mail)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import DomainError
from app.services.document_mail import DocumentMail, MailState
from app.services.outbox import MailDraft
from app.ui.dialog_buttons import ok_cancel_buttons
from app.ui.error_dialog import error_text, reporting_errors
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

MAIL_LABELS = {
    "queued": QT_TRANSLATE_NOOP("DocumentMailing", "Queued"),
    "held": QT_TRANSLATE_NOOP("DocumentMailing", "Held for review"),
    "sending": QT_TRANSLATE_NOOP("DocumentMailing", "Sending"),
    "sent": QT_TRANSLATE_NOOP("DocumentMailing", "Sent"),
    "failed": QT_TRANSLATE_NOOP("DocumentMailing", "Failed"),
    "discarded": QT_TRANSLATE_NOOP("DocumentMailing", "Discarded"),
}

NO_SERVER = QT_TRANSLATE_NOOP(
    "DocumentMailing",
    "Mail is not set up yet: it waits in the outbox until an SMTP server is given in "
    "Office → Settings… (Mail).",
)


def mail_label(state: MailState | None) -> str:
    """The Mail column's word for a document's latest message; empty when never emailed."""
    if state is None:
        return ""
    return translate("DocumentMailing", MAIL_LABELS.get(state.status, state.status))


def mail_line(state: MailState | None) -> str:
    """The pane's sentence about the shown document's mail."""
    if state is None:
        return translate("DocumentMailing", "Not emailed.")
    when = f"{state.when.astimezone():%Y-%m-%d %H:%M}"
    text = translate("DocumentMailing", "Email to {to}: {state} ({when}).").format(
        to=state.recipient, state=mail_label(state).lower(), when=when
    )
    if state.status == "failed" and state.error:
        text += " " + state.error
    return text


class MailPreviewDialog(QDialog):
    """The message about to be queued: to whom, its subject and attachment, and its text."""

    def __init__(self, number: str, draft: MailDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DocumentMailing", "Email {number}").format(number=number))
        self.to = QLabel(draft.recipient)
        self.subject = QLabel(draft.rendered.subject)
        self.subject.setWordWrap(True)
        self.attachments = QLabel(", ".join(a.filename for a in draft.attachments))
        self.text = QPlainTextEdit(draft.rendered.text)
        self.text.setReadOnly(True)
        self.buttons = ok_cancel_buttons(self, translate("DocumentMailing", "Queue for sending"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(translate("DocumentMailing", "To"), self.to)
        form.addRow(translate("DocumentMailing", "Subject"), self.subject)
        form.addRow(translate("DocumentMailing", "Attached"), self.attachments)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 460)


class DocumentMailing:
    """Previews and queues documents for the Invoices window; `said` gets what was done."""

    def __init__(self, mail: DocumentMail, parent: QWidget, said: Callable[[str], None]) -> None:
        self._mail, self._parent, self._said = mail, parent, said
        self.dialog: MailPreviewDialog | None = None  # while a preview is open

    def states(self) -> dict[str, MailState]:
        return self._mail.states()

    def email(self, number: str, done: Callable[[], None]) -> None:
        """Preview document `number`'s message; queue it on OK, then call `done`."""
        with reporting_errors(self._parent):  # no email address, say: one sentence
            draft = self._mail.preview(number)
            dialog = MailPreviewDialog(number, draft, self._parent)
            self.dialog = dialog
            dialog.accepted.connect(lambda: self._queue([number], done))
            dialog.finished.connect(lambda _result: self._closed(dialog))
            dialog.open()

    def email_all(self, numbers: Sequence[str], done: Callable[[], None]) -> None:
        """Queue each of `numbers` for its customer, no preview (they were just issued, and
        the office asked for all of them); say how many, and which could not be sent."""
        self._queue(list(numbers), done)

    def _queue(self, numbers: list[str], done: Callable[[], None]) -> None:
        queued: list[str] = []
        refused: list[str] = []
        for number in numbers:
            try:
                record = self._mail.send(number)
            except DomainError as error:
                refused.append(f"{number}: {error_text(error)}")
                continue
            queued.append(number if len(numbers) > 1 else f"{number} → {record.recipient}")
        parts = []
        if queued:
            text = translate("DocumentMailing", "Queued for sending: {numbers}.")
            parts.append(text.format(numbers=", ".join(queued)))
            if not self._mail.server_set:
                parts.append(translate("DocumentMailing", NO_SERVER))
        if refused:
            text = translate("DocumentMailing", "Not queued: {reasons}")
            parts.append(text.format(reasons=" ".join(refused)))
        self._said(" ".join(parts))
        done()

    def _closed(self, dialog: MailPreviewDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
