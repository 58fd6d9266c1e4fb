"""Sending what the outbox holds: due messages go out one by one over one SMTP connection, each
claimed (`sending`) and committed before it is handed to the server and recorded after.

Exactly once, as far as SMTP allows: a message is marked `sending` in its own committed transaction
before the server sees it. If the program stops (or loses the database) before the outcome is
recorded, the message stays `sending`; after STALE_AFTER it is marked failed with a sentence that
says it may or may not have arrived. It is never sent again on its own: the office checks with the
customer, then retries or discards it. The same holds when the connection drops after the body was
handed over. Problems that leave nothing delivered (server unreachable, login refused, 4xx) keep the
message queued and try it again later, waiting twice as long each time, up to an hour.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from app.core.clock import Clock
from app.core.errors import DomainError
from app.mail.composer import compose
from app.mail.smtp import DeliveryError, Failure, SmtpConnection, SmtpTransport
from app.services.outbox import content
from app.storage.database import Database
from app.storage.outbox_models import OutboxRow
from app.storage.outbox_queue import FAILED, QUEUED, SENT, OutboxQueue

log = logging.getLogger(__name__)

FIRST_RETRY = timedelta(minutes=1)
LONGEST_WAIT = timedelta(hours=1)
MAX_TEMPORARY_ATTEMPTS = 10  # a server that keeps saying "later" to one message: it fails
STALE_AFTER = timedelta(minutes=15)  # far longer than one attempt can take (timeouts are 30 s)
INTERRUPTED = (
    "Sending was interrupted (AssistDesk stopped or lost the database while the server was "
    "receiving it), so it may or may not have arrived; check with the customer, then retry or "
    "discard it."
)


@dataclass(frozen=True, slots=True)
class SendReport:
    sent: int = 0
    failed: int = 0
    waiting: int = 0  # due but not sent: tried again later
    problem: str = ""  # why nothing could be sent, if so

    def summary(self) -> str:
        text = f"{self.sent} sent, {self.failed} failed, {self.waiting} waiting."
        return f"{text} {self.problem}" if self.problem else text


def backoff(attempts: int) -> timedelta:
    """How long to wait after the `attempts`-th unsuccessful attempt: 1, 2, 4 … 60 minutes."""
    wait: timedelta = FIRST_RETRY * 2 ** max(0, attempts - 1)
    return min(wait, LONGEST_WAIT)


class MailCourier:
    def __init__(self, db: Database, clock: Clock, transport: Callable[[], SmtpTransport]) -> None:
        """`transport` builds the SMTP transport from the settings in force, or raises a
        DomainError saying what is missing."""
        self._db = db
        self._clock = clock
        self._transport = transport

    def send_due(self, limit: int = 100) -> SendReport:
        """Send up to `limit` due messages; returns what happened, in numbers."""
        failed = self._fail_interrupted()
        with self._db.reading() as orm:
            due = OutboxQueue(orm).due(self._clock.now(), limit)
        if not due:
            return SendReport(failed=failed)
        try:
            transport = self._transport()
            with transport.connect() as connection:
                return self._send(connection, transport, due, failed)
        except DeliveryError as error:  # the server could not be used: nothing was sent
            self._postpone(due, error.reply)
            return SendReport(failed=failed, waiting=len(due), problem=error.reply)
        except DomainError as error:  # mail is not set up: the messages wait, untouched
            return SendReport(failed=failed, waiting=len(due), problem=str(error))

    def _send(
        self, connection: SmtpConnection, transport: SmtpTransport, due: list[int], failed: int
    ) -> SendReport:
        sent = 0
        for position, message_id in enumerate(due):
            now = self._clock.now()
            with self._db.transaction() as orm:
                row = OutboxQueue(orm).claim(message_id, now)
                mail = content(row) if row is not None else None
            if mail is None:
                continue  # another worker took it
            try:
                reply = connection.send(compose(mail, transport.setup, now))
            except DeliveryError as error:
                failed += self._record_failure(message_id, error)
                if error.failure in (Failure.CONNECTION, Failure.UNCERTAIN):
                    # the connection cannot be trusted any more: the rest wait for the next run
                    waiting = len(due) - position - (error.failure is Failure.UNCERTAIN)
                    return SendReport(sent, failed, waiting, error.reply)
                continue
            self._record_sent(message_id, reply)
            sent += 1
        return SendReport(sent, failed)

    def _record_sent(self, message_id: int, reply: str) -> None:
        with self._db.transaction() as orm:
            row = orm.get(OutboxRow, message_id)
            assert row is not None
            row.status, row.sent_at, row.last_error = SENT, self._clock.now(), ""
        log.info("mail %s sent to the server (%s)", message_id, reply)

    def _record_failure(self, message_id: int, error: DeliveryError) -> int:
        """Queue the message again or fail it; 1 if it failed."""
        with self._db.transaction() as orm:
            row = orm.get(OutboxRow, message_id)
            assert row is not None
            row.last_error = error.reply
            gives_up = error.failure in (Failure.REFUSED, Failure.UNCERTAIN) or (
                error.failure is Failure.TEMPORARY and row.attempts >= MAX_TEMPORARY_ATTEMPTS
            )
            row.status = FAILED if gives_up else QUEUED
            row.due_at = self._clock.now() + backoff(row.attempts)
        (log.warning if gives_up else log.info)("mail %s not sent: %s", message_id, error.reply)
        return int(gives_up)

    def _postpone(self, due: list[int], reason: str) -> None:
        """The server could not be used: each due message waits longer, and says why."""
        now = self._clock.now()
        with self._db.transaction() as orm:
            rows = orm.scalars(
                select(OutboxRow).where(OutboxRow.id.in_(due), OutboxRow.status == QUEUED)
            )
            for row in rows:
                row.attempts += 1
                row.attempted_at = now
                row.last_error = reason
                row.due_at = now + backoff(row.attempts)
        log.info("mail not sent, tried again later: %s", reason)

    def _fail_interrupted(self) -> int:
        now = self._clock.now()
        with self._db.transaction() as orm:
            rows = OutboxQueue(orm).stale_sending(now - STALE_AFTER)
            for row in rows:
                row.status, row.last_error = FAILED, INTERRUPTED
                log.warning("mail %s: %s", row.id, INTERRUPTED)
            return len(rows)
