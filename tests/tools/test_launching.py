"""Launch plans run without a shell against fake tool programs on PATH; the password reaches
AnyDesk's standard input and nothing else: no argv, no log record."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.errors import DomainError
from app.core.remote_tool import RemoteTool
from app.tools.adapter import LaunchRequest
from app.tools.catalogue import adapter_for
from app.tools.host import Host, HostOS
from app.tools.launch_plan import LaunchKind, LaunchPlan, url_plan
from app.tools.launcher import run_plan
from app.tools.one_time_password import OneTimePassword
from tests.tools.conftest import FakeTool

SECRET = "k7#Qx-91"


@pytest.mark.parametrize(
    ("tool", "name", "argv"),
    [
        (RemoteTool.ANYDESK, "anydesk", ["123456789", "--with-password"]),
        (RemoteTool.TEAMVIEWER, "teamviewer", ["-i", "123456789"]),
        (RemoteTool.RUSTDESK, "rustdesk", ["--connect", "123456789"]),
    ],
)
def test_a_launch_runs_the_tool_with_the_planned_argv_and_stdin(
    tool: RemoteTool, name: str, argv: list[str], fake_tools: Callable[..., FakeTool],
    linux_host: Host, caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    fake = fake_tools(name, version_output="1.2.3")
    password = OneTimePassword(SECRET)
    with caplog.at_level(logging.DEBUG):
        launch = adapter_for(tool).prepare(LaunchRequest("123 456 789", password), linux_host)
        launched = run_plan(launch)
    assert launched.pid is not None
    calls = fake.wait_for_calls(2)  # --version, then the connection
    assert calls[1]["argv"] == argv
    expected_stdin = f"{SECRET}\n" if tool is RemoteTool.ANYDESK else ""
    assert calls[1]["stdin"] == expected_stdin
    for call in calls:
        assert all(SECRET not in arg for arg in call["argv"])
    assert SECRET not in caplog.text
    assert all(SECRET not in str(record.args) for record in caplog.records)
    password.wipe()
    assert password.wiped


def test_a_url_plan_goes_through_the_desktop_opener(
    fake_tools: Callable[..., FakeTool], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opener = fake_tools("xdg-open")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    host = Host(HostOS.LINUX, {"PATH": "/nowhere", "HOME": str(tmp_path)})
    launch = adapter_for(RemoteTool.TEAMVIEWER).prepare(LaunchRequest("123456789"), host)
    assert launch.kind is LaunchKind.URL
    run_plan(launch)
    assert opener.wait_for_calls(1)[0]["argv"] == ["teamviewer10://control?device=123456789"]


def test_on_windows_a_url_is_opened_with_startfile() -> None:
    opened: list[str] = []
    launch = url_plan(RemoteTool.ANYDESK, "123456789", "anydesk:123456789",
                      Host(HostOS.WINDOWS, {}))  # fmt: skip
    assert launch.argv == ()
    assert run_plan(launch, startfile=opened.append).pid is None
    assert opened == ["anydesk:123456789"]


def test_a_missing_program_is_one_sentence(tmp_path: Path) -> None:
    launch = LaunchPlan(RemoteTool.RUSTDESK, LaunchKind.PROGRAM, "123456789",
                        argv=(str(tmp_path / "rustdesk"), "--connect", "123456789"))  # fmt: skip
    with pytest.raises(DomainError, match=r"^RustDesk could not be started: .* does not exist; "):
        run_plan(launch)


def test_a_program_that_will_not_read_the_password_is_named(tmp_path: Path) -> None:
    quitter = tmp_path / "anydesk"
    quitter.write_text("#!/bin/sh\nexec 0<&-\nexit 0\n", encoding="utf-8")
    quitter.chmod(0o755)
    launch = LaunchPlan(RemoteTool.ANYDESK, LaunchKind.PROGRAM, "123456789",
                        argv=(str(quitter), "123456789", "--with-password"),
                        stdin=OneTimePassword("x" * 200_000))  # fmt: skip
    with pytest.raises(DomainError, match="closed before it read the password"):
        run_plan(launch)
