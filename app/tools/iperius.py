"""Iperius Remote: no documented command line [?], so AssistDesk starts the program and the GUI
copies the customer's ID to the clipboard for the technician to paste; no log format is known, so
the technician confirms the connection with the manual button."""

from __future__ import annotations

import re

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.remote_tool import RemoteTool
from app.tools.adapter import ToolAdapter
from app.tools.host import Host, HostOS
from app.tools.launch_plan import LaunchKind, LaunchPlan
from app.tools.one_time_password import OneTimePassword
from app.tools.program import Program, ProgramSpec

_NUMBER = re.compile(r"^\d{6,12}$")  # ASSUMPTION: Iperius IDs are numbers; no public spec found


class IperiusAdapter(ToolAdapter):
    tool = RemoteTool.IPERIUS
    id_hint = "give the number Iperius Remote shows on the customer's screen"
    program = ProgramSpec(
        path_names={HostOS.WINDOWS: ("IperiusRemote.exe",)},
        locations={
            HostOS.WINDOWS: (
                r"%ProgramFiles%\IperiusRemote\IperiusRemote.exe",
                r"%ProgramFiles(x86)%\IperiusRemote\IperiusRemote.exe",
                r"%ProgramFiles%\Iperius Remote\IperiusRemote.exe",
            ),
            HostOS.MACOS: ("/Applications/Iperius Remote.app/Contents/MacOS/Iperius Remote",),
        },
    )

    def valid_id(self, remote_id: str) -> bool:
        return bool(_NUMBER.match(remote_id))

    def build(
        self, remote_id: str, program: Program | None, host: Host, password: OneTimePassword | None
    ) -> LaunchPlan:
        if program is None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Iperius Remote was not found on this computer; install it or give the path to "
                    "IperiusRemote.exe in the settings.",
                ).format()
            )
        notes = (
            f"Iperius Remote has no command to connect: paste the ID {remote_id} (copied for "
            "you) into Iperius Remote and connect.",
            "Type the session password into Iperius Remote when it asks."
            if password is not None
            else "Iperius Remote will ask for the session password.",
            "AssistDesk cannot see when Iperius Remote connects: press Connection accepted "
            "when the customer accepts.",
        )
        return LaunchPlan(
            self.tool, LaunchKind.PROGRAM, remote_id, argv=(program.path,),
            copy_to_clipboard=remote_id, notes=notes,
        )  # fmt: skip
