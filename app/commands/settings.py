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
    """Every setting as the file has it; what needs attention after it (on stderr with --json,
    so that the JSON stays one object of values)."""
    import sys

    from app.settings import SCHEMA, Settings

    settings = Settings.load(paths.config_dir)
    where = f"{settings.source}: " if settings.source else ""
    attention = [settings.unreadable] if settings.unreadable else []
    attention += [f"{where}{problem}" for problem in settings.problems.values()]
    written = {spec.key: settings.written(spec.key) for spec in SCHEMA}
    if args.json:  # a value of the wrong kind that JSON has no word for (a TOML date) as text
        print_json({k: v if isinstance(v, str | int) else str(v) for k, v in written.items()})
        for line in attention:
            print(f"assistdesk: {line}", file=sys.stderr)
        return 0
    for spec in SCHEMA:
        value = str(written[spec.key])
        shown = value if value.isprintable() else repr(value)  # a newline would break the table
        print(f"{spec.key:<28} {shown:<30} {spec.label}")
    if attention:
        print("Needs attention (fix with `assistdesk settings set KEY VALUE`):")
        print("\n".join(f"  {line}" for line in attention))
    return 0


def _set(args: argparse.Namespace, paths: AppPaths, _url: str) -> int:
    """Change one value, checked; the rest of the file is kept as it is, problems and all."""
    from app.settings import Settings

    settings = Settings.load(paths.config_dir).with_value(args.key, args.value)
    settings.save(paths.config_dir)  # a disk that fails is a WriteFailedError: exit status 1
    print(f"{args.key} = {settings[args.key]}")
    return 0
