"""VAT numbers as printed on invoices, checked with python-stdnum (country code, check digits)."""

from __future__ import annotations

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP


def check_vat_number(text: str) -> str:
    """The VAT number in compact form ("BE 0403.170.701" → "BE0403170701"), or a DomainError."""
    from stdnum import vatin
    from stdnum.exceptions import ValidationError

    raw = text.strip()
    if not raw:
        return ""
    if len(raw) < 3 or not raw[:2].isalpha():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{raw!r} is not a VAT number; write it with its country code, "
                "such as BE0403170701.",
            ).format(raw=raw)
        )
    try:
        return str(vatin.validate(raw))
    except ValidationError:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{raw!r} is not a valid VAT number (check the digits)."
            ).format(raw=raw)
        ) from None
