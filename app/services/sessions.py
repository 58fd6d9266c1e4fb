"""Opening, timing, ending and correcting sessions. Every change commits before it returns, so
the accepted instant survives a crash a moment later."""

from __future__ import annotations

import socket
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from app.core.clock import Clock
from app.core.errors import DomainError
from app.core.log_totals import LogTotals
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.money import at_least_minor_unit
from app.core.parties import Equipment, Technician, check_remote_id
from app.core.policy import Policy, SessionRules
from app.core.pricing import OFFER_TOO_SMALL, LivePricing
from app.core.records import SessionDetail, SessionFilter, SessionRecord
from app.core.remote_tool import RemoteTool
from app.core.schedule import ScheduleStatus, always_open
from app.core.session import (
    CorrectedField,
    EventKind,
    Outcome,
    Session,
    SessionEvent,
    SessionState,
)
from app.services.charging import SessionCharger
from app.services.errors import NotFoundError, OutsideHoursError
from app.services.lookups import customer_row
from app.storage.database import Database
from app.storage.direct import OrmReader
from app.storage.models import CustomerRow, EquipmentRow, SessionEventRow, SessionRow
from app.storage.repositories import CustomerRepository, SessionRepository
from app.storage.session_listing import listed_totals

if TYPE_CHECKING:
    from app.services.customer_mail import CustomerMail


RECENT_EVENTS = 1_000  # far more than can be inserted while one transaction stays open


