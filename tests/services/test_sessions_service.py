"""SessionService on SQLite and PostgreSQL: every change is committed as it happens, the history is
only appended to, and the log lists and filters sessions by when they started."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from app.core.clock import ManualClock
from app.core.errors import DomainError, IllegalTransitionError
from app.core.parties import Customer, Equipment
from app.core.records import SessionFilter
from app.core.remote_tool import RemoteTool
from app.core.session import CorrectedField, EventKind, Outcome, SessionState
from app.services.customers import CustomerService
from app.services.errors import NotFoundError
from app.services.sessions import SessionService
from app.storage.database import Database, open_database
from app.storage.models import EquipmentRow, SessionEventRow, SessionRow
from tests.conftest import START

DESK = "desk-1"


@pytest.fixture
def customers(db: Database, clock: ManualClock) -> CustomerService:
    return CustomerService(db, clock)


@pytest.fixture
def sessions(db: Database, clock: ManualClock) -> SessionService:
    return SessionService(db, clock, workstation=DESK)


@pytest.fixture
def ana(customers: CustomerService) -> int:
    return customers.add_customer(Customer("Ana Silva", policy_id="iponto")).id


@pytest.fixture
def other_db(db_url: str, db: Database) -> Iterator[Database]:
    """A second, independent connection pool on the same database: another process's view."""
    second, _ = open_database(db_url)
    try:
        yield second
    finally:
        second.dispose()


def stored_events(db: Database, session_id: int) -> list[tuple[int, str, datetime]]:
    with db.transaction() as orm:
        query = (
            select(SessionEventRow.seq, SessionEventRow.kind, SessionEventRow.at)
            .where(SessionEventRow.session_id == session_id)
            .order_by(SessionEventRow.id)
        )
        return [(seq, kind, at) for seq, kind, at in orm.execute(query)]


def stored_row(db: Database, session_id: int) -> SessionRow:
    with db.transaction() as orm:
        row = orm.get(SessionRow, session_id)
        assert row is not None
        return row


def test_a_session_is_timed_from_acceptance_and_each_step_is_committed_at_once(
    sessions: SessionService, clock: ManualClock, ana: int, other_db: Database
) -> None:
    opened = sessions.open(ana, tool=RemoteTool.ANYDESK, remote_id=" 123 456 789 ")
    sid = opened.id
    assert opened.record.state is SessionState.CONNECTING
    assert (opened.record.tool, opened.record.remote_id) == (RemoteTool.ANYDESK, "123 456 789")
    assert opened.record.policy_id == "iponto"  # the customer's default
    assert opened.record.workstation == DESK
    assert stored_row(other_db, sid).state == "connecting"

    clock.advance(minutes=2)
    accepted_at = clock.now()
    detail = sessions.accept(sid)
    assert detail.record.accepted_at == accepted_at
    seen = stored_row(other_db, sid)  # another process sees it before anything else happens
    assert (seen.state, seen.accepted_at) == ("active", accepted_at)

    clock.advance(minutes=5)
    assert sessions.get(sid).duration_seconds(clock.now()) == 300
    sessions.pause(sid)
    assert stored_row(other_db, sid).state == "paused"
    clock.advance(minutes=10)
    assert sessions.get(sid).duration_seconds(clock.now()) == 300
    sessions.resume(sid)
    seen = stored_row(other_db, sid)
    assert (seen.state, seen.paused_seconds) == ("active", 600)
    clock.advance(minutes=1, seconds=30)
    ended = sessions.end(sid, Outcome.RESOLVED, "  printer fixed ")
    record = ended.record
    assert record.state is SessionState.ENDED
    assert (record.ended_at, record.outcome, record.notes) == (
        clock.now(),
        Outcome.RESOLVED,
        "printer fixed",
    )
    assert (record.duration_seconds, record.paused_seconds) == (390, 600)
    seen = stored_row(other_db, sid)
    assert (seen.state, seen.duration_seconds, seen.ended_at) == ("ended", 390, clock.now())

    start = opened.timeline.created_at
    assert stored_events(other_db, sid) == [
        (1, "created", start),
        (2, "accepted", start + timedelta(minutes=2)),
        (3, "paused", start + timedelta(minutes=7)),
        (4, "resumed", start + timedelta(minutes=17)),
        (5, "ended", start + timedelta(minutes=18, seconds=30)),
    ]
    clock.advance(hours=3)
    assert sessions.get(sid).duration_seconds(clock.now()) == 390


