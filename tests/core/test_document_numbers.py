"""Document numbers and payment references as an office and a bank read them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.document_numbers import check_series, format_number
from app.core.errors import DomainError
from app.core.payment_reference import creditor_reference, epc_qr_payload, is_creditor_reference


def test_default_and_custom_formats() -> None:
    assert format_number("{series} {year}/{seq:04d}", "FT", 2026, 7).text == "FT 2026/0007"
    assert format_number("{year}-{seq}", "NC", 2027, 12).text == "2027-12"


@pytest.mark.parametrize(
    ("pattern", "says"),
    [("{series} {year}", "must contain {seq}"), ("{seq} {month}", "uses {month}"),
     ("{seq:zz}", "cannot be used")],
)  # fmt: skip
def test_bad_formats(pattern: str, says: str) -> None:
    with pytest.raises(DomainError, match=says.replace("{", r"\{").replace("}", r"\}")):
        format_number(pattern, "FT", 2026, 1)


def test_series_names() -> None:
    assert check_series(" ft ") == "FT"
    with pytest.raises(DomainError, match="not a series name"):
        check_series("FT 2026")


def test_creditor_references_check_out() -> None:
    assert is_creditor_reference("RF18 5390 0754 7034")  # ISO 11649's own example
    assert not is_creditor_reference("RF19 5390 0754 7034")
    reference = creditor_reference("FT 2026/0007")
    assert reference.startswith("RF")
    assert reference.endswith("FT20260007")
    assert is_creditor_reference(reference)


def test_epc_qr_payload() -> None:
    payload = epc_qr_payload(
        "Page Computers", "BE68 5390 0754 7034", Decimal("15"), "RF18539007547034", "GKCCBEBB"
    )
    assert payload.split("\n") == [
        "BCD", "002", "1", "SCT", "GKCCBEBB", "Page Computers", "BE68539007547034", "EUR15.00",
        "", "RF18539007547034",
    ]  # fmt: skip
    free_text = epc_qr_payload("Shop", "PT50000201231234567890154", Decimal("13.50"), "FT 2026/7")
    assert free_text.split("\n")[-1] == "FT 2026/7"
    with pytest.raises(DomainError, match=r"from 0\.01"):
        epc_qr_payload("Shop", "PT50000201231234567890154", Decimal(0), "x")
