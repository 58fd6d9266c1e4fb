"""A message as the outbox keeps it (recipient, subject, both bodies, attachments, Message-ID), and
the email it becomes when it is sent: sender and date are added then, from the setup in force."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from app.mail.mail_setup import MailSetup


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content_type: str  # e.g. application/pdf, text/calendar
    data: bytes


@dataclass(frozen=True, slots=True)
class MailContent:
    recipient: str
    subject: str
    text: str
    html: str
    message_id: str
    attachments: tuple[Attachment, ...] = ()


def new_message_id(sender: str = "") -> str:
    """A Message-ID in the sender's domain; fixed when the message is queued, so a message tried
    twice is recognisably the same message."""
    domain = sender.rpartition("@")[2] or "assistdesk.invalid"
    return make_msgid(domain=domain)


def compose(content: MailContent, setup: MailSetup, now: datetime) -> EmailMessage:
    message = EmailMessage()
    message["From"] = setup.from_header
    message["To"] = content.recipient
    message["Subject"] = content.subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = content.message_id
    message.set_content(content.text)
    if content.html:
        message.add_alternative(content.html, subtype="html")
    for item in content.attachments:
        maintype, _, subtype = item.content_type.partition("/")
        message.add_attachment(item.data, maintype=maintype, subtype=subtype,
                               filename=item.filename)  # fmt: skip
    return message
