"""Times the history window on a database, offscreen, for benchmarks/scale_gui.py: opening it
until its first page is in, choosing one customer in its filter, clearing that filter, clearing
a date filter (from today), and scrolling one page further; each until the page asked for is in
the table (the window reads pages on pool threads: the clock runs until they arrive). Prints the
medians as one JSON line. Run as `python -m benchmarks.scale_history URL CUSTOMER_NAME RUNS`.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from app.core.clock import SystemClock
from app.services.customers import CustomerService
from app.services.session_history import SessionHistory
from app.services.sessions import SessionService
from app.storage.database import open_database
from app.ui.history.history_window import HistoryWindow
from benchmarks.scale_plan import TIMEZONE

TIMEOUT = 120.0


def settle(done: Callable[[], bool]) -> None:
    """Run the event loop until `done()` (a page arrived), or fail after TIMEOUT seconds."""
    deadline = time.perf_counter() + TIMEOUT
    while True:
        QApplication.processEvents()
        if done():
            return
        if time.perf_counter() > deadline:
            raise SystemExit("the history window did not show its page in time")
        time.sleep(0.001)


def timed(action: Callable[[], object], done: Callable[[], bool]) -> float:
    started = time.perf_counter()
    action()
    settle(done)
    return time.perf_counter() - started


def one_run(
    sessions: SessionService, customers: CustomerService, history: SessionHistory, name: str
) -> dict[str, float]:
    clock = SystemClock()
    (customer,) = [c for c in customers.search(name, 5) if c.name == name]
    windows: list[HistoryWindow] = []

    def open_window() -> None:
        window = HistoryWindow(sessions, customers, history, clock, "en", zone=ZoneInfo(TIMEZONE))
        window.view.show()
        windows.append(window)

    def page_in() -> bool:
        return bool(windows) and not windows[0].loading() and windows[0].model.rowCount() > 0

    took = {"open": timed(open_window, page_in)}
    window = windows[0]
    view, model, choose = window.view, window.model, window.customer_filter.choose
    took["filter"] = timed(lambda: choose(customer), lambda: not window.loading())
    took["clear"] = timed(lambda: choose(None), lambda: not window.loading())
    view.use_since.setChecked(True)  # from today (the real one): nothing listed
    settle(lambda: not window.loading())
    took["clear dates"] = timed(lambda: view.use_since.setChecked(False), page_in)
    settle(lambda: not window.busy())  # the count and names in, as a user would wait
    before = model.rowCount()
    took["scroll"] = timed(
        view.table.scrollToBottom, lambda: not window.loading() and model.rowCount() > before
    )
    view.close()
    view.deleteLater()
    QApplication.processEvents()
    return took


def main(url: str, name: str, runs: int) -> dict[str, float]:
    app = QApplication.instance() or QApplication(sys.argv)
    db, _ = open_database(url)
    clock = SystemClock()
    sessions, customers = SessionService(db, clock), CustomerService(db, clock)
    history = SessionHistory(db)
    times: dict[str, list[float]] = {}
    for i in range(runs + 1):  # the first run warms caches and is not counted
        for key, value in one_run(sessions, customers, history, name).items():
            if i:
                times.setdefault(key, []).append(value)
    app.processEvents()
    db.dispose()
    return {key: statistics.median(values) for key, values in times.items()}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2], int(sys.argv[3]))))
