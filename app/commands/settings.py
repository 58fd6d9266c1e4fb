"""`assistdesk settings`: the declared settings, their values, and changing one."""

from __future__ import annotations

import argparse

from app.commands.common import Subcommands, print_json
from app.paths import AppPaths


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    """Add this area's subcommands to the `assistdesk` parser."""
    settings = commands.add_parser("settings", help="company details and document options")
    actions = settings.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every setting with its value")
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    listing.set_defaults(handler=_list)
    change = actions.add_parser("set", help="change one setting")
    change.add_argument("key", metavar="KEY")
    change.add_argument("value", metavar="VALUE")
    change.set_defaults(handler=_set)


def _list(args: argparse.Namespace, paths: AppPaths, _url: str) -> int:
    from app.settings import SCHEMA, Settings

    settings = Settings.load(paths.config_dir)
    if args.json:
        print_json(dict(settings))
        return 0
    for spec in SCHEMA:
        print(f"{spec.key:<28} {settings[spec.key]!s:<30} {spec.label}")
    return 0


def _set(args: argparse.Namespace, paths: AppPaths, _url: str) -> int:
    from app.settings import Settings

    settings = Settings.load(paths.config_dir, strict=False).with_value(args.key, args.value)
    settings.save(paths.config_dir)  # a disk that fails is a WriteFailedError: exit status 1
    print(f"{args.key} = {settings[args.key]}")
    return 0
