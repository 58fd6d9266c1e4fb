"""Document numbers and payment references as an office and a bank read them."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.document_numbers import check_format, check_series, format_number
from app.core.errors import DomainError
from app.core.payment_reference import creditor_reference, epc_qr_payload, is_creditor_reference


def test_default_and_custom_formats() -> None:
    assert format_number("{series} {year}/{seq:04d}", "FT", 2026, 7).text == "FT 2026/0007"
    assert format_number("{series}-{year}-{seq}", "NC", 2027, 12).text == "NC-2027-12"
    assert format_number("{series}{year}-{seq:05d}", "RC", 2027, 3).text == "RC2027-00003"


@pytest.mark.parametrize(
    ("pattern", "says"),
    [("{series} {year}", "must contain {seq} once"), ("{year}-{seq}", "must contain {series}"),
     ("{series} {seq}", "must contain {year}"), ("{series} {year} {seq} {seq}", "{seq} once"),
     ("{series} {year} {seq} {month}", "uses {month}"), ("{series} {year} {seq:zz}", "{seq:zz}"),
     ("{series} {year} {seq.real}", "uses {seq.real}"), ("{series} {year} {seq[0]}", "{seq[0]}"),
     ("{series} {year} {seq!r}", "uses {seq}"), ("{series} {year} {seq:{year}}", "{seq:{year}}"),
     ("{series} {year} {seq:011d}", "{seq:011d}"), ("{0} {series} {year} {seq}", "uses {0}"),
     ("{series} {year} {seq", "a brace without its pair"),
     ("{series}{year}{seq}", "same number"), ("{series}{seq}/{year}", "same number"),
     ("{year}{seq}{series}", "same number"), ("{series} {year}/{seq}\t", "control character"),
     ("Invoice number {series} {year}/{seq}", "longer than 40 characters")],
)  # fmt: skip
def test_bad_formats(pattern: str, says: str) -> None:
    with pytest.raises(DomainError, match=re.escape(says)):
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


_SEPARATORS = st.sampled_from(("", "", " ", "/", "-", ".", "0", "A", "x", "A-", "1/"))
# Values chosen to collide under a careless format: "A1" + "2" and "A" + "12", "-" in series and
# as a separator, years that read as sequences and back.
_SERIES = ("A", "A1", "A12", "A2", "A20", "1", "12", "A-", "A-1", "A-2026", "FT")
_YEARS = (1202, 1212, 2026, 2120, 2612, 6120, 9999)
_SEQS = (*range(1, 130), 2026, 20261, 2**31 - 1)


@given(
    st.permutations(["{series}", "{year}", "{seq}"]),
    st.lists(_SEPARATORS, min_size=4, max_size=4),
    st.sampled_from(["{seq}", "{seq:04d}", "{seq:01d}"]),
)
def test_an_accepted_format_never_gives_two_documents_the_same_number(
    fields: list[str], separators: list[str], seq: str
) -> None:
    """Whatever format is accepted makes a different number of each (series, year, sequence),
    of at most 40 characters: the database's unique column never refuses an issued document."""
    pieces = [separators[0]]
    for field, separator in zip(fields, separators[1:], strict=True):
        pieces += [seq if field == "{seq}" else field, separator]
    pattern = "".join(pieces)
    try:
        check_format(pattern)
    except DomainError:
        return
    assert format_number(pattern, "FT", 2026, 7).text == pattern.format(
        series="FT", year=2026, seq=7
    )
    made = {
        pattern.format(series=series, year=year, seq=seq)
        for series in _SERIES
        for year in _YEARS
        for seq in _SEQS
    }
    assert len(made) == len(_SERIES) * len(_YEARS) * len(_SEQS)
    assert max(len(number) for number in made) <= 40


def test_formats_with_dashes_read_back_when_the_sequence_and_year_fix_the_ends() -> None:
    for pattern in ("{series}-{year}-{seq}", "{series}{year}-{seq:05d}", "{seq}-{series}-{year}"):
        assert check_format(pattern) == pattern
