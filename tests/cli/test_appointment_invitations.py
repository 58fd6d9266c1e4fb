"""`assistdesk appointment add --invite` and the calendar updates that follow an invited booking,
through the CLI and a real SMTP server: the invitation with its .ics is queued with the booking,
moving it sends the updated invitation and cancelling it the cancellation; `appointment list`
says which bookings were invited; a customer without an address is refused, nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from icalendar import Calendar, Component

from tests.cli.mail_cli import office_cli, smtp_server
from tests.cli.runner import Cli
from tests.mail.smtp_server import SmtpServer
from tests.memory_keyring import MemoryKeyring

# Far ahead, as the CLI runs on real time; 10:00 and 11:00 UTC fall on one local day (`appointment
# list --date` is in this computer's zone) from UTC-10 to UTC+12.
FIRST, MOVED = "2030-06-05T10:00Z", "2030-06-06T14:30Z"


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with smtp_server() as server:
        yield server


@pytest.fixture
def cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], smtp: SmtpServer,
    memory_keyring: MemoryKeyring,
) -> Cli:  # fmt: skip
    runner = office_cli(capsys, str(tmp_path), smtp.port)
    runner.json("customer", "add", "--name", "Bob Jones", "--policy", "phonetex",
                "--email", "bob@customer.example")  # fmt: skip
    return runner


def sent_event(cli: Cli, smtp: SmtpServer) -> tuple[EmailMessage, str, Component]:
    """Send what is due (exactly one message); the message, its calendar method and event."""
    assert cli("mail", "send-pending") == (0, "1 sent, 0 failed, 0 waiting.\n", "")
    message = smtp.received[-1].message
    [part] = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)
    calendar = Calendar.from_ical(data)
    [event] = calendar.walk("VEVENT")
    return message, str(calendar["METHOD"]), event


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def test_invite_then_reschedule_then_cancel_keeps_the_customers_calendar(
    cli: Cli, smtp: SmtpServer
) -> None:
    booked = cli.json("appointment", "add", "--customer", "Bob Jones", "--at", FIRST,
                      "--minutes", "30", "--invite")  # fmt: skip
    assert booked["invited"] is True
    [queued] = cli.json("mail", "outbox", "--json")
    assert (queued["kind"], queued["to"], queued["attachments"]) == (
        "invitation", "bob@customer.example", ["appointment.ics"],
    )  # fmt: skip
    message, method, event = sent_event(cli, smtp)
    uid = f"appointment-{booked['id']}@assistdesk"
    assert message["To"] == "bob@customer.example"
    assert (method, event["UID"], event["SEQUENCE"]) == ("REQUEST", uid, 0)
    assert event.decoded("DTSTART") == at(FIRST)

    moved = cli.json("appointment", "reschedule", str(booked["id"]), "--at", MOVED)
    assert (moved["rescheduled_from"], moved["invited"]) == (booked["id"], True)
    message, method, event = sent_event(cli, smtp)
    assert message["Subject"].startswith("Remote support with Page Computers BV moved to")
    assert (method, event["UID"], event["SEQUENCE"]) == ("REQUEST", uid, 1)
    assert event.decoded("DTSTART") == at(MOVED)

    cancelled = cli.json("appointment", "cancel", str(moved["id"]))
    assert cancelled["status"] == "cancelled"
    message, method, event = sent_event(cli, smtp)
    assert "cancelled" in message["Subject"]
    assert (method, event["UID"], event["SEQUENCE"]) == ("CANCEL", uid, 2)
    assert event.decoded("DTSTART") == at(MOVED)
    assert len(smtp.received) == 3

    plain = cli.json("appointment", "add", "--customer", "Bob Jones", "--at", "2030-06-05T11:00Z")
    listed = cli.json("appointment", "list", "--date", "2030-06-05", "--json")
    assert {a["id"]: a["invited"] for a in listed} == {booked["id"]: True, plain["id"]: False}
    status, out, _ = cli("appointment", "list", "--date", "2030-06-05")
    assert status == 0
    assert "Bob Jones  (invited)" in out


def test_inviting_a_customer_without_an_address_is_refused_and_nothing_is_written(
    cli: Cli,
) -> None:
    cli.json("customer", "add", "--name", "Carla Dias", "--policy", "phonetex")
    status, out, err = cli("appointment", "add", "--customer", "Carla Dias", "--at", FIRST,
                           "--invite")  # fmt: skip
    assert (status, out) == (2, "")
    assert err == ("assistdesk: Carla Dias has no email address; add one to send an invitation.\n")
    assert cli.json("appointment", "list", "--date", "2030-06-05", "--json") == []
    assert cli.json("mail", "outbox", "--json") == []


def test_with_review_an_invitation_held_when_the_booking_moves_and_is_cancelled_is_never_sent(
    cli: Cli, smtp: SmtpServer
) -> None:
    assert cli("settings", "set", "mail.review", "true")[0] == 0
    booked = cli.json("appointment", "add", "--customer", "Bob Jones", "--at", FIRST, "--invite")
    moved = cli.json("appointment", "reschedule", str(booked["id"]), "--at", MOVED)
    assert moved["invited"] is True  # the invitation for the new time waits for review
    cancelled = cli.json("appointment", "cancel", str(moved["id"]))
    assert cancelled["invited"] is False  # nothing went out: no cancellation either
    fresh, first = cli.json("mail", "outbox", "--json")
    assert (first["kind"], first["status"], first["last_error"]) == (
        "invitation", "discarded",
        f"Not sent: the booking was rescheduled (appointment {moved['id']}).",
    )  # fmt: skip
    assert (fresh["kind"], fresh["status"], fresh["last_error"]) == (
        "invitation", "discarded", "Not sent: the booking was cancelled.",
    )  # fmt: skip
    assert cli("mail", "release", str(first["id"])) == (
        2, "", f"assistdesk: Message {first['id']} is discarded; only a held one is released.\n",
    )  # fmt: skip
    assert cli("mail", "send-pending") == (0, "0 sent, 0 failed, 0 waiting.\n", "")
    assert smtp.received == []
