"""The messages' templates: one plain-text and one HTML file per kind and language, shipped in
resources/mail/<lang>/ and overridden by files of the same name in the configuration folder's
mail/<lang>/. The text file starts with a `Subject:` line and a blank line.

An override that cannot be used (an unknown value, a section left open, not UTF-8) is skipped with
a warning in the log and the shipped template is used: a typo in the office's template must never
stop a session from ending. `MailTemplates.check` says what is wrong with each override.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.core.errors import DomainError
from app.core.input_file import read_regular_file
from app.core.messages import QT_TRANSLATE_NOOP
from app.mail.template_text import Template, TemplateError
from app.resources import resource_root

log = logging.getLogger(__name__)

LANGUAGES = ("en", "pt", "nl")
MAX_TEMPLATE_BYTES = 1 << 20  # a message's text; a template of a megabyte is not one


class MailKind(StrEnum):
    INVITATION = "invitation"
    RESCHEDULED = "rescheduled"  # an invited booking moved: the updated invitation
    CANCELLATION = "cancellation"  # an invited booking cancelled
    SESSION_SUMMARY = "session_summary"
    INVOICE = "invoice"  # also a service statement
    RECEIPT = "receipt"
    CREDIT_NOTE = "credit_note"


COMMON = ("company_name", "company_email", "company_phone", "company_address", "customer_name",
          "technician_name")  # fmt: skip
BOOKING = ("appointment_date", "appointment_time", "appointment_zone", "expected_minutes")
INVITING = (*COMMON, "tool_name", "download_url", "tool_instructions", "terms", "backup_advice",
            *BOOKING)  # fmt: skip
VARIABLES: dict[MailKind, tuple[str, ...]] = {
    MailKind.INVITATION: INVITING,
    MailKind.RESCHEDULED: (*INVITING, "previous_date", "previous_time", "previous_zone"),
    MailKind.CANCELLATION: (*COMMON, *BOOKING),
    MailKind.SESSION_SUMMARY: (
        *COMMON,
        "session_id", "date", "accepted_time", "ended_time", "time_zone", "duration", "outcome",
        "tool_name", "free_minutes_used", "free_minutes_left", "allowance_period", "amount",
        "charged", "iban", "bic",
    ),
    MailKind.INVOICE: (
        *COMMON,
        "document_title", "document_number", "issued_date", "total", "due_date", "payment_terms",
        "iban", "bic", "payment_reference", "attachment_name",
    ),
    MailKind.RECEIPT: (
        *COMMON,
        "document_title", "document_number", "issued_date", "total", "paid_amount", "paid_date",
        "payment_method", "corrects", "attachment_name", "invoices", "from_credit",
        "kept_as_credit", "customer_credit",
    ),
    MailKind.CREDIT_NOTE: (
        *COMMON,
        "document_title", "document_number", "issued_date", "total", "corrects", "reason",
        "attachment_name",
    ),
}  # fmt: skip

_PAGE = (
    '<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"><title>{title}</title>'
    '</head>\n<body style="font-family: sans-serif; line-height: 1.45; max-width: 40em">\n'
    "{body}</body>\n</html>\n"
)
_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)]")


@dataclass(frozen=True, slots=True)
class RenderedMail:
    subject: str
    text: str
    html: str


class MailTemplates:
    def __init__(self, config_dir: Path | None = None) -> None:
        self._overrides = config_dir / "mail" if config_dir is not None else None

    def render(self, kind: MailKind, language: str, values: Mapping[str, str]) -> RenderedMail:
        text = self._template(kind, language, "txt")
        assert text is not None  # only an HTML part may be left to be made from the text
        markup = self._template(kind, language, "html")
        subject, _, body = text.render(values).partition("\n")
        subject = " ".join(subject.removeprefix("Subject:").split())
        body = _tidy(body)
        inner = markup.render(values, _escape) if markup else _html_from_text(body)
        page = _PAGE.format(lang=language, title=html.escape(subject), body=inner)
        return RenderedMail(subject, body + "\n", page)

    def check(self) -> list[str]:
        """Why each of the office's templates is not used (empty when all are fine)."""
        problems = []
        for kind in MailKind:
            for language in LANGUAGES:
                for ext in ("txt", "html"):
                    path = self._override(kind, language, ext)
                    if path is not None and path.exists():
                        try:
                            _load(path, kind, ext)
                        except (TemplateError, OSError, UnicodeDecodeError) as error:
                            problems.append(str(error))
        return problems

    def _override(self, kind: MailKind, language: str, ext: str) -> Path | None:
        if self._overrides is None:
            return None
        return self._overrides / language / f"{kind.value}.{ext}"

    def _template(self, kind: MailKind, language: str, ext: str) -> Template | None:
        path = self._override(kind, language, ext)
        if path is not None and path.exists():
            try:
                return _load(path, kind, ext)
            except (TemplateError, OSError, UnicodeDecodeError) as error:
                log.warning("mail template %s not used: %s", path, error)
        elif ext == "html" and self._overridden(kind, language, "txt"):
            return None  # the office wrote its own text: the HTML part is made from that text
        return _load(resource_root() / "mail" / language / f"{kind.value}.{ext}", kind, ext)

    def _overridden(self, kind: MailKind, language: str, ext: str) -> bool:
        path = self._override(kind, language, ext)
        return path is not None and path.exists()


def _load(path: Path, kind: MailKind, ext: str) -> Template:
    try:  # an office's file: never a device or a pipe, never larger than a message ever is
        text = read_regular_file(path, MAX_TEMPLATE_BYTES).decode("utf-8")
    except DomainError as error:
        raise TemplateError(*error.args) from None
    if ext == "txt" and not text.startswith("Subject:"):
        raise TemplateError(
            QT_TRANSLATE_NOOP("Messages", "{path}: line 1: must start with “Subject: …”.").format(
                path=path
            )
        )
    return Template(text, str(path), VARIABLES[kind])


def _escape(value: str) -> str:
    return html.escape(value).replace("\n", "<br>\n")


def _tidy(text: str) -> str:
    """No run of blank lines where empty values were, no blank lines at either end."""
    return re.sub(r"\n{3,}", "\n\n", text.replace("\r\n", "\n")).strip("\n")


def _html_from_text(text: str) -> str:
    paragraphs = []
    for block in text.split("\n\n"):
        escaped = html.escape(block).replace("\n", "<br>\n")
        linked = _URL.sub(lambda m: f'<a href="{m[0]}">{m[0]}</a>', escaped)
        paragraphs.append(f"<p>{linked}</p>\n")
    return "".join(paragraphs)
