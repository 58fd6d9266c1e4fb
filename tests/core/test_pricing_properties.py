"""Properties that hold for any block tariff: what a technician and a customer both rely on."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.core.policy import Policy, Tariff, TariffMode
from app.core.pricing import blocks_for, price_session

AT = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
money = st.decimals(min_value=0, max_value=500, places=2)


@st.composite
def policies(draw: st.DrawFn) -> Policy:
    block_minutes = draw(st.integers(1, 60))
    tariff = Tariff(
        mode=TariffMode.BLOCKS,
        first_block_minutes=draw(st.integers(1, 120)),
        first_block_price=draw(money),
        block_minutes=block_minutes,
        block_price=draw(money),
        grace_seconds=draw(st.integers(0, block_minutes * 60 - 1)),
    )
    return Policy(
        id="p",
        name="P",
        currency=draw(st.sampled_from(["EUR", "GBP", "JPY", "BRL"])),
        vat_percent=draw(st.decimals(min_value=0, max_value=30, places=1)),
        prices_include_vat=draw(st.booleans()),
        tariff=tariff,
        allowance=None,
        schedule=None,
    )


durations = st.integers(0, 6 * 3600)


@given(policies(), durations, durations)
def test_price_never_decreases_with_duration(policy: Policy, a: int, b: int) -> None:
    short, long = sorted((a, b))
    assert price_session(policy, short, AT).total <= price_session(policy, long, AT).total


@given(policies(), st.integers(1, 6 * 3600))
def test_price_changes_only_at_block_boundaries(policy: Policy, duration: int) -> None:
    before = price_session(policy, duration - 1, AT).total
    after = price_session(policy, duration, AT).total
    if before != after:
        assert blocks_for(policy, duration - 1) != blocks_for(policy, duration)


@given(policies(), durations, durations)
def test_net_plus_vat_is_total_and_free_minutes_never_go_negative(
    policy: Policy, duration: int, free_left: int
) -> None:
    quote = price_session(policy, duration, AT, free_seconds_left=free_left)
    assert quote.net + quote.vat == quote.total
    assert quote.net >= 0
    assert quote.vat >= 0
    assert 0 <= quote.free_seconds <= min(duration, free_left)
    assert quote.free_seconds + quote.billable_seconds == duration
    assert sum((line.amount for line in quote.lines), Decimal(0)) >= 0


@given(policies(), durations, durations)
def test_free_minutes_only_lower_the_price(policy: Policy, duration: int, free_left: int) -> None:
    with_free = price_session(policy, duration, AT, free_seconds_left=free_left).total
    assert with_free <= price_session(policy, duration, AT).total
