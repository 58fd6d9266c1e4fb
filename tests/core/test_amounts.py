"""Amounts as people write them: ASCII digits with at most one decimal point or comma, up to what
the database keeps (10 digits before the point, 4 after); anything else is refused in a sentence."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import DomainError
from app.core.money import LARGEST_AMOUNT, parse_amount


@pytest.mark.parametrize(
    ("written", "amount"),
    [("10.00", "10.00"), (" 6,75 ", "6.75"), (".5", "0.5"), ("5.", "5"), (15, "15"),
     ("-0", "0"), ("9999999999.9999", "9999999999.9999"), ("0.004", "0.004")],
)  # fmt: skip
def test_what_is_an_amount(written: str | int, amount: str) -> None:
    parsed = parse_amount(written)
    assert parsed == Decimal(amount)
    assert str(parsed) == amount


@pytest.mark.parametrize(
    ("written", "says"),
    [("1e30", "is not an amount"), ("1e400", "is not an amount"), ("1e-400", "is not an amount"),
     ("1_000", "is not an amount"), ("NaN", "is not an amount"), ("Infinity", "is not an amount"),
     ("١٢", "is not an amount"), ("1.000,50", "is not an amount"), ("", "is not an amount"),
     ("10000000000", "too large an amount"), ("9" * 5000, "too large an amount"),
     ("0.00001", r"more decimals than AssistDesk records \(4\)"), (10**20, "too large"),
     (True, "is not an amount"), (1.5, "write it as a string")],
)  # fmt: skip
def test_what_is_not(written: object, says: str) -> None:
    with pytest.raises(DomainError, match=says) as caught:
        parse_amount(written)  # type: ignore[arg-type]
    assert len(str(caught.value)) < 200


@given(
    st.one_of(st.text(max_size=30), st.integers(), st.from_regex(r"-?[0-9]{0,14}[.,]?[0-9]{0,6}"))
)
def test_any_text_is_an_amount_that_can_be_stored_or_refused(written: str | int) -> None:
    try:
        amount = parse_amount(written)
    except DomainError:
        return
    assert amount.is_finite()
    assert abs(amount) <= LARGEST_AMOUNT
    assert -amount.as_tuple().exponent <= 4  # type: ignore[operator]
