"""The GUI's figures: start-up to the log's first page and to a usable desk, beside a bare
PySide6 window started the same way (benchmarks/startup.py), and the peak memory of that start
on the big database beside the small one. The history window is measured in its own process
(benchmarks/scale_history.py). Everything runs offscreen (QT_QPA_PLATFORM=offscreen).

The app reports `log-filled` and `ready` when ASSISTDESK_STARTUP_PROBE is set (app.ui.shell.launch);
with a value other than `quit` or `ready` it keeps running: it is stopped once the desk is ready,
its peak resident memory (VmHWM, of the program alone) read first. (A finished child's ru_maxrss
would not do: Linux counts in it the benchmark's own memory at the fork.)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.scale_build import Built
from benchmarks.scale_office import HOME, ONE_CUSTOMER
from benchmarks.startup import BARE_WINDOW, timed_run


@dataclass(frozen=True, slots=True)
class Start:
    first_page: float
    desk_ready: float
    peak_mb: float


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASSISTDESK_STARTUP_PROBE="measure")
    env.pop("ASSISTDESK_DB", None)
    return env


def bare_window(runs: int) -> float:
    env = _env()
    argv = [sys.executable, "-c", BARE_WINDOW]
    return statistics.median(timed_run(argv, env, ("shown",))["shown"] for _ in range(runs))


def _start_once(url: str) -> Start:
    argv = [sys.executable, "-m", "app", "--db", url, "--basedir", str(HOME.resolve())]
    started = time.perf_counter()
    proc = subprocess.Popen(
        argv, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    seen: dict[str, float] = {}
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            label, _, value = line.strip().partition(" ")
            if label in ("log-filled", "ready"):
                seen[label] = float(value) - started
            if len(seen) == 2:
                break
        peak = _peak_mb(proc.pid)
    finally:
        proc.kill()
        proc.wait(timeout=30)
        proc.stdout.close()
    if len(seen) != 2:
        raise SystemExit(f"the app on {url} did not report its first page and desk")
    return Start(seen["log-filled"], seen["ready"], peak)


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start(built: Built, runs: int) -> Start:
    """Medians of `runs` starts on `built` (after one to warm the file cache)."""
    _start_once(built.url)
    starts = [_start_once(built.url) for _ in range(runs)]
    return Start(
        statistics.median(s.first_page for s in starts),
        statistics.median(s.desk_ready for s in starts),
        statistics.median(s.peak_mb for s in starts),
    )


def history(built: Built, runs: int) -> dict[str, float]:
    """Seconds (medians) to open the history window, filter it by one customer, clear the
    filter and scroll one page; measured by benchmarks/scale_history.py in its own process."""
    argv = [sys.executable, "-m", "benchmarks.scale_history", built.url, ONE_CUSTOMER, str(runs)]
    done = subprocess.run(argv, env=_env(), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the history probe failed: {done.stderr.strip()[-2000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))
