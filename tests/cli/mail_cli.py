"""The CLI mail tests' office: `assistdesk` on its own folder, set up to send through a real SMTP
server on 127.0.0.1 (tests/mail/smtp_server.py), the password keyring kept in memory."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.cli.runner import Cli
from tests.mail.smtp_server import Recorder, SmtpServer, free_port

OFFICE_SETTINGS = {
    "company.name": "Page Computers BV", "company.email": "info@page.example",
    "mail.server": "127.0.0.1", "mail.security": "none", "mail.sender": "office@page.example",
}  # fmt: skip


@contextmanager
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer(Recorder(), free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def office_cli(
    capsys: pytest.CaptureFixture[str],
    basedir: str,
    port: int,
    settings: dict[str, str] | None = None,
) -> Cli:
    """`assistdesk --basedir DIR` with the office's mail settings (and `settings`, e.g. review)."""
    runner = Cli(capsys, "--basedir", basedir)
    values = {**OFFICE_SETTINGS, "mail.port": str(port), **(settings or {})}
    for key, value in values.items():
        status, _, err = runner("settings", "set", key, value)
        assert status == 0, err
    return runner
