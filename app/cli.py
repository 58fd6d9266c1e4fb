"""The `assistdesk` command. Alone it opens the GUI; subcommands script the rest.

A contract other programs rely on: JSON on stdout, one sentence on stderr for any problem, exit
status 2 for bad input (nothing is written), 1 when the database cannot be reached. Heavy modules
(SQLAlchemy, Alembic, Qt) are imported only by the command that needs them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, NoReturn

from app import version
from app.core.errors import DomainError
from app.paths import AppPaths

if TYPE_CHECKING:
    from decimal import Decimal

    from app.core.appointment import AppointmentRecord
    from app.core.pricing import Quote
    from app.core.records import SessionRecord
    from app.services.appointments import AppointmentBook
    from app.services.charging import SessionCharger
    from app.services.customers import CustomerService
    from app.services.paid_services import PaidServiceBook
    from app.services.sessions import SessionService
    from app.storage.database import Database

Handler = Callable[[argparse.Namespace, AppPaths, str], int]


class UsageError(Exception):
    """The command line itself is wrong; reported as one sentence with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message[0].upper()}{message[1:]} (see `{self.prog} --help`).")


class _VersionAction(argparse.Action):
    """`--version`, looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        print(f"assistdesk {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="assistdesk", description="The technician's desk for remote support.")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (default: ASSISTDESK_DB or the SQLite file in the data directory)",
    )
    parser.add_argument(
        "--basedir", metavar="DIR", help="keep all state (database, settings, logs) under DIR"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    db = commands.add_parser("db", help="database maintenance")
    db_actions = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    db_actions.add_parser(
        "upgrade", help="bring the database to this version's schema"
    ).set_defaults(handler=_db_upgrade)

    customer = commands.add_parser("customer", help="customers")
    customer_actions = customer.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = customer_actions.add_parser("add", help="add a customer; prints it as JSON")
    add.add_argument("--name", required=True)
    add.add_argument("--email", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--address", default="")
    add.add_argument("--vat-id", default="")
    add.add_argument("--policy", default="", metavar="ID", help="default policy id")
    add.set_defaults(handler=_customer_add)

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
    sadd.set_defaults(handler=_session_add)

    slist = session_actions.add_parser("list", help="list sessions, oldest first")
    slist.add_argument("--customer", metavar="NAME")
    slist.add_argument("--from", dest="from_date", metavar="DATE", help="first day, inclusive")
    slist.add_argument("--to", dest="to_date", metavar="DATE", help="last day, inclusive")
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

    appointment = commands.add_parser("appointment", help="booked sessions")
    appointment_actions = appointment.add_subparsers(dest="action", metavar="ACTION", required=True)
    aadd = appointment_actions.add_parser("add", help="book a start time; prints it as JSON")
    aadd.add_argument("--customer", required=True, metavar="NAME")
    aadd.add_argument(
        "--at", required=True, metavar="TIME", help="ISO 8601 (customer's policy zone)"
    )
    aadd.add_argument("--minutes", type=_whole_number, metavar="N", help="expected length")
    aadd.add_argument("--tool", help="anydesk, iperius, rustdesk, teamviewer or zoho-assist")
    aadd.add_argument("--equipment", metavar="LABEL", help="one of the customer's equipment")
    aadd.add_argument("--note", default="")
    aadd.add_argument("--reason", default="", help="why a time outside opening hours is booked")
    aadd.set_defaults(handler=_appointment_add)
    alist = appointment_actions.add_parser("list", help="one day's appointments, in order")
    alist.add_argument("--date", metavar="DATE", help="default: today (this computer's zone)")
    alist.add_argument("--json", action="store_true", help="print a JSON array")
    alist.set_defaults(handler=_appointment_list)
    amove = appointment_actions.add_parser("reschedule", help="move a booking; prints the new one")
    amove.add_argument("id", type=_whole_number, metavar="ID")
    amove.add_argument("--at", required=True, metavar="TIME")
    amove.add_argument("--reason", default="", help="why a time outside opening hours is booked")
    amove.set_defaults(handler=_appointment_reschedule)
    acancel = appointment_actions.add_parser("cancel", help="cancel a booking")
    acancel.add_argument("id", type=_whole_number, metavar="ID")
    acancel.add_argument("--reason", default="")
    acancel.set_defaults(handler=_appointment_cancel)
    aexport = appointment_actions.add_parser("export", help="write an iCalendar (.ics) file")
    aexport.add_argument("--from", dest="from_date", required=True, metavar="DATE")
    aexport.add_argument("--to", dest="to_date", required=True, metavar="DATE")
    aexport.add_argument("--output", required=True, metavar="FILE.ics")
    aexport.set_defaults(handler=_appointment_export)

    quote = commands.add_parser("quote", help="price a session under a policy")
    quote.add_argument("--policy", required=True, metavar="ID|FILE")
    quote.add_argument("--duration", required=True, help="H:MM:SS, or 1h5m, 45m, 90s")
    quote.add_argument(
        "--at", metavar="TIME", help="when the connection was accepted (default now)"
    )
    quote.add_argument("--outcome", default="resolved", help="resolved, unresolved or cancelled")
    quote.add_argument("--free-minutes", type=_whole_number, default=0, metavar="N")
    quote.add_argument("--offer", metavar="AMOUNT", help="the agreed price, for offer policies")
    quote.add_argument("--json", action="store_true", help="print one JSON object")
    quote.set_defaults(handler=_quote)

    schedule = commands.add_parser("schedule", help="opening hours and late tolerance")
    schedule_actions = schedule.add_subparsers(dest="action", metavar="ACTION", required=True)
    scheck = schedule_actions.add_parser("check", help="is TIME inside a policy's opening hours?")
    scheck.add_argument("--policy", required=True, metavar="ID|FILE")
    scheck.add_argument("--at", required=True, metavar="TIME", help="ISO 8601 (policy's zone)")
    scheck.add_argument("--scheduled", metavar="TIME", help="the booked start, for lateness")
    scheck.add_argument("--json", action="store_true", help="print one JSON object")
    scheck.set_defaults(handler=_schedule_check)

    policy = commands.add_parser("policy", help="policy files")
    policy_actions = policy.add_subparsers(dest="action", metavar="ACTION", required=True)
    policy_actions.add_parser("list", help="id, name and file of every policy").set_defaults(
        handler=_policy_list
    )
    check = policy_actions.add_parser("check", help="validate a policy file")
    check.add_argument("file", metavar="FILE")
    check.set_defaults(handler=_policy_check)
    return parser


def _whole_number(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of minutes")
    return int(text)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        paths = AppPaths.resolve(args.basedir)
        url = paths.database_url(args.db)
        if args.command is None:
            from app.logfile import configure_logging
            from app.ui.launch import run_gui

            configure_logging(paths)
            status: int = run_gui(paths, url)
            return status
        handler: Handler = args.handler
        return handler(args, paths, url)
    except UsageError as error:
        return _fail(str(error), 2)
    except DomainError as error:
        from app.storage.database import DatabaseUnavailableError

        return _fail(str(error), 1 if isinstance(error, DatabaseUnavailableError) else 2)


def _fail(sentence: str, status: int) -> int:
    print(f"assistdesk: {sentence}", file=sys.stderr)
    return status


# -- commands ----------------------------------------------------------------------------------


def _db_upgrade(_args: argparse.Namespace, _paths: AppPaths, url: str) -> int:
    from app.storage.database import open_database

    db, report = open_database(url)
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


def _customer_add(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.parties import Customer

    customer = Customer(args.name, args.email, args.phone, args.address, args.vat_id, args.policy)
    with _services(url, paths) as services:
        record = services.customers.add_customer(customer)
    _print_json({"id": record.id, "name": record.name})
    return 0


def _session_add(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.money import parse_amount
    from app.core.parties import check_policy_id
    from app.core.remote_tool import RemoteTool
    from app.core.session import Outcome
    from app.core.timetext import parse_instant

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
    with _services(url, paths) as services:
        customer = services.customers.find_by_name(args.customer)
        detail = services.sessions.record_past(
            customer.id, accepted, ended, outcome, args.notes, args.equipment, tool,
            args.remote_id, policy, offer,
        )  # fmt: skip
    _print_json(session_json(detail.record))
    return 0


def _session_list(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.records import SessionFilter
    from app.core.timetext import parse_date

    first = parse_date(args.from_date) if args.from_date else None
    last = parse_date(args.to_date) if args.to_date else None
    if first and last and first > last:
        raise DomainError(f"--from {first.isoformat()} is after --to {last.isoformat()}.")
    with _services(url, paths) as services:
        customer_id = services.customers.find_by_name(args.customer).id if args.customer else None
        flt = SessionFilter(
            customer_id=customer_id,
            since=_local_midnight(first) if first else None,
            until=_local_midnight(last + timedelta(days=1)) if last else None,
        )
        records = services.sessions.list(flt)
    if args.json:
        _print_json([session_json(r) for r in records])
    else:
        _print_table(records)
    return 0


def _session_price(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.clock import SystemClock

    with _services(url, paths) as services:
        customer_id = services.customers.find_by_name(args.customer).id if args.customer else None
        run = services.charger.price_pending(services.db, SystemClock().now(), customer_id)
    _print_json({"priced": run.priced, "unpriced": run.unpriced})
    return 0


def _service_add(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.money import parse_amount
    from app.core.timetext import parse_date

    day = parse_date(args.date)
    amount = parse_amount(args.amount)
    with _services(url, paths) as services:
        customer = services.customers.find_by_name(args.customer)
        record = services.paid_services.add(
            customer.id, day, args.description, amount, args.equipment
        )
    _print_json(
        {
            "id": record.id,
            "customer": record.customer_name,
            "date": record.service_date.isoformat(),
            "description": record.description,
            "amount": str(record.amount),
            "equipment": record.equipment_label or None,
        }
    )
    return 0


def _appointment_add(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.remote_tool import RemoteTool
    from app.core.timetext import parse_instant

    tool = RemoteTool.parse(args.tool) if args.tool else None
    with _services(url, paths) as services:
        customer = services.customers.find_by_name(args.customer)
        policy = services.charger.policy(customer.customer.policy_id)
        at = parse_instant(args.at, policy.local_zone() if policy else None)
        equipment_id = None
        if args.equipment:
            equipment_id = services.customers.equipment_by_label(customer.id, args.equipment).id
        record = services.appointments.book(
            customer.id, at, args.minutes, equipment_id, tool, args.note, args.reason
        )
    _print_json(appointment_json(record))
    return 0


def _appointment_list(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.timetext import parse_date

    day = parse_date(args.date) if args.date else datetime.now().astimezone().date()
    with _services(url, paths) as services:
        records = services.appointments.between(
            _local_midnight(day), _local_midnight(day + timedelta(days=1))
        )
    if args.json:
        _print_json([appointment_json(r) for r in records])
    elif not records:
        print(f"No appointments on {day.isoformat()}.")
    for r in records if not args.json else []:
        print(
            f"{r.id:>5}  {r.scheduled_at.astimezone():%H:%M}  {r.status.value:<11}  "
            f"{r.customer_name}{'  — ' + r.note if r.note else ''}"
        )
    return 0


def _appointment_reschedule(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.timetext import parse_instant

    with _services(url, paths) as services:
        old = services.appointments.get(args.id)
        customer = services.customers.get(old.customer_id)
        policy = services.charger.policy(customer.customer.policy_id)
        at = parse_instant(args.at, policy.local_zone() if policy else None)
        record = services.appointments.reschedule(args.id, at, args.reason)
    _print_json(appointment_json(record))
    return 0


def _appointment_cancel(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    with _services(url, paths) as services:
        record = services.appointments.cancel(args.id, args.reason)
    _print_json(appointment_json(record))
    return 0


def _appointment_export(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from pathlib import Path

    from app.core.clock import SystemClock
    from app.core.timetext import parse_date
    from app.services.appointment_calendar import appointments_ics

    first, last = parse_date(args.from_date), parse_date(args.to_date)
    if first > last:
        raise DomainError(f"--from {first.isoformat()} is after --to {last.isoformat()}.")
    output = Path(args.output)
    if not output.parent.is_dir():
        raise DomainError(f"The folder {output.parent} does not exist.")
    with _services(url, paths) as services:
        records = services.appointments.between(
            _local_midnight(first), _local_midnight(last + timedelta(days=1))
        )
    data = appointments_ics(records, SystemClock().now())
    partial = output.with_name(output.name + ".partial")
    partial.write_bytes(data)
    partial.replace(output)  # never a half-written file under the real name
    exported = sum(1 for r in records if r.status.value in ("booked", "started", "missed"))
    print(f"Wrote {exported} appointment(s) to {output}.")
    return 0


def _quote(args: argparse.Namespace, paths: AppPaths, _url: str) -> int:
    from app.core.money import parse_amount
    from app.core.pricing import price_session
    from app.core.session import Outcome
    from app.core.timetext import parse_duration, parse_instant
    from app.services.policies import PolicyCatalogue

    duration = parse_duration(args.duration)
    outcome = Outcome.parse(args.outcome)
    offer = parse_amount(args.offer) if args.offer is not None else None
    at = parse_instant(args.at) if args.at else None
    policy = PolicyCatalogue(paths).resolve(args.policy)
    if at is None:
        from app.core.clock import SystemClock

        at = SystemClock().now()
    result = price_session(policy, duration, at, outcome, args.free_minutes * 60, offer)
    data = quote_json(result)
    if args.json:
        _print_json(data)
    else:
        for line in data["lines"]:
            print(
                f"{line['description']:<40} {line['quantity']:>3} × {line['unit_price']:>9}"
                f" = {line['amount']:>9}"
            )
        print(
            f"{'Total ' + data['currency']:<56} {data['total']:>9}"
            f"  (net {data['net']}, VAT {data['vat']})"
        )
        if not result.allowed:
            print("Outside opening hours: this policy refuses the session.")
    return 0


def _schedule_check(args: argparse.Namespace, paths: AppPaths, _url: str) -> int:
    from app.core.timetext import parse_instant
    from app.services.policies import PolicyCatalogue

    policy = PolicyCatalogue(paths).resolve(args.policy)
    zone = policy.local_zone()
    at = parse_instant(args.at, zone)
    status = policy.schedule_status(at)
    nxt = status.next_window_start
    data: dict[str, Any] = {
        "in_window": status.in_window,
        "holiday": status.holiday,
        "allowed": status.allowed,
        "outside_hours": status.outside_hours.value,
        "next_window_start": nxt.isoformat() if nxt else None,
    }
    if args.scheduled:
        late = policy.lateness(parse_instant(args.scheduled, zone), at)
        data |= {
            "late_seconds": late.late_seconds,
            "within_tolerance": late.within_tolerance,
            "must_reschedule": late.must_reschedule,
        }
    if args.json:
        _print_json(data)
    else:
        where = "inside opening hours" if status.in_window else "outside opening hours"
        print(
            f"{at.astimezone(zone).isoformat() if zone else at.isoformat()}: {where}"
            f"{' (holiday)' if status.holiday else ''}; the policy says {data['outside_hours']}"
            f" outside them{'; next window ' + data['next_window_start'] if nxt else ''}."
        )
        if args.scheduled:
            print(
                f"{data['late_seconds']} s late: "
                f"{'within the tolerance' if data['within_tolerance'] else 'reschedule'}."
            )
    return 0


def _policy_list(_args: argparse.Namespace, paths: AppPaths, _url: str) -> int:
    from app.services.policies import PolicyCatalogue

    for entry in PolicyCatalogue(paths).entries():
        if entry.policy is None:
            print(f"{'(broken)':<16} {entry.problem}")
        else:
            print(f"{entry.policy.id:<16} {entry.policy.name:<44} {entry.path}")
    return 0


def _policy_check(args: argparse.Namespace, _paths: AppPaths, _url: str) -> int:
    from app.core.policy_file import load_policy

    policy = load_policy(args.file)
    tariff = policy.tariff
    if tariff.first_block_price is not None:
        price = (
            f"{tariff.first_block_price} {policy.currency} for the first "
            f"{tariff.first_block_minutes} min, then {tariff.block_price} per "
            f"{tariff.block_minutes} min"
        )
    else:
        price = f"a price agreed per session in {policy.currency}"
    print(f"{args.file}: policy {policy.id} ({policy.name}) is valid: {price}.")
    return 0


# -- helpers -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Services:
    db: Database
    customers: CustomerService
    sessions: SessionService
    paid_services: PaidServiceBook
    charger: SessionCharger
    appointments: AppointmentBook


class _services:  # noqa: N801 - used as a context manager, reads as a phrase
    """Open the database (upgrading it if needed) and hand out the services for one command."""

    def __init__(self, url: str, paths: AppPaths) -> None:
        self._url = url
        self._paths = paths
        self._db: Database | None = None

    def __enter__(self) -> _Services:
        from app.core.clock import SystemClock
        from app.services.appointments import AppointmentBook
        from app.services.charging import SessionCharger
        from app.services.customers import CustomerService
        from app.services.paid_services import PaidServiceBook
        from app.services.policies import PolicyCatalogue
        from app.services.sessions import SessionService
        from app.storage.database import open_database

        self._db, _ = open_database(self._url)
        clock = SystemClock()
        policies = PolicyCatalogue(self._paths).resolve
        charger = SessionCharger(policies)
        sessions = SessionService(self._db, clock, charger=charger)
        return _Services(
            self._db,
            CustomerService(self._db, clock),
            sessions,
            PaidServiceBook(self._db, clock),
            charger,
            AppointmentBook(self._db, clock, policies, sessions.workstation),
        )

    def __exit__(self, *_exc: object) -> None:
        if self._db is not None:
            self._db.dispose()


def _local_midnight(day: date) -> datetime:
    """The start of `day` in the system's time zone (daylight saving included)."""
    return datetime.combine(day, time()).astimezone()


