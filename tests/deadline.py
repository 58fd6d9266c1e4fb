"""A limit on how long a step of a test may take, so that a regression that makes the program wait
for ever (opening a pipe nobody writes to, reading /dev/zero to its end) fails the test instead of
hanging the suite. pytest-timeout is not a dependency; SIGALRM does the same on POSIX."""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import pytest


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in the block if it is still running after `seconds` (the main thread;
    a blocking system call is interrupted, PEP 475)."""
    if sys.platform == "win32":  # no SIGALRM; these tests use POSIX files anyway
        pytest.skip("needs SIGALRM")

    def expired(_signum: int, _frame: FrameType | None) -> None:
        raise TimeoutError(f"still running after {seconds} s: it would have hung")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
