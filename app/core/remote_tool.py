"""The remote-support programs AssistDesk knows, by a stable id used in files and the CLI, and the
version numbers those programs report."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import total_ordering

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP

_VERSION = re.compile(r"^\d{1,6}(?:\.\d{1,6}){0,5}$")
_VERSION_IN_TEXT = re.compile(r"(?<![\d.])(\d{1,6}(?:\.\d{1,6}){1,5})(?![\d])")


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
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "Unknown remote tool {text!r}; use one of {choices}."
            ).format(text=text, choices=choices)
        )


_NAMES = {
    RemoteTool.ANYDESK: "AnyDesk",
    RemoteTool.IPERIUS: "Iperius Remote",
    RemoteTool.RUSTDESK: "RustDesk",
    RemoteTool.TEAMVIEWER: "TeamViewer",
    RemoteTool.ZOHO_ASSIST: "Zoho Assist",
}


@total_ordering
@dataclass(frozen=True, slots=True, eq=False)
class ToolVersion:
    """A dotted version number such as 15.74.5; 4.0 and 4.0.0 are the same version."""

    parts: tuple[int, ...]

    @classmethod
    def parse(cls, text: str) -> ToolVersion:
        cleaned = text.strip()
        if not _VERSION.match(cleaned):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{text!r} is not a version number such as 4.0 or 15.74.5."
                ).format(text=text)
            )
        return cls(tuple(int(part) for part in cleaned.split(".")))

    @classmethod
    def find(cls, text: str) -> ToolVersion | None:
        """The first dotted number in a program's output ("AnyDesk 8.0.8" → 8.0.8), if any."""
        match = _VERSION_IN_TEXT.search(text)
        return cls.parse(match[1]) if match else None

    def _key(self) -> tuple[int, ...]:
        parts = list(self.parts)
        while len(parts) > 1 and parts[-1] == 0:
            parts.pop()
        return tuple(parts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ToolVersion) and self._key() == other._key()

    def __lt__(self, other: ToolVersion) -> bool:
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        return ".".join(str(part) for part in self.parts)


def check_minimum_version(
    tool: RemoteTool, found: ToolVersion | None, minimum: ToolVersion | None
) -> None:
    """Refuse a program older than the oldest version allowed; an unknown version passes (the
    launch plan then asks the technician to check it)."""
    if minimum is not None and found is not None and found < minimum:
        name = tool.display_name
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} {found} is older than {minimum}, the oldest version allowed here; "
                "update {name} and try again.",
            ).format(name=name, found=found, minimum=minimum)
        )
