"""The SMTP password: read from the keyring only to log in over STARTTLS, and never written to a
log record, a database row or the settings file; never read from a plain-file keyring."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from app.core.clock import ManualClock
from app.core.session import Outcome
from app.mail.mail_setup import SMTP_PASSWORD
from app.storage.database import Database
from app.storage.models import Base
from tests.mail.conftest import MailOffice
from tests.mail.smtp_server import PASSWORD, USER, Recorder, SmtpServer, free_port, self_signed
from tests.memory_keyring import MemoryKeyring

if TYPE_CHECKING:
    from keyrings.alt.file import PlaintextKeyring


@pytest.fixture
def secure(
    mail_db: Database, clock: ManualClock, tmp_path: Path, memory_keyring: MemoryKeyring
) -> Iterator[tuple[SmtpServer, MailOffice]]:
    server_tls, client_tls = self_signed(tmp_path)
    server = SmtpServer(Recorder(), free_port(), server_tls)
    server.start()
    settings: dict[str, object] = {"mail.security": "starttls", "mail.user": USER}
    office = MailOffice(mail_db, clock, server.port, tmp_path / "config", settings, client_tls)
    try:
        yield server, office
    finally:
        server.stop()


def everything_stored(db: Database) -> str:
    """Every row of every table, as text (bytes decoded leniently)."""
    dump = []
    with db.reading() as orm:
        for table in Base.metadata.sorted_tables:
            for row in orm.execute(select(table)):
                for value in row:
                    text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
                    dump.append(text)
    return "\n".join(dump)


def test_the_password_is_used_over_starttls_and_written_nowhere(
    secure: tuple[SmtpServer, MailOffice], caplog: pytest.LogCaptureFixture
) -> None:
    server, office = secure
    caplog.set_level(logging.DEBUG)
    customer = office.customer("Ana Silva", "iponto")
    detail = office.sessions.open(customer)
    office.sessions.accept(detail.id)
    office.sessions.end(detail.id, Outcome.RESOLVED)
    report = office.courier.send_due()
    assert "No SMTP password is stored" in report.problem  # nothing sent without it
    office.store.set(SMTP_PASSWORD, PASSWORD)
    office.clock.advance(minutes=2)
    assert office.courier.send_due().summary() == "1 sent, 0 failed, 0 waiting."
    assert server.recorder.logins == [USER]
    assert len(server.received) == 1
    forms = (PASSWORD, base64.b64encode(PASSWORD.encode()).decode(),
             base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode())  # fmt: skip
    logged = [r.getMessage() for r in caplog.records] + [repr(r.args) for r in caplog.records]
    stored = everything_stored(office.db)
    for form in forms:
        assert all(form not in line for line in logged)
        assert form not in stored
    assert PASSWORD not in repr(office.settings)
    assert PASSWORD not in str(dict(office.settings))


def test_a_wrong_password_keeps_the_message_queued_and_says_so(
    secure: tuple[SmtpServer, MailOffice],
) -> None:
    server, office = secure
    office.store.set(SMTP_PASSWORD, "wrong")
    office.mail.invite(office.customer("Ana Silva", "phonetex"))
    report = office.courier.send_due()
    assert report.problem.startswith(
        f"The mail server 127.0.0.1:{server.port} refused the login of {USER} (535"
    )
    [queued] = office.outbox.list()
    assert (queued.status, queued.last_error) == ("queued", report.problem)
    assert "wrong" not in report.problem


def test_a_password_in_a_plain_file_keyring_is_not_used(
    mail_db: Database, clock: ManualClock, tmp_path: Path, plaintext_keyring: PlaintextKeyring
) -> None:
    server_tls, client_tls = self_signed(tmp_path)
    server = SmtpServer(Recorder(), free_port(), server_tls)
    server.start()
    try:
        settings: dict[str, object] = {"mail.security": "starttls", "mail.user": USER}
        office = MailOffice(mail_db, clock, server.port, tmp_path / "config", settings, client_tls)
        plaintext_keyring.set_password("AssistDesk", SMTP_PASSWORD, PASSWORD)
        office.mail.invite(office.customer("Ana Silva", "phonetex"))
        report = office.courier.send_due()
        assert report.problem.startswith(
            "The password store keyrings.alt.file.PlaintextKeyring keeps secrets unencrypted"
        )
        assert (server.recorder.logins, server.received) == ([], [])
        [queued] = office.outbox.list()
        assert queued.status == "queued"  # sent once a real keyring holds the password
    finally:
        server.stop()
