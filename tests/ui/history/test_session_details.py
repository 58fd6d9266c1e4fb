"""The history's "corrected; originally" note beside the accepted time: an automatic start the
technician undid and then accepted again is no correction, and a real correction after that
names the acceptance that stood, not the undone one."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.clock import ManualClock
from app.core.records import CustomerRecord, SessionDetail
from app.core.session import CorrectedField, Outcome
from app.services.sessions import SessionService
from app.ui.history.session_details import details_html
from app.ui.session.auto_start import undo_start
from tests.ui.conftest import LOCALE


def at(hh_mm: str) -> datetime:
    return datetime.fromisoformat(f"2026-11-24T{hh_mm}:00+00:00")


def undone_and_accepted_again(
    sessions: SessionService, clock: ManualClock, ana: CustomerRecord
) -> SessionDetail:
    """Started from the tool at 18:01, undone at 18:02, accepted by hand at 18:08, ended 18:30."""
    clock.set(at("18:00"))
    session = sessions.open(ana.id)
    clock.set(at("18:01"))
    sessions.accept(session.id, at("18:01"))
    clock.set(at("18:02"))
    undo_start(sessions)(session.id)
    clock.set(at("18:08"))
    sessions.accept(session.id)
    clock.set(at("18:30"))
    return sessions.end(session.id, Outcome.RESOLVED)


def test_accepting_again_after_an_undo_is_not_a_correction(
    sessions: SessionService, clock: ManualClock, ana: CustomerRecord
) -> None:
    detail = undone_and_accepted_again(sessions, clock, ana)
    html = details_html(detail, [], [], LOCALE, UTC)
    assert "<td>2026-11-24 18:08</td>" in html
    assert "corrected" not in html


def test_a_correction_after_an_undo_names_the_acceptance_that_stood(
    sessions: SessionService, clock: ManualClock, ana: CustomerRecord
) -> None:
    detail = undone_and_accepted_again(sessions, clock, ana)
    clock.set(at("19:00"))
    corrected = sessions.correct(
        detail.id, CorrectedField.ACCEPTED_AT, at("18:06"), "The customer accepted at 18:06"
    )
    html = details_html(corrected, [], [], LOCALE, UTC)
    assert "2026-11-24 18:06 (corrected; originally 2026-11-24 18:08)" in html
