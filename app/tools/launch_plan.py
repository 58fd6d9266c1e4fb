"""A launch as data: what will run, what goes to its standard input, or which URL is opened, and
what the technician must be told. Tests assert on plans; `app.tools.launcher` runs them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from app.core.remote_tool import RemoteTool
from app.tools.host import Host, HostOS
from app.tools.one_time_password import OneTimePassword

# The desktop's URL opener on each OS; Windows has os.startfile instead of a program.
URL_OPENERS = {HostOS.LINUX: "xdg-open", HostOS.MACOS: "open", HostOS.WINDOWS: "os.startfile"}


class LaunchKind(StrEnum):
    PROGRAM = "program"  # run argv
    URL = "url"  # hand `url` to the desktop's opener


class Confirmation(StrEnum):
    """How the technician learns that the customer accepted."""

    DETECTED = "detected"  # the tool's files are followed; the manual button stays available
    MANUAL = "manual"  # only the technician's "Connection accepted" button


@dataclass(frozen=True, slots=True)
class LaunchPlan:
    """Everything a launch will do. `stdin` refers to the one-time password (never a copy of it):
    the launcher writes it, then a newline, to the program's standard input. No argv element ever
    holds a password."""

    tool: RemoteTool
    kind: LaunchKind
    remote_id: str
    argv: tuple[str, ...] = ()
    stdin: OneTimePassword | None = None
    url: str = ""
    cwd: str | None = None
    copy_to_clipboard: str = ""  # the GUI copies this (Iperius: the ID) and says so
    confirmation: Confirmation = Confirmation.MANUAL
    notes: tuple[str, ...] = ()

    @property
    def opener(self) -> str:
        """For a URL plan, what opens it: xdg-open, open or os.startfile."""
        if self.kind is not LaunchKind.URL:
            return ""
        return self.argv[0] if self.argv else URL_OPENERS[HostOS.WINDOWS]

    def with_notes(self, *notes: str) -> LaunchPlan:
        return replace(self, notes=self.notes + tuple(n for n in notes if n))


def url_plan(
    tool: RemoteTool,
    remote_id: str,
    url: str,
    host: Host,
    confirmation: Confirmation = Confirmation.MANUAL,
    notes: tuple[str, ...] = (),
) -> LaunchPlan:
    """Open `url` with the desktop's handler: `xdg-open URL` or `open URL` as argv, and on Windows
    no argv (the launcher calls os.startfile)."""
    opener = URL_OPENERS[host.os]
    argv = () if host.os is HostOS.WINDOWS else (opener, url)
    return LaunchPlan(
        tool, LaunchKind.URL, remote_id, argv=argv, url=url, confirmation=confirmation, notes=notes
    )


def opener_path(host: Host) -> str | None:
    """Where the URL opener is, None when this host has none (Windows always has one)."""
    if host.os is HostOS.WINDOWS:
        return URL_OPENERS[HostOS.WINDOWS]
    return host.which(URL_OPENERS[host.os])
