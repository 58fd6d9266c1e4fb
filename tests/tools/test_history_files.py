"""Whole history files: UTF-16 or UTF-8, unreadable lines counted, another file refused."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import DomainError
from app.core.remote_tool import RemoteTool
from app.tools.evidence import NotHistoryError
from app.tools.history import decode_history, parse_history, read_history
from tests.tools.test_parsers import AD_CONNECTION, AD_PASSWD, TV_INCOMING, TV_OUTGOING


def test_anydesk_connection_trace_in_utf16_with_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "connection_trace.txt"
    text = f"{AD_CONNECTION}\r\n{AD_PASSWD}\r\nnot a line\r\n\r\n"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    parsed = read_history(RemoteTool.ANYDESK, path)
    assert [c.remote_id for c in parsed.connections] == ["1108841617", "547911884"]
    assert parsed.unreadable_lines == 1


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-8-sig", "utf-8"])
def test_encodings_are_recognised(codec: str) -> None:
    assert decode_history(f"{AD_CONNECTION}\n".encode(codec)) == f"{AD_CONNECTION}\n"


def test_teamviewer_history(tmp_path: Path) -> None:
    path = tmp_path / "Connections.txt"
    path.write_text(f"{TV_OUTGOING}\n{TV_INCOMING}\n", encoding="utf-8")
    parsed = read_history(RemoteTool.TEAMVIEWER, path)
    assert len(parsed.connections) == 2
    assert parsed.unreadable_lines == 0


@pytest.mark.parametrize(
    ("tool", "text", "says"),
    [
        (RemoteTool.TEAMVIEWER, f"{AD_CONNECTION}\n", "is not a TeamViewer Connections.txt"),
        (RemoteTool.ANYDESK, f"{TV_OUTGOING}\n", "is not an AnyDesk connection_trace.txt"),
        (RemoteTool.ANYDESK, "\x89PNG\r\n\x1a\n\x00\x00", "is not an AnyDesk"),
    ],
)
def test_another_file_is_not_history(tool: RemoteTool, text: str, says: str) -> None:
    with pytest.raises(NotHistoryError, match=f"^history.txt {says}"):
        parse_history(tool, text, "history.txt")


def test_an_empty_file_is_an_empty_history() -> None:
    assert parse_history(RemoteTool.TEAMVIEWER, "\n\n").connections == ()


@pytest.mark.parametrize(
    ("tool", "make", "says"),
    [
        (RemoteTool.ANYDESK, lambda p: p, "there is no such file"),
        (RemoteTool.ANYDESK, lambda p: p.mkdir() or p, "is a folder"),
        (RemoteTool.RUSTDESK, lambda p: p, "cannot read a history file of RustDesk"),
    ],
)
def test_files_that_cannot_be_read(tmp_path: Path, tool: RemoteTool, make, says: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError, match=says):
        read_history(tool, make(tmp_path / "history"))


@given(st.binary(max_size=400))
def test_any_bytes_parse_or_are_refused_never_crash(data: bytes) -> None:
    for tool in (RemoteTool.ANYDESK, RemoteTool.TEAMVIEWER):
        try:
            parsed = parse_history(tool, decode_history(data))
        except NotHistoryError:
            continue
        assert parsed.unreadable_lines >= 0
