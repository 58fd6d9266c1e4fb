"""What the session panel does with the remote tool's own reports (see connect_controller):
the timer started from the instant the tool says the customer accepted — asked, or unasked with
an undo (setting `detection.auto_start`, see auto_start) — and the end dialog opened when the tool
says the connection ended while the timer runs.

Each report acted on is kept with the session as evidence from the tool (its instant, the line
that says so and the file; see ReconciliationService.keep_detection), beside the session's own
times, which it never changes; the history shows it under "Evidence from the tool". Keeping it
is one small write, done on the UI thread like the session's own changes; a report the panel did
not act on (a declined question, an end before the timer started) is not kept. An acceptance
reported after the technician pressed "Connection accepted" starts nothing (the session is no
longer connecting) but is kept: what the tool said is true, and the history shows it beside the
technician's own time.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.core.clock import Clock
from app.core.policy import Policy
from app.core.records import SessionDetail
from app.core.remote_tool import RemoteTool
from app.core.session import SessionState
from app.tools.catalogue import adapters as all_adapters
from app.tools.evidence import Detection
from app.tools.host import Host
from app.ui.error_dialog import reporting_errors
from app.ui.i18n import translate
from app.ui.session.auto_start import AutoStart, undo_start
from app.ui.session.connect_controller import ConnectController, PanelTools, launch_order
from app.ui.session.session_extras_view import ConnectView

if TYPE_CHECKING:
    from app.services.sessions import SessionService
    from app.ui.session.session_panel import SessionPanel


class LiveDetection(QObject):
    """Owns the panel's ConnectController (`connector`) and AutoStart (`auto`)."""

    def __init__(
        self,
        panel: SessionPanel,
        view: ConnectView,
        sessions: SessionService,
        clock: Clock,
        zone: tzinfo | None,
        tools: PanelTools,
    ) -> None:
        super().__init__(panel)
        self._panel, self._view = panel, view
        self._sessions, self._clock = sessions, clock
        adapters, host = tools.adapters or all_adapters(), tools.host or Host.current()
        self.connector = ConnectController(
            view, adapters, host, zone, self, tools.program_paths, tools.auto_start
        )
        self.auto = AutoStart(view.undo_bar, clock, zone, self)
        self.connector.accept_at.connect(self._accepted)
        self.connector.auto_accept_at.connect(self._auto_accepted)
        self.connector.seen_at.connect(self._keep)
        self.connector.ended_at.connect(self._ended)
        self.auto.undo_requested.connect(self._undo)

    def set_session(self, detail: SessionDetail | None, policy: Policy | None = None) -> None:
        """Offer the tools of `policy` for the open session `detail`; None: it ended."""
        if detail is None:
            self.connector.set_session(None)
            return
        minimums = dict(policy.tools.minimum_versions) if policy is not None else None
        self.connector.set_session(detail, launch_order(policy, detail.record.tool), minimums)

    def follow(self, detail: SessionDetail | None) -> None:
        """The session on the panel changed (or its state did)."""
        self.connector.update_state(detail)
        self.auto.follow(detail)

    def _accepted(self, tool: RemoteTool | None, detection: Detection) -> None:
        """The technician agreed to start the timer from the tool's instant."""
        if self._started_from(detection):
            self._keep(tool, detection)

    def _auto_accepted(self, tool: RemoteTool | None, detection: Detection) -> None:
        """Start the timer at the tool's instant unasked, with an undo."""
        if self._started_from(detection):
            self.auto.offer(self.connector.tool_name, detection.at)
            self._keep(tool, detection)

    def _started_from(self, detection: Detection) -> bool:
        """Start the timer at the detected instant; True when it did start from it (the panel
        refuses while the checklist is unfinished). Only a connecting session is started: by
        the time a report (or the answer to its question) arrives, the technician may have
        pressed "Connection accepted" already."""
        before = self._panel.current()
        if before is None or before.record.state is not SessionState.CONNECTING:
            return False
        self._panel.accept(detection.at)
        detail = self._panel.current()
        return detail is not None and detail.timeline.accepted_at == detection.at

    def _ended(self, tool: RemoteTool | None, detection: Detection) -> None:
        """The tool says the connection ended: while the timer runs, that is time to end."""
        detail = self._panel.current()
        state = detail.record.state if detail is not None else None
        if state in (SessionState.ACTIVE, SessionState.PAUSED):
            self._keep(tool, detection)
            self._panel.open_end_dialog()

    def _undo(self) -> None:
        self._panel.apply(undo_start(self._sessions))
        detail = self._panel.current()
        if detail is not None and detail.record.state is SessionState.CONNECTING:
            self._view.status.setText(
                translate(
                    "SessionPanel",
                    "Automatic start undone: press Connection accepted when the customer accepts.",
                )
            )

    def _keep(self, tool: RemoteTool | None, detection: Detection) -> None:
        """Keep what the tool reported with the session on the panel, as evidence."""
        detail = self._panel.current()
        if detail is None or tool is None:
            return
        from app.services.reconciliation import ReconciliationService  # first used here

        with reporting_errors(self._view.window()):
            evidence = ReconciliationService.beside(self._sessions, self._clock)
            evidence.keep_detection(detail.id, tool, detection)
