"""`assistdesk schedule` and `appointment`: opening hours, bookings and the calendar export."""

from __future__ import annotations

import argparse
from collections.abc import Set
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from app.commands.common import (
    Subcommands,
    check_output_name,
    local_midnight,
    open_services,
    print_json,
    utc_text,
    whole_number,
    write_output,
)
from app.core.errors import DomainError
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.core.appointment import AppointmentRecord


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    """Add this area's subcommands to the `assistdesk` parser."""
    schedule = commands.add_parser("schedule", help="opening hours and late tolerance")
    schedule_actions = schedule.add_subparsers(dest="action", metavar="ACTION", required=True)
    scheck = schedule_actions.add_parser("check", help="is TIME inside a policy's opening hours?")
    scheck.add_argument("--policy", required=True, metavar="ID|FILE")
    scheck.add_argument("--at", required=True, metavar="TIME", help="ISO 8601 (policy's zone)")
    scheck.add_argument("--scheduled", metavar="TIME", help="the booked start, for lateness")
    scheck.add_argument("--json", action="store_true", help="print one JSON object")
    scheck.set_defaults(handler=_schedule_check)

    appointment = commands.add_parser("appointment", help="booked sessions")
    appointment_actions = appointment.add_subparsers(dest="action", metavar="ACTION", required=True)
    aadd = appointment_actions.add_parser("add", help="book a start time; prints it as JSON")
    aadd.add_argument("--customer", required=True, metavar="NAME")
    aadd.add_argument(
        "--at", required=True, metavar="TIME", help="ISO 8601 (customer's policy zone)"
    )
    aadd.add_argument(
        "--minutes", type=whole_number(1, 24 * 60), metavar="N", help="expected length, up to 1440"
    )
    aadd.add_argument("--tool", help="anydesk, iperius, rustdesk, teamviewer or zoho-assist")
    aadd.add_argument("--equipment", metavar="LABEL", help="one of the customer's equipment")
    aadd.add_argument("--note", default="")
    aadd.add_argument("--reason", default="", help="why a time outside opening hours is booked")
    aadd.add_argument(
        "--invite", action="store_true", help="email the customer the invitation with its .ics"
    )
    aadd.set_defaults(handler=_appointment_add)
    alist = appointment_actions.add_parser("list", help="one day's appointments, in order")
    alist.add_argument("--date", metavar="DATE", help="default: today (this computer's zone)")
    alist.add_argument("--json", action="store_true", help="print a JSON array")
    alist.set_defaults(handler=_appointment_list)
    amove = appointment_actions.add_parser("reschedule", help="move a booking; prints the new one")
    amove.add_argument("id", type=whole_number(1), metavar="ID")
    amove.add_argument("--at", required=True, metavar="TIME")
    amove.add_argument("--reason", default="", help="why a time outside opening hours is booked")
    amove.add_argument(
        "--invite", action="store_true", help="invite a customer not invited yet (an invited one "
        "always gets the updated invitation)"
    )  # fmt: skip
    amove.set_defaults(handler=_appointment_reschedule)
    acancel = appointment_actions.add_parser(
        "cancel", help="cancel a booking (an invited customer gets the cancellation)"
    )
    acancel.add_argument("id", type=whole_number(1), metavar="ID")
    acancel.add_argument("--reason", default="")
    acancel.set_defaults(handler=_appointment_cancel)
    aexport = appointment_actions.add_parser("export", help="write an iCalendar (.ics) file")
    aexport.add_argument("--from", dest="from_date", required=True, metavar="DATE")
    aexport.add_argument("--to", dest="to_date", required=True, metavar="DATE")
    aexport.add_argument(
        "--output", required=True, metavar="FILE.ics", help="- writes it to standard output"
    )
    aexport.set_defaults(handler=_appointment_export)


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
        print_json(data)
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


