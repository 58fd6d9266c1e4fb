"""A printed document as JSON and back, so an issued document can be rendered again, identically.

`to_json` is the readable form (the fixtures of issued documents are kept in it); `pack` is the
form the database keeps since revision 0011: the same keys without the logo (kept once, beside the
documents, by its SHA-256), written compactly and deflated with a preset dictionary of sample
snapshots (app.documents.snapshot_dictionary), about a tenth of the JSON's size."""

from __future__ import annotations

import base64
import json
import zlib
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.core.invoice import InvoiceLine, InvoiceTotals, VatAmount
from app.core.invoice_document import (
    BankDetails,
    DocumentKind,
    Party,
    PrintedDocument,
    SessionLogEntry,
    Settlement,
)
from app.documents.snapshot_dictionary import DICTIONARIES, DICTIONARY_1


def to_json(document: PrintedDocument) -> str:
    data = _data(document)
    data["logo"] = base64.b64encode(document.logo).decode("ascii") if document.logo else None
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def from_json(text: str) -> PrintedDocument:
    data: dict[str, Any] = json.loads(text)
    return _document(data, base64.b64decode(data["logo"]) if data["logo"] else None)


def pack(document: PrintedDocument) -> bytes:
    """What the database keeps of `document`: its JSON without the logo, compact and deflated
    with a preset dictionary. The logo is kept apart (`unpack` is given it back)."""
    text = json.dumps(_data(document), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return deflate(text.encode("utf-8"))


def unpack(packed: bytes, logo: bytes | None) -> PrintedDocument:
    """The document `pack` kept, with the logo it was issued with."""
    return _document(json.loads(inflate(packed).decode("utf-8")), logo or None)


def deflate(data: bytes) -> bytes:
    """zlib at its best level, with today's preset dictionary (its id is in the stream)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 15, 9, zlib.Z_DEFAULT_STRATEGY, DICTIONARY_1)
    return packer.compress(data) + packer.flush()


def inflate(packed: bytes) -> bytes:
    """What `deflate` deflated, with whichever preset dictionary the stream names (or none)."""
    if len(packed) < 6 or not packed[1] & 0x20:  # zlib's FDICT flag
        return zlib.decompress(packed)
    unpacker = zlib.decompressobj(zdict=DICTIONARIES[int.from_bytes(packed[2:6], "big")])
    return unpacker.decompress(packed) + unpacker.flush()


def _data(document: PrintedDocument) -> dict[str, Any]:
    """Every field but the logo, as JSON values."""
    d = document
    data: dict[str, Any] = {
        "kind": d.kind.value, "number": d.number, "issued_at": d.issued_at.isoformat(),
        "currency": d.currency, "language": d.language, "timezone": d.timezone,
        "company": _party(d.company), "customer": _party(d.customer),
        "lines": [
            {"description": ln.description, "detail": ln.detail, "quantity": str(ln.quantity),
             "unit_price": str(ln.unit_price), "net": str(ln.net),
             "vat_percent": str(ln.vat_percent), "session_id": ln.session_id,
             "gross": str(ln.gross) if ln.gross is not None else None}
            for ln in d.totals.lines
        ],
        "vat": [{"rate": str(v.rate), "base": str(v.base), "amount": str(v.amount)}
                for v in d.totals.vat],
        "net": str(d.totals.net), "vat_total": str(d.totals.vat_total),
        "total": str(d.totals.total),
        "due_date": d.due_date.isoformat() if d.due_date else None,
        "payment_terms": d.payment_terms,
        "bank": {"iban": d.bank.iban, "bic": d.bank.bic} if d.bank else None,
        "payment_reference": d.payment_reference, "qr_payload": d.qr_payload,
        "corrects": d.corrects, "reason": d.reason,
        "paid_amount": str(d.paid_amount) if d.paid_amount is not None else None,
        "paid_on": d.paid_on.isoformat() if d.paid_on else None,
        "payment_method": d.payment_method,
        "session_log": [
            {"accepted_at": e.accepted_at.isoformat(), "ended_at": e.ended_at.isoformat(),
             "duration_seconds": e.duration_seconds, "tool": e.tool, "remote_id": e.remote_id,
             "outcome": e.outcome, "evidence": e.evidence}
            for e in d.session_log
        ],
        "settles": [
            {"invoice": t.invoice, "amount": str(t.amount), "open_after": str(t.open_after)}
            for t in d.settles
        ],
        "customer_credit": _text(d.customer_credit),
        "renderer_version": d.renderer_version,
    }  # fmt: skip
    return data


def _document(data: dict[str, Any], logo: bytes | None) -> PrintedDocument:
    totals = InvoiceTotals(
        lines=tuple(
            InvoiceLine(ln["description"], ln["detail"], Decimal(ln["quantity"]),
                        Decimal(ln["unit_price"]), Decimal(ln["net"]), Decimal(ln["vat_percent"]),
                        ln["session_id"], _decimal(ln.get("gross")))
            for ln in data["lines"]
        ),
        vat=tuple(VatAmount(Decimal(v["rate"]), Decimal(v["base"]), Decimal(v["amount"]))
                  for v in data["vat"]),
        net=Decimal(data["net"]), vat_total=Decimal(data["vat_total"]),
        total=Decimal(data["total"]),
    )  # fmt: skip
    bank = data["bank"]
    return PrintedDocument(
        kind=DocumentKind(data["kind"]), number=data["number"],
        issued_at=datetime.fromisoformat(data["issued_at"]), currency=data["currency"],
        language=data["language"], timezone=data["timezone"],
        company=Party(**data["company"]), customer=Party(**data["customer"]), totals=totals,
        due_date=date.fromisoformat(data["due_date"]) if data["due_date"] else None,
        payment_terms=data["payment_terms"],
        bank=BankDetails(bank["iban"], bank["bic"]) if bank else None,
        payment_reference=data["payment_reference"], qr_payload=data["qr_payload"],
        corrects=data["corrects"], reason=data["reason"],
        paid_amount=Decimal(data["paid_amount"]) if data["paid_amount"] is not None else None,
        paid_on=date.fromisoformat(data["paid_on"]) if data["paid_on"] else None,
        payment_method=data["payment_method"],
        session_log=tuple(
            SessionLogEntry(datetime.fromisoformat(e["accepted_at"]),
                            datetime.fromisoformat(e["ended_at"]), e["duration_seconds"],
                            e["tool"], e["remote_id"], e["outcome"], e["evidence"])
            for e in data["session_log"]
        ),
        logo=logo,
        # Keys added later: a document issued before them reads as it was drawn then.
        settles=tuple(
            Settlement(t["invoice"], Decimal(t["amount"]), Decimal(t["open_after"]))
            for t in data.get("settles", ())
        ),
        customer_credit=_decimal(data.get("customer_credit")),
        renderer_version=int(data.get("renderer_version", 1)),
    )  # fmt: skip


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _party(party: Party) -> dict[str, str]:
    return {"name": party.name, "address": party.address, "vat_id": party.vat_id,
            "email": party.email, "phone": party.phone}  # fmt: skip
