"""Settings: the values of the settings declared in app.setting_schema, stored as TOML in the
configuration directory (app.settings_file). Never a secret: passwords and tokens live in the
keyring.

Each value is checked here, once, whoever sets it (`assistdesk settings set`, the settings dialog)
and when the file is read: its kind, its choices, and the rules app.setting_rules names for its
key. A rule that depends on a file (the logo) is checked when the value is set. A value the file
holds that breaks a rule (an older version allowed it, or a hand edit) does not stop the others:
it is refused where it is used, with one sentence naming the key and how to fix it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.core.errors import DomainError, SettingProblemError
from app.core.messages import QT_TRANSLATE_NOOP
from app.setting_rules import ON_CHANGE, RULES, plain_line
from app.setting_schema import SCHEMA, SETTINGS_FILE, Setting, declared

__all__ = ["SCHEMA", "SETTINGS_FILE", "Setting", "Settings"]


class Settings(Mapping[str, Any]):
    """The settings' values. Given in code (`Settings({...})`, `with_value`) each value is
    checked at once; read from the file (`load`) each one is kept as written and a value that
    breaks a rule is a problem: `settings[key]` then raises SettingProblemError — the value is
    refused where it is used — while `written(key)` shows it and `preference(key)` falls back to
    the default (for what the desk needs to open at all)."""

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        self._values = {s.key: s.default for s in SCHEMA}
        for key, value in (values or {}).items():
            self._values[key] = check_value(key, value)
        self._written: dict[str, Any] = {}  # a value with a problem, as the file has it
        self._problems: dict[str, str] = {}  # key (or a name that is no setting) → the problem
        self.source: Path | None = None  # the file read, named in a problem's sentence
        self.unreadable: str | None = None  # why the file could not be read at all

    def __getitem__(self, key: str) -> Any:
        if key in self._values and (self.unreadable or key in self._problems):
            raise self._refusal(key)
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Settings):
            return NotImplemented
        return self._state() == other._state()

    def _state(self) -> tuple[object, ...]:
        return self._values, self._written, self._problems, self.unreadable

    @property
    def problems(self) -> Mapping[str, str]:
        """Each value of the file that breaks a rule, and each name in it that is no setting,
        with the rule's sentence (which names the key)."""
        return dict(self._problems)

    def written(self, key: str) -> Any:
        """The value as the file has it, even one with a problem (to show it, to keep it)."""
        return self._written.get(key, self._values[key])

    def preference(self, key: str) -> Any:
        """The value, or the default where it has a problem: for what the desk needs to open at
        all (the tray, the compact timer), the problem being shown meanwhile."""
        return self._values[key]

    def with_value(self, key: str, raw: str | int | bool) -> Settings:
        """These settings with `key` changed to `raw`, checked; the others as they are."""
        value = _convert(key, raw)
        if key in ON_CHANGE:
            value = ON_CHANGE[key](key, value)
        changed = self.copy()
        changed._values[key] = value
        changed._written.pop(key, None)
        changed._problems.pop(key, None)
        return changed

    def adopt(self, other: Settings) -> None:
        """Take `other`'s values, problems and source in place: every service that holds this
        object reads the saved settings from now on, without a restart."""
        self._values, self._written = dict(other._values), dict(other._written)
        self._problems, self.source = dict(other._problems), other.source
        self.unreadable = other.unreadable

    def copy(self) -> Settings:
        made = Settings()
        made._values, made._written = dict(self._values), dict(self._written)
        made._problems, made.source = dict(self._problems), self.source
        made.unreadable = self.unreadable
        return made

    @classmethod
    def as_read(
        cls,
        source: Path,
        values: Mapping[str, Any],
        written: Mapping[str, Any] = MappingProxyType({}),
        problems: Mapping[str, str] = MappingProxyType({}),
        unreadable: str | None = None,
    ) -> Settings:
        """Settings as app.settings_file read them from `source`: `values` checked there,
        `written` the values with a problem (by key), `problems` the sentences."""
        made = cls()
        made._values.update(values)
        made._written, made._problems = dict(written), dict(problems)
        made.source, made.unreadable = source, unreadable
        return made

    @classmethod
    def load(cls, config_dir: Path) -> Settings:
        """The settings file's values, read leniently (app.settings_file)."""
        from app.settings_file import read

        return read(config_dir)

    def save(self, config_dir: Path) -> Path:
        """Write atomically what differs from the defaults, values with a problem as written."""
        from app.settings_file import write

        return write(self, config_dir)

    def _refusal(self, key: str) -> SettingProblemError:
        if self.unreadable:  # the whole file: no key to name
            return SettingProblemError(self.unreadable, "", self.unreadable)
        problem = self._problems[key]
        message = QT_TRANSLATE_NOOP(
            "Messages", "{path}: {problem}; fix it with `assistdesk settings set {key} …`."
        ).format(path=str(self.source or SETTINGS_FILE), problem=problem.rstrip("."), key=key)
        return SettingProblemError(message, key, problem)


def _convert(key: str, raw: str | int | bool) -> Any:
    spec = declared(key)
    if spec.kind is int and isinstance(raw, str):
        digits = raw.strip()  # ASCII digits only: `isdigit()` and `int()` also take "²" or "٣"
        if not (digits.isascii() and digits.isdigit()) or len(digits) > 100:
            raise DomainError(
                QT_TRANSLATE_NOOP("Messages", "{key} must be a whole number, not {raw!r}.").format(
                    key=key, raw=raw if len(raw) <= 40 else f"{raw[:37]}..."
                )
            )
        raw = int(digits)
    if spec.kind is bool and isinstance(raw, str):
        if raw.lower() not in ("true", "false", "yes", "no", "1", "0"):
            raise DomainError(
                QT_TRANSLATE_NOOP("Messages", "{key} must be true or false, not {raw!r}.").format(
                    key=key, raw=raw
                )
            )
        raw = raw.lower() in ("true", "yes", "1")
    return check_value(key, raw)


def check_value(key: str, value: Any) -> Any:
    spec = declared(key)
    if not isinstance(value, spec.kind) or (spec.kind is int and isinstance(value, bool)):
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "{key} must be {kind}, not {value!r}.").format(
                key=key, kind=spec.kind.__name__, value=value
            )
        )
    if spec.choices and value not in spec.choices:
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "{key} must be one of {choices}, not {value!r}.").format(
                key=key, choices=", ".join(spec.choices), value=value
            )
        )
    value = value.strip() if isinstance(value, str) else value
    if isinstance(value, str):
        value = plain_line(key, value)
    for rule in RULES.get(key, ()):
        value = rule(key, value)
    return value
