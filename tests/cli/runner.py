"""Running `assistdesk` in-process the way a script would, and reading what it printed."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app import cli
from app.core.clock import ManualClock
from tests.conftest import START


def main(argv: list[str], clock: ManualClock | None = None) -> int:
    """`assistdesk ARGV` in this process, at the tests' fixed "now" unless `clock` says else."""
    return cli.main(argv, clock=clock or ManualClock(START))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `assistdesk ARGS`."""
    capsys.readouterr()
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


class Cli:
    """`assistdesk` with fixed leading options (e.g. `--db URL --basedir DIR`), whose "now" is
    `self.clock`: fixed at START unless the test gives or moves it."""

    def __init__(
        self, capsys: pytest.CaptureFixture[str], *prefix: str, clock: ManualClock | None = None
    ) -> None:
        self.prefix = list(prefix)
        self.clock = clock or ManualClock(START)
        self._capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        """(exit status, stdout, stderr)"""
        self._capsys.readouterr()
        status = main([*self.prefix, *args], self.clock)
        out, err = self._capsys.readouterr()
        return status, out, err

    def json(self, *args: str) -> Any:
        """Run a command that must succeed and print JSON; return what it printed."""
        status, out, err = self(*args)
        assert status == 0, err
        return json.loads(out)
