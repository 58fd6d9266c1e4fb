"""One add-or-edit dialog at a time, for the controllers that open them (the customer picker,
the customers window, Today's appointment actions): `dialog` is the one open, None when none, and
a closed dialog is deleted."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


class OneDialog:
    """A mixin: the controller sets `dialog = None` in its __init__."""

    dialog: QDialog | None

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
