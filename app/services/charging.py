"""Pricing an ended session for good: its policy, its free minutes, stored with a policy snapshot.

Called inside the transaction that ends (or corrects) the session, so a session is never ended
without its price, nor priced without being ended. A session whose policy cannot be found is still
ended, unpriced, and the reason logged: losing the end of a session would be worse.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session as OrmSession

from app.core.allowance import Eligibility, free_seconds_left, period_of, policy_zone
from app.core.errors import DomainError
from app.core.policy import Policy
from app.core.policy_file import parse_policy
from app.core.pricing import Quote, price_session
from app.core.session import Outcome, Session, SessionState
from app.storage.charges import ChargeRepository
from app.storage.models import SessionRow

log = logging.getLogger(__name__)

PolicyLookup = Callable[[str], Policy]


class SessionCharger:
    def __init__(self, policies: PolicyLookup) -> None:
        self._policies = policies

    def charge(
        self, orm: OrmSession, row: SessionRow, session: Session, now: datetime
    ) -> Quote | None:
        """Price `row` if it has ended and has a policy; store and return the quote."""
        if session.state is not SessionState.ENDED:
            return None
        repo = ChargeRepository(orm)
        policy = self._policy_for(repo, row)
        if policy is None:
            return None
        timeline = session.timeline
        at = timeline.accepted_at or timeline.created_at
        duration = session.duration_seconds(now)
        period = period_of(policy, at)
        free_left = 0
        if period is not None and duration > 0:
            zone = policy_zone(policy)
            local_day = at.astimezone(zone).date()
            first_day = period.start.astimezone(zone).date()
            eligibility = Eligibility(
                has_paid_service=repo.has_paid_service(row.customer_id, first_day, local_day),
                equipment_known=row.equipment_id is not None
                and repo.equipment_known(row.equipment_id, at, local_day, row.id),
            )
            used = repo.free_seconds_used(row.customer_id, policy.id, period, row.id)
            free_left = free_seconds_left(policy, used, eligibility)
        try:
            quote = price_session(
                policy, duration, at, timeline.outcome or Outcome.RESOLVED, free_left,
                row.offer_amount,
            )  # fmt: skip
        except DomainError as error:  # e.g. an offer policy with no offer recorded
            log.warning("session %s ended unpriced: %s", row.id, error)
            return None
        digest = repo.snapshot(policy, now)
        repo.save(row, quote, digest, period.label if period else "", now)
        return quote

    def _policy_for(self, repo: ChargeRepository, row: SessionRow) -> Policy | None:
        """A session priced before keeps its policy snapshot; otherwise the current file."""
        if row.charge is not None:
            text = repo.snapshot_text(row.charge.policy_digest)
            if text is not None:
                return parse_policy(
                    tomllib.loads(text), f"snapshot {row.charge.policy_digest[:12]}", text
                )
        policy_id = row.policy_id or row.customer.policy_id
        if not policy_id:
            return None
        try:
            return self._policies(policy_id)
        except DomainError as error:
            log.warning("session %s ended unpriced: %s", row.id, error)
            return None
