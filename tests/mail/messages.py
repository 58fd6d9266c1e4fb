"""Reading what the test SMTP server received: the text and HTML parts, the attachments, and the
session that causes a summary."""

from __future__ import annotations

from email.message import EmailMessage

from app.core.remote_tool import RemoteTool
from app.core.session import Outcome
from tests.mail.conftest import MailOffice
from tests.mail.smtp_server import SmtpServer


def parts(message: EmailMessage) -> tuple[str, str]:
    text = message.get_body(("plain",))
    markup = message.get_body(("html",))
    assert text is not None, "a text part"
    assert markup is not None, "an HTML part"
    return tidy(text.get_content()), tidy(markup.get_content())


def tidy(text: str) -> str:
    """Lines as written, and Babel's no-break spaces ("€\xa035,00") as plain ones."""
    return text.replace("\r\n", "\n").replace("\xa0", " ")


def attachments(message: EmailMessage) -> dict[str, tuple[str, bytes]]:
    found = {}
    for part in message.iter_attachments():
        assert isinstance(part, EmailMessage)
        data = part.get_payload(decode=True)
        assert isinstance(data, bytes)
        found[part.get_filename() or ""] = (part.get_content_type(), data)
    return found


def only(smtp: SmtpServer) -> EmailMessage:
    assert len(smtp.received) == 1, f"{len(smtp.received)} messages arrived, not one"
    return smtp.received[0].message


def ended_session(office: MailOffice, customer: int, minutes: int, **end: object) -> int:
    detail = office.sessions.open(customer, tool=RemoteTool.ANYDESK)
    office.sessions.accept(detail.id)
    office.clock.advance(minutes=minutes)
    office.sessions.end(detail.id, Outcome.RESOLVED, **end)  # type: ignore[arg-type]
    return detail.id
