"""How a customer pays a bank transfer: a structured creditor reference (ISO 11649, "RF…") and,
for euro amounts, the EPC "SEPA credit transfer" QR code payload that banking apps scan."""

from __future__ import annotations

import re
from decimal import Decimal

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP

_ALNUM = re.compile(r"[^0-9A-Z]")


def _mod97(text: str) -> int:
    digits = "".join(str(int(ch, 36)) for ch in text)
    return int(digits) % 97


def creditor_reference(document_number: str) -> str:
    """The ISO 11649 reference for a document number: `FT 2026/0007` → `RF47FT20260007`."""
    body = _ALNUM.sub("", document_number.upper())
    if not body or len(body) > 21:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{number!r} cannot be turned into a payment reference."
            ).format(number=document_number)
        )
    check = 98 - _mod97(body + "RF00")
    return f"RF{check:02d}{body}"


def is_creditor_reference(reference: str) -> bool:
    text = _ALNUM.sub("", reference.upper())
    return text.startswith("RF") and len(text) > 4 and _mod97(text[4:] + text[:4]) == 1


def epc_qr_payload(
    name: str, iban: str, amount: Decimal, reference: str, bic: str = "", text: str = ""
) -> str:
    """The EPC069-12 (version 002) payload for a euro credit transfer of `amount`."""
    iban = iban.replace(" ", "").upper()
    if not name.strip() or not iban:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "A payment QR code needs the company's name and IBAN."
            ).format()
        )
    if not Decimal("0.01") <= amount <= Decimal("999999999.99"):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A payment QR code can only carry an amount from 0.01 to 999999999.99 EUR.",
            ).format()
        )
    lines = [
        "BCD", "002", "1", "SCT", bic.replace(" ", "").upper(), name.strip()[:70], iban,
        f"EUR{amount:.2f}", "", reference if is_creditor_reference(reference) else "",
        "" if is_creditor_reference(reference) else (text or reference)[:140],
    ]  # fmt: skip
    return "\n".join(lines).rstrip("\n")
