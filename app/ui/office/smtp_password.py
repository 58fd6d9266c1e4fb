"""The SMTP password, asked for and kept in the keyring only — never in a field, a settings file,
a log or the database. On a computer without a usable keyring it is refused plainly before a
password is typed (the error dialog) and nothing is stored."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.core.errors import DomainError
from app.services.mail_check import SmtpPassword
from app.ui.error_dialog import reporting_errors, show_error
from app.ui.i18n import translate


def ask_smtp_password(parent: QWidget, kept: SmtpPassword) -> bool:
    """Ask for the password and store it; True once stored."""
    try:
        kept.check_usable()  # no usable keyring: said before a password is typed
    except DomainError as error:
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
        kept.set(password)
        return True
    return False
