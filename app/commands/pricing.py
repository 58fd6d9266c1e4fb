"""`assistdesk quote` and `policy`: what a session costs, and the policy files behind it."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.commands.common import (
    Subcommands,
    print_json,
    whole_number,
)
from app.core.policy_reader import MAX_MINUTES  # free minutes: up to what an allowance holds
from app.paths import AppPaths

if TYPE_CHECKING:
    from decimal import Decimal

    from app.core.pricing import Quote


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    """Add this area's subcommands to the `assistdesk` parser."""
    quote = commands.add_parser("quote", help="price a session under a policy")
    quote.add_argument("--policy", required=True, metavar="ID|FILE")
    quote.add_argument("--duration", required=True, help="H:MM:SS, or 1h5m, 45m, 90s")
    quote.add_argument(
        "--at", metavar="TIME", help="when the connection was accepted (default now)"
    )
    quote.add_argument("--outcome", default="resolved", help="resolved, unresolved or cancelled")
    quote.add_argument("--free-minutes", type=whole_number(0, MAX_MINUTES), default=0, metavar="N")
    quote.add_argument("--offer", metavar="AMOUNT", help="the agreed price, for offer policies")
    quote.add_argument("--json", action="store_true", help="print one JSON object")
    quote.set_defaults(handler=_quote)

    policy = commands.add_parser("policy", help="policy files")
    policy_actions = policy.add_subparsers(dest="action", metavar="ACTION", required=True)
    policy_actions.add_parser("list", help="id, name and file of every policy").set_defaults(
        handler=_policy_list
    )
    check = policy_actions.add_parser("check", help="validate a policy file")
    check.add_argument("file", metavar="FILE")
    check.set_defaults(handler=_policy_check)


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
        at = args.clock.now()
    result = price_session(policy, duration, at, outcome, args.free_minutes * 60, offer)
    data = quote_json(result)
    if args.json:
        print_json(data)
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
