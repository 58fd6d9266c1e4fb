"""How this workstation runs the remote tools, as the settings say: each tool's adapter (Zoho
Assist's data centre), the programs' paths where the settings name them, and whether a detected
acceptance starts the timer unasked. Read when the desk opens and again when the settings are
saved, so a change takes effect at the next launch without a restart."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.remote_tool import RemoteTool

if TYPE_CHECKING:
    from app.settings import Settings
    from app.tools.adapter import ToolAdapter
    from app.tools.host import Host


@dataclass(frozen=True)
class ToolSetup:
    adapters: Mapping[RemoteTool, ToolAdapter]
    program_paths: Mapping[RemoteTool, str]  # only the tools whose path the settings give
    auto_start: bool  # detection.auto_start: start the timer unasked on a detected acceptance


def tool_setup(settings: Settings) -> ToolSetup:
    """The set-up the settings give, read leniently: a value that breaks a rule counts as its
    default (the desk names it in the status bar)."""
    from app.tools.catalogue import adapters
    from app.tools.zoho_assist import ZohoSettings

    zoho = ZohoSettings(
        settings.preference("tools.zoho-assist.session_url"),
        settings.preference("tools.zoho-assist.api_host"),
    )
    keys = {tool: f"tools.{tool.value}.path" for tool in RemoteTool}
    paths = {tool: settings.preference(key) for tool, key in keys.items() if key in settings}
    return ToolSetup(
        adapters=adapters(zoho),
        program_paths={tool: path for tool, path in paths.items() if path},
        auto_start=bool(settings.preference("detection.auto_start")),
    )


def programs_found(
    settings: Settings, host: Host | None = None
) -> list[tuple[RemoteTool, str | None, str]]:
    """Each remote tool that runs as a program (not Zoho Assist, in the browser): where it was
    found on `host` (this computer), None when nowhere AssistDesk knows, and the problem with a
    configured path that is not a program."""
    from app.core.errors import DomainError
    from app.tools.host import Host

    setup, where = tool_setup(settings), host if host is not None else Host.current()
    found: list[tuple[RemoteTool, str | None, str]] = []
    for tool, adapter in setup.adapters.items():
        if f"tools.{tool.value}.path" not in settings:
            continue
        try:
            program = adapter.find(where, setup.program_paths.get(tool))
        except DomainError as error:
            found.append((tool, None, str(error)))
            continue
        found.append((tool, program.path if program else None, ""))
    return found
