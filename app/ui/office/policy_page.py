"""The policy page: every policy file the catalogue knows (broken ones with their problem), the
selected policy in plain words with a price table drawn from the pricing engine, and its text,
which the office can check and save into its own folder. Presets are never written: saving an
edited preset writes the office's copy, which overrides it.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QTableWidgetItem, QWidget

from app.core.errors import DomainError
from app.core.policy import Policy, TariffMode
from app.core.tariff_text import describe, price_steps
from app.core.timetext import format_hms
from app.services.office_policies import OfficePolicies
from app.services.policies import PolicyCatalogue, PolicyEntry
from app.ui.display import money_text
from app.ui.i18n import translate
from app.ui.office.policy_page_view import PoliciesDialog

TABLE_SECONDS = 2 * 3600  # the price table covers at least two hours, and the maximum if longer
_PROBLEM_STYLE = "color: #b3261e;"
_GOOD_STYLE = "color: #1e6b2f;"
_OVER_MAX_COLOUR = QColor("#8a8a8a")


class PriceRow(NamedTuple):
    """One row of the price table, as shown; `over_max` rows are past the policy's maximum."""

    longer_than: str
    up_to: str
    price: str
    over_max: bool


def price_rows(policy: Policy, locale: str) -> list[PriceRow]:
    """Each step of the price, from the engine, up to two hours or the maximum if longer."""
    limit = (policy.tariff.max_session_minutes or 0) * 60
    return [
        PriceRow(format_hms(step.above_seconds), format_hms(step.up_to_seconds),
                 money_text(step.total, policy.currency, locale),
                 bool(limit) and step.above_seconds >= limit)
        for step in price_steps(policy, max(TABLE_SECONDS, limit))
    ]  # fmt: skip


def prices_note(policy: Policy) -> str:
    if policy.tariff.mode is TariffMode.OFFER:
        return translate(
            "PolicyPage",
            "The price is agreed with the customer for each session, so there is no table.",
        )
    note = translate(
        "PolicyPage", "Prices of a resolved session inside opening hours, before any free minutes."
    )
    limit = policy.tariff.max_session_minutes
    if limit:
        grey = translate(
            "PolicyPage", "Rows in grey are longer than the policy's maximum ({limit} minutes)."
        )
        note += " " + grey.format(limit=limit)
    return note


def entry_label(entry: PolicyEntry, files: OfficePolicies) -> str:
    if entry.policy is None:
        return "⚠ {name}\n{unusable}".format(
            name=entry.path.name, unusable=translate("PolicyPage", "cannot be used")
        )
    if files.is_preset(entry.path):
        where = translate("PolicyPage", "preset")
    else:
        where = translate("PolicyPage", "office")
    return f"{entry.policy.name}\n{entry.policy.id} · {where}"


