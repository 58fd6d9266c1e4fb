"""Free minutes: how many a customer still has in the allowance period a session falls in.

Periods are calendar months or years in the policy's time zone (the schedule's, else UTC). Whether a
customer qualifies is decided by the caller from the record (a paid service in the period, a known
piece of equipment); this module only does the arithmetic, so it is tested without a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from app.core.policy import Allowance, Policy


@dataclass(frozen=True, slots=True)
class Period:
    """[start, end) as aware UTC instants, and a label such as "2026" or "2026-11"."""

    start: datetime
    end: datetime
    label: str

    def __contains__(self, instant: datetime) -> bool:
        return self.start <= instant < self.end


@dataclass(frozen=True, slots=True)
class Eligibility:
    has_paid_service: bool
    equipment_known: bool

    def satisfies(self, allowance: Allowance) -> bool:
        if allowance.requires_paid_service and not self.has_paid_service:
            return False
        return not (allowance.requires_known_equipment and not self.equipment_known)


def policy_zone(policy: Policy) -> tzinfo:
    return policy.schedule.zone if policy.schedule is not None else UTC


def period_of(policy: Policy, instant: datetime) -> Period | None:
    """The allowance period holding `instant`, or None for a policy without free minutes."""
    if policy.allowance is None:
        return None
    zone = policy_zone(policy)
    local = instant.astimezone(zone)
    if policy.allowance.period == "year":
        start = datetime(local.year, 1, 1, tzinfo=zone)
        end = datetime(local.year + 1, 1, 1, tzinfo=zone)
        label = f"{local.year}"
    else:
        start = datetime(local.year, local.month, 1, tzinfo=zone)
        year, month = (local.year + 1, 1) if local.month == 12 else (local.year, local.month + 1)
        end = datetime(year, month, 1, tzinfo=zone)
        label = f"{local.year}-{local.month:02d}"
    return Period(start.astimezone(UTC), end.astimezone(UTC), label)


def free_seconds_left(policy: Policy, used_seconds: int, eligibility: Eligibility) -> int:
    """What the allowance still holds after `used_seconds` in the period; 0 when not eligible."""
    allowance = policy.allowance
    if allowance is None or not eligibility.satisfies(allowance):
        return 0
    return max(0, allowance.minutes * 60 - used_seconds)
