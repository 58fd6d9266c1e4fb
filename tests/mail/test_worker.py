"""The background sender, and a connection lost after the message was handed over: the message is
then shown as possibly delivered, never sent twice on its own."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.services.mail_worker import MailWorker
from app.storage.database import Database
from tests.mail.conftest import MailOffice
from tests.mail.smtp_server import WAIT_SECONDS, SmtpServer, free_port


def wait_until(condition: Callable[[], bool], what: str) -> None:
    event = threading.Event()
    for _ in range(int(WAIT_SECONDS / 0.02)):
        if condition():
            return
        event.wait(0.02)
    pytest.fail(f"{what} did not happen within {WAIT_SECONDS} s")


def test_the_worker_sends_what_is_queued_when_woken_and_stops_in_time(
    office: MailOffice, smtp: SmtpServer
) -> None:
    worker = MailWorker(office.courier, poll_seconds=WAIT_SECONDS * 10)
    worker.start()
    try:
        office.mail.invite(office.customer("Bob Jones", "phonetex"))
        worker.wake()
        wait_until(lambda: len(smtp.received) == 1, "the invitation arriving")
        wait_until(lambda: office.outbox.list()[0].status == "sent", "marking it sent")
    finally:
        assert worker.stop(timeout=WAIT_SECONDS)
    # Once, though the wake may have come while a round was already sending it: the next
    # round finds nothing due (so its report, the last one, may say 0).
    assert len(smtp.received) == 1
    assert worker.last_report.failed == 0


@pytest.fixture
def drops_after_data() -> Iterator[int]:
    """A server that takes the message body and hangs up before confirming it."""
    port = free_port()
    listener = socket.create_server(("127.0.0.1", port))
    listener.settimeout(WAIT_SECONDS)

    def serve() -> None:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        with conn, conn.makefile("rwb") as stream:
            stream.write(b"220 flaky ESMTP\r\n")
            stream.flush()
            while line := stream.readline():
                verb = line[:4].upper()
                if verb in (b"EHLO", b"HELO"):
                    stream.write(b"250 flaky\r\n")
                elif verb == b"DATA":
                    stream.write(b"354 go ahead\r\n")
                    stream.flush()
                    while (body := stream.readline()) and body != b".\r\n":
                        pass
                    return  # the message was received; the confirmation never comes
                else:
                    stream.write(b"250 OK\r\n")
                stream.flush()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        listener.close()
        thread.join(WAIT_SECONDS)


@pytest.mark.usefixtures("memory_keyring")
def test_a_connection_lost_after_the_message_was_handed_over_is_not_resent(
    mail_db: Database, clock: ManualClock, tmp_path: Path, drops_after_data: int
) -> None:
    office = MailOffice(mail_db, clock, drops_after_data, tmp_path / "config")
    customer = office.customers.add_customer(Customer("Ana", "ana@x.example", policy_id="iponto"))
    office.mail.invite(customer.id)
    report = office.courier.send_due()
    assert (report.sent, report.failed, report.waiting) == (0, 1, 0)
    [message] = office.outbox.list()
    assert message.status == "failed"
    assert message.last_error.startswith(
        "The connection was lost after the message was handed over, so it may or may not have "
        "arrived ("
    )
    clock.advance(timedelta(hours=2))
    assert office.courier.send_due().sent == 0
    assert office.outbox.get(message.id).attempts == 1
