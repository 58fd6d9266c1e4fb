"""Reading a policy file (TOML) strictly: every problem names the file, the key and what is wrong.

The format is a contract documented in docs/policies.md. Unknown keys are refused, so a typo never
silently falls back to a default. A file is read only if it is a regular file of at most 1 MB whose
tables and arrays nest at most 8 deep; nothing a policy needs comes close to either.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.core.policy import (
    WEEKDAYS,
    Allowance,
    OutsideHours,
    Policy,
    Schedule,
    Tariff,
    TariffMode,
    Window,
)
from app.core.policy_reader import (
    _MISSING,
    MAX_MINUTES,
    MAX_PERCENT,
    POLICY_ID,
    _choice,
    _clock_time,
    _currency,
    _flag,
    _holiday_region,
    _percent,
    _price,
    _Section,
    _table,
    _text,
    _whole,
    _zone,
    shown,
)
from app.core.policy_reader import (
    PolicyFileError as PolicyFileError,  # re-exported: part of this module's API
)
from app.core.policy_source import read_policy_text, read_toml
from app.core.session_rules_file import read_session_rules
from app.core.tools_mail_file import read_mail, read_tools


def load_policy(path: str | Path) -> Policy:
    """Read and check a policy file."""
    path = Path(path)
    return policy_from_text(read_policy_text(path), str(path))


def policy_from_text(text: str, source: str) -> Policy:
    """The policy a file's `text` describes (`source` names it in problems)."""
    return parse_policy(read_toml(text, source), source, text)


HUNDRED = Decimal(100)


def parse_policy(data: Mapping[str, Any], source: str, text: str = "") -> Policy:
    top = _Section(data, "", source)

    def policy_id(value: Any) -> str:
        text = _text(value, longest=64)
        if not POLICY_ID.fullmatch(text):
            raise ValueError(f"{shown(text)} must be letters, digits and dashes")
        return text.lower()

    pid = top.take("id", policy_id)
    name = top.take("name", _text)
    currency = top.take("currency", _currency)
    vat_percent = top.take("vat_percent", _percent(HUNDRED))
    include_vat = top.take("prices_include_vat", _flag)
    tariff = _read_tariff(_Section(top.take("tariff", _table), "tariff", source), currency)
    allowance_data = top.take("allowance", _table, None)
    allowance = (
        _read_allowance(_Section(allowance_data, "allowance", source))
        if allowance_data is not None
        else None
    )
    schedule_data = top.take("schedule", _table, None)
    schedule = (
        _read_schedule(_Section(schedule_data, "schedule", source), currency)
        if schedule_data is not None
        else None
    )
    tools = read_tools(top, source)
    mail = read_mail(top, source)
    session = read_session_rules(top, source)
    top.finish()
    return Policy(
        pid, name, currency, vat_percent, include_vat, tariff, allowance, schedule, source, text,
        tools, mail, session,
    )  # fmt: skip


def _read_tariff(section: _Section, currency: str) -> Tariff:
    mode = section.take("mode", _choice(TariffMode), TariffMode.BLOCKS)
    blocks_required = mode is TariffMode.BLOCKS
    optional: Any = _MISSING if blocks_required else None
    tariff = Tariff(
        mode=mode,
        first_block_minutes=section.take("first_block_minutes", _whole(1), optional),
        first_block_price=section.take("first_block_price", _price(currency), optional),
        block_minutes=section.take("block_minutes", _whole(1), optional),
        block_price=section.take("block_price", _price(currency), optional),
        grace_seconds=section.take("grace_seconds", _whole(0, MAX_MINUTES * 60), 0),
        charge_unresolved=section.take("charge_unresolved", _flag, True),
        max_session_minutes=section.take("max_session_minutes", _whole(1), None),
    )
    section.finish()
    if tariff.block_minutes is not None and tariff.grace_seconds >= tariff.block_minutes * 60:
        raise section.fail("grace_seconds", "must be shorter than a block")
    return tariff


