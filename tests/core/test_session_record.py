"""What a session records besides its times: notes, the accepted offer, checklist answers and the
confirmation that no access remains — each an event with its time, never overwriting another."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.core.checklist import Checklist, ChecklistItem, parse_item
from app.core.errors import DomainError, IllegalTransitionError
from app.core.session import EventKind, Outcome, Session

T0 = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_notes_offer_answers_and_access_are_kept_with_their_times() -> None:
    session = Session.open(T0)
    session.accept_offer(Decimal("35.00"), at(1))
    session.check("backup", "declined", at(1))
    session.check("backup", "made", at(2))  # answered again: the later answer counts
    session.accept(at(3), at(3))
    session.note("  Printer driver reinstalled ", at(10))
    session.note("Customer asked about the scanner", at(12))
    session.end(at(15), at(15), Outcome.RESOLVED, "Fixed")
    session.confirm_access(True, at(15))
    t = session.timeline
    assert t.offer == Decimal("35.00")
    assert t.log == (
        (at(10), "Printer driver reinstalled"),
        (at(12), "Customer asked about the scanner"),
    )
    assert dict(t.checklist) == {"backup": "made"}
    assert t.access_closed is True
    assert session.duration_seconds(at(20)) == 12 * 60  # nothing of this changes the times
    kinds = [e.kind for e in session.events]
    assert kinds.count(EventKind.CHECKED) == 2  # the first answer stays in the history


@pytest.mark.parametrize(
    ("action", "says"),
    [
        (lambda s: s.note("   ", at(1)), "needs some text"),
        (lambda s: s.accept_offer(Decimal(0), at(1)), "above zero"),
        (lambda s: s.check("backup", " ", at(1)), "needs an answer"),
    ],
)
def test_empty_records_are_refused(action: Callable[[Session], object], says: str) -> None:
    session = Session.open(T0)
    with pytest.raises(DomainError, match=says):
        action(session)
    assert len(session.events) == 1


def test_nothing_is_added_to_an_ended_session_but_the_access_answer() -> None:
    session = Session.open(T0)
    session.end(at(1), at(1), Outcome.CANCELLED)
    attempts: list[Callable[[], object]] = [
        lambda: session.note("late", at(2)),
        lambda: session.accept_offer(Decimal(5), at(2)),
        lambda: session.check("backup", "made", at(2)),
    ]
    for attempt in attempts:
        with pytest.raises(IllegalTransitionError, match="is ended"):
            attempt()
    session.confirm_access(False, at(2))
    assert session.timeline.access_closed is False


PHONETEX = Checklist(
    (ChecklistItem.TERMS_ACCEPTED, ChecklistItem.BACKUP, ChecklistItem.CONFIDENTIAL_CLOSED),
    terms="phonetex-2024",
)


def test_a_checklist_knows_what_is_still_missing() -> None:
    assert PHONETEX.missing([]) == list(PHONETEX.items)
    answers = [("terms_accepted", "phonetex-2024"), ("backup", "declined")]
    assert PHONETEX.missing(answers) == [ChecklistItem.CONFIDENTIAL_CLOSED]
    assert PHONETEX.missing([*answers, ("confidential_closed", "yes")]) == []
    assert (
        PHONETEX.missing([("terms_accepted", "phonetex-2019")])[0] is ChecklistItem.TERMS_ACCEPTED
    )


@pytest.mark.parametrize(
    ("item", "value", "says"),
    [
        (ChecklistItem.TERMS_ACCEPTED, "old", "terms version 'phonetex-2024'"),
        (ChecklistItem.BACKUP, "maybe", "answer made or declined"),
        (ChecklistItem.RESPONSIBLE_PERSON, " ", "name of the responsible person"),
        (ChecklistItem.CONFIDENTIAL_CLOSED, "no", "answer yes"),
    ],
)
def test_wrong_answers_say_what_is_expected(item: ChecklistItem, value: str, says: str) -> None:
    with pytest.raises(DomainError, match=says):
        PHONETEX.check_answer(item, value)
    assert PHONETEX.check_answer(ChecklistItem.BACKUP, " Made ") == "made"
    assert PHONETEX.check_answer(ChecklistItem.RESPONSIBLE_PERSON, " Rui  Dias ") == "Rui Dias"


def test_checklist_items_by_name() -> None:
    assert parse_item("Backup") is ChecklistItem.BACKUP
    with pytest.raises(DomainError, match="not a checklist item"):
        parse_item("coffee")
