"""The SMTP password, asked for and kept in the keyring only — never in a field, a settings file,
a log or the database. On a computer without a usable keyring it is refused plainly before a
password is typed (the error dialog) and nothing is stored."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.tools.secret_store import NoKeyringError, SecretStore
from app.ui.error_dialog import reporting_errors, show_error
from app.ui.i18n import translate


def ask_smtp_password(parent: QWidget, store: SecretStore) -> bool:
    """Ask for the password and store it; True once stored."""
    from app.mail.mail_setup import SMTP_PASSWORD

    try:
        store.get(SMTP_PASSWORD)  # no usable keyring: said before a password is typed
    except NoKeyringError as error:
        show_error(parent, error)
        return False
    password, ok = QInputDialog.getText(
        parent,
        translate("Settings", "SMTP password"),
        translate("Settings", "Password for the SMTP user:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok or not password:
        return False
    with reporting_errors(parent):
        store.set(SMTP_PASSWORD, password)
        return True
    return False
