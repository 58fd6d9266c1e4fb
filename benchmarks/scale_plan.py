"""What the scale database holds, drawn from a seed: customers, their equipment and a log of
ended sessions over five years (2021-12-01..2026-11-30), in the order they happened.

Pure data, no database: the builder (benchmarks/scale_build.py) turns it into rows. The same seed
and size always give the same content. One customer (the first, "the big account") has 52
sessions a month when the log is large enough for that to be at most a third of it, so `invoice
create` can be measured on the same amount of work on a small and on a large database.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.core.remote_tool import RemoteTool
from app.core.session_events import Outcome

FIRST_DAY, LAST_DAY = date(2021, 12, 1), date(2026, 11, 30)
FULL_SESSIONS, FULL_CUSTOMERS = 1_000_000, 2_000
BIG_ACCOUNT_MONTHLY = 52  # sessions a month of the big account (issue 15: "52 sessions")
DEFAULT_SEED = 15
TIMEZONE = "Europe/Brussels"  # the documents' zone: invoices cover local calendar months
TECHNICIANS = ("Ana", "Bruno", "Carla", "Dirk", "Eva", "Filipe", "Greet", "Hugo", "Ines", "Jan")
TOOLS = tuple(RemoteTool)
POLICIES = ("page-computers", "page-computers", "page-computers", "iponto")


@dataclass(frozen=True, slots=True)
class Shape:
    """How big: sessions, customers, and the seed everything else is drawn from."""

    seed: int = DEFAULT_SEED
    sessions: int = FULL_SESSIONS
    customers: int = 0  # 0: 2,000 per million sessions, at least 3

    @property
    def customer_count(self) -> int:
        if self.customers:
            return self.customers
        return max(3, round(self.sessions * FULL_CUSTOMERS / FULL_SESSIONS))

    @property
    def big_account(self) -> bool:
        return self.sessions // len(months()) >= 3 * BIG_ACCOUNT_MONTHLY

    @property
    def key(self) -> str:
        return f"{self.seed}_{self.sessions}_{self.customer_count}"


@dataclass(frozen=True, slots=True)
class CustomerSpec:
    id: int
    name: str
    policy_id: str
    email: str
    address: str


@dataclass(frozen=True, slots=True)
class EquipmentSpec:
    id: int
    customer_id: int
    label: str
    tool: RemoteTool
    remote_id: str


@dataclass(frozen=True, slots=True)
class SessionSpec:
    """One ended session, as the technician lived it (opened, accepted, ended)."""

    id: int
    customer_id: int
    equipment: EquipmentSpec
    opened: datetime
    accepted: datetime
    ended: datetime
    outcome: Outcome
    technician: str


def months() -> list[tuple[date, date]]:
    """(first day, first day of the next month) of each month of the log."""
    out: list[tuple[date, date]] = []
    day = FIRST_DAY
    while day <= LAST_DAY:
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        out.append((day, following))
        day = following
    return out


def customers(shape: Shape) -> list[CustomerSpec]:
    return [
        CustomerSpec(
            i, f"Customer {i:05d}", POLICIES[(i - 1) % len(POLICIES)],
            f"office{i}@example.com", f"Street {i}\n{1000 + i % 9000} City",
        )
        for i in range(1, shape.customer_count + 1)
    ]  # fmt: skip


def equipment(shape: Shape) -> list[EquipmentSpec]:
    """Two computers per customer, each reached with one tool."""
    rng = random.Random(f"{shape.seed}-equipment")
    out: list[EquipmentSpec] = []
    for customer in range(1, shape.customer_count + 1):
        for label in ("Office PC", "Laptop"):
            remote = f"{rng.randrange(100_000_000, 999_999_999)}"
            out.append(EquipmentSpec(len(out) + 1, customer, label, rng.choice(TOOLS), remote))
    return out


def sessions(shape: Shape, kit: list[EquipmentSpec]) -> Iterator[list[SessionSpec]]:
    """The log month by month, each month's sessions in the order they were accepted; ids
    ascend with time, as a live log's do."""
    rng = random.Random(f"{shape.seed}-sessions")
    spans = months()
    total_days = (LAST_DAY - FIRST_DAY).days + 1
    by_customer: dict[int, list[EquipmentSpec]] = {}
    for item in kit:
        by_customer.setdefault(item.customer_id, []).append(item)
    others = list(range(2, shape.customer_count + 1)) if shape.big_account else None
    done, next_id = 0, 1
    for index, (first, following) in enumerate(spans):
        days = (following - first).days
        if index == len(spans) - 1:
            count = shape.sessions - done
        else:
            count = round(shape.sessions * (following - FIRST_DAY).days / total_days) - done
        done += count
        starts = sorted(_instant(rng, first, days) for _ in range(count))
        big = set(rng.sample(range(count), BIG_ACCOUNT_MONTHLY)) if others else set()
        month: list[SessionSpec] = []
        for n, accepted in enumerate(starts):
            if n in big:
                customer = 1
            elif others:
                customer = rng.choice(others)
            else:
                customer = rng.randrange(1, shape.customer_count + 1)
            kit_item = rng.choice(by_customer[customer])
            minutes = min(180.0, 3 + rng.expovariate(1 / 18))
            ended = accepted + timedelta(seconds=round(minutes * 60))
            opened = accepted - timedelta(seconds=rng.randrange(20, 240))
            roll = rng.random()
            outcome = (
                Outcome.RESOLVED if roll < 0.8
                else Outcome.UNRESOLVED if roll < 0.95 else Outcome.CANCELLED
            )  # fmt: skip
            technician = rng.choice(TECHNICIANS)
            month.append(SessionSpec(next_id, customer, kit_item, opened, accepted, ended,
                                     outcome, technician))  # fmt: skip
            next_id += 1
        yield month


def _instant(rng: random.Random, first: date, days: int) -> datetime:
    """A moment in office hours (07:00-19:00 UTC), on a weekday four times in five."""
    while True:
        day = first + timedelta(days=rng.randrange(days))
        if day.weekday() < 5 or rng.random() < 0.2:
            break
    seconds = rng.randrange(7 * 3600, 19 * 3600)
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(seconds=seconds)
