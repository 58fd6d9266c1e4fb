"""The cost lines as plain values, without a window: the cases the desk tests do not reach."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.core.pricing import LivePricing
from app.core.records import ChargeSummary
from app.ui.session.session_cost import CostReadout, Level, ended_cost, running_cost
from tests.ui.conftest import preset

IN_HOURS = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)  # a Tuesday afternoon in Lisbon
AT_NIGHT = datetime(2026, 11, 24, 22, 30, tzinfo=UTC)


def live(policy_id: str, at: datetime = IN_HOURS, grace_seconds: int = 0) -> LivePricing:
    policy = preset(policy_id)
    if grace_seconds:
        policy = replace(policy, tariff=replace(policy.tariff, grace_seconds=grace_seconds))
    return LivePricing(policy, at, 0)


@pytest.mark.parametrize(
    ("seconds", "cost"),
    [
        (0, "€10.00 — next block at 00:10:00"),  # the first block is due from the start
        (600, "€10.00 — next block at 00:10:00"),
        (601, "€15.00 — next block at 00:15:00"),
        (1800, "€30.00 — next block at 00:30:00"),
    ],
)
def test_the_cost_steps_up_one_second_past_each_block(seconds: int, cost: str) -> None:
    assert running_cost(live("page-computers"), seconds, "en_US").cost == cost


def test_grace_seconds_move_the_moment_the_next_block_is_charged() -> None:
    pricing = live("page-computers", grace_seconds=30)
    assert running_cost(pricing, 620, "en_US").cost == "€10.00 — next block at 00:10:30"
    assert running_cost(pricing, 631, "en_US").cost == "€15.00 — next block at 00:15:30"


def test_out_of_hours_is_said_and_the_surcharge_is_in_the_cost() -> None:
    readout = running_cost(live("iponto", at=AT_NIGHT), 45 * 60, "en_US")
    assert readout == CostReadout(
        "€20.25 — next block at 01:00:00",
        "Free minutes left: 0 min · Out of hours: surcharge included",
    )


@pytest.mark.parametrize(
    ("seconds", "warning", "level"),
    [
        (24 * 60 + 59, "", Level.NONE),
        (25 * 60, "5 min left of the 30-minute maximum", Level.NEAR),
        (29 * 60 + 1, "1 min left of the 30-minute maximum", Level.NEAR),
        (30 * 60, "Maximum of 30 minutes reached — 00:30:00", Level.REACHED),
        (95 * 60, "Maximum of 30 minutes reached — 01:35:00", Level.REACHED),
    ],
)
def test_the_warning_starts_five_minutes_before_the_maximum(
    seconds: int, warning: str, level: Level
) -> None:
    readout = running_cost(live("page-computers"), seconds, "en_US")
    assert (readout.warning, readout.level) == (warning, level)


def test_without_pricing_the_line_says_why() -> None:
    assert running_cost(None, 60, "en_US").cost == "No policy: not priced"
    assert running_cost(None, 60, "en_US", "gone").cost == "Policy gone is unavailable: not priced"


def test_an_offer_reads_as_agreed_until_it_is_and_then_as_its_price() -> None:
    pricing = live("justanswer")
    assert running_cost(pricing, 60, "en_US").cost == "Price agreed per session"
    agreed = replace(pricing, offer=Decimal("35"))
    assert running_cost(agreed, 60, "en_US").cost == "$35.00 — agreed price"


def test_an_ended_session_shows_its_stored_price() -> None:
    charge = ChargeSummary(
        "EUR", Decimal("10.98"), Decimal("2.52"), Decimal("13.50"), 3000, 1200, False, False
    )
    assert ended_cost(charge, "pt_PT") == CostReadout(
        "13,50\xa0€ charged", "Net 10,98\xa0€ + VAT 2,52\xa0€ · free time used 00:50:00"
    )
    assert ended_cost(None, "en_US") == CostReadout()
