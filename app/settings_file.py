"""The settings file, settings.toml in the configuration directory (`company.name` is `name` in
the `[company]` table): read leniently, written atomically.

Reading keeps every value as written. One that breaks its rule, and a name that is no setting,
becomes a problem of the Settings read (app.settings): the value is refused where it is used,
the rest works. A file that cannot be read at all (not TOML, not UTF-8, too large, no regular
file) makes every value refused with that sentence, and is never overwritten by a change of one
value — only by a whole new set of settings (the settings dialog's)."""

from __future__ import annotations

import contextlib
import json
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.core.errors import DomainError
from app.core.input_file import read_regular_file
from app.core.messages import QT_TRANSLATE_NOOP
from app.setting_schema import SCHEMA, SETTINGS_FILE
from app.settings import Settings, check_value

LARGEST_FILE = 1 << 20
UNREADABLE = QT_TRANSLATE_NOOP("Messages", "{path}: the settings cannot be read ({error}).")


def read(config_dir: Path) -> Settings:
    """The file's settings (the defaults where it says nothing, or when there is none)."""
    path = config_dir / SETTINGS_FILE
    try:
        if not path.exists():
            return Settings()
        data = tomllib.loads(read_regular_file(path, LARGEST_FILE).decode("utf-8"))
    except (OSError, DomainError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as e:
        reason = type(e).__name__ if isinstance(e, RecursionError) else str(e)
        return Settings.as_read(path, {}, unreadable=UNREADABLE.format(path=path, error=reason))
    known = {spec.key for spec in SCHEMA}
    values: dict[str, Any] = {}
    written: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for key, value in _flatten(data).items():
        if key not in known:
            problems[key] = _unknown(key)
            continue
        try:
            values[key] = check_value(key, value)
        except DomainError as error:
            written[key], problems[key] = value, error.args[0] if error.args else str(error)
    return Settings.as_read(path, values, written, problems)


def write(settings: Settings, config_dir: Path) -> Path:
    """Write atomically: a crash leaves the old file or the new one, never half of one. What
    differs from the defaults is written, a value with a problem as the file had it."""
    from app.services.output_file import write_file

    if settings.unreadable:
        why = getattr(settings.unreadable, "values", {"path": settings.source, "error": "?"})
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path}: the settings cannot be read ({error}), so nothing was written; correct "
                "or remove the file first.",
            ).format(path=why["path"], error=why["error"])
        )
    with contextlib.suppress(OSError):  # one that cannot be made is named by write_file
        config_dir.mkdir(parents=True, exist_ok=True)
    values = {}
    for spec in SCHEMA:
        value = settings.written(spec.key)
        if value != spec.default or spec.key in settings.problems:
            values[spec.key] = value
    return write_file(config_dir / SETTINGS_FILE, _to_toml(values).encode("utf-8"))


def _unknown(key: str) -> str:
    return QT_TRANSLATE_NOOP(
        "Messages",
        "{key!r} is not a setting AssistDesk knows: it is ignored, and left out when the settings "
        "are next saved.",
    ).format(key=key)


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def _to_toml(values: Mapping[str, Any]) -> str:
    """Each setting under its table; JSON's string, number and boolean syntax is valid TOML. A
    value of another kind kept as written that JSON cannot say (a TOML date) is left out."""
    lines = ["# AssistDesk settings: see `assistdesk settings list`. Secrets live in the keyring."]
    tables: dict[str, list[str]] = {}
    for key in sorted(values):
        try:
            written = json.dumps(values[key], ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError):
            continue
        table, _, name = key.rpartition(".")
        tables.setdefault(table, []).append(f"{name} = {written}")
    for table, entries in tables.items():
        lines += ["", f"[{table}]", *entries]
    return "\n".join(lines) + "\n"
