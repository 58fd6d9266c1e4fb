"""`assistdesk tools`: list, parse-history and reconcile keep their contract: JSON on stdout, one
sentence on stderr, exit 2 for bad input with nothing written."""

from __future__ import annotations

import codecs
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.storage.database import open_database
from app.storage.models import ToolEvidenceRow
from tests.cli.runner import main, run

TV_LINES = [
    "565955529\t20-11-2026 09:00:20\t20-11-2026 09:20:20\ttech\tRemoteControl\t"
    "{6460e19e-cffe-46d9-9fa6-1803f93f15f4}",
    "565955529\t20-11-2026 10:01:00\t20-11-2026 10:15:00\ttech\tRemoteControl\t"
    "{b35110b2-7dc5-4bb9-8d54-ca80953f65f8}",
    "777888999\t20-11-2026 11:00:00\t20-11-2026 11:05:00\ttech\tFileTransfer\t"
    "{00000000-0000-0000-0000-000000000001}",
]


def write_connections(tmp_path: Path, *extra: str) -> Path:
    path = tmp_path / "Connections.txt"
    path.write_text("\n".join([*TV_LINES, *extra]) + "\n", encoding="utf-8")
    return path


def test_tools_list_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "bin").mkdir()
    anydesk = tmp_path / "bin" / "anydesk"
    anydesk.write_text(f"#!{sys.executable}\nprint('AnyDesk 8.0.8')\n", encoding="utf-8")
    anydesk.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setenv("HOME", str(tmp_path))
    status, out, err = run(capsys, "--basedir", str(tmp_path), "tools", "list", "--json")
    assert (status, err) == (0, "")
    rows: list[dict[str, Any]] = json.loads(out)
    assert [r["tool"] for r in rows] == ["anydesk", "iperius", "rustdesk", "teamviewer",
                                         "zoho-assist"]  # fmt: skip
    assert rows[0] == {"tool": "anydesk", "found": True, "path": str(anydesk),
                       "version": "8.0.8", "can_observe": True}  # fmt: skip
    assert rows[1] == {"tool": "iperius", "found": False, "path": None, "version": None,
                       "can_observe": False}  # fmt: skip
    assert [r["can_observe"] for r in rows] == [True, False, True, True, False]


def test_a_wrong_configured_path_is_said_and_listed_as_not_found(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base = ["--basedir", str(tmp_path)]
    missing = str(tmp_path / "nowhere" / "rustdesk")
    assert main([*base, "settings", "set", "tools.rustdesk.path", missing]) == 0
    status, out, err = run(capsys, *base, "tools", "list", "--json")
    assert status == 0
    assert err == (f"assistdesk: The configured RustDesk program {missing!r} does not exist or "
                   "cannot be run; correct the path in the settings.\n")  # fmt: skip
    rustdesk = next(r for r in json.loads(out) if r["tool"] == "rustdesk")
    assert (rustdesk["found"], rustdesk["path"]) == (False, None)


def test_parse_history_teamviewer_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write_connections(tmp_path, "a line TeamViewer did not write")
    status, out, err = run(capsys, "tools", "parse-history", "--tool", "teamviewer", str(path),
                           "--json")  # fmt: skip
    assert status == 0
    assert err == (f"assistdesk: 1 line of {path} could not be read and was skipped: line 4 (not "
                   "a line of this file's kind).\n")  # fmt: skip
    connections = json.loads(out)
    assert connections[0] == {
        "remote_id": "565955529", "start": "2026-11-20T09:00:20Z", "end": "2026-11-20T09:20:20Z",
        "direction": "outgoing", "mode": "RemoteControl",
        "session_id": "6460e19e-cffe-46d9-9fa6-1803f93f15f4",
    }  # fmt: skip
    assert len(connections) == 3


def test_parse_history_anydesk_utf16_has_no_end(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "connection_trace.txt"
    text = "Incoming    2024-05-16, 09:41    User      1108841617    1108841617\r\n"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    status, out, err = run(capsys, "tools", "parse-history", "--tool", "anydesk", str(path),
                           "--json")  # fmt: skip
    assert (status, err) == (0, "")
    assert json.loads(out) == [{"remote_id": "1108841617", "start": "2024-05-16T09:41:00Z",
                                "end": None, "direction": "incoming", "auth": "User"}]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--tool", "anydesk", "{connections}"], "is not an AnyDesk connection_trace.txt"),
        (["--tool", "teamviewer", "{missing}"], "there is no such file"),
        (["--tool", "teamviewer", "{folder}"], "is a folder"),
        (["--tool", "putty", "{connections}"], "Unknown remote tool 'putty'"),
        (["--tool", "rustdesk", "{connections}"], "cannot read a history file of RustDesk"),
        (["{connections}"], "The following arguments are required: --tool"),
    ],
)
def test_parse_history_bad_input_is_one_sentence_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], says: str
) -> None:
    names = {"connections": str(write_connections(tmp_path)), "missing": str(tmp_path / "no"),
             "folder": str(tmp_path)}  # fmt: skip
    status, out, err = run(capsys, "tools", "parse-history",
                           *[a.format(**names) for a in args], "--json")  # fmt: skip
    assert (status, out) == (2, "")
    assert says in err
    assert err.startswith("assistdesk: ")
    assert err.count("\n") == 1


