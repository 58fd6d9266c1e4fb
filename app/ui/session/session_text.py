"""What the session panel's state line says: who the next session is for, whether it is
connecting, running or paused, and how the last one ended and what it cost."""

from __future__ import annotations

from app.core.records import CustomerRecord, SessionDetail
from app.core.session import SessionState
from app.core.timetext import format_hms
from app.ui.display import local_time_text, outcome_label
from app.ui.i18n import translate
from app.ui.session.session_cost import price_text


def state_text(
    detail: SessionDetail | None,
    last_ended: SessionDetail | None,
    customer: CustomerRecord | None,
    locale: str,
) -> str:
    """The line for the session on the panel, else for the one that just ended, else for the
    customer chosen for the next one."""
    if detail is None:
        if last_ended is not None:
            record = last_ended.record
            return translate(
                "SessionText", "Session with {name} ended — {outcome}, {time}, {price}."
            ).format(
                name=record.customer_name,
                outcome=outcome_label(record.outcome),
                time=format_hms(record.duration_seconds or 0),
                price=price_text(record.charge, locale),
            )
        if customer is None:
            return translate("SessionText", "Pick or add a customer to start a session.")
        return translate("SessionText", "Ready to start a session with {name}.").format(
            name=customer.name
        )
    name = detail.record.customer_name
    match detail.record.state:
        case SessionState.CONNECTING:
            text = translate(
                "SessionText", "Connecting to {name} — waiting for the customer to accept"
            )
        case SessionState.ACTIVE:
            since = detail.timeline.accepted_at
            if since is None:
                return translate("SessionText", "In session with {name}").format(name=name)
            return translate("SessionText", "In session with {name} since {time}").format(
                name=name, time=local_time_text(since)
            )
        case SessionState.PAUSED:
            text = translate(
                "SessionText", "Paused — the timer is stopped for {name}; press Resume to continue"
            )
        case _:
            text = translate("SessionText", "Session with {name} ended.")
    return text.format(name=name)
