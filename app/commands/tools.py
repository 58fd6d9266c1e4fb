"""`assistdesk tools`: which remote tools this computer has, what their history files say, and how
that history compares with the session log."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

from app.commands.common import Subcommands, open_services, print_json, utc_text, whole_number
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.services.reconciliation import ReconciliationResult
    from app.tools.evidence import Connection, HistoryParse
    from app.tools.reconciliation import Match

DEFAULT_MARGIN_SECONDS = 60  # the same as app.tools.reconciliation's, without importing it here
MAX_NAMED = 10  # unreadable lines named on stderr; the JSON names up to 100


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    """Add this area's subcommands to the `assistdesk` parser."""
    tools = commands.add_parser("tools", help="the remote-support programs")
    actions = tools.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help="each tool: found, where, its version, whether AssistDesk can see sessions"
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=_list)

    parse = actions.add_parser("parse-history", help="read a tool's connection history file")
    parse.add_argument("--tool", required=True, help="anydesk, teamviewer or zoho-assist")
    parse.add_argument("file", metavar="FILE")
    parse.add_argument("--json", action="store_true", help="print a JSON array")
    parse.set_defaults(handler=_parse_history)

    check = actions.add_parser(
        "reconcile", help="compare a tool's history with the session log and keep its times"
    )
    check.add_argument("--tool", required=True, help="anydesk, teamviewer or zoho-assist")
    check.add_argument("file", metavar="FILE")
    check.add_argument(
        "--margin", type=whole_number(0, 86_400), default=DEFAULT_MARGIN_SECONDS, metavar="SECONDS",
        help=f"report lengths that differ by more than this (default {DEFAULT_MARGIN_SECONDS})",
    )  # fmt: skip
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(handler=_reconcile)


def _list(args: argparse.Namespace, paths: AppPaths, _url: str) -> int:
    from app.core.errors import DomainError
    from app.settings import Settings
    from app.tools.catalogue import adapters
    from app.tools.host import Host
    from app.tools.zoho_assist import ZohoSettings

    settings = Settings.load(paths.config_dir)
    zoho = ZohoSettings(
        settings["tools.zoho-assist.session_url"], settings["tools.zoho-assist.api_host"]
    )
    host = Host.current()
    rows = []
    for tool, adapter in adapters(zoho).items():
        configured = settings.get(f"tools.{tool.value}.path") or None
        try:
            program = adapter.find(host, configured)
        except DomainError as error:  # a configured path that is wrong: said, and listed as such
            print(f"assistdesk: {error}", file=sys.stderr)
            program = None
        rows.append(
            {
                "tool": tool.value,
                "found": program is not None,
                "path": program.path if program else None,
                "version": str(program.version) if program and program.version else None,
                "can_observe": adapter.observation(host).can_observe,
            }
        )
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        where = row["path"] or "not found"
        version = row["version"] or "-"
        seen = "detects accepted/ended" if row["can_observe"] else "manual confirmation"
        print(f"{row['tool']:<12} {version:<12} {seen:<24} {where}")
    return 0


def _read(args: argparse.Namespace) -> HistoryParse:
    from app.core.remote_tool import RemoteTool
    from app.tools.history import read_history

    history = read_history(RemoteTool.parse(args.tool), args.file)
    if history.unreadable_lines:
        print(f"assistdesk: {unreadable_sentence(history, args.file)}", file=sys.stderr)
    return history


def unreadable_sentence(history: HistoryParse, name: str) -> str:
    """E.g. "2 lines of Connections.txt could not be read and were skipped: line 14 (not a line
    of this file's kind), line 90 (a time outside the years 1970 to 2999)."."""
    count = history.unreadable_lines
    named = [f"line {p.number} ({p.problem})" for p in history.problems[:MAX_NAMED]]
    more = count - len(named)
    listed = ", ".join(named) + (f" and {more} more" if more else "")
    lines, were = ("line", "was") if count == 1 else ("lines", "were")
    return f"{count} {lines} of {name} could not be read and {were} skipped: {listed}."


def _parse_history(args: argparse.Namespace, _paths: AppPaths, _url: str) -> int:
    history = _read(args)
    if args.json:
        print_json([connection_json(c) for c in history.connections])
        return 0
    for c in history.connections:
        detail = " ".join(x for x in (c.mode, c.auth) if x)
        print(f"{c.remote_id:<12} {utc_text(c.start)} {utc_text(c.end) or '(no end)':<20} "
              f"{c.direction.value:<8} {detail}")  # fmt: skip
    return 0


def _reconcile(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.services.reconciliation import ReconciliationService

    history = _read(args)  # a bad file is refused before the database is touched
    source = os.path.abspath(args.file)  # the evidence says which file, wherever it is run from
    with open_services(url, paths, args.clock) as services:
        service = ReconciliationService(services.db, services.clock)
        result = service.reconcile(history, source, args.margin)
    data = reconciliation_json(result, history, source)
    if args.json:
        print_json(data)
        return 0
    counts = (len(data[k]) for k in ("matches", "not_in_assistdesk", "duration_mismatches"))
    print("{} matched, {} not in AssistDesk's log, {} differing by more than {} s.".format(
        *counts, args.margin))  # fmt: skip
    for c in data["not_in_assistdesk"]:
        print(f"not logged: {c['remote_id']} {c['start']} – {c['end'] or '(no end)'}")
    for m in data["duration_mismatches"]:
        print(f"session {m['session_id']}: the tool says {m['tool_seconds']} s, "
              f"the log {m['session_seconds']} s")  # fmt: skip
    return 0


def connection_json(c: Connection) -> dict[str, Any]:
    data: dict[str, Any] = {
        "remote_id": c.remote_id,
        "start": utc_text(c.start),
        "end": utc_text(c.end),
        "direction": c.direction.value,
    }
    for key, value in (("mode", c.mode), ("auth", c.auth), ("session_id", c.session_id)):
        if value:
            data[key] = value
    return data


def match_json(m: Match, exceeded: bool, evidence_added: bool) -> dict[str, Any]:
    return {
        "session_id": m.session.id,
        "remote_id": m.connection.remote_id,
        "start": utc_text(m.connection.start),
        "end": utc_text(m.connection.end),
        "session_accepted_at": utc_text(m.session.accepted_at),
        "session_ended_at": utc_text(m.session.ended_at),
        "tool_seconds": m.connection.seconds,
        "session_seconds": m.session_seconds,
        "difference_seconds": m.difference_seconds,
        "margin_exceeded": exceeded,
        "evidence_added": evidence_added,
    }


def reconciliation_json(
    result: ReconciliationResult, history: HistoryParse, source: str
) -> dict[str, Any]:
    r = result.reconciliation
    added = set(result.evidence_added)
    mismatched = {m.session.id for m in r.mismatched}
    matches = [match_json(m, m.session.id in mismatched, m.session.id in added) for m in r.matches]
    return {
        "tool": r.tool.value,
        "file": source,
        "margin_seconds": r.margin_seconds,
        "connections": len(history.connections),
        "unreadable_lines": history.unreadable_lines,
        "unreadable": [{"line": p.number, "problem": p.problem} for p in history.problems],
        "rejected": r.rejected,
        "matches": matches,
        "not_in_assistdesk": [connection_json(c) for c in r.unknown],
        "duration_mismatches": [m for m in matches if m["margin_exceeded"]],
    }
