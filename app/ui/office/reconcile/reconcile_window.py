"""The reconciliation window (Office → Reconcile with a tool's history…): read a tool's history
file and compare it with the session log off the UI thread, show what matches, what the tool
knows that AssistDesk did not log, and which lengths differ; then, when asked, keep the tool's
times with the matched sessions as evidence (never changing the sessions' own times)."""

from __future__ import annotations

import os
from datetime import tzinfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from app.services.reconciliation import ReconciliationResult, ReconciliationService
from app.tools.evidence import HistoryParse
from app.tools.history import read_history
from app.tools.reconciliation import Reconciliation
from app.ui.background import BackgroundTask, run_in_background
from app.ui.error_dialog import show_error
from app.ui.i18n import message_text, translate
from app.ui.office.reconcile.reconcile_model import (
    MATCH_HEADERS,
    UNKNOWN_HEADERS,
    TextRows,
    match_row,
    unknown_row,
)
from app.ui.office.reconcile.reconcile_view import CONTEXT, ReconcileView

Compared = tuple[HistoryParse, Reconciliation]


class ReconcileWindow(QObject):
    """Owns the view; `task` is the reading or keeping under way, `task_finished` says it has
    ended and been shown, whichever way it ended. `zone`: the desk's time zone, in which the
    times are shown and a history's times without an offset are read (None: this computer's)."""

    task_finished = Signal()

    def __init__(
        self, service: ReconciliationService, zone: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        self.view = ReconcileView(parent)
        super().__init__(self.view)
        self._service = service
        self._zone = zone
        self.task: BackgroundTask | None = None
        self._compared: tuple[str, int, HistoryParse] | None = None  # source, margin, history
        self.matches = self._model(self.view.matches, MATCH_HEADERS)
        self.unknown = self._model(self.view.unknown, UNKNOWN_HEADERS)
        self.mismatched = self._model(self.view.mismatched, MATCH_HEADERS)
        self.view.choose.clicked.connect(self.choose_file)
        self.view.compare.clicked.connect(self.compare)
        self.view.keep.clicked.connect(self.keep)
        self.view.tool.currentIndexChanged.connect(self._forget)
        self.view.file.textChanged.connect(self._forget)
        self.view.margin.valueChanged.connect(self._forget)

    def _model(self, table: QTableView, headers: tuple[str, ...]) -> TextRows:
        model = TextRows(headers, self)
        table.setModel(model)
        return model

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.view, translate(CONTEXT, "The tool's history file"), self.view.file.text()
        )
        if path:
            self.view.file.setText(path)

    def compare(self) -> None:
        path = self.view.file.text().strip()
        if self.task is not None:
            return
        if not path:
            show_error(self.view, translate(CONTEXT, "Choose the tool's history file first."))
            return
        tool, margin, source = self.view.chosen_tool(), self.view.margin.value(), path
        service, zone = self._service, self._zone

        def work() -> Compared:
            history = read_history(tool, source, zone)
            return history, service.compare(history, margin)

        self._busy(translate(CONTEXT, "Reading {file}…").format(file=os.path.basename(path)))
        self.task = run_in_background(
            work, lambda done: self._show(os.path.abspath(source), margin, done), self._failed
        )

    def keep(self) -> None:
        if self._compared is None or self.task is not None:
            return
        source, margin, history = self._compared
        service = self._service
        self._busy(translate(CONTEXT, "Keeping the tool's times…"))
        self.task = run_in_background(
            lambda: service.reconcile(history, source, margin), self._kept, self._failed
        )

    def _busy(self, text: str) -> None:
        self.view.summary.setText(text)
        for button in (self.view.compare, self.view.keep):
            button.setEnabled(False)

    def _show(self, source: str, margin: int, compared: Compared) -> None:
        self.task = None
        history, result = compared
        self.matches.set_rows([match_row(m, self._zone) for m in result.matches])
        self.unknown.set_rows([unknown_row(c, self._zone) for c in result.unknown])
        self.mismatched.set_rows([match_row(m, self._zone) for m in result.mismatched])
        said = translate(
            CONTEXT,
            "{connections} connections: {matches} matched, {unknown} not in AssistDesk's log, "
            "{mismatched} differing by more than {margin} s.",
        ).format(
            connections=len(history.connections), matches=len(result.matches),
            unknown=len(result.unknown), mismatched=len(result.mismatched), margin=margin,
        )  # fmt: skip
        if history.unreadable_lines:
            said += " " + unreadable_text(history)
        if result.rejected:
            said += " " + translate(
                CONTEXT, "Refused requests, which are not sessions: {count}."
            ).format(count=result.rejected)
        self.view.summary.setText(said)
        self._compared = (source, margin, history)
        self.view.compare.setEnabled(True)
        self.view.keep.setEnabled(bool(result.matches))
        self.task_finished.emit()

    def _kept(self, result: ReconciliationResult) -> None:
        self.task = None
        added = len(result.evidence_added)
        self.view.summary.setText(
            translate(CONTEXT, "Sessions given the tool's times as evidence: {count}.").format(
                count=added
            )
            if added
            else translate(CONTEXT, "Nothing new to keep: these times were kept before.")
        )
        self.view.compare.setEnabled(True)
        self.view.keep.setEnabled(False)
        self.task_finished.emit()

    def _failed(self, error: Exception) -> None:
        self.task = None
        self.view.summary.setText(translate(CONTEXT, "Nothing was compared."))
        self.view.compare.setEnabled(True)
        self.view.keep.setEnabled(False)
        show_error(self.view, error)
        self.task_finished.emit()

    def _forget(self) -> None:
        """Another tool, file or margin: what was compared no longer applies."""
        if self.task is None and self._compared is not None:
            self._compared = None
            self.view.keep.setEnabled(False)


def unreadable_text(history: HistoryParse, most: int = 10) -> str:
    """How many lines were skipped, and the first `most` of them with why."""
    named = [
        translate("ReconcileWindow", "line {number} ({problem})").format(
            number=p.number, problem=message_text(p.problem)
        )
        for p in history.problems[:most]
    ]
    more = history.unreadable_lines - len(named)
    if more:
        named.append(translate("ReconcileWindow", "{count} more").format(count=more))
    return translate(
        "ReconcileWindow", "Lines that could not be read and were skipped: {count} — {lines}."
    ).format(count=history.unreadable_lines, lines=", ".join(named))
