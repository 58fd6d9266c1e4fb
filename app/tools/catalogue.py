"""Every adapter, by tool: the one place that knows which class serves which RemoteTool."""

from __future__ import annotations

from app.core.remote_tool import RemoteTool
from app.tools.adapter import ToolAdapter
from app.tools.anydesk import AnyDeskAdapter
from app.tools.iperius import IperiusAdapter
from app.tools.rustdesk import RustDeskAdapter
from app.tools.secret_store import SecretStore
from app.tools.teamviewer import TeamViewerAdapter
from app.tools.zoho_assist import ZohoAssistAdapter, ZohoSettings
from app.tools.zoho_session_api import HttpSend, urllib_send


def adapters(
    zoho: ZohoSettings | None = None,
    secrets: SecretStore | None = None,
    send: HttpSend = urllib_send,
) -> dict[RemoteTool, ToolAdapter]:
    """One adapter per tool, in RemoteTool order. Zoho Assist's needs its settings, the secret
    store holding its API token, and what sends its API request."""
    made: dict[RemoteTool, ToolAdapter] = {
        RemoteTool.ANYDESK: AnyDeskAdapter(),
        RemoteTool.IPERIUS: IperiusAdapter(),
        RemoteTool.RUSTDESK: RustDeskAdapter(),
        RemoteTool.TEAMVIEWER: TeamViewerAdapter(),
        RemoteTool.ZOHO_ASSIST: ZohoAssistAdapter(zoho, secrets, send),
    }
    return {tool: made[tool] for tool in RemoteTool}


def adapter_for(tool: RemoteTool) -> ToolAdapter:
    return adapters()[tool]
