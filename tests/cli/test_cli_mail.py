"""`assistdesk mail ...`: the outbox as JSON, sending what is due, a test message, retry and
discard, and the password read from a prompt into the keyring, never from the command line, and
never into or out of a plain-file keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from app.mail.mail_setup import SMTP_PASSWORD
from tests.cli.mail_cli import office_cli, smtp_server
from tests.cli.runner import Cli
from tests.mail.smtp_server import Recorder, SmtpServer, free_port
from tests.memory_keyring import MemoryKeyring

if TYPE_CHECKING:
    from keyrings.alt.file import PlaintextKeyring

KEYS = ("id", "kind", "to", "subject", "status", "attempts", "last_error", "message_id", "sent_at")


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer(Recorder(), free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def cli(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    smtp: SmtpServer,
    memory_keyring: MemoryKeyring,
) -> Cli:
    runner = Cli(capsys, "--basedir", str(tmp_path))
    for key, value in {
        "company.name": "Page Computers BV", "company.iban": "BE68 5390 0754 7034",
        "mail.server": "127.0.0.1",
        "mail.port": str(smtp.port), "mail.security": "none", "mail.sender": "office@page.example",
    }.items():  # fmt: skip
        assert runner("settings", "set", key, value)[0] == 0
    return runner


def queue_invoice(cli: Cli, email: str) -> str:
    """Issue an invoice with --send: the outbox gets it in the same transaction."""
    cli.json("customer", "add", "--name", "Bert Peeters", "--policy", "page-computers",
             "--email", email)  # fmt: skip
    cli.json("session", "add", "--customer", "Bert Peeters", "--accepted", "2026-11-10T09:00Z",
             "--ended", "2026-11-10T09:12Z")  # fmt: skip
    status, out, err = cli("invoice", "create", "--customer", "Bert Peeters", "--send")
    assert status == 0, err
    return out


def test_outbox_send_pending_and_the_json_contract(cli: Cli, smtp: SmtpServer) -> None:
    status, out, _ = cli("mail", "outbox")
    assert (status, out) == (0, "The outbox is empty.\n")
    queue_invoice(cli, "bert@customer.example")
    [queued] = cli.json("mail", "outbox", "--json")
    assert set(queued) >= set(KEYS)
    assert (queued["kind"], queued["to"], queued["status"], queued["attempts"]) == (
        "invoice", "bert@customer.example", "queued", 0,
    )  # fmt: skip
    assert queued["attachments"] == ["Invoice FT 2026-0001.pdf"]
    assert cli("mail", "send-pending") == (0, "1 sent, 0 failed, 0 waiting.\n", "")
    [sent] = cli.json("mail", "outbox", "--json", "--status", "sent")
    assert sent["sent_at"].endswith("Z")
    assert sent["message_id"] == queued["message_id"]
    assert smtp.received[0].message["Message-ID"] == queued["message_id"]
    status, out, _ = cli("mail", "preview", str(sent["id"]))
    assert status == 0
    assert out.startswith("Subject: Invoice FT 2026/0001 – Page Computers BV\n")


def test_a_refused_message_is_retried_then_discarded(cli: Cli, smtp: SmtpServer) -> None:
    smtp.recorder.refuse.add("x@customer.example")
    queue_invoice(cli, "x@customer.example")
    assert cli("mail", "send-pending") == (0, "0 sent, 1 failed, 0 waiting.\n", "")
    [failed] = cli.json("mail", "outbox", "--json")
    assert failed["last_error"].startswith("The mail server refused the recipient")
    number = str(failed["id"])
    assert (
        cli("mail", "retry", number)[1]
        == f"Message {number} to x@customer.example is queued again.\n"
    )
    assert (
        cli("mail", "discard", number)[1]
        == f"Message {number} is discarded; it will not be sent.\n"
    )
    assert cli("mail", "retry", number) == (
        2,
        "",
        f"assistdesk: Message {number} is discarded; only a failed one is retried.\n",
    )


def test_the_test_message_reports_success_or_the_servers_reply(cli: Cli, smtp: SmtpServer) -> None:
    status, out, err = cli("mail", "test", "--to", "me@page.example")
    assert (status, err) == (0, "")
    assert (
        out == "The mail server took the test message for me@page.example (250 2.0.0 Ok: queued).\n"
    )
    assert smtp.received[0].message["From"] == "Page Computers BV <office@page.example>"
    smtp.recorder.refuse.add("nobody@page.example")
    status, out, err = cli("mail", "test", "--to", "nobody@page.example")
    assert (status, out) == (1, "")
    assert err.startswith(
        "assistdesk: The mail server refused the recipient nobody@page.example: 550"
    )
    smtp.stop()
    status, _, err = cli("mail", "test", "--to", "me@page.example")
    assert status == 1
    assert err.startswith("assistdesk: Cannot use the mail server 127.0.0.1:")
    assert cli("mail", "send-pending")[1] == "0 sent, 0 failed, 0 waiting.\n"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["mail", "test", "--to", "not an address"],
         "--to 'not an address' is not an email address such as office@example.com."),
        (["mail", "retry", "12x"], "Argument ID: '12x' is not a whole number"),
        (["mail", "discard", "7"], "There is no message 7 in the outbox."),
        (["mail", "outbox", "--status", "lost"],
         "Unknown status 'lost'; use one of queued, held, sending, sent, failed, discarded."),
        (["mail", "password", "hunter2"], "Unrecognized arguments: hunter2"),
    ],
)  # fmt: skip
def test_bad_input_exits_2_with_one_sentence(cli: Cli, args: list[str], says: str) -> None:
    status, out, err = cli(*args)
    assert (status, out) == (2, "")
    assert err.startswith(f"assistdesk: {says}")
    assert err.count("\n") == 1


def test_mail_that_is_not_set_up_is_said_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(capsys, "--basedir", str(tmp_path))
    assert cli("mail", "send-pending") == (
        2,
        "",
        "assistdesk: Mail is not set up: give the SMTP server in Office → Settings… "
        "(the setting mail.server).\n",
    )
    cli("settings", "set", "mail.server", "smtp.example.com")
    cli("settings", "set", "mail.sender", "office@example.com")
    cli("settings", "set", "mail.security", "none")
    status, _, err = cli("mail", "test", "--to", "me@example.com")
    assert status == 2
    assert "only allowed for a server on this computer" in err


def test_the_password_is_asked_for_and_kept_in_the_keyring(
    cli: Cli, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("getpass.getpass", lambda prompt: "s3cret")
    assert cli("mail", "password") == (0, "The SMTP password is stored in the keyring.\n", "")
    assert memory_keyring.secrets == {("AssistDesk", SMTP_PASSWORD): "s3cret"}
    monkeypatch.setattr("getpass.getpass", lambda prompt: "")
    assert cli("mail", "password")[0] == 2
    assert cli("mail", "password", "--delete") == (
        0, "The SMTP password is removed from the keyring.\n", ""
    )  # fmt: skip
    assert memory_keyring.secrets == {}
    assert cli("mail", "password", "--delete") == (
        0, "There is no SMTP password in the keyring.\n", ""
    )  # fmt: skip


PLAIN_FILE_REFUSED = "assistdesk: The password store keyrings.alt.file.PlaintextKeyring keeps "


def test_a_plain_file_keyring_is_refused_before_the_password_is_asked_for(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    plaintext_keyring: PlaintextKeyring,
) -> None:
    asked: list[str] = []

    def getpass(prompt: str) -> str:
        asked.append(prompt)
        return "s3cret"

    monkeypatch.setattr("getpass.getpass", getpass)
    cli = Cli(capsys, "--basedir", str(tmp_path))
    status, out, err = cli("mail", "password")
    assert (status, out, asked) == (2, "", [])
    assert err.startswith(PLAIN_FILE_REFUSED)
    assert err.count("\n") == 1
    assert not Path(plaintext_keyring.file_path).exists()


def test_a_password_in_a_plain_file_keyring_can_be_deleted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], plaintext_keyring: PlaintextKeyring
) -> None:
    """Removing it is what the user should do: done, and said, with the store still refused."""
    plaintext_keyring.set_password("AssistDesk", SMTP_PASSWORD, "s3cret")  # an older version's
    cli = Cli(capsys, "--basedir", str(tmp_path))
    status, out, err = cli("mail", "password", "--delete")
    assert (status, err) == (0, "")
    removed, refused = out.splitlines()
    assert removed == (
        "The SMTP password is removed from keyrings.alt.file.PlaintextKeyring's file "
        f"{plaintext_keyring.file_path}."
    )
    assert refused.startswith(PLAIN_FILE_REFUSED.removeprefix("assistdesk: "))
    assert plaintext_keyring.get_password("AssistDesk", SMTP_PASSWORD) is None
    assert "s3cret" not in Path(plaintext_keyring.file_path).read_text(encoding="utf-8")
    status, out, err = cli("mail", "password", "--delete")  # again: nothing left to remove
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == (
        "There is no SMTP password in keyrings.alt.file.PlaintextKeyring's file "
        f"{plaintext_keyring.file_path}."
    )


def test_the_smtp_password_is_not_read_from_a_plain_file_keyring(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], plaintext_keyring: PlaintextKeyring
) -> None:
    plaintext_keyring.set_password("AssistDesk", SMTP_PASSWORD, "s3cret")  # another program's
    with smtp_server() as server:
        cli = office_cli(capsys, str(tmp_path), server.port, {"mail.user": "office"})
        status, out, err = cli("mail", "test", "--to", "me@example.com")
        assert (status, out) == (2, "")
        assert err.startswith(PLAIN_FILE_REFUSED)
        assert err.count("\n") == 1
        assert (server.recorder.logins, server.received) == ([], [])


@pytest.mark.slow
def test_keyring_picks_the_plain_file_by_itself_and_assistdesk_refuses_it(tmp_path: Path) -> None:
    """A fresh process on a computer without a Secret Service (no D-Bus session here), where
    keyrings.alt is installed: keyring's own choice is PlaintextKeyring, in the user's data
    folder. `mail password` says so in one sentence before asking, and no file is written."""
    home = tmp_path / "home"
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "XDG_", "PYTHON_KEYRING"))
    }
    env.update(
        HOME=str(home), XDG_RUNTIME_DIR=str(tmp_path / "run"), XDG_DATA_HOME=str(home / "data")
    )
    (tmp_path / "run").mkdir(mode=0o700)
    script = Path(sys.executable).with_name("assistdesk")
    done = subprocess.run(
        [str(script), "--basedir", str(tmp_path / "state"), "mail", "password"],
        input="s3cret\n", capture_output=True, text=True, env=env, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    plain_file = home / "data" / "python_keyring" / "keyring_pass.cfg"
    assert done.stderr == (
        f"{PLAIN_FILE_REFUSED}secrets unencrypted in the file {plain_file}, so AssistDesk will "
        "neither store nor read secrets there; set up or unlock a real one such as GNOME Keyring, "
        "KWallet, the macOS Keychain or Windows Credential Manager, and uninstall keyrings.alt or "
        "stop choosing it (PYTHON_KEYRING_BACKEND, keyringrc.cfg).\n"
    )
    assert "SMTP password" not in done.stdout + done.stderr  # not asked for
    assert not [path for path in tmp_path.rglob("*") if path.is_file()]  # nothing written


def test_an_issued_invoice_is_sent_later_and_its_mail_state_listed(
    cli: Cli, smtp: SmtpServer, tmp_path: Path
) -> None:
    cli.json("customer", "add", "--name", "Bert Peeters", "--policy", "page-computers",
             "--email", "bert@customer.example")  # fmt: skip
    cli.json("session", "add", "--customer", "Bert Peeters", "--accepted", "2026-11-10T09:00Z",
             "--ended", "2026-11-10T09:12Z")  # fmt: skip
    number = cli.json("invoice", "create", "--customer", "Bert Peeters", "--json")["number"]
    assert [i["mail"] for i in cli.json("invoice", "list", "--json")] == [None]  # never sent
    assert cli("invoice", "pdf", number, "--output", str(tmp_path / "again.pdf"))[0] == 0

    queued = cli.json("invoice", "send", number, "--json")
    assert (queued["kind"], queued["to"], queued["status"]) == (
        "invoice", "bert@customer.example", "queued",
    )  # fmt: skip
    assert [i["mail"] for i in cli.json("invoice", "list", "--json")] == ["queued"]
    assert cli("mail", "send-pending") == (0, "1 sent, 0 failed, 0 waiting.\n", "")
    assert [i["mail"] for i in cli.json("invoice", "list", "--json")] == ["sent"]
    [arrived] = smtp.received
    assert arrived.message["Subject"] == f"Invoice {number} – Page Computers BV"
    [attachment] = [p for p in arrived.message.walk() if p.get_filename()]
    assert attachment.get_payload(decode=True) == (tmp_path / "again.pdf").read_bytes()
    status, out, _ = cli("invoice", "send", number)  # again: a message of its own
    assert (status, out) == (
        0, f"{number} is queued for bert@customer.example (queued); `assistdesk mail "
        "send-pending` sends it.\n",
    )  # fmt: skip


def test_sending_to_a_customer_without_an_email_address_is_refused(cli: Cli) -> None:
    cli.json("customer", "add", "--name", "Ana Silva", "--policy", "page-computers")
    cli.json("session", "add", "--customer", "Ana Silva", "--accepted", "2026-11-10T09:00Z",
             "--ended", "2026-11-10T09:12Z")  # fmt: skip
    number = cli.json("invoice", "create", "--customer", "Ana Silva", "--json")["number"]
    status, out, err = cli("invoice", "send", number)
    assert (status, out) == (2, "")
    assert err == "assistdesk: Ana Silva has no email address; add one to send mail.\n"
    assert cli.json("mail", "outbox", "--json") == []  # nothing half-queued
    status, _, err = cli("invoice", "send", "FT 2099/9999")
    assert (status, err) == (2, "assistdesk: No document is numbered 'FT 2099/9999'.\n")
