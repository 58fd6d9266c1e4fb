"""Running `assistdesk` in-process the way a script would, and reading what it printed."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.cli import main


class Cli:
    """`assistdesk` with fixed leading options (e.g. `--db URL --basedir DIR`)."""

    def __init__(self, capsys: pytest.CaptureFixture[str], *prefix: str) -> None:
        self.prefix = list(prefix)
        self._capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        """(exit status, stdout, stderr)"""
        self._capsys.readouterr()
        status = main([*self.prefix, *args])
        out, err = self._capsys.readouterr()
        return status, out, err

    def json(self, *args: str) -> Any:
        """Run a command that must succeed and print JSON; return what it printed."""
        status, out, err = self(*args)
        assert status == 0, err
        return json.loads(out)
