"""`assistdesk mail` with review before sending (`mail.review = true`): messages wait held,
`mail outbox` shows them, `mail send-pending` leaves them, `mail release ID` sends one, once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.mail_cli import office_cli, smtp_server
from tests.cli.runner import Cli
from tests.mail.smtp_server import SmtpServer
from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with smtp_server() as server:
        yield server


@pytest.fixture
def cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], smtp: SmtpServer,
    memory_keyring: MemoryKeyring,
) -> Cli:  # fmt: skip
    return office_cli(capsys, str(tmp_path), smtp.port, {"mail.review": "true"})


def queue_invoice(cli: Cli) -> int:
    cli.json("customer", "add", "--name", "Bert Peeters", "--policy", "page-computers",
             "--email", "bert@customer.example")  # fmt: skip
    cli.json("session", "add", "--customer", "Bert Peeters", "--accepted", "2026-11-10T09:00Z",
             "--ended", "2026-11-10T09:12Z")  # fmt: skip
    status, _, err = cli("invoice", "create", "--customer", "Bert Peeters", "--send")
    assert status == 0, err
    [message] = cli.json("mail", "outbox", "--json")
    return int(message["id"])


def test_a_held_message_waits_for_release_then_is_sent_once(cli: Cli, smtp: SmtpServer) -> None:
    number = queue_invoice(cli)
    status, out, _ = cli("mail", "outbox")
    assert status == 0
    assert f"{number:>5} held      invoice" in out
    assert out.endswith(
        "1 held for review: `assistdesk mail preview ID`, then `mail release ID` to send it or "
        "`mail discard ID`.\n"
    )
    [held] = cli.json("mail", "outbox", "--json", "--status", "held")
    assert held["id"] == number

    assert cli("mail", "send-pending") == (0, "0 sent, 0 failed, 0 waiting.\n", "")
    assert smtp.received == []
    assert cli("mail", "release", str(number)) == (
        0, f"Message {number} to bert@customer.example is released; it is sent with the queue.\n",
        "",
    )  # fmt: skip
    assert cli("mail", "send-pending") == (0, "1 sent, 0 failed, 0 waiting.\n", "")
    assert cli("mail", "send-pending") == (0, "0 sent, 0 failed, 0 waiting.\n", "")
    assert len(smtp.received) == 1
    assert smtp.received[0].message["Message-ID"] == held["message_id"]
    assert cli.json("mail", "outbox", "--json")[0]["status"] == "sent"


def test_release_refuses_an_unknown_message_and_one_that_is_not_held(cli: Cli) -> None:
    assert cli("mail", "release", "7") == (
        2, "", "assistdesk: There is no message 7 in the outbox.\n",
    )  # fmt: skip
    number = queue_invoice(cli)
    assert cli("mail", "discard", str(number))[0] == 0
    assert cli("mail", "release", str(number)) == (
        2, "", f"assistdesk: Message {number} is discarded; only a held one is released.\n",
    )  # fmt: skip


def test_a_failed_message_retried_is_held_again_until_released(cli: Cli, smtp: SmtpServer) -> None:
    number = queue_invoice(cli)
    smtp.recorder.refuse.add("bert@customer.example")
    assert cli("mail", "release", str(number))[0] == 0
    assert cli("mail", "send-pending")[1] == "0 sent, 1 failed, 0 waiting.\n"
    smtp.recorder.refuse.clear()
    assert cli("mail", "retry", str(number)) == (
        0, f"Message {number} to bert@customer.example is held for review again: "
        f"`assistdesk mail preview {number}`, then `mail release {number}`.\n", "",
    )  # fmt: skip
    assert cli("mail", "send-pending") == (0, "0 sent, 0 failed, 0 waiting.\n", "")
    assert smtp.received == []
    assert cli.json("mail", "outbox", "--json")[0]["status"] == "held"
