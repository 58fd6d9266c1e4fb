"""Fixtures for the tool adapters: an in-memory keyring, hosts for each OS, and fake tool programs
that record their argv and stdin and append realistic lines to a log, as the real tools do."""

from __future__ import annotations

import json
import stat
import sys
import textwrap
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.tools.host import Host, HostOS

WAIT_SECONDS = 10.0  # every wait in these tests is bounded by this


def fake_host(os_name: HostOS, existing: set[str] | None = None, **env: str) -> Host:
    """A host of another OS whose only programs are the paths in `existing`."""
    files = existing or set()
    return Host(os_name, env, probe=lambda path: path in files)


WINDOWS_ENV = {
    "APPDATA": r"C:\Users\tech\AppData\Roaming",
    "ProgramFiles": r"C:\Program Files",
    "ProgramFiles(x86)": r"C:\Program Files (x86)",
    "USERPROFILE": r"C:\Users\tech",
}


@dataclass
class FakeTool:
    """A fake program on PATH: `calls()` are the argv and stdin of each run."""

    path: Path
    record: Path

    def calls(self) -> list[dict[str, Any]]:
        if not self.record.exists():
            return []
        lines = self.record.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines]

    def wait_for_calls(self, count: int) -> list[dict[str, Any]]:
        done = threading.Event()
        for _ in range(int(WAIT_SECONDS / 0.02)):
            if len(self.calls()) >= count:
                break
            done.wait(0.02)
        calls = self.calls()
        assert len(calls) >= count, f"the fake tool ran {len(calls)} times, not {count}"
        return calls


SCRIPT = '''\
#!{python}
"""A stand-in for {name}: records argv and stdin, prints a version, appends log lines."""
import json, sys
argv = sys.argv[1:]
data = "" if sys.stdin is None or sys.stdin.isatty() else sys.stdin.read()
with open({record!r}, "a", encoding="utf-8") as out:
    out.write(json.dumps({{"argv": argv, "stdin": data}}) + "\\n")
if argv and argv[0] in ("--version", "info"):
    print({version_output!r})
    sys.exit(0)
LOG, LINES = {log!r}, {lines!r}
if LOG and LINES:
    flags = [i for i, a in enumerate(argv) if a in ("--connect", "-i")]
    target = argv[flags[0] + 1] if flags else (argv[0] if argv else "")
    with open(LOG, "a", encoding="utf-8") as log:
        for line in LINES:
            log.write(line.replace("{{ID}}", target) + "\\n")
'''


@pytest.fixture
def fake_tools(tmp_path: Path) -> Callable[..., FakeTool]:
    """Make fake programs in tmp_path/bin (put that folder on a Host's PATH)."""
    folder = tmp_path / "bin"
    folder.mkdir(exist_ok=True)

    def make(
        name: str, version_output: str = "", log: Path | None = None, lines: tuple[str, ...] = ()
    ) -> FakeTool:
        path = folder / name
        record = tmp_path / f"{name}.calls.jsonl"
        path.write_text(
            textwrap.dedent(SCRIPT).format(
                python=sys.executable, name=name, record=str(record),
                version_output=version_output, log=str(log) if log else "", lines=list(lines),
            ),
            encoding="utf-8",
        )  # fmt: skip
        path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        return FakeTool(path, record)

    return make


@dataclass(frozen=True)
class FakeAnyDesk:
    """A Linux computer with a fake AnyDesk 6.3.0 on PATH and AnyDesk's trace in HOME."""

    host: Host
    trace: Path
    tool: FakeTool


def fake_anydesk(
    tmp_path: Path,
    make_tool: Callable[..., FakeTool],
    lines: tuple[str, ...] = (),
    already: str = "",
) -> FakeAnyDesk:
    """`make_tool` is the `fake_tools` fixture; a launch appends `lines` (with {ID}) to the trace,
    which holds `already` before it."""
    home = tmp_path / "home"
    (home / ".anydesk").mkdir(parents=True, exist_ok=True)
    trace = home / ".anydesk" / "anydesk.trace"
    trace.write_text(already, encoding="utf-8")
    tool = make_tool("anydesk", version_output="6.3.0", log=trace, lines=lines)
    host = Host(HostOS.LINUX, {"PATH": str(tmp_path / "bin"), "HOME": str(home)})
    return FakeAnyDesk(host, trace, tool)


@pytest.fixture
def linux_host(tmp_path: Path) -> Host:
    """This computer, as Linux, with only tmp_path/bin on PATH and tmp_path/home as HOME."""
    (tmp_path / "home").mkdir(exist_ok=True)
    (tmp_path / "bin").mkdir(exist_ok=True)
    env = {"PATH": str(tmp_path / "bin"), "HOME": str(tmp_path / "home")}
    return Host(HostOS.LINUX, env)
