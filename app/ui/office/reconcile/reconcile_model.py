"""The reconciliation window's three tables as rows of text: which connection is which session,
the connections AssistDesk never logged, and the lengths that differ by more than the margin."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QObject, Qt

from app.core.timetext import format_hms
from app.tools.evidence import Connection
from app.tools.reconciliation import Match
from app.ui.display import NO_VALUE
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.table_model import AnyIndex, RowsTableModel

CONTEXT = "ReconcileWindow"
MATCH_HEADERS = (
    QT_TRANSLATE_NOOP("ReconcileWindow", "Session"),
    QT_TRANSLATE_NOOP("ReconcileWindow", "Remote ID"),
    QT_TRANSLATE_NOOP("ReconcileWindow", "Tool's start"),
    QT_TRANSLATE_NOOP("ReconcileWindow", "Tool's end"),
    QT_TRANSLATE_NOOP("ReconcileWindow", "Tool's length"),
    QT_TRANSLATE_NOOP("ReconcileWindow", "Logged length"),
    QT_TRANSLATE_NOOP("ReconcileWindow", "Difference"),
)
UNKNOWN_HEADERS = (
    QT_TRANSLATE_NOOP("ReconcileWindow", "Remote ID"),
    QT_TRANSLATE_NOOP("ReconcileWindow", "Start"),
    QT_TRANSLATE_NOOP("ReconcileWindow", "End"),
    QT_TRANSLATE_NOOP("ReconcileWindow", "Length"),
)


class TextRows(RowsTableModel):
    """A read-only table of ready-made texts under translated headers."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(translate(CONTEXT, h) for h in headers)
        self.rows: list[tuple[str, ...]] = []

    def row_total(self) -> int:
        return len(self.rows)

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.rows[index.row()][index.column()]


def instant_text(at: datetime | None, zone: tzinfo | None) -> str:
    return at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S") if at is not None else NO_VALUE


def length_text(seconds: int | None) -> str:
    return format_hms(seconds) if seconds is not None else NO_VALUE


def difference_text(seconds: int | None) -> str:
    """ "+00:04:00" when the tool says longer than the log, "−00:00:20" when shorter."""
    if seconds is None:
        return NO_VALUE
    return ("+" if seconds >= 0 else "−") + format_hms(abs(seconds))


def match_row(match: Match, zone: tzinfo | None) -> tuple[str, ...]:
    c = match.connection
    return (
        str(match.session.id), c.remote_id, instant_text(c.start, zone), instant_text(c.end, zone),
        length_text(c.seconds), length_text(match.session_seconds),
        difference_text(match.difference_seconds),
    )  # fmt: skip


def unknown_row(connection: Connection, zone: tzinfo | None) -> tuple[str, ...]:
    c = connection
    return (c.remote_id or NO_VALUE, instant_text(c.start, zone), instant_text(c.end, zone),
            length_text(c.seconds))  # fmt: skip
