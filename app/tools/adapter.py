"""The one interface every remote tool's adapter implements, and the launch steps they share:
check the ID, find the program and its version, refuse one too old, then build the plan."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, replace
from typing import ClassVar

from app.core.errors import DomainError
from app.core.remote_tool import RemoteTool, ToolVersion, check_minimum_version
from app.tools.evidence import Observation
from app.tools.host import Host
from app.tools.launch_plan import Confirmation, LaunchPlan
from app.tools.one_time_password import OneTimePassword
from app.tools.program import Program, ProgramSpec, find_program, read_version

_SEPARATORS = re.compile(r"[\s]+")


@dataclass(frozen=True, slots=True)
class LaunchRequest:
    """What the technician asks for: connect to this ID, with this one-time password, using the
    configured program (if any), refusing versions older than `minimum_version`."""

    remote_id: str
    password: OneTimePassword | None = None
    program_path: str | None = None
    minimum_version: ToolVersion | None = None


def compact(remote_id: str) -> str:
    """The ID without the spaces people type between digit groups ("123 456 789")."""
    return _SEPARATORS.sub("", remote_id)


class ToolAdapter(ABC):
    tool: ClassVar[RemoteTool]
    program: ClassVar[ProgramSpec]
    id_hint: ClassVar[str]  # what a good ID looks like, for the error sentence

    @abstractmethod
    def valid_id(self, remote_id: str) -> bool:
        """Whether an ID (already compacted) is in this tool's format."""

    @abstractmethod
    def build(
        self, remote_id: str, program: Program | None, host: Host, password: OneTimePassword | None
    ) -> LaunchPlan:
        """The launch for a checked ID; `program` is None when it is not installed."""

    def observation(self, host: Host, remote_id: str = "") -> Observation:
        """The files this tool writes that show a session's acceptance or end (none by default);
        with `remote_id`, also those kept per remote ID (RustDesk's peer file)."""
        return Observation()

    def check_id(self, remote_id: str) -> str:
        """The ID in the form the tool takes, or a DomainError naming the problem."""
        cleaned = compact(remote_id)
        if not cleaned and not remote_id.strip():
            raise DomainError(f"Give the customer's {self.tool.display_name} ID; {self.id_hint}.")
        if cleaned.startswith("-") or not self.valid_id(cleaned):
            raise DomainError(
                f"{remote_id.strip()!r} is not a valid {self.tool.display_name} ID; {self.id_hint}."
            )
        return cleaned

    def find(self, host: Host, configured: str | None = None) -> Program | None:
        program = find_program(self.tool, self.program, host, configured)
        return read_version(program, self.program, host) if program is not None else None

    def prepare(self, request: LaunchRequest, host: Host) -> LaunchPlan:
        """Check, find and plan; nothing runs. The ID is checked before anything else."""
        remote_id = self.check_id(request.remote_id)
        program = self.find(host, request.program_path)
        notes: list[str] = []
        if program is not None:
            check_minimum_version(self.tool, program.version, request.minimum_version)
            if request.minimum_version is not None and program.version is None:
                notes.append(
                    f"AssistDesk cannot tell which version of {self.tool.display_name} this is; "
                    f"make sure it is {request.minimum_version} or newer."
                )
        plan = self.build(remote_id, program, host, request.password)
        if self.observation(host, remote_id).can_observe:
            plan = replace(plan, confirmation=Confirmation.DETECTED)
        return plan.with_notes(*notes)

    def password_note(self, password: OneTimePassword | None) -> str:
        """For tools that cannot take the password safely: the technician types it in the tool."""
        name = self.tool.display_name
        return (
            f"Type the session password into {name} when it asks: on a command line or in a "
            "URL it would be visible to other programs on this computer."
            if password is not None
            else f"{name} will ask for the session password, or for the customer to accept."
        )
