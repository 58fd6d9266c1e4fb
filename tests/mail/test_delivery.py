"""Mail against a real SMTP server (aiosmtpd on 127.0.0.1): each message arrives with the right
content and attachments in each language, a server that is down only delays it, exactly once, and
a refused recipient fails the message with the server's reply."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.core.errors import DomainError
from app.core.parties import Customer
from app.core.session import Outcome
from app.services.mail_courier import INTERRUPTED
from app.services.paid_services import PaidServiceBook
from app.storage.outbox_queue import OutboxQueue
from tests.mail.conftest import MailOffice
from tests.mail.messages import attachments, ended_session, only, parts
from tests.mail.smtp_server import SmtpServer

SUMMARIES = [
    pytest.param("phonetex", True, "en", ["Your remote support session of 24 November 2026",
     "Connection accepted: 16:00", "Ended: 16:25", "Duration: 00:25:00", "Outcome: resolved",
     "To be charged: £45.00."], id="en"),
    pytest.param("page-computers", True, "nl", ["Uw sessie hulp op afstand van 24 november 2026",
     "Verbinding aanvaard: 16:00", "Einde: 16:25", "Resultaat: opgelost",
     "Te betalen: € 25,00.", "IBAN BE68 5390 0754 7034"], id="nl"),
    pytest.param("iponto", None, "pt", ["A sua sessão de assistência remota de 24 de novembro de",
     "Ligação aceite: 15:00", "Duração: 00:25:00", "Resultado: resolvido",
     "Minutos gratuitos usados: 25; restantes em 2026: 95",
     "Nada é cobrado por esta sessão."], id="pt-asked-by-the-policy"),
]  # fmt: skip


@pytest.mark.parametrize(("policy", "asked", "lang", "says"), SUMMARIES)
def test_the_session_summary_arrives_in_the_policys_language(
    office: MailOffice, smtp: SmtpServer, policy: str, asked: bool | None, lang: str,
    says: list[str],
) -> None:  # fmt: skip
    customer = office.customer("Ana Silva", policy)
    if policy == "iponto":  # a paid service on the equipment this year: 120 free minutes
        PaidServiceBook(office.db, office.clock).add(
            customer, date(2026, 3, 1), "Workshop repair", Decimal(40), "Office PC"
        )
        equipment = office.customers.equipment_by_label(customer, "Office PC").id
        detail = office.sessions.open(customer, equipment_id=equipment)
        office.sessions.accept(detail.id)
        office.clock.advance(minutes=25)
        office.sessions.end(detail.id, Outcome.RESOLVED)
    else:
        ended_session(office, customer, 25, summary=asked)
    [queued] = office.outbox.list()
    assert (queued.kind, queued.status, queued.recipient) == (
        "session_summary", "queued", "ana@customer.example",
    )  # fmt: skip
    assert office.courier.send_due().summary() == "1 sent, 0 failed, 0 waiting."
    message = only(smtp)
    assert message["From"] == "Page Computers BV <office@page.example>"
    assert message["To"] == "ana@customer.example"
    assert message["Message-ID"] == queued.message_id
    text, markup = parts(message)
    for phrase in says:
        assert phrase in str(message["Subject"]) + "\n" + text, phrase
    assert f'<html lang="{lang}">' in markup
    assert says[-1].split(": ")[-1].rstrip(".") in markup  # the amount, or the sentence
    [sent] = office.outbox.list()
    assert (sent.status, sent.attempts, sent.last_error) == ("sent", 1, "")
    assert sent.sent_at == office.clock.now()


def test_no_summary_unless_the_policy_or_the_technician_asks(office: MailOffice) -> None:
    phonetex = office.customer("Bob Jones", "phonetex")
    ended_session(office, phonetex, 5)  # the policy does not ask
    iponto = office.customer("Ana Silva", "iponto")
    ended_session(office, iponto, 5, summary=False)  # the policy asks, the technician declines
    assert office.outbox.list() == []


@pytest.mark.parametrize(
    ("lang", "title", "says"),
    [("en", "Invoice", ["Please pay €35.00 by 8 December 2026", "Reference: RF"]),
     ("pt", "Fatura", ["Pague 35,00 € até 8 de dezembro de 2026", "Referência: RF"]),
     ("nl", "Factuur", ["Gelieve € 35,00 vóór 8 december 2026", "Mededeling: RF"])],
)  # fmt: skip
def test_the_invoice_arrives_with_its_pdf_and_payment_instructions(
    office: MailOffice, smtp: SmtpServer, lang: str, title: str, says: list[str]
) -> None:
    customer = office.customer("Bert Peeters", "page-computers")
    for day, minutes in ((17, 12), (18, 17)):
        start = office.clock.now().replace(day=day, hour=9)
        office.sessions.record_past(customer, start, start + timedelta(minutes=minutes))
    issued = office.desk.create(customer, language=lang, send=True)
    office.courier.send_due()
    message = only(smtp)
    number = issued.document.number
    assert message["Subject"] == f"{title} {number} – Page Computers BV"
    text, _ = parts(message)
    for phrase in [*says, "IBAN BE68 5390 0754 7034", number]:
        assert phrase in text, phrase
    name = f"{title} {number.replace('/', '-')}.pdf"
    assert attachments(message) == {name: ("application/pdf", issued.pdf)}


def test_the_receipt_and_the_credit_note_arrive_with_their_pdfs(
    office: MailOffice, smtp: SmtpServer
) -> None:
    customer = office.customer("Bert Peeters", "page-computers")
    start = office.clock.now().replace(day=17, hour=9)
    office.sessions.record_past(customer, start, start + timedelta(minutes=12))
    invoice = office.desk.create(customer, language="en").document.number
    receipt = office.ledger.pay(invoice, Decimal("10.00"), date(2026, 11, 24), "cash", send=True)
    note = office.credits.issue(invoice, "Goodwill", amount=Decimal("5.00"), send=True).issued
    office.courier.send_due()
    assert len(smtp.received) == 2
    first, second = (r.message for r in smtp.received)
    assert f"we received €10.00 on 24 November 2026 (cash) for invoice {invoice}" in parts(first)[0]
    assert list(attachments(first).values()) == [("application/pdf", receipt.pdf)]
    assert "Reason: Goodwill" in parts(second)[0]
    assert list(attachments(second).values()) == [("application/pdf", note.pdf)]


def test_a_server_that_is_down_delays_the_message_which_then_arrives_once(
    office: MailOffice, smtp: SmtpServer
) -> None:
    smtp.stop()
    customer = office.customer("Ana Silva", "iponto")
    ended_session(office, customer, 10)
    report = office.courier.send_due()
    assert (report.sent, report.waiting) == (0, 1)
    assert report.problem.startswith(f"Cannot use the mail server 127.0.0.1:{smtp.port} (")
    [waiting] = office.outbox.list()
    assert (waiting.status, waiting.attempts) == ("queued", 1)
    assert waiting.last_error == report.problem
    assert office.courier.send_due().waiting == 0  # not due again before a minute has passed
    office.clock.advance(minutes=1)
    assert office.courier.send_due().waiting == 1  # still down: now two minutes
    smtp.start()
    office.clock.advance(minutes=1)
    assert office.courier.send_due().sent == 0
    office.clock.advance(minutes=1)
    assert office.courier.send_due().summary() == "1 sent, 0 failed, 0 waiting."
    for _ in range(3):
        office.clock.advance(hours=2)
        assert office.courier.send_due().sent == 0
    assert len(smtp.received) == 1
    [sent] = office.outbox.list()
    assert (sent.status, sent.attempts) == ("sent", 3)


def test_a_refused_recipient_fails_with_the_servers_reply(
    office: MailOffice, smtp: SmtpServer
) -> None:
    customer = office.customer("Ana Silva", "iponto", email="nobody@customer.example")
    smtp.recorder.refuse.add("nobody@customer.example")
    ended_session(office, customer, 10)
    assert office.courier.send_due().summary() == "0 sent, 1 failed, 0 waiting."
    [failed] = office.outbox.list()
    assert failed.status == "failed"
    assert failed.last_error == (
        "The mail server refused the recipient nobody@customer.example: 550 5.1.1 "
        "<nobody@customer.example>: Recipient address rejected: User unknown."
    )
    office.clock.advance(hours=3)
    assert office.courier.send_due().sent == 0  # a failed message is never tried on its own
    smtp.recorder.refuse.clear()
    office.outbox.retry(failed.id)
    assert office.courier.send_due().sent == 1
    assert len(smtp.received) == 1


def test_an_interrupted_attempt_is_shown_as_failed_and_not_sent_again(
    office: MailOffice, smtp: SmtpServer
) -> None:
    customer = office.customer("Ana Silva", "iponto")
    ended_session(office, customer, 10)
    [queued] = office.outbox.list()
    with office.db.transaction() as orm:  # what a worker does just before it hands it over
        assert OutboxQueue(orm).claim(queued.id, office.clock.now()) is not None
    # ... and then AssistDesk stops before it records what the server said
    office.clock.advance(minutes=5)
    assert office.courier.send_due().summary() == "0 sent, 0 failed, 0 waiting."
    assert office.outbox.get(queued.id).status == "sending"
    office.clock.advance(minutes=11)
    assert office.courier.send_due().summary() == "0 sent, 1 failed, 0 waiting."
    interrupted = office.outbox.get(queued.id)
    assert (interrupted.status, interrupted.last_error) == ("failed", INTERRUPTED)
    assert smtp.received == []


def test_a_customer_without_an_address_is_visible_in_the_outbox(
    office: MailOffice, smtp: SmtpServer
) -> None:
    customer = office.customers.add_customer(Customer("Ana", policy_id="iponto")).id
    ended_session(office, customer, 10)
    [failed] = office.outbox.list()
    assert (failed.status, failed.recipient) == ("failed", "")
    assert "no email address" in failed.last_error
    with pytest.raises(DomainError, match="add the customer's email first"):
        office.outbox.retry(failed.id)
    office.outbox.discard(failed.id)
    assert office.outbox.get(failed.id).status == "discarded"
    assert office.courier.send_due().sent == 0
    assert smtp.received == []
