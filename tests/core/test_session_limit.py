"""One rule for a policy's maximum session length: the running session's warning and the stored
price's "longer than the maximum" agree at every second around it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.pricing import price_session
from app.core.session import Outcome
from app.core.session_limit import WARN_BEFORE_SECONDS, LimitLevel, limit_level, over_max
from tests.core.test_pricing_presets import WEEKDAY_NOON, preset


@pytest.mark.parametrize(
    ("seconds", "level", "over"),
    [
        (0, LimitLevel.NONE, False),
        (30 * 60 - WARN_BEFORE_SECONDS - 1, LimitLevel.NONE, False),
        (30 * 60 - WARN_BEFORE_SECONDS, LimitLevel.NEAR, False),
        (30 * 60 - 1, LimitLevel.NEAR, False),
        (30 * 60, LimitLevel.REACHED, False),  # at the maximum: reached, not longer
        (30 * 60 + 1, LimitLevel.REACHED, True),
        (10 * 3600, LimitLevel.REACHED, True),
    ],
)
def test_reached_at_the_maximum_longer_from_the_next_second(
    seconds: int, level: LimitLevel, over: bool
) -> None:
    assert (limit_level(30, seconds), over_max(30, seconds)) == (level, over)


@given(st.integers(min_value=0, max_value=48 * 3600))
def test_no_maximum_never_warns(seconds: int) -> None:
    assert (limit_level(None, seconds), over_max(None, seconds)) == (LimitLevel.NONE, False)


@given(st.integers(min_value=1, max_value=600), st.integers(min_value=0, max_value=48 * 3600))
def test_a_session_longer_than_the_maximum_has_reached_it(minutes: int, seconds: int) -> None:
    if over_max(minutes, seconds):
        assert limit_level(minutes, seconds) is LimitLevel.REACHED


@pytest.mark.parametrize("seconds", [30 * 60, 30 * 60 + 1])
def test_the_price_flags_what_the_rule_calls_longer(seconds: int) -> None:
    policy = preset("page-computers")
    assert policy.tariff.max_session_minutes == 30
    quote = price_session(policy, seconds, WEEKDAY_NOON, Outcome.RESOLVED)
    assert quote.over_max is over_max(30, seconds)
