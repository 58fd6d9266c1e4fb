"""Zoho Assist opens the technician's session URL: the configured one, or one the session API
creates with the keyring's token. The request is data; no network here."""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

import pytest

from app.core.errors import DomainError
from app.core.remote_tool import RemoteTool
from app.tools.adapter import LaunchRequest
from app.tools.host import Host, HostOS
from app.tools.launch_plan import Confirmation, LaunchKind
from app.tools.secret_store import ZOHO_ASSIST_TOKEN, KeyringSecretStore, NoKeyringError
from app.tools.zoho_assist import ZohoAssistAdapter, ZohoSettings
from app.tools.zoho_session_api import HttpRequest, session_request
from tests.memory_keyring import MemoryKeyring

if TYPE_CHECKING:
    from keyrings.alt.file import PlaintextKeyring

TOKEN = "1000.d1c3f0a9.token"
TECHNICIAN_URL = "https://assist.zoho.eu/assist-start?key=123456789&viewer=html"
LINUX = Host(HostOS.LINUX, {"PATH": "/nowhere"})


class FakeZoho:
    """Answers the session API like Zoho does, and remembers what it was sent."""

    def __init__(self, body: object) -> None:
        self.body = body
        self.sent: list[HttpRequest] = []

    def __call__(self, request: HttpRequest) -> bytes:
        self.sent.append(request)
        return json.dumps(self.body).encode()


def test_a_configured_session_url_is_opened_without_any_request() -> None:
    zoho = FakeZoho({})
    adapter = ZohoAssistAdapter(ZohoSettings(session_url=TECHNICIAN_URL), send=zoho)
    plan = adapter.prepare(LaunchRequest(""), LINUX)
    assert (plan.kind, plan.url, plan.argv) == (LaunchKind.URL, TECHNICIAN_URL,
                                               ("xdg-open", TECHNICIAN_URL))  # fmt: skip
    assert plan.confirmation is Confirmation.MANUAL
    assert zoho.sent == []


def test_the_session_api_is_called_with_the_keyring_token(
    memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    KeyringSecretStore().set(ZOHO_ASSIST_TOKEN, TOKEN)
    zoho = FakeZoho({"representation": {"technician_url": TECHNICIAN_URL, "session_id": "1"}})
    adapter = ZohoAssistAdapter(ZohoSettings(api_host="assist.zoho.eu"), send=zoho)
    with caplog.at_level(logging.DEBUG):
        plan = adapter.prepare(LaunchRequest("ana@example.com"), LINUX)
    (request,) = zoho.sent
    assert request.method == "POST"
    assert request.url == (
        "https://assist.zoho.eu/api/v2/session?type=rs&customer_email=ana%40example.com"
    )
    assert dict(request.headers)["Authorization"] == f"Zoho-oauthtoken {TOKEN}"
    assert TOKEN not in repr(request)
    assert TOKEN not in caplog.text
    assert plan.url == TECHNICIAN_URL
    assert TOKEN not in plan.url + " ".join(plan.argv)


def test_an_unattended_computer_is_asked_for_by_its_id() -> None:
    request = session_request(TOKEN, "12345678901")
    assert request.url == "https://assist.zoho.com/api/v2/session?type=rs&computer_id=12345678901"


@pytest.mark.parametrize(
    ("settings", "body", "says"),
    [
        (ZohoSettings(), None, "No Zoho Assist API token is stored"),
        (ZohoSettings(api_host="evil.example.com"), None, "is not a Zoho Assist data centre"),
        (ZohoSettings(), {"error": "x"}, "answered without a session link"),
        (ZohoSettings(), {"representation": {"technician_url": "http://x.zoho.com/a"}},
         "is not a Zoho Assist https link"),
        (ZohoSettings(session_url="https://example.com/start"), None,
         "is not a Zoho Assist https link"),
    ],
)  # fmt: skip
def test_problems_are_one_sentence(
    memory_keyring: MemoryKeyring, settings: ZohoSettings, body: object, says: str
) -> None:
    if body is not None or settings.api_host != "assist.zoho.com":
        KeyringSecretStore().set(ZOHO_ASSIST_TOKEN, TOKEN)
    adapter = ZohoAssistAdapter(settings, send=FakeZoho(body))
    with pytest.raises(DomainError, match=says) as caught:
        adapter.prepare(LaunchRequest("ana@example.com"), LINUX)
    assert TOKEN not in str(caught.value)


def test_the_browser_is_the_program(tmp_path: object) -> None:
    adapter = ZohoAssistAdapter()
    assert adapter.tool is RemoteTool.ZOHO_ASSIST
    windows = adapter.find(Host(HostOS.WINDOWS, {}))
    assert windows is not None
    assert windows.path == "os.startfile"
    assert adapter.find(LINUX) is None  # no xdg-open on that PATH
    assert not adapter.observation(LINUX).can_observe


def test_a_token_in_a_plain_file_keyring_is_not_used(plaintext_keyring: PlaintextKeyring) -> None:
    plaintext_keyring.set_password("AssistDesk", ZOHO_ASSIST_TOKEN, TOKEN)
    zoho = FakeZoho({"representation": {"technician_url": TECHNICIAN_URL, "session_id": "1"}})
    adapter = ZohoAssistAdapter(ZohoSettings(api_host="assist.zoho.eu"), send=zoho)
    with pytest.raises(NoKeyringError, match=r"keyrings\.alt\.file\.PlaintextKeyring") as caught:
        adapter.prepare(LaunchRequest("ana@example.com"), LINUX)
    assert zoho.sent == []  # the token never left the file
    assert TOKEN not in str(caught.value)
