"""The desk controller: wires the main window to the services once the database is open.

The customer picker tells the session panel who the next session is for; the panel locks the
picker while a session runs and refreshes the log when one ends; crash recovery hands resumed
sessions to the panel; the Office menu opens the policy page when the Desk has a policy
catalogue; with an appointment book, the Today tab lists the day's appointments, starts their
sessions on the panel, and reminds through the tray where there is one. Outside the window, the
compact timer and the tray icon show the running session and offer its quick actions, each as
the `display.*` settings say, applied again whenever the settings dialog saves, as is the
automatic start of the timer (`detection.auto_start`). Tests build a
Desk straight from services and a clock, and pin the money locale and the time zone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMenu

from app.core.clock import Clock
from app.core.records import CustomerRecord, SessionDetail, SessionRecord
from app.core.remote_tool import RemoteTool
from app.core.session import SessionState
from app.services.life_signs import INTERVAL_MS as ALIVE_INTERVAL_MS
from app.services.life_signs import LifeSigns
from app.settings import Settings
from app.ui.customers.customer_picker import CustomerPicker
from app.ui.display import system_locale
from app.ui.error_dialog import reporting_errors
from app.ui.history.log_watch import POLL_MS, LogWatch
from app.ui.history.session_log_model import SessionLogModel, fit_columns
from app.ui.session.connect_controller import PanelTools
from app.ui.session.session_panel import SessionPanel
from app.ui.shell.desk_menus import DeskMenus
from app.ui.shell.main_window import MainWindow
from app.ui.shell.opening import LOG_FILTER, PAGE_SIZE
from app.ui.shell.recovery import CrashRecovery
from app.ui.timer.compact_timer import CompactTimer
from app.ui.timer.live_session import LiveSession
from app.ui.timer.tray import TrayIcon, TrayStatus
from app.ui.today.today import TodayBoard
from app.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from app.core.appointment import AppointmentRecord
    from app.services.appointments import AppointmentBook
    from app.services.customers import CustomerService
    from app.services.policies import PolicyCatalogue
    from app.services.sessions import SessionService
    from app.ui.customers.customers_window import CustomersWindow
    from app.ui.office.office_services import OfficeServices
    from app.ui.office.policy_page import PolicyPage
    from app.ui.today.reminders import Reminder


class Desk(QObject):
    """Owns the controllers of one main window; lives as long as the window (its Qt parent)."""

    def __init__(
        self,
        customers: CustomerService,
        sessions: SessionService,
        clock: Clock,
        *,
        where: str = "",
        where_note: str = "",
        window: MainWindow | None = None,
        first_page: Sequence[SessionRecord] | None = None,
        catalogue: PolicyCatalogue | None = None,
        locale: str | None = None,
        appointments: AppointmentBook | None = None,
        today: Sequence[AppointmentRecord] | None = None,
        zone: tzinfo | None = None,
        office: OfficeServices | None = None,
        tools: PanelTools | None = None,
        signs: LifeSigns | None = None,
    ) -> None:
        """`catalogue`: the policy files the Policies page shows (without it the page is off);
        `locale`: how money reads (default: the system's, see display.system_locale);
        `appointments`: the book behind the Today tab (without it the tab is off), `today` its
        appointments when already read; `zone`: the desk's time zone (default: the system's);
        `office`: invoices, outbox and settings behind the Office menu (without them it is off);
        `tools`: terms texts, tool adapters and host the session panel connects with;
        `signs`: where the desk says it is alive every half minute, and what the last run left
        there (crash recovery offers it as the end of a session left open)."""
        self.window = window if window is not None else MainWindow()
        super().__init__(self.window)
        self._customers = customers
        self._sessions = sessions
        self._clock = clock
        self._catalogue = catalogue
        self._zone = zone
        self.locale = locale or system_locale()
        self.policy_page: PolicyPage | None = None  # while the Policies dialog is open
        self.picker = CustomerPicker(
            self.window.picker, customers, self, _policy_choices(catalogue)
        )
        self.picker.first_tool = lambda customer: _first_tool(sessions, customer)
        self.panel = SessionPanel(
            self.window.panel, sessions, clock, self, locale=self.locale, tools=tools, zone=zone
        )
        self.log = SessionLogModel(
            lambda offset, limit: sessions.list(LOG_FILTER, offset, limit),
            PAGE_SIZE,
            parent=self,
            locale=self.locale,
        )
        self.recovery = CrashRecovery(
            self.panel, sessions, clock, self.window, self, signs=signs, locale=self.locale
        )
        self._beats: QTimer | None = None
        if signs is not None:
            signs.beat()
            self._beats = QTimer(self)
            self._beats.setInterval(ALIVE_INTERVAL_MS)
            self._beats.timeout.connect(signs.beat)
            self._beats.start()
        self.today: TodayBoard | None = None
        self.live = LiveSession(self.panel, self.window, self)
        self.compact = CompactTimer(self.live, self.window.compact_timer_action, self)
        self.tray_status: TrayStatus | None = None  # while the tray setting is on
        self.tray: TrayIcon | None = None  # and the desktop has a tray
        if appointments is not None:
            self._install_today(appointments, today, zone)

        self.picker.selection_changed.connect(self.panel.set_target)
        self.panel.session_changed.connect(self._on_session_changed)
        self.panel.session_ended.connect(self.refresh_log)
        self.recovery.session_ended.connect(self.refresh_log)
        self.window.policies_action.setEnabled(catalogue is not None)
        self.window.policies_action.triggered.connect(self.open_policies)
        self.customers_window: CustomersWindow | None = None  # while open
        self.log_watch: LogWatch | None = None  # once watch_log() is called (the launcher)
        self.log_stale = False  # changed elsewhere while scrolled away from the newest
        self.window.customers_action.setEnabled(True)
        self.window.customers_action.triggered.connect(self.open_customers)
        self.menus = DeskMenus(
            self.window, customers, sessions, clock, self.locale, office, self, zone=zone
        )
        self.menus.policies = self.picker.policy_choices
        if catalogue is not None:
            self.menus.describe_policy = lambda policy_id: _described(catalogue, policy_id)
        self.window.compact_timer_action.toggled.connect(self.compact.set_wanted)
        self.menus.settings_saved.connect(self.apply_display)
        self.menus.settings_saved.connect(self.apply_detection)
        self.menus.settings_saved.connect(self.apply_customer_defaults)
        self.apply_display(office.settings if office is not None else None)
        self.apply_customer_defaults(office.settings if office is not None else Settings())
        self.window.close_guard = self.may_close
        from app.ui.shell.desk_keys import DeskKeys

        actions = [a for m in self.window.menuBar().findChildren(QMenu) for a in m.actions()]
        self.keys = DeskKeys(actions, self)  # Ctrl+E from the note field too
        self.keys.watch_fields_of(self.window)

        self.log.refresh(first_page)
        self.window.log.setModel(self.log)
        fit_columns(self.window.log)
        self.window.show_where(where, where_note)
        self.window.set_opening(False)
        self.panel.set_target(self.picker.selected_customer(), self.picker.selected_equipment())
        if self.today is not None:
            self.today.set_target(self.picker.selected_customer(), self.picker.selected_equipment())

    def _install_today(
        self,
        book: AppointmentBook,
        first: Sequence[AppointmentRecord] | None,
        zone: tzinfo | None,
    ) -> None:
        view = TodayView()
        self.window.install_today(view)
        today = TodayBoard(
            view,
            book,
            self._customers,
            self._sessions,
            self._clock,
            zone=zone,
            first=first,
            parent=self,
        )
        self.today = today
        self.picker.selection_changed.connect(today.set_target)
        today.actions.session_started.connect(self.panel.take)
        today.title_changed.connect(self.window.set_today_title)
        self.window.set_today_title(today.title)
        today.reminder.connect(self._remind)

    def apply_display(self, settings: Settings | None) -> None:
        """Show or hide the compact timer and the tray as `settings` say (None: the defaults)."""
        settings = settings if settings is not None else Settings()
        self.window.compact_timer_action.setChecked(settings.preference("display.compact_timer"))
        self._set_tray(settings.preference("display.tray"))

    def apply_customer_defaults(self, settings: Settings) -> None:
        """The policy the new-customer dialog begins with, as the saved settings say."""
        self.picker.default_policy = str(settings.preference("customers.default_policy"))

    def may_close(self) -> bool:
        """Whether the window may close: yes with no session running; else the technician
        chooses to end it (the End session dialog opens, the window stays), keep it running
        with the window hidden (where a tray icon can bring it back), or cancel."""
        current = self.panel.current()
        if current is None or current.record.state is SessionState.ENDED:
            return True
        from app.ui.shell.quit_prompt import QuitChoice, ask_before_quitting

        can_hide = self.tray is not None
        choice = ask_before_quitting(self.window, current.record.customer_name, can_hide)
        if choice is QuitChoice.END:
            self.panel.open_end_dialog()
        elif choice is QuitChoice.KEEP_RUNNING:
            self.window.hide()
        return False

    def apply_detection(self, settings: Settings) -> None:
        """From the next launch on, the saved tools' program paths and adapters (Zoho Assist's
        data centre); from the next detected acceptance on, start the timer unasked (with an
        undo) or ask first, as `detection.auto_start` says. When the desk opens, the panel's
        tools already carry the settings (see launch)."""
        from app.services.tool_setup import tool_setup

        self.panel.connector.follow(tool_setup(settings))

    def _set_tray(self, on: bool) -> None:
        if on and self.tray_status is None:
            self.tray_status = TrayStatus(self.live, self.window, self)
            if TrayIcon.available():
                self.tray = TrayIcon(self.tray_status, self)
        elif not on and self.tray_status is not None:
            if self.tray is not None:
                self.tray.close()
                self.tray = None
            self.tray_status.close()
            self.tray_status = None

    def _remind(self, reminder: Reminder) -> None:
        if self.tray is not None:
            self.tray.show(reminder)

    def offer_recovery(self, open_sessions: list[SessionDetail] | None = None) -> None:
        """Offer each session this workstation left open (read now unless given)."""
        details = open_sessions if open_sessions is not None else self._sessions.open_sessions()
        self.recovery.offer(details)

    def open_customers(self) -> None:
        """Office → Customers…: the customers window (non-modal), or raise it."""
        if self.customers_window is None:
            from app.ui.customers.customers_window import CustomersWindow

            picker = self.picker
            opened = CustomersWindow(
                self._customers, self.locale, self.window,
                policies=picker.policy_choices, default_policy=lambda: picker.default_policy,
                first_tool=picker.first_tool, zone=self._zone,
            )  # fmt: skip
            opened.changed.connect(picker.refresh_customer)
            opened.view.destroyed.connect(lambda: setattr(self, "customers_window", None))
            self.customers_window = opened
        view = self.customers_window.view
        view.show()
        view.raise_()
        view.activateWindow()

    def open_policies(self) -> None:
        """Show the policy page (non-modal, so the session stays in reach), or raise it."""
        if self._catalogue is None:
            return
        if self.policy_page is None:
            from app.ui.office.policy_page import PolicyPage

            page = PolicyPage(self._catalogue, self.locale, self.window)
            page.view.finished.connect(lambda _result: self._policies_closed(page))
            self.policy_page = page
        self.policy_page.view.show()
        self.policy_page.view.raise_()
        self.policy_page.view.activateWindow()

    def _policies_closed(self, page: PolicyPage) -> None:
        if self.policy_page is page:
            self.policy_page = None
        page.view.deleteLater()

    def refresh_log(self) -> None:
        self.log.refresh()
        self.window.log.scrollToTop()
        self.log_stale = False

    def watch_log(self, interval_ms: int = POLL_MS) -> LogWatch:
        """Read the log again when sessions change elsewhere (another workstation, the command
        line): at once when its newest rows are in sight, else once scrolled back to them."""
        self.log_watch = LogWatch(self._sessions.last_change, self, interval_ms)
        self.log_watch.changed.connect(self._log_changed)
        bar = self.window.log.verticalScrollBar()
        bar.valueChanged.connect(self._log_scrolled)
        return self.log_watch

    def _log_changed(self) -> None:
        if self.window.log.verticalScrollBar().value() == 0:
            with reporting_errors(self.window):  # the server lost since the look: said once
                self.refresh_log()
        else:  # the user reads further down: not pulled back to the top
            self.log_stale = True

    def _log_scrolled(self, value: int) -> None:
        if value == 0 and self.log_stale:
            with reporting_errors(self.window):
                self.refresh_log()

    def _on_session_changed(self, detail: SessionDetail | None) -> None:
        """Lock the picker on the session's customer while it runs (a resumed one may differ)."""
        if detail is not None:
            chosen = self.picker.selected_customer()
            if chosen is None or chosen.id != detail.record.customer_id:
                with reporting_errors(self.window):
                    self.picker.select_customer(self._customers.get(detail.record.customer_id))
        self.picker.set_locked(detail is not None)
        if self.today is not None:  # a booking's session started or ended: its status changed
            self.today.set_busy(detail is not None)
            self.today.reload()


def _described(catalogue: PolicyCatalogue, policy_id: str) -> str:
    """The policy in plain words (app.core.tariff_text), one sentence a line."""
    from app.core.tariff_text import describe

    return "\n".join(describe(catalogue.resolve(policy_id)))


def _first_tool(sessions: SessionService, customer: CustomerRecord) -> RemoteTool | None:
    """The first remote tool of the policy the customer's sessions follow (None: it names none)."""
    policy, _now = sessions.opening_rules(customer.id)
    preferred = policy.tools.preferred if policy is not None else ()
    return preferred[0] if preferred else None


def _policy_choices(
    catalogue: PolicyCatalogue | None,
) -> Callable[[], list[tuple[str, str]]] | None:
    """The policies a new customer can be given: (id, name) of each readable file."""
    if catalogue is None:
        return None
    return lambda: [(e.policy.id, e.policy.name) for e in catalogue.entries() if e.policy]
