"""Ended sessions are priced once, for good, with their policy and the customer's free minutes
(SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.clock import ManualClock
from app.core.errors import DomainError
from app.core.parties import Customer, Equipment
from app.core.policy import Policy
from app.core.policy_file import load_policy
from app.core.remote_tool import RemoteTool
from app.core.session import CorrectedField, Outcome
from app.resources import resource
from app.services.charging import SessionCharger
from app.services.customers import CustomerService
from app.services.paid_services import PaidServiceBook
from app.services.sessions import SessionService
from app.storage.database import Database

NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)  # a Tuesday evening, inside iPonto's hours


class Policies:
    """Policy files in a folder the test can edit, looked up by id like the catalogue does."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        for name in ("iponto", "page-computers", "justanswer"):
            text = resource("policies", f"{name}.toml").read_text(encoding="utf-8")
            (folder / f"{name}.toml").write_text(text, encoding="utf-8")

    def __call__(self, policy_id: str) -> Policy:
        path = self.folder / f"{policy_id}.toml"
        if not path.exists():
            raise DomainError(f"No policy has the id {policy_id!r}.")
        return load_policy(path)

    def edit(self, policy_id: str, old: str, new: str) -> None:
        path = self.folder / f"{policy_id}.toml"
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


@pytest.fixture
def policies(tmp_path: Path) -> Policies:
    return Policies(tmp_path)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def sessions(db: Database, clock: ManualClock, policies: Policies) -> SessionService:
    return SessionService(db, clock, workstation="desk", charger=SessionCharger(policies))


@pytest.fixture
def customers(db: Database, clock: ManualClock) -> CustomerService:
    return CustomerService(db, clock)


@pytest.fixture
def book(db: Database, clock: ManualClock) -> PaidServiceBook:
    return PaidServiceBook(db, clock)


def past(
    sessions: SessionService,
    customer_id: int,
    start: str,
    minutes: int,
    outcome: Outcome = Outcome.RESOLVED,
    equipment: str = "Laptop",
    **kwargs: object,
) -> tuple[Decimal | None, int | None]:
    """Enter a session; return its stored (total, free seconds)."""
    accepted = datetime.fromisoformat(start)
    record = sessions.record_past(
        customer_id, accepted, accepted + timedelta(minutes=minutes), outcome,
        equipment_label=equipment, **kwargs,  # type: ignore[arg-type]
    ).record  # fmt: skip
    stored = sessions.get(record.id).record.charge
    listed = sessions.list()[-1].charge if sessions.list()[-1].id == record.id else None
    assert stored == record.charge
    if listed is not None:
        assert listed == stored
    return (stored.total, stored.free_seconds) if stored else (None, None)


def test_a_live_session_is_priced_when_it_ends(
    customers: CustomerService, sessions: SessionService, clock: ManualClock
) -> None:
    shop = customers.add_customer(Customer("Bert Peeters", policy_id="page-computers")).id
    opened = sessions.open(shop)
    sessions.accept(opened.id)
    clock.advance(minutes=12)
    assert sessions.get(opened.id).record.charge is None  # still running: nothing stored
    ended = sessions.end(opened.id, Outcome.RESOLVED)
    charge = ended.record.charge
    assert charge is not None
    assert (charge.total, charge.net, charge.vat, charge.currency) == (
        Decimal("15.00"), Decimal("12.40"), Decimal("2.60"), "EUR",
    )  # fmt: skip


def test_unresolved_page_computers_session_costs_nothing(
    customers: CustomerService, sessions: SessionService
) -> None:
    shop = customers.add_customer(Customer("Bert", policy_id="page-computers")).id
    assert past(sessions, shop, "2026-11-24T10:00Z", 20, Outcome.UNRESOLVED) == (Decimal(0), 0)


def test_the_sessions_policy_wins_over_the_customers(
    customers: CustomerService, sessions: SessionService
) -> None:
    ana = customers.add_customer(Customer("Ana", policy_id="iponto")).id
    total, _ = past(sessions, ana, "2026-11-24T10:00Z", 12, policy_id="page-computers")
    assert total == Decimal("15.00")


def test_no_policy_or_an_unknown_policy_leaves_the_session_ended_but_unpriced(
    customers: CustomerService, sessions: SessionService
) -> None:
    nobody = customers.add_customer(Customer("No Policy")).id
    assert past(sessions, nobody, "2026-11-24T10:00Z", 12) == (None, None)
    lost = customers.add_customer(Customer("Lost", policy_id="deleted-policy")).id
    assert past(sessions, lost, "2026-11-24T10:00Z", 12) == (None, None)
    assert [s.state.value for s in sessions.list()] == ["ended", "ended"]


