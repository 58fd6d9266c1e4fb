"""One session told in full for the history window, as HTML: its times (corrected ones beside the
original), every event with its time, what the remote tool recorded, how the price was made up,
and the notes. A plain function of plain records, so tests read it without a window."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from decimal import Decimal
from html import escape

from app.core.records import SessionDetail
from app.core.session import CorrectedField, EventKind, SessionEvent
from app.core.timetext import format_hms
from app.services.reconciliation import ToolEvidenceRecord
from app.services.session_history import ChargeLine
from app.ui.display import NO_VALUE, local_datetime_text, money_text, outcome_label, tool_label

EVENT_LABELS = {
    EventKind.CREATED: "Opened",
    EventKind.ACCEPTED: "Connection accepted",
    EventKind.PAUSED: "Paused",
    EventKind.RESUMED: "Resumed",
    EventKind.ENDED: "Ended",
    EventKind.CORRECTED: "Corrected",
    EventKind.OVERRIDDEN: "Rule set aside",
    EventKind.NOTE: "Note",
    EventKind.OFFER_ACCEPTED: "Offer accepted",
    EventKind.CHECKED: "Checked",
    EventKind.ACCESS_CLOSED: "Access closed",
}
FIELD_LABELS = {CorrectedField.ACCEPTED_AT: "accepted time", CorrectedField.ENDED_AT: "end time"}


def event_line(event: SessionEvent, zone: tzinfo | None) -> str:
    """ "2026-11-24 10:05:30 — Connection accepted", with what the event says."""
    at = event.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")
    label = EVENT_LABELS.get(event.kind, event.kind.value)
    if event.kind is EventKind.CORRECTED and event.corrected_field is not None:
        recorded = event.recorded_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        what = FIELD_LABELS[event.corrected_field]
        return f"{at} — {what} corrected to this time on {recorded}: {event.text}"
    detail = event.text
    if event.kind is EventKind.ENDED:
        detail = outcome_label(event.outcome) + (f": {event.text}" if event.text else "")
    return f"{at} — {label}" + (f": {detail}" if detail else "")


def original_times(detail: SessionDetail) -> dict[EventKind, SessionEvent]:
    """The accepted and ended events as first recorded (before any correction)."""
    found: dict[EventKind, SessionEvent] = {}
    for event in detail.session.events:
        if event.kind in (EventKind.ACCEPTED, EventKind.ENDED) and event.kind not in found:
            found[event.kind] = event
    return found


def details_html(
    detail: SessionDetail,
    evidence: Sequence[ToolEvidenceRecord],
    lines: Sequence[ChargeLine],
    locale: str,
    zone: tzinfo | None = None,
) -> str:
    record = detail.record
    parts = [f"<h3>Session {record.id} — {escape(record.customer_name)}</h3>"]
    facts = [
        ("Tool", tool_label(record.tool, record.remote_id)),
        ("Equipment", record.equipment_label or NO_VALUE),
        ("Policy", record.policy_id or NO_VALUE),
        ("Workstation", record.workstation or NO_VALUE),
    ]
    originals = original_times(detail)
    for kind, name, shown in (
        (EventKind.ACCEPTED, "Accepted", record.accepted_at),
        (EventKind.ENDED, "Ended", record.ended_at),
    ):
        text = local_datetime_text(shown, zone)
        first = originals.get(kind)
        if first is not None and shown is not None and first.at != shown:
            text += f" (corrected; originally {local_datetime_text(first.at, zone)})"
        facts.append((name, text))
    duration = record.duration_seconds
    facts.append(("Duration", format_hms(duration) if duration is not None else NO_VALUE))
    facts.append(("Outcome", outcome_label(record.outcome)))
    parts.append(_table(facts))

    parts.append("<h4>Events</h4><ul>")
    parts += [f"<li>{escape(event_line(e, zone))}</li>" for e in detail.session.events]
    parts.append("</ul>")

    parts.append("<h4>Price</h4>")
    charge = record.charge
    if charge is None:
        parts.append("<p>Not priced.</p>")
    else:

        def money(amount: Decimal) -> str:
            return escape(money_text(amount, charge.currency, locale))

        rows = [
            f"<tr><td>{escape(ln.description)} × {ln.quantity}</td>"
            f"<td align='right'>{money(ln.amount)}</td></tr>"
            for ln in lines
        ]
        rows.append(f"<tr><td>Net</td><td align='right'>{money(charge.net)}</td></tr>")
        rows.append(f"<tr><td>VAT</td><td align='right'>{money(charge.vat)}</td></tr>")
        rows.append(
            f"<tr><td><b>Total</b></td><td align='right'><b>{money(charge.total)}</b></td></tr>"
        )
        parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>")
        notes = []
        if charge.free_seconds:
            notes.append(f"Free time used: {format_hms(charge.free_seconds)}")
        if charge.out_of_hours:
            notes.append("Out of hours")
        if charge.over_max:
            notes.append("Past the policy's maximum length")
        if notes:
            parts.append(f"<p>{escape(' · '.join(notes))}</p>")

    parts.append("<h4>Evidence from the tool</h4>")
    if not evidence:
        parts.append("<p>None recorded.</p>")
    else:
        parts.append("<ul>")
        for item in evidence:
            span = (
                f"{local_datetime_text(item.started_at, zone)} – "
                f"{local_datetime_text(item.ended_at, zone)}"
            )
            seen = "history" if item.kind == "history" else "seen live"
            where = f"{item.tool.display_name} {seen}, {item.source}"
            parts.append(
                f"<li>{escape(span)}: {escape(where)}<br><tt>{escape(item.line)}</tt></li>"
            )
        parts.append("</ul>")

    parts.append("<h4>Notes</h4>")
    notes_text = record.notes or NO_VALUE
    parts.append(f"<p>{escape(notes_text).replace(chr(10), '<br>')}</p>")
    return "".join(parts)


def _table(rows: Sequence[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
    return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"
