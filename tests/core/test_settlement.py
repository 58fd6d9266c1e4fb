"""How a payment is shared out over the invoices it names: in order, each up to what is open,
the rest kept as the customer's credit — for any amounts, in currencies of 0, 2 and 3 decimals."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.core.invoice_document import Settlement
from app.core.settlement import OpenInvoice, allocate

D = Decimal


def test_an_overpayment_settles_the_invoice_and_keeps_the_rest() -> None:
    allocation = allocate(D("50.00"), [OpenInvoice("FT 1", D("30.14"))])
    # 50.00 received − 30.14 open = 19.86 kept
    assert allocation.settles == (Settlement("FT 1", D("30.14"), D("0.00")),)
    assert allocation.left_over == D("19.86")


def test_a_payment_goes_to_the_invoices_in_the_order_named() -> None:
    allocation = allocate(
        D("40.00"), [OpenInvoice("FT 2", D("25.00")), OpenInvoice("FT 1", D("30.00"))]
    )
    # FT 2 first: 25.00 of 40.00 → 0.00 open; FT 1 gets the other 15.00 → 30.00 − 15.00 = 15.00
    assert allocation.settles == (
        Settlement("FT 2", D("25.00"), D("0.00")),
        Settlement("FT 1", D("15.00"), D("15.00")),
    )
    assert (allocation.left_over, allocation.applied, allocation.open_after) == (
        D("0.00"), D("40.00"), D("15.00"),
    )  # fmt: skip


def test_money_for_an_invoice_with_nothing_open_is_all_kept() -> None:
    allocation = allocate(D("20.00"), [OpenInvoice("FT 1", D("0.00"))])
    # 0.00 open; 20.00 will be kept as the customer's credit
    assert allocation.settles == (Settlement("FT 1", D("0.00"), D("0.00")),)
    assert allocation.left_over == D("20.00")


@st.composite
def payments(draw: st.DrawFn) -> tuple[Decimal, list[OpenInvoice]]:
    places = draw(st.sampled_from([0, 2, 3]))  # JPY, EUR, BHD
    amounts = st.decimals(min_value=0, max_value=10**6, places=places)
    opens = draw(st.lists(amounts, min_size=1, max_size=5))
    paid = draw(amounts.filter(lambda a: a > 0))
    return paid, [OpenInvoice(f"FT {i}", amount) for i, amount in enumerate(opens, 1)]


@given(payments())
def test_nothing_is_lost_nor_made_and_nothing_is_paid_beyond_what_is_open(
    case: tuple[Decimal, list[OpenInvoice]],
) -> None:
    paid, invoices = case
    allocation = allocate(paid, invoices)
    assert allocation.applied + allocation.left_over == paid
    assert [s.invoice for s in allocation.settles] == [i.number for i in invoices]
    for settled, invoice in zip(allocation.settles, invoices, strict=True):
        assert 0 <= settled.amount <= invoice.open_amount
        assert settled.open_after == invoice.open_amount - settled.amount
    # Credit is kept only once every invoice named is settled; a later invoice gets money only
    # once the earlier ones are settled.
    if allocation.left_over:
        assert allocation.open_after == 0
    for earlier, later in zip(allocation.settles, allocation.settles[1:], strict=False):
        assert later.amount == 0 or earlier.open_after == 0