def test_an_offer_is_the_price(customers: CustomerService, sessions: SessionService) -> None:
    expert = customers.add_customer(Customer("Asker", policy_id="justanswer")).id
    total, _ = past(sessions, expert, "2026-11-24T10:00Z", 95, offer=Decimal("35"))
    assert total == Decimal("35.00")


def eligible_iponto_customer(
    customers: CustomerService, book: PaidServiceBook, day: date = date(2026, 2, 1)
) -> int:
    ana = customers.add_customer(Customer("Ana Silva", policy_id="iponto")).id
    book.add(ana, day, "Workshop repair", Decimal("45.00"), equipment_label="Laptop")
    return ana


def test_free_minutes_are_used_in_order_and_run_out(
    customers: CustomerService, sessions: SessionService, book: PaidServiceBook, clock: ManualClock
) -> None:
    clock.set(datetime(2027, 2, 1, tzinfo=UTC))
    ana = eligible_iponto_customer(customers, book)
    assert past(sessions, ana, "2026-03-02T10:00Z", 70) == (Decimal(0), 70 * 60)
    assert past(sessions, ana, "2026-04-02T10:00Z", 70) == (Decimal("13.50"), 50 * 60)
    assert past(sessions, ana, "2026-05-02T10:00Z", 10) == (Decimal("13.50"), 0)
    # A new calendar year brings 120 new minutes (but a new paid service is needed too).
    assert past(sessions, ana, "2027-01-05T10:00Z", 30) == (Decimal("13.50"), 0)
    book.add(ana, date(2027, 1, 2), "Workshop repair", Decimal("45.00"), "Laptop")
    assert past(sessions, ana, "2027-01-06T10:00Z", 30) == (Decimal(0), 30 * 60)


def test_unresolved_sessions_do_not_use_free_minutes(
    customers: CustomerService, sessions: SessionService, book: PaidServiceBook, policies: Policies
) -> None:
    policies.edit("iponto", "charge_unresolved = true", "charge_unresolved = false")
    ana = eligible_iponto_customer(customers, book)
    assert past(sessions, ana, "2026-03-02T10:00Z", 70, Outcome.UNRESOLVED) == (Decimal(0), 0)
    assert past(sessions, ana, "2026-03-03T10:00Z", 120) == (Decimal(0), 120 * 60)


def test_no_paid_service_this_period_means_no_free_minutes(
    customers: CustomerService, sessions: SessionService, book: PaidServiceBook
) -> None:
    ana = eligible_iponto_customer(customers, book, day=date(2025, 12, 20))
    assert past(sessions, ana, "2026-03-02T10:00Z", 45) == (Decimal("13.50"), 0)


def test_equipment_must_have_been_serviced_before(
    customers: CustomerService, sessions: SessionService, book: PaidServiceBook
) -> None:
    ana = eligible_iponto_customer(customers, book)
    # The desktop was never serviced: paid. After that session it is known, so the next is free.
    assert past(sessions, ana, "2026-03-02T10:00Z", 45, equipment="Desktop") == (
        Decimal("13.50"), 0,
    )  # fmt: skip
    assert past(sessions, ana, "2026-03-09T10:00Z", 45, equipment="Desktop") == (
        Decimal(0), 45 * 60,
    )  # fmt: skip


def test_editing_a_policy_never_reprices_a_past_session(
    customers: CustomerService,
    sessions: SessionService,
    policies: Policies,
    clock: ManualClock,
) -> None:
    shop = customers.add_customer(Customer("Bert", policy_id="page-computers")).id
    start = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    record = sessions.record_past(shop, start, start + timedelta(minutes=12)).record
    policies.edit("page-computers", 'block_price = "5.00"', 'block_price = "7.00"')
    assert sessions.get(record.id).record.charge.total == Decimal("15.00")  # type: ignore[union-attr]
    # A time correction reprices with the rules the session was priced with, not the new file.
    corrected = sessions.correct(
        record.id, CorrectedField.ENDED_AT, start + timedelta(minutes=17), "customer called back"
    )
    assert corrected.record.charge.total == Decimal("20.00")  # type: ignore[union-attr]
    later = sessions.record_past(
        shop, start + timedelta(hours=2), start + timedelta(hours=2, minutes=12)
    )
    assert later.record.charge.total == Decimal("17.00")  # type: ignore[union-attr]


def test_a_paid_service_needs_a_description_and_an_amount(
    customers: CustomerService, book: PaidServiceBook
) -> None:
    ana = customers.add_customer(Customer("Ana")).id
    with pytest.raises(DomainError, match="needs a description"):
        book.add(ana, date(2026, 1, 1), "  ", Decimal(10))
    with pytest.raises(DomainError, match="more than zero"):
        book.add(ana, date(2026, 1, 1), "Repair", Decimal(0))
    assert customers.equipment_of(ana) == []
    book.add(ana, date(2026, 1, 1), "Repair", Decimal(10), "Laptop")
    assert [e.label for e in customers.equipment_of(ana)] == ["Laptop"]
    assert customers.add_equipment(ana, Equipment("Phone", RemoteTool.ANYDESK)).label == "Phone"


