"""Issued documents render again to the bytes they were issued with, whichever renderer drew them.

tests/documents/issued/ holds stored snapshots (the JSON documents.content kept until revision
0011, which packs it: app.documents.snapshot.pack) with the SHA-256 of the PDF made when each was
issued (SHA256SUMS). The v1 ones were issued through the services before renderer versions
existed, by the code of that day, so their snapshots have no "renderer_version" key and read as
version 1. The v2 ones: an invoice issued through the services, and an invoice, a receipt and a
statement built as tests/documents/samples.py builds them (lines with their gross, a receipt's
settlements). A change that alters what an issued version draws (its code, its words, the fonts,
reportlab) fails here: draw differently in a new version.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from pathlib import Path

import pytest

from app.documents.invoice_pdf import render_pdf
from app.documents.snapshot import from_json, inflate, pack, unpack
from app.documents.snapshot_dictionary import DICTIONARIES, DICTIONARY_1

ISSUED = Path(__file__).with_name("issued")
DICTIONARY_1_SHA256 = "6abbd414ba39b7e32d4a436ee54b9abd843675105f6a0438809802900a015b0e"


def _sums() -> dict[str, str]:
    lines = (ISSUED / "SHA256SUMS").read_text(encoding="ascii").splitlines()
    return {name.removesuffix(".pdf"): sha for sha, name in (line.split("  ") for line in lines)}


SUMS = _sums()


@pytest.mark.parametrize("name", sorted(SUMS))
def test_an_issued_document_renders_again_to_the_same_bytes(name: str) -> None:
    text = (ISSUED / f"{name}.json").read_text(encoding="utf-8")
    document = from_json(text)
    assert name.startswith(f"v{document.renderer_version}-")
    assert hashlib.sha256(render_pdf(document)).hexdigest() == SUMS[name]


@pytest.mark.parametrize("name", sorted(SUMS))
def test_a_packed_document_is_the_same_document(name: str) -> None:
    """What the database keeps (without the logo, which is kept apart) reads back whole."""
    document = from_json((ISSUED / f"{name}.json").read_text(encoding="utf-8"))
    assert unpack(pack(document), document.logo) == document
    assert b"logo" not in inflate(pack(document))


def test_the_dictionary_documents_were_packed_with_never_changes() -> None:
    """Every document deflated with it would be unreadable: a new one is added beside it."""
    assert hashlib.sha256(DICTIONARY_1).hexdigest() == DICTIONARY_1_SHA256
    assert DICTIONARIES[zlib.adler32(DICTIONARY_1)] == DICTIONARY_1
    assert inflate(zlib.compress(b'{"kind":"invoice"}')) == b'{"kind":"invoice"}'  # no dictionary


def test_snapshots_issued_before_versions_were_kept_read_as_version_1() -> None:
    for path in sorted(ISSUED.glob("v1-*.json")):
        text = path.read_text(encoding="utf-8")
        assert "renderer_version" not in json.loads(text)
        assert from_json(text).renderer_version == 1
