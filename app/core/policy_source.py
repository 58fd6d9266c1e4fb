"""A policy file's text, read safely: a regular file of at most 1 MB (never a device or a pipe),
UTF-8, valid TOML, whose tables and arrays nest at most 8 deep — nothing a policy needs comes
close, and deeper nesting would exhaust the TOML parser's recursion."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from app.core.errors import DomainError
from app.core.input_file import read_regular_file, size_text
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.policy_reader import PolicyFileError

MAX_FILE_BYTES = 1 << 20
MAX_NESTING = 8  # tables and arrays within each other; a policy uses 5 at most


def read_policy_text(path: Path) -> str:
    """The text of the policy file at `path`; PolicyFileError names the file and the problem."""
    if not path.exists() and not path.is_symlink():
        raise PolicyFileError(
            QT_TRANSLATE_NOOP("Messages", "{path}: there is no such policy file.").format(path=path)
        )
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except DomainError as error:
        raise PolicyFileError(*error.args) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PolicyFileError(
            QT_TRANSLATE_NOOP("Messages", "{path}: cannot be read ({error}).").format(
                path=path, error=error
            )
        ) from None


def read_toml(text: str, source: str) -> dict[str, Any]:
    """The tables of a policy file's text; PolicyFileError for text that is not TOML, too long,
    or nested deeper than a policy ever is."""
    if len(text) > MAX_FILE_BYTES:
        raise PolicyFileError(
            QT_TRANSLATE_NOOP(
                "Messages", "{path}: is larger than {size}, more than such a file ever is."
            ).format(path=source, size=size_text(MAX_FILE_BYTES))
        )
    try:
        data: dict[str, Any] | None = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PolicyFileError(
            QT_TRANSLATE_NOOP("Messages", "{path}: is not valid TOML ({error}).").format(
                path=source, error=error
            )
        ) from None
    except RecursionError:  # nested far too deep for the parser: refused below
        data = None
    if data is None or _nesting(data) > MAX_NESTING:
        raise PolicyFileError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path}: tables or arrays are nested more than {levels} levels deep; "
                "a policy file needs far fewer.",
            ).format(path=source, levels=MAX_NESTING)
        )
    return data


def _nesting(data: dict[str, Any]) -> int:
    """How deep tables and arrays are nested in `data` (1 for a flat table), counted without
    recursion and no further than just past the limit."""
    deepest = 0
    pending: list[tuple[Any, int]] = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        deepest = max(deepest, depth)
        if depth > MAX_NESTING:
            break
        children = value.values() if isinstance(value, dict) else value
        pending.extend((c, depth + 1) for c in children if isinstance(c, dict | list))
    return deepest
