"""A receipt's message says what the payment did, in the customer's language: money received
for the invoice, what was kept as credit and the credit now; or the credit used to pay an
invoice. Bert's 12-minute session costs €15.00 (Page Computers), his 20-minute one €20.00."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.mail.conftest import MailOffice
from tests.mail.messages import parts
from tests.mail.smtp_server import SmtpServer

DAY = date(2026, 11, 24)
SAYS = {
    "en": ("we received €50.00 on 24 November 2026 (bank transfer) for invoice {first}. €35.00 "
           "more than was due is kept as your credit with us.",
           "Your credit with us is now €35.00.",
           "On 24 November 2026 we paid invoice {second} with €20.00 of your credit with us.",
           "Your credit with us is now €15.00."),
    "pt": ("recebemos 50,00 € a 24 de novembro de 2026 (transferência bancária) relativos à fatura "
           "{first}. Os 35,00 € a mais ficam como crédito a seu favor.",
           "O seu crédito connosco é agora de 35,00 €.",
           "A 24 de novembro de 2026 pagámos a fatura {second} com 20,00 € do seu crédito "
           "connosco.",
           "O seu crédito connosco é agora de 15,00 €."),
    "nl": ("we ontvingen € 50,00 op 24 november 2026 (overschrijving) voor factuur {first}. De "
           "€ 35,00 te veel blijft als tegoed in uw voordeel.",
           "Uw tegoed bij ons bedraagt nu € 35,00.",
           "Op 24 november 2026 betaalden we factuur {second} met € 20,00 van uw tegoed bij ons.",
           "Uw tegoed bij ons bedraagt nu € 15,00."),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SAYS))
def test_the_receipt_says_what_was_received_kept_and_used(
    office: MailOffice, smtp: SmtpServer, lang: str
) -> None:
    customer = office.customer("Bert Peeters", "page-computers")
    numbers = []
    for day, minutes in ((17, 12), (18, 20)):
        start = office.clock.now().replace(day=day, hour=9)
        office.sessions.record_past(customer, start, start + timedelta(minutes=minutes))
        numbers.append(office.desk.create(customer, language=lang).document.number)
    first, second = numbers
    # 50.00 for a 15.00 invoice: 35.00 kept; then 20.00 of it pays the second: 15.00 left
    office.ledger.pay(first, Decimal("50.00"), DAY, "transfer", send=True)
    office.ledger.pay_from_credit(second, send=True)
    office.courier.send_due()
    paid, used = (parts(r.message) for r in smtp.received)
    money, credit_now, from_credit, credit_left = (
        text.format(first=first, second=second) for text in SAYS[lang]
    )
    assert money in " ".join(paid[0].split())
    assert credit_now in paid[0]
    assert from_credit in " ".join(used[0].split())
    assert credit_left in used[0]
    assert "kept" not in used[0]
