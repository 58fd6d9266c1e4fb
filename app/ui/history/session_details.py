"""One session told in full for the history window, as HTML: its times (corrected ones beside the
original), every event with its time, what the remote tool recorded, how the price was made up,
the invoices and credit notes it has been on, and the notes. A plain function of plain records,
so tests read it without a window."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from decimal import Decimal, InvalidOperation
from html import escape

from app.core.invoice_document import DocumentKind
from app.core.records import SessionDetail
from app.core.session import CorrectedField, EventKind, SessionEvent
from app.core.timetext import format_hms
from app.services.reconciliation import ToolEvidenceRecord
from app.services.session_documents import SessionDocument
from app.services.session_history import ChargeLine
from app.ui.display import (
    FALLBACK_LOCALE,
    NO_VALUE,
    local_datetime_text,
    money_text,
    outcome_label,
    price_line_text,
    tool_label,
)
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.session.auto_start import AUTO_START_UNDONE

_C = "SessionDetails"  # the translation context of this module's texts
EVENT_LABELS = {
    EventKind.CREATED: QT_TRANSLATE_NOOP("SessionDetails", "Opened"),
    EventKind.ACCEPTED: QT_TRANSLATE_NOOP("SessionDetails", "Connection accepted"),
    EventKind.PAUSED: QT_TRANSLATE_NOOP("SessionDetails", "Paused"),
    EventKind.RESUMED: QT_TRANSLATE_NOOP("SessionDetails", "Resumed"),
    EventKind.ENDED: QT_TRANSLATE_NOOP("SessionDetails", "Ended"),
    EventKind.CORRECTED: QT_TRANSLATE_NOOP("SessionDetails", "Corrected"),
    EventKind.OVERRIDDEN: QT_TRANSLATE_NOOP("SessionDetails", "Rule set aside"),
    EventKind.NOTE: QT_TRANSLATE_NOOP("SessionDetails", "Note"),
    EventKind.OFFER_ACCEPTED: QT_TRANSLATE_NOOP("SessionDetails", "Offer accepted"),
    EventKind.CHECKED: QT_TRANSLATE_NOOP("SessionDetails", "Checked"),
    EventKind.ACCESS_CLOSED: QT_TRANSLATE_NOOP("SessionDetails", "Access closed"),
    EventKind.UNACCEPTED: QT_TRANSLATE_NOOP("SessionDetails", "Automatic start undone"),
}
# Reasons the app itself records, stored in English, read in the installed language.
KNOWN_REASONS = {
    AUTO_START_UNDONE: QT_TRANSLATE_NOOP("SessionDetails", "the technician pressed Undo"),
}
DOCUMENT_LABELS = {
    DocumentKind.INVOICE: QT_TRANSLATE_NOOP(
        "SessionDetails", "{date} — invoice {number}, line {n}"
    ),
    DocumentKind.STATEMENT: QT_TRANSLATE_NOOP(
        "SessionDetails", "{date} — service statement {number}, line {n}"
    ),
    DocumentKind.CREDIT_NOTE: QT_TRANSLATE_NOOP(
        "SessionDetails", "{date} — credit note {number}, crediting line {n} of {invoice}"
    ),
}
RELEASED = QT_TRANSLATE_NOOP("SessionDetails", "the session can be invoiced again")
FIELD_LABELS = {
    CorrectedField.ACCEPTED_AT: QT_TRANSLATE_NOOP("SessionDetails", "accepted time"),
    CorrectedField.ENDED_AT: QT_TRANSLATE_NOOP("SessionDetails", "end time"),
}


def event_line(
    event: SessionEvent, zone: tzinfo | None, currency: str = "", locale: str = FALLBACK_LOCALE
) -> str:
    """ "2026-11-24 10:05:30 — Connection accepted", with what the event says; an accepted
    offer's amount in `currency` (the session's, when known) as `locale` writes money."""
    at = event.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")
    label = translate(_C, EVENT_LABELS[event.kind]) if event.kind in EVENT_LABELS else event.kind
    if event.kind is EventKind.CORRECTED and event.corrected_field is not None:
        recorded = event.recorded_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        what = translate(_C, FIELD_LABELS[event.corrected_field])
        text = translate("SessionDetails", "{at} — {what} corrected to this time on {when}: {why}")
        return text.format(at=at, what=what, when=recorded, why=event.text)
    detail = event.text
    if event.kind is EventKind.ENDED:
        detail = outcome_label(event.outcome) + (f": {event.text}" if event.text else "")
    elif event.kind is EventKind.OFFER_ACCEPTED and currency:
        detail = _money_or_text(event.text, currency, locale)
    elif event.kind is EventKind.UNACCEPTED and event.text in KNOWN_REASONS:
        detail = translate(_C, KNOWN_REASONS[event.text])
    return f"{at} — {label}" + (f": {detail}" if detail else "")


def _money_or_text(text: str, currency: str, locale: str) -> str:
    """An amount stored as text ("39.90") as money ("$39.90"); the text itself if it is none."""
    try:
        return money_text(Decimal(text), currency, locale)
    except (InvalidOperation, ValueError):
        return text


def original_times(detail: SessionDetail) -> dict[EventKind, SessionEvent]:
    """The accepted and ended events as recorded before any correction. An undone automatic
    start (UNACCEPTED) forgets the acceptance before it, so the original is the acceptance that
    stands, like the timeline's `raw_accepted_at`: accepting again after an undo corrects
    nothing."""
    found: dict[EventKind, SessionEvent] = {}
    for event in detail.session.events:
        if event.kind is EventKind.UNACCEPTED:
            found.pop(EventKind.ACCEPTED, None)
        elif event.kind in (EventKind.ACCEPTED, EventKind.ENDED) and event.kind not in found:
            found[event.kind] = event
    return found


def details_html(
    detail: SessionDetail,
    evidence: Sequence[ToolEvidenceRecord],
    lines: Sequence[ChargeLine],
    locale: str,
    zone: tzinfo | None = None,
    documents: Sequence[SessionDocument] = (),
) -> str:
    record = detail.record
    title = translate("SessionDetails", "Session {id} — {customer}")
    parts = [f"<h3>{escape(title.format(id=record.id, customer=record.customer_name))}</h3>"]
    facts = [
        (translate("SessionDetails", "Tool"), tool_label(record.tool, record.remote_id)),
        (translate("SessionDetails", "Equipment"), record.equipment_label or NO_VALUE),
        (translate("SessionDetails", "Policy"), record.policy_id or NO_VALUE),
        (translate("SessionDetails", "Technician"), record.technician or NO_VALUE),
        (translate("SessionDetails", "Workstation"), record.workstation or NO_VALUE),
    ]
    originals = original_times(detail)
    for kind, name, shown in (
        (EventKind.ACCEPTED, translate("SessionDetails", "Accepted"), record.accepted_at),
        (EventKind.ENDED, translate("SessionDetails", "Ended"), record.ended_at),
    ):
        text = local_datetime_text(shown, zone)
        first = originals.get(kind)
        if first is not None and shown is not None and first.at != shown:
            note = translate("SessionDetails", "{time} (corrected; originally {original})")
            text = note.format(time=text, original=local_datetime_text(first.at, zone))
        facts.append((name, text))
    duration = record.duration_seconds
    shown_duration = format_hms(duration) if duration is not None else NO_VALUE
    facts.append((translate("SessionDetails", "Duration"), shown_duration))
    facts.append((translate("SessionDetails", "Outcome"), outcome_label(record.outcome)))
    parts.append(_table(facts))

    parts.append(_heading(translate("SessionDetails", "Events")) + "<ul>")
    currency = record.charge.currency if record.charge is not None else ""
    parts += [
        f"<li>{escape(event_line(e, zone, currency, locale))}</li>" for e in detail.session.events
    ]
    parts.append("</ul>")

    parts.append(_heading(translate("SessionDetails", "Price")))
    charge = record.charge
    if charge is None:
        parts.append(_paragraph(translate("SessionDetails", "Not priced.")))
    else:

        def money(amount: Decimal) -> str:
            return escape(money_text(amount, charge.currency, locale))

        rows = [
            f"<tr><td>{escape(price_line_text(ln.description))} × {ln.quantity}</td>"
            f"<td align='right'>{money(ln.amount)}</td></tr>"
            for ln in lines
        ]
        for name, amount in (
            (translate("SessionDetails", "Net"), charge.net),
            (translate("SessionDetails", "VAT"), charge.vat),
        ):
            rows.append(f"<tr><td>{escape(name)}</td><td align='right'>{money(amount)}</td></tr>")
        total = escape(translate("SessionDetails", "Total"))
        rows.append(
            f"<tr><td><b>{total}</b></td><td align='right'><b>{money(charge.total)}</b></td></tr>"
        )
        parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>")
        notes = []
        if charge.free_seconds:
            free = translate("SessionDetails", "Free time used: {time}")
            notes.append(free.format(time=format_hms(charge.free_seconds)))
        if charge.out_of_hours:
            notes.append(translate("SessionDetails", "Out of hours"))
        if charge.over_max:
            notes.append(translate("SessionDetails", "Past the policy's maximum length"))
        if notes:
            parts.append(f"<p>{escape(' · '.join(notes))}</p>")

    parts.append(_heading(translate("SessionDetails", "Invoices and credit notes")))
    if not documents:
        parts.append(_paragraph(translate("SessionDetails", "Not invoiced.")))
    else:
        items = "".join(f"<li>{escape(document_line(d, zone))}</li>" for d in documents)
        parts.append(f"<ul>{items}</ul>")

    parts.append(_heading(translate("SessionDetails", "Evidence from the tool")))
    if not evidence:
        parts.append(_paragraph(translate("SessionDetails", "None recorded.")))
    else:
        parts.append("<ul>")
        for item in evidence:
            span = (
                f"{local_datetime_text(item.started_at, zone)} – "
                f"{local_datetime_text(item.ended_at, zone)}"
            )
            if item.kind == "history":
                seen = translate("SessionDetails", "{tool} history, {source}")
            else:
                seen = translate("SessionDetails", "{tool} seen live, {source}")
            where = seen.format(tool=item.tool.display_name, source=item.source)
            parts.append(
                f"<li>{escape(span)}: {escape(where)}<br><tt>{escape(item.line)}</tt></li>"
            )
        parts.append("</ul>")

    parts.append(_heading(translate("SessionDetails", "Notes")))
    notes_text = record.notes or NO_VALUE
    parts.append(f"<p>{escape(notes_text).replace(chr(10), '<br>')}</p>")
    return "".join(parts)


def document_line(document: SessionDocument, zone: tzinfo | None) -> str:
    """ "2026-11-25 — credit note NC 2026/0001, crediting line 1 of FT 2026/0001: the session can
    be invoiced again", on the day it was issued in the desk's zone."""
    day = document.issued_at.astimezone(zone).strftime("%Y-%m-%d")
    text = translate(_C, DOCUMENT_LABELS[document.kind]).format(
        date=day, number=document.number, n=document.line, invoice=document.credits
    )
    return f"{text}: {translate(_C, RELEASED)}" if document.released else text


def _heading(text: str) -> str:
    return f"<h4>{escape(text)}</h4>"


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _table(rows: Sequence[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
    return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"
