"""The `assistdesk` command. Alone it opens the GUI; subcommands script the rest.

A contract other programs rely on: JSON on stdout, one sentence on stderr for any problem, exit
status 2 for bad input (nothing is written), 1 when the environment failed (the database locked,
full, read-only or out of reach: app.storage.faults) or for a bug (its traceback goes to the log
file only), 130 for Ctrl+C. Heavy modules (SQLAlchemy, Alembic, Qt) are imported only by the
command that needs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from app import version
from app.core.errors import DomainError
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.core.clock import Clock

# A subcommand: its parsed arguments (`args.clock` is the one source of "now"), where the state
# lives, and the database URL.
Handler = Callable[[argparse.Namespace, AppPaths, str], int]


class UsageError(Exception):
    """The command line itself is wrong; reported as one sentence with exit status 2."""


# Options whose values are file names or URLs: those may hold bytes that are not text (a name
# made on another system), which Python keeps as lone surrogates; any other value is stored or
# printed as text, and is refused instead of failing there.
_NAMES_OF_FILES = frozenset({"db", "basedir", "file", "output"})


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message[0].upper()}{message[1:]} (see `{self.prog} --help`).")

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, rest = super().parse_known_args(args, namespace)
        for action in self._actions:
            value = getattr(parsed, action.dest, None)
            if isinstance(value, str) and action.dest not in _NAMES_OF_FILES and _not_text(value):
                name = action.option_strings[-1] if action.option_strings else action.metavar
                raise UsageError(
                    f"{name} holds bytes that are not text in this computer's encoding "
                    f"({sys.getfilesystemencoding()}); type it again."
                )
        return parsed, rest


class _VersionAction(argparse.Action):
    """`--version`, looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        print(f"assistdesk {version()}")
        parser.exit()


def _common_parser(**kwargs: Any) -> argparse.ArgumentParser:
    """The options every invocation takes, the GUI's too."""
    parser = _Parser(
        prog="assistdesk", description="The technician's desk for remote support.", **kwargs
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (default: ASSISTDESK_DB or the SQLite file in the data directory)",
    )
    parser.add_argument(
        "--basedir", metavar="DIR", help="keep all state (database, settings, logs) under DIR"
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    from app.commands import (
        appointments,
        desktop,
        invoices,
        mail,
        pricing,
        records,
        settings,
        tools,
    )

    parser = _common_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for area in (records, pricing, appointments, invoices, settings, tools, mail, desktop):
        area.register(commands)
    return parser


def _gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when the command line asks for the GUI alone (no command, no --help), read
    without importing the command modules: the window shows sooner. None: anything else."""
    if any(arg in ("-h", "--help") for arg in argv):
        return None
    args, rest = _common_parser(add_help=False).parse_known_args(argv)
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run one invocation. `clock` is "now" for everything it does (the system clock unless a
    test gives another). Whatever happens, it ends with an exit status and at most one sentence
    on stderr: 2 for bad input, 1 when the environment failed (or for a bug, whose traceback goes
    to the log file only), 130 when interrupted."""
    given = list(sys.argv[1:] if argv is None else argv)
    args: argparse.Namespace | None = None
    paths: AppPaths | None = None
    try:
        args = _gui_arguments(given) or build_parser().parse_args(given)
        _check_places(args.db, args.basedir)
        paths = AppPaths.resolve(args.basedir)
        url = paths.database_url(args.db)
        if clock is None:
            from app.core.clock import SystemClock

            clock = SystemClock()
        args.clock = clock
        if args.command is None:
            from app import desktop_libraries

            problem = desktop_libraries.window_problem()  # Qt would abort with its own message
            if problem is not None:
                return _fail(problem, 1)
            try:
                from app.ui.shell.launch import run_gui
            except ImportError:  # Qt's own libraries missing (a minimal system, offscreen)
                problem = desktop_libraries.qt_problem()
                if problem is None:
                    raise
                return _fail(problem, 1)
            status: int = run_gui(paths, url, clock)
            return status
        handler: Handler = args.handler
        return handler(args, paths, url)
    except UsageError as error:
        return _fail(str(error), 2)
    except BrokenPipeError:  # `assistdesk session list | head`: the reader has had enough
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except DomainError as error:
        from app.core.errors import UnavailableError

        return _fail(_one_line(str(error)), 1 if isinstance(error, UnavailableError) else 2)
    except KeyboardInterrupt:  # Ctrl+C: the user knows; transactions were rolled back
        return 130
    except Exception as error:  # a bug: one sentence here, the traceback in the log file
        return _fail(_unexpected(error, args, paths, clock), 1)


def _check_places(db: str | None, basedir: str | None) -> None:
    """An option given empty (a script's unset variable) is refused, never taken as not given:
    that would reach the user's own data. `--basedir` must be a folder, or one to create."""
    for option, value in (("--db", db), ("--basedir", basedir)):
        if value is not None and not value.strip():
            raise UsageError(
                f"{option} is empty; give it a value, or leave it out to use your usual data."
            )
    if basedir is None:
        return
    import os
    import stat
    from pathlib import Path

    given = Path(basedir).expanduser()
    for level in (given, *given.parents):  # the nearest that exists must be a folder
        try:
            kind = os.stat(level).st_mode
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError:
            return  # cannot be looked at: making the folders there will say why
        if not stat.S_ISDIR(kind):
            raise UsageError(
                f"--basedir {basedir}: {level} is a file, a pipe or a device, not a folder."
            )
        return


def _unexpected(
    error: Exception, args: argparse.Namespace | None, paths: AppPaths | None, clock: Clock | None
) -> str:
    """The last-resort sentence for `error`, once its traceback is in the log file."""
    from app.logfile import write_unexpected

    lines = str(error).strip().splitlines()  # a database error goes on with its SQL: not here
    first = _one_line(lines[0]) if lines else ""
    what = f"{type(error).__name__}: {first[:200]}{'…' if len(first) > 200 else ''}"
    what = what.removesuffix(": ")
    try:
        if paths is None:
            paths = AppPaths.resolve(None)
        if clock is None:
            from app.core.clock import SystemClock

            clock = SystemClock()
        words = (getattr(args, "command", None), getattr(args, "action", None))
        command = " ".join(["assistdesk", *(str(w) for w in words if w)])
        log_file = write_unexpected(paths, error, command, clock.now())
    except Exception:  # the net must not tear: say so without the details
        log_file = None
    if log_file is None:
        return f"AssistDesk hit an unexpected problem: {what}; the details could not be logged."
    return f"AssistDesk hit an unexpected problem: {what}; details are in {log_file}."


def _one_line(text: str) -> str:
    """`text` on one line, so that stderr holds one sentence whatever a message contained."""
    return " ".join(text.split())


def _not_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _fail(sentence: str, status: int) -> int:
    print(f"assistdesk: {sentence}", file=sys.stderr)
    return status
