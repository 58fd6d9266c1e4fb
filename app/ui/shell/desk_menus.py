"""The main window's menus, wired: the Session menu's shortcuts press the session panel's own
buttons (so they do exactly what a click does, and are greyed out exactly when the button is),
and the View and Office menus open the history, invoices, outbox and settings windows. Each
window is imported when first opened, so none of it costs anything before the window shows.
Settings saved in the dialog are handed on (`settings_saved`) for the desk to apply at once; the
View menu's compact-timer tick is remembered in the settings file, as the setting it is. What the
settings file gets wrong is named in the status bar (app.ui.office.setting_problems) until it is
fixed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QWidget

from app.core.clock import Clock
from app.ui.error_dialog import reporting_errors
from app.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from app.services.customers import CustomerService
    from app.services.sessions import SessionService
    from app.settings import Settings
    from app.ui.office.office_services import OfficeServices


class ButtonAction(QObject):
    """Keeps a QAction enabled exactly when its button is, and presses the button when it
    is triggered."""

    def __init__(self, action: QAction, button: QAbstractButton) -> None:
        super().__init__(action)
        self._action, self._button = action, button
        action.setEnabled(button.isEnabled())
        action.triggered.connect(self._press)
        button.installEventFilter(self)

    def _press(self) -> None:
        if self._button.isEnabled():
            self._button.click()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange:
            self._action.setEnabled(self._button.isEnabled())
        return False


class DeskMenus(QObject):
    """Owns the windows the menus open (one of each, raised when asked for again)."""

    settings_saved = Signal(object)  # the Settings the dialog just wrote

    def __init__(
        self,
        window: MainWindow,
        customers: CustomerService,
        sessions: SessionService,
        clock: Clock,
        locale: str,
        office: OfficeServices | None,
        parent: QObject | None = None,
        *,
        zone: tzinfo | None = None,
    ) -> None:
        """`zone`: the desk's time zone, for the times the windows show (default: the
        system's)."""
        super().__init__(parent)
        self._window, self._customers, self._sessions = window, customers, sessions
        self._clock, self._locale, self._office = clock, locale, office
        self._zone = zone
        # the (id, name) of the policies a customer can be given, and one's description in
        # plain words (the Desk sets them)
        self.policies: Callable[[], Sequence[tuple[str, str]]] = lambda: ()
        self.describe_policy: Callable[[str], str] = lambda policy_id: policy_id
        self.windows: dict[str, QWidget] = {}  # "history", "outbox", "settings" while open
        window.add_shortcuts()
        panel = window.panel
        for action, button in (
            (window.new_session_action, panel.start),
            (window.accepted_action, panel.accepted),
            (window.pause_action, panel.pause),
            (window.end_action, panel.end),
        ):
            ButtonAction(action, button)
        window.history_action.setEnabled(True)
        window.history_action.triggered.connect(self.open_history)
        from app.ui.office.reconcile.opening import ReconcileMenu  # Office → Reconcile with…

        self.reconcile = ReconcileMenu(window, sessions, clock, self, zone)
        for action, slot in (
            (window.invoices_action, self.open_invoices),
            (window.outbox_action, self.open_outbox),
            (window.setup_action, lambda: self.open_setup()),
            (window.settings_action, self.open_settings),
        ):
            action.setEnabled(office is not None)
            action.triggered.connect(slot)
        from app.ui.office.setting_problems import SettingsNotice

        self.notice = SettingsNotice(window.settings_notice, self.open_settings)
        if office is not None:  # what the file gets wrong, said without stopping anyone
            self.notice.show(office.settings)
        window.compact_timer_action.setEnabled(True)
        window.compact_timer_action.triggered.connect(
            lambda checked: self.remember("display.compact_timer", bool(checked))
        )

    def _raise(self, name: str) -> bool:
        existing = self.windows.get(name)
        if existing is None:
            return False
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return True

    def _keep(self, name: str, widget: QWidget) -> None:
        self.windows[name] = widget
        widget.destroyed.connect(lambda: self.windows.pop(name, None))

    def open_history(self) -> None:
        if self._raise("history"):
            return
        from app.ui.history.history_window import HistoryWindow

        history = self._office.history if self._office is not None else None
        controller = HistoryWindow(
            self._sessions, self._customers, history, self._clock, self._locale, self._window,
            zone=self._zone,
        )  # fmt: skip
        self._keep("history", controller.view)
        controller.view.show()

    def open_invoices(self) -> None:
        if self._office is None:
            return
        from app.ui.office.invoices_window import open_invoices_window

        office = self._office
        open_invoices_window(
            self._window, office.invoices, office.ledger, office.credits, self._customers,
            self._clock, self._locale, own_files=office.own_files, mail=office.document_mail,
        )  # fmt: skip

    def open_outbox(self) -> None:
        if self._office is None or self._raise("outbox"):
            return
        from app.ui.office.outbox.outbox_window import OutboxWindow

        office = self._office
        controller = OutboxWindow(office.outbox, office.mail_worker, self._locale, self._window)
        self._keep("outbox", controller.view)
        controller.view.show()

    def open_settings(self) -> None:
        if self._office is None or self._raise("settings"):
            return
        from app.settings import Settings
        from app.ui.office.settings_dialog import SettingsDialog

        config_dir = self._office.paths.config_dir
        settings = Settings.load(config_dir)  # as saved, perhaps since the desk opened
        dialog = SettingsDialog(  # problems marked
            settings, config_dir, parent=self._window, policies=self.policies()
        )
        dialog.accepted.connect(lambda: self._saved(dialog.saved))
        self._keep("settings", dialog)
        dialog.open()

    def open_setup(self, first_run: bool = False) -> None:
        """Office → Setup… (and the first run's): the company, the desk, the tools and mail."""
        if self._office is None or self._raise("setup"):
            return
        from app.services.mail_check import SmtpPassword, send_test
        from app.settings import Settings
        from app.ui.office.setup_wizard import SetupSources, SetupWizard

        config_dir = self._office.paths.config_dir
        settings = Settings.load(config_dir)
        password, clock = SmtpPassword(), self._clock
        sources = SetupSources(
            self.policies(), self.describe_policy, lambda: tools_found(settings), password,
            clock, lambda typed, to: send_test(typed, to, clock.now(), password),
        )  # fmt: skip
        wizard = SetupWizard(settings, config_dir, sources, self._window, first_run)
        wizard.accepted.connect(lambda: self._saved(wizard.saved))
        self._keep("setup", wizard)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show()

    def _saved(self, settings: Settings | None) -> None:
        if settings is not None:
            if self._office is not None:  # invoicing, mail: the saved values from now on
                sender = self._office.follow(settings)
                if sender is not None:
                    sender.start()
                from app.ui.office.invoices_window import refresh_invoices_window

                refresh_invoices_window(self._window)  # its drafts read the new details
            self.notice.show(settings)
            self.settings_saved.emit(settings)

    def remember(self, key: str, value: bool) -> None:
        """Write one setting the desk changed itself (without office services: this run only)."""
        if self._office is None:
            return
        from app.settings import Settings

        config_dir = self._office.paths.config_dir
        with reporting_errors(self._window):
            Settings.load(config_dir).with_value(key, value).save(config_dir)


def tools_found(settings: Settings) -> list[tuple[str, str]]:
    """Each remote tool with a program, and where it was found on this computer (or not)."""
    from app.services.tool_setup import programs_found
    from app.ui.i18n import translate

    found = []
    for tool, path, problem in programs_found(settings):
        if problem:
            where = problem
        elif path is None:
            where = translate("SetupWizard", "not found on this computer")
        else:
            where = translate("SetupWizard", "found: {path}").format(path=path)
        found.append((tool.display_name, where))
    return found