def test_accepted_at_a_stated_earlier_instant(
    sessions: SessionService, clock: ManualClock, ana: int
) -> None:
    sid = sessions.open(ana).id
    clock.advance(minutes=10)
    detail = sessions.accept(sid, at=clock.now() - timedelta(minutes=4))
    assert detail.record.accepted_at == clock.now() - timedelta(minutes=4)
    accepted = detail.session.events[-1]
    assert (accepted.kind, accepted.recorded_at) == (EventKind.ACCEPTED, clock.now())
    assert detail.duration_seconds(clock.now()) == 240


def test_a_session_opened_on_equipment_takes_its_tool_and_id(
    sessions: SessionService, customers: CustomerService, ana: int
) -> None:
    pc = customers.add_equipment(ana, Equipment("Office PC", RemoteTool.RUSTDESK, "987"))
    record = sessions.open(ana, equipment_id=pc.id).record
    assert (record.equipment_label, record.tool, record.remote_id) == (
        "Office PC",
        "rustdesk",
        "987",
    )
    other = customers.add_customer(Customer("Bruno")).id
    with pytest.raises(NotFoundError, match="does not belong to this customer"):
        sessions.open(other, equipment_id=pc.id)
    with pytest.raises(NotFoundError):
        sessions.open(ana, equipment_id=pc.id + 1000)


def test_an_illegal_step_is_refused_and_writes_nothing(
    sessions: SessionService, db: Database, ana: int
) -> None:
    sid = sessions.open(ana).id
    before = stored_events(db, sid)
    for step in (sessions.pause, sessions.resume):
        with pytest.raises(IllegalTransitionError):
            step(sid)
    assert stored_events(db, sid) == before
    assert stored_row(db, sid).state == "connecting"
    sessions.end(sid, Outcome.CANCELLED)
    before = stored_events(db, sid)
    with pytest.raises(IllegalTransitionError, match="is ended and cannot be marked accepted"):
        sessions.accept(sid)
    assert stored_events(db, sid) == before
    assert sessions.get(sid).record.duration_seconds == 0


def test_a_time_in_the_future_is_refused_and_writes_nothing(
    sessions: SessionService, clock: ManualClock, db: Database, ana: int
) -> None:
    sid = sessions.open(ana).id
    with pytest.raises(DomainError, match="is in the future"):
        sessions.accept(sid, at=clock.now() + timedelta(seconds=1))
    assert [kind for _, kind, _ in stored_events(db, sid)] == ["created"]


def test_record_past_stores_a_finished_session(
    sessions: SessionService, customers: CustomerService, clock: ManualClock, ana: int
) -> None:
    clock.advance(days=1)
    accepted = datetime(2026, 11, 24, 14, 5, tzinfo=timezone(timedelta(hours=1)))
    detail = sessions.record_past(
        ana,
        accepted,
        accepted + timedelta(minutes=42, seconds=30),
        Outcome.UNRESOLVED,
        "disk failing",
        equipment_label="Laptop",
        tool=RemoteTool.IPERIUS,
        remote_id="555",
    )
    record = detail.record
    assert record.state is SessionState.ENDED
    assert record.accepted_at == datetime(2026, 11, 24, 13, 5, tzinfo=UTC)
    assert record.ended_at == datetime(2026, 11, 24, 13, 47, 30, tzinfo=UTC)
    assert (record.duration_seconds, record.outcome, record.notes) == (
        2550,
        Outcome.UNRESOLVED,
        "disk failing",
    )
    assert [e.kind for e in detail.session.events] == [
        EventKind.CREATED,
        EventKind.ACCEPTED,
        EventKind.ENDED,
    ]
    assert all(e.recorded_at == clock.now() for e in detail.session.events)
    # the equipment was added to the customer, and is reused (by label, any case) next time
    labels = [(e.label, e.equipment.tool) for e in customers.equipment_of(ana)]
    assert labels == [("Laptop", RemoteTool.IPERIUS)]
    again = sessions.record_past(
        ana, accepted, accepted + timedelta(hours=1), equipment_label="LAPTOP"
    )
    assert again.record.equipment_label == "Laptop"
    assert again.record.tool is RemoteTool.IPERIUS
    assert len(customers.equipment_of(ana)) == 1


