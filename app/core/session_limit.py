"""A policy's maximum session length, one rule for everyone who asks: the running session's
warning, the price's "longer than the maximum" flag and the price table's grey rows.

A session *reaches* the maximum at exactly its length (the warning turns red then), and is
*longer than* it from the next moment on (the stored price's `over_max`): 30:00 of a 30-minute
maximum is within it, 30:01 is over."""

from __future__ import annotations

from enum import StrEnum

WARN_BEFORE_SECONDS = 5 * 60  # the "n min left" warning starts this long before the maximum


class LimitLevel(StrEnum):
    """How close a running session is to the maximum (also the warning label's style)."""

    NONE = ""
    NEAR = "near"  # within WARN_BEFORE_SECONDS of it
    REACHED = "reached"  # at or past it


def limit_level(max_minutes: int | None, seconds: int) -> LimitLevel:
    if max_minutes is None:
        return LimitLevel.NONE
    limit = max_minutes * 60
    if seconds >= limit:
        return LimitLevel.REACHED
    if seconds >= limit - WARN_BEFORE_SECONDS:
        return LimitLevel.NEAR
    return LimitLevel.NONE


def over_max(max_minutes: int | None, seconds: int) -> bool:
    """Whether a session of `seconds` is longer than the maximum (none: never)."""
    return max_minutes is not None and seconds > max_minutes * 60
