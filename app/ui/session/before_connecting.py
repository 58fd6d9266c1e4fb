"""What the customer's policy asks before connecting: the accepted offer (offer policies) and the
checklist. When a session opens, the checklist dialog is shown if anything is missing; the
"Connection accepted" button waits for `ready` (the checklist complete)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.policy import Policy, TariffMode
from app.core.records import SessionDetail
from app.core.session import SessionState
from app.services.session_journal import ChecklistState, SessionJournal
from app.ui.display import money_text
from app.ui.error_dialog import reporting_errors
from app.ui.i18n import translate
from app.ui.session.checklist_dialog import ChecklistDialog
from app.ui.session.session_extras_view import ConnectView

if TYPE_CHECKING:
    from app.services.sessions import SessionService


class BeforeConnecting(QObject):
    """`recorded` carries the SessionDetail after answers or an offer were stored."""

    recorded = Signal(object)

    def __init__(
        self,
        view: ConnectView,
        sessions: SessionService,
        journal: SessionJournal,
        terms_text: Callable[[str], str],
        locale: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._sessions = sessions
        self._journal = journal
        self._terms_text = terms_text
        self._locale = locale
        self._detail: SessionDetail | None = None
        self._state: ChecklistState | None = None
        self._currency: str | None = None  # set for offer policies
        self.policy: Policy | None = None  # the open session's
        self.ready = True  # nothing stands between the technician and "Connection accepted"
        self.dialog: ChecklistDialog | None = None  # while open
        view.checklist.clicked.connect(self.open_dialog)
        self.set_session(None)

    def set_session(self, detail: SessionDetail | None, ask: bool = False) -> None:
        """Read what the session's policy asks; with `ask`, open the dialog if anything is
        missing while the session is still connecting."""
        self._detail, self._state, self._currency, self.policy = detail, None, None, None
        if detail is not None:
            with reporting_errors(self.view.window()):
                self._state = self._journal.checklist(detail.id)
                record = detail.record
                policy, _ = self._sessions.opening_rules(record.customer_id, record.policy_id)
                self.policy = policy
                if policy is not None and policy.tariff.mode is TariffMode.OFFER:
                    self._currency = policy.currency
        self.ready = self._state is None or self._state.complete
        self._show()
        connecting = detail is not None and detail.record.state is SessionState.CONNECTING
        offer_missing = self._currency is not None and self._offer() is None
        if ask and connecting and (not self.ready or offer_missing):
            self.open_dialog()

    def _offer(self) -> Decimal | None:
        return self._detail.timeline.offer if self._detail is not None else None

    def _show(self) -> None:
        state, view = self._state, self.view
        items = len(state.checklist.items) if state is not None else 0
        asks = items > 0 or self._currency is not None
        parts = []
        if state is not None and items:
            done = items - len(state.missing)
            if state.complete:
                parts.append(translate("BeforeConnecting", "Checklist complete"))
            else:
                text = translate("BeforeConnecting", "Checklist: {done} of {items}")
                parts.append(text.format(done=done, items=items))
        if self._currency is not None:
            offer = self._offer()
            if offer is None:
                parts.append(translate("BeforeConnecting", "no offer agreed yet"))
            else:
                money = money_text(offer, self._currency, self._locale)
                text = translate("BeforeConnecting", "offer {money} accepted")
                parts.append(text.format(money=money))
        view.checklist_summary.setText(" · ".join(parts))
        for widget in (view.checklist, view.checklist_summary):
            widget.setVisible(asks)
        connecting = self._detail is not None and self._detail.record.state in (
            SessionState.CONNECTING,
        )
        view.checklist.setEnabled(connecting)

    def open_dialog(self) -> None:
        detail, state = self._detail, self._state
        if detail is None or state is None or self.dialog is not None:
            return
        dialog = ChecklistDialog(
            state,
            self._currency,
            self._offer(),
            lambda item, value: self._journal.answer(detail.id, item, value),
            lambda amount: self._journal.accept_offer(detail.id, amount, self._currency or ""),
            self._terms_text,
            self.view.window(),
        )
        dialog.accepted.connect(lambda: self._saved(detail.id))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _saved(self, session_id: int) -> None:
        with reporting_errors(self.view.window()):
            detail = self._sessions.get(session_id)
            self.set_session(detail)
            self.recorded.emit(detail)

    def _closed(self, dialog: ChecklistDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
