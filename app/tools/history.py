"""Reading a tool's history file as a whole: decode it (UTF-16 with or without a byte-order mark,
or UTF-8), parse it with that tool's parser, count what could not be read, and refuse a file that
is not that tool's history at all."""

from __future__ import annotations

import codecs
from datetime import tzinfo
from pathlib import Path

from app.core.errors import DomainError
from app.core.input_file import read_regular_file
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.remote_tool import RemoteTool
from app.tools.anydesk_files import connection_trace, trace_connections
from app.tools.evidence import HistoryParse, NotHistoryError
from app.tools.teamviewer_files import connections_file
from app.tools.zoho_reports import zoho_report

HISTORY_TOOLS = (RemoteTool.ANYDESK, RemoteTool.TEAMVIEWER, RemoteTool.ZOHO_ASSIST)
MAX_HISTORY_BYTES = 256 << 20  # AnyDesk's trace files run to tens of MB; 256 MB is past any
_NOT_HISTORY = {  # whole sentences, so that each translates as one
    RemoteTool.ANYDESK: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not an AnyDesk connection_trace.txt or trace file; check that you chose the "
        "right file.",
    ),
    RemoteTool.TEAMVIEWER: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not a TeamViewer Connections.txt or Connections_incoming.txt; check that you "
        "chose the right file.",
    ),
    RemoteTool.ZOHO_ASSIST: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not a Zoho Assist reports export (CSV); check that you chose the right file.",
    ),
}


def decode_history(data: bytes) -> str:
    """Text from a history file's bytes; undecodable bytes become U+FFFD, never an error."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, "replace")
    if len(data) >= 4 and data[1] == 0 and data[3] == 0 and data[0] != 0:
        return data.decode("utf-16-le", "replace")
    if len(data) >= 4 and data[0] == 0 and data[2] == 0 and data[1] != 0:
        return data.decode("utf-16-be", "replace")
    return data.decode("utf-8", "replace")


def read_history(tool: RemoteTool, path: str | Path, zone: tzinfo | None = None) -> HistoryParse:
    """Parse the history file at `path`; DomainError for a missing or unreadable file, or one
    that is no regular file or larger than MAX_HISTORY_BYTES. `zone`: where times written
    without an offset were (Zoho Assist exports; None: this computer's)."""
    _check_tool(tool)
    path = Path(path)
    data = read_regular_file(path, MAX_HISTORY_BYTES)
    return parse_history(tool, decode_history(data), str(path), zone)


def parse_history(
    tool: RemoteTool, text: str, name: str = "The file", zone: tzinfo | None = None
) -> HistoryParse:
    """Connections in `text`. Unreadable lines are counted and named (by their number in the
    file) and never stop the rest; if no line at all is readable (and there are lines), the text
    is not this tool's history: NotHistoryError."""
    lines = file_lines(text)
    if tool is RemoteTool.ANYDESK:
        candidates = [connection_trace(lines), trace_connections(lines)]
        result = min(candidates, key=lambda parse: parse.unreadable_lines)
    elif tool is RemoteTool.TEAMVIEWER:
        result = connections_file(lines)
    elif tool is RemoteTool.ZOHO_ASSIST:
        result = zoho_report(lines, zone, name)  # refuses a file without a report's header
    else:
        _check_tool(tool)
        raise AssertionError(tool)
    written = sum(1 for line in lines if line.strip())
    if written and result.unreadable_lines == written:
        raise NotHistoryError(_NOT_HISTORY[tool].format(name=name))
    return result


def file_lines(text: str) -> list[str]:
    """The file's lines as an editor numbers them: split at line feeds only (a form feed or a
    vertical tab inside a line stays there), each without its carriage return."""
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    return lines[:-1] if lines and not lines[-1] else lines


def _check_tool(tool: RemoteTool) -> None:
    if tool not in HISTORY_TOOLS:
        *others, last = (t.value for t in HISTORY_TOOLS)
        known = f"{', '.join(others)} or {last}"
        raise DomainError(
            f"AssistDesk cannot read a history file of {tool.display_name}; use {known}."
        )