def _read_allowance(section: _Section) -> Allowance:
    allowance = Allowance(
        minutes=section.take("minutes", _whole(0)),
        period=section.take("period", _choice(lambda v: _period(v))),
        requires_paid_service=section.take("requires_paid_service", _flag, False),
        requires_known_equipment=section.take("requires_known_equipment", _flag, False),
    )
    section.finish()
    return allowance


def _period(value: str) -> str:
    if value not in ("month", "year"):
        raise ValueError(value)
    return value


def _read_schedule(section: _Section, currency: str) -> Schedule:
    outside = section.take("outside_hours", _choice(OutsideHours), OutsideHours.ALLOW)
    percent = section.take("surcharge_percent", _percent(MAX_PERCENT), None)
    fixed = section.take("surcharge_fixed", _price(currency), None)
    if percent is not None and fixed is not None:
        raise section.fail("surcharge_fixed", "cannot be given together with surcharge_percent")
    if outside is OutsideHours.SURCHARGE and percent is None and fixed is None:
        raise section.fail(
            "surcharge_percent",
            'is required when outside_hours is "surcharge" (or give surcharge_fixed)',
        )
    windows_raw = section.take("windows", _windows_list)
    schedule = Schedule(
        timezone=section.take("timezone", _zone),
        late_tolerance_minutes=section.take("late_tolerance_minutes", _whole(0), 0),
        outside_hours=outside,
        surcharge_percent=percent,
        surcharge_fixed=fixed,
        holidays=section.take("holidays", _holiday_region, None),
        windows=tuple(_read_window(w, i, section) for i, w in enumerate(windows_raw, 1)),
        closed_dates=section.take("closed_dates", _dates, frozenset()),
        max_unbooked_minutes=section.take("max_unbooked_minutes", _whole(1), None),
    )
    section.finish()
    return schedule


def _dates(value: Any) -> frozenset[date]:
    if not isinstance(value, list):
        raise ValueError('must be a list of dates such as ["2026-12-24"]')
    days = set()
    for item in value:
        if isinstance(item, date) and not isinstance(item, datetime):
            days.add(item)
            continue
        found = _DATE.fullmatch(item) if isinstance(item, str) else None
        try:
            if found is None:
                raise ValueError(item)
            days.add(date.fromisoformat(item))
        except ValueError:
            raise ValueError(f'{shown(item)} is not a date such as "2026-12-24"') from None
    return frozenset(days)


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DAY_NAMES = {
    name: number
    for number, (short, long) in enumerate(
        zip(WEEKDAYS, ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"), strict=True)
    )
    for name in (short, long)
}  # fmt: skip


def _windows_list(value: Any) -> list[Mapping[str, Any]]:
    if not isinstance(value, list) or not value or not all(isinstance(w, dict) for w in value):
        raise ValueError("must be one or more [[schedule.windows]] tables")
    return value


def _read_window(data: Mapping[str, Any], number: int, parent: _Section) -> Window:
    section = _Section(data, f"schedule.windows[{number}]", parent._source)

    def days(value: Any) -> frozenset[int]:
        if not isinstance(value, list) or not value:
            raise ValueError('must be a list of days such as ["mon", "tue"]')
        found = set()
        for item in value:
            name = item.strip().lower() if isinstance(item, str) else ""
            if name not in _DAY_NAMES:
                raise ValueError(
                    f"{shown(item)} is not a day; use mon, tue, wed, thu, fri, sat, sun"
                )
            found.add(_DAY_NAMES[name])
        return frozenset(found)

    window = Window(
        days=section.take("days", days),
        start=section.take("start", _clock_time),
        end=section.take("end", _clock_time),
    )
    section.finish()
    if window.end <= window.start:
        raise section.fail("end", f"{window.end:%H:%M} is not after start {window.start:%H:%M}")
    return window
