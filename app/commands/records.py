"""`assistdesk db`, `customer`, `session` and `service`: the session log and what it is made of."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from app.commands.accounts import register_customer_actions
from app.commands.common import (
    Subcommands,
    local_midnight,
    open_services,
    print_json,
    print_json_array,
    utc_text,
)
from app.core.errors import DomainError
from app.core.money import plain
from app.paths import AppPaths

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app.core.records import SessionFilter, SessionRecord
    from app.services.session_documents import SessionDocument
    from app.services.session_listing import Documents
    from app.storage.session_listing import ListedSession


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    """Add this area's subcommands to the `assistdesk` parser."""
    db = commands.add_parser("db", help="database maintenance")
    db_actions = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    db_actions.add_parser(
        "upgrade", help="bring the database to this version's schema"
    ).set_defaults(handler=_db_upgrade)
    db_actions.add_parser(
        "compact", help="give the space SQLite no longer uses back to the disk (VACUUM)"
    ).set_defaults(handler=_db_compact)

    customer = commands.add_parser("customer", help="customers")
    customer_actions = customer.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = customer_actions.add_parser("add", help="add a customer; prints it as JSON")
    add.add_argument("--name", required=True)
    add.add_argument("--email", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--address", default="")
    add.add_argument("--vat-id", default="")
    add.add_argument(
        "--policy", metavar="ID", help="policy id (default: the customers.default_policy setting)"
    )
    add.set_defaults(handler=_customer_add)
    register_customer_actions(customer_actions)

    session = commands.add_parser("session", help="the session log")
    session_actions = session.add_subparsers(dest="action", metavar="ACTION", required=True)
    sadd = session_actions.add_parser(
        "add", help="enter a session that happened; prints it as JSON"
    )
    sadd.add_argument("--customer", required=True, metavar="NAME")
    sadd.add_argument("--accepted", required=True, metavar="TIME", help="ISO 8601")
    sadd.add_argument("--ended", required=True, metavar="TIME", help="ISO 8601")
    sadd.add_argument("--outcome", default="resolved", help="resolved, unresolved or cancelled")
    sadd.add_argument("--policy", metavar="ID", help="default: the customer's policy")
    sadd.add_argument("--tool", help="anydesk, iperius, rustdesk, teamviewer or zoho-assist")
    sadd.add_argument("--remote-id", default="", metavar="ID")
    sadd.add_argument("--equipment", default="", metavar="LABEL", help="added if new")
    sadd.add_argument("--notes", default="")
    sadd.add_argument("--offer", metavar="AMOUNT", help="the agreed price, for offer policies")
    sadd.add_argument(
        "--technician", metavar="NAME", help="who ran it (default: the technician.name setting)"
    )
    sadd.set_defaults(handler=_session_add)

    slist = session_actions.add_parser("list", help="list sessions, oldest first")
    slist.add_argument("--customer", metavar="NAME")
    slist.add_argument("--from", dest="from_date", metavar="DATE", help="first day, inclusive")
    slist.add_argument("--to", dest="to_date", metavar="DATE", help="last day, inclusive")
    slist.add_argument("--technician", metavar="NAME", help="only the sessions this person ran")
    slist.add_argument("--json", action="store_true", help="print a JSON array")
    slist.set_defaults(handler=_session_list)

    sprice = session_actions.add_parser(
        "price", help="price every ended session that has no price yet, in accepted order"
    )
    sprice.add_argument("--customer", metavar="NAME")
    sprice.set_defaults(handler=_session_price)

    service = commands.add_parser("service", help="paid services that are not remote sessions")
    service_actions = service.add_subparsers(dest="action", metavar="ACTION", required=True)
    svc = service_actions.add_parser("add", help="record a paid service; prints it as JSON")
    svc.add_argument("--customer", required=True, metavar="NAME")
    svc.add_argument("--date", required=True, metavar="DATE", help="YYYY-MM-DD")
    svc.add_argument("--description", required=True, metavar="TEXT")
    svc.add_argument("--amount", required=True, metavar="AMOUNT")
    svc.add_argument("--equipment", default="", metavar="LABEL", help="added if new")
    svc.set_defaults(handler=_service_add)


def _db_upgrade(args: argparse.Namespace, _paths: AppPaths, url: str) -> int:
    from app.storage.database import open_database

    db, report = open_database(url, clock=args.clock)
    where = db.describe()
    db.dispose()
    if not report.changed:
        print(f"{where} is up to date (schema {report.to_revision}).")
    else:
        old = report.from_revision or "none"
        print(f"{where} upgraded from schema {old} to {report.to_revision}.")
        if report.backup:
            print(f"A copy of the database before the upgrade is at {report.backup}.")
    return 0


def _db_compact(args: argparse.Namespace, _paths: AppPaths, url: str) -> int:
    from app.storage.database import open_database

    db, _ = open_database(url, clock=args.clock)
    try:
        sizes = db.compact()
        where = db.describe()
    finally:
        db.dispose()
    if sizes is None:
        print(f"{where} is on PostgreSQL, which reclaims space itself; nothing was done.")
    else:
        before, after = (f"{size / 1e6:,.1f} MB" for size in sizes)
        print(f"{where} compacted: {before} before, {after} now.")
    return 0


def _customer_add(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.parties import Customer

    policy = args.policy
    if policy is None:  # not given: the office's default for new customers
        from app.settings import Settings

        policy = str(Settings.load(paths.config_dir)["customers.default_policy"])
    customer = Customer(args.name, args.email, args.phone, args.address, args.vat_id, policy)
    with open_services(url, paths, args.clock) as services:
        record = services.customers.add_customer(customer)
    print_json({"id": record.id, "name": record.name})
    return 0


def _session_add(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.money import parse_amount
    from app.core.parties import check_policy_id
    from app.core.remote_tool import RemoteTool
    from app.core.session import Outcome
    from app.core.timetext import LONGEST_SESSION, format_hms, parse_instant

    accepted = parse_instant(args.accepted)
    ended = parse_instant(args.ended)
    outcome = Outcome.parse(args.outcome)
    tool = RemoteTool.parse(args.tool) if args.tool else None
    policy = check_policy_id(args.policy) if args.policy else None
    offer = parse_amount(args.offer) if args.offer is not None else None
    if ended < accepted:
        raise DomainError(
            f"The session ended ({args.ended}) before it was accepted ({args.accepted})."
        )
    if ended - accepted > LONGEST_SESSION:  # as `quote --duration`; no remote session lasts a day
        raise DomainError(
            f"The session from {args.accepted} to {args.ended} would last longer than "
            f"{format_hms(int(LONGEST_SESSION.total_seconds()))}, the longest AssistDesk accepts."
        )
    technician = args.technician if args.technician is not None else _configured(paths)
    with open_services(url, paths, args.clock) as services:
        customer = services.customers.find_by_name(args.customer)
        detail = services.sessions.record_past(
            customer.id, accepted, ended, outcome, args.notes, args.equipment, tool,
            args.remote_id, policy, offer, technician,
        )  # fmt: skip
    print_json(session_json(detail.record))
    return 0


def _configured(paths: AppPaths) -> str | None:
    """The `technician.name` setting; None when it names nobody."""
    from app.settings import Settings

    return " ".join(str(Settings.load(paths.config_dir)["technician.name"]).split()) or None


def _session_list(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.parties import Technician
    from app.core.records import SessionFilter
    from app.core.timetext import parse_date

    first = parse_date(args.from_date) if args.from_date else None
    last = parse_date(args.to_date) if args.to_date else None
    if first and last and first > last:
        raise DomainError(f"--from {first.isoformat()} is after --to {last.isoformat()}.")
    technician = Technician(args.technician).name if args.technician is not None else None
    flt = SessionFilter(
        since=local_midnight(first) if first else None,
        until=local_midnight(last + timedelta(days=1)) if last else None,
        technician=technician,
    )
    listed = _listed_directly(url, args.customer, flt, args.json)
    if listed is None:
        with open_services(url, paths, args.clock) as services:
            if args.customer:
                flt = replace(flt, customer_id=services.customers.find_by_name(args.customer).id)
            listed = services.listing.sessions(flt, with_documents=args.json)
    rows, documents = listed
    if args.json:
        print_json_array(listed_json(r, documents.get(r.id, ())) for r in rows)
    else:
        _print_table(rows)
    return 0


def _listed_directly(
    url: str, customer: str | None, flt: SessionFilter, with_documents: bool
) -> tuple[list[ListedSession], Documents] | None:
    """What `session list` prints, read without SQLAlchemy (app.storage.direct) when the database
    allows it; None when the normal path must open it, and say what is wrong if anything is."""
    from app.services.session_listing import list_sessions
    from app.storage.direct import direct_errors, direct_reading
    from app.storage.session_listing import customer_named

    try:
        with direct_reading(url) as reader:
            if reader is None:
                return None
            if customer:
                customer_id = customer_named(reader, customer)
                if customer_id is None:  # the normal path says so in its sentence
                    return None
                flt = replace(flt, customer_id=customer_id)
            return list_sessions(reader, flt, with_documents)
    except direct_errors():  # locked or changed since, a lost connection: the normal path says
        return None


def _session_price(args: argparse.Namespace, paths: AppPaths, url: str) -> int:

    with open_services(url, paths, args.clock) as services:
        customer_id = services.customers.find_by_name(args.customer).id if args.customer else None
        run = services.charger.price_pending(services.db, services.clock.now(), customer_id)
    print_json({"priced": run.priced, "unpriced": run.unpriced})
    return 0


def _service_add(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.money import parse_amount
    from app.core.timetext import parse_date

    day = parse_date(args.date)
    amount = parse_amount(args.amount)
    with open_services(url, paths, args.clock) as services:
        customer = services.customers.find_by_name(args.customer)
        record = services.paid_services.add(
            customer.id, day, args.description, amount, args.equipment
        )
    print_json(
        {
            "id": record.id,
            "customer": record.customer_name,
            "date": record.service_date.isoformat(),
            "description": record.description,
            "amount": plain(record.amount),
            "equipment": record.equipment_label or None,
        }
    )
    return 0


def session_json(
    record: SessionRecord, documents: Sequence[SessionDocument] = ()
) -> dict[str, Any]:
    """A session as `session add` and `session list --json` print it, with the invoices and
    credit notes it has been on (app.services.session_documents)."""
    return {
        "id": record.id,
        "customer": record.customer_name,
        "customer_id": record.customer_id,
        "equipment": record.equipment_label or None,
        "tool": record.tool.value if record.tool else None,
        "remote_id": record.remote_id or None,
        "policy": record.policy_id or None,
        "state": record.state.value,
        "created_at": utc_text(record.created_at),
        "accepted_at": utc_text(record.accepted_at),
        "ended_at": utc_text(record.ended_at),
        "paused_seconds": record.paused_seconds,
        "duration_seconds": record.duration_seconds,
        "outcome": record.outcome.value if record.outcome else None,
        "notes": record.notes,
        "workstation": record.workstation,
        "technician": record.technician or None,
        **_charge_json(record),
        "documents": [
            {"number": d.number, "kind": d.kind.value, "issued_at": utc_text(d.issued_at),
             "line": d.line, "credits": d.credits or None, "released": d.released}
            for d in documents
        ],
    }  # fmt: skip


def _charge_json(record: SessionRecord) -> dict[str, Any]:
    """The stored price; all null for a session not priced (running, or without a policy)."""
    charge = record.charge
    if charge is None:
        return dict.fromkeys(("currency", "net", "vat", "total", "free_seconds"))
    return {
        "currency": charge.currency,
        "net": plain(charge.net),
        "vat": plain(charge.vat),
        "total": plain(charge.total),
        "free_seconds": charge.free_seconds,
    }


def listed_json(row: ListedSession, documents: Sequence[SessionDocument] = ()) -> dict[str, Any]:
    """A listed session as `session list --json` prints it: the same as session_json."""
    return {
        "id": row.id,
        "customer": row.customer_name,
        "customer_id": row.customer_id,
        "equipment": row.equipment_label or None,
        "tool": row.tool or None,
        "remote_id": row.remote_id or None,
        "policy": row.policy_id or None,
        "state": row.state,
        "created_at": utc_text(row.created_at),
        "accepted_at": utc_text(row.accepted_at),
        "ended_at": utc_text(row.ended_at),
        "paused_seconds": row.paused_seconds,
        "duration_seconds": row.duration_seconds,
        "outcome": row.outcome or None,
        "notes": row.notes,
        "workstation": row.workstation,
        "technician": row.technician or None,
        "currency": row.currency,
        "net": plain(row.net) if row.net is not None else None,
        "vat": plain(row.vat) if row.vat is not None else None,
        "total": plain(row.total) if row.total is not None else None,
        "free_seconds": row.free_seconds,
        "documents": [
            {"number": d.number, "kind": d.kind.value, "issued_at": utc_text(d.issued_at),
             "line": d.line, "credits": d.credits or None, "released": d.released}
            for d in documents
        ],
    }  # fmt: skip


def _print_table(rows: Sequence[ListedSession]) -> None:
    from app.core.timetext import format_hms

    if not rows:
        print("No sessions.")
        return
    lines = []
    for r in rows:
        start = (r.accepted_at or r.created_at).astimezone().strftime("%Y-%m-%d %H:%M")
        duration = format_hms(r.duration_seconds) if r.duration_seconds is not None else r.state
        outcome = r.outcome or ""
        who = f"  ({r.technician})" if r.technician else ""
        lines.append(f"{r.id:>6}  {start}  {duration:>9}  {outcome:<10}  {r.customer_name}{who}\n")
    sys.stdout.writelines(lines)
