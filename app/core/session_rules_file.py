"""The `[checklist]` and `[session]` tables of a policy file: what the desk asks before connecting
and at the end.

```toml
[checklist]
items = ["terms_accepted", "backup", "confidential_closed"]
terms = "phonetex-2024"        # resources/terms/phonetex-2024.txt, or the office's terms folder

[session]
closing_note_min_chars = 20
```
"""

from __future__ import annotations

import re
from typing import Any

from app.core.checklist import Checklist, ChecklistItem, parse_item
from app.core.errors import DomainError
from app.core.policy import SessionRules
from app.core.policy_reader import _Section, _table, _text, _whole, shown

_TERMS_ID = re.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)*")
MAX_CLOSING_NOTE = 2000  # characters a closing note may be asked to have, at least


def read_session_rules(top: _Section, source: str) -> SessionRules:
    checklist_data = top.take("checklist", _table, None)
    checklist = Checklist(())
    if checklist_data is not None:
        section = _Section(checklist_data, "checklist", source)
        items = section.take("items", _items)
        terms = section.take("terms", _terms_id, "")
        section.finish()
        if ChecklistItem.TERMS_ACCEPTED in items and not terms:
            raise section.fail("terms", "is required when the checklist asks for terms_accepted")
        checklist = Checklist(items, terms)
    session_data = top.take("session", _table, None)
    minimum = 0
    if session_data is not None:
        section = _Section(session_data, "session", source)
        minimum = section.take("closing_note_min_chars", _whole(0, MAX_CLOSING_NOTE), 0)
        section.finish()
    return SessionRules(checklist, minimum)


def _items(value: Any) -> tuple[ChecklistItem, ...]:
    if not isinstance(value, list):
        raise ValueError('must be a list of items such as ["terms_accepted", "backup"]')
    items = []
    for raw in value:
        try:
            item = parse_item(_text(raw))
        except (DomainError, ValueError) as error:
            raise ValueError(str(error).rstrip(".")) from None
        if item in items:
            raise ValueError(f"{shown(raw)} is listed twice")
        items.append(item)
    return tuple(items)


def _terms_id(value: Any) -> str:
    text = _text(value, longest=64)
    if not _TERMS_ID.fullmatch(text):
        raise ValueError(f"{shown(text)} must be lower-case letters, digits, dots and dashes")
    return text
