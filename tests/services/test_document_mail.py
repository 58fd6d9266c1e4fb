"""Emailing an issued document later (app.services.document_mail), on both backends: the message
carries the PDF as issued, a customer without an address is refused with nothing queued, and each
document's state is its latest message's."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.mail.templates import MailTemplates
from app.services.customer_mail import CustomerMail
from app.services.document_mail import DocumentMail
from app.services.errors import NotFoundError
from app.services.outbox import Outbox
from app.settings import Settings
from app.storage.database import Database
from tests.services.invoicing_fixtures import NOW, OFFICE, D, Office, quick_pdf


@pytest.fixture
def office(db: Database) -> Office:
    return Office(db, ManualClock(NOW), renderer=quick_pdf)


@pytest.fixture
def mailing(db: Database, office: Office, tmp_path: Path) -> DocumentMail:
    mail = CustomerMail(db, office.clock, Settings(OFFICE), MailTemplates(tmp_path / "config"))
    return DocumentMail(db, office.desk, mail)


def test_a_document_is_queued_with_its_pdf_and_its_state_follows(
    db: Database, office: Office, mailing: DocumentMail
) -> None:
    bert = office.customer("Bert Peeters")
    office.customers.update_customer(
        bert, replace(office.customers.get(bert).customer, email="bert@customer.example")
    )
    office.session(bert, 17, 12)
    number = office.desk.create(bert).document.number
    receipt = office.ledger.pay(number, D("15.00"), NOW.date(), "cash").document.number
    assert mailing.states() == {}

    draft = mailing.preview(number)
    assert (draft.recipient, draft.rendered.subject) == (
        "bert@customer.example", f"Invoice {number} – Page Computers BV",
    )  # fmt: skip
    assert [a.data for a in draft.attachments] == [office.desk.pdf(number)]
    assert mailing.states() == {}  # a preview queues nothing

    first = mailing.send(number)
    assert (first.kind, first.status, first.recipient) == ("invoice", "queued", draft.recipient)
    mailing.send(receipt)
    outbox = Outbox(db, office.clock)
    outbox.discard(first.id)
    again = mailing.send(number)  # a customer who lost it: a message of its own
    states = mailing.states()
    assert (states[number].status, states[receipt].status) == ("queued", "queued")
    assert again.id != first.id
    assert states[number].when == NOW


def test_no_address_or_no_document_is_refused_and_nothing_is_queued(
    db: Database, office: Office, mailing: DocumentMail
) -> None:
    ana = office.customer("Ana Silva")  # no email address
    office.session(ana, 17, 12)
    number = office.desk.create(ana).document.number
    with pytest.raises(DomainError, match="Ana Silva has no email address"):
        mailing.send(number)
    with pytest.raises(DomainError, match="Ana Silva has no email address"):
        mailing.preview(number)
    with pytest.raises(NotFoundError, match="No document is numbered"):
        mailing.send("FT 2099/0001")
    assert Outbox(db, office.clock).list() == []
    assert mailing.states() == {}
