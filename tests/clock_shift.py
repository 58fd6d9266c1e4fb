"""Running the suite at another moment: ASSISTDESK_TEST_NOW="2026-12-31T23:59:30 America/Sao_Paulo"
makes the whole test process believe it is that local time in that zone (time-machine moves
time.time, datetime.now, date.today and the local zone; the clock then ticks on from there).

Tests never read the clock (tests/conftest.py's guard fails any test that does), so a shifted run
passes exactly when the program's "now" really comes from the injected clock everywhere.
`make test-dates` runs the CLI, services and UI tests at the moments listed in SHIFTS.
"""

from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo

ENV = "ASSISTDESK_TEST_NOW"

# The moments a date bug shows at: a Friday just before closing, the turn of the year (already
# the next year in UTC), a leap day, and the night Lisbon moves its clocks forward.
SHIFTS = {
    "friday-close": "2026-12-04T16:55:00 Europe/Lisbon",
    "new-year": "2026-12-31T23:59:30 America/Sao_Paulo",
    "leap-day": "2028-02-29T09:00:00 Europe/Brussels",
    "lisbon-dst": "2027-03-28T00:59:00 Europe/Lisbon",
}


def shifted_start(spec: str) -> datetime:
    """The moment `spec` names: "ISO-LOCAL-TIME ZONE" or one of SHIFTS' names."""
    text = SHIFTS.get(spec, spec)
    local, _, zone = text.partition(" ")
    try:
        moment = datetime.fromisoformat(local)
        return moment.replace(tzinfo=ZoneInfo(zone.strip() or "UTC"))
    except (ValueError, KeyError) as error:
        raise SystemExit(
            f"{ENV}={spec!r}: give a local time and a zone, e.g. "
            f"'2026-12-31T23:59:30 America/Sao_Paulo', or one of {', '.join(SHIFTS)} ({error})."
        ) from None


class ShiftedClock:
    """The process clock moved to `start` for the whole run."""

    def __init__(self, start: datetime) -> None:
        import time_machine

        self.start = start
        # A ZoneInfo destination also sets TZ (and tzset) to that zone, so "local time" moves.
        self._travel = time_machine.travel(start, tick=True)

    def __enter__(self) -> ShiftedClock:
        self._travel.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._travel.stop()


def from_environment() -> ShiftedClock | None:
    spec = os.environ.get(ENV, "").strip()
    return ShiftedClock(shifted_start(spec)) if spec else None
