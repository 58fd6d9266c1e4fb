"""Sending over SMTP (stdlib smtplib) with STARTTLS or TLS, and saying what went wrong in a way the
outbox can act on.

The message is handed over step by step (MAIL, RCPT, DATA) so a failure is classified by when it
happened: before the message body was sent, nothing can have arrived and the message is tried again;
once the body was sent, a lost connection leaves it UNCERTAIN whether the server took it, and the
outbox shows that instead of sending it twice.
"""

from __future__ import annotations

import re
import smtplib
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from email import policy
from email.message import EmailMessage
from email.utils import getaddresses
from enum import Enum

from app.core.messages import QT_TRANSLATE_NOOP
from app.mail.mail_setup import MailSetup, Security

PasswordSource = Callable[[], str | None]


class Failure(Enum):
    CONNECTION = "connection"  # the server could not be used at all: stop, try everything later
    TEMPORARY = "temporary"  # the server said "later" (4xx) to this message: try it again later
    REFUSED = "refused"  # the server refused this message for good (5xx): it fails
    UNCERTAIN = "uncertain"  # lost after the body was sent: it may have arrived


class DeliveryError(Exception):
    def __init__(self, failure: Failure, reply: str) -> None:
        super().__init__(reply)
        self.failure = failure
        self.reply = reply


class SmtpTransport:
    """Connections to the configured server; the password is read only when logging in."""

    def __init__(
        self, setup: MailSetup, password: PasswordSource, tls: ssl.SSLContext | None = None
    ) -> None:
        self.setup = setup
        self._password = password
        self._tls = tls or ssl.create_default_context()

    @contextmanager
    def connect(self) -> Iterator[SmtpConnection]:
        client = self._open()
        try:
            yield SmtpConnection(client, self.setup.sender)
        finally:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()

    def _open(self) -> smtplib.SMTP:
        s = self.setup
        where = f"{s.server}:{s.port}"
        client: smtplib.SMTP | None = None
        try:
            if s.security is Security.TLS:
                client = smtplib.SMTP_SSL(s.server, s.port, timeout=s.timeout, context=self._tls)
            else:
                client = smtplib.SMTP(s.server, s.port, timeout=s.timeout)
            if s.security is Security.STARTTLS:
                client.starttls(context=self._tls)
            if s.user:
                password = self._password()
                if not password:
                    raise DeliveryError(
                        Failure.CONNECTION,
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "No SMTP password is stored: store it with Office → Settings…, Set "
                            "the SMTP password.",
                        ).format(),
                    )
                client.login(s.user, password)
            return client
        except BaseException as error:
            if client is not None:
                client.close()
            if isinstance(error, smtplib.SMTPAuthenticationError):
                reason = QT_TRANSLATE_NOOP(
                    "Messages", "The mail server {where} refused the login of {user} ({reply})."
                ).format(where=where, user=s.user, reply=_reply(error))
            elif isinstance(error, smtplib.SMTPNotSupportedError):
                reason = QT_TRANSLATE_NOOP(
                    "Messages", "The mail server {where} does not offer STARTTLS; use tls or none."
                ).format(where=where)
            elif isinstance(error, smtplib.SMTPException | OSError):
                reason = QT_TRANSLATE_NOOP(
                    "Messages", "Cannot use the mail server {where} ({reason})."
                ).format(where=where, reason=_reason(error))
            else:
                raise
            raise DeliveryError(Failure.CONNECTION, reason) from None


class SmtpConnection:
    def __init__(self, client: smtplib.SMTP, sender: str) -> None:
        self._client = client
        self._sender = sender

    def send(self, message: EmailMessage) -> str:
        """Hand `message` over; returns the server's final reply."""
        c = self._client
        recipients = [address for _, address in getaddresses(message.get_all("To", []))]
        try:
            c.ehlo_or_helo_if_needed()
            code, reply = c.mail(self._sender)
            if code != 250:
                _refuse(c, Failure.CONNECTION, code, reply, f"the sender {self._sender}")
            for address in recipients:
                code, reply = c.rcpt(address)
                if code not in (250, 251):
                    _refuse(c, _by_code(code), code, reply, f"the recipient {address}")
            code, reply = c.docmd("DATA")
            if code != 354:
                _refuse(c, _by_code(code), code, reply, "the message")
        except (smtplib.SMTPException, OSError) as error:
            raise DeliveryError(
                Failure.CONNECTION,
                QT_TRANSLATE_NOOP(
                    "Messages", "The mail server stopped answering ({reason})."
                ).format(reason=_reason(error)),
            ) from None
        body = re.sub(rb"(?m)^\.", b"..", message.as_bytes(policy=policy.SMTP))
        try:
            c.send(body + (b"" if body.endswith(b"\r\n") else b"\r\n") + b".\r\n")
            code, reply = c.getreply()
        except (smtplib.SMTPException, OSError) as error:
            raise DeliveryError(
                Failure.UNCERTAIN,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The connection was lost after the message was handed over, so it may or may "
                    "not have arrived ({reason}).",
                ).format(reason=_reason(error)),
            ) from None
        if code != 250:
            _refuse(c, _by_code(code), code, reply, "the message")
        return f"{code} {reply.decode(errors='replace')}".strip()


def _by_code(code: int) -> Failure:
    return Failure.REFUSED if code >= 500 else Failure.TEMPORARY


def _refuse(client: smtplib.SMTP, failure: Failure, code: int, reply: bytes, what: str) -> None:
    with suppress(smtplib.SMTPException, OSError):
        client.rset()
    text = " ".join(reply.decode(errors="replace").split())
    raise DeliveryError(failure, f"The mail server refused {what}: {code} {text}.")


def _reply(error: smtplib.SMTPResponseException) -> str:
    message = error.smtp_error
    text = message.decode(errors="replace") if isinstance(message, bytes) else str(message)
    return f"{error.smtp_code} {' '.join(text.split())}"


def _reason(error: Exception) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        return _reply(error)
    text = " ".join(str(error).split())
    return text or type(error).__name__
