"""The values each message's template is filled with, worked out from the stored records in the
customer's language and time zone. Every value is text; an empty one hides its {{#section}}."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from app import APP_NAME
from app.core.invoice_document import PrintedDocument
from app.core.policy import CustomerMail as PolicyMail
from app.core.remote_tool import RemoteTool
from app.core.timetext import format_hms
from app.documents.labels import TITLES
from app.mail.formatting import MailFormat, minutes
from app.mail.tool_guides import guide
from app.services.appointment_calendar import DEFAULT_LENGTH
from app.services.charging import FreeMinutes
from app.settings import Settings
from app.storage.models import AppointmentRow, CustomerRow, SessionRow

Values = dict[str, str]


def office_zone(settings: Settings) -> tzinfo:
    """The documents' time zone setting, else this computer's."""
    name = settings["documents.timezone"]
    if name:
        return ZoneInfo(name)
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else ZoneInfo("UTC")


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
    values = common(settings, customer) | {
        "tool_name": tool.display_name if tool else "",
        "download_url": guide(tool).download_url if tool else "",
        "tool_instructions": guide(tool).instructions[fmt.language] if tool else "",
        "terms": mail.terms, "backup_advice": "yes" if mail.backup_advice else "",
        "appointment_date": "", "appointment_time": "", "appointment_zone": "",
        "expected_minutes": "",
    }  # fmt: skip
    if appointment is not None:
        at = appointment.scheduled_at
        values["appointment_date"] = fmt.day(at)
        values["appointment_time"] = fmt.time(at)
        values["appointment_zone"] = fmt.zone_name(at)
        values["expected_minutes"] = str(appointment.expected_minutes or "")
    return values


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
    }  # fmt: skip


def pdf_name(doc: PrintedDocument, language: str) -> str:
    number = doc.number.replace("/", "-").replace("\\", "-")
    return f"{TITLES[language][doc.kind]} {number}.pdf"


def invitation_ics(appointment: AppointmentRow, company: str, now: datetime) -> bytes:
    """The booking as the customer's calendar sees it: the same UID as the office's export, so a
    later invitation for the same booking updates the event instead of adding one."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//Invitation//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    length = timedelta(minutes=appointment.expected_minutes or 0) or DEFAULT_LENGTH
    event.add("uid", f"appointment-{appointment.id}@assistdesk")
    event.add("dtstamp", now)
    event.add("dtstart", appointment.scheduled_at)
    event.add("dtend", appointment.scheduled_at + length)
    event.add("summary", f"Remote support: {company}" if company else "Remote support")
    calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