@pytest.mark.parametrize(
    ("accepted", "ended", "message"),
    [
        (timedelta(hours=-1), timedelta(hours=-2), "end time .* is before the accepted time"),
        (timedelta(hours=-1), timedelta(minutes=1), "end time .* is in the future"),
        (timedelta(minutes=1), timedelta(minutes=2), "in the future"),
    ],
)
def test_record_past_refuses_bad_times_and_writes_nothing(
    sessions: SessionService,
    customers: CustomerService,
    clock: ManualClock,
    db: Database,
    ana: int,
    accepted: timedelta,
    ended: timedelta,
    message: str,
) -> None:
    now = clock.now()
    with pytest.raises(DomainError, match=message):
        sessions.record_past(ana, now + accepted, now + ended, equipment_label="New PC")
    assert sessions.count() == 0
    assert customers.equipment_of(ana) == []
    with db.transaction() as orm:
        assert orm.scalar(select(func.count()).select_from(EquipmentRow)) == 0


def test_a_correction_keeps_the_raw_event(
    sessions: SessionService, clock: ManualClock, db: Database, ana: int
) -> None:
    start = clock.now()
    sid = sessions.record_past(ana, start - timedelta(hours=2), start - timedelta(hours=1)).id
    clock.advance(minutes=5)
    detail = sessions.correct(
        sid, CorrectedField.ENDED_AT, start - timedelta(minutes=80), "customer hung up earlier"
    )
    assert detail.record.ended_at == start - timedelta(minutes=80)
    assert detail.record.duration_seconds == 40 * 60
    assert detail.timeline.raw_ended_at == start - timedelta(hours=1)
    assert stored_events(db, sid) == [
        (1, "created", start - timedelta(hours=2)),
        (2, "accepted", start - timedelta(hours=2)),
        (3, "ended", start - timedelta(hours=1)),
        (4, "corrected", start - timedelta(minutes=80)),
    ]
    reloaded = sessions.get(sid)
    assert reloaded.timeline == detail.timeline
    correction = reloaded.session.events[-1]
    assert (correction.corrected_field, correction.text, correction.recorded_at) == (
        CorrectedField.ENDED_AT,
        "customer hung up earlier",
        clock.now(),
    )
    assert sessions.list()[0].duration_seconds == 40 * 60
    with pytest.raises(DomainError, match="needs a reason"):
        sessions.correct(sid, CorrectedField.ENDED_AT, start - timedelta(minutes=70), " ")
    assert len(stored_events(db, sid)) == 4


# -- the log --------------------------------------------------------------------------------


@pytest.fixture
def log(
    sessions: SessionService, customers: CustomerService, clock: ManualClock, ana: int
) -> dict[str, int]:
    """Sessions entered out of order; one only opened, one still running."""
    bruno = customers.add_customer(Customer("Bruno")).id
    day = datetime(2026, 11, 20, tzinfo=UTC)
    ids = {
        "ana-21": sessions.record_past(
            ana, day + timedelta(days=1, hours=10), day + timedelta(days=1, hours=11)
        ).id,
        "bruno-20": sessions.record_past(
            bruno, day + timedelta(hours=15), day + timedelta(hours=16)
        ).id,
        "ana-20": sessions.record_past(ana, day + timedelta(hours=9), day + timedelta(hours=10)).id,
        "bruno-22": sessions.record_past(
            bruno, day + timedelta(days=2, hours=8), day + timedelta(days=2, hours=9)
        ).id,
    }
    ids["ana-open"] = sessions.open(ana).id  # never accepted: starts when it was opened
    clock.advance(minutes=1)
    ids["bruno-live"] = sessions.open(bruno).id
    clock.advance(minutes=1)
    sessions.accept(ids["bruno-live"])
    ids["ana"], ids["bruno"] = ana, bruno
    return ids


def names(
    sessions: SessionService, ids: dict[str, int], flt: SessionFilter | None = None
) -> list[str]:
    by_id = {v: k for k, v in ids.items() if k not in ("ana", "bruno")}
    return [by_id[r.id] for r in sessions.list(flt)]


