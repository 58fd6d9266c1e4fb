"""Settings: declared once (key, kind, default, label), stored as TOML in the configuration
directory (`company.name` is `name` in the `[company]` table). Never a secret: passwords and tokens
live in the keyring.

Each value is checked here, once, whoever sets it (`assistdesk settings set`, the settings dialog)
and when the file is read: its kind, its choices, and the rules app.setting_rules names for its
key. A rule that depends on a file (the logo) is checked when the value is set."""

from __future__ import annotations

import contextlib
import json
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import DomainError
from app.core.input_file import read_regular_file
from app.core.messages import QT_TRANSLATE_NOOP  # labels: "Settings"; error sentences: "Messages"
from app.setting_rules import ON_CHANGE, RULES, plain_line

SETTINGS_FILE = "settings.toml"


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    kind: type  # str, int or bool
    default: Any
    label: str
    choices: tuple[str, ...] = ()


SCHEMA: tuple[Setting, ...] = (
    Setting("company.name", str, "", QT_TRANSLATE_NOOP("Settings", "Company name")),
    Setting("company.address", str, "", QT_TRANSLATE_NOOP("Settings", "Company address")),
    Setting("company.vat_id", str, "", QT_TRANSLATE_NOOP("Settings", "Company VAT number")),
    Setting("company.email", str, "", QT_TRANSLATE_NOOP("Settings", "Company email")),
    Setting("company.phone", str, "", QT_TRANSLATE_NOOP("Settings", "Company phone")),
    Setting("company.iban", str, "", QT_TRANSLATE_NOOP("Settings", "IBAN for transfers")),
    Setting("company.bic", str, "", QT_TRANSLATE_NOOP("Settings", "BIC")),
    Setting("company.logo", str, "", QT_TRANSLATE_NOOP("Settings", "Logo image file")),
    Setting("technician.name", str, "", QT_TRANSLATE_NOOP("Settings", "Technician's name")),
    Setting(
        "customers.default_policy",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Policy offered for new customers (its id; empty: none)"),
    ),
    Setting(
        "display.language",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Language (empty: this computer's)"),
        ("", "en", "pt", "nl"),
    ),
    Setting(
        "display.compact_timer",
        bool,
        False,
        QT_TRANSLATE_NOOP("Settings", "Compact timer over other windows"),
    ),
    Setting(
        "display.tray", bool, True, QT_TRANSLATE_NOOP("Settings", "Tray icon with the running time")
    ),
    Setting(
        "detection.auto_start",
        bool,
        False,
        QT_TRANSLATE_NOOP("Settings", "Start the timer when the tool reports it (undo)"),
    ),
    Setting(
        "documents.type",
        str,
        "invoice",
        QT_TRANSLATE_NOOP("Settings", "Documents issued"),
        ("invoice", "statement"),
    ),
    Setting(
        "documents.language",
        str,
        "en",
        QT_TRANSLATE_NOOP("Settings", "Language of documents"),
        ("en", "pt", "nl"),
    ),
    Setting(
        "documents.timezone",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Time zone of documents (empty: this computer's)"),
    ),
    Setting(
        "documents.payment_days", int, 14, QT_TRANSLATE_NOOP("Settings", "Payment term in days")
    ),
    Setting("documents.invoice_series", str, "FT", QT_TRANSLATE_NOOP("Settings", "Invoice series")),
    Setting(
        "documents.credit_series", str, "NC", QT_TRANSLATE_NOOP("Settings", "Credit note series")
    ),
    Setting("documents.receipt_series", str, "RC", QT_TRANSLATE_NOOP("Settings", "Receipt series")),
    Setting(
        "documents.number_format",
        str,
        "{series} {year}/{seq:04d}",
        QT_TRANSLATE_NOOP("Settings", "Number format"),
    ),
    Setting(
        "tools.anydesk.path",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "AnyDesk program (empty: look for it)"),
    ),
    Setting(
        "tools.iperius.path",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Iperius Remote program (empty: look for it)"),
    ),
    Setting(
        "tools.rustdesk.path",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "RustDesk program (empty: look for it)"),
    ),
    Setting(
        "tools.teamviewer.path",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "TeamViewer program (empty: look for it)"),
    ),
    Setting(
        "tools.zoho-assist.session_url",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Zoho Assist session link (empty: API)"),
    ),
    Setting(
        "tools.zoho-assist.api_host",
        str,
        "assist.zoho.com",
        QT_TRANSLATE_NOOP("Settings", "Zoho Assist data centre"),
    ),
    Setting(
        "mail.server",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "SMTP server (empty: mail is not sent)"),
    ),
    Setting(
        "mail.port",
        int,
        587,
        QT_TRANSLATE_NOOP("Settings", "SMTP port (587 for starttls, 465 for tls)"),
    ),
    Setting(
        "mail.security",
        str,
        "starttls",
        QT_TRANSLATE_NOOP("Settings", "SMTP security"),
        ("starttls", "tls", "none"),
    ),
    Setting(
        "mail.user",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "Settings", "SMTP user (empty: no login); its password is in the keyring"
        ),
    ),
    Setting(
        "mail.sender",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Sender address (empty: the company email)"),
    ),
    Setting(
        "mail.review",
        bool,
        False,
        QT_TRANSLATE_NOOP("Settings", "Hold each message until it has been previewed"),
    ),
)
_BY_KEY = {s.key: s for s in SCHEMA}


