"""Lines the office types onto an invoice — an on-site visit, a part, a discount — read the same
way on the command line and in the app.

Written as one text, a line is `DESCRIPTION;QUANTITY;UNIT PRICE;VAT %`, optionally followed by
`;incl` or `;excl` to say whether the unit price includes VAT: "On-site visit;1;45.00;21". Without
it, the price is read the way the customer's policy prices (app.services.invoice_plan). The fields
are taken from the right, so a description may hold a semicolon. Quantity and price are read by
app.core.money.parse_amount (10.00 or 10,00, at most 4 decimals); the quantity is more than
zero, the VAT rate from 0 to 100 %. A negative unit price makes a discount line: it lowers the
base of its own VAT rate, and VAT is worked out on what is left (app.core.invoice.assemble).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from app.core.errors import DomainError
from app.core.invoice import LineInput
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.money import parse_amount, plain
from app.core.plain_text import control_character

LONGEST_DESCRIPTION = 200
HUNDRED = Decimal(100)
INCLUDES_VAT = {"incl": True, "excl": False}  # the optional fifth field
EXAMPLE = "On-site visit;1;45.00;21"


@dataclass(frozen=True, slots=True)
class ManualLine:
    """A typed line; `includes_vat` None: as the customer's policy prices."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_percent: Decimal
    includes_vat: bool | None = None

    @property
    def is_discount(self) -> bool:
        return self.unit_price < 0

    def discounted(self) -> ManualLine:
        """The same line as a discount: its price taken off (negative), however it was typed."""
        return replace(self, unit_price=-abs(self.unit_price))

    def line_input(self, includes_vat: bool) -> LineInput:
        """The line to assemble; `includes_vat` applies where the line itself does not say."""
        chosen = includes_vat if self.includes_vat is None else self.includes_vat
        return LineInput(self.description, self.quantity, self.unit_price, self.vat_percent, chosen)

    def text(self) -> str:
        """The line written back the way `parse_manual_line` reads it."""
        fields = [self.description, plain(self.quantity), plain(self.unit_price),
                  plain(self.vat_percent)]  # fmt: skip
        if self.includes_vat is not None:
            fields.append("incl" if self.includes_vat else "excl")
        return ";".join(fields)


def parse_manual_line(text: str) -> ManualLine:
    """ "On-site visit;1;45.00;21" or "Loyalty discount;1;-5.00;21;incl" as a ManualLine."""
    fields = text.split(";")
    includes_vat = INCLUDES_VAT.get(fields[-1].strip().casefold())
    if includes_vat is not None:
        fields.pop()
    if len(fields) < 4:
        shown = text if len(text) <= 60 else f"{text[:57]}..."
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{text!r} is not an invoice line; write DESCRIPTION;QUANTITY;UNIT PRICE;VAT %, "
                "such as {example!r}.",
            ).format(text=shown, example=EXAMPLE)
        )
    quantity, price, vat = fields[-3:]
    return manual_line(";".join(fields[:-3]), quantity, price, vat, includes_vat)


def manual_line(
    description: str, quantity: str, unit_price: str, vat_percent: str,
    includes_vat: bool | None = None,
) -> ManualLine:  # fmt: skip
    """A line from its fields as typed; each is checked, and refused with one sentence."""
    described = _description(description)
    count = parse_amount(quantity.strip())
    if count <= 0:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "The quantity of {description!r} must be more than zero."
            ).format(description=described)
        )
    price = parse_amount(unit_price.strip())
    return ManualLine(described, count, price, _rate(vat_percent, described), includes_vat)


def _description(text: str) -> str:
    described = " ".join(text.split())
    if not described:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "An invoice line needs a description, such as {example!r}."
            ).format(example=EXAMPLE)
        )
    found = control_character(described)
    if found is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "The description of a line holds a control character ({found})."
            ).format(found=found)
        )
    if len(described) > LONGEST_DESCRIPTION:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "The description of a line is longer than {longest} characters."
            ).format(longest=LONGEST_DESCRIPTION)
        )
    return described


def _rate(text: str, description: str) -> Decimal:
    written = text.strip().removesuffix("%").strip()
    try:
        rate = parse_amount(written)
    except DomainError:
        rate = Decimal(-1)
    if not 0 <= rate <= HUNDRED:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "The VAT rate of {description!r} must be from 0 to 100 %, not {text!r}."
            ).format(description=description, text=text.strip())
        )
    return rate
