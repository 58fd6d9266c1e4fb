"""SessionService.last_change grows with every change to any session, from any workstation, on
both backends: what the open lists look at to know they must be read again."""

from __future__ import annotations

from datetime import timedelta

from app.core.clock import ManualClock
from app.core.session import CorrectedField, Outcome
from app.storage.database import Database
from tests.services.invoicing_fixtures import NOW, Office


def test_every_change_moves_it(db: Database) -> None:
    office = Office(db, ManualClock(NOW))
    here = office.sessions
    assert here.last_change() == (0, 0)
    seen = [here.last_change()]
    ana = office.customer("Ana Silva")
    opened = here.open(ana)
    seen.append(here.last_change())
    here.accept(opened.id)
    seen.append(here.last_change())
    office.clock.advance(minutes=20)
    here.end(opened.id, Outcome.RESOLVED, "done")
    seen.append(here.last_change())
    later = NOW + timedelta(minutes=15)
    here.correct(opened.id, CorrectedField.ENDED_AT, later, "The call ended earlier")
    seen.append(here.last_change())
    office.session(ana, 10, 12)  # recorded elsewhere (the command line)
    seen.append(here.last_change())
    assert seen == sorted(set(seen))  # strictly growing


def test_an_event_committed_after_a_later_one_is_still_seen(db: Database) -> None:
    """PostgreSQL hands out ids at insert: a slow transaction can commit an id below the latest
    one already seen. The look counts the recent events too, so it notices."""
    office = Office(db, ManualClock(NOW))
    ana = office.customer("Ana Silva")
    office.session(ana, 10, 12)
    latest, _count = office.sessions.last_change()
    with db.transaction() as orm:  # an id well above, committed first
        copy_event(orm, latest, latest + 10)
    seen = office.sessions.last_change()
    with db.transaction() as orm:  # the slower one's id, below it, committed after
        copy_event(orm, latest, latest + 5)
    assert office.sessions.last_change() != seen
    assert office.sessions.last_change()[0] == seen[0]  # the latest id did not move


def copy_event(orm: object, source_id: int, new_id: int) -> None:
    """A copy of event `source_id` under `new_id` and a fresh seq (a note, as the journal adds)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session as OrmSession

    from app.storage.models import SessionEventRow

    assert isinstance(orm, OrmSession)
    source = orm.scalars(select(SessionEventRow).where(SessionEventRow.id == source_id)).one()
    orm.add(
        SessionEventRow(
            id=new_id, session_id=source.session_id, seq=source.seq + new_id, kind="note",
            at=source.at, recorded_at=source.recorded_at, text="late",
        )
    )  # fmt: skip
