"""Which SMTP server mail goes through, and as whom, read from the settings. The password is not
here: it lives in the keyring (see app.tools.secret_store) and is read only to log in."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from email.headerregistry import Address
from email.utils import parseaddr
from enum import StrEnum
from typing import Any

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP

SMTP_PASSWORD = "smtp-password"  # the secret's name in the keyring
TIMEOUT_SECONDS = 30.0  # every network wait while sending is bounded by this


class MailNotSetUpError(DomainError):
    """The settings do not say yet how to send mail."""


class Security(StrEnum):
    STARTTLS = "starttls"  # usually port 587
    TLS = "tls"  # usually port 465
    NONE = "none"  # only for a relay on this computer


@dataclass(frozen=True, slots=True)
class MailSetup:
    server: str
    port: int
    security: Security
    user: str
    sender: str  # the address mail comes from
    sender_name: str  # the company's name
    timeout: float = TIMEOUT_SECONDS

    @classmethod
    def from_settings(cls, settings: Any) -> MailSetup:
        """The setup the settings describe, or MailNotSetUpError saying what is missing."""
        server = settings["mail.server"]
        sender = settings["mail.sender"] or settings["company.email"]
        if not server:
            raise MailNotSetUpError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Mail is not set up: give the SMTP server in Office → Settings… (the setting "
                    "mail.server).",
                ).format()
            )
        if not sender:
            raise MailNotSetUpError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Mail has no sender address: give the sender address or the company email in "
                    "Office → Settings… (the setting mail.sender or company.email).",
                ).format()
            )
        check_address(sender, "mail.sender")
        security = Security(settings["mail.security"])
        if security is Security.NONE and not _local(server):
            raise MailNotSetUpError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "mail.security none sends the password and the mail in clear, so it is only "
                    "allowed for a server on this computer, not {server}; use starttls or tls.",
                ).format(server=server)
            )
        return cls(server, settings["mail.port"], security, settings["mail.user"], sender,
                   settings["company.name"])  # fmt: skip

    @property
    def from_header(self) -> str:
        local, _, domain = self.sender.rpartition("@")
        return str(Address(self.sender_name or "", local, domain))


def check_address(text: str, what: str = "The address") -> str:
    """`text` if it is one plain email address, else a DomainError naming it."""
    name, address = parseaddr(text.strip())
    local, at, domain = address.rpartition("@")
    if name or not at or not local or "." not in domain or address != text.strip():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{what} {text!r} is not an email address such as office@example.com."
            ).format(what=what, text=text)
        )
    return address


def _local(server: str) -> bool:
    if server.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(server).is_loopback
    except ValueError:
        return False