class PolicyPage(QObject):
    """Wires a PoliciesDialog to the catalogue; lives as long as the dialog (its Qt parent)."""

    saved = Signal(object)  # the Path written

    def __init__(self, catalogue: PolicyCatalogue, locale: str, parent: QWidget | None) -> None:
        self.view = PoliciesDialog(parent)
        super().__init__(self.view)
        self._files = OfficePolicies(catalogue)
        self._locale = locale
        self._entries: list[PolicyEntry] = []
        self._row = -1  # the row whose file is in the editor
        view = self.view
        view.policies.currentRowChanged.connect(self._on_row_changed)
        view.check.clicked.connect(self.check)
        view.save.clicked.connect(self.save)
        view.editor.modificationChanged.connect(view.save.setEnabled)
        view.may_close = self._may_discard
        self.reload()

    def entries(self) -> list[PolicyEntry]:
        return list(self._entries)

    def reload(self, select: Path | None = None) -> None:
        """Read the catalogue again and select `select` (a file), else the same row as before."""
        self._entries = self._files.catalogue.entries()
        files, listing = self._files, self.view.policies
        previous, self._row = listing.currentRow(), -1
        listing.blockSignals(True)
        listing.clear()
        for entry in self._entries:
            item = QListWidgetItem(entry_label(entry, files))
            item.setToolTip(entry.problem or str(entry.path))
            listing.addItem(item)
        listing.blockSignals(False)
        paths = [entry.path.resolve() for entry in self._entries]
        wanted = select.resolve() if select is not None else None
        row = paths.index(wanted) if wanted in paths else max(0, previous)
        listing.setCurrentRow(min(row, len(self._entries) - 1))

    def _current(self) -> PolicyEntry | None:
        return self._entries[self._row] if 0 <= self._row < len(self._entries) else None

    def _on_row_changed(self, row: int) -> None:
        if row == self._row:
            return
        if not self._may_discard():  # stay on the file being edited
            self.view.policies.blockSignals(True)
            self.view.policies.setCurrentRow(self._row)
            self.view.policies.blockSignals(False)
            return
        self._row = row
        self._show_entry(self._current())

    def _show_entry(self, entry: PolicyEntry | None) -> None:
        view = self.view
        text, problem = "", entry.problem if entry else ""
        if entry is not None:
            try:
                text = self._files.read_text(entry.path)
            except DomainError as error:
                problem = str(error)
        view.editor.setPlainText(text)
        view.editor.document().setModified(False)
        view.editor.setEnabled(entry is not None)
        view.check.setEnabled(entry is not None)
        view.save.setEnabled(False)
        view.origin.setText(self._origin_text(entry) if entry else "")
        self._show_policy(entry.policy if entry else None, problem)
        if entry is not None and entry.policy is None:
            view.title.setText(entry.path.name)
        self._say("")

    def _show_policy(self, policy: Policy | None, problem: str = "") -> None:
        view = self.view
        view.title.setText(policy.name if policy else "")
        view.description.setText(
            "\n".join(f"• {line}" for line in describe(policy)) if policy else problem
        )
        view.description.setStyleSheet("" if policy else _PROBLEM_STYLE)
        rows = price_rows(policy, self._locale) if policy else []
        view.prices.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row[:3]):
                item = QTableWidgetItem(text)
                if row.over_max:
                    item.setForeground(_OVER_MAX_COLOUR)
                    item.setToolTip(
                        translate("PolicyPage", "Longer than the policy's maximum session length")
                    )
                view.prices.setItem(r, c, item)
        view.prices_note.setText(prices_note(policy) if policy else "")

    def _origin_text(self, entry: PolicyEntry) -> str:
        files, path = self._files, entry.path
        if files.is_office_file(path):
            text = translate("PolicyPage", "The office's file {path}. Saving replaces it.")
            text = text.format(path=path)
            preset = files.preset_for(entry.policy.id) if entry.policy else None
            if preset is not None:
                text += " " + translate(
                    "PolicyPage",
                    "It overrides the preset of the same id; remove it to use the preset.",
                )
            return text
        target = files.target(entry.policy.id, path) if entry.policy else files.catalogue.user_dir
        if files.is_preset(path):
            text = translate(
                "PolicyPage",
                "A preset shipped with AssistDesk ({path}), read-only here. Saving writes the "
                "office's copy, {target}, which is used instead of it.",
            )
        else:
            text = translate(
                "PolicyPage",
                "The file ({path}), read-only here. Saving writes the office's copy, {target}, "
                "which is used instead of it.",
            )
        return text.format(path=path, target=target)

    # -- check and save --------------------------------------------------------------------

    def check(self) -> Policy | None:
        """Check the edited text; when valid, the summary shows what it describes."""
        entry = self._current()
        source = entry.path.name if entry else translate("PolicyPage", "policy")
        try:
            policy = self._files.check(self.view.editor.toPlainText(), source)
        except DomainError as error:
            self._say(str(error), problem=True)
            return None
        self._show_policy(policy)
        self._say(translate("PolicyPage", "Valid — the summary shows this text; Save to use it."))
        return policy

    def save(self) -> None:
        """Check, then write the office's file; on a problem nothing is written."""
        entry = self._current()
        try:
            policy, path = self._files.save(
                self.view.editor.toPlainText(), entry.path if entry else None
            )
        except DomainError as error:
            self._say(str(error), problem=True)
            return
        self.view.editor.document().setModified(False)
        self.reload(select=path)
        self._say(
            translate("PolicyPage", "Saved policy {id} to {path}.").format(id=policy.id, path=path)
        )
        self.saved.emit(path)

    def _say(self, text: str, problem: bool = False) -> None:
        self.view.status.setText(text)
        self.view.status.setStyleSheet(_PROBLEM_STYLE if problem else _GOOD_STYLE)

    def _may_discard(self) -> bool:
        if not self.view.editor.document().isModified():
            return True
        answer = QMessageBox.question(
            self.view,
            translate("PolicyPage", "Policies"),
            translate(
                "PolicyPage", "The policy's text was changed and not saved. Discard the changes?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
