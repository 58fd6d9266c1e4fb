"""Reading a policy file (TOML) strictly: every problem names the file, the key and what is wrong.

The format is a contract documented in docs/policies.md. Unknown keys are refused, so a typo never
silently falls back to a default.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from app.core.messages import QT_TRANSLATE_NOOP
from app.core.policy import (
    WEEKDAYS,
    Allowance,
    CustomerMail,
    OutsideHours,
    Policy,
    Schedule,
    Tariff,
    TariffMode,
    ToolPreferences,
    Window,
)
from app.core.policy_reader import (
    _ID,
    _MISSING,
    _amount,
    _choice,
    _clock_time,
    _currency,
    _flag,
    _holiday_region,
    _Section,
    _table,
    _text,
    _whole,
    _zone,
)
from app.core.policy_reader import (
    PolicyFileError as PolicyFileError,  # re-exported: part of this module's API
)
from app.core.remote_tool import RemoteTool, ToolVersion
from app.core.session_rules_file import read_session_rules


def load_policy(path: str | Path) -> Policy:
    """Read and check a policy file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise PolicyFileError(
            QT_TRANSLATE_NOOP("Messages", "{path}: there is no such policy file.").format(path=path)
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise PolicyFileError(
            QT_TRANSLATE_NOOP("Messages", "{path}: cannot be read ({error}).").format(
                path=path, error=error
            )
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise PolicyFileError(
            QT_TRANSLATE_NOOP("Messages", "{path}: is not valid TOML ({error}).").format(
                path=path, error=error
            )
        ) from None
    return parse_policy(data, str(path), text)


def parse_policy(data: Mapping[str, Any], source: str, text: str = "") -> Policy:
    top = _Section(data, "", source)

    def policy_id(value: Any) -> str:
        text = _text(value)
        if not _ID.match(text):
            raise ValueError(f"{text!r} must be letters, digits and dashes")
        return text.lower()

    pid = top.take("id", policy_id)
    name = top.take("name", _text)
    currency = top.take("currency", _currency)
    vat_percent = top.take("vat_percent", _amount)
    include_vat = top.take("prices_include_vat", _flag)
    tariff = _read_tariff(_Section(top.take("tariff", _table), "tariff", source))
    allowance_data = top.take("allowance", _table, None)
    allowance = (
        _read_allowance(_Section(allowance_data, "allowance", source))
        if allowance_data is not None
        else None
    )
    schedule_data = top.take("schedule", _table, None)
    schedule = (
        _read_schedule(_Section(schedule_data, "schedule", source))
        if schedule_data is not None
        else None
    )
    tools_data = top.take("tools", _table, None)
    tools = (
        _read_tools(_Section(tools_data, "tools", source))
        if tools_data is not None
        else ToolPreferences()
    )
    mail_data = top.take("mail", _table, None)
    mail = _read_mail(_Section(mail_data, "mail", source)) if mail_data else CustomerMail()
    session = read_session_rules(top, source)
    top.finish()
    return Policy(
        pid, name, currency, vat_percent, include_vat, tariff, allowance, schedule, source, text,
        tools, mail, session,
    )  # fmt: skip


def _read_tariff(section: _Section) -> Tariff:
    mode = section.take("mode", _choice(TariffMode), TariffMode.BLOCKS)
    blocks_required = mode is TariffMode.BLOCKS
    optional: Any = _MISSING if blocks_required else None
    tariff = Tariff(
        mode=mode,
        first_block_minutes=section.take("first_block_minutes", _whole(1), optional),
        first_block_price=section.take("first_block_price", _amount, optional),
        block_minutes=section.take("block_minutes", _whole(1), optional),
        block_price=section.take("block_price", _amount, optional),
        grace_seconds=section.take("grace_seconds", _whole(0), 0),
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


def _read_schedule(section: _Section) -> Schedule:
    outside = section.take("outside_hours", _choice(OutsideHours), OutsideHours.ALLOW)
    percent = section.take("surcharge_percent", _amount, None)
    fixed = section.take("surcharge_fixed", _amount, None)
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
        try:
            days.add(item if isinstance(item, date) else date.fromisoformat(str(item)))
        except ValueError:
            raise ValueError(f'{item!r} is not a date such as "2026-12-24"') from None
    return frozenset(days)


def _windows_list(value: Any) -> list[Mapping[str, Any]]:
    if not isinstance(value, list) or not value or not all(isinstance(w, dict) for w in value):
        raise ValueError("must be one or more [[schedule.windows]] tables")
    return value


def _read_window(data: Mapping[str, Any], number: int, parent: _Section) -> Window:
    section = _Section(data, f"schedule.windows[{number}]", parent._source)

    def days(value: Any) -> frozenset[int]:
        if not isinstance(value, list) or not value:
            raise ValueError('must be a list of days such as ["mon", "tue"]')
        names = [str(v).strip().lower()[:3] for v in value]
        unknown = [v for v, n in zip(value, names, strict=True) if n not in WEEKDAYS]
        if unknown:
            raise ValueError(f"{unknown[0]!r} is not a day; use mon, tue, wed, thu, fri, sat, sun")
        return frozenset(WEEKDAYS.index(n) for n in names)

    window = Window(
        days=section.take("days", days),
        start=section.take("start", _clock_time),
        end=section.take("end", _clock_time),
    )
    section.finish()
    if window.end <= window.start:
        raise section.fail("end", f"{window.end:%H:%M} is not after start {window.start:%H:%M}")
    return window


def _read_tools(section: _Section) -> ToolPreferences:
    def tool_list(value: Any) -> tuple[RemoteTool, ...]:
        if not isinstance(value, list):
            raise ValueError('must be a list of tools such as ["zoho-assist", "teamviewer"]')
        tools = tuple(RemoteTool.parse(_text(item)) for item in value)
        repeated = [t.value for t in tools if tools.count(t) > 1]
        if repeated:
            raise ValueError(f"names {repeated[0]!r} twice")
        return tools

    def versions(value: Any) -> tuple[tuple[RemoteTool, ToolVersion], ...]:
        table = _table(value)
        pairs = []
        for key, version in table.items():
            if not isinstance(version, str):
                raise ValueError(f'{key}: the version must be text in quotes, such as "4.0"')
            pairs.append((RemoteTool.parse(key), ToolVersion.parse(version)))
        tools = [tool for tool, _ in pairs]
        if len(set(tools)) < len(tools):
            raise ValueError("names a tool twice")
        return tuple(sorted(pairs, key=lambda pair: pair[0].value))

    preferences = ToolPreferences(
        preferred=section.take("preferred", tool_list, ()),
        minimum_versions=section.take("minimum_versions", versions, ()),
    )
    section.finish()
    return preferences


MAIL_LANGUAGES = ("en", "pt", "nl")


def _read_mail(section: _Section) -> CustomerMail:
    def language(value: Any) -> str:
        code = _text(value).lower()
        if code not in MAIL_LANGUAGES:
            raise ValueError(f"{value!r} is not one of {', '.join(MAIL_LANGUAGES)}")
        return code

    mail = CustomerMail(
        session_summary=section.take("session_summary", _flag, False),
        backup_advice=section.take("backup_advice", _flag, False),
        terms="\n".join(line.strip() for line in section.take("terms", _text, "").splitlines()),
        language=section.take("language", language, ""),
    )
    section.finish()
    return mail
