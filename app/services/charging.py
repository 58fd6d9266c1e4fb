"""Pricing ended sessions for good: their policy, their free minutes, stored with a policy snapshot.

`SessionCharger.charge` runs inside the transaction that ends (or corrects) a session, so a session
is never ended without its price. A session whose policy cannot be found is still ended, unpriced,
and the reason logged: losing the end of a session would be worse. Where nothing is lost by
refusing — pricing a running session as it goes, entering a past session, pricing what was left
unpriced — a policy file that no longer reads is refused with its problem (PolicyFileError) rather
than leaving the session unpriced in silence. `price_pending` prices, in accepted order and in one
transaction, every ended session that has no price yet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session as OrmSession

from app.core.allowance import Period
from app.core.errors import DomainError
from app.core.policy import Policy
from app.core.policy_file import PolicyFileError, policy_from_text
from app.core.pricing import LivePricing, Quote, price_session
from app.core.session import Outcome, Session, SessionState
from app.storage.charges import ChargeRepository, PendingSession
from app.storage.database import Database
from app.storage.models import SessionRow

log = logging.getLogger(__name__)

PolicyLookup = Callable[[str], Policy]


@dataclass(frozen=True, slots=True)
class PricingRun:
    priced: int
    unpriced: int  # no policy found, or an offer policy without an offer


@dataclass(frozen=True, slots=True)
class FreeMinutes:
    used_seconds: int  # by the session
    left_seconds: int  # in the period, after it
    period: str  # "2026" or "2026-11"


class SessionCharger:
    def __init__(self, policies: PolicyLookup) -> None:
        self._policies = policies

    def charge(
        self,
        orm: OrmSession,
        row: SessionRow,
        session: Session,
        now: datetime,
        strict: bool = False,
    ) -> Quote | None:
        """Price `row` if it has ended and has a policy; store and return the quote. `strict`:
        a broken policy file is refused (PolicyFileError) instead of leaving it unpriced."""
        if session.state is not SessionState.ENDED:
            return None
        repo = ChargeRepository(orm)
        timeline = session.timeline
        at = timeline.accepted_at or timeline.created_at
        prospect = self._prospect(repo, row, at, strict)
        if prospect is None:
            return None
        policy, free_left, period = prospect
        outcome = timeline.outcome or Outcome.RESOLVED
        quote = self._price(row.id, policy, session.duration_seconds(now), at, outcome,
                            free_left, row)  # fmt: skip
        if quote is None:
            return None
        repo.save(row, quote, repo.snapshot(policy, now), period.label if period else "", now)
        return quote

    def live(self, orm: OrmSession, row: SessionRow, accepted_at: datetime) -> LivePricing | None:
        """What a running session accepted at `accepted_at` will cost as it goes on; a broken
        policy file is refused with its problem (PolicyFileError)."""
        prospect = self._prospect(ChargeRepository(orm), row, accepted_at, strict=True)
        if prospect is None:
            return None
        policy, free_left, _period = prospect
        return LivePricing(policy, accepted_at, free_left, row.offer_amount)

    def allowance_after(self, orm: OrmSession, row: SessionRow) -> FreeMinutes | None:
        """The free minutes a priced session used and what its allowance period holds after it;
        None when its policy gives no free minutes."""
        if row.charge is None:
            return None
        repo = ChargeRepository(orm)
        at = row.accepted_at or row.created_at
        prospect = self._prospect(repo, row, at)
        if prospect is None:
            return None
        _policy, free_left, period = prospect
        if period is None:
            return None
        used = row.charge.free_seconds
        return FreeMinutes(used, max(0, free_left - used), period.label)

    def _prospect(
        self, repo: ChargeRepository, row: SessionRow, at: datetime, strict: bool = False
    ) -> tuple[Policy, int, Period | None] | None:
        """The session's policy, the free seconds it may use, and its allowance period."""
        policy = self._policy_for(repo, row, strict)
        if policy is None:
            return None
        ledger = repo.ledger_for(row, policy, at)
        free_left, period = ledger.free_seconds_left(policy, row.customer_id, row.equipment_id, at)
        return policy, free_left, period

    def price_pending(
        self, db: Database, now: datetime, customer_id: int | None = None
    ) -> PricingRun:
        """Price every ended, unpriced session (of one customer, or all) in accepted order."""
        priced = unpriced = 0
        with db.transaction() as orm:
            repo = ChargeRepository(orm)
            pending = repo.pending(customer_id)
            ledger = repo.full_ledger()
            policies: dict[str, Policy | None] = {}
            digests: dict[str, str] = {}
            results: list[tuple[PendingSession, Quote, str, str]] = []
            for item in pending:
                if item.policy_id not in policies:
                    policies[item.policy_id] = self._lookup(item.policy_id, item.id, strict=True)
                policy = policies[item.policy_id]
                quote = None
                if policy is not None:
                    free_left, period = ledger.free_seconds_left(
                        policy, item.customer_id, item.equipment_id, item.at
                    )
                    quote = self._price(item.id, policy, item.duration_seconds, item.at,
                                        item.outcome, free_left, item)  # fmt: skip
                if quote is None or policy is None:
                    unpriced += 1
                    continue
                label = period.label if period else ""
                ledger.add_use(item.customer_id, policy.id, label, quote.free_seconds)
                if policy.id not in digests:
                    digests[policy.id] = repo.snapshot(policy, now)
                results.append((item, quote, digests[policy.id], label))
                priced += 1
            repo.save_many(results, now)
        return PricingRun(priced, unpriced)

    @staticmethod
    def _price(
        session_id: int,
        policy: Policy,
        duration: int,
        at: datetime,
        outcome: Outcome,
        free_left: int,
        source: SessionRow | PendingSession,
    ) -> Quote | None:
        try:
            return price_session(policy, duration, at, outcome, free_left, source.offer_amount)
        except DomainError as error:  # e.g. an offer policy with no offer recorded
            log.warning("session %s: policy not used: %s", session_id, error)
            return None

    def _policy_for(
        self, repo: ChargeRepository, row: SessionRow, strict: bool = False
    ) -> Policy | None:
        """A session priced before keeps its policy snapshot; otherwise the current file."""
        if row.charge is not None:
            digest = row.charge.policy_digest
            text = repo.snapshot_text(digest)
            if text is not None:
                return policy_from_text(text, f"snapshot {digest[:12]}")
        policy_id = row.policy_id or row.customer.policy_id
        return self._lookup(policy_id, row.id, strict) if policy_id else None

    def policy(self, policy_id: str) -> Policy | None:
        """The policy with this id, or None (logged) when it cannot be found or read."""
        return self._lookup(policy_id, None) if policy_id else None

    def _lookup(
        self, policy_id: str, session_id: int | None, strict: bool = False
    ) -> Policy | None:
        try:
            return self._policies(policy_id)
        except DomainError as error:
            if strict and isinstance(error, PolicyFileError):
                raise
            log.warning("session %s left unpriced: %s", session_id, error)
            return None
