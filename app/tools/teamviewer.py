"""TeamViewer: `TeamViewer -i <ID>` [M]; never `--Password`, which other local programs could read
from the command line: the technician types the password into TeamViewer. The
`teamviewer10://control?device=<ID>` URL where the program is not found, and on macOS (no confirmed
connect command there). Connections.txt gains a line when a session ends [M]; the log shows the
partner joining and leaving [L]."""

from __future__ import annotations

import re
from urllib.parse import quote

from app.core.remote_tool import RemoteTool
from app.tools.adapter import ToolAdapter
from app.tools.evidence import Observation, Signal, WatchedFile
from app.tools.host import Host, HostOS
from app.tools.launch_plan import LaunchKind, LaunchPlan, url_plan
from app.tools.one_time_password import OneTimePassword
from app.tools.program import Program, ProgramSpec
from app.tools.teamviewer_files import read_history_entries, teamviewer_log_reader

_NUMBER = re.compile(r"^\d{8,12}$")
_HISTORY = {HostOS.WINDOWS: (r"%APPDATA%\TeamViewer\Connections.txt",)}
_LOGS = {
    HostOS.WINDOWS: (
        r"%ProgramFiles%\TeamViewer\TeamViewer15_Logfile.log",
        r"%ProgramFiles(x86)%\TeamViewer\TeamViewer15_Logfile.log",
        r"%APPDATA%\TeamViewer\TeamViewer15_Logfile.log",
    ),
    HostOS.LINUX: ("~/.local/share/teamviewer15/logfiles/TeamViewer15_Logfile.log",),
    HostOS.MACOS: ("~/Library/Logs/TeamViewer/TeamViewer15_Logfile.log",),
}


class TeamViewerAdapter(ToolAdapter):
    tool = RemoteTool.TEAMVIEWER
    id_hint = "give the 8- to 12-digit number (spaces are fine)"
    program = ProgramSpec(
        path_names={HostOS.LINUX: ("teamviewer",), HostOS.WINDOWS: ("TeamViewer.exe",)},
        locations={
            HostOS.WINDOWS: (
                r"%ProgramFiles%\TeamViewer\TeamViewer.exe",
                r"%ProgramFiles(x86)%\TeamViewer\TeamViewer.exe",
            ),
            HostOS.MACOS: ("/Applications/TeamViewer.app/Contents/MacOS/TeamViewer",),
            HostOS.LINUX: ("/opt/teamviewer/tv_bin/script/teamviewer", "/usr/bin/teamviewer"),
        },
        version_args=("info",),
    )

    def valid_id(self, remote_id: str) -> bool:
        return bool(_NUMBER.match(remote_id))

    def build(
        self, remote_id: str, program: Program | None, host: Host, password: OneTimePassword | None
    ) -> LaunchPlan:
        notes = [self.password_note(password)]
        if program is None or host.os is HostOS.MACOS:
            notes.insert(
                0,
                "TeamViewer for macOS has no confirmed connect command, so its link is opened."
                if host.os is HostOS.MACOS
                else "TeamViewer was not found, so its teamviewer10: link is opened.",
            )
            url = f"teamviewer10://control?device={quote(remote_id, safe='')}"
            return url_plan(self.tool, remote_id, url, host, notes=tuple(notes))
        argv = (program.path, "-i", remote_id)
        return LaunchPlan(self.tool, LaunchKind.PROGRAM, remote_id, argv=argv, notes=tuple(notes))

    def observation(self, host: Host, remote_id: str = "") -> Observation:
        files: list[WatchedFile] = []
        both = frozenset({Signal.ACCEPTED, Signal.ENDED})
        for template in _HISTORY.get(host.os, ()):
            path = host.expand(template)
            if path:
                files.append(WatchedFile(path, read_history_entries, both))
        reader = teamviewer_log_reader()
        for template in _LOGS.get(host.os, ()):
            path = host.expand(template)
            if path:
                files.append(WatchedFile(path, reader, both))
        return Observation(tuple(files))
