"""The office's list of drafts for every customer is read at once (one query for all customers):
it must stay exactly what each customer's own drafts are, and keep the billing rules — a session
given back by a credit note waits again, a session on an invoice never does."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.clock import ManualClock
from app.storage.database import Database
from tests.services.invoicing_fixtures import NOW, D, Office

UNTIL = date(2026, 11, 20)


@pytest.fixture
def office(db: Database) -> Office:
    return Office(db, ManualClock(NOW))


def test_the_list_for_every_customer_is_each_customer_s_own_drafts(office: Office) -> None:
    customers = {}
    for n in range(12):  # neighbours in the list, with one, two or three sessions each
        name = f"Customer {n:02d}"
        customers[name] = who = office.customer(name)
        for day in range(1 + n % 3):
            office.session(who, 10 + day, 12 + 5 * n)
    both = customers["Both currencies"] = office.customer("Both currencies")
    office.session(both, 11, 12)
    office.session(both, 12, 20, policy="phonetex")  # GBP: a second draft
    offers = customers["Offers"] = office.customer("Offers", policy="justanswer")
    office.session(offers, 13, 10, offer=D("6000000000"))
    office.session(offers, 14, 10, offer=D("6000000000"))  # together more than can be recorded
    later = customers["Later"] = office.customer("Later")
    office.session(later, 22, 12)  # after the last day: not listed
    customers["Nobody"] = office.customer("Nobody")
    office.desk.create(customers["Customer 03"], until=UNTIL)  # invoiced: not listed

    drafts = office.desk.customers_to_invoice(until=UNTIL)

    one_by_one = [
        draft
        for name in sorted(customers)
        for draft in office.desk.drafts_of(customers[name], UNTIL)
    ]
    assert drafts == one_by_one
    listed = [(d.customer, d.currency) for d in drafts]
    assert listed[:3] == [("Both currencies", "EUR"), ("Both currencies", "GBP"),
                          ("Customer 00", "EUR")]  # fmt: skip
    assert ("Customer 03", "EUR") not in listed
    assert "Later" not in {d.customer for d in drafts}
    (too_much,) = [d for d in drafts if d.customer == "Offers"]
    assert (too_much.total, len(too_much.session_ids)) == (None, 2)
    assert "more than AssistDesk can record" in too_much.problem
    assert all(d.total is not None and not d.problem for d in drafts if d.customer != "Offers")


def test_a_session_given_back_by_a_credit_note_is_listed_again(office: Office) -> None:
    ana, bert = office.customer("Ana"), office.customer("Bert")
    first, second = office.session(ana, 10, 12), office.session(ana, 11, 17)
    office.session(bert, 12, 12)
    invoice = office.desk.create(ana, until=UNTIL).document
    assert [d.customer for d in office.desk.customers_to_invoice(UNTIL)] == ["Bert"]

    office.credits.issue(invoice.number, "The second was a test call", [2])

    drafts = office.desk.customers_to_invoice(UNTIL)
    assert [(d.customer, d.session_ids, d.total) for d in drafts] == [
        ("Ana", (second,), D("20.00")), ("Bert", drafts[1].session_ids, D("15.00")),
    ]  # fmt: skip
    assert first not in {s for d in drafts for s in d.session_ids}
    assert drafts[0] == office.desk.drafts_of(ana, UNTIL)[0]
    again = office.desk.create(ana, until=UNTIL, session_ids=drafts[0].session_ids)
    assert again.session_ids == (second,)
    assert [d.customer for d in office.desk.customers_to_invoice(UNTIL)] == ["Bert"]


def test_sessions_on_an_invoice_are_never_listed(office: Office) -> None:
    ana = office.customer("Ana")
    sessions = [office.session(ana, day, 12) for day in (10, 11, 12)]
    office.desk.create(ana, session_ids=sessions[:2])

    (draft,) = office.desk.customers_to_invoice(UNTIL)
    assert draft.session_ids == (sessions[2],)
    assert office.desk.drafts_of(ana, UNTIL) == [draft]
    office.desk.create(ana, session_ids=draft.session_ids)
    assert office.desk.customers_to_invoice(UNTIL) == []
    assert office.desk.customers_to_invoice() == []
    assert office.desk.drafts_of(ana) == []
