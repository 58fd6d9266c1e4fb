"""The values each message's template is filled with, worked out from the stored records in the
customer's language and time zone. Every value is text; an empty one hides its {{#section}}."""

from __future__ import annotations

from datetime import tzinfo
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.core.invoice_document import PrintedDocument
from app.core.policy import CustomerMail as PolicyMail
from app.core.remote_tool import RemoteTool
from app.core.timetext import format_hms
from app.documents.labels import TITLES
from app.local_time import computer_zone
from app.mail.formatting import MailFormat, minutes
from app.mail.tool_guides import guide
from app.services.charging import FreeMinutes
from app.services.receipt_content import CREDIT
from app.settings import Settings
from app.storage.models import AppointmentRow, CustomerRow, SessionRow

Values = dict[str, str]
EVENT_TITLES = {  # the calendar event's title; the plain one when the company has no name
    "en": ("Remote support with {company}", "Remote support"),
    "pt": ("Assistência remota com {company}", "Assistência remota"),
    "nl": ("Hulp op afstand door {company}", "Hulp op afstand"),
}


def office_zone(settings: Settings) -> tzinfo:
    """The documents' time zone setting, else this computer's."""
    name = settings["documents.timezone"]
    if name:
        return ZoneInfo(name)
    return computer_zone()


def common(settings: Settings, customer: CustomerRow) -> Values:
    return {
        "company_name": settings["company.name"], "company_email": settings["company.email"],
        "company_phone": settings["company.phone"], "company_address": settings["company.address"],
        "technician_name": settings["technician.name"], "customer_name": customer.name,
    }  # fmt: skip


def summary(
    settings: Settings, fmt: MailFormat, row: SessionRow, free: FreeMinutes | None
) -> Values:
    assert row.ended_at is not None
    accepted = row.accepted_at or row.created_at
    charge = row.charge
    values = common(settings, row.customer) | {
        "session_id": str(row.id), "date": fmt.day(accepted), "accepted_time": fmt.time(accepted),
        "ended_time": fmt.time(row.ended_at), "time_zone": fmt.zone_name(accepted),
        "duration": format_hms(row.duration_seconds or 0),
        "outcome": fmt.outcome(row.outcome or ""),
        "tool_name": RemoteTool(row.tool).display_name if row.tool else "",
        "amount": fmt.money(charge.total, charge.currency) if charge else "",
        "charged": "yes" if charge and charge.total > 0 else "",
        "iban": settings["company.iban"], "bic": settings["company.bic"],
        "free_minutes_used": "", "free_minutes_left": "", "allowance_period": "",
    }  # fmt: skip
    if free is not None:
        values["free_minutes_used"] = minutes(free.used_seconds)
        values["free_minutes_left"] = minutes(free.left_seconds)
        values["allowance_period"] = free.period
    return values


def invitation(
    settings: Settings,
    fmt: MailFormat,
    customer: CustomerRow,
    tool: RemoteTool | None,
    mail: PolicyMail,
    appointment: AppointmentRow | None,
) -> Values:
    return common(settings, customer) | booking(fmt, appointment) | {
        "tool_name": tool.display_name if tool else "",
        "download_url": guide(tool).download_url if tool else "",
        "tool_instructions": guide(tool).instructions[fmt.language] if tool else "",
        "terms": mail.terms, "backup_advice": "yes" if mail.backup_advice else "",
    }  # fmt: skip


def rescheduled(
    settings: Settings,
    fmt: MailFormat,
    tool: RemoteTool | None,
    mail: PolicyMail,
    new: AppointmentRow,
    old: AppointmentRow,
) -> Values:
    """The updated invitation: the new time, the one it replaces, and the invitation's advice."""
    before = old.scheduled_at
    return invitation(settings, fmt, new.customer, tool, mail, new) | {
        "previous_date": fmt.day(before), "previous_time": fmt.time(before),
        "previous_zone": fmt.zone_name(before),
    }  # fmt: skip


def cancellation(settings: Settings, fmt: MailFormat, appointment: AppointmentRow) -> Values:
    return common(settings, appointment.customer) | booking(fmt, appointment)


def booking(fmt: MailFormat, appointment: AppointmentRow | None) -> Values:
    """The booked time in the customer's zone; all empty without a booking."""
    if appointment is None:
        return dict.fromkeys(("appointment_date", "appointment_time", "appointment_zone",
                              "expected_minutes"), "")  # fmt: skip
    at = appointment.scheduled_at
    return {
        "appointment_date": fmt.day(at), "appointment_time": fmt.time(at),
        "appointment_zone": fmt.zone_name(at),
        "expected_minutes": str(appointment.expected_minutes or ""),
    }  # fmt: skip


def event_title(language: str, company: str) -> str:
    """The calendar event's title, in the message's language."""
    named, plain = EVENT_TITLES[language]
    return named.format(company=company) if company else plain


def document(
    settings: Settings, fmt: MailFormat, doc: PrintedDocument, customer: CustomerRow
) -> Values:
    bank = doc.bank
    return common(settings, customer) | {
        "document_title": TITLES[fmt.language][doc.kind], "document_number": doc.number,
        "issued_date": fmt.day(doc.issued_at), "total": fmt.money(doc.totals.total, doc.currency),
        "due_date": fmt.day(doc.due_date) if doc.due_date else "",
        "payment_terms": doc.payment_terms,
        "iban": bank.iban if bank and doc.totals.total > 0 else "", "bic": bank.bic if bank else "",
        "payment_reference": doc.payment_reference,
        "paid_amount": fmt.money(doc.paid_amount, doc.currency) if doc.paid_amount else "",
        "paid_date": fmt.day(doc.paid_on) if doc.paid_on else "",
        "payment_method": fmt.method(doc.payment_method), "corrects": doc.corrects,
        "reason": doc.reason, "attachment_name": pdf_name(doc, fmt.language),
    } | _receipt(fmt, doc)  # fmt: skip


def _receipt(fmt: MailFormat, doc: PrintedDocument) -> Values:
    """What a receipt did: the invoices it paid, whether it was paid from the customer's credit,
    what was kept as credit and the credit afterwards (empty when there is none)."""
    paid = doc.paid_amount or Decimal(0)
    from_credit = doc.payment_method == CREDIT
    kept = Decimal(0) if from_credit else paid - sum((s.amount for s in doc.settles), Decimal(0))
    credit = doc.customer_credit or Decimal(0)
    return {
        "invoices": ", ".join(s.invoice for s in doc.settles) or doc.corrects,
        "from_credit": "yes" if from_credit else "",
        "kept_as_credit": fmt.money(kept, doc.currency) if doc.settles and kept > 0 else "",
        "customer_credit": fmt.money(credit, doc.currency) if credit > 0 else "",
    }


def pdf_name(doc: PrintedDocument, language: str) -> str:
    number = doc.number.replace("/", "-").replace("\\", "-")
    return f"{TITLES[language][doc.kind]} {number}.pdf"
