"""AnyDesk: `AnyDesk <ID> --with-password` with the password on standard input [H] (Windows and
Linux); the `anydesk:<ID>` URL where the program is not found, and always on macOS, whose AnyDesk
has no connect command [H]. The trace file shows connecting, accepted and closed [L/M]."""

from __future__ import annotations

import ntpath
import re

from app.core.remote_tool import RemoteTool
from app.tools.adapter import ToolAdapter
from app.tools.anydesk_files import read_connection_entry, read_trace_line
from app.tools.evidence import Observation, Signal, WatchedFile
from app.tools.host import Host, HostOS
from app.tools.launch_plan import LaunchKind, LaunchPlan, url_plan
from app.tools.one_time_password import OneTimePassword
from app.tools.program import Program, ProgramSpec

_NUMBER = re.compile(r"^\d{9,10}$")
_ALIAS = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}@[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_TRACE = {HostOS.WINDOWS: r"%APPDATA%\AnyDesk\ad.trace"}
_CONNECTIONS = {HostOS.WINDOWS: r"%APPDATA%\AnyDesk\connection_trace.txt"}


class AnyDeskAdapter(ToolAdapter):
    tool = RemoteTool.ANYDESK
    id_hint = "give the 9- or 10-digit number (spaces are fine) or an alias such as office@ad"
    program = ProgramSpec(
        path_names={HostOS.LINUX: ("anydesk",), HostOS.WINDOWS: ("AnyDesk.exe",)},
        locations={
            HostOS.WINDOWS: (
                r"%ProgramFiles(x86)%\AnyDesk\AnyDesk.exe",
                r"%ProgramFiles%\AnyDesk\AnyDesk.exe",
            ),
            HostOS.MACOS: ("/Applications/AnyDesk.app/Contents/MacOS/AnyDesk",),
            HostOS.LINUX: ("/usr/bin/anydesk",),
        },
        version_args=("--version",),
    )

    def valid_id(self, remote_id: str) -> bool:
        return bool(_NUMBER.match(remote_id) or _ALIAS.match(remote_id))

    def build(
        self, remote_id: str, program: Program | None, host: Host, password: OneTimePassword | None
    ) -> LaunchPlan:
        if program is None or host.os is HostOS.MACOS:
            why = (
                "AnyDesk for macOS has no connect command, so its anydesk: link is opened."
                if host.os is HostOS.MACOS
                else "AnyDesk was not found, so its anydesk: link is opened (AnyDesk must be "
                "installed for the link to work)."
            )
            notes = (why, self.password_note(password))
            return url_plan(self.tool, remote_id, f"anydesk:{remote_id}", host, notes=notes)
        argv = (program.path, remote_id) + (("--with-password",) if password else ())
        note = (
            "AnyDesk receives the session password on its standard input, never on its "
            "command line."
            if password
            else self.password_note(None)
        )
        return LaunchPlan(
            self.tool, LaunchKind.PROGRAM, remote_id, argv=argv, stdin=password,
            cwd=ntpath.dirname(program.path) if host.is_windows else None, notes=(note,),
        )  # fmt: skip

    def observation(self, host: Host, remote_id: str = "") -> Observation:
        trace = host.expand(_TRACE.get(host.os, "~/.anydesk/anydesk.trace"))
        connections = host.expand(_CONNECTIONS.get(host.os, "~/.anydesk/connection_trace.txt"))
        files = []
        if trace:
            files.append(
                WatchedFile(trace, read_trace_line, frozenset({Signal.ACCEPTED, Signal.ENDED}),
                            needs_connecting=True)
            )  # fmt: skip
        if connections:
            files.append(WatchedFile(connections, read_connection_entry,
                                     frozenset({Signal.ACCEPTED})))  # fmt: skip
        return Observation(tuple(files))
