"""A line's stored text read back and written in the document's language (renderer version 2)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

from app.core.pricing import FIRST_BLOCK, FURTHER_BLOCK, OUT_OF_HOURS_SURCHARGE
from app.core.remote_tool import RemoteTool
from app.documents.v2.formats import DocumentFormat, tool_name
from app.documents.v2.line_text import breakdown_lines, description_text, terms_text

ISSUED_AS = {  # a session line as app.services describes it in each language
    "en": "Remote session 2026-11-04 09:05–09:30 (00:25:00, zoho-assist)",
    "pt": "Assistência remota 2026-11-04 09:05–09:30 (00:25:00, zoho-assist)",
    "nl": "Hulp op afstand 2026-11-04 09:05–09:30 (00:25:00, zoho-assist)",
}
READ_AS = {
    "en": "Remote session 4 Nov 2026, 09:05–09:30 (00:25:00, Zoho Assist)",
    "pt": "Assistência remota 04/11/2026, 09:05–09:30 (00:25:00, Zoho Assist)",
    "nl": "Hulp op afstand 4 nov 2026, 09:05–09:30 (00:25:00, Zoho Assist)",
}


LOCALES = {"en": "en_GB", "pt": "pt_PT", "nl": "nl_NL"}


def fmt(language: str, currency: str = "EUR") -> DocumentFormat:
    return DocumentFormat(language, "Europe/Lisbon", currency)


@pytest.mark.parametrize("issued_in", sorted(ISSUED_AS))
@pytest.mark.parametrize("shown_in", sorted(READ_AS))
def test_a_session_line_reads_in_the_document_s_language(issued_in: str, shown_in: str) -> None:
    """Whatever language it was issued in (an issued document can be printed in another)."""
    assert description_text(ISSUED_AS[issued_in], fmt(shown_in)) == READ_AS[shown_in]


def test_a_session_without_a_tool_and_other_lines() -> None:
    en = fmt("en")
    assert description_text("Remote session 2026-11-17 10:00–10:12 (00:12:00)", en) == (
        "Remote session 17 Nov 2026, 10:00–10:12 (00:12:00)"
    )
    assert description_text("Correction of FT 2026/0001", fmt("pt")) == "Correção de FT 2026/0001"
    for typed in ("On-site visit", "Remote session on 2026-11-17", "Loyalty discount"):
        assert description_text(typed, en) == typed


def test_what_the_office_wrote_stays_as_written() -> None:
    pt = fmt("pt")
    assert breakdown_lines("", pt) == []
    assert breakdown_lines("Parts; labour × 2: 30.00", pt) == ["Parts; labour × 2: 30.00"]
    mixed = "First 10 minutes × 1: 10.00; travel to the customer"
    assert breakdown_lines(mixed, pt) == [mixed]  # half ours is not ours: kept whole
    assert breakdown_lines("Remote session (agreed price) × 1: 80.00", pt) == [
        "Assistência remota (preço acordado) × 1: 80,00\u00a0€"  # Babel: a no-break space
    ]
    assert terms_text("30 dagen", pt) == "30 dias"
    assert terms_text("end of month", pt) == "end of month"


@given(
    minutes=st.integers(1, 600),
    quantity=st.integers(1, 999),
    amount=st.decimals(min_value=0, max_value=99999, places=2),
    percent=st.decimals(min_value=0, max_value=300, places=1),
    language=st.sampled_from(["en", "pt", "nl"]),
)
def test_any_breakdown_the_pricing_writes_is_read_back(
    minutes: int, quantity: int, amount: Decimal, percent: Decimal, language: str
) -> None:
    """Written as app.services writes it ("{description} × {quantity}: {amount:.2f}"), each part
    reads back in the language, with the locale's decimal sign and the currency."""
    parts = [
        FIRST_BLOCK.format(minutes=minutes),
        FURTHER_BLOCK.format(minutes=minutes),
        OUT_OF_HOURS_SURCHARGE.format(percent=f"{percent.normalize():f}"),
    ]
    stored = "; ".join(f"{part} × {quantity}: {amount:.2f}" for part in parts)
    shown = breakdown_lines(stored, fmt(language))
    money = format_currency(amount, "EUR", locale=LOCALES[language])
    assert len(shown) == 3
    assert all(line.endswith(f" × {quantity}: {money}") for line in shown)
    assert all(str(minutes) in line for line in shown[:2])
    if language == "en":
        assert shown[0].startswith(f"First {minutes} minutes × ")
    else:
        assert "minutes" not in " ".join(shown)
        assert "surcharge" not in " ".join(shown)


@pytest.mark.parametrize("tool", list(RemoteTool))
def test_tools_by_their_makers_names(tool: RemoteTool) -> None:
    assert tool_name(tool.value) == tool.display_name
    assert tool_name(tool.display_name.upper()) == tool.display_name
    assert tool_name("SomeOtherTool 3") == "SomeOtherTool 3"
