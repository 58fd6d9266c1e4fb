"""What a filter of the log adds up to (SessionService.totals), on both backends: each session's
price as shown, added exactly per currency (never across currencies, never as floats), the time
of the sessions that ended, and the filter applied as the list applies it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.clock import ManualClock
from app.core.log_totals import LogTotals, totals_of
from app.core.records import SessionFilter
from app.core.session import Outcome
from app.storage.database import Database
from tests.services.invoicing_fixtures import NOW, D, Office


@pytest.fixture
def office(db: Database) -> Office:
    return Office(db, ManualClock(NOW))


def test_totals_add_each_shown_price_exactly_per_currency(office: Office) -> None:
    euro = office.customer("Ana Silva")  # Page Computers: 10.00 first 10 min, 5.00 a block
    yen = office.customer("Bert Peeters", policy="net-jpy")
    dinar = office.customer("Bahrain Trading", policy="net-bhd")
    for day in (2, 3, 4):
        office.session(euro, day, 12)  # 15.00 each
    office.session(euro, 5, 12, Outcome.UNRESOLVED)  # nothing charged when unsolved
    office.session(yen, 6, 12)
    for day in (7, 8, 9):
        office.session(dinar, day, 3)  # 9.995 + 10 % VAT = 10.9945 -> 10.995 each, as shown
    office.sessions.open(euro)  # running: counted, no time, no price yet
    everything = office.sessions.totals()
    assert everything.count == 9
    assert everything.seconds == (4 * 12 + 12 + 3 * 3) * 60
    money = dict(everything.money)
    assert list(money) == ["BHD", "EUR", "JPY"]
    assert money["EUR"] == D("45.00")
    shown = office.sessions.list(SessionFilter())
    dinars = [r.charge.total for r in shown if r.charge and r.charge.currency == "BHD"]
    assert money["BHD"] == sum(dinars, D(0))  # each as shown (fils), added exactly
    assert money["BHD"].as_tuple().exponent == -3
    assert everything == totals_of(shown)  # the same as adding up the rows shown


def test_totals_follow_the_filter(office: Office) -> None:
    ana = office.customer("Ana Silva")
    office.session(ana, 10, 12)
    office.session(ana, 20, 17, Outcome.UNRESOLVED)
    first_half = SessionFilter(
        since=datetime(2026, 11, 1, tzinfo=UTC), until=datetime(2026, 11, 15, tzinfo=UTC)
    )
    assert office.sessions.totals(first_half) == LogTotals(1, 12 * 60, (("EUR", D("15.00")),))
    unresolved = office.sessions.totals(SessionFilter(outcome=Outcome.UNRESOLVED))
    assert unresolved == LogTotals(1, 17 * 60, (("EUR", D("0.00")),))
    later = NOW + timedelta(days=400)
    assert office.sessions.totals(SessionFilter(since=later)) == LogTotals(0, 0, ())
