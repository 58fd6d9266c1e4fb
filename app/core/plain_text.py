"""What typed text may hold: no control characters (a bell, an escape, a NUL, a line break where a
single line is expected) and none of the invisible marks that reverse the direction of what
follows, which make a name or a number read differently from what it is."""

from __future__ import annotations

import unicodedata

_DIRECTION_MARKS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})  # controls, lone surrogates, breaks


def control_character(text: str, allow_newlines: bool = False) -> str | None:
    """The first character of `text` that typed text may not hold, as "U+0007"; None when there
    is none. `allow_newlines`: line breaks and tabs are part of the text (a multi-line field)."""
    for char in text:
        if allow_newlines and char in "\n\t":
            continue
        if char in _DIRECTION_MARKS or unicodedata.category(char) in _REFUSED_CATEGORIES:
            return f"U+{ord(char):04X}"
    return None
