"""The test message: sent at once through the mail server the settings name, outside the outbox,
so the office sees whether mail works before a customer's message depends on it (`assistdesk
mail test`, and *Send a test message* in the first-run setup)."""

from __future__ import annotations

from datetime import datetime

from app.mail.composer import MailContent, compose, new_message_id
from app.mail.mail_setup import SMTP_PASSWORD, MailSetup, check_address
from app.mail.smtp import PasswordSource, SmtpTransport
from app.settings import Settings
from app.tools.secret_store import KeyringSecretStore, SecretStore


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


class SmtpPassword:
    """The SMTP password, kept in the keyring only (never in a field, a file, a log or the
    database)."""

    def __init__(self, store: SecretStore | None = None) -> None:
        self._store: SecretStore = store or KeyringSecretStore()

    def check_usable(self) -> None:
        """Raise the keyring's refusal (a DomainError: NoKeyringError) when none is usable."""
        self._store.get(SMTP_PASSWORD)

    def set(self, password: str) -> None:
        self._store.set(SMTP_PASSWORD, password)

    def get(self) -> str | None:
        return self._store.get(SMTP_PASSWORD)


def send_test(settings: Settings, to: str, now: datetime, password: SmtpPassword) -> str:
    """The test message through the server `settings` name (as typed, perhaps not saved yet);
    the server's reply (see send_test_message)."""
    setup = MailSetup.from_settings(settings)
    return send_test_message(setup, password.get, to, now, "The test message's address")
