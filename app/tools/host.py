"""The computer AssistDesk runs on, as data: which OS, and the environment that locates a tool's
program and files. Tests build a Host for Windows or macOS while running on Linux."""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

_WINDOWS_VARIABLE = re.compile(r"%([A-Za-z0-9_()]+)%")


class HostOS(StrEnum):
    WINDOWS = "windows"
    MACOS = "macos"
    LINUX = "linux"

    @classmethod
    def current(cls) -> HostOS:
        if sys.platform.startswith("win"):
            return cls.WINDOWS
        return cls.MACOS if sys.platform == "darwin" else cls.LINUX


def is_program(path: str) -> bool:
    """A file this process may run."""
    return os.path.isfile(path) and (os.name == "nt" or os.access(path, os.X_OK))


@dataclass(frozen=True)
class Host:
    os: HostOS
    env: Mapping[str, str]
    probe: Callable[[str], bool] = field(default=is_program, compare=False)

    @classmethod
    def current(cls) -> Host:
        return cls(HostOS.current(), dict(os.environ))

    @property
    def is_windows(self) -> bool:
        return self.os is HostOS.WINDOWS

    def expand(self, template: str) -> str | None:
        """`%APPDATA%\\AnyDesk` or `~/.anydesk` with this host's variables; None when one of them
        is not set (the place does not exist on this computer)."""
        missing = False

        def variable(match: re.Match[str]) -> str:
            nonlocal missing
            value = self.env.get(match[1]) or self.env.get(match[1].upper())
            missing = missing or not value
            return value or ""

        text = _WINDOWS_VARIABLE.sub(variable, template)
        if text == "~" or text.startswith("~/"):
            home = self.env.get("USERPROFILE" if self.is_windows else "HOME")
            if not home:
                return None
            text = home + text[1:]
        return None if missing else text

    def which(self, name: str) -> str | None:
        """`name` on this host's PATH (only meaningful for the computer we run on)."""
        found: str | None = shutil.which(name, path=self.env.get("PATH", ""))
        return found if found and self.probe(found) else None

    def first_program(self, candidates: tuple[str, ...]) -> str | None:
        """The first of these templates that names a program on this host."""
        for template in candidates:
            path = self.expand(template)
            if path and self.probe(path):
                return path
        return None
