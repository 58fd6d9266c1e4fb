"""The test message: sent at once through the mail server the settings name, outside the outbox,
so the office sees whether mail works before a customer's message depends on it (`assistdesk
mail test`, and *Send a test message* in the first-run setup)."""

from __future__ import annotations

from datetime import datetime

from app.mail.composer import MailContent, compose, new_message_id
from app.mail.mail_setup import MailSetup, check_address
from app.mail.smtp import PasswordSource, SmtpTransport


def send_test_message(
    setup: MailSetup, password: PasswordSource, to: str, now: datetime, what: str = "--to"
) -> str:
    """Send the test message to `to` (checked as one address, `what` naming it in the
    sentence); the server's reply. A refusal raises the transport's DeliveryError (its `reply`
    is what the server said); a setting that is missing or wrong, a DomainError."""
    address = check_address(to, what)
    transport = SmtpTransport(setup, password)
    text = (
        f"This is a test message from AssistDesk, sent through {setup.server}:{setup.port} "
        f"({setup.security}) as {setup.sender}. Mail to customers will arrive like this.\n"
    )
    content = MailContent(
        address, "AssistDesk test message", text, "", new_message_id(setup.sender)
    )
    with transport.connect() as connection:
        reply: str = connection.send(compose(content, setup, now))
    return reply