def test_the_log_lists_oldest_first_by_when_each_session_started(
    sessions: SessionService, log: dict[str, int]
) -> None:
    oldest_first = ["ana-20", "bruno-20", "ana-21", "bruno-22", "ana-open", "bruno-live"]
    assert names(sessions, log) == oldest_first
    assert names(sessions, log, SessionFilter(newest_first=True)) == oldest_first[::-1]
    assert sessions.count() == 6
    page = sessions.list(SessionFilter(newest_first=True), offset=2, limit=3)
    assert [r.id for r in page] == [log[n] for n in oldest_first[::-1][2:5]]
    first = sessions.list()[0]
    assert (first.customer_name, first.duration_seconds, first.outcome) == (
        "Ana Silva",
        3600,
        Outcome.RESOLVED,
    )


def test_the_log_filters_by_customer_and_period(
    sessions: SessionService, log: dict[str, int]
) -> None:
    ana_only = SessionFilter(customer_id=log["ana"])
    assert names(sessions, log, ana_only) == ["ana-20", "ana-21", "ana-open"]
    assert sessions.count(ana_only) == 3

    since = datetime(2026, 11, 20, 15, tzinfo=UTC)  # inclusive: bruno-20 starts exactly then
    until = datetime(2026, 11, 22, 8, tzinfo=UTC)  # exclusive: bruno-22 starts exactly then
    period = SessionFilter(since=since, until=until)
    assert names(sessions, log, period) == ["bruno-20", "ana-21"]
    assert sessions.count(period) == 2
    # the same instants written with another offset select the same sessions
    lisbon_summer = timezone(timedelta(hours=1))
    shifted = SessionFilter(
        since=since.astimezone(lisbon_summer), until=until.astimezone(lisbon_summer)
    )
    assert names(sessions, log, shifted) == ["bruno-20", "ana-21"]
    both = SessionFilter(customer_id=log["bruno"], since=since)
    assert names(sessions, log, both) == ["bruno-20", "bruno-22", "bruno-live"]
    assert names(sessions, log, SessionFilter(customer_id=log["ana"] + 1000)) == []


def test_open_sessions_are_only_this_workstations_unfinished_ones(
    db: Database, clock: ManualClock, sessions: SessionService, ana: int
) -> None:
    elsewhere = SessionService(db, clock, workstation="desk-2")
    connecting = sessions.open(ana).id
    elsewhere.open(ana)
    active = sessions.open(ana).id
    sessions.accept(active)
    paused = sessions.open(ana).id
    sessions.accept(paused)
    clock.advance(minutes=1)
    sessions.pause(paused)
    done = sessions.open(ana).id
    sessions.end(done, Outcome.RESOLVED)
    sessions.record_past(ana, clock.now() - timedelta(hours=1), clock.now())

    found = sessions.open_sessions()
    assert [(d.id, d.record.state) for d in found] == [
        (connecting, SessionState.CONNECTING),
        (active, SessionState.ACTIVE),
        (paused, SessionState.PAUSED),
    ]
    assert all(d.record.workstation == DESK for d in found)
    assert [d.record.workstation for d in elsewhere.open_sessions()] == ["desk-2"]


def test_unknown_ids_are_not_found(sessions: SessionService, ana: int) -> None:
    missing = sessions.open(ana).id + 1000
    steps: list[Callable[[], object]] = [
        lambda: sessions.get(missing),
        lambda: sessions.accept(missing),
        lambda: sessions.pause(missing),
        lambda: sessions.resume(missing),
        lambda: sessions.end(missing, Outcome.RESOLVED),
        lambda: sessions.correct(missing, CorrectedField.ENDED_AT, START, "x"),
    ]
    for step in steps:
        with pytest.raises(NotFoundError, match=rf"Session {missing} does not exist\."):
            step()
    with pytest.raises(NotFoundError, match=rf"Customer {ana + 1000} does not exist\."):
        sessions.open(ana + 1000)
    with pytest.raises(NotFoundError):
        sessions.record_past(
            ana + 1000, datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, 1, tzinfo=UTC)
        )
    assert sessions.count() == 1
