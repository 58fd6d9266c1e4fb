"""What issued invoices weigh in the database: N invoices of nine sessions each, with the company's
logo, issued through the real InvoiceDesk on SQLite; beside them, in the same run, the same
database downgraded to revision 0010, which kept each document as JSON text with the logo in it.
Reported per invoice: the documents' content column (and what it would be deflated without the
preset dictionary), the whole file and each table with its indexes, all vacuumed. Target (issue
15: 624 MB of 1.65 GB were these snapshots): the content at most a quarter of what 0010 kept.
Exit status 1 when it is more. The Portuguese office (the default) prints nothing the dictionary's
samples print; the Belgian one is the company of those samples.

Run: `.venv/bin/python benchmarks/document_size.py [--invoices N] [--logo-kb K] [--office pt|en]`.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import struct
import sys
import tempfile
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alembic import command

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.policy import Policy
from app.core.policy_file import load_policy
from app.core.remote_tool import RemoteTool
from app.documents.invoice_pdf import render_pdf
from app.documents.snapshot import inflate
from app.resources import resource
from app.services.charging import SessionCharger
from app.services.customers import CustomerService
from app.services.invoicing import InvoiceDesk
from app.services.sessions import SessionService
from app.settings import Settings
from app.storage import migrate
from app.storage.database import open_database
from app.storage.engine import create_engine_for

TARGET = 0.25  # content kept now, against what 0010 kept
NOW = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)
# Two offices: a Portuguese one on iPonto's rules, whose documents look like none of the samples
# the packing dictionary was made from, and a Belgian one on Page Computers' rules, which do.
OFFICES = {
    "pt": ("iponto", {
        "company.name": "Oficina Digital Lda.",
        "company.address": "Rua Augusta 100, 1100-053 Lisboa",
        "company.iban": "PT50 0002 0123 1234 5678 9015 4", "company.bic": "CGDIPTPL",
        "company.email": "geral@oficinadigital.example", "company.phone": "+351 21 123 4567",
        "documents.timezone": "Europe/Lisbon", "documents.language": "pt",
    }),
    "en": ("page-computers", {
        "company.name": "Page Computers BV", "company.address": "Kerkstraat 12, 9000 Gent",
        "company.vat_id": "BE0403170701", "company.iban": "BE68 5390 0754 7034",
        "company.bic": "GKCCBEBB", "company.email": "office@pagecomputers.be",
        "company.phone": "+32 9 123 45 67", "documents.timezone": "Europe/Brussels",
    }),
}  # fmt: skip
TOOLS = (RemoteTool.ANYDESK, RemoteTool.IPERIUS, RemoteTool.TEAMVIEWER)


def logo_png(kilobytes: int) -> bytes:
    """A grey PNG of about `kilobytes` (noise does not compress), as a real logo weighs."""
    width = 200
    height = max(1, kilobytes * 1024 // width)
    seed, rows = 12345, []
    for _ in range(height):
        row = bytearray([0])
        for _ in range(width):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(seed >> 23)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))  # fmt: skip


def issue(path: Path, invoices: int, logo: Path, office: str) -> None:
    policy_id, office_settings = OFFICES[office]
    policy = load_policy(resource("policies", f"{policy_id}.toml"))

    def policies(_policy_id: str) -> Policy:
        return policy

    clock = ManualClock(NOW)
    db, _ = open_database(f"sqlite:///{path}", clock=clock)
    try:
        settings = Settings({**office_settings, "company.logo": str(logo)})
        customers = CustomerService(db, clock)
        sessions = SessionService(db, clock, workstation="desk-1",
                                  charger=SessionCharger(policies))  # fmt: skip
        desk = InvoiceDesk(db, clock, settings, render_pdf, policies=policies)
        for n in range(invoices):
            address = f"Rua {n} 12\n1000-{n % 1000:03d} Lisboa"
            customer = customers.add_customer(
                Customer(f"Customer {n:05d} Lda.", address=address, email=f"office{n}@example.pt",
                         policy_id=policy.id)
            ).id  # fmt: skip
            for s in range(9):  # 1,000,000 sessions on 114,000 invoices: nine each
                start = datetime(2026, 11, 2 + s * 3, 8 + n % 9, n % 60, tzinfo=UTC)
                minutes = 6 + (n * 7 + s * 11) % 29
                sessions.record_past(customer, start, start + timedelta(minutes=minutes),
                                     tool=TOOLS[(n + s) % 3],
                                     remote_id=f"{n % 997:03d} {s:03d} {n % 1000:03d}")  # fmt: skip
            desk.create(customer)
    finally:
        db.dispose()


def downgrade(path: Path, revision: str) -> None:
    engine = create_engine_for(f"sqlite:///{path}")
    config = migrate.alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def weigh(path: Path) -> dict[str, int]:
    """Bytes: the content column, each table with its indexes, and the whole vacuumed file."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
        sizes = {
            "content": conn.execute("SELECT SUM(LENGTH(content)) FROM documents").fetchone()[0]
        }
        if conn.execute("SELECT typeof(content) FROM documents LIMIT 1").fetchone()[0] == "blob":
            sizes["content without the dictionary"] = sum(
                len(zlib.compress(inflate(packed), 9))
                for (packed,) in conn.execute("SELECT content FROM documents")
            )
        tables = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE tbl_name != ''"))
        for name, size in conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"):
            table = tables.get(name, name)
            sizes[f"table {table}"] = sizes.get(f"table {table}", 0) + size
    sizes["file"] = path.stat().st_size
    return sizes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=500)
    parser.add_argument("--logo-kb", type=int, default=8)
    parser.add_argument("--office", choices=sorted(OFFICES), default="pt")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        (here / "logo.png").write_bytes(logo_png(args.logo_kb))
        now, before = here / "now.sqlite3", here / "0010.sqlite3"
        issue(now, args.invoices, here / "logo.png", args.office)
        shutil.copyfile(now, before)
        downgrade(before, "0010")
        new, old = weigh(now), weigh(before)
    n = args.invoices
    print(f"{n} invoices of 9 sessions ({args.office}), logo {args.logo_kb} KB; bytes per invoice:")
    print(f"{'':32}{'0010 (JSON)':>14}{'now (0011)':>14}{'ratio':>8}")
    heavy = sorted(k for k in old if k.startswith("table ") and old[k] > 4096 * 8)
    for key in ["content", "content without the dictionary", "file", *heavy]:
        was = old.get(key, old["content"])
        print(f"{key:32}{was / n:14,.0f}{new.get(key, 0) / n:14,.0f}{new.get(key, 0) / was:8.2f}")
    ratio = new["content"] / old["content"]
    ok = ratio <= TARGET
    print(f"content kept now: {ratio:.2f}× what 0010 kept (target ≤ {TARGET}×)")
    print("ok" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