def scenario(customers: CustomerService, book: PaidServiceBook, sessions: SessionService) -> None:
    """A year of a few customers: eligibility, a new equipment, unresolved, another policy."""
    ana = eligible_iponto_customer(customers, book)
    bert = customers.add_customer(Customer("Bert", policy_id="page-computers")).id
    carla = customers.add_customer(Customer("Carla", policy_id="iponto")).id
    days = ["2026-03-02", "2026-03-09", "2026-04-01", "2026-06-15", "2026-09-30"]
    for n, day in enumerate(days):
        at = {hour: datetime.fromisoformat(f"{day}T{hour}:00Z") for hour in ("10", "11", "12")}
        laptop_or_desktop = "Laptop" if n % 2 == 0 else "Desktop"
        sessions.record_past(
            ana, at["10"], at["10"] + timedelta(minutes=25 + 9 * n),
            equipment_label=laptop_or_desktop,
        )  # fmt: skip
        outcome = Outcome.UNRESOLVED if n == 2 else Outcome.RESOLVED
        sessions.record_past(bert, at["11"], at["11"] + timedelta(minutes=3 + 4 * n), outcome)
        sessions.record_past(carla, at["12"], at["12"] + timedelta(minutes=40))


def prices(sessions: SessionService) -> list[tuple[int, Decimal, int]]:
    return [(s.id, s.charge.total, s.charge.free_seconds) for s in sessions.list() if s.charge]


def test_pricing_in_a_batch_gives_what_pricing_as_they_end_gives(
    db: Database,
    clock: ManualClock,
    customers: CustomerService,
    sessions: SessionService,
    book: PaidServiceBook,
    policies: Policies,
) -> None:
    scenario(customers, book, sessions)
    live = prices(sessions)
    assert len(live) == 15
    assert sum(free for _, _, free in live) == 120 * 60  # Ana used all of hers, Carla none
    # The same history, entered with no pricing at all, then priced in one go.
    with db.transaction() as orm:
        from app.storage.models import SessionChargeLineRow, SessionChargeRow

        orm.query(SessionChargeLineRow).delete()
        orm.query(SessionChargeRow).delete()
    assert prices(sessions) == []
    run = SessionCharger(policies).price_pending(db, clock.now())
    assert (run.priced, run.unpriced) == (15, 0)
    assert prices(sessions) == live
    assert SessionCharger(policies).price_pending(db, clock.now()).priced == 0  # nothing left


def test_batch_pricing_skips_what_it_cannot_price(
    db: Database, clock: ManualClock, customers: CustomerService, policies: Policies
) -> None:
    plain = SessionService(db, clock, workstation="desk")
    expert = customers.add_customer(Customer("Asker", policy_id="justanswer")).id
    lost = customers.add_customer(Customer("Lost", policy_id="gone")).id
    nobody = customers.add_customer(Customer("Nobody")).id
    start = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    for customer in (expert, lost, nobody):
        plain.record_past(customer, start, start + timedelta(minutes=20))
    plain.record_past(expert, start, start + timedelta(minutes=20), offer=Decimal("35"))
    run = SessionCharger(policies).price_pending(db, clock.now())
    assert (run.priced, run.unpriced) == (1, 2)  # the customer without a policy is not pending
    assert [s.charge.total for s in plain.list() if s.charge] == [Decimal("35.00")]


def test_live_pricing_knows_the_free_minutes_a_running_session_may_use(
    db: Database,
    customers: CustomerService,
    sessions: SessionService,
    book: PaidServiceBook,
    clock: ManualClock,
) -> None:
    ana = eligible_iponto_customer(customers, book)
    past(sessions, ana, "2026-11-02T10:00Z", 70)  # 50 free minutes left this year
    laptop = customers.equipment_of(ana)[0].id
    running = sessions.open(ana, equipment_id=laptop)
    assert sessions.live_pricing(running.id) is not None
    sessions.accept(running.id)
    live = sessions.live_pricing(running.id)
    assert live is not None
    assert (live.policy.id, live.free_seconds_left, live.accepted_at) == ("iponto", 3000, NOW)
    quote = live.quote(55 * 60)
    assert quote is not None
    assert (quote.free_seconds, quote.total) == (3000, Decimal("13.50"))
    nobody = customers.add_customer(Customer("No Policy")).id
    assert sessions.live_pricing(sessions.open(nobody).id) is None
    plain = SessionService(db, clock, workstation="desk")  # no charger: no prices
    assert plain.live_pricing(running.id) is None
