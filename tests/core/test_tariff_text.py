"""The plain-words description, the price table and "next block at" agree with the engine."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from app.core.policy import Policy
from app.core.policy_file import load_policy
from app.core.pricing import price_session
from app.core.tariff_text import describe, next_price_change, price_steps
from app.resources import resource
from tests.core.test_pricing_properties import policies

AT = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def preset(name: str) -> Policy:
    return load_policy(resource("policies", f"{name}.toml"))


@given(policies(), st.integers(0, 4 * 3600), st.integers(0, 3 * 3600))
def test_the_price_holds_until_the_announced_change_and_not_after(
    policy: Policy, duration: int, free_left: int
) -> None:
    change = next_price_change(policy, duration, free_left)
    assert change is not None
    assert change > duration
    now = price_session(policy, duration, AT, free_seconds_left=free_left)
    before = price_session(policy, change - 1, AT, free_seconds_left=free_left)
    after = price_session(policy, change, AT, free_seconds_left=free_left)
    assert before.total == now.total
    assert after.lines != now.lines  # one more block is charged at `change`


def test_page_computers_next_block_times() -> None:
    policy = preset("page-computers")
    assert next_price_change(policy, 0, 0) == 1  # any second at all is charged
    assert next_price_change(policy, 12 * 60, 0) == 15 * 60 + 1  # "next block at 00:15:00"
    assert next_price_change(policy, 15 * 60 + 1, 0) == 20 * 60 + 1
    assert next_price_change(preset("iponto"), 30 * 60, 50 * 60) == 50 * 60 + 1
    assert next_price_change(preset("justanswer"), 60, 0) is None


def test_price_table_matches_the_engine_at_both_ends_of_every_step() -> None:
    for name in ("page-computers", "iponto", "pardini", "phonetex"):
        policy = preset(name)
        steps = price_steps(policy, 2 * 3600)
        assert steps[0].above_seconds == 0
        assert steps[-1].up_to_seconds >= 2 * 3600
        for step, following in itertools.pairwise(steps):
            assert following.above_seconds == step.up_to_seconds
            assert following.total > step.total
        inside_hours = replace(policy, schedule=None)  # the table leaves surcharges out
        for step in steps:
            for seconds in (step.above_seconds + 1, step.up_to_seconds):
                assert price_session(inside_hours, seconds, AT).total == step.total


def test_page_computers_table_reads_like_the_terms() -> None:
    steps = price_steps(preset("page-computers"), 30 * 60)
    assert [(s.up_to_seconds // 60, str(s.total)) for s in steps] == [
        (10, "10.00"), (15, "15.00"), (20, "20.00"), (25, "25.00"), (30, "30.00"),
    ]  # fmt: skip
    assert price_steps(preset("justanswer"), 3600) == []


def test_descriptions_say_what_the_seeds_say() -> None:
    page = describe(preset("page-computers"))
    assert page[0] == (
        "10.00 EUR (VAT included) for the first 10 minutes, then 5.00 EUR for every started "
        "5 minutes."
    )
    assert "Nothing is charged when the problem is not solved." in page
    assert "Sessions are limited to 30 minutes." in page
    pardini = describe(preset("pardini"))
    assert "Open Mon–Fri 07:30–12:00; Mon–Fri 13:00–17:30 (America/Sao_Paulo time)." in pardini
    assert "Outside these hours sessions are refused." in pardini
    assert "A booked session may start up to 10 minutes late." in pardini
    iponto = describe(preset("iponto"))
    assert any(line.startswith("120 free minutes per calendar year") for line in iponto)
    assert "Outside these hours a surcharge of 50 % is added." in iponto
    assert describe(preset("justanswer"))[0].startswith("The price is agreed")
