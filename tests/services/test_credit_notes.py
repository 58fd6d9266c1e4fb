"""Credit notes (SQLite and PostgreSQL): the whole invoice, chosen lines, or an amount against
chosen lines, each line at its own VAT rate; lines credited whole release their sessions, which
the next invoice bills again at the price they were priced at; an amount releases nothing; a
line is never credited beyond what is left of it, and a credit note of nothing is refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.core.invoice import LineInput, VatAmount
from app.core.money import minor_unit
from app.core.policy import Policy
from app.core.policy_file import policy_from_text
from app.core.session import Outcome
from app.resources import resource
from app.services.payments import InvoiceStatus
from app.storage.database import Database
from tests.services import invoicing_fixtures
from tests.services.invoicing_fixtures import NOW, D, Office


@pytest.fixture
def office(db: Database, clock: ManualClock) -> Office:
    return Office(db, clock)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


def rounds(db: Database, session_id: int) -> list[tuple[str, int]]:
    """The invoices a session was billed on, with the billing round of each."""
    with db.reading() as orm:
        rows = orm.execute(
            text("SELECT d.number, l.billing_round FROM document_lines l "
                 "JOIN documents d ON d.id = l.document_id WHERE l.session_id = :s "
                 "ORDER BY l.billing_round"),
            {"s": session_id},
        ).all()  # fmt: skip
    return [(number, round_) for number, round_ in rows]


def test_a_whole_credit_releases_every_session_and_the_next_invoice_bills_them_again(
    db: Database, office: Office
) -> None:
    bert = office.customer("Bert")
    first, second = office.session(bert, 17, 12), office.session(bert, 18, 17)
    invoice = office.desk.create(bert).document
    # 12 min at Page Computers: 15.00 incl. 21 % -> 12.40 net; 17 min: 20.00 -> 16.53 net
    assert [ln.net for ln in invoice.totals.lines] == [D("12.40"), D("16.53")]
    note = office.credits.issue(invoice.number, "Wrong customer")
    doc = note.issued.document
    assert (doc.number, doc.corrects, note.credits) == (
        "NC 2026/0001",
        "FT 2026/0001",
        invoice.number,
    )
    assert note.invoice_lines == (1, 2)
    # The invoice given back to the cent: 35.00 = 28.93 net + 6.07 VAT at 21 %
    assert doc.totals.vat == (VatAmount(D(21), D("28.93"), D("6.07")),)
    assert (doc.totals.net, doc.totals.vat_total, doc.totals.total) == (
        D("28.93"), D("6.07"), D("35.00"),
    )  # fmt: skip
    assert note.released_session_ids == (first, second)
    summary = office.ledger.summaries()[0]
    assert (summary.status, summary.credited, summary.open_amount) == (
        InvoiceStatus.CREDITED, D("35.00"), D("0.00"),
    )  # fmt: skip
    with pytest.raises(DomainError, match=r"^FT 2026/0001 is credited in full already\.$"):
        office.credits.issue(invoice.number, "Again")

    again = office.desk.create(bert)
    assert again.session_ids == (first, second)
    # The same sessions at the prices they were priced at: 15.00 + 20.00 = 35.00
    assert again.document.totals == invoice.totals
    assert rounds(db, first) == [("FT 2026/0001", 1), ("FT 2026/0002", 2)]
    with pytest.raises(DomainError, match="nothing to invoice"):
        office.desk.create(bert)

    # Credited and billed a third time: round 3.
    third = office.credits.issue(again.document.number, "Second session belongs to Ana", [2])
    assert third.released_session_ids == (second,)
    assert office.desk.create(bert).session_ids == (second,)
    assert rounds(db, second) == [("FT 2026/0001", 1), ("FT 2026/0002", 2), ("FT 2026/0003", 3)]


def test_crediting_chosen_lines_releases_only_their_sessions(office: Office) -> None:
    bert = office.customer("Bert")
    first, second = office.session(bert, 17, 12), office.session(bert, 18, 17)
    number = office.desk.create(bert).document.number
    note = office.credits.issue(number, "The follow-up was free", [2])
    # Line 2 whole: the 20.00 agreed, 16.53 net + 3.47 VAT (35.00's 6.07 VAT less line 1's 2.60)
    assert note.issued.document.totals.vat == (VatAmount(D(21), D("16.53"), D("3.47")),)
    assert note.issued.document.totals.total == D("20.00")
    assert note.released_session_ids == (second,)
    assert office.ledger.summaries()[0].open_amount == D("15.00")  # 35.00 - 20.00
    with pytest.raises(DomainError, match=r"^Line 2 of FT 2026/0001 is credited in full already"):
        office.credits.issue(number, "Again", [2])
    with pytest.raises(DomainError, match=r"^FT 2026/0001 has lines 1 to 2; there is no line 3"):
        office.credits.issue(number, "No such line", [1, 3])
    assert office.desk.create(bert).session_ids == (second,)
    rest = office.credits.issue(number, "The rest too")  # the whole invoice: what is left
    assert rest.invoice_lines == (1,)
    assert rest.issued.document.totals.total == D("15.00")
    assert rest.released_session_ids == (first,)
    assert office.ledger.summaries()[0].status is InvoiceStatus.CREDITED


def test_an_amount_is_split_across_the_chosen_lines_and_releases_nothing(office: Office) -> None:
    bert = office.customer("Bert")
    first = office.session(bert, 17, 12)
    office.session(bert, 18, 17)
    number = office.desk.create(bert).document.number
    note = office.credits.issue(number, "Slow connection", [1, 2], amount=D("10"))
    lines = note.issued.document.totals.lines
    # 10.00 in proportion to 15.00 and 20.00: 4.2857 and 5.7143, rounded down 4.28 + 5.71 = 9.99;
    # the missing cent goes to the larger remainder (0.0057 > 0.0043): line 1.
    assert [ln.gross for ln in lines] == [D("4.29"), D("5.71")]
    # VAT as on what is left of each line: 4.29 x 2.60 / 15.00 = 0.7436 -> 0.74;
    # 5.71 x 3.47 / 20.00 = 0.9907 -> 0.99
    assert [(ln.net, ln.gross - ln.net) for ln in lines] == [  # type: ignore[operator]
        (D("3.55"), D("0.74")), (D("4.72"), D("0.99")),
    ]  # fmt: skip
    assert note.issued.document.totals.vat == (VatAmount(D(21), D("8.27"), D("1.73")),)
    assert note.released_session_ids == ()
    with pytest.raises(DomainError, match="nothing to invoice"):
        office.desk.create(bert)
    # What is left of line 1: 15.00 - 4.29 = 10.71; more than that is refused.
    with pytest.raises(DomainError, match=r"can be up to 10\.71 EUR\.$"):
        office.credits.issue(number, "Too much", [1], amount=D("10.72"))
    rest = office.credits.issue(number, "Line 1 was a mistake", [1])
    # 12.40 - 3.55 = 8.85 net, 2.60 - 0.74 = 1.86 VAT: 10.71
    assert rest.issued.document.totals.vat == (VatAmount(D(21), D("8.85"), D("1.86")),)
    assert rest.released_session_ids == (first,)
    assert office.desk.create(bert).session_ids == (first,)


def mixed_invoice(office: Office) -> tuple[str, tuple[int, int]]:
    """One 12-minute Page Computers session (21 %), one 30-minute iPonto session (23 %), both
    priced with VAT, and a spare cable typed by the office at 10.00 net + 6 %."""
    bert = office.customer("Bert")
    page = office.session(bert, 17, 12)
    start = datetime(2026, 11, 18, 9, tzinfo=UTC)
    iponto = office.sessions.record_past(
        bert, start, start + timedelta(minutes=30), policy_id="iponto"
    ).record.id
    cable = LineInput("Spare cable", D(1), D("10.00"), D(6), includes_vat=False)
    invoice = office.desk.create(bert, extra=[cable]).document
    # 15.00 at 21 % -> 12.40 + 2.60; 20.25 at 23 % -> 16.46 + 3.79; 10.00 + 6 % = 0.60
    assert invoice.totals.vat == (
        VatAmount(D(6), D("10.00"), D("0.60")),
        VatAmount(D(21), D("12.40"), D("2.60")),
        VatAmount(D(23), D("16.46"), D("3.79")),
    )
    assert invoice.totals.total == D("45.85")  # 15.00 + 20.25 + 10.60
    return invoice.number, (page, iponto)


def test_a_line_is_credited_at_its_own_rate_on_a_mixed_rate_invoice(office: Office) -> None:
    number, (_, iponto) = mixed_invoice(office)
    note = office.credits.issue(number, "Session by mistake", [2])
    # Line 2 alone: 16.46 net + 3.79 VAT at 23 %, not at the rate with the largest base
    assert note.issued.document.totals.vat == (VatAmount(D(23), D("16.46"), D("3.79")),)
    assert note.issued.document.totals.total == D("20.25")
    assert note.released_session_ids == (iponto,)
    cable = office.credits.issue(number, "Cable returned", [3])
    assert cable.issued.document.totals.vat == (VatAmount(D(6), D("10.00"), D("0.60")),)
    assert cable.released_session_ids == ()  # a typed line has no session
    assert office.ledger.summaries()[0].open_amount == D("15.00")  # 45.85 - 20.25 - 10.60


def test_an_amount_on_a_mixed_rate_invoice_is_credited_at_each_lines_rate(office: Office) -> None:
    number, _ = mixed_invoice(office)
    note = office.credits.issue(number, "Goodwill", amount=D("10"))  # all lines
    # 10.00 over 15.00, 20.25 and 10.60 (45.85): 3.2715, 4.4166, 2.3119 -> 3.27 + 4.41 + 2.31 =
    # 9.99; the cent to the largest remainder (0.0066): line 2 -> 3.27, 4.42, 2.31.
    # VAT: 3.27 x 2.60/15.00 = 0.5668 -> 0.57; 4.42 x 3.79/20.25 = 0.8272 -> 0.83;
    # 2.31 x 0.60/10.60 = 0.1308 -> 0.13
    assert note.issued.document.totals.vat == (
        VatAmount(D(6), D("2.18"), D("0.13")),
        VatAmount(D(21), D("2.70"), D("0.57")),
        VatAmount(D(23), D("3.59"), D("0.83")),
    )
    assert note.issued.document.totals.total == D("10.00")
    assert note.released_session_ids == ()
    # Everything left, whole: the invoice's VAT per rate less what the amount took
    rest = office.credits.issue(number, "Cancelled")
    assert rest.issued.document.totals.vat == (
        VatAmount(D(6), D("7.82"), D("0.47")),  # 10.00 - 2.18, 0.60 - 0.13
        VatAmount(D(21), D("9.70"), D("2.03")),  # 12.40 - 2.70, 2.60 - 0.57
        VatAmount(D(23), D("12.87"), D("2.96")),  # 16.46 - 3.59, 3.79 - 0.83
    )
    assert rest.issued.document.totals.total == D("35.85")  # 45.85 - 10.00
    assert office.ledger.summaries()[0].status is InvoiceStatus.CREDITED


def test_an_invoice_of_nothing_is_settled_and_cannot_be_credited(office: Office) -> None:
    bert = office.customer("Bert")
    office.session(bert, 17, 20, Outcome.UNRESOLVED)  # Page Computers charges nothing
    number = office.desk.create(bert).document.number
    summary = office.ledger.summaries()[0]
    assert (summary.total, summary.credited, summary.open_amount) == (D("0.00"),) * 3
    assert summary.status is InvoiceStatus.SETTLED  # not "credited": no credit note exists
    for amount in (None, D("1")):
        with pytest.raises(
            DomainError, match=r"^FT 2026/0001 comes to 0\.00 EUR; there is nothing to credit\.$"
        ):
            office.credits.issue(number, "Nothing", amount=amount)


def test_a_credit_note_of_nothing_is_refused(office: Office) -> None:
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    unresolved = office.session(bert, 18, 20, Outcome.UNRESOLVED)  # 0.00
    number = office.desk.create(bert).document.number
    with pytest.raises(DomainError, match=r"^A credit note of 0\.00 EUR cannot be issued"):
        office.credits.issue(number, "The free one", [2])
    for amount in (D(0), D("0.004"), D("-5")):
        with pytest.raises(
            DomainError, match=r"^A credit note on FT 2026/0001 can be up to 15\.00"
        ):
            office.credits.issue(number, "Nothing", amount=amount)
    with pytest.raises(DomainError, match=r"^Line 2 of FT 2026/0001 is credited in full already"):
        office.credits.issue(number, "The free one", [2], amount=D("1"))
    # Together with a line of something, the line of nothing is credited whole and released.
    both = office.credits.issue(number, "Both", [1, 2])
    assert both.issued.document.totals.total == D("15.00")
    assert len(both.released_session_ids) == 2
    assert unresolved in both.released_session_ids
    assert office.ledger.summaries()[0].status is InvoiceStatus.CREDITED


@pytest.mark.parametrize(
    ("lines", "amount", "preview"),
    [(None, None, ("35.00", (1, 2))), ([2], None, ("20.00", (2,))), ([1], "5", ("5.00", ()))],
)
def test_the_preview_is_what_is_then_issued(
    office: Office, lines: list[int] | None, amount: str | None, preview: tuple[str, tuple[int]]
) -> None:
    bert = office.customer("Bert")
    office.session(bert, 17, 12)
    office.session(bert, 18, 17)
    number = office.desk.create(bert).document.number
    wanted = D(amount) if amount else None
    plan = office.credits.preview(number, lines, wanted)
    assert (str(plan.totals.total), len(plan.released_session_ids)) == (
        preview[0], len(preview[1]),
    )  # fmt: skip
    issued = office.credits.issue(number, "Check", lines, wanted)
    assert issued.issued.document.totals == plan.totals
    assert issued.released_session_ids == plan.released_session_ids


def tariff(currency: str, vat: str, included: bool) -> Policy:
    """Page Computers' tariff in `currency` at `vat` %, its prices with or without VAT."""
    text = resource("policies", "page-computers.toml").read_text(encoding="utf-8")
    text = text.replace('currency = "EUR"', f'currency = "{currency}"')
    text = text.replace('vat_percent = "21"', f'vat_percent = "{vat}"')
    text = text.replace(
        "prices_include_vat = true", f"prices_include_vat = {str(included).lower()}"
    )
    if currency == "JPY":
        text = text.replace('"10.00"', '"1000"').replace('"5.00"', '"500"')
    return policy_from_text(text, f"page-{currency}-{vat}-{included}")