class SessionService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        workstation: str | None = None,
        charger: SessionCharger | None = None,
        mail: CustomerMail | None = None,
        technician: Callable[[], str] | None = None,
    ) -> None:
        """Without a `charger`, sessions are timed but not priced; without `mail`, no summary is
        sent when a session ends. `technician` names who runs the sessions opened here, asked at
        each opening (so a name changed in the settings counts from the next session)."""
        self._db = db
        self._clock = clock
        self.workstation = workstation or socket.gethostname()
        self._charger = charger
        self._mail = mail
        self._technician = technician or (lambda: "")

    # -- starting ----------------------------------------------------------------------------

    def open(
        self,
        customer_id: int,
        equipment_id: int | None = None,
        tool: RemoteTool | None = None,
        remote_id: str = "",
        policy_id: str | None = None,
        override_reason: str = "",
        technician: str | None = None,
    ) -> SessionDetail:
        """A new session in `connecting`: the tool is being launched, the timer not yet running.
        Outside opening hours a `refuse` policy blocks it unless `override_reason` is given, which
        is then kept in the session's events. `technician` (default: the configured one) is
        recorded with it."""
        now = self._clock.now()
        who = self.technician_name(technician)
        with self._db.transaction() as orm:
            customer = customer_row(orm, customer_id)
            equipment = None
            if equipment_id is not None:
                equipment = orm.get(EquipmentRow, equipment_id)
                if equipment is None or equipment.customer_id != customer_id:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "That equipment does not belong to this customer."
                        ).format()
                    )
            session = Session.open(now)
            row = session_row(
                customer, equipment, tool, remote_id, policy_id, self.workstation, who
            )
            self._enforce_opening_hours(row, session, now, override_reason)
            repo = SessionRepository(orm)
            repo.add(row, session)
            return repo.detail(row, session)

    def opening_rules(
        self, customer_id: int, policy_id: str | None = None
    ) -> tuple[Policy | None, ScheduleStatus]:
        """The policy a session for this customer would follow, and what it says right now; the
        GUI shows it before the timer starts (refused, surcharge, or fine)."""
        now = self._clock.now()
        with self._db.reading() as orm:
            customer = customer_row(orm, customer_id)
            policy = self._policy(policy_id or customer.policy_id)
        return policy, (policy.schedule_status(now) if policy else always_open(now))

    def _policy(self, policy_id: str) -> Policy | None:
        return self._charger.policy(policy_id) if self._charger and policy_id else None

    def _enforce_opening_hours(
        self, row: SessionRow, session: Session, now: datetime, override_reason: str
    ) -> None:
        policy = self._policy(row.policy_id or row.customer.policy_id)
        if policy is None:
            return
        status = policy.schedule_status(now)
        if status.allowed:
            return
        if not override_reason.strip():
            zone = policy.local_zone()
            nxt = status.next_window_start
            if nxt is None:
                refusal = QT_TRANSLATE_NOOP(
                    "Messages",
                    "{policy} takes no sessions at {at:%a %H:%M}. Give a reason to start anyway.",
                ).format(policy=policy.name, at=now.astimezone(zone))
            else:
                refusal = QT_TRANSLATE_NOOP(
                    "Messages",
                    "{policy} takes no sessions at {at:%a %H:%M}; the next window opens "
                    "{next:%a %d %b %H:%M}. Give a reason to start anyway.",
                ).format(policy=policy.name, at=now.astimezone(zone), next=nxt)
            raise OutsideHoursError(refusal)
        session.override(f"Started outside opening hours: {override_reason.strip()}", now)

    def record_past(
        self,
        customer_id: int,
        accepted_at: datetime,
        ended_at: datetime,
        outcome: Outcome = Outcome.RESOLVED,
        notes: str = "",
        equipment_label: str = "",
        tool: RemoteTool | None = None,
        remote_id: str = "",
        policy_id: str | None = None,
        offer: Decimal | None = None,
        technician: str | None = None,
    ) -> SessionDetail:
        """Enter a session that already happened, priced like one that just ended. Unknown
        equipment is added to the customer. `offer` is the agreed price for offer policies;
        `technician` who ran it (default: the configured one). A policy file that no longer reads
        is refused with its problem; an offer is rounded to the policy's currency and refused
        when that leaves nothing."""
        now = self._clock.now()
        who = self.technician_name(technician)
        with self._db.transaction() as orm:
            customer = customer_row(orm, customer_id)
            if offer is not None:
                policy = self._policy(policy_id or customer.policy_id)
                currency = policy.currency if policy is not None else ""
                offer = at_least_minor_unit(offer, currency, OFFER_TOO_SMALL)
            equipment = None
            if equipment_label:
                equipment = CustomerRepository(orm).equipment_by_label(customer_id, equipment_label)
                if equipment is None:
                    spec = Equipment(equipment_label, tool, remote_id)
                    equipment = EquipmentRow(
                        customer_id=customer_id,
                        label=spec.label,
                        tool=tool.value if tool else None,
                        remote_id=spec.remote_id,
                    )
                    orm.add(equipment)
            session = Session.open(now, at=accepted_at)
            session.accept(accepted_at, now)
            session.end(ended_at, now, outcome, notes)
            row = session_row(
                customer, equipment, tool, remote_id, policy_id, self.workstation, who
            )
            row.offer_amount = offer
            repo = SessionRepository(orm)
            repo.add(row, session)
            self._price(orm, row, session, now, strict=True)
            return repo.detail(row, session)

    def technician_name(self, given: str | None = None) -> str | None:
        """Who a session opened now is recorded with: `given`, else the configured name; None
        when neither names anyone. A given name is checked (a blank one is refused)."""
        if given is not None:
            return Technician(given).name
        configured = " ".join(self._technician().split())
        return Technician(configured).name if configured else None

    # -- changing ----------------------------------------------------------------------------

    def accept(self, session_id: int, at: datetime | None = None) -> SessionDetail:
        """The customer accepted the connection (now, or at a stated earlier instant)."""
        return self._change(session_id, lambda s, now: s.accept(at or now, now))

    def pause(self, session_id: int, at: datetime | None = None) -> SessionDetail:
        return self._change(session_id, lambda s, now: s.pause(at or now, now))

    def resume(self, session_id: int, at: datetime | None = None) -> SessionDetail:
        return self._change(session_id, lambda s, now: s.resume(at or now, now))

    def end(
        self,
        session_id: int,
        outcome: Outcome,
        notes: str = "",
        at: datetime | None = None,
        summary: bool | None = None,
        access_closed: bool | None = None,
    ) -> SessionDetail:
        """End the session. `summary`: email the customer a summary (True), don't (False), or as
        the session's policy says (None); it is queued in the same transaction. `access_closed`:
        the technician's answer to "is the connection closed, with no access left?", recorded
        with the end. A policy may ask for a closing note of some length."""
        minimum = self.rules_for(session_id).closing_note_min_chars if self._charger else 0
        if len(notes.strip()) < minimum:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The customer's policy asks for a closing note of at least {minimum} "
                    "characters.",
                ).format(minimum=minimum)
            )

        def finish(session: Session, now: datetime) -> list[SessionEvent]:
            events = [session.end(at or now, now, outcome, notes)]
            if access_closed is not None:
                events.append(session.confirm_access(access_closed, now))
            return events

        return self.record(session_id, finish, summary=summary)

    def rules_for(self, session_id: int) -> SessionRules:
        """The desk's rules (checklist, closing note) of the session's policy; none without one."""
        with self._db.reading() as orm:
            row = self._row(SessionRepository(orm), session_id)
            policy = self._policy(row.policy_id or row.customer.policy_id)
        return policy.session if policy is not None else SessionRules()

    def correct(
        self, session_id: int, which: CorrectedField, value: datetime, reason: str
    ) -> SessionDetail:
        """Record a corrected time with its reason; the original stays in the history."""
        return self._change(session_id, lambda s, now: s.correct(which, value, reason, now))

    # -- reading -----------------------------------------------------------------------------

    def get(self, session_id: int) -> SessionDetail:
        with self._db.reading() as orm:
            repo = SessionRepository(orm)
            row = self._row(repo, session_id)
            return repo.detail(row, repo.load(row))

    def live_pricing(self, session_id: int) -> LivePricing | None:
        """How the running session is priced as it goes on (None without a policy); read it once
        the connection is accepted, then price each tick with LivePricing.quote."""
        if self._charger is None:
            return None
        with self._db.reading() as orm:
            repo = SessionRepository(orm)
            row = self._row(repo, session_id)
            timeline = repo.load(row).timeline
            return self._charger.live(orm, row, timeline.accepted_at or timeline.created_at)

    def last_change(self) -> tuple[int, int]:
        """What changes with every change to any session, from any workstation or the command
        line: the latest event's id (every open, acceptance, pause, end and correction is an
        event), and how many events there are among the last RECENT_EVENTS ids — on PostgreSQL
        an id is taken when a row is inserted, not when it is committed, so a slower
        transaction's event can appear below the latest one seen. Two looks along the events'
        primary key; (0, 0) for a log with none."""
        with self._db.reading() as orm:
            latest = int(orm.scalar(select(func.max(SessionEventRow.id))) or 0)
            recent = orm.scalar(
                select(func.count())
                .select_from(SessionEventRow)
                .where(SessionEventRow.id > latest - RECENT_EVENTS)
            )
        return latest, int(recent or 0)

    def open_sessions(self) -> list[SessionDetail]:
        """Sessions this workstation left connecting, active or paused (e.g. after a crash)."""
        with self._db.reading() as orm:
            repo = SessionRepository(orm)
            return [repo.detail(row, repo.load(row)) for row in repo.open_on(self.workstation)]

    def list(
        self,
        flt: SessionFilter | None = None,
        offset: int = 0,
        limit: int | None = None,
        *,
        after: SessionRecord | None = None,
    ) -> list[SessionRecord]:
        """The sessions `flt` asks for, in its order; `after` the last one of the page before
        (reading on from it costs the same at any depth, unlike an offset)."""
        with self._db.reading() as orm:
            repo = SessionRepository(orm)
            return repo.records(flt or SessionFilter(), offset, limit, after=after)

    def totals(self, flt: SessionFilter | None = None) -> LogTotals:
        """How many sessions `flt` picks, their time and their price per currency."""
        with self._db.reading() as orm:
            return listed_totals(OrmReader(orm), flt or SessionFilter())

    def count(self, flt: SessionFilter | None = None) -> int:
        with self._db.reading() as orm:
            return SessionRepository(orm).count(flt or SessionFilter())

    def technicians(self) -> Sequence[str]:
        """The technicians named on sessions, by name."""
        with self._db.reading() as orm:
            return SessionRepository(orm).technicians()

    # -- helpers -----------------------------------------------------------------------------

    def _change(
        self,
        session_id: int,
        apply: Callable[[Session, datetime], SessionEvent],
        summary: bool | None = False,
    ) -> SessionDetail:
        return self.record(session_id, lambda s, now: [apply(s, now)], summary)

    def record(
        self,
        session_id: int,
        apply: Callable[[Session, datetime], Sequence[SessionEvent]],
        summary: bool | None = False,
    ) -> SessionDetail:
        """Apply one change to a session (one or more events) and store it in one transaction:
        the events, the row's summary, the price once ended, and any email the end causes."""
        now = self._clock.now()
        with self._db.transaction() as orm:
            repo = SessionRepository(orm)
            row = self._row(repo, session_id, for_update=True)
            session = repo.load(row)
            events = apply(session, now)
            for event in events:
                repo.append(row, session, event)
            self._price(orm, row, session, now)
            ended = any(event.kind is EventKind.ENDED for event in events)
            if self._mail is not None and ended and summary is not False:
                self._mail.session_ended(orm, row, summary)
            return repo.detail(row, session)

    def _price(
        self,
        orm: OrmSession,
        row: SessionRow,
        session: Session,
        now: datetime,
        strict: bool = False,
    ) -> None:
        if self._charger is not None and session.state is SessionState.ENDED:
            self._charger.charge(orm, row, session, now, strict)

    @staticmethod
    def _row(repo: SessionRepository, session_id: int, for_update: bool = False) -> SessionRow:
        row = repo.get(session_id, for_update=for_update)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "Session {id} does not exist.").format(id=session_id)
            )
        return row


def session_row(
    customer: CustomerRow,
    equipment: EquipmentRow | None,
    tool: RemoteTool | None,
    remote_id: str,
    policy_id: str | None,
    workstation: str,
    technician: str | None = None,
) -> SessionRow:
    """A new session's row: tool and remote ID default to the equipment's, the policy to the
    customer's. `technician`: who runs it (SessionService.technician_name)."""
    if tool is None and equipment is not None and equipment.tool:
        tool = RemoteTool(equipment.tool)
    if not remote_id and equipment is not None:
        remote_id = equipment.remote_id
    return SessionRow(
        customer=customer,
        equipment=equipment,
        policy_id=policy_id if policy_id is not None else customer.policy_id,
        tool=tool.value if tool else None,
        remote_id=check_remote_id(remote_id),
        workstation=workstation,
        technician=technician,
    )


def technician_setting(config_dir: Path) -> Callable[[], str]:
    """The `technician.name` setting as the settings file says at the moment it is asked. A file
    that cannot be read names nobody rather than stopping a session (the desk reports the file)."""

    def name() -> str:
        from app.settings import Settings

        try:
            return str(Settings.load(config_dir)["technician.name"])
        except DomainError:
            return ""

    return name
