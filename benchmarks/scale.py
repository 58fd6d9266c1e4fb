"""AssistDesk at an office's real scale (issue 15): builds a database of a million sessions (2,000
customers over five years, ~118,000 invoices, the last month left to invoice) from a seed, on
SQLite and PostgreSQL, keeps it, and measures, each figure beside its baseline from the same run:
database size, `session list --json` beside `timew export`, `invoice create` beside a small
database, "Create invoices for a period", GUI start beside a bare PySide6 window, the history
window, and GUI memory. Exit status 1 when a target is missed. See docs/benchmarks.md.

Run: `.venv/bin/python -m benchmarks.scale [--sessions N] [--backend sqlite|postgresql|both]
[--only size,list,invoice,drafts,start,memory,history] [--issue-all] [--rebuild]`.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable

from benchmarks import scale_gui as gui
from benchmarks import scale_office as office
from benchmarks.scale_build import Built, ensure
from benchmarks.scale_figures import Figure, table
from benchmarks.scale_plan import DEFAULT_SEED, FULL_SESSIONS, Shape

FIGURES = ("size", "list", "invoice", "drafts", "start", "memory", "history")
SIZE_TARGET_MB = 900  # for a million sessions; scaled with the number of sessions
SMALL_SESSIONS = 10_000


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--sessions", type=int, default=FULL_SESSIONS)
    parser.add_argument("--customers", type=int, default=0, help="default: 2,000 per million")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--only", default=",".join(FIGURES), help=",".join(FIGURES))
    parser.add_argument("--runs", type=int, default=3, help="each figure is a median of these")
    parser.add_argument("--issue-all", action="store_true", help="also issue every draft")
    parser.add_argument("--rebuild", action="store_true", help="build the big database again")
    args = parser.parse_args(argv)
    args.only = {name.strip() for name in args.only.split(",") if name.strip()}
    unknown = args.only - set(FIGURES)
    if unknown:
        parser.error(f"--only: unknown figure {', '.join(sorted(unknown))}")
    return args


class Measurement:
    """The figures of one backend, each measurement failing on its own (reported, not raised)."""

    def __init__(self, backend: str, args: argparse.Namespace) -> None:
        self.backend, self.args = backend, args
        self.figures: list[Figure] = []
        self.failures: list[str] = []

    def add(self, what: str, value: float, baseline: float, baseline_name: str,
            target: float, unit: str = "s", note: str = "") -> None:  # fmt: skip
        self.figures.append(
            Figure(self.backend, what, value, baseline, baseline_name, target, unit, note)
        )

    def attempt(self, name: str, measure: Callable[[], None]) -> None:
        if name not in self.args.only:
            return
        print(f"[{self.backend}] measuring {name}…", flush=True)
        try:
            measure()
        except (Exception, SystemExit) as error:
            traceback.print_exc(limit=3)
            self.failures.append(f"{self.backend} {name}: {error}")


def measure(backend: str, shape: Shape, args: argparse.Namespace) -> Measurement:
    m = Measurement(backend, args)
    big = ensure(shape, backend, args.rebuild)
    if big.seconds:
        print(f"[{backend}] built {shape.sessions:,} sessions in {big.seconds:.0f} s", flush=True)
    small_shape = Shape(shape.seed, SMALL_SESSIONS)
    needs_small = args.only & {"invoice", "memory"}
    small: Built | None = ensure(small_shape, backend, False) if needs_small else None
    runs = args.runs
    sized = shape.sessions / FULL_SESSIONS

    def size() -> None:
        m.add("database size", office.size_mb(big), SIZE_TARGET_MB * sized,
              f"target for {shape.sessions:,}", 1.0, "MB")  # fmt: skip

    def listing() -> None:
        month, rows = office.month_list(big, runs)
        timew, intervals = office.timew_export(big, shape, runs)
        note = "" if rows == intervals else f"(timew exported {intervals:,})"
        print(f"[{backend}] the CLI's own start (assistdesk --version): "
              f"{office.cli_start(runs) * 1000:.0f} ms", flush=True)  # fmt: skip
        m.add(f"session list --json, a month ({rows:,})", month, timew, "timew export", 1.0,
              note=note)  # fmt: skip
        m.add("session list --json, one customer", office.customer_list(big, runs), 0.3,
              "target", 1.0)  # fmt: skip

    def invoice() -> None:
        assert small is not None
        m.add("invoice create, 52 sessions", office.invoice_create(big, runs),
              office.invoice_create(small, runs), f"{SMALL_SESSIONS:,} sessions", 1.5)  # fmt: skip

    def drafts() -> None:
        seconds, count = office.draft_list(big, runs)
        m.add(f"period invoicing: drafts ({count:,})", seconds, 2.0, "target", 1.0)
        if args.issue_all:
            seconds, issued = office.issue_all(big)
            m.add(f"period invoicing: issue all ({issued:,})", seconds, 120.0, "target", 1.0)

    started: dict[str, gui.Start] = {}

    def start() -> None:
        bare = gui.bare_window(runs)
        started["big"] = gui.start(big, runs)
        m.add("GUI start → log's first page", started["big"].first_page, bare, "bare window", 1.5)
        m.add("GUI start → usable desk", started["big"].desk_ready, bare, "bare window", 3.0)

    def memory() -> None:
        assert small is not None
        peak = (started.get("big") or gui.start(big, 1)).peak_mb
        m.add("GUI peak memory (flat)", peak, gui.start(small, 1).peak_mb,
              f"{SMALL_SESSIONS:,} sessions", 1.25, "MB")  # fmt: skip

    def history() -> None:
        for what, seconds in gui.history(big, runs).items():
            m.add(f"history: {what}", seconds, 0.1, "target", 1.0)

    for name, action in (("size", size), ("list", listing), ("invoice", invoice),
                         ("drafts", drafts), ("start", start), ("memory", memory),
                         ("history", history)):  # fmt: skip
        m.attempt(name, action)
    return m


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    shape = Shape(args.seed, args.sessions, args.customers)
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    office.prepare_home()
    results = [measure(backend, shape, args) for backend in backends]
    figures = [f for r in results for f in r.figures]
    failures = [f for r in results for f in r.failures]
    print(f"\n{shape.sessions:,} sessions, {shape.customer_count:,} customers, seed {shape.seed}")
    print(table(figures))
    for failure in failures:
        print(f"FAILED to measure: {failure}")
    return 0 if all(f.met for f in figures) and not failures else 1


if __name__ == "__main__":
    sys.exit(main())