def _appointment_add(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.remote_tool import RemoteTool
    from app.core.timetext import parse_instant

    tool = RemoteTool.parse(args.tool) if args.tool else None
    with open_services(url, paths, args.clock) as services:
        customer = services.customers.find_by_name(args.customer)
        policy = services.charger.policy(customer.customer.policy_id)
        at = parse_instant(args.at, policy.local_zone() if policy else None)
        equipment_id = None
        if args.equipment:
            equipment_id = services.customers.equipment_by_label(customer.id, args.equipment).id
        record = services.appointments.book(
            customer.id,
            at,
            args.minutes,
            equipment_id,
            tool,
            args.note,
            args.reason,
            invite=args.invite,
        )
        invited = services.appointments.invited_among([record.id])
    print_json(appointment_json(record, invited))
    return 0


def _appointment_list(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.timetext import parse_date

    day = parse_date(args.date) if args.date else args.clock.now().astimezone().date()
    with open_services(url, paths, args.clock) as services:
        records = services.appointments.between(
            local_midnight(day), local_midnight(day + timedelta(days=1))
        )
        invited = services.appointments.invited_among(r.id for r in records)
    if args.json:
        print_json([appointment_json(r, invited) for r in records])
    elif not records:
        print(f"No appointments on {day.isoformat()}.")
    for r in records if not args.json else []:
        print(
            f"{r.id:>5}  {r.scheduled_at.astimezone():%H:%M}  {r.status.value:<11}  "
            f"{r.customer_name}{'  (invited)' if r.id in invited else ''}"
            f"{'  — ' + r.note if r.note else ''}"
        )
    return 0


def _appointment_reschedule(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.timetext import parse_instant

    with open_services(url, paths, args.clock) as services:
        old = services.appointments.get(args.id)
        customer = services.customers.get(old.customer_id)
        policy = services.charger.policy(customer.customer.policy_id)
        at = parse_instant(args.at, policy.local_zone() if policy else None)
        record = services.appointments.reschedule(args.id, at, args.reason, args.invite)
        invited = services.appointments.invited_among([record.id])
    print_json(appointment_json(record, invited))
    return 0


def _appointment_cancel(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    with open_services(url, paths, args.clock) as services:
        record = services.appointments.cancel(args.id, args.reason)
        invited = services.appointments.invited_among([record.id])
    print_json(appointment_json(record, invited))
    return 0


def _appointment_export(args: argparse.Namespace, paths: AppPaths, url: str) -> int:
    from app.core.timetext import parse_date
    from app.services.appointment_calendar import appointments_ics

    first, last = parse_date(args.from_date), parse_date(args.to_date)
    if first > last:
        raise DomainError(f"--from {first.isoformat()} is after --to {last.isoformat()}.")
    check_output_name(args.output, paths, url)  # one that cannot be written: before any work
    with open_services(url, paths, args.clock) as services:
        records = services.appointments.between(
            local_midnight(first), local_midnight(last + timedelta(days=1))
        )
    data = appointments_ics(records, args.clock.now())
    write_output(args.output, data, paths, url)
    if args.output != "-":
        exported = sum(1 for r in records if r.status.value in ("booked", "started", "missed"))
        print(f"Wrote {exported} appointment(s) to {args.output}.")
    return 0


def appointment_json(record: AppointmentRecord, invited: Set[int] = frozenset()) -> dict[str, Any]:
    """`invited`: the ids of the bookings whose customer was invited (see booking_invitations)."""
    return {
        "id": record.id,
        "customer": record.customer_name,
        "customer_id": record.customer_id,
        "at": utc_text(record.scheduled_at),
        "minutes": record.expected_minutes,
        "tool": record.tool.value if record.tool else None,
        "equipment": record.equipment_label or None,
        "note": record.note,
        "status": record.status.value,
        "session_id": record.session_id,
        "rescheduled_from": record.rescheduled_from_id,
        "rescheduled_to": record.rescheduled_to_id,
        "reason": record.reason,
        "invited": record.id in invited,
    }
