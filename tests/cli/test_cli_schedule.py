"""`assistdesk schedule check` and `assistdesk appointment ...` on the command line."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from app.core.policy_file import load_policy
from app.resources import resource
from tests.cli.runner import Cli, run
from tests.conftest import START


def check(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    status, out, err = run(capsys, "schedule", "check", *args, "--json")
    assert status == 0, err
    return json.loads(out)


@pytest.mark.parametrize(
    ("at", "in_window", "next_start"),
    [
        ("2026-11-24T07:30", True, "2026-11-24T13:00:00-03:00"),  # read in São Paulo time
        ("2026-11-24T12:00", False, "2026-11-24T13:00:00-03:00"),
        ("2026-11-24T10:29:59Z", False, "2026-11-24T07:30:00-03:00"),  # 07:29:59 there
        ("2026-11-27T17:30-03:00", False, "2026-11-30T07:30:00-03:00"),
    ],
)
def test_schedule_check(
    capsys: pytest.CaptureFixture[str], at: str, in_window: bool, next_start: str
) -> None:
    data = check(capsys, "--policy", "pardini", "--at", at)
    assert data["in_window"] is in_window
    assert data["allowed"] is in_window
    assert data["outside_hours"] == "refuse"
    assert data["holiday"] is False
    assert data["next_window_start"] == next_start


def test_schedule_check_holiday_and_a_policy_without_schedule(
    capsys: pytest.CaptureFixture[str],
) -> None:
    christmas = check(capsys, "--policy", "iponto", "--at", "2026-12-25T12:00")
    assert (christmas["holiday"], christmas["in_window"], christmas["allowed"]) == (
        True, False, True,
    )  # fmt: skip
    assert christmas["outside_hours"] == "surcharge"
    anytime = check(capsys, "--policy", "page-computers", "--at", "2026-12-25T03:00Z")
    assert anytime == {
        "in_window": True, "holiday": False, "allowed": True, "outside_hours": "allow",
        "next_window_start": None,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("at", "late", "within"),
    [("14:00", 0, True), ("14:10", 600, True), ("14:10:01", 601, False), ("13:55", 0, True)],
)
def test_schedule_check_lateness(
    capsys: pytest.CaptureFixture[str], at: str, late: int, within: bool
) -> None:
    data = check(
        capsys, "--policy", "pardini", "--at", f"2026-11-24T{at}", "--scheduled", "2026-11-24T14:00"
    )
    assert (data["late_seconds"], data["within_tolerance"], data["must_reschedule"]) == (
        late, within, not within,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--policy", "pardini", "--at", "noon"], "not an ISO 8601 time"),
        (["--policy", "nope", "--at", "2026-11-24T10:00"], "No policy has the id 'nope'"),
        (["--policy", "pardini"], "required: --at"),
    ],
)
def test_bad_schedule_check_input(
    capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    status, out, err = run(capsys, "schedule", "check", *args, "--json")
    assert (status, out) == (2, "")
    assert says in err


def open_weekday_ahead() -> date:
    """The first day two weeks after the CLI's fixed "now" that Pardini is open on, as on the
    day after it (the tests book both)."""
    schedule = load_policy(resource("policies", "pardini.toml")).schedule
    assert schedule is not None

    def is_open(day: date) -> bool:
        return day.weekday() < 5 and not schedule.is_holiday(day)

    day = START.date() + timedelta(days=14)
    while not (is_open(day) and is_open(day + timedelta(days=1))):
        day += timedelta(days=1)
    return day


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    runner = Cli(capsys, "--basedir", str(tmp_path))
    runner.json("customer", "add", "--name", "Relojoaria", "--policy", "pardini")
    return runner


def test_appointments_add_list_reschedule_cancel(cli: Cli) -> None:
    day = open_weekday_ahead().isoformat()
    added = cli.json(
        "appointment", "add", "--customer", "Relojoaria", "--at", f"{day}T14:00",
        "--minutes", "45", "--tool", "anydesk", "--note", "printer",
    )  # fmt: skip
    assert added["at"] == f"{day}T17:00:00Z"  # read in the customer's policy zone
    assert (added["status"], added["minutes"], added["tool"]) == ("booked", 45, "anydesk")
    status, _, err = cli("appointment", "add", "--customer", "Relojoaria", "--at", f"{day}T12:30")
    assert status == 2
    assert "outside" in err
    assert "opening hours" in err
    lunch = cli.json("appointment", "add", "--customer", "Relojoaria", "--at", f"{day}T12:30",
                     "--reason", "only free at lunch")  # fmt: skip
    assert lunch["reason"] == "only free at lunch"
    moved = cli.json("appointment", "reschedule", str(added["id"]), "--at", f"{day}T16:00")
    assert (moved["rescheduled_from"], moved["status"]) == (added["id"], "booked")
    cli.json("appointment", "cancel", str(lunch["id"]))
    listed = cli.json("appointment", "list", "--date", day, "--json")
    assert [(a["id"], a["status"]) for a in listed] == [
        (lunch["id"], "cancelled"), (added["id"], "rescheduled"), (moved["id"], "booked"),
    ]  # fmt: skip
    assert listed[1]["rescheduled_to"] == moved["id"]


def test_export_writes_a_calendar_that_reads_back(cli: Cli, tmp_path: Path) -> None:
    day = open_weekday_ahead()
    cli.json("appointment", "add", "--customer", "Relojoaria", "--at", f"{day}T09:00")
    cli.json("appointment", "add", "--customer", "Relojoaria",
             "--at", f"{day + timedelta(days=1)}T09:00")  # fmt: skip
    target = tmp_path / "week.ics"
    status, out, _ = cli("appointment", "export", "--from", day.isoformat(),
                         "--to", day.isoformat(), "--output", str(target))  # fmt: skip
    assert status == 0
    assert "Wrote 1 appointment(s)" in out
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Remote support: Relojoaria"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["add", "--customer", "Nobody", "--at", "2030-01-07T10:00"], "No customer is named"),
        (["add", "--customer", "Relojoaria", "--at", "2020-01-06T10:00"], "already passed"),
        (["add", "--customer", "Relojoaria", "--at", "soon"], "not an ISO 8601 time"),
        (["add", "--customer", "Relojoaria", "--at", "2030-01-07T10:00", "--minutes", "0"],
         "'0' is not a whole number from 1 to 1440"),
        (["reschedule", "77", "--at", "2030-01-07T10:00"], "Appointment 77 does not exist"),
        (["export", "--from", "2030-01-08", "--to", "2030-01-07", "--output", "x.ics"], "is after"),
        (["export", "--from", "2030-01-07", "--to", "2030-01-07", "--output", "/nowhere/x.ics"],
         "does not exist"),
    ],
)  # fmt: skip
def test_bad_appointment_input_exits_2_and_writes_nothing(
    cli: Cli, args: list[str], says: str
) -> None:
    status, out, err = cli("appointment", *args)
    assert (status, out) == (2, "")
    assert says in err
    assert len(err.strip().splitlines()) == 1
    assert cli.json("appointment", "list", "--date", "2030-01-07", "--json") == []