class Settings(Mapping[str, Any]):
    """Read-only values; `with_value` returns a new Settings after checking the value."""

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        self._values = {s.key: s.default for s in SCHEMA}
        for key, value in (values or {}).items():
            self._values[key] = _check(key, value)

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def with_value(self, key: str, raw: str | int | bool) -> Settings:
        """These settings with `key` changed to `raw`, checked; the others as they are."""
        value = _convert(key, raw)
        if key in ON_CHANGE:
            value = ON_CHANGE[key](key, value)
        changed = Settings()
        changed._values = {**self._values, key: value}
        return changed

    @classmethod
    def load(cls, config_dir: Path, strict: bool = True) -> Settings:
        """The settings file's values. `strict=False` checks only each value's kind, so that
        `settings set` can replace one value while another in the file breaks a rule."""
        path = config_dir / SETTINGS_FILE
        if not path.exists():
            return cls()
        try:
            data = tomllib.loads(read_regular_file(path, 1 << 20).decode("utf-8"))
        except (DomainError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as error:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{path}: the settings cannot be read ({error})."
                ).format(
                    path=path,
                    error=type(error).__name__ if isinstance(error, RecursionError) else error,
                )
            ) from None
        flat = _flatten(data)
        unknown = sorted(set(flat) - set(_BY_KEY))
        if unknown:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{path}: {key!r} is not a setting AssistDesk knows."
                ).format(path=path, key=unknown[0])
            )
        try:
            if strict:
                return cls(flat)
            loaded = cls()
            loaded._values.update(
                {key: _check(key, value, rules=False) for key, value in flat.items()}
            )
            return loaded
        except DomainError as error:
            raise DomainError(f"{path}: {error}") from None

    def save(self, config_dir: Path) -> Path:
        """Write atomically: a crash leaves the old file or the new one, never half of one."""
        from app.services.output_file import write_file

        with contextlib.suppress(OSError):  # one that cannot be made is named by write_file
            config_dir.mkdir(parents=True, exist_ok=True)
        changed = {k: v for k, v in self._values.items() if v != _BY_KEY[k].default}
        return write_file(config_dir / SETTINGS_FILE, _to_toml(changed).encode("utf-8"))


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
    """Each setting under its table; JSON's string, number and boolean syntax is valid TOML."""
    lines = ["# AssistDesk settings: see `assistdesk settings list`. Secrets live in the keyring."]
    tables: dict[str, list[str]] = {}
    for key in sorted(values):
        table, _, name = key.rpartition(".")
        tables.setdefault(table, []).append(
            f"{name} = {json.dumps(values[key], ensure_ascii=False)}"
        )
    for table, entries in tables.items():
        lines += ["", f"[{table}]", *entries]
    return "\n".join(lines) + "\n"


def _convert(key: str, raw: str | int | bool) -> Any:
    spec = _spec(key)
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
    return _check(key, raw)


def _check(key: str, value: Any, rules: bool = True) -> Any:
    spec = _spec(key)
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
    if rules:
        if isinstance(value, str):
            value = plain_line(key, value)
        for rule in RULES.get(key, ()):
            value = rule(key, value)
    return value


def _spec(key: str) -> Setting:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{key!r} is not a setting; see `assistdesk settings list`."
            ).format(key=key)
        ) from None
