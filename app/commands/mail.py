"""`assistdesk mail`: the outbox, sending what is due, releasing a message held for review, a test
message, and the SMTP password."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.commands.common import Subcommands, open_services, print_json, utc_text, whole_number
from app.core.errors import DomainError
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.mail.smtp import SmtpTransport
    from app.services.outbox import OutboxRecord
    from app.settings import Settings


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    """Add this area's subcommands to the `assistdesk` parser."""
    mail = commands.add_parser("mail", help="mail to customers: the outbox and the SMTP server")
    actions = mail.add_subparsers(dest="action", metavar="ACTION", required=True)
    outbox = actions.add_parser("outbox", help="queued, sent and failed messages, newest first")
    outbox.add_argument(
        "--status", metavar="STATUS", help="queued, held, sending, sent, failed or discarded"
    )
    outbox.add_argument("--json", action="store_true", help="print a JSON array")
    outbox.set_defaults(handler=_outbox)
    pending = actions.add_parser("send-pending", help="send the messages that are due now")
    pending.set_defaults(handler=_send_pending)
    test = actions.add_parser("test", help="send a test message now, outside the outbox")
    test.add_argument("--to", required=True, metavar="ADDRESS")
    test.set_defaults(handler=_test)
    for name, verb, handler in (
        ("retry", "queue a failed message again", _retry),
        ("release", "send a message held for review (mail.review)", _release),
        ("discard", "give one up (queued, held or failed)", _discard),
    ):
        action = actions.add_parser(name, help=verb)
        action.add_argument("id", type=whole_number(1), metavar="ID")
        action.set_defaults(handler=handler)
    preview = actions.add_parser("preview", help="print a message's subject and text")
    preview.add_argument("id", type=whole_number(1), metavar="ID")
    preview.add_argument("--html", action="store_true", help="print the HTML part instead")
    preview.set_defaults(handler=_preview)
    password = actions.add_parser(
        "password", help="store the SMTP password in the keyring (asked for, never an argument)"
    )
    password.add_argument("--delete", action="store_true", help="remove it from the keyring")
    password.set_defaults(handler=_password)


def _outbox(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.services.outbox import HELD, Outbox

    with open_services(url, paths, args.clock) as services:
        records = Outbox(services.db, services.clock).list(args.status)
    rows = [outbox_json(r) for r in records]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("The outbox is empty.")
    for r in rows:
        problem = f"  {r['last_error']}" if r["last_error"] else ""
        print(f"{r['id']:>5} {r['status']:<9} {r['kind']:<16} {r['to'] or '(no address)':<30} "
              f"{r['subject']}{problem}")  # fmt: skip
    held = sum(1 for r in rows if r["status"] == HELD)
    if held:
        print(f"{held} held for review: `assistdesk mail preview ID`, then `mail release ID` to "
              "send it or `mail discard ID`.")  # fmt: skip
    return 0


def _send_pending(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.mail.mail_setup import MailSetup
    from app.services.mail_courier import MailCourier
    from app.settings import Settings

    settings = Settings.load(paths.config_dir)
    MailSetup.from_settings(settings)  # not set up: said at once, exit status 2
    with open_services(url, paths, args.clock) as services:
        report = MailCourier(services.db, services.clock, transport_for(settings)).send_due()
    print(report.summary())
    return 1 if report.problem else 0


def _test(args: argparse.Namespace, paths: AppPaths, _url: str) -> int:
    import sys

    from app.mail.mail_setup import SMTP_PASSWORD, MailSetup, check_address
    from app.mail.smtp import DeliveryError
    from app.services.mail_check import send_test_message
    from app.settings import Settings
    from app.tools.secret_store import KeyringSecretStore

    address = check_address(args.to, "--to")
    setup = MailSetup.from_settings(Settings.load(paths.config_dir))
    store = KeyringSecretStore()
    try:
        reply = send_test_message(
            setup, lambda: store.get(SMTP_PASSWORD), address, args.clock.now()
        )
    except DeliveryError as error:
        print(f"assistdesk: {error.reply}", file=sys.stderr)
        return 1
    print(f"The mail server took the test message for {address} ({reply}).")
    return 0


def _retry(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.services.outbox import HELD, Outbox
    from app.settings import Settings

    review = bool(Settings.load(paths.config_dir)["mail.review"])  # held again, as when queued
    with open_services(url, paths, args.clock) as services:
        record = Outbox(services.db, services.clock, review).retry(args.id)
    number, to = record.id, record.recipient
    if record.status == HELD:
        print(f"Message {number} to {to} is held for review again: "
              f"`assistdesk mail preview {number}`, then `mail release {number}`.")  # fmt: skip
    else:
        print(f"Message {number} to {to} is queued again.")
    return 0


def _release(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.services.outbox import Outbox

    with open_services(url, paths, args.clock) as services:
        record = Outbox(services.db, services.clock).release(args.id)
    print(f"Message {record.id} to {record.recipient} is released; it is sent with the queue.")
    return 0


def _discard(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.services.outbox import Outbox

    with open_services(url, paths, args.clock) as services:
        record = Outbox(services.db, services.clock).discard(args.id)
    print(f"Message {record.id} is discarded; it will not be sent.")
    return 0


def _preview(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.services.outbox import Outbox

    with open_services(url, paths, args.clock) as services:
        rendered = Outbox(services.db, services.clock).preview(args.id)
    print(rendered.html if args.html else f"Subject: {rendered.subject}\n\n{rendered.text}", end="")
    return 0


def _password(args: argparse.Namespace, _paths: AppPaths, _url: str) -> int:
    import getpass

    from app.mail.mail_setup import SMTP_PASSWORD
    from app.tools.secret_store import KeyringSecretStore

    store = KeyringSecretStore()
    if args.delete:  # allowed from a refused store too: a secret in a plain file should go
        removal = store.delete(SMTP_PASSWORD)
        where = removal.place or "the keyring"
        if removal.removed:
            print(f"The SMTP password is removed from {where}.")
        else:
            print(f"There is no SMTP password in {where}.")
        if removal.refusal is not None:  # still refused for saving: said, with what to do
            print(removal.refusal)
        return 0
    store.backends()  # a refused password store is said before the password is typed
    try:
        password = getpass.getpass("SMTP password: ")
    except (EOFError, KeyboardInterrupt):
        raise DomainError("No password was typed; nothing is stored.") from None
    store.set(SMTP_PASSWORD, password)
    print("The SMTP password is stored in the keyring.")
    return 0


def transport_for(settings: Settings) -> Any:
    """A factory of SMTP transports for the settings; the password is read from the keyring."""
    from app.mail.mail_setup import SMTP_PASSWORD, MailSetup
    from app.mail.smtp import SmtpTransport
    from app.tools.secret_store import KeyringSecretStore

    store = KeyringSecretStore()

    def build() -> SmtpTransport:
        return SmtpTransport(MailSetup.from_settings(settings), lambda: store.get(SMTP_PASSWORD))

    return build


def outbox_json(r: OutboxRecord) -> dict[str, Any]:
    return {
        "id": r.id, "kind": r.kind, "to": r.recipient, "subject": r.subject, "status": r.status,
        "attempts": r.attempts, "last_error": r.last_error, "message_id": r.message_id,
        "created_at": utc_text(r.created_at), "sent_at": utc_text(r.sent_at),
        "attachments": list(r.attachments),
    }  # fmt: skip
