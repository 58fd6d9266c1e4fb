"""The figures of benchmarks/scale.py: a measured value beside its baseline, the ratio between
them and the target that ratio must meet, printed as one table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Figure:
    """`value` measured against `baseline` (same unit); met when value / baseline ≤ `target`.
    An absolute target (< 2 s) is a figure whose baseline is the target itself and target 1."""

    backend: str
    what: str
    value: float
    baseline: float
    baseline_name: str
    target: float
    unit: str = "s"
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def met(self) -> bool:
        return self.ratio <= self.target


def median_time(action: Callable[[], object], runs: int) -> float:
    """The median wall time of `runs` calls of `action`."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def amount(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:g} {unit}"


def table(figures: list[Figure]) -> str:
    """One line per figure: backend, what, value, baseline, ratio, target, verdict."""
    head = ("backend", "what", "measured", "baseline", "ratio", "target", "")
    rows = [head]
    for f in figures:
        rows.append((
            f.backend, f.what, amount(f.value, f.unit),
            f"{amount(f.baseline, f.unit)} ({f.baseline_name})", f"{f.ratio:.2f}×",
            f"≤ {f.target:g}×", ("ok" if f.met else "MISSED") + (f"  {f.note}" if f.note else ""),
        ))  # fmt: skip
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
             for r in rows]  # fmt: skip
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
