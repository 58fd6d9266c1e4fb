"""Zoho Assist works in the browser: AssistDesk opens the technician's session URL, either the one
configured or one created through the session API with the token kept in the keyring. Nothing on
the technician's computer shows when the customer joins, so confirmation is manual."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.remote_tool import RemoteTool
from app.tools.adapter import ToolAdapter, compact
from app.tools.host import Host
from app.tools.launch_plan import LaunchPlan, opener_path, url_plan
from app.tools.one_time_password import OneTimePassword
from app.tools.program import Program, ProgramSpec
from app.tools.secret_store import ZOHO_ASSIST_TOKEN, KeyringSecretStore, SecretStore
from app.tools.zoho_session_api import (
    DEFAULT_HOST,
    HttpSend,
    check_session_url,
    session_request,
    technician_url,
    urllib_send,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COMPUTER = re.compile(r"^\d{6,20}$")


@dataclass(frozen=True, slots=True)
class ZohoSettings:
    session_url: str = ""  # the technician's own start link, if they use one
    api_host: str = DEFAULT_HOST  # the data centre: assist.zoho.com, assist.zoho.eu, …


class ZohoAssistAdapter(ToolAdapter):
    tool = RemoteTool.ZOHO_ASSIST
    id_hint = "give the customer's email address (Zoho Assist invites them) or leave it empty"
    program = ProgramSpec()

    def __init__(
        self,
        settings: ZohoSettings | None = None,
        secrets: SecretStore | None = None,
        send: HttpSend = urllib_send,
    ) -> None:
        self.settings = settings or ZohoSettings()
        self._secrets = secrets
        self._send = send

    def valid_id(self, remote_id: str) -> bool:
        return bool(_EMAIL.match(remote_id) or _COMPUTER.match(remote_id))

    def check_id(self, remote_id: str) -> str:
        return super().check_id(remote_id) if compact(remote_id) else ""

    def find(self, host: Host, configured: str | None = None) -> Program | None:
        """The browser is the program: found when the desktop can open a URL."""
        path = opener_path(host)
        return Program(path, "URL opener") if path else None

    def build(
        self, remote_id: str, program: Program | None, host: Host, password: OneTimePassword | None
    ) -> LaunchPlan:
        if self.settings.session_url:
            url = check_session_url(self.settings.session_url.strip())
        else:
            url = technician_url(self._send(session_request(self._token(), remote_id,
                                                            self.settings.api_host)))  # fmt: skip
        notes = [
            "The customer joins at join.zoho.com with the session key, or from Zoho Assist's "
            "invitation email.",
            "AssistDesk cannot see when the customer joins: press Connection accepted when "
            "they do.",
        ]
        if password is not None:
            notes.append("Zoho Assist needs no session password; AssistDesk did not use it.")
        return url_plan(self.tool, remote_id, url, host, notes=tuple(notes))

    def _token(self) -> str:
        secrets = self._secrets or KeyringSecretStore()
        token = secrets.get(ZOHO_ASSIST_TOKEN)
        if not token:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No Zoho Assist API token is stored; add one in the settings, or give your "
                    "Zoho Assist session URL instead.",
                ).format()
            )
        return token
