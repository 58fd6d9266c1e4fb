"""How domain values read on screen: outcome and state words, tool names, local times, money.

Instants are stored in UTC and shown in the local zone (the system's unless one is given). The
QDateTime conversions go through milliseconds since the epoch, so no zone is guessed twice. Money
is formatted by Babel in a locale the caller passes in (tests pin it; the app asks the system once).
The words (outcomes, states) are in the installed language (see app.ui.i18n); tables show dates
as ISO "2026-11-24 10:05" and times as 24-hour "10:05" in every language (docs/languages.md).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from decimal import Decimal
from functools import cache

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QDateTimeEdit

from app.core.pricing import line_template
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome, SessionState
from app.core.timetext import FIRST_DAY, LAST_DAY
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

NO_VALUE = "—"
FALLBACK_LOCALE = "en_US"

# In English; outcome_label and state_label give them in the installed language.
OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.RESOLVED: QT_TRANSLATE_NOOP("Display", "Resolved"),
    Outcome.UNRESOLVED: QT_TRANSLATE_NOOP("Display", "Unresolved"),
    Outcome.CANCELLED: QT_TRANSLATE_NOOP("Display", "Cancelled by customer"),
}

STATE_LABELS: dict[SessionState, str] = {
    SessionState.CONNECTING: QT_TRANSLATE_NOOP("Display", "Connecting"),
    SessionState.ACTIVE: QT_TRANSLATE_NOOP("Display", "In session"),
    SessionState.PAUSED: QT_TRANSLATE_NOOP("Display", "Paused"),
    SessionState.ENDED: QT_TRANSLATE_NOOP("Display", "Ended"),
}

# The price lines' templates (app.core.pricing.LINE_TEMPLATES) as literals, so that lupdate finds
# them; tests/ui/test_languages.py checks the two lists agree.
PRICE_LINE_TEMPLATES = (
    QT_TRANSLATE_NOOP("PriceLines", "First {minutes} minutes"),
    QT_TRANSLATE_NOOP("PriceLines", "Further {minutes}-minute block"),
    QT_TRANSLATE_NOOP("PriceLines", "Out-of-hours fee"),
    QT_TRANSLATE_NOOP("PriceLines", "Out-of-hours surcharge ({percent} %)"),
)


def price_line_text(description: str) -> str:
    """A price line's stored (English) description in the installed language; an office's own
    text, or a translation that does not fit its values, as it was stored."""
    found = line_template(description)
    if found is None:
        return description
    template, values = found
    try:
        return translate("PriceLines", template).format(**values)
    except (KeyError, IndexError, ValueError):
        return description


def outcome_label(outcome: Outcome | None) -> str:
    return translate("Display", OUTCOME_LABELS[outcome]) if outcome is not None else NO_VALUE


def state_label(state: SessionState) -> str:
    return translate("Display", STATE_LABELS[state])


def tool_label(tool: RemoteTool | None, remote_id: str = "") -> str:
    """ "AnyDesk 123 456 789", "AnyDesk", or the ID alone when the tool is unknown."""
    parts = [tool.display_name if tool else "", remote_id]
    return " ".join(p for p in parts if p) or NO_VALUE


def local_datetime_text(instant: datetime | None, zone: tzinfo | None = None) -> str:
    """ "2026-11-24 10:05" in the local zone; a dash when there is no instant."""
    if instant is None:
        return NO_VALUE
    return instant.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def local_time_text(instant: datetime, zone: tzinfo | None = None) -> str:
    """ "10:05" in the local zone, for sentences about today's session."""
    return instant.astimezone(zone).strftime("%H:%M")


def day_time_text(instant: datetime, zone: tzinfo | None, locale: str) -> str:
    """ "Tue 24 Nov 14:00" (en_US), "ter., 24/11 14:00"…: a day and time for a sentence, the day
    in `locale`'s words, the time on the 24-hour clock."""
    from babel.dates import format_date

    local = instant.astimezone(zone)
    pattern = translate("Display", "EEE d MMM", "Babel date pattern: a day in a sentence")
    return f"{format_date(local.date(), pattern, locale=locale)} {local:%H:%M}"


def to_qdatetime(instant: datetime) -> QDateTime:
    """An aware instant as a QDateTime in Qt's local time, for date-time editors."""
    return QDateTime.fromMSecsSinceEpoch(round(instant.timestamp() * 1000))


def from_qdatetime(value: QDateTime) -> datetime:
    """What a date-time editor shows, as an aware UTC instant."""
    seconds, millis = divmod(value.toMSecsSinceEpoch(), 1000)
    return datetime.fromtimestamp(seconds, UTC) + timedelta(milliseconds=millis)


def keep_to_accepted_days(edit: QDateTimeEdit) -> QDateTimeEdit:
    """Limit a date (or date-time) editor to the days AssistDesk accepts, FIRST_DAY..LAST_DAY as
    on the command line (Qt's own range, 1752 to 9999, would overflow a day's next midnight),
    within any narrower range it already has."""
    low, high = edit.minimumDate(), edit.maximumDate()
    first = QDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day)
    last = QDate(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day)
    edit.setDateRange(max(low, first), min(high, last))
    return edit


def money_text(amount: Decimal, currency: str, locale: str) -> str:
    """ "€15.00" in en_US, "15,00 €" in pt_PT: the currency's own decimals, the locale's signs."""
    from babel.numbers import format_currency  # ~20 ms with its data: not before the window shows

    return format_currency(amount, currency, locale=locale)


@cache
def system_locale() -> str:
    """The locale money is shown in unless one is given: Babel's reading of the environment
    (LC_ALL, LC_MONETARY, LANG), or en_US when none is set or the C/POSIX locale is."""
    from babel import Locale, UnknownLocaleError, default_locale

    name = default_locale(("LC_ALL", "LC_MONETARY", "LANG"))
    if not name or name == "en_US_POSIX":
        return FALLBACK_LOCALE
    try:
        Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return FALLBACK_LOCALE
    return name
