"""The remote-support programs AssistDesk knows, by a stable id used in files and the CLI."""

from __future__ import annotations

from enum import StrEnum

from app.core.errors import DomainError


class RemoteTool(StrEnum):
    ANYDESK = "anydesk"
    IPERIUS = "iperius"
    RUSTDESK = "rustdesk"
    TEAMVIEWER = "teamviewer"
    ZOHO_ASSIST = "zoho-assist"

    @property
    def display_name(self) -> str:
        return _NAMES[self]

    @classmethod
    def parse(cls, text: str) -> RemoteTool:
        key = text.strip().lower().replace(" ", "-").replace("_", "-")
        for tool in cls:
            if key in (tool.value, tool.display_name.lower().replace(" ", "-")):
                return tool
        choices = ", ".join(t.value for t in cls)
        raise DomainError(f"Unknown remote tool {text!r}; use one of {choices}.")


_NAMES = {
    RemoteTool.ANYDESK: "AnyDesk",
    RemoteTool.IPERIUS: "Iperius Remote",
    RemoteTool.RUSTDESK: "RustDesk",
    RemoteTool.TEAMVIEWER: "TeamViewer",
    RemoteTool.ZOHO_ASSIST: "Zoho Assist",
}
