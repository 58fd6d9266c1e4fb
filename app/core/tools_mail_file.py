"""The `[tools]` and `[mail]` tables of a policy file: which remote tools the business uses (and
the oldest versions it accepts), and what its customers are told by email.

```toml
[tools]
preferred = ["zoho-assist", "teamviewer"]
minimum_versions = { teamviewer = "15.0" }

[mail]
session_summary = true
language = "pt"
terms = "By connecting, the customer accepts ..."
```
"""

from __future__ import annotations

from typing import Any

from app.core.policy import CustomerMail, ToolPreferences
from app.core.policy_reader import _flag, _Section, _table, _text, shown
from app.core.remote_tool import RemoteTool, ToolVersion

MAIL_LANGUAGES = ("en", "pt", "nl")
MAX_TERMS = 20_000  # characters of the terms text


def read_tools(top: _Section, source: str) -> ToolPreferences:
    data = top.take("tools", _table, None)
    if data is None:
        return ToolPreferences()
    section = _Section(data, "tools", source)
    preferences = ToolPreferences(
        preferred=section.take("preferred", _tool_list, ()),
        minimum_versions=section.take("minimum_versions", _versions, ()),
    )
    section.finish()
    return preferences


def _tool_list(value: Any) -> tuple[RemoteTool, ...]:
    if not isinstance(value, list) or len(value) > len(RemoteTool):
        raise ValueError('must be a list of tools such as ["zoho-assist", "teamviewer"]')
    tools = tuple(RemoteTool.parse(_text(item)) for item in value)
    repeated = [t.value for t in tools if tools.count(t) > 1]
    if repeated:
        raise ValueError(f"names {repeated[0]!r} twice")
    return tools


def _versions(value: Any) -> tuple[tuple[RemoteTool, ToolVersion], ...]:
    pairs = []
    for key, version in _table(value).items():
        if not isinstance(version, str):
            raise ValueError(f'{shown(key)}: the version must be text in quotes, such as "4.0"')
        pairs.append((RemoteTool.parse(_text(key)), ToolVersion.parse(_text(version))))
    tools = [tool for tool, _ in pairs]
    if len(set(tools)) < len(tools):
        raise ValueError("names a tool twice")
    return tuple(sorted(pairs, key=lambda pair: pair[0].value))


def read_mail(top: _Section, source: str) -> CustomerMail:
    data = top.take("mail", _table, None)
    if not data:
        return CustomerMail()
    section = _Section(data, "mail", source)
    terms = section.take("terms", lambda v: _text(v, longest=MAX_TERMS, lines=True), "")
    mail = CustomerMail(
        session_summary=section.take("session_summary", _flag, False),
        backup_advice=section.take("backup_advice", _flag, False),
        terms="\n".join(line.strip() for line in terms.splitlines()),
        language=section.take("language", _language, ""),
    )
    section.finish()
    return mail


def _language(value: Any) -> str:
    code = _text(value).lower()
    if code not in MAIL_LANGUAGES:
        raise ValueError(f"{shown(value)} is not one of {', '.join(MAIL_LANGUAGES)}")
    return code