def test_reconcile_reports_and_keeps_evidence_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_url: str
) -> None:
    db = ["--db", db_url]
    assert main([*db, "customer", "add", "--name", "Ana Silva"]) == 0
    for accepted, ended in (("09:00:00", "09:20:00"), ("10:01:00", "10:11:00")):
        assert main([*db, "session", "add", "--customer", "Ana Silva", "--tool", "teamviewer",
                     "--remote-id", "565 955 529", "--accepted", f"2026-11-20T{accepted}Z",
                     "--ended", f"2026-11-20T{ended}Z"]) == 0  # fmt: skip
    path = write_connections(tmp_path)
    status, out, err = run(capsys, *db, "tools", "reconcile", "--tool", "teamviewer", str(path),
                           "--margin", "60", "--json")  # fmt: skip
    assert (status, err) == (0, "")
    report = json.loads(out)
    assert (report["tool"], report["file"], report["margin_seconds"]) == ("teamviewer", str(path),
                                                                          60)  # fmt: skip
    assert (report["connections"], report["unreadable_lines"], report["rejected"]) == (3, 0, 0)
    first, second = report["matches"]
    assert first == {
        "session_id": first["session_id"], "remote_id": "565955529",
        "start": "2026-11-20T09:00:20Z", "end": "2026-11-20T09:20:20Z",
        "session_accepted_at": "2026-11-20T09:00:00Z", "session_ended_at": "2026-11-20T09:20:00Z",
        "tool_seconds": 1200, "session_seconds": 1200, "difference_seconds": 0,
        "margin_exceeded": False, "evidence_added": True,
    }  # fmt: skip
    assert (second["difference_seconds"], second["margin_exceeded"]) == (240, True)
    assert report["duration_mismatches"] == [second]
    assert [c["remote_id"] for c in report["not_in_assistdesk"]] == ["777888999"]

    status, out, _ = run(capsys, *db, "tools", "reconcile", "--tool", "teamviewer", str(path),
                         "--json")  # fmt: skip
    assert status == 0
    assert [m["evidence_added"] for m in json.loads(out)["matches"]] == [False, False]


def evidence_count(db_url: str) -> int:
    database, _ = open_database(db_url)
    try:
        with database.reading() as orm:
            return int(orm.scalar(select(func.count()).select_from(ToolEvidenceRow)) or 0)
    finally:
        database.dispose()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--tool", "anydesk", "{connections}"], "is not an AnyDesk"),
        (["--tool", "teamviewer", "{connections}", "--margin", "-5"], "'-5' is not a whole number"),
        (["--tool", "teamviewer", "{connections}", "--margin", "soon"], "'soon' is not a whole"),
        (["--tool", "zoho-assist", "{connections}"], "is not a Zoho Assist reports export"),
    ],
)
def test_reconcile_bad_input_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_url: str, args: list[str], says: str
) -> None:
    path = write_connections(tmp_path)
    before = evidence_count(db_url)
    status, out, err = run(capsys, "--db", db_url, "tools", "reconcile",
                           *[a.format(connections=path) for a in args], "--json")  # fmt: skip
    assert (status, out) == (2, "")
    assert says in err
    assert err.count("\n") == 1
    assert evidence_count(db_url) == before