def _utc_text(instant: datetime | None) -> str | None:
    return instant.isoformat().replace("+00:00", "Z") if instant else None


def session_json(record: SessionRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "customer": record.customer_name,
        "customer_id": record.customer_id,
        "equipment": record.equipment_label or None,
        "tool": record.tool.value if record.tool else None,
        "remote_id": record.remote_id or None,
        "policy": record.policy_id or None,
        "state": record.state.value,
        "created_at": _utc_text(record.created_at),
        "accepted_at": _utc_text(record.accepted_at),
        "ended_at": _utc_text(record.ended_at),
        "paused_seconds": record.paused_seconds,
        "duration_seconds": record.duration_seconds,
        "outcome": record.outcome.value if record.outcome else None,
        "notes": record.notes,
        "workstation": record.workstation,
        **_charge_json(record),
    }


def _charge_json(record: SessionRecord) -> dict[str, Any]:
    """The stored price; all null for a session not priced (running, or without a policy)."""
    charge = record.charge
    if charge is None:
        return dict.fromkeys(("currency", "net", "vat", "total", "free_seconds"))
    return {
        "currency": charge.currency,
        "net": str(charge.net),
        "vat": str(charge.vat),
        "total": str(charge.total),
        "free_seconds": charge.free_seconds,
    }


