"""Starting the GUI: show the window at once, open the database on a worker thread, then fill it.

Importing SQLAlchemy and the services costs more than showing a window, so this module imports
only the window's layout; the window appears greyed out, saying "Opening database…", and then
app.ui.shell.opening.open_desk runs through the background helper. A database that cannot be opened
(say, one written by a newer AssistDesk) gets the error dialog and exit status 2; one out of
reach (locked, read-only, a server that does not answer) the dialog and exit status 1. The
language (app.ui.i18n) is installed before the window is built, so every label is in it from the
start.

Startup probe, for benchmarks/startup.py: when the environment variable ASSISTDESK_STARTUP_PROBE
is set, the app prints `shown <time.perf_counter()>` once the window is shown and its first
events processed, `log-filled <time.perf_counter()>` once the session log's first page is in
the table, and `ready <time.perf_counter()>` once the database is open and the desk works. If the
variable's value is `quit`, the app quits with status 0 once the log is filled; if it is `ready`,
once the desk is ready.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from typing import TYPE_CHECKING, Any, TextIO

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME
from app.core.clock import Clock, SystemClock
from app.paths import AppPaths
from app.ui.i18n import installed_language
from app.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from app.core.records import SessionRecord
    from app.services.life_signs import LifeSigns
    from app.ui.session.connect_controller import PanelTools
    from app.ui.shell.desk import Desk
    from app.ui.shell.opening import OpenedDesk

PROBE_ENV = "ASSISTDESK_STARTUP_PROBE"
EXIT_BAD_DATABASE = 2
EXIT_UNAVAILABLE = 1  # the database is out of reach, or a bug


class LaunchController(QObject):
    """Shows the window, opens the database in the background, then hands over to a Desk."""

    exit_requested = Signal(int)
    log_filled = Signal()  # the log shows its first page (perhaps before the database is open)
    ready = Signal()  # the database is open and the desk works

    def __init__(
        self,
        paths: AppPaths,
        db_url: str,
        clock: Clock | None = None,
        probe: str | None = None,
        out: TextIO | None = None,
        locale: str | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths  # policies, settings and logs live here
        # How money and dates read; None: the installed language's (app.ui.i18n), else the
        # system's. Worked out once the window is shown, as Babel takes a moment to load.
        self._locale = locale
        self._db_url = db_url
        self._clock = clock or SystemClock()
        self._probe = probe
        self._out = out or sys.stdout
        self.window = MainWindow()
        self.window.set_opening(True)
        self.desk: Desk | None = None
        self._open: OpenedDesk | None = None  # the database and services, once open
        self._log_filled = False
        self._page_on_a_worker = False  # the early first page is read on a worker (PostgreSQL)
        self._closed = False  # set by shutdown(): a late result from the worker is dropped
        self._signs: LifeSigns | None = None  # once the desk runs (app.services.life_signs)

    def start(self) -> None:
        """Show the window now; open the database in the background."""
        self.window.show()
        QApplication.processEvents()  # reach the screen before the heavy imports begin
        self._report("shown")
        language = installed_language()
        if self._locale is None and language is not None:
            self._locale = language.locale
        from app.ui.background import run_in_background
        from app.ui.shell.opening import open_desk

        self._show_first_page_early()
        url, clock, paths = self._db_url, self._clock, self.paths
        run_in_background(lambda: open_desk(url, clock, paths), self._opened, self._failed)
        if not self._page_on_a_worker:  # else once the early page is shown, not to hold it up
            import app.ui.shell.desk  # noqa: F401 -- load the rest of the GUI while the database opens

    def _show_first_page_early(self) -> None:
        """Put the log's first page on screen before SQLAlchemy is imported, read by the
        database's own driver (see log_snapshot); the Desk takes over once the database is open.
        A SQLite file is read here; a PostgreSQL server on a worker thread, so a server slow to
        answer never holds up the window."""
        from app.storage.log_snapshot import postgres_conninfo, read_first_page
        from app.ui.shell.opening import PAGE_SIZE

        url = self._db_url
        self._page_on_a_worker = postgres_conninfo(url) is not None
        if self._page_on_a_worker:
            from app.ui.background import run_in_background

            run_in_background(lambda: read_first_page(url, PAGE_SIZE), self._early_page,
                              lambda _error: self._early_page(None))  # fmt: skip
            return
        self._early_page(read_first_page(url, PAGE_SIZE))

    def _early_page(self, first_page: list[SessionRecord] | None) -> None:
        from app.ui.shell.opening import PAGE_SIZE

        if first_page is not None and self.desk is None and not self._closed:
            from app.ui.history.session_log_model import SessionLogModel, fit_columns

            early = SessionLogModel(
                lambda _offset, _limit: [], PAGE_SIZE, parent=self.window, locale=self._locale
            )
            early.refresh(first_page)
            self.window.log.setModel(early)
            fit_columns(self.window.log)
            self._report_log_filled()
        if self._page_on_a_worker:
            import app.ui.shell.desk  # noqa: F401 -- the rest of the GUI, while the database opens

    def shutdown(self) -> None:
        """Release the database once the event loop has ended."""
        from app.ui.background import wait_for_background_work

        self._closed = True
        if self.desk is not None and self.desk.log_watch is not None:
            self.desk.log_watch.stop()  # no look at a database about to be closed
        if self._signs is not None:
            self._signs.closed()  # a normal close: nothing for the next start to recover
        if self._open is not None:
            self._open.db.stop_checking()  # the integrity check waited on in the background
        wait_for_background_work()
        if self._open is not None:
            office = self._open.office
            if office is not None and office.mail_worker is not None:
                office.mail_worker.stop()  # after the message being sent, if any
            self._open.db.dispose()
            self._open = None

    def _opened(self, opened: OpenedDesk) -> None:
        from app.ui.shell.desk import Desk

        if self._closed:  # the app quit (e.g. the probe) while the database was opening
            opened.db.dispose()
            return
        self._open = opened
        where, note = opened.where()
        from app.services.life_signs import LifeSigns

        self._signs = LifeSigns(self.paths.data_dir, self._clock)  # reads the last run's first
        self.desk = Desk(
            opened.customers,
            opened.sessions,
            self._clock,
            where=where,
            where_note=note,
            window=self.window,
            first_page=opened.first_page,
            catalogue=opened.catalogue,
            locale=self._locale,
            appointments=opened.appointments,
            today=opened.today,
            office=opened.office,
            tools=self._panel_tools(opened),
            signs=self._signs,
        )
        if opened.office is not None and opened.office.mail_worker is not None:
            opened.office.mail_worker.start()  # sends the outbox on its own thread
        if self._probe is None:
            self.desk.watch_log()  # sessions changed by another workstation appear
        from app.ui.background import run_in_background

        # SQLite's quick_check of a large file ends after the desk is ready; writes wait for it
        # and a damaged file is said as at start (the error dialog, exit status 1)
        run_in_background(opened.db.integrity_checked, lambda _none: None, self._failed)
        self.ready.emit()
        if self._report_log_filled():
            return
        self._report("ready")
        if self._probe == "ready":
            QTimer.singleShot(0, lambda: self.exit_requested.emit(0))
            return
        self.desk.offer_recovery(opened.open_sessions)
        from app.ui.office.setup_wizard import is_first_run

        if (
            opened.office is not None
            and self._probe is None
            and is_first_run(self.paths.config_dir)
        ):
            self.desk.menus.open_setup(first_run=True)  # skippable; not offered again

    def _panel_tools(self, opened: OpenedDesk) -> PanelTools:
        """Terms texts, tool adapters and program paths as this desk's settings say."""
        from app.services.session_journal import TermsLibrary
        from app.services.tool_setup import tool_setup
        from app.tools.host import Host
        from app.ui.session.connect_controller import PanelTools

        settings = opened.office.settings if opened.office is not None else None
        if settings is None:
            return PanelTools(terms_text=TermsLibrary(self.paths).text)
        setup = tool_setup(settings)
        return PanelTools(
            terms_text=TermsLibrary(self.paths).text,
            adapters=setup.adapters,
            host=Host.current(),
            program_paths=setup.program_paths,
            auto_start=setup.auto_start,
        )

    def _report_log_filled(self) -> bool:
        """Tell the probe (once) that the log shows its first page; True when quitting for it."""
        if not self._log_filled:
            self._log_filled = True
            self._report("log-filled")
            self.log_filled.emit()
        if self._probe == "quit":  # once the event loop runs, so the exit is not lost
            QTimer.singleShot(0, lambda: self.exit_requested.emit(0))
            return True
        return False

    def _failed(self, error: Exception) -> None:
        from app.core.errors import DomainError, UnavailableError
        from app.ui.error_dialog import show_error

        if self._closed:
            return
        bad_input = isinstance(error, DomainError) and not isinstance(error, UnavailableError)
        if not isinstance(error, DomainError):  # a bug, not a bad database: keep the traceback
            traceback.print_exception(error, file=sys.stderr)
        show_error(self.window, error)
        self.exit_requested.emit(EXIT_BAD_DATABASE if bad_input else EXIT_UNAVAILABLE)

    def _report(self, event: str) -> None:
        if self._probe is not None:
            print(f"{event} {time.perf_counter()}", file=self._out, flush=True)


def run_gui(paths: AppPaths, db_url: str, clock: Clock | None = None) -> int:
    """Create the QApplication (or reuse one), put the chosen language on it, show the main
    window, run the event loop, and return the exit code: 0 normally, 2 when the database
    cannot be used as it is, 1 when it cannot be reached."""
    from app.logfile import LOG_FILENAME
    from app.ui.error_dialog import install_excepthook
    from app.ui.i18n import install_language, setting_language

    app: Any = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    language = install_language(setting_language(paths.config_dir))
    previous_hook = sys.excepthook
    install_excepthook(paths.log_dir / LOG_FILENAME)
    launch = LaunchController(paths, db_url, clock, probe=os.environ.get(PROBE_ENV))
    launch.exit_requested.connect(app.exit)
    try:
        launch.start()
        # The log file after the window shows (its rotating handler takes a while to import);
        # until then a warning goes to stderr, and the error hook's dialog names the file.
        from app.logfile import configure_logging

        configure_logging(paths)
        code = int(app.exec())
    finally:
        launch.exit_requested.disconnect(app.exit)
        launch.shutdown()
        launch.window.close_guard = None  # the event loop is over: nothing left to ask
        launch.window.close()
        sys.excepthook = previous_hook
        language.remove()
    return code
