"""Every "now" in the program comes from the injected Clock (app/core/clock.py), so that tests can
move time and a test that forgets to cannot pass on some days only. The conftest guard catches a
reach for SystemClock.now; this scan catches the reads that go around it (datetime's `now`, date's
`today`, the time module's `time` and their kin), however they were imported, anywhere in app/.
Only app/core/clock.py reads the wall clock; `time.monotonic()` and `time.perf_counter()`
measure how long something takes and are not "now"."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

QT = "PySide6.QtCore"
APP = Path(__file__).resolve().parents[1] / "app"
ALLOWED = {APP / "core" / "clock.py"}

# Fully qualified callables that read the wall clock whatever their arguments are.
ALWAYS = {
    "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today",
    "datetime.date.today", "time.time", "time.time_ns",
    "PySide6.QtCore.QDateTime.currentDateTime", "PySide6.QtCore.QDateTime.currentDateTimeUtc",
    "PySide6.QtCore.QDateTime.currentMSecsSinceEpoch",
    "PySide6.QtCore.QDateTime.currentSecsSinceEpoch", "PySide6.QtCore.QDate.currentDate",
    "PySide6.QtCore.QTime.currentTime",
}  # fmt: skip
# Those that read it only when the instant is left out (`time.localtime()`, `strftime(fmt)`).
WITHOUT_INSTANT = {
    "time.localtime": 0, "time.gmtime": 0, "time.ctime": 0, "time.asctime": 0, "time.strftime": 1,
}  # fmt: skip


def wall_clock_reads(source: str) -> list[tuple[int, str]]:
    """(line, what) for each call in `source` that reads the wall clock."""
    tree = ast.parse(source)
    names: dict[str, str] = {}  # local name → what it was imported as
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                local = alias.asname or alias.name.split(".")[0]
                names[local] = alias.name if alias.asname else local
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        called = _qualified(node.func, names)
        if called is None:
            continue
        arguments = len(node.args) + len(node.keywords)
        if called in ALWAYS or WITHOUT_INSTANT.get(called, -1) == arguments:
            found.append((node.lineno, called))
    return found


def _qualified(func: ast.expr, names: dict[str, str]) -> str | None:
    """`datetime.now` as "datetime.datetime.now" when `datetime` was imported from datetime."""
    parts: list[str] = []
    while isinstance(func, ast.Attribute):
        parts.insert(0, func.attr)
        func = func.value
    if not isinstance(func, ast.Name) or func.id not in names:
        return None
    return ".".join([names[func.id], *parts])


@pytest.mark.parametrize(
    ("source", "found"),
    [
        (
            "from datetime import UTC, datetime\ndatetime.now(UTC)",  # real clock: a sample
            "datetime.datetime.now",  # real clock: a sample
        ),
        (
            "import datetime\ndatetime.datetime.utcnow()",  # real clock: a sample
            "datetime.datetime.utcnow",  # real clock: a sample
        ),
        (
            "import datetime as dt\ndt.date.today()",  # real clock: a sample
            "datetime.date.today",  # real clock: a sample
        ),
        (
            "from datetime import date as day\nday.today()",  # real clock: a sample
            "datetime.date.today",  # real clock: a sample
        ),
        (
            "import time\ntime.time()",  # real clock: a sample
            "time.time",  # real clock: a sample
        ),
        (
            "from time import time_ns as ns\nns()",  # real clock: a sample
            "time.time_ns",  # real clock: a sample
        ),
        ("import time\ntime.strftime('%H')", "time.strftime"),
        (
            "import time\ntime.localtime()",  # real clock: a sample
            "time.localtime",  # real clock: a sample
        ),
        ("from PySide6.QtCore import QDate\nQDate.currentDate()", f"{QT}.QDate.currentDate"),
    ],
)
def test_the_scan_finds_each_way_of_reading_the_wall_clock(source: str, found: str) -> None:
    assert [what for _line, what in wall_clock_reads(source)] == [found]


@pytest.mark.parametrize(
    "source",
    [
        "import time\ntime.monotonic()\ntime.perf_counter()",  # durations, not "now"
        "import time\ntime.localtime(0)\ntime.strftime('%H', time.gmtime(0))",
        "self._clock.now()\nclock.now()",  # the injected Clock
        "from datetime import datetime\ndatetime.fromtimestamp(0)",
    ],
)
def test_the_scan_leaves_durations_and_the_injected_clock_alone(source: str) -> None:
    assert wall_clock_reads(source) == []


def test_only_the_clock_module_reads_the_wall_clock() -> None:
    found = [
        f"{path.relative_to(APP.parent)}:{line}: {what}"
        for path in sorted(APP.rglob("*.py"))
        if path not in ALLOWED
        for line, what in wall_clock_reads(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "ask the injected Clock instead"
    assert wall_clock_reads((APP / "core" / "clock.py").read_text(encoding="utf-8"))  # it does
