"""The settings, declared once: key, kind, default, label (translated in the context "Settings")
and the choices of each, in the order the settings dialog shows them. Never a secret: passwords
and tokens live in the keyring. The values and their checks are app.settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP  # labels: "Settings"; error sentences: "Messages"

SETTINGS_FILE = "settings.toml"


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    kind: type  # str, int or bool
    default: Any
    label: str
    choices: tuple[str, ...] = ()


SCHEMA: tuple[Setting, ...] = (
    Setting("company.name", str, "", QT_TRANSLATE_NOOP("Settings", "Company name")),
    Setting("company.address", str, "", QT_TRANSLATE_NOOP("Settings", "Company address")),
    Setting("company.vat_id", str, "", QT_TRANSLATE_NOOP("Settings", "Company VAT number")),
    Setting("company.email", str, "", QT_TRANSLATE_NOOP("Settings", "Company email")),
    Setting("company.phone", str, "", QT_TRANSLATE_NOOP("Settings", "Company phone")),
    Setting("company.iban", str, "", QT_TRANSLATE_NOOP("Settings", "IBAN for transfers")),
    Setting("company.bic", str, "", QT_TRANSLATE_NOOP("Settings", "BIC")),
    Setting("company.logo", str, "", QT_TRANSLATE_NOOP("Settings", "Logo image file")),
    Setting("technician.name", str, "", QT_TRANSLATE_NOOP("Settings", "Technician's name")),
    Setting(
        "customers.default_policy",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Policy offered for new customers"),
    ),
    Setting(
        "display.language",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Language (empty: this computer's)"),
        ("", "en", "pt", "nl"),
    ),
    Setting(
        "display.compact_timer",
        bool,
        False,
        QT_TRANSLATE_NOOP("Settings", "Compact timer over other windows"),
    ),
    Setting(
        "display.tray", bool, True, QT_TRANSLATE_NOOP("Settings", "Tray icon with the running time")
    ),
    Setting(
        "detection.auto_start",
        bool,
        False,
        QT_TRANSLATE_NOOP("Settings", "Start the timer when the tool reports it (undo)"),
    ),
    Setting(
        "documents.type",
        str,
        "invoice",
        QT_TRANSLATE_NOOP("Settings", "Documents issued"),
        ("invoice", "statement"),
    ),
    Setting(
        "documents.language",
        str,
        "en",
        QT_TRANSLATE_NOOP("Settings", "Language of documents"),
        ("en", "pt", "nl"),
    ),
    Setting(
        "documents.timezone",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Time zone of documents (empty: this computer's)"),
    ),
    Setting(
        "documents.payment_days", int, 14, QT_TRANSLATE_NOOP("Settings", "Payment term in days")
    ),
    Setting("documents.invoice_series", str, "FT", QT_TRANSLATE_NOOP("Settings", "Invoice series")),
    Setting(
        "documents.credit_series", str, "NC", QT_TRANSLATE_NOOP("Settings", "Credit note series")
    ),
    Setting("documents.receipt_series", str, "RC", QT_TRANSLATE_NOOP("Settings", "Receipt series")),
    Setting(
        "documents.number_format",
        str,
        "{series} {year}/{seq:04d}",
        QT_TRANSLATE_NOOP("Settings", "Number format"),
    ),
    Setting(
        "tools.anydesk.path",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "AnyDesk program (empty: look for it)"),
    ),
    Setting(
        "tools.iperius.path",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Iperius Remote program (empty: look for it)"),
    ),
    Setting(
        "tools.rustdesk.path",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "RustDesk program (empty: look for it)"),
    ),
    Setting(
        "tools.teamviewer.path",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "TeamViewer program (empty: look for it)"),
    ),
    Setting(
        "tools.zoho-assist.session_url",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Zoho Assist session link (empty: API)"),
    ),
    Setting(
        "tools.zoho-assist.api_host",
        str,
        "assist.zoho.com",
        QT_TRANSLATE_NOOP("Settings", "Zoho Assist data centre"),
    ),
    Setting(
        "mail.server",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "SMTP server (empty: mail is not sent)"),
    ),
    Setting(
        "mail.port",
        int,
        587,
        QT_TRANSLATE_NOOP("Settings", "SMTP port (587 for starttls, 465 for tls)"),
    ),
    Setting(
        "mail.security",
        str,
        "starttls",
        QT_TRANSLATE_NOOP("Settings", "SMTP security"),
        ("starttls", "tls", "none"),
    ),
    Setting(
        "mail.user",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "Settings", "SMTP user (empty: no login); its password is in the keyring"
        ),
    ),
    Setting(
        "mail.sender",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Sender address (empty: the company email)"),
    ),
    Setting(
        "mail.review",
        bool,
        False,
        QT_TRANSLATE_NOOP("Settings", "Hold each message until it has been previewed"),
    ),
)
BY_KEY = {s.key: s for s in SCHEMA}


def declared(key: str) -> Setting:
    """The declared setting `key`, or a DomainError that says it is none."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{key!r} is not a setting; see `assistdesk settings list`."
            ).format(key=key)
        ) from None
