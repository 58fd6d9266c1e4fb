"""A business's rules as values: tariff, free-minute allowance, opening hours.

Read from a policy file by app.core.policy_file; priced by app.core.pricing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from decimal import Decimal
from enum import StrEnum

from app.core.checklist import Checklist
from app.core.remote_tool import RemoteTool, ToolVersion
from app.core.schedule import (
    WEEKDAYS,
    Lateness,
    OutsideHours,
    Schedule,
    ScheduleStatus,
    Window,
    always_open,
    lateness,
)

__all__ = [
    "WEEKDAYS",
    "Allowance",
    "CustomerMail",
    "OutsideHours",
    "Policy",
    "Schedule",
    "Tariff",
    "TariffMode",
    "ToolPreferences",
    "Window",
]  # fmt: skip


class TariffMode(StrEnum):
    BLOCKS = "blocks"  # first block, then every started block
    OFFER = "offer"  # a price agreed per session


@dataclass(frozen=True, slots=True)
class Tariff:
    mode: TariffMode
    first_block_minutes: int | None
    first_block_price: Decimal | None
    block_minutes: int | None
    block_price: Decimal | None
    grace_seconds: int = 0
    charge_unresolved: bool = True
    max_session_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class Allowance:
    minutes: int
    period: str  # "month" or "year"
    requires_paid_service: bool = False
    requires_known_equipment: bool = False


@dataclass(frozen=True, slots=True)
class ToolPreferences:
    """Which remote tools a business uses, in fallback order, and the oldest versions it accepts."""

    preferred: tuple[RemoteTool, ...] = ()
    minimum_versions: tuple[tuple[RemoteTool, ToolVersion], ...] = ()

    def minimum_for(self, tool: RemoteTool) -> ToolVersion | None:
        return dict(self.minimum_versions).get(tool)

    def launch_order(self, first: RemoteTool | None = None) -> tuple[RemoteTool, ...]:
        """The tools to try, in order: `first` (the equipment's tool) if given, then the preferred
        ones; the GUI offers the next when one cannot be launched."""
        head = (first,) if first is not None else ()
        return tuple(dict.fromkeys(head + self.preferred))


@dataclass(frozen=True, slots=True)
class CustomerMail:
    """What a business tells its customers by email: a summary when a session ends, the terms the
    customer accepts by connecting, and whether to ask for a backup first."""

    session_summary: bool = False
    backup_advice: bool = False
    terms: str = ""
    language: str = ""  # en, pt or nl; empty: the documents' language


@dataclass(frozen=True, slots=True)
class SessionRules:
    """What the desk asks for around a session: the checklist before connecting (with the version
    of the terms text the customer accepts) and the shortest closing note it takes."""

    checklist: Checklist = field(default_factory=lambda: Checklist(()))
    closing_note_min_chars: int = 0


@dataclass(frozen=True, slots=True)
class Policy:
    id: str
    name: str
    currency: str
    vat_percent: Decimal
    prices_include_vat: bool
    tariff: Tariff
    allowance: Allowance | None
    schedule: Schedule | None
    source: str = ""  # the file it was read from
    text: str = ""  # the file's content, kept with every session priced by it
    tools: ToolPreferences = ToolPreferences()
    mail: CustomerMail = CustomerMail()
    session: SessionRules = field(default_factory=SessionRules)

    @property
    def digest(self) -> str:
        """SHA-256 of the file's content: which exact rules priced a session."""
        import hashlib

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def is_open(self, instant: datetime) -> bool:
        return self.schedule is None or self.schedule.is_open(instant)

    def schedule_status(self, instant: datetime) -> ScheduleStatus:
        return always_open(instant) if self.schedule is None else self.schedule.status(instant)

    @property
    def late_tolerance_seconds(self) -> int | None:
        """How late a booked start may be; None: a policy without a schedule sets no limit."""
        return self.schedule.late_tolerance_minutes * 60 if self.schedule is not None else None

    def lateness(self, scheduled: datetime, at: datetime) -> Lateness:
        return lateness(scheduled, at, self.late_tolerance_seconds)

    def local_zone(self) -> tzinfo | None:
        """The schedule's zone, where times without an offset are read; None without one."""
        return self.schedule.zone if self.schedule is not None else None
