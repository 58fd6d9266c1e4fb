"""RustDesk: `rustdesk --connect <ID>` [H]; never `--password`, which would sit on the command line:
the technician types it into RustDesk. `rustdesk://connection/new/<ID>` where the program is not
found. The launched process may hand the request to a running RustDesk and exit at once [H], so
only its log tells when the session was accepted and ended [M], and the peer file `peers/<ID>.toml`,
saved again when the peer's information arrives, when it was accepted [H] (see rustdesk_peer)."""

from __future__ import annotations

import re

from app.core.remote_tool import RemoteTool
from app.tools.adapter import ToolAdapter
from app.tools.evidence import Observation, Signal, WatchedFile
from app.tools.host import Host, HostOS
from app.tools.launch_plan import LaunchKind, LaunchPlan, url_plan
from app.tools.one_time_password import OneTimePassword
from app.tools.program import Program, ProgramSpec
from app.tools.rustdesk_log import read_rustdesk_line
from app.tools.rustdesk_peer import read_peer_stamp

_NUMBER = re.compile(r"^\d{6,12}$")
_CUSTOM = re.compile(r"^[A-Za-z][\w-]{5,15}$")  # RustDesk's own rule for custom IDs [H]
# flexi_logger's current file, named after the program, in RustDesk's log folder [M].
_LOG = {
    HostOS.WINDOWS: r"%APPDATA%\RustDesk\log\rustdesk_rCURRENT.log",
    HostOS.LINUX: "~/.local/share/logs/RustDesk/rustdesk_rCURRENT.log",
    HostOS.MACOS: "~/Library/Logs/RustDesk/rustdesk_rCURRENT.log",
}
_PEERS = {  # the config folder's peers/ [H]
    HostOS.WINDOWS: r"%APPDATA%\RustDesk\config\peers\{id}.toml",
    HostOS.LINUX: "~/.config/rustdesk/peers/{id}.toml",
    HostOS.MACOS: "~/Library/Preferences/com.carriez.RustDesk/peers/{id}.toml",
}


class RustDeskAdapter(ToolAdapter):
    tool = RemoteTool.RUSTDESK
    id_hint = "give the number it shows (spaces are fine) or a custom ID such as office_pc1"
    program = ProgramSpec(
        path_names={HostOS.LINUX: ("rustdesk",), HostOS.WINDOWS: ("rustdesk.exe",)},
        locations={
            HostOS.WINDOWS: (r"%ProgramFiles%\RustDesk\rustdesk.exe",),
            HostOS.MACOS: ("/Applications/RustDesk.app/Contents/MacOS/RustDesk",),
            HostOS.LINUX: ("/usr/bin/rustdesk",),
        },
        version_args=("--version",),
    )

    def valid_id(self, remote_id: str) -> bool:
        return bool(_NUMBER.match(remote_id) or _CUSTOM.match(remote_id))

    def build(
        self, remote_id: str, program: Program | None, host: Host, password: OneTimePassword | None
    ) -> LaunchPlan:
        notes = (self.password_note(password),)
        if program is None:
            url = f"rustdesk://connection/new/{remote_id}"
            why = "RustDesk was not found, so its rustdesk: link is opened."
            return url_plan(self.tool, remote_id, url, host, notes=(why, *notes))
        argv = (program.path, "--connect", remote_id)
        return LaunchPlan(self.tool, LaunchKind.PROGRAM, remote_id, argv=argv, notes=notes)

    def observation(self, host: Host, remote_id: str = "") -> Observation:
        files: list[WatchedFile] = []
        path = host.expand(_LOG[host.os])
        if path:
            signals = frozenset({Signal.ACCEPTED, Signal.ENDED})
            files.append(WatchedFile(path, read_rustdesk_line, signals))
        peer = host.expand(_PEERS[host.os].format(id=remote_id)) if remote_id else None
        if peer:
            accepted = frozenset({Signal.ACCEPTED})
            files.append(WatchedFile(peer, read_peer_stamp, accepted, saved=True))
        return Observation(tuple(files))
