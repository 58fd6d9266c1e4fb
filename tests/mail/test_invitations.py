"""The invitation against a real SMTP server: the program to install from its official page, how
to read out the ID, the policy's terms and backup advice, and the booking as a calendar file."""

from __future__ import annotations

from datetime import timedelta

import pytest
from icalendar import Calendar

from tests.mail.conftest import MailOffice
from tests.mail.messages import attachments, only, parts
from tests.mail.smtp_server import SmtpServer

INVITATIONS = [
    pytest.param("pardini", "pt", "AnyDesk", "https://anydesk.com/en/downloads",
                 ["25 de novembro de 2026 às 10:00", "duração prevista de 45 minutos",
                  "O programa de acesso remoto"],
                 id="pt"),
    pytest.param("page-computers", "nl", "Iperius Remote", "https://www.iperiusremote.com/",
                 ["25 november 2026 om 14:00", "Wanneer u de hulp op afstand sessie start"],
                 id="nl"),
    pytest.param("phonetex", "en", "Zoho Assist", "https://join.zoho.com/",
                 ["25 November 2026 at 14:00", "please back up your data",
                  "Phonetex Remote Services Terms"], id="en"),
]  # fmt: skip


@pytest.mark.parametrize(("policy", "lang", "tool", "url", "says"), INVITATIONS)
def test_the_invitation_arrives_with_its_calendar_file(
    office: MailOffice, smtp: SmtpServer, policy: str, lang: str, tool: str, url: str,
    says: list[str],
) -> None:  # fmt: skip
    customer = office.customer("Ana Silva", policy)
    at = office.clock.now().replace(hour=13) + timedelta(days=1)  # 10:00 in São Paulo
    booked = office.book.book(customer, at, expected_minutes=45, invite=True)
    office.courier.send_due()
    message = only(smtp)
    text, markup = parts(message)
    for phrase in [tool, url, *says]:
        assert phrase in text, phrase
    assert f'href="{url}"' in markup
    assert ("back up" in text) == (policy == "phonetex")
    files = attachments(message)
    content_type, ics = files["appointment.ics"]
    assert content_type == "text/calendar"
    [event] = Calendar.from_ical(ics).walk("VEVENT")
    assert event["UID"] == f"appointment-{booked.id}@assistdesk"
    assert event.decoded("DTSTART") == at
    assert event.decoded("DTEND") == at + timedelta(minutes=45)


def test_an_invitation_without_a_booking_names_the_policys_tool(
    office: MailOffice, smtp: SmtpServer
) -> None:
    customer = office.customer("Bob Jones", "phonetex")
    office.mail.invite(customer)
    office.courier.send_due()
    message = only(smtp)
    text, _ = parts(message)
    assert "Zoho Assist" in text
    assert "booked" not in text
    assert attachments(message) == {}
