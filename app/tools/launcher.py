"""Running a LaunchPlan: a program without a shell (the password written to its standard input,
then forgotten by this function), or a URL through the desktop's opener. The started program is
not waited for — the tools outlive their sessions — but a daemon thread reaps it when it exits."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.tools.launch_plan import LaunchKind, LaunchPlan

log = logging.getLogger(__name__)
Popen = Callable[..., "subprocess.Popen[bytes]"]


@dataclass(frozen=True, slots=True)
class Launched:
    pid: int | None  # None when the OS opened a URL for us (os.startfile)


def run_plan(
    plan: LaunchPlan,
    popen: Popen = subprocess.Popen,
    startfile: Callable[[str], None] | None = None,
) -> Launched:
    """Carry out `plan`. Failures are one sentence naming the program and what to do."""
    name = plan.tool.display_name
    if plan.kind is LaunchKind.URL and not plan.argv:
        opener = startfile or getattr(os, "startfile", None)
        if opener is None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "This computer has no way to open {name}'s link."
                ).format(name=name)
            )
        opener(plan.url)
        log.info("%s: opened its link through the desktop", name)
        return Launched(None)
    options: dict[str, Any] = {
        "stdin": subprocess.PIPE if plan.stdin is not None else subprocess.DEVNULL,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
        "cwd": plan.cwd,
        "bufsize": 0,
        "close_fds": True,
        "shell": False,
    }
    if os.name != "nt":
        options["start_new_session"] = True  # closing AssistDesk must not close the tool
    try:
        process = popen(list(plan.argv), **options)
    except FileNotFoundError:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} could not be started: {program} does not exist; check its path in "
                "the settings.",
            ).format(name=name, program=plan.argv[0])
        ) from None
    except OSError as error:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} could not be started ({reason}); check its path in the settings.",
            ).format(name=name, reason=error.strerror or error)
        ) from None
    threading.Thread(target=process.wait, name=f"reap-{name}", daemon=True).start()
    if plan.stdin is not None and process.stdin is not None:
        _write_password(plan, process.stdin)
    log.info("%s: started (pid %s)", name, process.pid)  # never the argv: it is the customer's ID
    return Launched(process.pid)


def _write_password(plan: LaunchPlan, pipe: IO[bytes]) -> None:
    assert plan.stdin is not None
    try:
        with plan.stdin.exposed() as secret:
            written = 0
            while written < len(secret):
                written += pipe.write(secret[written:]) or 0
        pipe.write(b"\n")
    except BrokenPipeError:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{tool} closed before it read the password; type the password into it instead.",
            ).format(tool=plan.tool.display_name)
        ) from None
    finally:
        with contextlib.suppress(BrokenPipeError):
            pipe.close()
