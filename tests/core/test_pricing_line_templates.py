"""The price lines' English descriptions stay exactly what charges and invoices already store,
and each can be matched back to its template so screens and documents show it in their language;
an office's own text is never taken for one."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.policy import OutsideHours
from app.core.policy_file import load_policy
from app.core.pricing import (
    FIRST_BLOCK,
    FURTHER_BLOCK,
    LINE_TEMPLATES,
    OUT_OF_HOURS_FEE,
    OUT_OF_HOURS_SURCHARGE,
    line_template,
    price_session,
)
from app.resources import resource

EVENING = datetime(2026, 11, 24, 21, 30, tzinfo=UTC)  # 21:30 in Lisbon: out of iPonto's hours
NOON = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def descriptions(policy_name: str, minutes: int, at: datetime) -> list[str]:
    policy = load_policy(resource("policies", f"{policy_name}.toml"))
    return [line.description for line in price_session(policy, minutes * 60, at).lines]


def test_the_descriptions_are_the_english_text_already_stored() -> None:
    assert descriptions("page-computers", 25, NOON) == [
        "First 10 minutes",
        "Further 5-minute block",
    ]
    assert descriptions("iponto", 45, EVENING) == [
        "First 60 minutes",
        "Out-of-hours surcharge (50 %)",
    ]


def test_a_fixed_out_of_hours_fee_keeps_its_text() -> None:
    policy = load_policy(resource("policies", "iponto.toml"))
    assert policy.schedule is not None
    schedule = replace(
        policy.schedule,
        outside_hours=OutsideHours.SURCHARGE,
        surcharge_fixed=Decimal("15.00"),
        surcharge_percent=None,
    )
    quote = price_session(replace(policy, schedule=schedule), 45 * 60, EVENING)
    assert [line.description for line in quote.lines] == ["First 60 minutes", "Out-of-hours fee"]


@pytest.mark.parametrize(
    ("description", "template", "values"),
    [
        ("First 10 minutes", FIRST_BLOCK, {"minutes": "10"}),
        ("Further 5-minute block", FURTHER_BLOCK, {"minutes": "5"}),
        ("Out-of-hours fee", OUT_OF_HOURS_FEE, {}),
        ("Out-of-hours surcharge (12.5 %)", OUT_OF_HOURS_SURCHARGE, {"percent": "12.5"}),
    ],
)
def test_each_template_is_recognised_with_its_values(
    description: str, template: str, values: dict[str, str]
) -> None:
    assert line_template(description) == (template, values)
    assert template.format(**values) == description


@pytest.mark.parametrize(
    "description",
    [
        "",
        "Remote session (agreed price)",
        "First few minutes",  # an office's own words, not a number of minutes
        "First 10 minutes and a coffee",
        " First 10 minutes",
        "Further -5-minute block",
        "Out-of-hours fee\n",
        "Out-of-hours surcharge (a lot %)",
        "First {minutes} minutes",
    ],
)
def test_other_text_is_not_taken_for_a_template(description: str) -> None:
    assert line_template(description) is None


@given(
    st.integers(0, 10_000),
    st.decimals(min_value=0, max_value=1000, places=3, allow_nan=False),
)
def test_every_description_the_pricing_writes_comes_back(minutes: int, percent: Decimal) -> None:
    written = [
        FIRST_BLOCK.format(minutes=minutes),
        FURTHER_BLOCK.format(minutes=minutes),
        OUT_OF_HOURS_FEE,
        OUT_OF_HOURS_SURCHARGE.format(percent=f"{percent.normalize():f}"),
    ]
    found = [line_template(text) for text in written]
    assert [f[0] if f else None for f in found] == list(LINE_TEMPLATES)
    assert [t.format(**v) for t, v in filter(None, found)] == written


@given(st.text())
def test_any_text_is_either_a_template_exactly_or_none(text: str) -> None:
    found = line_template(text)
    if found is not None:
        template, values = found
        assert template.format(**values) == text
