"""Zoho Assist's session API [H]: `POST https://<host>/api/v2/session?customer_email=…&type=rs` with
`Authorization: Zoho-oauthtoken <token>` answers with the technician's URL. The request is built as
data (tests assert on it; no network there); `urllib_send` is the one place that sends it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP

DEFAULT_HOST = "assist.zoho.com"
_HOST = re.compile(r"^assist\.zoho\.[a-z]{2,3}(?:\.[a-z]{2})?$")  # one host per data centre
_ZOHO = re.compile(r"(?:^|\.)zoho\.[a-z]{2,3}(?:\.[a-z]{2})?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TIMEOUT_SECONDS = 15.0


@dataclass(frozen=True, slots=True)
class HttpRequest:
    method: str
    url: str
    headers: tuple[tuple[str, str], ...]

    def __repr__(self) -> str:  # the token never reaches a log or a traceback
        names = ", ".join(name for name, _ in self.headers)
        return f"HttpRequest({self.method} {self.url}; headers: {names})"


HttpSend = Callable[[HttpRequest], bytes]


def check_host(host: str) -> str:
    host = host.strip().lower()
    if not _HOST.match(host):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{host!r} is not a Zoho Assist data centre such as assist.zoho.com or "
                "assist.zoho.eu; correct it in the settings.",
            ).format(host=host)
        )
    return host


def session_request(token: str, remote_id: str, host: str = DEFAULT_HOST) -> HttpRequest:
    """A remote-support session for the customer with this email (Zoho sends the invitation), or
    for the unattended computer with this ID."""
    params = {"type": "rs"}
    if _EMAIL.match(remote_id):
        params["customer_email"] = remote_id
    elif remote_id:
        params["computer_id"] = remote_id
    url = f"https://{check_host(host)}/api/v2/session?{urlencode(params)}"
    headers = (("Authorization", f"Zoho-oauthtoken {token}"), ("Accept", "application/json"))
    return HttpRequest("POST", url, headers)


def technician_url(body: bytes) -> str:
    """The URL that starts the technician's side, from the API's answer."""
    try:
        data = json.loads(body.decode("utf-8"))
        url = data["representation"]["technician_url"]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Zoho Assist answered without a session link; try again, or start the session "
                "at assist.zoho.com.",
            ).format()
        ) from None
    return check_session_url(url)


def check_session_url(url: object) -> str:
    """A Zoho Assist link: https, on a zoho.* host (the token-free start link of a session)."""
    host = urlsplit(url).hostname if isinstance(url, str) else None
    if not isinstance(url, str) or not url.startswith("https://") or not _ZOHO.search(host or ""):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{url!r} is not a Zoho Assist https link; check the session URL."
            ).format(url=url)
        )
    return url


def urllib_send(request: HttpRequest) -> bytes:
    """Send `request`; failures become one sentence that never contains the token."""
    from urllib.error import HTTPError, URLError
    from urllib.request import Request, urlopen

    prepared = Request(request.url, method=request.method, headers=dict(request.headers))
    try:
        with urlopen(prepared, timeout=TIMEOUT_SECONDS) as response:  # https only: check_host
            body: bytes = response.read()
            return body
    except HTTPError as error:
        if error.code in (401, 403):
            refused = QT_TRANSLATE_NOOP(
                "Messages",
                "Zoho Assist refused to create a session (HTTP {code}); check the API token in "
                "the settings.",
            )
        else:
            refused = QT_TRANSLATE_NOOP(
                "Messages", "Zoho Assist refused to create a session (HTTP {code}); try again."
            )
        raise DomainError(refused.format(code=error.code)) from None
    except (URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        message = QT_TRANSLATE_NOOP(
            "Messages", "Zoho Assist cannot be reached ({reason}); check the connection."
        ).format(reason=reason)
        raise DomainError(message) from None