def quote_json(quote: Quote) -> dict[str, Any]:
    from app.core.money import format_plain

    def money(amount: Decimal) -> str:
        return format_plain(amount, quote.currency)

    return {
        "policy": quote.policy_id,
        "currency": quote.currency,
        "duration_seconds": quote.duration_seconds,
        "free_seconds": quote.free_seconds,
        "billable_seconds": quote.billable_seconds,
        "out_of_hours": quote.out_of_hours,
        "allowed": quote.allowed,
        "over_max": quote.over_max,
        "lines": [
            {
                "description": line.description,
                "quantity": line.quantity,
                "unit_price": money(line.unit_price),
                "amount": money(line.amount),
            }
            for line in quote.lines
        ],
        "net": money(quote.net),
        "vat": money(quote.vat),
        "total": money(quote.total),
    }


def appointment_json(record: AppointmentRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "customer": record.customer_name,
        "customer_id": record.customer_id,
        "at": _utc_text(record.scheduled_at),
        "minutes": record.expected_minutes,
        "tool": record.tool.value if record.tool else None,
        "equipment": record.equipment_label or None,
        "note": record.note,
        "status": record.status.value,
        "session_id": record.session_id,
        "rescheduled_from": record.rescheduled_from_id,
        "rescheduled_to": record.rescheduled_to_id,
        "reason": record.reason,
    }


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=None)
    sys.stdout.write("\n")


def _print_table(records: Sequence[SessionRecord]) -> None:
    from app.core.timetext import format_hms

    if not records:
        print("No sessions.")
        return
    for r in records:
        start = (r.accepted_at or r.created_at).astimezone().strftime("%Y-%m-%d %H:%M")
        duration = format_hms(r.duration_seconds) if r.duration_seconds is not None else r.state
        outcome = r.outcome.value if r.outcome else ""
        print(f"{r.id:>6}  {start}  {duration:>9}  {outcome:<10}  {r.customer_name}")
