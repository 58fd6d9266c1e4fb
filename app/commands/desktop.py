"""`assistdesk desktop check`: whether this computer has the system libraries the window needs.

The window makes the same check each time it starts on X11 (app.desktop_libraries); this command
makes it at any time, whatever the session, and is what the Linux bundle's install.sh asks.
"""

from __future__ import annotations

import argparse
import sys

from app.commands.common import Subcommands
from app.paths import AppPaths


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    """Add this area's subcommands to the `assistdesk` parser."""
    desktop = commands.add_parser("desktop", help="what the window needs from this computer")
    actions = desktop.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser(
        "check", help="are the system libraries the window needs installed? (exit 1 if not)"
    ).set_defaults(handler=_check)


def _check(_args: argparse.Namespace, _paths: AppPaths, _url: str) -> int:
    from app import desktop_libraries

    missing = desktop_libraries.missing_libraries()
    if missing:
        release = desktop_libraries.os_release()
        sentence = desktop_libraries.install_sentence(missing, release, desktop_libraries.is_root())
        print(f"assistdesk: {sentence}", file=sys.stderr)
        return 1
    print("The window has every system library it needs.")
    return 0
