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
    assert here.last_change() == 0
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
