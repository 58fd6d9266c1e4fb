"""Connect: launch the customer's tool for the session's remote ID on a background thread, with
the one-time password held in memory until the session ends; offer the policy's next tool when
one cannot be launched; and, where the tool's files can be followed, ask whether to start the
timer at the instant the tool says the customer accepted — or, with the setting
`detection.auto_start`, say that it did (see auto_start).

Each launch belongs to the session it was pressed for: one that finishes after that session ended
(or another took its place) starts no watcher and leaves the Connect button alone. A report of
acceptance counts only while the session is connecting: once the technician pressed "Connection
accepted" it is only said, and kept as evidence (`seen_at`). RustDesk's peer file is weaker
evidence than a log line (see rustdesk_peer), so an acceptance read from it is always asked
about, even with automatic start on."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import tzinfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app import APP_NAME
from app.core.errors import DomainError
from app.core.policy import Policy
from app.core.records import SessionDetail
from app.core.remote_tool import RemoteTool, ToolVersion
from app.core.session import SessionState
from app.services.tool_setup import ToolSetup
from app.tools.adapter import LaunchRequest, ToolAdapter
from app.tools.evidence import Detection
from app.tools.evidence import Signal as ToolSignal
from app.tools.host import Host
from app.tools.launch_plan import LaunchPlan
from app.tools.launcher import run_plan
from app.tools.one_time_password import OneTimePassword
from app.tools.session_watcher import SessionWatcher
from app.ui.background import BackgroundTask, run_in_background
from app.ui.error_dialog import error_text, show_error
from app.ui.i18n import translate
from app.ui.session.session_extras_view import ConnectView

Launch = tuple[LaunchPlan, SessionWatcher | None, frozenset[str]]  # + the files only asked on


@dataclass(frozen=True, eq=False)
class _Pending:
    """One launch under way, for the session it was pressed for (compared by identity)."""

    session_id: int | None


@dataclass(frozen=True)
class PanelTools:
    """What the session panel launches with: terms texts by version, tool adapters and the
    computer; None for each means the shipped terms, every adapter, this computer."""

    terms_text: Callable[[str], str] | None = None
    adapters: Mapping[RemoteTool, ToolAdapter] | None = None
    host: Host | None = None
    program_paths: Mapping[RemoteTool, str] | None = None  # from the settings' tools.*.path
    auto_start: bool = False  # the setting detection.auto_start: start the timer unasked


def launch_order(policy: Policy | None, first: RemoteTool | None) -> tuple[RemoteTool, ...]:
    """The equipment's tool first, then the policy's preferred tools in fallback order."""
    order = policy.tools.launch_order(first) if policy is not None else ()
    return order or ((first,) if first else ())


class ConnectController(QObject):
    """Each report carries the tool launched last and the watcher's Detection (its instant, the
    line that says so and the file): `accept_at` once the technician agreed to start the timer
    from it; `auto_accept_at` the same without asking, when `auto_start` is on; `seen_at` an
    acceptance reported once the session was no longer connecting (only kept as evidence);
    `ended_at` when the tool says the session ended."""

    accept_at = Signal(object, object)  # (RemoteTool | None, Detection)
    auto_accept_at = Signal(object, object)
    seen_at = Signal(object, object)
    ended_at = Signal(object, object)
    _detected = Signal(object)  # emitted on the watcher's thread, delivered on this one

    def __init__(
        self,
        view: ConnectView,
        adapters: Mapping[RemoteTool, ToolAdapter],
        host: Host,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
        program_paths: Mapping[RemoteTool, str] | None = None,
        auto_start: bool = False,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.auto_start = auto_start
        self._adapters = adapters
        self._host = host
        self._paths = dict(program_paths or {})
        self._minimums: dict[RemoteTool, ToolVersion] = {}
        self._zone = zone
        self._order: tuple[RemoteTool, ...] = ()
        self._tool: RemoteTool | None = None  # the tool launched last
        self.password: OneTimePassword | None = None  # in memory only, wiped at the end
        self.watcher: SessionWatcher | None = None
        self.task: BackgroundTask | None = None  # the launch under way
        self._pending: _Pending | None = None  # which session that launch is for
        self._session_id: int | None = None  # the panel's session and its state (update_state)
        self._state: SessionState | None = None
        self._ask_only: frozenset[str] = frozenset()  # watched files whose reports are asked
        view.connect_button.clicked.connect(self.connect_tool)
        self._detected.connect(self._on_detection)
        self.set_session(None)

    def follow(self, setup: ToolSetup) -> None:
        """The settings were saved: the next launch uses their program paths and adapters, and
        the next detected acceptance their auto-start. A launch under way is left as it is."""
        self._adapters = setup.adapters
        self._paths = dict(setup.program_paths)
        self.auto_start = setup.auto_start

    def set_session(
        self,
        detail: SessionDetail | None,
        order: tuple[RemoteTool, ...] = (),
        minimums: Mapping[RemoteTool, ToolVersion] | None = None,
    ) -> None:
        """Offer the tools in `order` (the policy's launch order) for the open session, refusing
        versions older than the policy's `minimums`; with None, the session ended: stop watching
        and wipe the password."""
        self._minimums = dict(minimums or {})
        view = self.view
        if detail is None:
            self.close()
            view.status.clear()
        else:
            self._order = order or tuple(self._adapters)
            view.tool.clear()
            for tool in self._order:
                view.tool.addItem(tool.display_name, tool.value)
            view.remote_id.setText(detail.record.remote_id)
        self.update_state(detail)
        running = (SessionState.ACTIVE, SessionState.PAUSED)
        if detail is not None and detail.record.state in running and self.watcher is None:
            self._watch_resumed(detail)

    def _watch_resumed(self, detail: SessionDetail) -> None:
        """A session put back on the desk after a crash: follow its tool's files again, from
        now on, for the end of the connection (its acceptance was recorded before)."""
        tool, remote_id = detail.record.tool, detail.record.remote_id
        adapter = self._adapters.get(tool) if tool is not None else None
        if adapter is None or tool is None or not remote_id or self.task is not None:
            return
        pending = self._pending = _Pending(detail.id)
        host = self._host

        def watch() -> SessionWatcher | None:
            observation = adapter.observation(host, remote_id)
            if not observation.can_observe:
                return None
            return SessionWatcher(observation.files, remote_id, self._detected.emit, resumed=True)

        def unwatched(_error: Exception) -> None:  # nothing to follow: the buttons still work
            self._finish(pending)

        self.task = run_in_background(
            watch, lambda watcher: self._resumed(pending, tool, watcher), unwatched
        )

    def _resumed(self, pending: _Pending, tool: RemoteTool, watcher: SessionWatcher | None) -> None:
        if not self._finish(pending):
            if watcher is not None:
                watcher.stop()
            return
        if watcher is None:
            return
        self._tool = tool
        self.watcher = watcher.start()
        self.view.status.setText(
            translate(
                "ConnectController", "Watching {tool}'s files for the end of the connection."
            ).format(tool=tool.display_name)
        )

    def update_state(self, detail: SessionDetail | None) -> None:
        self._session_id = detail.id if detail is not None else None
        self._state = detail.record.state if detail is not None else None
        connecting = self._state is SessionState.CONNECTING
        for widget in (self.view.tool, self.view.remote_id, self.view.password):
            widget.setEnabled(connecting)
        self.view.connect_button.setEnabled(connecting and self.task is None)

    def connect_tool(self) -> None:
        data = self.view.tool.currentData()
        if not data or self.task is not None:
            return
        tool = RemoteTool(data)
        typed = self.view.password.text()
        self.view.password.clear()
        if typed:
            self._wipe()
            try:
                self.password = OneTimePassword(typed)
            except ValueError:
                show_error(
                    self.view.window(),
                    translate("ConnectController", "The session password must be one line."),
                )
                return
        adapter = self._adapters[tool]
        request = LaunchRequest(
            self.view.remote_id.text(),
            self.password,
            program_path=self._paths.get(tool) or None,
            minimum_version=self._minimums.get(tool),
        )
        self.stop_watching()
        self.view.status.setText(
            translate("ConnectController", "Starting {tool}…").format(tool=tool.display_name)
        )
        self.view.connect_button.setEnabled(False)
        pending = self._pending = _Pending(self._session_id)
        self.task = run_in_background(
            lambda: self._launch(adapter, request),
            lambda launch: self._launched(pending, tool, launch),
            lambda error: self._failed(pending, tool, error),
        )

    def _launch(self, adapter: ToolAdapter, request: LaunchRequest) -> Launch:
        """On a pool thread: plan, measure the tool's files (before it writes), then run."""
        plan = adapter.prepare(request, self._host)
        observation = adapter.observation(self._host, plan.remote_id)
        watcher = None
        if observation.can_observe:
            watcher = SessionWatcher(observation.files, plan.remote_id, self._detected.emit)
        try:
            run_plan(plan)
        except Exception:
            if watcher is not None:
                watcher.stop()
            raise
        return plan, watcher, frozenset(f.path for f in observation.files if f.saved)

    def _finish(self, pending: _Pending) -> bool:
        """The launch `pending` is over: True when it is still the panel's, for its session."""
        if pending is not self._pending:
            return False  # abandoned when its session ended (close)
        self.task = self._pending = None
        if pending.session_id == self._session_id:
            return True
        self.view.connect_button.setEnabled(self._state is SessionState.CONNECTING)
        return False

    def _launched(self, pending: _Pending, tool: RemoteTool, launch: Launch) -> None:
        plan, watcher, ask_only = launch
        if not self._finish(pending):
            if watcher is not None:  # never started: nothing is left following the files
                watcher.stop()
            return
        self._tool, self._ask_only = tool, ask_only
        said = [
            translate("ConnectController", "{tool} started for {remote_id}.").format(
                tool=tool.display_name, remote_id=plan.remote_id
            )
        ]
        if plan.copy_to_clipboard:
            QGuiApplication.clipboard().setText(plan.copy_to_clipboard)
            said.append(
                translate("ConnectController", "The ID {remote_id} is on the clipboard.").format(
                    remote_id=plan.copy_to_clipboard
                )
            )
        said.extend(plan.notes)
        if watcher is not None:
            self.watcher = watcher.start()
            said.append(translate("ConnectController", "Watching for the customer's acceptance."))
        self.view.status.setText(" ".join(said))
        self.view.connect_button.setEnabled(self._state is SessionState.CONNECTING)

    def _failed(self, pending: _Pending, tool: RemoteTool, error: Exception) -> None:
        if not self._finish(pending):
            return  # its session is over: there is nothing left to connect
        self.view.connect_button.setEnabled(self._state is SessionState.CONNECTING)
        later = self._order[self._order.index(tool) + 1 :] if tool in self._order else ()
        if not later or not isinstance(error, DomainError):
            self.view.status.setText(error_text(error))
            show_error(self.view.window(), error)
            return
        following = later[0]
        self.view.tool.setCurrentIndex(self.view.tool.findData(following.value))
        self.view.status.setText(
            translate(
                "ConnectController",
                "{problem} Try {tool} next: check the customer's {tool} ID and press Connect.",
            ).format(problem=error_text(error), tool=following.display_name)
        )

    @property
    def tool_name(self) -> str:
        """The tool launched last, for sentences ("AnyDesk reports…")."""
        if self._tool is None:
            return translate("ConnectController", "The remote tool")
        return self._tool.display_name

    def _on_detection(self, detection: Detection) -> None:
        name, when = self.tool_name, f"{detection.at.astimezone(self._zone):%H:%M:%S}"
        if detection.signal is ToolSignal.ENDED:
            self.view.status.setText(
                translate("ConnectController", "{tool} reports the connection ended at {time}.")
                .format(tool=name, time=when)
            )  # fmt: skip
            self.ended_at.emit(self._tool, detection)
            return
        self.view.status.setText(
            translate(
                "ConnectController", "{tool} reports the connection was accepted at {time}."
            ).format(tool=name, time=when)
        )
        if self._state is not SessionState.CONNECTING:
            # accepted by hand already (or no session): nothing to start, only evidence to keep
            if self._state is not None:
                self.seen_at.emit(self._tool, detection)
            return
        if self.auto_start and detection.source not in self._ask_only:
            self.auto_accept_at.emit(self._tool, detection)
            return
        question = translate(
            "ConnectController",
            "{tool} reports the connection was accepted at {time} — start the timer from then?",
        ).format(tool=name, time=when)
        answer = QMessageBox.question(self.view.window(), APP_NAME, question)
        if answer == QMessageBox.StandardButton.Yes:
            self.accept_at.emit(self._tool, detection)

    def stop_watching(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None

    def _wipe(self) -> None:
        if self.password is not None:
            self.password.wipe()
            self.password = None

    def close(self) -> None:
        """The session ended: stop watching its tool, abandon a launch still under way (it
        starts no watcher when it finishes) and forget the password."""
        self.task = self._pending = None
        self.stop_watching()
        self._wipe()
        self.view.password.clear()
