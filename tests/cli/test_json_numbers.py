"""JSON output writes every Decimal in plain notation — "20", "15.00", "0.0000001" — never in
exponent form ("2E+1"), with the decimals it has, so that a script reads back the same number."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.commands.common import print_json, print_json_array
from app.core.money import plain

decimals = st.decimals(allow_nan=False, allow_infinity=False)


def printed(value: object) -> str:
    with redirect_stdout(io.StringIO()) as out:
        print_json(value)
    return out.getvalue()


@given(st.lists(decimals, max_size=5), decimals)
def test_print_json_writes_any_decimal_without_an_exponent(
    values: list[Decimal], rate: Decimal
) -> None:
    out = printed({"values": values, "rate": rate.normalize(), "text": "1E+3 stays text"})
    data = json.loads(out)
    written = [*data["values"], data["rate"]]
    for text, value in zip(written, [*values, rate.normalize()], strict=True):
        assert "E" not in text.upper()
        assert Decimal(text) == value
    # the decimals are kept: "15.00" stays "15.00" (a positive exponent is written out)
    assert [Decimal(t).as_tuple().exponent for t in data["values"]] == [
        min(0, int(v.as_tuple().exponent)) for v in values
    ]
    assert data["text"] == "1E+3 stays text"


@pytest.mark.parametrize(
    ("value", "text"),
    [(Decimal("20").normalize(), "20"), (Decimal("15.00"), "15.00"), (Decimal("1E-7"), "0.0000001"),
     (Decimal("23.00").normalize(), "23"), (Decimal("6.50").normalize(), "6.5"),
     (Decimal("0E-8"), "0.00000000"), (Decimal("-0"), "-0")],
)  # fmt: skip
def test_plain_keeps_the_decimals_a_value_has(value: Decimal, text: str) -> None:
    assert plain(value) == text


def test_anything_else_is_refused_rather_than_written_some_way() -> None:
    with pytest.raises(TypeError, match=r"^set is not written as JSON$"):
        printed({"x": {1}})


@given(
    st.lists(
        st.one_of(
            decimals,
            st.text(max_size=3),
            st.dictionaries(st.text(max_size=2), decimals, max_size=2),
        ),
        max_size=7,
    ),
    st.integers(min_value=1, max_value=4),
)
def test_a_long_list_is_written_in_parts_as_the_same_characters(
    items: list[object], batch: int
) -> None:
    with redirect_stdout(io.StringIO()) as out:
        print_json_array(iter(items), batch)
    assert out.getvalue() == printed(items)
