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
    content_type: str  # e.g. application/pdf, text/calendar; method=REQUEST
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
        maintype, subtype, params = _content_type(item.content_type)
        message.add_attachment(item.data, maintype=maintype, subtype=subtype,
                               filename=item.filename, params=params)  # fmt: skip
    return message


def _content_type(value: str) -> tuple[str, str, dict[str, str]]:
    """`text/calendar; method=REQUEST` → ("text", "calendar", {"method": "REQUEST"}): a calendar
    message's method is a parameter of its part, which calendar programs look for."""
    kind, *parameters = (part.strip() for part in value.split(";"))
    maintype, _, subtype = kind.partition("/")
    params = dict(p.partition("=")[::2] for p in parameters if "=" in p)
    return maintype, subtype, params