@pytest.mark.parametrize("currency", ["EUR", "JPY", "BHD"])  # 2, 0 and 3 decimals
@pytest.mark.parametrize(
    ("first", "second"),
    [(True, True), (False, False), (True, False)],
    ids=["with-vat", "without-vat", "mixed"],
)
def test_credits_in_any_currency_and_policy_add_up_to_the_invoice_and_bill_again(
    db: Database, clock: ManualClock, monkeypatch: pytest.MonkeyPatch, currency: str,
    first: bool, second: bool,
) -> None:  # fmt: skip
    policies = {"page-a": tariff(currency, "21", first), "page-b": tariff(currency, "6", second)}
    monkeypatch.setattr(invoicing_fixtures, "lookup", policies.__getitem__)
    office = Office(db, clock)
    bert = office.customer("Bert", "page-a")
    sessions = [office.session(bert, 17, 12)]
    start = datetime(2026, 11, 18, 9, tzinfo=UTC)
    sessions.append(
        office.sessions.record_past(bert, start, start + timedelta(minutes=17), policy_id="page-b")
        .record.id
    )  # fmt: skip
    invoice = office.desk.create(bert).document
    assert [v.rate for v in invoice.totals.vat] == [D(6), D(21)]
    unit = minor_unit(currency)
    left_of_two = office.credits.lines(invoice.number).line(2).left.gross
    amount = (left_of_two / 3).quantize(unit)
    part = office.credits.issue(invoice.number, "Goodwill", [2], amount=amount).issued.document
    # All of it at line 2's rate (6 %), to the currency's unit
    assert part.totals.total == amount
    assert [v.rate for v in part.totals.vat] == [D(6)]
    assert part.totals.vat[0].amount == part.totals.vat[0].amount.quantize(unit)
    rest = office.credits.issue(invoice.number, "Cancelled")
    assert rest.released_session_ids == tuple(sessions)
    # The two notes, rate by rate, give back the invoice exactly: base and VAT.
    given_back = {v.rate: (v.base, v.amount) for v in rest.issued.document.totals.vat}
    six = part.totals.vat[0]
    given_back[D(6)] = (given_back[D(6)][0] + six.base, given_back[D(6)][1] + six.amount)
    assert given_back == {v.rate: (v.base, v.amount) for v in invoice.totals.vat}
    assert part.totals.total + rest.issued.document.totals.total == invoice.totals.total
    assert office.ledger.summaries()[0].status is InvoiceStatus.CREDITED
    again = office.desk.create(bert)
    assert again.session_ids == tuple(sessions)
    assert again.document.totals == invoice.totals  # billed again at the prices first agreed
